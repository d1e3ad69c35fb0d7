"""Encrypted backups of the journal: making, listing, pruning, checking and restoring them.

A backup is a complete SQLCipher database encrypted with the same key as the journal, in one
self-contained file. Automatic backups live in the profile's ``backups/`` folder and are named
``companion-YYYYMMDD-HHMMSS-<reason>.db`` (local time); a second one within the same second
gets ``_2``, ``_3``... before ``.db``.

A "before-restore" copy is the previous journal file exactly as it was on disk (plus its
``-wal`` file when there was one), so it is kept even if it is damaged or has another key.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from companion.domain.wording import tr
from companion.storage import sqlcipher
from companion.storage.engine import Database
from companion.storage.errors import DatabaseCorrupt, DatabaseMissing
from companion.storage.files import (
    SIDECAR_SUFFIXES,
    copy_atomically,
    fsync_directory,
    fsync_file,
    new_temp_file,
    remove_quietly,
    sidecar,
)
from companion.storage.sqlcipher import CopyProgress

#: How many automatic backups are kept unless the caller says otherwise.
DEFAULT_KEEP = 10

#: Reason of the copy kept aside by :func:`restore_backup`.
BEFORE_RESTORE = "before-restore"

_REASON = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_NAME = re.compile(
    r"companion-(?P<date>\d{8})-(?P<time>\d{6})-(?P<reason>[a-z0-9]+(?:-[a-z0-9]+)*)"
    r"(?:_(?P<seq>\d+))?\.db"
)
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in a backups folder."""

    path: Path
    #: Local wall-clock time it was made (from its name).
    created: datetime
    #: Size on disk in bytes (with its ``-wal`` file, if it has one).
    size: int
    #: Why it was made, for example ``before-upgrade`` or ``before-restore``.
    reason: str
    #: Tie-breaker for backups made within the same second (1, 2, ...).
    sequence: int = 1


def backup_to(db: Database, dest: Path, *, progress: CopyProgress | None = None) -> None:
    """Write an encrypted copy of ``db`` (same key) to ``dest``, atomically and durably.

    The copy is made in a temp file beside ``dest`` with SQLite's online backup API, checked
    (every page authenticates, structure is sound), fsynced and renamed over ``dest``; a
    failure leaves ``dest`` as it was. ``progress(remaining, total)`` is called as pages are
    copied; an exception raised from it cancels the backup and propagates.
    """
    dest = Path(dest)
    temp = new_temp_file(dest.parent)
    try:
        db.write_copy(temp, progress=progress)
        fsync_file(temp)
        os.replace(temp, dest)
    except BaseException:
        remove_quietly(temp)
        raise
    fsync_directory(dest.parent)


def automatic_backup(
    db: Database, backups_dir: Path, reason: str, keep: int = DEFAULT_KEEP
) -> Path:
    """Back up ``db`` into ``backups_dir`` under a dated name, then delete the oldest backups
    beyond ``keep``. ``reason`` is a short lower-case word or phrase joined by hyphens
    (``manual``, ``before-upgrade``). Returns the new file."""
    _check_keep(keep)
    dest = _new_backup_path(backups_dir, reason)
    backup_to(db, dest)
    prune_backups(backups_dir, keep, protect=dest)
    return dest


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """The backups in ``backups_dir``, newest first. Other files are ignored."""
    backups_dir = Path(backups_dir)
    if not backups_dir.is_dir():
        return []
    found = []
    for path in backups_dir.iterdir():
        info = _describe(path)
        if info is not None:
            found.append(info)
    found.sort(key=lambda info: (info.created, info.sequence, info.path.name), reverse=True)
    return found


def prune_backups(
    backups_dir: Path, keep: int = DEFAULT_KEEP, *, protect: Path | None = None
) -> list[Path]:
    """Delete the oldest backups beyond the newest ``keep`` (never ``protect``); return them.

    Only files named like backups are ever touched.
    """
    _check_keep(keep)
    removed = []
    for info in list_backups(backups_dir)[keep:]:
        if protect is not None and info.path == protect:
            continue
        remove_quietly(info.path)
        removed.append(info.path)
    return removed


