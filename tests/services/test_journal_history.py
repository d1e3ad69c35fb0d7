"""Entry history and Recently deleted: every save keeps the version it replaces, deleted
entries come back with everything they had, and both are kept for the period the client
chose (a setting of the profile, inside its encrypted database)."""

from __future__ import annotations

import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from companion.domain.counselors import CounselorDraft
from companion.domain.errors import InvalidInput
from companion.domain.journal import EntryDraft, EntryFilter
from companion.domain.journal_history import DEFAULT_HISTORY_DAYS, NO_HISTORY
from companion.export.selection import PeriodChoice, PeriodKind
from companion.services.archive import ArchiveService
from companion.services.journal import JournalService
from companion.services.journal_history import EntryHistoryService, VersionNotFound
from companion.services.profile import ProfileService, UnlockedProfile
from companion.services.summary import SummaryService
from companion.storage.engine import Database


class Clock:
    """A clock the test moves forward."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 9, 0, 0)

    def __call__(self) -> datetime:
        return self.now

    def later(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def _db(db: Database) -> Database:
    return db


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def journal(profile: UnlockedProfile, clock: Clock) -> JournalService:
    return JournalService(profile.service(_db), clock)


@pytest.fixture
def history(profile: UnlockedProfile, clock: Clock) -> EntryHistoryService:
    return EntryHistoryService(profile.service(_db), clock)


def test_every_save_keeps_the_version_it_replaces(
    journal: JournalService, history: EntryHistoryService, clock: Clock
) -> None:
    entry = journal.create(
        EntryDraft(title="Monday", body="first words", mood=4, tags=("work",), private=True)
    )
    clock.later(minutes=1)
    journal.update(entry.id, EntryDraft(title="Monday", body="second words", mood=5))
    clock.later(minutes=1)
    journal.update(entry.id, EntryDraft(title="Monday!", body="third words", mood=5))
    clock.later(minutes=1)
    journal.update(entry.id, EntryDraft(title="Monday!", body="third words", mood=5))  # same

    kept = history.versions(entry.id)
    assert [v.body for v in kept] == ["second words", "first words"]
    first = kept[1]
    assert (first.title, first.mood, first.tags, first.private, first.bring_to_session) == (
        "Monday",
        4,
        ("work",),
        True,
        False,
    )
    assert first.saved_at == datetime(2026, 3, 1, 9, 0, 0)
    assert first.replaced_at == datetime(2026, 3, 1, 9, 1, 0)
    assert kept[0].saved_at == datetime(2026, 3, 1, 9, 1, 0)


def test_restoring_a_version_keeps_the_current_text_and_can_be_undone(
    journal: JournalService, history: EntryHistoryService, clock: Clock
) -> None:
    entry = journal.create(EntryDraft(title="A hard week at work", body="My manager", tags=("t",)))
    clock.later(minutes=5)
    journal.update(entry.id, EntryDraft(title="", body="Also:"))
    earliest = history.versions(entry.id)[0]

    clock.later(minutes=5)
    restored, undo = history.restore_version(entry.id, earliest.id)
    assert (restored.title, restored.body, restored.tags) == (
        "A hard week at work",
        "My manager",
        ("t",),
    )
    assert undo is not None
    assert history.versions(entry.id)[0].body == "Also:"

    clock.later(minutes=5)
    again, _ = history.restore_version(entry.id, undo)
    assert (again.title, again.body, again.tags) == ("", "Also:", ())
    with pytest.raises(VersionNotFound):
        history.restore_version(entry.id + 1, earliest.id)


def test_a_deleted_entry_comes_back_with_everything_and_its_history(
    journal: JournalService, history: EntryHistoryService, clock: Clock
) -> None:
    entry = journal.create(
        EntryDraft(
            title="Private",
            body="first",
            mood=3,
            tags=("sleep",),
            private=True,
            bring_to_session=True,
        ),
        created_at=datetime(2026, 2, 20, 21, 30),
    )
    clock.later(minutes=1)
    entry = journal.update(
        entry.id,
        EntryDraft(
            title="Private",
            body="second",
            mood=3,
            tags=("sleep",),
            private=True,
            bring_to_session=True,
        ),
    )
    clock.later(hours=1)
    journal.delete(entry.id)

    assert journal.count() == 0
    assert journal.list(EntryFilter()) == []
    assert journal.list(EntryFilter(text="second")) == []
    assert journal.tags() == []
    (deleted,) = history.deleted()
    assert deleted.entry == entry
    assert deleted.deleted_at == clock.now
    assert deleted.preview == "second"

    back = history.restore_deleted(deleted.id)
    assert back == entry
    assert journal.get(entry.id) == entry
    assert [s.id for s in journal.list(EntryFilter(text="second"))] == [entry.id]
    assert [v.body for v in history.versions(entry.id)] == ["first"]
    assert history.deleted() == []


def test_undo_brings_an_entry_back_even_when_a_new_entry_took_its_id(
    journal: JournalService, history: EntryHistoryService, clock: Clock
) -> None:
    old = journal.create(EntryDraft(body="the old one"))
    journal.update(old.id, EntryDraft(body="the old one, edited"))
    removed = journal.delete(old.id)
    newer = journal.create(EntryDraft(body="a new one"))
    assert newer.id == old.id  # SQLite gives the free id again

    back = journal.undo_delete(removed)

    assert back.id != newer.id
    assert (back.body, back.created_at) == ("the old one, edited", old.created_at)
    assert journal.get(newer.id).body == "a new one"
    assert [v.body for v in history.versions(back.id)] == ["the old one"]
    assert history.versions(newer.id) == []


def test_history_is_kept_for_the_chosen_period(
    profile: UnlockedProfile,
    service: ProfileService,
    journal: JournalService,
    history: EntryHistoryService,
    clock: Clock,
) -> None:
    assert history.history_days() == DEFAULT_HISTORY_DAYS == 30
    entry = journal.create(EntryDraft(body="one"))
    journal.update(entry.id, EntryDraft(body="two"))
    gone = journal.create(EntryDraft(body="deleted early"))
    journal.delete(gone.id)
    clock.later(days=10)
    journal.update(entry.id, EntryDraft(body="three"))
    recent = journal.create(EntryDraft(body="deleted later"))
    journal.delete(recent.id)

    assert history.set_history_days(7) == 2  # one version, one deleted entry
    assert [v.body for v in history.versions(entry.id)] == ["two"]
    assert [d.entry.body for d in history.deleted()] == ["deleted later"]
    with pytest.raises(InvalidInput):
        history.set_history_days(12)

    clock.later(days=8)
    assert history.versions(entry.id) == []  # older than a week: no longer shown
    assert history.prune() == 2
    assert history.counts() == (0, 0)

    # the setting lives in the profile's encrypted database
    profile.lock()
    again = service.unlock_with_passphrase("correct horse")
    try:
        assert again.service(EntryHistoryService).history_days() == 7
    finally:
        again.lock()


def test_keeping_no_history_removes_it_and_keeps_none_from_then_on(
    journal: JournalService, history: EntryHistoryService
) -> None:
    entry = journal.create(EntryDraft(body="one"))
    journal.update(entry.id, EntryDraft(body="two"))
    removed = journal.delete(journal.create(EntryDraft(body="gone")).id)

    history.set_history_days(NO_HISTORY)

    assert history.counts() == (0, 0)
    journal.update(entry.id, EntryDraft(body="three"))
    assert history.versions(entry.id) == []
    second = journal.delete(entry.id)
    assert history.deleted() == []  # not listed ...
    assert journal.undo_delete(second).body == "three"  # ... but Undo still works at once
    with pytest.raises(LookupError):
        journal.undo_delete(removed)


def test_history_is_never_exported(
    profile: UnlockedProfile, journal: JournalService, tmp_path: Path
) -> None:
    entry = journal.create(EntryDraft(body="zqearlierwording", bring_to_session=True))
    journal.update(entry.id, EntryDraft(body="current wording", bring_to_session=True))
    gone = journal.create(EntryDraft(body="zqdeletedwording", bring_to_session=True))
    journal.delete(gone.id)

    target = tmp_path / "archive.zip"
    profile.service(ArchiveService).export(target, include_private=True)
    with zipfile.ZipFile(target) as archive:
        everything = b"".join(archive.read(name) for name in archive.namelist())
    assert b"current wording" in everything
    assert b"zqearlierwording" not in everything
    assert b"zqdeletedwording" not in everything

    counselor = profile.counselors.create(CounselorDraft(name="Dana")).id
    summary = profile.service(SummaryService)
    day = entry.created_at.date()
    period = summary.resolve_period(PeriodChoice(PeriodKind.CUSTOM, start=day, end=day), counselor)
    text = repr(summary.candidates(period, counselor))
    assert "current wording" in text
    assert "zqearlierwording" not in text and "zqdeletedwording" not in text


def test_history_is_in_backups(
    profile: UnlockedProfile, service: ProfileService, tmp_path: Path
) -> None:
    from companion.services.backups import BackupService, Secret, restore

    entry = profile.journal.create(EntryDraft(body="first words"))
    profile.journal.update(entry.id, EntryDraft(body="second words"))
    gone = profile.journal.create(EntryDraft(body="deleted words"))
    profile.journal.delete(gone.id)
    backup = profile.service(BackupService).back_up_to(tmp_path / "b.companion-backup")
    profile.journal.history.set_history_days(NO_HISTORY)  # history gone here ...
    paths = profile.paths
    profile.lock()
    restore(backup, paths, Secret(passphrase="correct horse"))
    again = service.unlock_with_passphrase("correct horse")
    try:  # ... and back with the backup
        history = again.journal.history
        assert [v.body for v in history.versions(entry.id)] == ["first words"]
        assert [d.entry.body for d in history.deleted()] == ["deleted words"]
    finally:
        again.lock()
