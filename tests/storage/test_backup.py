"""Encrypted backups: make, verify, list, prune and restore."""

from __future__ import annotations

import secrets
from datetime import datetime
from pathlib import Path

import pytest

from companion.storage import backup as backups
from companion.storage.backup import (
    automatic_backup,
    backup_to,
    list_backups,
    prune_backups,
    restore_backup,
    verify_backup,
)
from companion.storage.engine import Database
from companion.storage.errors import DatabaseCorrupt, DatabaseMissing, WrongKeyError
from companion.storage.migrate import HEAD_REVISION, stored_revisions, upgrade

from .helpers import PAGE_SIZE, add_entry, copy_files, entry_titles, flip_byte, snapshot


def _leftover_temp_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob(".companion-*")]


def test_backup_opens_with_the_same_key_and_holds_everything(
    db: Database, key: bytes, tmp_path: Path
) -> None:
    add_entry(db, "one", "first body")
    add_entry(db, "two", "second body")
    dest = tmp_path / "out" / "copy.db"

    backup_to(db, dest)

    verify_backup(dest, key)
    assert not _leftover_temp_files(dest.parent)
    assert [p.name for p in dest.parent.iterdir()] == ["copy.db"]
    with Database.open(dest, key) as copy:
        assert entry_titles(copy) == ["one", "two"]
        assert stored_revisions(copy) == (HEAD_REVISION,)
    with pytest.raises(WrongKeyError):
        verify_backup(dest, secrets.token_bytes(32))


def test_backup_replaces_an_older_file_only_when_complete(
    db: Database, key: bytes, tmp_path: Path
) -> None:
    dest = tmp_path / "copy.db"
    add_entry(db, "old")
    backup_to(db, dest)
    before = dest.read_bytes()
    add_entry(db, "new")
    seen: list[tuple[int, int]] = []

    def cancel(remaining: int, total: int) -> None:
        seen.append((remaining, total))
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        backup_to(db, dest, progress=cancel)
    assert seen
    assert dest.read_bytes() == before
    assert not _leftover_temp_files(tmp_path)

    progress: list[tuple[int, int]] = []
    backup_to(db, dest, progress=lambda remaining, total: progress.append((remaining, total)))
    assert progress[-1][0] == 0
    with Database.open(dest, key) as copy:
        assert entry_titles(copy) == ["old", "new"]


def test_automatic_backups_are_named_listed_and_pruned(
    db: Database, backups_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backups, "_now", lambda: datetime(2026, 11, 25, 17, 15, 0, 123))
    made = [automatic_backup(db, backups_dir, "manual", keep=3) for _ in range(5)]
    (backups_dir / "notes.txt").write_text("not a backup")
    (backups_dir / "companion-2026-bad-name.db").write_bytes(b"x")

    listed = list_backups(backups_dir)

    assert [info.path for info in listed] == list(reversed(made[-3:]))
    assert all(not path.exists() for path in made[:2])
    assert listed[0].reason == "manual"
    assert listed[0].size == listed[0].path.stat().st_size > 0
    assert [path.name for path in made] == [
        "companion-20261125-171500-manual.db",
        "companion-20261125-171500-manual_2.db",
        "companion-20261125-171500-manual_3.db",
        "companion-20261125-171500-manual_4.db",
        "companion-20261125-171500-manual_5.db",
    ]
    assert (backups_dir / "notes.txt").exists()
    assert (backups_dir / "companion-2026-bad-name.db").exists()
    assert prune_backups(backups_dir, keep=1) == [info.path for info in listed[1:]]
    assert [info.path for info in list_backups(backups_dir)] == [listed[0].path]


def test_listing_parses_names_and_orders_newest_first(tmp_path: Path) -> None:
    for name in (
        "companion-20261125-171500-before-upgrade.db",
        "companion-20261126-080000-manual.db",
        "companion-20261125-171500-before-upgrade_2.db",
        "companion-20261301-000000-manual.db",  # no 13th month: ignored
    ):
        (tmp_path / name).write_bytes(b"x" * 10)
    listed = list_backups(tmp_path)
    assert [(i.created.isoformat(), i.reason, i.sequence) for i in listed] == [
        ("2026-11-26T08:00:00", "manual", 1),
        ("2026-11-25T17:15:00", "before-upgrade", 2),
        ("2026-11-25T17:15:00", "before-upgrade", 1),
    ]
    assert list_backups(tmp_path / "missing") == []