def verify_backup(path: Path, key: bytes) -> None:
    """Check that ``path`` opens with ``key`` and is intact, without changing it.

    Raises :class:`DatabaseMissing` if it is not there, :class:`WrongKeyError` if the key does
    not open it and :class:`DatabaseCorrupt` if it is empty or any page fails its check.
    """
    path = Path(path)
    if not path.is_file():
        raise DatabaseMissing(tr("storage.backup", "The backup file could not be found."))
    if path.stat().st_size == 0:
        raise DatabaseCorrupt(tr("storage.backup", "The backup file is empty."))
    sqlcipher.verify_file(path, key)


def restore_backup(backup: Path, db_path: Path, key: bytes, *, backups_dir: Path) -> None:
    """Replace the journal at ``db_path`` with ``backup``.

    The caller must have closed the journal (:meth:`Database.close`) first. In order: the
    backup is checked with ``key`` (nothing happens if it fails); the current journal file and
    its WAL are copied aside into ``backups_dir`` as a ``before-restore`` backup; the backup
    is staged beside the journal; the old WAL and shared-memory files are removed (SQLite
    would otherwise replay them into the restored file); the staged file is renamed into
    place; and the result is checked again.
    """
    backup, db_path = Path(backup), Path(db_path)
    verify_backup(backup, key)
    if db_path.exists():
        _keep_aside(db_path, backups_dir)

    staged = _stage_copy(backup, db_path.parent)
    staged_wal: Path | None = None
    try:
        backup_wal = sidecar(backup, "-wal")
        if backup_wal.is_file() and backup_wal.stat().st_size > 0:
            staged_wal = _stage_copy(backup_wal, db_path.parent)
        for suffix in SIDECAR_SUFFIXES:
            with contextlib.suppress(FileNotFoundError):
                sidecar(db_path, suffix).unlink()
        os.replace(staged, db_path)
        if staged_wal is not None:
            os.replace(staged_wal, sidecar(db_path, "-wal"))
        fsync_directory(db_path.parent)
    finally:
        remove_quietly(staged)
        if staged_wal is not None:
            remove_quietly(staged_wal)
    verify_backup(db_path, key)


def _stage_copy(source: Path, folder: Path) -> Path:
    """A durable copy of ``source`` under a temp name in ``folder``, ready to be renamed."""
    staged = new_temp_file(folder)
    try:
        shutil.copyfile(source, staged)
        fsync_file(staged)
    except BaseException:
        remove_quietly(staged)
        raise
    return staged


def _keep_aside(db_path: Path, backups_dir: Path) -> Path:
    """Copy the journal file (and its WAL, which may hold committed data) into the backups
    folder byte for byte."""
    aside = _new_backup_path(backups_dir, BEFORE_RESTORE)
    copy_atomically(db_path, aside)
    wal = sidecar(db_path, "-wal")
    if wal.is_file() and wal.stat().st_size > 0:
        copy_atomically(wal, sidecar(aside, "-wal"))
    return aside


def _check_keep(keep: int) -> None:
    if keep < 1:
        raise ValueError("At least one backup must be kept.")


def _new_backup_path(backups_dir: Path, reason: str) -> Path:
    if not _REASON.fullmatch(reason):
        raise ValueError("A backup reason is lower-case letters, digits and single hyphens.")
    backups_dir = Path(backups_dir)
    backups_dir.mkdir(parents=True, exist_ok=True)
    created = _now().replace(microsecond=0)
    # Number after the highest one of the same second and reason, even if older ones of that
    # second were pruned, so the names keep sorting in the order the backups were made.
    taken = [
        info.sequence
        for info in list_backups(backups_dir)
        if info.created == created and info.reason == reason
    ]
    stem = f"companion-{created.strftime(_STAMP)}-{reason}"
    sequence = max(taken, default=0) + 1
    path = backups_dir / (f"{stem}.db" if sequence == 1 else f"{stem}_{sequence}.db")
    while path.exists():  # a file the listing skipped (unreadable): never overwrite it
        sequence += 1
        path = backups_dir / f"{stem}_{sequence}.db"
    return path


def _now() -> datetime:
    """Local wall-clock time for backup names (replaced in tests)."""
    return datetime.now()


def _describe(path: Path) -> BackupInfo | None:
    match = _NAME.fullmatch(path.name)
    if match is None or not path.is_file():
        return None
    try:
        created = datetime.strptime(f"{match['date']}-{match['time']}", _STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    wal = sidecar(path, "-wal")
    with contextlib.suppress(OSError):
        size += wal.stat().st_size
    return BackupInfo(
        path=path,
        created=created,
        size=size,
        reason=match["reason"],
        sequence=int(match["seq"] or 1),
    )
