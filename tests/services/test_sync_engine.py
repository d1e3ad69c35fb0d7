"""Sync between two real (SQLCipher) journals, without a folder: what one computer changed is
captured as versions, and the other applies them."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from companion.config import ProfilePaths
from companion.domain.checkins import CheckInDraft
from companion.domain.counselors import CounselorDraft
from companion.domain.enums import RelationshipQuality
from companion.domain.journal import EntryDraft
from companion.domain.sessions import Schedule, SessionDraft
from companion.domain.sync_merge import HybridClock
from companion.services.checkins import CheckInService
from companion.services.profile import ProfileService, UnlockedProfile
from companion.services.sessions import SessionService
from companion.services.sync_engine import RecordVersion, apply, capture
from companion.storage import sync_rows
from companion.storage.engine import Database
from tests.services.conftest import FAST

_ticks = itertools.count(1_700_000_000_000, 1000)


@dataclass
class Computer:
    profile: UnlockedProfile
    clock: HybridClock
    sent: list[RecordVersion]

    @property
    def db(self) -> Database:
        return self.profile.service(lambda db: db)

    def changes(self) -> list[RecordVersion]:
        """What this computer's next change file would carry (edits here, and versions made
        while applying others' since the last file)."""
        with self.db.session() as s:
            self.sent.extend(capture(s, self.clock))
        made, self.sent = self.sent, []
        return made

    def receive(self, versions: list[RecordVersion]) -> None:
        with self.db.session() as s:
            self.sent.extend(capture(s, self.clock))
            result = apply(s, self.clock, versions, datetime.now)
        self.sent.extend(result.made)

    def rows(self) -> dict[str, list[dict[str, object]]]:
        """Every synced row's content (without row ids or references' ids)."""
        with self.db.session() as s:
            found = sync_rows.read_all(s)
        out: dict[str, list[dict[str, object]]] = {}
        for kind, rows in found.items():
            refs = {r.column for r in sync_rows.kinds()[kind].references}
            out[kind] = sorted(
                ({k: v for k, v in values.items() if k not in refs} for values in rows.values()),
                key=repr,
            )
        return out


def _computer(root: Path, name: str, device: str) -> Iterator[Computer]:
    service = ProfileService(ProfilePaths(root / name))
    profile, _recovery = service.create(use_keychain=True, passphrase="correct horse", params=FAST)
    try:
        yield Computer(profile, HybridClock(device, lambda: next(_ticks)), [])
    finally:
        profile.lock()


@pytest.fixture
def home(tmp_path: Path) -> Iterator[Computer]:
    yield from _computer(tmp_path, "home", "a" * 32)


@pytest.fixture
def work(tmp_path: Path) -> Iterator[Computer]:
    yield from _computer(tmp_path, "work", "b" * 32)


def _fill(c: Computer) -> None:
    counselor = c.profile.counselors.create(CounselorDraft(name="Dana", notes="Tuesdays"))
    sessions = c.profile.service(SessionService)
    _series, planned = sessions.create_schedule(
        Schedule(
            counselor_id=counselor.id,
            weekday=1,
            start_time=time(17, 0),
            time_zone="Europe/Berlin",
            first_date=date(2026, 1, 6),
            until_date=date(2026, 2, 3),
        )
    )
    c.profile.service(CheckInService).save(
        CheckInDraft(
            session_id=planned[0].id,
            ratings={
                RelationshipQuality.HEARD: 7,
                RelationshipQuality.RESPECTED: 8,
                RelationshipQuality.SUPPORTED: 6,
                RelationshipQuality.SAFE: 9,
            },
            comment="felt calmer",
        )
    )
    c.profile.journal.create(
        EntryDraft(title="Walk", body="the river helped", mood=6, tags=("calm", "outside"))
    )


def test_a_journal_arrives_whole_on_the_other_computer(home: Computer, work: Computer) -> None:
    _fill(home)
    work.receive(home.changes())
    assert work.rows() == home.rows()
    assert work.changes() == []  # applying is not an edit of its own


