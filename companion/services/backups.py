"""Encrypted backups the client can carry to another computer, and restoring them.

A portable backup (``Companion backup YYYY-MM-DD.companion-backup``) is one file holding the
encrypted journal, its unlock slots and a manifest (see
:mod:`companion.services.backup_files`, which also reads such files safely).

Restoring needs the passphrase or the recovery key. Before anything is replaced, the journal
in the profile folder is kept aside whole (journal, log and keystore in one backup file in
``backups/``), so that it can itself be restored by the app. A backup of *another* journal
(another profile id) replaces this one only when the client says so explicitly.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from companion.config import DEFAULT_BACKUPS_KEPT, ProfilePaths
from companion.domain.errors import Cancelled
from companion.domain.wording import tr, tr_n
from companion.security.errors import KeystoreError, WrongSecret
from companion.security.keystore import KeyStore
from companion.services.backup_files import (
    DB_NAME,
    KEYSTORE_NAME,
    SUFFIX,
    BackupRefused,
    begin_restore,
    changed_message,
    end_restore,
    keep_aside,
    not_a_backup,
    not_found,
    partial_file,
    unpack,
    write_backup_file,
)
from companion.services.backup_files import suggested_name as _suggested_name
from companion.services.errors import ProfileError
from companion.services.leftovers import (
    finish_interrupted_restore,
    sweep_partial_files,
    sweep_temporary_files,
)
from companion.storage import backup as backups
from companion.storage import meta_store
from companion.storage.engine import Database
from companion.storage.errors import StorageError
from companion.storage.files import (
    is_regular_file,
    new_temp_file,
    private_folder,
    remove_quietly,
)
from companion.wipe import wipe

__all__ = [
    "SUFFIX",
    "BackupCancelled",
    "BackupCheck",
    "BackupRefused",
    "BackupService",
    "OtherJournal",
    "Secret",
    "check_backup",
    "restore",
    "suggested_name",
    "sweep_temporary_files",
]

KEEP_SETTING = "backups_keep"
#: The folders portable backups were written to (JSON list), so that what an interrupted
#: backup left there can be swept at the next start.
FOLDERS_SETTING = "backup_folders"
MAX_REMEMBERED_FOLDERS = 10
MAX_KEEP = 100
#: Why the journal was kept aside before a restore (part of the backup file's name).
BEFORE_RESTORE = backups.BEFORE_RESTORE

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

BackupInfo = backups.BackupInfo


class BackupCancelled(Cancelled):
    """The client cancelled; nothing was written."""


class OtherJournal(BackupRefused):
    """The backup holds another journal (another profile) than the one in this folder.

    Restoring it would replace this journal; the client must say so explicitly
    (``replace_other=True``). ``check`` describes the backup."""

    def __init__(self, check: BackupCheck) -> None:
        super().__init__(
            tr(
                "services.backups",
                "This backup holds a different journal from the one in this folder. Restoring "
                "it would replace your current journal (which would be kept aside first).",
            )
        )
        self.check = check


def suggested_name(today: date | None = None) -> str:
    return _suggested_name(datetime.combine(today, datetime.min.time()) if today else None)


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
    #: The journal the backup holds (None for a backup made before backups named it).
    profile_id: str | None = None
    #: Journal entries in the backup, and the day of the newest one.
    entries: int = 0
    latest_entry: date | None = None


# -- temporary files ----------------------------------------------------------------------


# -- the service --------------------------------------------------------------------------


class BackupService:
    """Backups of one open profile: automatic ones, how many to keep, and portable ones."""

    def __init__(self, db: Database, paths: ProfilePaths | None = None) -> None:
        self._db = db
        self.paths = paths or ProfilePaths(Path(db.path).parent)

    # automatic backups

    def keep(self) -> int:
        with self._db.read() as conn:
            value = meta_store.get(conn, KEEP_SETTING)
        try:
            return int(value) if value is not None else DEFAULT_BACKUPS_KEPT
        except ValueError:
            return DEFAULT_BACKUPS_KEPT

    def set_keep(self, n: int) -> None:
        """How many automatic backups to keep (1 to 100); older ones are removed now."""
        if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= MAX_KEEP:
            from companion.domain.errors import InvalidInput

            raise InvalidInput(
                tr_n("services.backups", "Please keep between 1 and %n [backup|backups].", MAX_KEEP)
            )
        with self._db.write_settings() as conn:
            meta_store.put(conn, KEEP_SETTING, str(n))
        backups.prune_backups(self.paths.backups, n)

    def list_backups(self) -> list[BackupInfo]:
        return backups.list_backups(self.paths.backups)

    def backup_if_due(self, now: datetime | None = None) -> Path | None:
        """The daily automatic backup (call it every hour while the app is open)."""
        from companion.services.profile import DAILY_BACKUP_AGE

        now = now or datetime.now()
        existing = [info for info in self.list_backups() if not info.is_set]
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
        named :func:`suggested_name`). Returns the file written.

        What an earlier, interrupted backup left in that folder is swept first, and the
        folder is remembered so that the next start sweeps it too."""
        target = Path(target)
        profile_id = current_profile_id(self.paths)
        if target.is_dir():
            target = _free_name(target, profile_id)
        folder = target.parent
        if not folder.is_dir():
            raise ProfileError(
                tr(
                    "services.backups",
                    "The folder “%1” for the backup could not be found.",
                    str(folder),
                )
            )
        if os.path.lexists(target) and not _is_backup_of(target, profile_id):
            raise ProfileError(
                tr(
                    "services.backups",
                    "There is already a file named %1 there, and it is not a backup of this "
                    "journal, so Companion will not replace it. Please choose another name.",
                    target.name,
                )
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

        db_copy: Path | None = None
        try:
            self._remember_folder(folder)
            sweep_partial_files(folder)
            db_copy = partial_file(folder)
            if cancel is not None and cancel():
                raise BackupCancelled()
            self._db.write_copy(db_copy, progress=copy_progress)
            keystore = self.paths.keystore.read_bytes()
            profile_id = KeyStore.from_dict(json.loads(keystore.decode("utf-8"))).profile_id
            if cancel is not None and cancel():
                raise BackupCancelled()
            write_backup_file(
                target, {KEYSTORE_NAME: keystore, DB_NAME: db_copy}, profile_id=profile_id
            )
        except OSError as exc:
            raise ProfileError(
                tr(
                    "services.backups",
                    "The backup could not be written. Please check that the folder is "
                    "writable and has free space.",
                )
            ) from exc
        finally:
            if db_copy is not None:
                remove_quietly(db_copy)
        return target

    def _remember_folder(self, folder: Path) -> None:
        remembered = [str(f) for f in self.backup_folders() if f != folder]
        remembered = [str(folder), *remembered][:MAX_REMEMBERED_FOLDERS]
        with self._db.write_settings() as conn:
            meta_store.put(conn, FOLDERS_SETTING, json.dumps(remembered))

    def backup_folders(self) -> list[Path]:
        """The folders portable backups were last written to, newest first."""
        with self._db.read() as conn:
            value = meta_store.get(conn, FOLDERS_SETTING)
        try:
            folders = json.loads(value) if value else []
        except ValueError:
            return []
        if not isinstance(folders, list):
            return []
        return [Path(f) for f in folders if isinstance(f, str)]

    def sweep_backup_folders(self) -> list[Path]:
        """Remove what interrupted backups left in the remembered folders (for start-up, off
        the UI thread: a folder may be on a slow or absent drive)."""
        removed: list[Path] = []
        for folder in self.backup_folders():
            if folder.is_dir():
                removed.extend(sweep_partial_files(folder))
        return removed


def _is_backup_of(path: Path, profile_id: str | None) -> bool:
    """True when ``path`` is a portable backup of the journal ``profile_id`` (which a new
    backup of it may replace); anything else is never overwritten."""
    if profile_id is None or not path.is_file() or path.is_symlink():
        return False
    try:
        with zipfile.ZipFile(path) as z:
            if z.getinfo("manifest.json").file_size > 1024 * 1024:
                return False
            manifest = json.loads(z.read("manifest.json").decode("utf-8"))
    except (OSError, KeyError, ValueError, RecursionError, zipfile.BadZipFile):
        return False
    return isinstance(manifest, dict) and manifest.get("profile_id") == profile_id


def _free_name(folder: Path, profile_id: str | None) -> Path:
    """Today's backup name in ``folder``; when a file of that name is there and is not a
    backup of this journal (another journal's, say, on a shared stick), "(2)", "(3)"…"""
    first = folder / suggested_name()
    candidate, number = first, 1
    while os.path.lexists(candidate) and not _is_backup_of(candidate, profile_id):
        number += 1
        candidate = first.with_name(f"{first.name[: -len(SUFFIX)]} ({number}){SUFFIX}")
    return candidate


# -- checking and restoring (the profile must be locked to restore) ------------------------


@dataclass
class _Opened:
    db_file: Path
    keystore: KeyStore
    key: bytes
    check: BackupCheck


def _open_backup(
    path: Path, paths: ProfilePaths, secret: Secret, keystore_file: Path | None = None
) -> _Opened:
    """Unpack and check a backup with the client's secret; the database is staged in a
    temp file in the profile folder (the caller removes it)."""
    path = Path(path)
    if not is_regular_file(path):
        raise BackupRefused(not_found() if not path.exists() else not_a_backup())
    private_folder(paths.root)
    if zipfile.is_zipfile(path):
        given: KeyStore | None = None
        if keystore_file is not None:
            try:
                given = KeyStore.load(keystore_file)
            except KeystoreError as exc:
                raise BackupRefused(str(exc)) from exc
        unpacked = unpack(path, paths.root, given)
        staged, keystore, created = unpacked.db, unpacked.keystore, unpacked.created
        # The keystore's id is bound to its slots; the manifest's copy is only a label.
        profile_id: str | None = keystore.profile_id
        has_log, portable = unpacked.has_log, True
    else:
        # an automatic backup: same key as this profile's keystore
        if not path.is_file():
            raise BackupRefused(not_found())
        try:
            keystore = KeyStore.load(paths.keystore)
        except KeystoreError as exc:
            raise BackupRefused(str(exc)) from exc
        staged = new_temp_file(paths.root)
        try:
            shutil.copyfile(path, staged)
        except OSError as exc:
            remove_quietly(staged)
            raise BackupRefused(
                tr("services.backups", "The backup file could not be read.")
            ) from exc
        created = datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0).isoformat()
        profile_id, has_log, portable = keystore.profile_id, False, False
    key: bytes | None = None
    try:
        try:
            key = secret.unlock(keystore)
        except WrongSecret as exc:
            raise WrongSecret(
                tr(
                    "services.backups",
                    "That does not open this backup. It needs the passphrase or recovery key "
                    "the journal had when the backup was made.",
                )
            ) from exc
        if has_log:
            backups.fold_log(staged, key)
        backups.verify_backup(staged, key)
        entries, latest = backups.journal_extent(staged, key)
    except StorageError as exc:
        remove_quietly(staged)
        wipe(key)
        raise BackupRefused(changed_message()) from exc
    except BaseException:
        remove_quietly(staged)
        wipe(key)
        raise
    check = BackupCheck(path, created, portable, profile_id, entries, latest)
    return _Opened(staged, keystore, key, check)


