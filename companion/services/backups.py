"""Encrypted backups the client can carry to another computer, and restoring them.

A portable backup (``Companion backup YYYY-MM-DD.companion-backup``) is one zip file holding:

- ``companion.db``: an encrypted copy of the journal (same key, still encrypted inside);
- ``keystore.json``: the unlock slots, which hold the key only wrapped (passphrase, recovery
  key; a keychain slot is useless on another computer);
- ``manifest.json``: format, version, when it was made and the SHA-256 of the two files, so a
  changed file is refused before anything is replaced.

Restoring needs the passphrase or the recovery key. The journal being replaced is kept aside
first (``backups/companion-...-before-restore.db`` and its keystore beside it).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from companion.config import DEFAULT_BACKUPS_KEPT, ProfilePaths
from companion.domain.wording import mark, tr
from companion.security.errors import KeystoreError, SecurityError, WrongSecret
from companion.security.keystore import KeyStore
from companion.services.errors import ProfileError
from companion.storage import backup as backups
from companion.storage import meta_repository
from companion.storage.engine import Database
from companion.storage.errors import StorageError
from companion.storage.files import fsync_directory, fsync_file, new_temp_file, remove_quietly

FORMAT = "companion-backup"
VERSION = 1
SUFFIX = ".companion-backup"
KEEP_SETTING = "backups_keep"
MAX_KEEP = 100
_DB_NAME = "companion.db"
_KEYSTORE_NAME = "keystore.json"
_MANIFEST_NAME = "manifest.json"
_MAX_SMALL_FILE = 1024 * 1024

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

BackupInfo = backups.BackupInfo


class BackupCancelled(Exception):
    """The client cancelled; nothing was written."""


class BackupRefused(ProfileError):
    """The backup file cannot be used (not a backup, changed, from a newer version...)."""


@dataclass(frozen=True)
class Secret:
    """What the client typed to open a backup: a passphrase or the recovery key."""

    passphrase: str | None = None
    recovery_key: str | None = None

    def unlock(self, keystore: KeyStore) -> bytes:
        if self.recovery_key is not None:
            return keystore.unlock_with_recovery_key(self.recovery_key)
        if self.passphrase is not None:
            if not keystore.has_passphrase:
                raise WrongSecret(
                    tr(
                        "services.backups",
                        "This backup has no passphrase. Please use your recovery key to "
                        "restore it.",
                    )
                )
            return keystore.unlock_with_passphrase(self.passphrase)
        raise WrongSecret(
            tr("services.backups", "Please enter your passphrase or your recovery key.")
        )


@dataclass(frozen=True)
class BackupCheck:
    """A backup that was opened and checked: safe to restore."""

    path: Path
    created: str
    portable: bool


def suggested_name(today: date | None = None) -> str:
    return f"Companion backup {(today or date.today()).isoformat()}{SUFFIX}"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


# -- temporary files ----------------------------------------------------------------------

_TEMP = re.compile(
    r"\.companion-[A-Za-z0-9_]+\.tmp(-wal|-shm|-journal)?"  # storage.files.new_temp_file
    r"|\.(companion\.db|keystore\.json)\..+\.tmp"  # keystore and profile atomic writes
)


def sweep_temporary_files(folder: Path) -> list[Path]:
    """Remove temp files that our atomic writes left behind after a crash, in ``folder`` and
    its ``backups`` folder; returns what was removed. Call it at start-up, before the
    database is opened. Only our own temp names are touched."""
    removed: list[Path] = []
    for place in (Path(folder), Path(folder) / "backups"):
        if not place.is_dir():
            continue
        for path in place.iterdir():
            if _TEMP.fullmatch(path.name) and path.is_file() and not path.is_symlink():
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
    return removed


# -- the service --------------------------------------------------------------------------


class BackupService:
    """Backups of one open profile: automatic ones, how many to keep, and portable ones."""

    def __init__(self, db: Database, paths: ProfilePaths | None = None) -> None:
        self._db = db
        self.paths = paths or ProfilePaths(Path(db.path).parent)

    # automatic backups

    def keep(self) -> int:
        with self._db.read() as conn:
            value = meta_repository.get(conn, KEEP_SETTING)
        try:
            return int(value) if value is not None else DEFAULT_BACKUPS_KEPT
        except ValueError:
            return DEFAULT_BACKUPS_KEPT

    def set_keep(self, n: int) -> None:
        """How many automatic backups to keep (1 to 100); older ones are removed now."""
        if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= MAX_KEEP:
            from companion.domain.errors import InvalidInput

            raise InvalidInput(
                tr("services.backups", "Please keep between 1 and %1 backups.", MAX_KEEP)
            )
        with self._db.read() as conn:
            meta_repository.put(conn, KEEP_SETTING, str(n))
        backups.prune_backups(self.paths.backups, n)

    def list_backups(self) -> list[BackupInfo]:
        return backups.list_backups(self.paths.backups)

    def backup_if_due(self, now: datetime | None = None) -> Path | None:
        """The daily automatic backup (call it every hour while the app is open)."""
        from companion.services.profile import DAILY_BACKUP_AGE

        now = now or datetime.now()
        existing = self.list_backups()
        if existing and now - existing[0].created < DAILY_BACKUP_AGE:
            return None
        return backups.automatic_backup(self._db, self.paths.backups, "daily", keep=self.keep())

    # portable backups

    def back_up_to(
        self,
        target: Path,
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> Path:
        """Write a portable backup. ``target`` is a file, or a folder (the file is then
        named :func:`suggested_name`). Returns the file written."""
        target = Path(target)
        if target.is_dir():
            target = target / suggested_name()
        folder = target.parent
        if not folder.is_dir():
            raise ProfileError(
                tr("services.backups", "The folder for the backup could not be found.")
            )
        if not self.paths.keystore.is_file():
            raise ProfileError(
                tr(
                    "services.backups",
                    "The file that unlocks your journal (keystore.json) is missing.",
                )
            )

        def copy_progress(remaining: int, total: int) -> None:
            if cancel is not None and cancel():
                raise BackupCancelled()
            if progress is not None and total:
                progress(total - remaining, total)

        db_copy = new_temp_file(folder)
        zipped = new_temp_file(folder)
        try:
            if cancel is not None and cancel():
                raise BackupCancelled()
            self._db.write_copy(db_copy, progress=copy_progress)
            keystore = self.paths.keystore.read_bytes()
            manifest = {
                "format": FORMAT,
                "version": VERSION,
                "created": datetime.now().replace(microsecond=0).isoformat(),
                "files": {
                    _DB_NAME: _sha256(db_copy),
                    _KEYSTORE_NAME: hashlib.sha256(keystore).hexdigest(),
                },
            }
            with zipfile.ZipFile(zipped, "w", compression=zipfile.ZIP_STORED) as z:
                z.writestr(_MANIFEST_NAME, json.dumps(manifest, indent=2))
                z.writestr(_KEYSTORE_NAME, keystore)
                z.write(db_copy, _DB_NAME)
            if cancel is not None and cancel():
                raise BackupCancelled()
            fsync_file(zipped)
            os.replace(zipped, target)
            fsync_directory(folder)
        except OSError as exc:
            raise ProfileError(
                tr(
                    "services.backups",
                    "The backup could not be written. Please check that the folder is "
                    "writable and has free space.",
                )
            ) from exc
        finally:
            remove_quietly(db_copy)
            remove_quietly(zipped)
        return target


# -- checking and restoring (the profile must be locked to restore) ------------------------


@dataclass
class _Opened:
    db_file: Path
    keystore: KeyStore
    key: bytes
    created: str
    portable: bool


def _open_portable(path: Path, folder: Path) -> tuple[Path, KeyStore, str]:
    """Unpack a portable backup's database into a temp file in ``folder``; check its
    manifest and hashes. Returns the temp file (caller removes it), keystore and date."""
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if not {_MANIFEST_NAME, _KEYSTORE_NAME, _DB_NAME} <= names:
                raise BackupRefused(_not_a_backup())
            for name in (_MANIFEST_NAME, _KEYSTORE_NAME):
                if z.getinfo(name).file_size > _MAX_SMALL_FILE:
                    raise BackupRefused(_not_a_backup())
            manifest: Any = json.loads(z.read(_MANIFEST_NAME).decode("utf-8"))
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise BackupRefused(_not_a_backup())
            version = manifest.get("version")
            if not isinstance(version, int) or version > VERSION:
                raise BackupRefused(
                    tr(
                        "services.backups",
                        "This backup was made by a newer version of Companion. Please update "
                        "Companion to restore it.",
                    )
                )
            hashes = manifest.get("files")
            if not isinstance(hashes, dict):
                raise BackupRefused(_not_a_backup())
            keystore_bytes = z.read(_KEYSTORE_NAME)
            if hashlib.sha256(keystore_bytes).hexdigest() != hashes.get(_KEYSTORE_NAME):
                raise BackupRefused(tr("services.backups", _CHANGED))
            keystore = KeyStore.from_dict(json.loads(keystore_bytes.decode("utf-8")))
            staged = new_temp_file(folder)
            try:
                with z.open(_DB_NAME) as source, open(staged, "wb") as out:
                    shutil.copyfileobj(source, out, 1024 * 1024)
                if _sha256(staged) != hashes.get(_DB_NAME):
                    raise BackupRefused(tr("services.backups", _CHANGED))
            except BaseException:
                remove_quietly(staged)
                raise
            return staged, keystore, str(manifest.get("created", ""))
    except FileNotFoundError:
        raise BackupRefused(_not_found()) from None
    except (zipfile.BadZipFile, UnicodeDecodeError, ValueError) as exc:
        if isinstance(exc, SecurityError):
            raise
        raise BackupRefused(tr("services.backups", _CHANGED)) from None
    except KeystoreError as exc:
        raise BackupRefused(tr("services.backups", _CHANGED)) from exc
    except OSError as exc:
        raise BackupRefused(tr("services.backups", "The backup file could not be read.")) from exc


_CHANGED = mark(
    "services.backups",
    "This backup file has been changed or damaged, so Companion will not restore it. "
    "Nothing has been replaced.",
)


def _not_a_backup() -> str:
    return tr("services.backups", "This file is not a Companion backup.")


def _not_found() -> str:
    return tr("services.backups", "The backup file could not be found.")


def _open_backup(path: Path, paths: ProfilePaths, secret: Secret) -> _Opened:
    path = Path(path)
    paths.root.mkdir(parents=True, exist_ok=True)
    if zipfile.is_zipfile(path):
        staged, keystore, created = _open_portable(path, paths.root)
        portable = True
    else:
        # an automatic backup: same key as this profile's keystore
        if not path.is_file():
            raise BackupRefused(_not_found())
        try:
            keystore = KeyStore.load(paths.keystore)
        except KeystoreError as exc:
            raise BackupRefused(str(exc)) from exc
        staged = new_temp_file(paths.root)
        shutil.copyfile(path, staged)
        created = datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0).isoformat()
        portable = False
    try:
        key = secret.unlock(keystore)
        backups.verify_backup(staged, key)
    except StorageError as exc:
        remove_quietly(staged)
        raise BackupRefused(tr("services.backups", _CHANGED)) from exc
    except BaseException:
        remove_quietly(staged)
        raise
    return _Opened(staged, keystore, key, created, portable)


def check_backup(path: Path, paths: ProfilePaths, secret: Secret) -> BackupCheck:
    """Open and check a backup with the client's secret without changing anything.
    :class:`WrongSecret` for a wrong passphrase or key, :class:`BackupRefused` otherwise."""
    opened = _open_backup(path, paths, secret)
    remove_quietly(opened.db_file)
    return BackupCheck(Path(path), opened.created, opened.portable)


def restore(path: Path, paths: ProfilePaths, secret: Secret) -> BackupCheck:
    """Replace the profile in ``paths`` with the backup at ``path``. The profile must be
    locked (its database closed). Works on an empty folder (a new computer) too.

    The backup is checked first (right secret, unchanged, every page intact); the current
    journal and keystore are kept aside in ``backups/``; leftover WAL and shared-memory files
    are removed; then the backup is put in place and checked again."""
    opened = _open_backup(path, paths, secret)
    try:
        current: KeyStore | None = None
        with contextlib.suppress(KeystoreError):
            current = KeyStore.load(paths.keystore)
        if paths.keystore.exists():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            paths.backups.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(paths.keystore, paths.backups / f"keystore-{stamp}-before-restore.json")
        backups.restore_backup(
            opened.db_file, paths.database, opened.key, backups_dir=paths.backups
        )
        # Keep this computer's keystore when it opens the restored journal (it may hold a
        # newer passphrase or the keychain slot); otherwise use the backup's.
        if current is None or not current.verify_key(opened.key):
            opened.keystore.save(paths.keystore)
    finally:
        remove_quietly(opened.db_file)
    return BackupCheck(Path(path), opened.created, opened.portable)