def test_edits_and_deletions_follow(home: Computer, work: Computer) -> None:
    _fill(home)
    work.receive(home.changes())
    with home.db.session() as s:
        entry_id = next(iter(sync_rows.read_all(s, ("journal_entry",))["journal_entry"]))
    home.profile.journal.update(entry_id, EntryDraft(title="Walk", body="the river helped a lot"))
    work.receive(home.changes())
    assert work.rows() == home.rows()
    home.profile.journal.delete(entry_id)
    work.receive(home.changes())
    assert work.rows()["journal_entry"] == []
    # the deleted entry is among the recently deleted entries on the other computer too
    assert work.profile.journal.history.deleted()[0].entry.body == "the river helped a lot"


def test_text_changed_on_both_keeps_both(home: Computer, work: Computer) -> None:
    home.profile.journal.create(EntryDraft(title="Plan", body="first"))
    work.receive(home.changes())
    with home.db.session() as s:
        home_id = next(iter(sync_rows.read_all(s, ("journal_entry",))["journal_entry"]))
    with work.db.session() as s:
        work_id = next(iter(sync_rows.read_all(s, ("journal_entry",))["journal_entry"]))
    home.profile.journal.update(home_id, EntryDraft(title="Plan", body="written at home"))
    work.profile.journal.update(work_id, EntryDraft(title="Plan", body="written at work"))
    from_home, from_work = home.changes(), work.changes()
    home.receive(from_work)
    work.receive(from_home)
    assert home.rows() == work.rows()
    shown_body = home.rows()["journal_entry"][0]["body"]
    other = ({"written at home", "written at work"} - {shown_body}).pop()
    for c, entry_id in ((home, home_id), (work, work_id)):
        versions = c.profile.journal.history.versions(entry_id)
        assert other in [v.body for v in versions if v.other_computer]


def _only_id(c: Computer, kind: str) -> int:
    with c.db.session() as s:
        (local_id,) = sync_rows.read_all(s, (kind,))[kind]
    return local_id


def test_a_counselor_deleted_elsewhere_is_kept_for_a_session_added_here(
    home: Computer, work: Computer
) -> None:
    counselor = home.profile.counselors.create(CounselorDraft(name="Dana"))
    work.receive(home.changes())
    home.profile.counselors.delete(counselor.id)
    work.profile.service(SessionService).plan(
        SessionDraft(
            counselor_id=_only_id(work, "counselor"),
            starts_at=datetime(2026, 3, 3, 16, tzinfo=UTC),
            time_zone="Europe/Berlin",
        )
    )
    from_home, from_work = home.changes(), work.changes()
    work.receive(from_home)
    home.receive(from_work + work.changes())
    work.receive(home.changes())
    assert home.changes() == work.changes() == []
    assert [c["name"] for c in home.rows()["counselor"]] == ["Dana"]
    assert home.rows() == work.rows()
    assert len(home.rows()["counseling_session"]) == 1


def test_a_record_waits_for_the_one_it_refers_to(home: Computer, work: Computer) -> None:
    counselor = home.profile.counselors.create(CounselorDraft(name="Dana"))
    first = home.changes()
    home.profile.service(SessionService).plan(
        SessionDraft(
            counselor_id=counselor.id,
            starts_at=datetime(2026, 3, 3, 16, tzinfo=UTC),
            time_zone="Europe/Berlin",
        )
    )
    second = home.changes()
    work.receive(second)  # the session's file came first
    assert work.rows()["counseling_session"] == []
    work.receive(first)
    assert work.rows() == home.rows()


def test_a_conflict_is_settled_by_keeping_what_is_shown(home: Computer, work: Computer) -> None:
    from companion.services.sync_engine import settle

    home.profile.journal.create(EntryDraft(title="Plan", body="first"))
    work.receive(home.changes())
    home_id, work_id = _only_id(home, "journal_entry"), _only_id(work, "journal_entry")
    home.profile.journal.update(home_id, EntryDraft(title="Plan", body="at home"))
    work.profile.journal.update(work_id, EntryDraft(title="Plan", body="at work"))
    from_home, from_work = home.changes(), work.changes()
    home.receive(from_work)
    with home.db.session() as s:
        made = settle(s, home.clock, "journal_entry", home_id)
    assert len(made) == 1
    work.receive(from_home + made)
    assert home.rows() == work.rows()
    with work.db.session() as s:
        assert settle(s, work.clock, "journal_entry", work_id) == []  # nothing left to settle
