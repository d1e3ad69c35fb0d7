"""Portable encrypted backups: back up now, restore, tampering, a new computer, leftovers."""

from __future__ import annotations

import os
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from companion.config import ProfilePaths
from companion.domain.errors import InvalidInput
from companion.domain.journal import EntryDraft
from companion.security.errors import WrongSecret
from companion.services.backups import (
    BackupCancelled,
    BackupRefused,
    BackupService,
    Secret,
    check_backup,
    restore,
    suggested_name,
    sweep_temporary_files,
)
from companion.services.profile import ProfileService, UnlockedProfile

PASS = Secret(passphrase="correct horse")


def _titles(profile: UnlockedProfile) -> list[str]:
    with profile._require_db().read() as conn:
        return [r[0] for r in conn.execute("SELECT title FROM journal_entry ORDER BY id")]


def _write(profile: UnlockedProfile, title: str) -> None:
    profile.journal.create(EntryDraft(title=title, body="canary-body", mood=5))


def test_back_up_now_writes_one_encrypted_file(profile: UnlockedProfile, tmp_path: Path) -> None:
    _write(profile, "first")
    out = tmp_path / "usb"
    out.mkdir()
    seen: list[tuple[int, int]] = []
    written = profile.service(BackupService).back_up_to(
        out, progress=lambda d, t: seen.append((d, t))
    )
    assert written.name == suggested_name()
    assert [p.name for p in out.iterdir()] == [written.name]
    assert seen and seen[-1][0] == seen[-1][1]
    with zipfile.ZipFile(written) as z:
        assert set(z.namelist()) == {"manifest.json", "keystore.json", "companion.db"}
        assert b"canary-body" not in z.read("companion.db")
    assert b"canary-body" not in written.read_bytes()
    check = check_backup(written, profile.paths, PASS)
    assert check.portable


def test_restore_replaces_the_journal_and_keeps_the_old_one(
    profile: UnlockedProfile, service: ProfileService, tmp_path: Path
) -> None:
    _write(profile, "before")
    backup = profile.service(BackupService).back_up_to(tmp_path / "b.companion-backup")
    _write(profile, "after")
    paths = profile.paths
    profile.lock()
    restore(backup, paths, PASS)
    again = service.unlock_with_passphrase("correct horse")
    try:
        assert _titles(again) == ["before"]
        kept = [
            i for i in again.service(BackupService).list_backups() if i.reason == "before-restore"
        ]
        assert len(kept) == 1
    finally:
        again.lock()


def test_wrong_secret_changes_nothing(profile: UnlockedProfile, tmp_path: Path) -> None:
    _write(profile, "mine")
    backup = profile.service(BackupService).back_up_to(tmp_path / "b.companion-backup")
    paths = profile.paths
    profile.lock()
    before = paths.database.read_bytes()
    with pytest.raises(WrongSecret):
        restore(backup, paths, Secret(passphrase="wrong"))
    assert paths.database.read_bytes() == before
    assert not list(paths.backups.glob("*before-restore*"))
    assert sweep_temporary_files(paths.root) == []


def _tamper(backup: Path, name: str, offset: int) -> Path:
    tampered = backup.with_name("tampered.companion-backup")
    with zipfile.ZipFile(backup) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = bytearray(src.read(info))
            if info.filename == name:
                data[offset] ^= 0x01
            dst.writestr(info, bytes(data))
    return tampered


@pytest.mark.parametrize(("name", "offset"), [("companion.db", 5000), ("keystore.json", 40)])
def test_a_tampered_backup_is_refused(
    profile: UnlockedProfile, tmp_path: Path, name: str, offset: int
) -> None:
    _write(profile, "mine")
    backup = profile.service(BackupService).back_up_to(tmp_path / "b.companion-backup")
    tampered = _tamper(backup, name, offset)
    paths = profile.paths
    profile.lock()
    before = paths.database.read_bytes()
    with pytest.raises(BackupRefused, match="changed or damaged"):
        restore(tampered, paths, PASS)
    assert paths.database.read_bytes() == before


def test_a_tampered_backup_with_fixed_hashes_fails_the_page_check(
    profile: UnlockedProfile, tmp_path: Path
) -> None:
    import hashlib
    import json

    _write(profile, "mine")
    backup = profile.service(BackupService).back_up_to(tmp_path / "b.companion-backup")
    tampered = tmp_path / "t.companion-backup"
    with zipfile.ZipFile(backup) as src, zipfile.ZipFile(tampered, "w") as dst:
        db = bytearray(src.read("companion.db"))
        db[6000] ^= 0x01
        manifest = json.loads(src.read("manifest.json"))
        manifest["files"]["companion.db"] = hashlib.sha256(bytes(db)).hexdigest()
        dst.writestr("manifest.json", json.dumps(manifest))
        dst.writestr("keystore.json", src.read("keystore.json"))
        dst.writestr("companion.db", bytes(db))
    paths = profile.paths
    profile.lock()
    with pytest.raises(BackupRefused, match="changed or damaged"):
        restore(tampered, paths, PASS)


def test_not_a_backup(profile: UnlockedProfile, tmp_path: Path) -> None:
    other = tmp_path / "other.companion-backup"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(BackupRefused, match="not a Companion backup"):
        check_backup(other, profile.paths, PASS)


