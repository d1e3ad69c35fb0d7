"""Sync through a shared folder (a plain folder here, as if the sync service delivered every
file at once): set up, join with the recovery key, changes both ways, damaged and foreign
files, the folder going away, a journal restored from a backup."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.config import ProfilePaths
from companion.domain.counselors import CounselorDraft
from companion.domain.journal import EntryDraft, EntryFilter
from companion.formats import sync_folder
from companion.security.errors import WrongSecret
from companion.services.profile import ProfileService, UnlockedProfile
from companion.services.sync import SyncService
from companion.storage import sync_rows
from tests.services.conftest import FAST

CANARY = "zebra-canary-7731"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shared = tmp_path / "Sync"
    shared.mkdir()
    return shared


@pytest.fixture
def home(tmp_path: Path) -> Iterator[tuple[UnlockedProfile, str]]:
    service = ProfileService(ProfilePaths(tmp_path / "home"))
    profile, recovery = service.create(use_keychain=False, passphrase="home phrase 1", params=FAST)
    yield profile, recovery
    profile.lock()


def _join(tmp_path: Path, folder: Path, recovery: str, name: str = "work") -> UnlockedProfile:
    service = ProfileService(ProfilePaths(tmp_path / name))
    profile = service.join(
        folder, recovery, use_keychain=False, passphrase="work phrase 1", params=FAST
    )
    profile.sync.set_up(folder, name=name)
    return profile


def _bodies(profile: UnlockedProfile) -> list[str]:
    with profile.service(lambda db: db).session() as s:
        rows = sync_rows.read_all(s, ("journal_entry",))["journal_entry"]
    return sorted(str(v["body"]) for v in rows.values())


def test_a_second_computer_joins_and_changes_flow_both_ways(
    tmp_path: Path, folder: Path, home: tuple[UnlockedProfile, str]
) -> None:
    profile, recovery = home
    profile.journal.create(EntryDraft(title="Before sync", body=f"first {CANARY}"))
    profile.counselors.create(CounselorDraft(name="Dana"))
    profile.sync.set_up(folder, name="Home laptop")

    work = _join(tmp_path, folder, recovery)
    try:
        assert _bodies(work) == [f"first {CANARY}"]
        work.journal.create(EntryDraft(title="At work", body="second"))
        work.sync.sync_now()
        report = profile.sync.sync_now()
        assert report.received == 1 and report.written == 1
        assert _bodies(profile) == [f"first {CANARY}", "second"]
        names = {c.name for c in profile.sync.status().computers}
        assert names == {"Home laptop", "work"}
    finally:
        work.lock()
    # nothing readable in the folder
    for path in folder.rglob("*"):
        if path.is_file():
            assert CANARY.encode() not in path.read_bytes()
            assert b"Dana" not in path.read_bytes()


def test_joining_needs_the_right_recovery_key(
    tmp_path: Path, folder: Path, home: tuple[UnlockedProfile, str]
) -> None:
    profile, _recovery = home
    profile.sync.set_up(folder)
    other = ProfileService(ProfilePaths(tmp_path / "x"))
    _p, wrong = other.create(use_keychain=False, passphrase="other phrase 1", params=FAST)
    _p.lock()
    with pytest.raises(WrongSecret):
        ProfileService(ProfilePaths(tmp_path / "y")).join(
            folder, wrong, use_keychain=False, passphrase="work phrase 1", params=FAST
        )
    assert not (tmp_path / "y" / "companion.db").exists()


def test_a_damaged_file_is_reported_and_nothing_from_it_is_applied(
    tmp_path: Path, folder: Path, home: tuple[UnlockedProfile, str]
) -> None:
    profile, recovery = home
    profile.sync.set_up(folder)
    work = _join(tmp_path, folder, recovery)
    try:
        work.journal.create(EntryDraft(body="from work"))
        work.sync.sync_now()
        listing = sync_folder.list_folder(folder)
        work_files = listing.devices[work.sync.device_id()]
        (change,) = work_files.changes.values()
        data = bytearray(change.read_bytes())
        data[-5] ^= 0x40
        change.write_bytes(bytes(data))
        report = profile.sync.sync_now()
        assert report.problems and report.received == 0
        assert CANARY not in " ".join(report.problems)
        assert _bodies(profile) == []
        # a copy the sync service made is never applied twice
        shutil.copy(
            change, change.with_name(change.stem + ".sync-conflict-20261204-101010-ABCDEFG.csync")
        )
        assert profile.sync.sync_now().received == 0
    finally:
        work.lock()


def test_the_folder_going_away_is_only_a_status(
    tmp_path: Path, folder: Path, home: tuple[UnlockedProfile, str]
) -> None:
    profile, recovery = home
    profile.sync.set_up(folder)
    work = _join(tmp_path, folder, recovery)
    try:
        moved = folder.rename(tmp_path / "unplugged")
        profile.journal.create(EntryDraft(body="written while away"))
        report = profile.sync.sync_now()
        assert report.folder_missing
        assert profile.sync.status().unsent == 1
        moved.rename(folder)
        assert profile.sync.sync_now().sent == 1
        work.sync.sync_now()
        assert _bodies(work) == ["written while away"]
    finally:
        work.lock()


def test_a_journal_restored_from_an_old_copy_catches_up_and_reuses_no_number(
    tmp_path: Path, folder: Path, home: tuple[UnlockedProfile, str]
) -> None:
    profile, recovery = home
    profile.sync.set_up(folder)
    work = _join(tmp_path, folder, recovery)
    try:
        work_db = work.service(lambda db: db)
        copy = tmp_path / "old-work.db"
        work_db.checkpoint()
        work.lock()
        shutil.copy(tmp_path / "work" / "companion.db", copy)
        work = ProfileService(ProfilePaths(tmp_path / "work")).unlock_with_passphrase(
            "work phrase 1"
        )
        work.journal.create(EntryDraft(body="after the copy"))
        work.sync.sync_now()
        work.lock()
        # the journal file goes back to the old copy (as a restore would)
        shutil.copy(copy, tmp_path / "work" / "companion.db")
        for side in ("-wal", "-shm"):
            Path(str(tmp_path / "work" / "companion.db") + side).unlink(missing_ok=True)
        work = ProfileService(ProfilePaths(tmp_path / "work")).unlock_with_passphrase(
            "work phrase 1"
        )
        work.sync.sync_now()
        assert _bodies(work) == ["after the copy"]  # its own later file was read back
        work.journal.create(EntryDraft(body="after the restore"))
        work.sync.sync_now()
        profile.sync.sync_now()
        assert _bodies(profile) == ["after the copy", "after the restore"]
    finally:
        work.lock()


def test_service_is_reached_from_the_profile(home: tuple[UnlockedProfile, str]) -> None:
    assert isinstance(home[0].sync, SyncService)


def test_an_entry_changed_on_both_computers_is_marked_until_settled(
    tmp_path: Path, folder: Path, home: tuple[UnlockedProfile, str]
) -> None:
    profile, recovery = home
    entry = profile.journal.create(EntryDraft(title="Plan", body="first"))
    profile.sync.set_up(folder)
    work = _join(tmp_path, folder, recovery)
    try:
        (work_entry,) = work.journal.list(EntryFilter())
        profile.journal.update(entry.id, EntryDraft(title="Plan", body="at home"))
        work.journal.update(work_entry.id, EntryDraft(title="Plan", body="at work"))
        work.sync.sync_now()
        profile.sync.sync_now()
        work.sync.sync_now()
        assert profile.sync.entries_in_conflict() == {entry.id}
        assert work.sync.entries_in_conflict() == {work_entry.id}
        assert _bodies(profile) == _bodies(work)
        profile.sync.settle_conflict(entry.id)
        profile.sync.sync_now()
        work.sync.sync_now()
        assert profile.sync.entries_in_conflict() == set() == work.sync.entries_in_conflict()
        other = {v.body for v in work.journal.history.versions(work_entry.id) if v.other_computer}
        assert other and other <= {"at home", "at work"}
    finally:
        work.lock()


def test_a_new_recovery_key_stops_the_old_one_opening_the_folder(
    tmp_path: Path, folder: Path, home: tuple[UnlockedProfile, str]
) -> None:
    profile, old = home
    profile.sync.set_up(folder)
    moved = folder.rename(tmp_path / "away")
    new = profile.new_recovery_key()  # the folder is away: written at the next round
    moved.rename(folder)
    profile.sync.sync_now()
    with pytest.raises(WrongSecret):
        ProfileService(ProfilePaths(tmp_path / "late")).join(
            folder, old, use_keychain=False, passphrase="work phrase 1", params=FAST
        )
    _join(tmp_path, folder, new).lock()


def test_a_computer_away_for_months_catches_up_from_a_snapshot(
    tmp_path: Path, folder: Path, home: tuple[UnlockedProfile, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import companion.services.sync as sync_module

    monkeypatch.setattr(sync_module, "SNAPSHOT_EVERY", 3)
    profile, recovery = home
    profile.sync.set_up(folder)
    work = _join(tmp_path, folder, recovery)
    try:
        for day in range(7):  # one round a day while the other computer is off
            profile.journal.create(EntryDraft(title=f"day {day}", body=f"day {day}"))
            profile.sync.sync_now()
        mine = sync_folder.list_folder(folder).devices[profile.sync.device_id()]
        assert mine.snapshots and min(mine.changes, default=99) > min(mine.snapshots)
        report = work.sync.sync_now()
        assert not report.problems
        assert _bodies(work) == [f"day {d}" for d in range(7)]
    finally:
        work.lock()


def test_a_clock_hours_wrong_loses_nothing(
    tmp_path: Path, folder: Path, home: tuple[UnlockedProfile, str]
) -> None:
    profile, recovery = home
    entry = profile.journal.create(EntryDraft(title="Plan", body="first"))
    profile.sync.set_up(folder)
    work = _join(tmp_path, folder, recovery)
    try:
        import time

        # the work computer's clock runs five hours slow
        work.sync._now_ms = lambda: time.time_ns() // 1_000_000 - 5 * 3600 * 1000
        (theirs,) = work.journal.list(EntryFilter())
        work.journal.update(theirs.id, EntryDraft(title="Plan", body="later, at work"))
        work.sync.sync_now()
        profile.sync.sync_now()  # saw the work edit, although its stamp is hours older
        assert _bodies(profile) == ["later, at work"]
        profile.journal.update(entry.id, EntryDraft(title="Plan", body="even later, at home"))
        profile.sync.sync_now()
        work.sync.sync_now()
        assert _bodies(work) == ["even later, at home"]
        assert profile.sync.entries_in_conflict() == set()
    finally:
        work.lock()


def test_a_round_with_nothing_new_writes_nothing(
    tmp_path: Path, folder: Path, home: tuple[UnlockedProfile, str]
) -> None:
    profile, _recovery = home
    profile.sync.set_up(folder)
    before = {p: p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}
    report = profile.sync.sync_now()
    assert (report.sent, report.received) == (0, 0)
    after = {p: p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}
    assert after == before  # the other computers watching the folder are not woken


def test_the_profile_says_cheaply_whether_it_syncs(
    folder: Path, home: tuple[UnlockedProfile, str]
) -> None:
    profile, _recovery = home
    assert profile.sync_folder() is None
    profile.sync.set_up(folder)
    assert profile.sync_folder() == folder.resolve()
    profile.sync.stop()
    assert profile.sync_folder() is None


def test_what_a_round_writes_is_announced_to_every_area_it_touched(
    tmp_path: Path, folder: Path, home: tuple[UnlockedProfile, str]
) -> None:
    from companion.domain.changes import Area, Changes
    from companion.domain.safety_plan import SafetyPlan
    from companion.services.demo import generate_entries
    from companion.services.demo_counseling import DemoCounselingService
    from companion.services.safety_plan import SafetyPlanService

    profile, recovery = home
    profile.journal.add_many(generate_entries(90))
    profile.service(DemoCounselingService).add(90)
    profile.service(SafetyPlanService).save(SafetyPlan(warning_signs="sleeping badly"))
    profile.sync.set_up(folder)
    service = ProfileService(ProfilePaths(tmp_path / "work"))
    work = service.join(
        folder, recovery, use_keychain=False, passphrase="work phrase 1", params=FAST
    )
    try:
        heard: list[Changes] = []
        work.changes.subscribe(heard.append)
        work.sync.set_up(folder)
        touched = {area for changes in heard for area in changes.areas}
        expected = {
            Area.JOURNAL, Area.COUNSELORS, Area.SESSIONS, Area.AGENDA, Area.CHECKINS,
            Area.GOALS, Area.FEEDBACK, Area.SAFETY_PLAN,
        }  # fmt: skip
        assert expected <= touched
    finally:
        work.lock()


def test_a_computer_taken_off_the_list_comes_back_when_it_writes(
    tmp_path: Path, folder: Path, home: tuple[UnlockedProfile, str]
) -> None:
    import datetime as dt

    profile, recovery = home
    profile.sync.set_up(folder, name="home")
    work = _join(tmp_path, folder, recovery)
    try:
        work_id = work.sync.device_id()
        profile.sync.forget_computer(work_id)
        assert [c.name for c in profile.sync.status().computers] == ["home"]
        later = dt.datetime.now() + dt.timedelta(minutes=2)
        work.sync._now = lambda: later  # it writes after it was taken off the list
        work.journal.create(EntryDraft(body="still here"))
        work.sync.sync_now()
        assert [c.name for c in profile.sync.status().computers] == ["home", "work"]
    finally:
        work.lock()