def test_bad_reasons_and_keep_values_are_refused(db: Database, backups_dir: Path) -> None:
    for reason in ("", "Upper", "two words", "../escape", "under_score"):
        with pytest.raises(ValueError):
            automatic_backup(db, backups_dir, reason)
    with pytest.raises(ValueError):
        automatic_backup(db, backups_dir, "manual", keep=0)
    assert list_backups(backups_dir) == []


def test_tampered_truncated_empty_or_missing_backups_are_refused(
    db: Database, key: bytes, tmp_path: Path
) -> None:
    add_entry(db, "entry", "words " * 500)
    good = tmp_path / "good.db"
    backup_to(db, good)
    assert good.stat().st_size > 3 * PAGE_SIZE

    tampered = tmp_path / "tampered.db"
    tampered.write_bytes(good.read_bytes())
    flip_byte(tampered, PAGE_SIZE + PAGE_SIZE // 2)
    before = tampered.read_bytes()
    with pytest.raises(DatabaseCorrupt):
        verify_backup(tampered, key)
    assert tampered.read_bytes() == before

    truncated = tmp_path / "truncated.db"
    truncated.write_bytes(good.read_bytes()[: 2 * PAGE_SIZE + 100])
    with pytest.raises(DatabaseCorrupt):
        verify_backup(truncated, key)

    empty = tmp_path / "empty.db"
    empty.touch()
    with pytest.raises(DatabaseCorrupt):
        verify_backup(empty, key)

    with pytest.raises(DatabaseMissing):
        verify_backup(tmp_path / "nothing.db", key)


def test_restore_round_trip(db: Database, key: bytes, backups_dir: Path) -> None:
    add_entry(db, "in the backup")
    saved = automatic_backup(db, backups_dir, "manual")
    add_entry(db, "written after the backup")
    db.close()

    restore_backup(saved, db.path, key)

    with Database.open(db.path, key) as restored:
        assert entry_titles(restored) == ["in the backup"]
    assert not _leftover_temp_files(db.path.parent)


def test_restore_over_a_crashed_database_drops_its_stale_wal(
    db: Database, key: bytes, backups_dir: Path, tmp_path: Path
) -> None:
    add_entry(db, "backed up")
    saved = automatic_backup(db, backups_dir, "manual")
    add_entry(db, "only in the wal")
    crashed = tmp_path / "crashed"
    names = [db.path.name, db.path.name + "-wal", db.path.name + "-shm"]
    copy_files(db.path.parent, crashed, names)
    target = crashed / db.path.name

    restore_backup(saved, target, key)

    assert not target.with_name(target.name + "-wal").exists()
    with Database.open(target, key) as restored:
        assert entry_titles(restored) == ["backed up"]


def test_restore_refuses_a_bad_backup_and_changes_nothing(
    db: Database, key: bytes, backups_dir: Path, tmp_path: Path
) -> None:
    add_entry(db, "current")
    tampered = tmp_path / "tampered.db"
    backup_to(db, tampered)
    flip_byte(tampered, PAGE_SIZE + 100)
    other_key = tmp_path / "other-key.db"
    with Database.open(other_key, secrets.token_bytes(32), create=True) as other:
        upgrade(other, backup_dir=backups_dir)
    db.close()
    before = snapshot(db.path.parent)

    with pytest.raises(DatabaseCorrupt):
        restore_backup(tampered, db.path, key)
    with pytest.raises(WrongKeyError):
        restore_backup(other_key, db.path, key)

    assert snapshot(db.path.parent) == before
    assert list_backups(backups_dir) == []


def test_default_keep_matches_the_profile_setting() -> None:
    from companion.config import DEFAULT_BACKUPS_KEPT

    assert backups.DEFAULT_KEEP == DEFAULT_BACKUPS_KEPT
