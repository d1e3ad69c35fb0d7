"""The portable backup file (``.companion-backup``): writing it, reading it safely, and
keeping a profile's files aside in it before anything replaces them.

A backup file is a zip archive, stored without compression, holding:

- ``companion.db``: the journal, still encrypted with its own key;
- ``keystore.json``: the unlock slots, which hold that key only wrapped;
- ``companion.db-wal`` / ``companion.db-shm`` (only in a set kept aside from a journal that
  was not closed properly): SQLite's log, which may hold the latest saves;
- ``manifest.json``: format, version, when and why it was made, the profile's id and the
  SHA-256 of every other member.

Every backup file may be damaged or hostile. Reading one checks, before anything is unpacked,
that the members are the expected ones, that the database member does not claim to be larger
than its stored bytes (an encrypted database does not compress, so a member that would
inflate is not a Companion backup: no "zip bomb" is unpacked), and that the disk has room for
it; while unpacking it counts the bytes; afterwards it compares the hashes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from companion.config import ProfilePaths
from companion.domain.wording import mark, tr
from companion.security.errors import KeystoreError
from companion.security.keystore import KeyStore
from companion.services.errors import ProfileError
from companion.services.leftovers import (
    PARTIAL_PREFIX,
    RESTORE_MARKER,
)
from companion.storage.files import (
    fsync_directory,
    fsync_file,
    new_temp_file,
    private_folder,
    remove_quietly,
    sidecar,
)

FORMAT = "companion-backup"
#: A backup of a closed journal: database and keystore.
VERSION = 1
#: A set kept aside from a journal that was not closed properly: it also holds SQLite's log,
#: which versions that only know version 1 would leave out, so they refuse it.
VERSION_WITH_LOG = 2
SUFFIX = ".companion-backup"

DB_NAME = "companion.db"
WAL_NAME = "companion.db-wal"
SHM_NAME = "companion.db-shm"
KEYSTORE_NAME = "keystore.json"
MANIFEST_NAME = "manifest.json"
_LOG_NAMES = (WAL_NAME, SHM_NAME)
_KNOWN = {DB_NAME, WAL_NAME, SHM_NAME, KEYSTORE_NAME, MANIFEST_NAME}

#: The manifest and the keystore are about a kilobyte; anything larger is not ours.
MAX_SMALL_MEMBER = 1024 * 1024
#: The largest journal a backup may hold (far beyond any real one).
MAX_DATABASE_BYTES = 64 * 1024**3
#: Room the disk must have beyond the unpacked database (for the copy kept aside, SQLite's
#: log and whatever else the computer is doing).
SPACE_MARGIN = 16 * 1024 * 1024

Progress = Callable[[int, int], None]


class BackupRefused(ProfileError):
    """The backup file cannot be used (not a backup, changed, from a newer version...)."""


_CHANGED = mark(
    "services.backups",
    "This backup file has been changed or damaged, so Companion will not restore it. "
    "Nothing has been replaced.",
)


def changed_message() -> str:
    return tr("services.backups", _CHANGED)


def not_a_backup() -> str:
    return tr("services.backups", "This file is not a Companion backup.")


def not_found() -> str:
    return tr("services.backups", "The backup file could not be found.")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def suggested_name(today: datetime | None = None) -> str:
    return f"Companion backup {(today or datetime.now()).date().isoformat()}{SUFFIX}"


# -- writing ------------------------------------------------------------------------------


def partial_file(folder: Path) -> Path:
    """A private temp file in ``folder`` named so that :func:`sweep_partial_files` knows it."""
    return new_temp_file(folder, prefix=f"{PARTIAL_PREFIX}{os.getpid()}-")


def write_backup_file(
    target: Path,
    members: dict[str, Path | bytes],
    *,
    version: int = VERSION,
    profile_id: str | None = None,
    reason: str | None = None,
    extra: dict[str, Any] | None = None,
) -> Path:
    """Write a backup file holding ``members`` (name -> file or bytes) atomically: a partial
    file beside ``target``, fsynced, renamed over it. Private to its owner."""
    folder = target.parent
    hashes = {
        name: sha256_of(value) if isinstance(value, Path) else hashlib.sha256(value).hexdigest()
        for name, value in members.items()
    }
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "version": version,
        "created": datetime.now().replace(microsecond=0).isoformat(),
        "files": hashes,
    }
    if profile_id is not None:
        manifest["profile_id"] = profile_id
    if reason is not None:
        manifest["reason"] = reason
    if extra:
        manifest.update(extra)
    partial = partial_file(folder)
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as z:
            z.writestr(MANIFEST_NAME, json.dumps(manifest, indent=2))
            for name, value in members.items():
                if isinstance(value, Path):
                    z.write(value, name)
                else:
                    z.writestr(name, value)
        fsync_file(partial)
        os.replace(partial, target)
    except BaseException:
        remove_quietly(partial)
        raise
    fsync_directory(folder)
    return target


# -- keeping a profile's files aside ---------------------------------------------------------


def keep_aside(paths: ProfilePaths, reason: str) -> Path | None:
    """Copy the profile's journal, its SQLite log and its keystore, byte for byte, into one
    backup file in ``backups/`` (``companion-<when>-<reason>.companion-backup``) before
    anything replaces or replays them. Returns the file, or None when there was nothing to
    keep. The set can be restored like any backup, with that journal's passphrase or
    recovery key.

    When the newest set kept for the same reason holds exactly these files (same sizes and
    times), it is returned instead of writing the same copy again.
    """
    from companion.storage.backup import new_backup_path

    files = {
        name: path
        for name, path in (
            (DB_NAME, paths.database),
            (WAL_NAME, sidecar(paths.database, "-wal")),
            (SHM_NAME, sidecar(paths.database, "-shm")),
            (KEYSTORE_NAME, paths.keystore),
        )
        if path.is_file() and not path.is_symlink()
    }
    if DB_NAME not in files:
        return None
    sources = {name: _signature(path) for name, path in files.items()}
    previous = _latest_kept(paths.backups, reason)
    if previous is not None and previous[1] == sources:
        return previous[0]
    profile_id = None
    with contextlib.suppress(KeystoreError):
        profile_id = KeyStore.load(paths.keystore).profile_id
    private_folder(paths.backups)
    target = new_backup_path(paths.backups, reason, suffix=SUFFIX)
    has_log = any(name in files for name in _LOG_NAMES)
    return write_backup_file(
        target,
        dict(files),
        version=VERSION_WITH_LOG if has_log else VERSION,
        profile_id=profile_id,
        reason=reason,
        extra={"sources": sources},
    )


def _signature(path: Path) -> list[int]:
    stat = path.stat()
    return [stat.st_size, stat.st_mtime_ns]


def kept_profile_id(path: Path) -> str | None:
    """The profile id a backup file's manifest names (None when it cannot be read): which
    journal a set kept aside belongs to, read without unpacking it."""
    try:
        with zipfile.ZipFile(path) as z:
            if z.getinfo(MANIFEST_NAME).file_size > MAX_SMALL_MEMBER:
                return None
            manifest = json.loads(z.read(MANIFEST_NAME).decode("utf-8"))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, RecursionError):
        return None
    value = manifest.get("profile_id") if isinstance(manifest, dict) else None
    return value if isinstance(value, str) else None


def _latest_kept(folder: Path, reason: str) -> tuple[Path, dict[str, Any]] | None:
    from companion.storage.backup import list_backups

    for info in list_backups(folder):
        if info.reason != reason or info.path.suffix != SUFFIX:
            continue
        try:
            with zipfile.ZipFile(info.path) as z:
                manifest = json.loads(z.read(MANIFEST_NAME).decode("utf-8"))
        except (OSError, KeyError, ValueError, zipfile.BadZipFile):
            return None
        sources = manifest.get("sources") if isinstance(manifest, dict) else None
        return (info.path, sources) if isinstance(sources, dict) else None
    return None


# -- reading --------------------------------------------------------------------------------


@dataclass
class Unpacked:
    """A backup file's database unpacked into a temp file (with its log beside it when the
    set has one), its keystore and its manifest. The caller removes ``db`` when done."""

    db: Path
    keystore: KeyStore
    created: str
    profile_id: str | None
    has_log: bool = False
    manifest: dict[str, Any] = field(default_factory=dict)


def unpack(path: Path, folder: Path, keystore: KeyStore | None = None) -> Unpacked:
    """Check a backup file and unpack its database into a temp file in ``folder``.
    ``keystore`` opens a set kept aside without its keystore (and only such a set).

    Raises :class:`BackupRefused` with a message for the client when the file is not a
    Companion backup, is damaged or changed, is from a newer version, or would not fit on
    the disk. Nothing but the temp file (removed again on failure) is written.
    """
    try:
        with zipfile.ZipFile(path) as z:
            manifest, keystore = _read_small_members(z, keystore)
            hashes = manifest["files"]
            log_members = [n for n in _LOG_NAMES if n in hashes]
            _check_sizes(z, folder, [DB_NAME, *log_members])
            staged = new_temp_file(folder)
            try:
                _extract(z, DB_NAME, staged, hashes)
                for name in log_members:
                    suffix = name[len(DB_NAME) :]
                    _extract(z, name, sidecar(staged, suffix), hashes)
            except BaseException:
                remove_quietly(staged)
                raise
    except FileNotFoundError:
        raise BackupRefused(not_found()) from None
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        UnicodeDecodeError,
        ValueError,
        KeyError,
        RecursionError,
    ):
        raise BackupRefused(changed_message()) from None
    except KeystoreError as exc:
        raise BackupRefused(changed_message()) from exc
    except OSError as exc:
        raise BackupRefused(tr("services.backups", "The backup file could not be read.")) from exc
    profile_id = manifest.get("profile_id")
    return Unpacked(
        db=staged,
        keystore=keystore,
        created=_when(manifest.get("created")),
        profile_id=profile_id if isinstance(profile_id, str) else None,
        has_log=bool(log_members),
        manifest=manifest,
    )


def _when(value: object) -> str:
    """The manifest's "created" if it is a date and time, else "" (it is only a label)."""
    if not isinstance(value, str):
        return ""
    try:
        return datetime.fromisoformat(value).replace(microsecond=0).isoformat()
    except ValueError:
        return ""