def test_restore_on_a_new_computer_with_only_the_file_and_the_recovery_key(
    service: ProfileService, tmp_path: Path
) -> None:
    from tests.services.conftest import FAST

    old, recovery = service.create(use_keychain=True, passphrase="correct horse", params=FAST)
    _write(old, "from the old laptop")
    backup = old.service(BackupService).back_up_to(tmp_path / "carry.companion-backup")
    old.lock()
    new_paths = ProfilePaths(tmp_path / "new computer" / "Companion")
    restore(backup, new_paths, Secret(recovery_key=recovery))
    opened = ProfileService(new_paths).unlock_with_recovery_key(recovery)
    try:
        assert _titles(opened) == ["from the old laptop"]
        assert opened.recovery_key() == recovery
    finally:
        opened.lock()
    # the passphrase travelled with the backup too
    ProfileService(new_paths).unlock_with_passphrase("correct horse").lock()


def test_wal_leftovers_are_not_replayed_into_the_restored_journal(
    profile: UnlockedProfile, tmp_path: Path
) -> None:
    _write(profile, "in backup")
    backup = profile.service(BackupService).back_up_to(tmp_path / "b.companion-backup")
    paths = profile.paths
    profile.lock()
    wal = paths.database.with_name("companion.db-wal")
    shm = paths.database.with_name("companion.db-shm")
    wal.write_bytes(os.urandom(4096))
    shm.write_bytes(os.urandom(1024))
    restore(backup, paths, PASS)
    assert not shm.exists()
    again = ProfileService(paths).unlock_with_passphrase("correct horse")
    try:
        assert _titles(again) == ["in backup"]
    finally:
        again.lock()


def test_cancel_leaves_nothing_behind(profile: UnlockedProfile, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(BackupCancelled):
        profile.service(BackupService).back_up_to(out, cancel=lambda: True)
    assert list(out.iterdir()) == []


def test_keep_setting_is_kept_and_prunes(profile: UnlockedProfile) -> None:
    backups = profile.service(BackupService)
    start = datetime(2026, 1, 1, 9)
    import companion.storage.backup as storage_backup

    for day in range(5):
        stamp = start + timedelta(days=day)
        storage_backup._now = lambda stamp=stamp: stamp  # type: ignore[misc]
        try:
            backups.backup_if_due(now=stamp + timedelta(days=2))
        finally:
            storage_backup._now = datetime.now  # type: ignore[assignment]
    assert len(backups.list_backups()) >= 5
    backups.set_keep(3)
    assert backups.keep() == 3
    assert len(backups.list_backups()) == 3
    with pytest.raises(InvalidInput):
        backups.set_keep(0)
    assert backups.keep() == 3


def test_sweep_removes_only_our_temporary_files(tmp_path: Path) -> None:
    (tmp_path / "backups").mkdir()
    ours = [
        tmp_path / ".companion-abc123.tmp",
        tmp_path / ".companion-abc123.tmp-wal",
        tmp_path / ".keystore.json.x1y2.tmp",
        tmp_path / "backups" / ".companion-zz_9.tmp",
    ]
    theirs = [
        tmp_path / "companion.db",
        tmp_path / "keystore.json",
        tmp_path / "notes.tmp",
        tmp_path / "backups" / "companion-20260101-090000-daily.db",
    ]
    for path in ours + theirs:
        path.write_bytes(b"x")
    assert sorted(sweep_temporary_files(tmp_path)) == sorted(ours)
    assert all(p.exists() for p in theirs)


def test_headless_backup_restore_and_archive(
    profile: UnlockedProfile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse
    import io

    from companion.cli.backup import add_archive_parser, add_backup_parsers

    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    add_backup_parsers(sub)
    add_archive_parser(sub.add_parser("export").add_subparsers(dest="what"))
    _write(profile, "headless")
    root = profile.paths.root
    recovery = profile.recovery_key()
    profile.lock()

    def run(*argv: str, stdin: str = "") -> int:
        args = parser.parse_args(list(argv))
        return int(args.handler(args, io.StringIO(stdin)))

    out = tmp_path / "b.companion-backup"
    assert (
        run(
            "backup",
            "--data-dir",
            str(root),
            "--passphrase-stdin",
            "-o",
            str(out),
            stdin="correct horse\n",
        )
        == 0
    )
    assert out.is_file()
    assert (
        run(
            "restore",
            "--data-dir",
            str(tmp_path / "fresh"),
            "--recovery-key-stdin",
            str(out),
            stdin=recovery + "\n",
        )
        == 0
    )
    assert run("restore", "--data-dir", str(tmp_path / "fresh2"), str(out)) == 1
    assert (
        run(
            "restore",
            "--data-dir",
            str(tmp_path / "fresh3"),
            "--passphrase-stdin",
            str(out),
            stdin="nope\n",
        )
        == 1
    )
    archive = tmp_path / "a.companion-archive.zip"
    assert (
        run(
            "export",
            "archive",
            "--data-dir",
            str(tmp_path / "fresh"),
            "--passphrase-stdin",
            "-o",
            str(archive),
            stdin="correct horse\n",
        )
        == 0
    )
    assert archive.is_file()
    captured = capsys.readouterr()
    assert "NOT encrypted" in captured.out
    assert "did not unlock" in captured.err or "passphrase" in captured.err
