"""The WAL check: a damaged log is recognised before SQLite replays (and deletes) it; an intact
one, or one a crash cut in the middle of a transaction, is not."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.storage.engine import Database
from companion.storage.migrate import upgrade
from companion.storage.wal_check import (
    FRAME_HEADER_SIZE,
    WAL_HEADER_SIZE,
    inspect_wal,
)
from tests.storage.helpers import PAGE_SIZE, add_entry, copy_files, entry_titles, flip_byte

FRAME = FRAME_HEADER_SIZE + PAGE_SIZE
NAMES = ["companion.db", "companion.db-wal", "companion.db-shm"]


@pytest.fixture
def live(profile_dir: Path, key: bytes) -> Iterator[Database]:
    """An open database whose WAL holds 40 committed entries (no checkpoint yet)."""
    db = Database.open(profile_dir / "companion.db", key, create=True)
    upgrade(db, backup_dir=profile_dir / "backups")
    db.checkpoint()
    for i in range(40):
        add_entry(db, f"entry {i}", "some text " * 20)
    yield db
    db.close()


def crash_image(live: Database, dest: Path) -> Path:
    """The files as a kill -9 would leave them: copied while the database is open."""
    copy_files(live.path.parent, dest, NAMES)
    return dest / "companion.db"


def wal_of(db: Path) -> Path:
    return db.with_name(db.name + "-wal")


def shm_of(db: Path) -> Path:
    return db.with_name(db.name + "-shm")


def commit_frames(wal: Path) -> list[int]:
    data = wal.read_bytes()
    found = []
    for i in range((len(data) - WAL_HEADER_SIZE) // FRAME):
        offset = WAL_HEADER_SIZE + i * FRAME
        if struct.unpack(">I", data[offset + 4 : offset + 8])[0]:
            found.append(i + 1)
    return found


def test_no_wal_means_nothing_to_check(db_path: Path, key: bytes) -> None:
    with Database.open(db_path, key, create=True):
        pass
    assert inspect_wal(db_path) is None


def test_an_intact_wal_replays_everything(live: Database, tmp_path: Path, key: bytes) -> None:
    db = crash_image(live, tmp_path / "image")
    report = inspect_wal(db)
    assert report is not None and report.intact
    assert report.replayable_commits >= 40
    with Database.open(db, key) as reopened:
        assert len(entry_titles(reopened)) == 40


def test_a_flipped_byte_in_a_middle_frame_is_damage(
    live: Database, tmp_path: Path, key: bytes
) -> None:
    db = crash_image(live, tmp_path / "image")
    commits = commit_frames(wal_of(db))
    middle = commits[len(commits) // 2]
    flip_byte(wal_of(db), WAL_HEADER_SIZE + (middle - 1) * FRAME + FRAME_HEADER_SIZE + 100)
    report = inspect_wal(db)
    assert report is not None and report.damaged
    assert report.lost_commits is not None and report.lost_commits >= len(commits) // 2 - 1


def test_without_the_index_a_later_commit_still_proves_the_loss(
    live: Database, tmp_path: Path
) -> None:
    db = crash_image(live, tmp_path / "image")
    shm_of(db).unlink()
    commits = commit_frames(wal_of(db))
    flip_byte(wal_of(db), WAL_HEADER_SIZE + (commits[3] - 1) * FRAME + FRAME_HEADER_SIZE + 7)
    report = inspect_wal(db)
    assert report is not None and report.damaged
    assert report.lost_commits is not None and report.lost_commits >= len(commits) - 5


def test_a_wal_cut_in_half_is_damage(live: Database, tmp_path: Path) -> None:
    db = crash_image(live, tmp_path / "image")
    wal = wal_of(db)
    data = wal.read_bytes()
    wal.write_bytes(data[: len(data) // 2])
    report = inspect_wal(db)
    assert report is not None and report.damaged


def test_a_damaged_wal_header_is_damage(live: Database, tmp_path: Path) -> None:
    db = crash_image(live, tmp_path / "image")
    flip_byte(wal_of(db), 17)  # inside salt-1
    report = inspect_wal(db)
    assert report is not None and report.damaged
    assert report.replayable_commits == 0


def test_a_flipped_byte_in_the_last_commit_is_damage_when_the_index_says_it_was_saved(
    live: Database, tmp_path: Path
) -> None:
    db = crash_image(live, tmp_path / "image")
    last = commit_frames(wal_of(db))[-1]
    flip_byte(wal_of(db), WAL_HEADER_SIZE + (last - 1) * FRAME + FRAME_HEADER_SIZE + 9)
    report = inspect_wal(db)
    assert report is not None and report.damaged
    assert report.lost_commits == 1


def test_a_commit_cut_in_half_by_the_crash_is_not_damage(
    live: Database, tmp_path: Path, key: bytes
) -> None:
    """The frame header of a commit was written, its page not, and the index was never
    updated: that transaction was never reported as saved."""
    db = crash_image(live, tmp_path / "image")
    wal = wal_of(db)
    data = wal.read_bytes()
    last = commit_frames(wal)[-1]
    offset = WAL_HEADER_SIZE + (last - 1) * FRAME
    header = bytearray(data[offset : offset + FRAME_HEADER_SIZE])
    with wal.open("ab") as handle:
        handle.write(bytes(header) + b"\x00" * (PAGE_SIZE // 2))
    report = inspect_wal(db)
    assert report is not None and report.intact
    with Database.open(db, key) as reopened:
        assert len(entry_titles(reopened)) == 40


def test_an_unfinished_transaction_is_not_damage(
    live: Database, tmp_path: Path, key: bytes
) -> None:
    """A transaction big enough to spill pages into the WAL before it commits, cut off by
    the crash: its frames are there without a commit frame."""
    with live.read() as conn:
        conn.execute("PRAGMA cache_size = 2")
        conn.execute("BEGIN")
        for i in range(200):
            conn.execute(
                "INSERT INTO journal_entry (created_at, updated_at, title, body, private, "
                "bring_to_session) VALUES ('2026-01-01 10:00:00', '2026-01-01 10:00:00', ?, ?, "
                "0, 0)",
                (f"unsaved {i}", "x" * 3000),
            )
        db = crash_image(live, tmp_path / "image")
        conn.execute("ROLLBACK")
    report = inspect_wal(db)
    assert report is not None and report.intact
    assert report.frames > report.replayable_frames
    with Database.open(db, key) as reopened:
        assert len(entry_titles(reopened)) == 40


def test_frames_of_an_earlier_round_of_the_log_are_not_damage(
    live: Database, tmp_path: Path, key: bytes
) -> None:
    """After a checkpoint SQLite starts the log again from the top with new salts; the
    older, longer tail stays in the file."""
    for i in range(30):
        add_entry(live, f"more {i}", "y" * 2000)
    with live.read() as conn:
        busy, _frames, _done = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert not busy
    add_entry(live, "after the restart")
    db = crash_image(live, tmp_path / "image")
    data = wal_of(db).read_bytes()
    salts = {
        data[WAL_HEADER_SIZE + i * FRAME + 8 : WAL_HEADER_SIZE + i * FRAME + 16]
        for i in range((len(data) - WAL_HEADER_SIZE) // FRAME)
    }
    assert len(salts) == 2, "the log should hold frames of two rounds"
    report = inspect_wal(db)
    assert report is not None and report.intact
    with Database.open(db, key) as reopened:
        assert entry_titles(reopened)[-1] == "after the restart"