def check_backup(
    path: Path, paths: ProfilePaths, secret: Secret, *, keystore_file: Path | None = None
) -> BackupCheck:
    """Open and check a backup with the client's secret without changing anything.
    :class:`WrongSecret` for a wrong passphrase or key, :class:`BackupRefused` otherwise."""
    opened = _open_backup(path, paths, secret, keystore_file)
    remove_quietly(opened.db_file)
    wipe(opened.key)
    return opened.check


def current_profile_id(paths: ProfilePaths) -> str | None:
    """The id of the journal in ``paths`` (None when its keystore cannot be read)."""
    try:
        return KeyStore.load(paths.keystore).profile_id
    except KeystoreError:
        return None


def restore(
    path: Path,
    paths: ProfilePaths,
    secret: Secret,
    *,
    replace_other: bool = False,
    keystore_file: Path | None = None,
) -> BackupCheck:
    """Replace the profile in ``paths`` with the backup at ``path``. The profile must be
    locked (its database closed). Works on an empty folder (a new computer) too.

    The backup is checked first (right secret, unchanged, every page intact). A backup of
    another journal than the one in the folder raises :class:`OtherJournal` unless
    ``replace_other``. Then the current journal, its log and its keystore are kept aside in
    one backup file in ``backups/`` (restorable like any backup), leftover log files are
    removed, and the backup is put in place and checked again. ``keystore_file`` is the
    keystore.json of a journal that was kept aside without one."""
    finish_interrupted_restore(paths)
    opened = _open_backup(path, paths, secret, keystore_file)
    try:
        has_journal = paths.database.exists()
        if has_journal and not replace_other:
            current = current_profile_id(paths)
            if current is None or current != opened.check.profile_id:
                raise OtherJournal(opened.check)
        current_keystore: KeyStore | None = None
        with contextlib.suppress(KeystoreError):
            current_keystore = KeyStore.load(paths.keystore)
        keep_aside(paths, BEFORE_RESTORE)
        # Keep this computer's keystore when it opens the restored journal (it may hold a
        # newer passphrase or the keychain slot); otherwise the backup's replaces it, and a
        # marker makes the two replacements one: a crash between them is finished later.
        if current_keystore is not None and current_keystore.verify_key(opened.key):
            backups.put_in_place(opened.db_file, paths.database, opened.key)
        else:
            begin_restore(paths, opened.db_file, opened.keystore)
            backups.put_in_place(opened.db_file, paths.database, opened.key)
            opened.keystore.save(paths.keystore)
            end_restore(paths)
    finally:
        remove_quietly(opened.db_file)
        wipe(opened.key)
    return opened.check