def _read_small_members(
    z: zipfile.ZipFile, keystore: KeyStore | None
) -> tuple[dict[str, Any], KeyStore]:
    names = z.namelist()
    if len(names) != len(set(names)) or not {MANIFEST_NAME, DB_NAME} <= set(names):
        raise BackupRefused(not_a_backup())
    if set(names) - _KNOWN:
        raise BackupRefused(not_a_backup())
    for name in (MANIFEST_NAME, KEYSTORE_NAME):
        if name in names and z.getinfo(name).file_size > MAX_SMALL_MEMBER:
            raise BackupRefused(not_a_backup())
    manifest: Any = json.loads(z.read(MANIFEST_NAME).decode("utf-8"))
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupRefused(not_a_backup())
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BackupRefused(not_a_backup())
    if version > VERSION_WITH_LOG:
        raise BackupRefused(
            tr(
                "services.backups",
                "This backup was made by a newer version of Companion. Please update "
                "Companion to restore it.",
            )
        )
    hashes = manifest.get("files")
    if not isinstance(hashes, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in hashes.items()
    ):
        raise BackupRefused(not_a_backup())
    if set(hashes) != set(names) - {MANIFEST_NAME}:
        raise BackupRefused(changed_message())
    if version == VERSION and any(n in hashes for n in _LOG_NAMES):
        raise BackupRefused(changed_message())
    if KEYSTORE_NAME not in names:
        # A journal kept aside because its keystore.json was missing: it opens with that
        # keystore once it turns up, given separately.
        if keystore is None:
            raise BackupRefused(
                tr(
                    "services.backups",
                    "This copy holds a journal without its keystore.json, so it can only be "
                    "restored together with that file. Choose the keystore.json that belongs "
                    "to it (on the command line: companion restore --keystore FILE).",
                )
            )
        return manifest, keystore
    keystore_bytes = z.read(KEYSTORE_NAME)
    if hashlib.sha256(keystore_bytes).hexdigest() != hashes.get(KEYSTORE_NAME):
        raise BackupRefused(changed_message())
    return manifest, KeyStore.from_dict(json.loads(keystore_bytes.decode("utf-8")))


