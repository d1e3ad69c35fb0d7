"""Encrypted backups of the journal: making, listing, pruning, checking and restoring them.

A backup is a complete SQLCipher database encrypted with the same key as the journal, in one
self-contained file. Automatic backups live in the profile's ``backups/`` folder and are named
``companion-YYYYMMDD-HHMMSS-<reason>.db`` (local time); a second one within the same second
gets ``_2``, ``_3``... before ``.db``.

The same folder also holds sets kept aside before a restore or after damage was found
(``companion-…-<reason>.companion-backup``: the journal exactly as it was on disk, with its
log and keystore; see :mod:`companion.services.backup_files`). They are listed here too, but
only plain ``.db`` backups are ever pruned.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from companion.domain.wording import tr
from companion.storage import sqlcipher
from companion.storage.engine import Database
from companion.storage.errors import DatabaseCorrupt, DatabaseMissing
from companion.storage.files import (
    SIDECAR_SUFFIXES,
    fsync_directory,
    fsync_file,
    new_temp_file,
    private_folder,
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
    r"(?:_(?P<seq>\d+))?(?P<suffix>\.db|\.companion-backup)"
)
#: Suffix of an automatic backup (a database file of its own).
DB_SUFFIX = ".db"
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

    @property
    def is_set(self) -> bool:
        """True for a set kept aside (journal, log and keystore in one backup file), which
        opens with its own keystore; False for an automatic backup of this journal."""
        return self.path.suffix != DB_SUFFIX


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
    dest = new_backup_path(backups_dir, reason)
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
    """Delete the oldest automatic backups beyond the newest ``keep`` (never ``protect``);
    return them.

    Only automatic backups (``.db`` files named like backups) are ever touched: sets kept
    aside before a restore or after damage stay until the client removes them.
    """
    _check_keep(keep)
    removed = []
    automatic = [info for info in list_backups(backups_dir) if not info.is_set]
    for info in automatic[keep:]:
        if protect is not None and info.path == protect:
            continue
        remove_quietly(info.path)
        removed.append(info.path)
    return removed


def verify_backup(path: Path, key: sqlcipher.Key) -> None:
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


def fold_log(path: Path, key: sqlcipher.Key) -> None:
    """Replay the WAL beside ``path`` (a copy being restored) into it and remove the log, so
    that the copy is one self-contained file. What SQLite cannot replay is left out."""
    conn = sqlcipher.connect(path, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        conn.execute("PRAGMA journal_mode = DELETE").fetchall()
    finally:
        with contextlib.suppress(Exception):
            conn.close()
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            sidecar(path, suffix).unlink()


def journal_extent(path: Path, key: sqlcipher.Key) -> tuple[int, date | None]:
    """How many journal entries the database at ``path`` holds and the day of the newest
    (for telling the client which journal a backup holds). Read-only."""
    conn = sqlcipher.connect(path, key, read_only=True)
    try:
        count, newest = conn.execute(
            "SELECT count(*), max(created_at) FROM journal_entry"
        ).fetchone()
    except Exception:
        return 0, None
    finally:
        with contextlib.suppress(Exception):
            conn.close()
    latest = None
    if isinstance(newest, str):
        with contextlib.suppress(ValueError):
            latest = datetime.fromisoformat(newest).date()
    return int(count or 0), latest


def put_in_place(staged: Path, db_path: Path, key: sqlcipher.Key) -> None:
    """Rename ``staged`` (a checked copy in the journal's folder) over the journal: the old
    WAL and shared-memory files go first (SQLite would replay them into the new file), then
    the rename, then the result is checked. The journal must be closed."""
    for suffix in SIDECAR_SUFFIXES:
        with contextlib.suppress(FileNotFoundError):
            sidecar(db_path, suffix).unlink()
    fsync_file(staged)
    os.replace(staged, db_path)
    fsync_directory(db_path.parent)
    verify_backup(db_path, key)


def restore_backup(backup: Path, db_path: Path, key: sqlcipher.Key) -> None:
    """Replace the journal at ``db_path`` with ``backup``.

    The caller must have closed the journal (:meth:`Database.close`) and kept its files
    aside (:func:`companion.services.backup_files.keep_aside`) first. In order: the backup is
    checked with ``key`` (nothing happens if it fails); it is staged beside the journal; the
    old WAL and shared-memory files are removed (SQLite would otherwise replay them into the
    restored file); the staged file is renamed into place; and the result is checked again.
    """
    backup, db_path = Path(backup), Path(db_path)
    verify_backup(backup, key)

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


def _check_keep(keep: int) -> None:
    if keep < 1:
        raise ValueError("At least one backup must be kept.")


def new_backup_path(backups_dir: Path, reason: str, *, suffix: str = DB_SUFFIX) -> Path:
    """A new, unused name for a backup made now for ``reason`` in ``backups_dir`` (which is
    created, private, if needed)."""
    if not _REASON.fullmatch(reason):
        raise ValueError("A backup reason is lower-case letters, digits and single hyphens.")
    backups_dir = private_folder(Path(backups_dir))
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
    path = backups_dir / (f"{stem}{suffix}" if sequence == 1 else f"{stem}_{sequence}{suffix}")
    while path.exists():  # a file the listing skipped (unreadable): never overwrite it
        sequence += 1
        path = backups_dir / f"{stem}_{sequence}{suffix}"
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