def _check_sizes(z: zipfile.ZipFile, folder: Path, names: list[str]) -> None:
    """Refuse, before unpacking anything, a member that would inflate (an encrypted database
    and its log do not compress) or is beyond any real journal, and a backup the disk has
    no room for."""
    needed = 0
    for name in names:
        info = z.getinfo(name)
        if info.file_size > MAX_DATABASE_BYTES or info.file_size > info.compress_size * 1.01 + (
            1024 * 1024
        ):
            raise BackupRefused(not_a_backup())
        needed += info.file_size
    # the unpacked copy, plus the copy of the journal there now that is kept aside first
    for name in (DB_NAME, WAL_NAME):
        with contextlib.suppress(OSError):
            needed += (folder / name).stat().st_size
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return
    if free < needed + SPACE_MARGIN:
        raise BackupRefused(
            tr(
                "services.backups",
                "There is not enough free space on the disk to restore this backup (it needs "
                "about %1 MB). Nothing has been replaced.",
                max(1, (needed + SPACE_MARGIN) // (1024 * 1024)),
            )
        )


def _extract(z: zipfile.ZipFile, name: str, target: Path, hashes: dict[str, str]) -> None:
    """Copy one member into ``target`` (created private), never more bytes than it declares,
    and compare its hash."""
    declared = z.getinfo(name).file_size
    digest = hashlib.sha256()
    written = 0
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with z.open(name) as source, os.fdopen(fd, "wb") as out:
        while block := source.read(1024 * 1024):
            written += len(block)
            if written > declared:
                raise BackupRefused(changed_message())
            digest.update(block)
            out.write(block)
        out.flush()
        os.fsync(out.fileno())
    if written != declared or digest.hexdigest() != hashes.get(name):
        raise BackupRefused(changed_message())


# -- a restore that replaces the keystore too ------------------------------------------------

#: Written (atomically) before a restore replaces the journal *and* its keystore, removed once
#: both are in place. It names the staged journal and holds the keystore to install (wrapped
#: keys only, like keystore.json itself).


def begin_restore(paths: ProfilePaths, staged: Path, keystore: KeyStore) -> None:
    """Record a restore that will replace both files, so that a crash between the two
    renames can be finished (or undone) by :func:`finish_interrupted_restore`."""
    data = {"staged": staged.name, "keystore": keystore.to_dict()}
    marker = paths.root / RESTORE_MARKER
    partial = new_temp_file(paths.root)
    try:
        partial.write_text(json.dumps(data), encoding="utf-8")
        fsync_file(partial)
        os.replace(partial, marker)
    except BaseException:
        remove_quietly(partial)
        raise
    fsync_directory(paths.root)


def end_restore(paths: ProfilePaths) -> None:
    (paths.root / RESTORE_MARKER).unlink(missing_ok=True)
    fsync_directory(paths.root)


def finish_restore(paths: ProfilePaths) -> bool:
    """After a crash in the middle of a restore that replaces journal and keystore: if the
    staged journal was not yet put in place, forget the restore (the old journal and keystore
    are untouched); if it was, install the new keystore too. Returns True when there was one
    to finish. A marker that cannot be read is moved into ``backups/`` and left alone."""
    marker = paths.root / RESTORE_MARKER
    if not marker.is_file():
        return False
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
        staged_name = data["staged"]
        if not isinstance(staged_name, str) or "/" in staged_name or "\\" in staged_name:
            raise ValueError("bad staged name")
        keystore = KeyStore.from_dict(data["keystore"])
    except (OSError, ValueError, KeyError, TypeError, KeystoreError):
        private_folder(paths.backups)
        with contextlib.suppress(OSError):
            os.replace(marker, paths.backups / f"unreadable-{RESTORE_MARKER.lstrip('.')}")
        return True
    staged = paths.root / staged_name
    if staged.exists():
        remove_quietly(staged)  # the journal was never replaced: nothing else to undo
    else:
        keystore.save(paths.keystore)
    end_restore(paths)
    return True
