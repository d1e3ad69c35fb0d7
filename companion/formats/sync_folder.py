"""The layout of a sync folder: which file is where, and which names Companion uses.

A sync folder is a folder that another program (Syncthing, Dropbox, OneDrive, a USB stick
carried between computers...) keeps the same on several computers. Companion reads and writes
files there and nothing more (docs/sync-folder.md)::

    <folder>/companion-journal.json          which journal this is, and its unlock record
    <folder>/devices/<device id>/c-<seq>.csync   changes made on that device, seq from 1
    <folder>/devices/<device id>/s-<seq>.csync   a snapshot: all it knew after change seq
    <folder>/devices/<device id>/device.csync    the device's own information
    <folder>/devices/<device id>/files/<name>.csync   the bytes of a file kept with an entry

``<device id>`` is 32 lower-case hex digits and ``<seq>`` ten decimal digits; a file's
``<name>`` is 32 lower-case hex digits too (an HMAC of its SHA-256, see
:func:`companion.security.sync_crypto.file_name_for`). Each device
writes only into its own folder, so two computers never write the same file, and a file
name is used only when it matches its pattern exactly: the copies sync services make when
they see a conflict ("c-0000000003 (1).csync", "....sync-conflict-....csync"), their
half-downloaded files and anything else are listed as ignored, never read, so no change can
be applied twice. The files' content is sealed by :mod:`companion.security.sync_crypto`;
this module never looks inside them.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from companion.domain.errors import CompanionError
from companion.domain.wording import mark, tr
from companion.durable_files import write_bytes_atomically
from companion.security.errors import KeystoreError
from companion.security.sync_crypto import keystore_from_folder_record

__all__ = [
    "DEVICES_FOLDER",
    "DEVICE_INFO_NAME",
    "FILES_FOLDER",
    "JOURNAL_FILE_NAME",
    "JOURNAL_FORMAT",
    "JOURNAL_VERSION",
    "MAX_ENTRIES_PER_FOLDER",
    "MAX_IGNORED_LISTED",
    "MAX_JOURNAL_FILE_BYTES",
    "MAX_SEQ",
    "DeviceFiles",
    "FolderListing",
    "IgnoreReason",
    "IgnoredFile",
    "JournalFile",
    "NotASyncFolder",
    "SyncFolderError",
    "SyncFolderMissing",
    "change_name",
    "classify_name",
    "device_folder",
    "file_name",
    "list_folder",
    "read_journal_file",
    "remove_file",
    "replace_journal_file",
    "snapshot_name",
    "write_device_file",
    "write_file",
    "write_journal_file",
]

JOURNAL_FILE_NAME = "companion-journal.json"
JOURNAL_FORMAT = "companion-sync"
JOURNAL_VERSION = 1
#: A journal file larger than this is not one (a real one is about 1 KB).
MAX_JOURNAL_FILE_BYTES = 64 * 1024
DEVICES_FOLDER = "devices"
DEVICE_INFO_NAME = "device.csync"
#: The folder inside a device's folder that holds the files (photos, PDFs) it sent.
FILES_FOLDER = "files"
#: The largest sequence number a file name can hold (ten digits).
MAX_SEQ = 9_999_999_999
#: At most this many entries of one folder are looked at (a folder flooded with junk must not
#: make Companion hang); the listing says when it stopped early.
MAX_ENTRIES_PER_FOLDER = 1_000_000
#: At most this many ignored files are named in a listing; the rest are only counted.
MAX_IGNORED_LISTED = 10_000

_HEX_ID = re.compile(r"[0-9a-f]{32}")
_CHANGE = re.compile(r"c-([0-9]{10})\.csync")
_SNAPSHOT = re.compile(r"s-([0-9]{10})\.csync")
_FILE = re.compile(r"([0-9a-f]{32})\.csync")
_JOURNAL_FIELDS = frozenset({"format", "version", "profile_id", "unlock"})

#: Names of files still being written or downloaded, by a sync service or by Companion
#: itself (``.<name>.<random>.tmp``).
_PARTIAL = (
    re.compile(r"~syncthing~.*\.tmp", re.IGNORECASE),  # Syncthing (Windows)
    re.compile(r"\.syncthing\..*\.tmp", re.IGNORECASE),  # Syncthing
    re.compile(r"\..+\.icloud", re.IGNORECASE),  # iCloud: not downloaded yet
    re.compile(r"\..+\.~.*"),  # Nextcloud / ownCloud download in progress
    re.compile(r"\.~.*"),  # lock and temporary files
    re.compile(r".*\.(?:tmp|temp|part|partial|crdownload|download|!sync)", re.IGNORECASE),
)
#: Names of the copies sync services make when two computers changed the same file (or
#: think they did).
_SERVICE_COPY = (
    # Syncthing: name.sync-conflict-20240102-101112-ABCDEFG.ext
    re.compile(r".*\.sync-conflict-[0-9]{8}-[0-9]{6}-[0-9A-Z]{7}(?:\..*)?", re.IGNORECASE),
    # Dropbox, Nextcloud, Box, Seafile...: "(conflicted copy ...)", "(Case Conflict)" and
    # anything else that says "conflict"
    re.compile(r".*conflict.*", re.IGNORECASE),
    # Dropbox, OneDrive, Google Drive: "name (1).ext", "name(2).ext"
    re.compile(r".*\s?\([0-9]{1,4}\)(?:\.[^.]*)?"),
    # iCloud Drive and Finder: "name 2.ext", "name copy.ext"
    re.compile(r".+ (?:[0-9]{1,4}|copy(?: [0-9]{1,4})?)(?:\.[^.]*)?", re.IGNORECASE),
    # Google Drive: "Copy of name"
    re.compile(r"copy of .+", re.IGNORECASE),
    # OneDrive and others add the computer's name: "c-0000000001-DESKTOP-AB12CD.csync"
    re.compile(
        r"(?:[cs]-[0-9]{10}|[0-9a-f]{32}|device|companion-journal)-[A-Za-z0-9][A-Za-z0-9_-]*"
        r"\.(?:csync|json)"
    ),
)

_MISSING = mark(
    "formats.sync_folder",
    "Companion cannot find the sync folder. If it is on a USB stick or a network drive, "
    "please connect it and try again.",
)
_UNREADABLE = mark(
    "formats.sync_folder",
    "Companion could not read the sync folder. Please check that it can be opened and try again.",
)
_NOT_WRITABLE = mark(
    "formats.sync_folder",
    "Companion could not write to the sync folder. Please check that there is free space "
    "and that the folder can be written to, then try again.",
)
_NOT_A_SYNC_FOLDER = mark(
    "formats.sync_folder",
    "This folder is not a Companion sync folder: it has no companion-journal.json.",
)
_DAMAGED = mark(
    "formats.sync_folder",
    "The sync folder's companion-journal.json is damaged, so Companion cannot use this folder.",
)
_NEWER = mark(
    "formats.sync_folder",
    "This sync folder was set up by a newer version of Companion. Please update Companion on "
    "this computer.",
)
_OTHER_JOURNAL = mark(
    "formats.sync_folder",
    "This folder already holds another Companion journal, so this journal cannot be synced "
    "through it. Please choose an empty folder, or the folder this journal already uses.",
)


class SyncFolderError(CompanionError):
    """The sync folder cannot be used; the message says why in plain words.

    ``detail`` optionally says more precisely what was wrong, for logs (never file content).
    """

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        self.detail = detail


class SyncFolderMissing(SyncFolderError):
    """The sync folder is not there (an unplugged USB stick, a network drive not mounted)."""

    def __init__(self, *, detail: str | None = None) -> None:
        super().__init__(tr("formats.sync_folder", _MISSING), detail=detail)


class NotASyncFolder(SyncFolderError):
    """The folder is there but holds no Companion journal file (yet)."""

    def __init__(self, *, detail: str | None = None) -> None:
        super().__init__(tr("formats.sync_folder", _NOT_A_SYNC_FOLDER), detail=detail)


def _damaged(detail: str) -> SyncFolderError:
    return SyncFolderError(tr("formats.sync_folder", _DAMAGED), detail=detail)


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


# -- names -----------------------------------------------------------------------------------


def _check_seq(seq: int, lowest: int) -> int:
    if not isinstance(seq, int) or isinstance(seq, bool) or not lowest <= seq <= MAX_SEQ:
        raise ValueError(f"a sequence number here is a whole number from {lowest} to {MAX_SEQ}")
    return seq


def _check_device_id(device_id: str) -> str:
    if not isinstance(device_id, str) or not _HEX_ID.fullmatch(device_id):
        raise ValueError("a device id is 32 lower-case hex digits")
    return device_id


def change_name(seq: int) -> str:
    """The file name of a device's change number ``seq`` (from 1): ``c-0000000001.csync``."""
    return f"c-{_check_seq(seq, 1):010d}.csync"


def snapshot_name(seq: int) -> str:
    """The file name of a device's snapshot taken after its change ``seq`` (0 before any):
    ``s-0000000001.csync``."""
    return f"s-{_check_seq(seq, 0):010d}.csync"


def device_folder(folder: str | os.PathLike[str], device_id: str) -> Path:
    """The folder that holds the files of ``device_id``."""
    return Path(folder) / DEVICES_FOLDER / _check_device_id(device_id)


def file_name(name: str) -> str:
    """The name in a device's ``files`` folder of the file called ``name`` (32 lower-case
    hex digits): ``<name>.csync``."""
    if not isinstance(name, str) or not _HEX_ID.fullmatch(name):
        raise ValueError("a file's name is 32 lower-case hex digits")
    return f"{name}.csync"


def _is_device_file_name(name: str) -> bool:
    if name == DEVICE_INFO_NAME:
        return True
    change = _CHANGE.fullmatch(name)
    if change is not None:
        return int(change.group(1)) >= 1
    return _SNAPSHOT.fullmatch(name) is not None


# -- the journal file ------------------------------------------------------------------------


@dataclass(frozen=True)
class JournalFile:
    """What companion-journal.json says: the journal's profile id and the unlock record
    (:func:`companion.security.sync_crypto.folder_unlock_record`)."""

    profile_id: str
    unlock: dict[str, Any]


def _require_folder(folder: Path) -> None:
    try:
        info = folder.stat()
    except FileNotFoundError:
        raise SyncFolderMissing(detail="folder does not exist") from None
    except OSError as exc:
        raise SyncFolderError(tr("formats.sync_folder", _UNREADABLE), detail=_reason(exc)) from None
    if not stat.S_ISDIR(info.st_mode):
        raise SyncFolderMissing(detail="not a folder")


def _read_small_file(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path`` (no symbolic link, FIFO or device), refused when
    larger than ``limit``. Raises FileNotFoundError when it is not there."""
    if path.is_symlink():
        raise _damaged("journal file is a symbolic link")
    flags = (
        os.O_RDONLY
        | getattr(os, "O_NOFOLLOW", 0)
        | getattr(os, "O_NONBLOCK", 0)
        | getattr(os, "O_BINARY", 0)
    )
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _damaged("journal file is not a regular file")
        if info.st_size > limit:
            raise _damaged("journal file is too large")
        with os.fdopen(os.dup(fd), "rb") as handle:
            data = handle.read(limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:
        raise _damaged("journal file is too large")
    return data


def _parse_journal(raw: bytes) -> JournalFile:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _damaged("journal file is not valid JSON") from None
    if not isinstance(data, dict):
        raise _damaged("journal file is not an object")
    if data.get("format") != JOURNAL_FORMAT:
        raise _damaged("journal file has an unknown format")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _damaged("journal file version is missing or invalid")
    if version > JOURNAL_VERSION:
        raise SyncFolderError(
            tr("formats.sync_folder", _NEWER), detail=f"journal file version {version}"
        )
    if set(data) != _JOURNAL_FIELDS:
        raise _damaged("journal file has missing or unknown fields")
    profile_id = data["profile_id"]
    if not isinstance(profile_id, str) or not _HEX_ID.fullmatch(profile_id):
        raise _damaged("journal file profile_id is invalid")
    unlock = data["unlock"]
    if not isinstance(unlock, dict) or unlock.get("profile_id") != profile_id:
        raise _damaged("journal file unlock record is not this journal's")
    try:
        keystore_from_folder_record(unlock)
    except KeystoreError as exc:
        raise SyncFolderError(str(exc), detail=exc.detail) from None
    return JournalFile(profile_id=profile_id, unlock=unlock)


def read_journal_file(folder: str | os.PathLike[str]) -> JournalFile:
    """Read and check ``folder``/companion-journal.json.

    Raises :class:`SyncFolderMissing` when the folder is not there, :class:`NotASyncFolder`
    when it holds no journal file (or one that is not Companion's), and
    :class:`SyncFolderError` when the file is damaged, from a newer version, or cannot be read.
    """
    base = Path(folder)
    _require_folder(base)
    try:
        raw = _read_small_file(base / JOURNAL_FILE_NAME, MAX_JOURNAL_FILE_BYTES)
    except FileNotFoundError:
        _require_folder(base)  # unplugged while being read?
        raise NotASyncFolder(detail="no journal file") from None
    except OSError as exc:
        _require_folder(base)
        raise SyncFolderError(tr("formats.sync_folder", _UNREADABLE), detail=_reason(exc)) from None
    return _parse_journal(raw)


def write_journal_file(
    folder: str | os.PathLike[str], profile_id: str, unlock_record: dict[str, Any]
) -> Path:
    """Make ``folder`` this journal's sync folder: write companion-journal.json (atomically)
    unless the folder already has it. Returns the file's path.

    Nothing is written when the folder already holds this journal's file. Raises
    :class:`SyncFolderError` when it holds another journal's (or a damaged) file, or cannot be
    written, and :class:`SyncFolderMissing` when the folder is not there (it is never created:
    an unplugged stick's empty mount point must not become a sync folder).
    """
    return _write_journal(Path(folder), profile_id, unlock_record, replace=False)


def replace_journal_file(
    folder: str | os.PathLike[str], profile_id: str, unlock_record: dict[str, Any]
) -> Path:
    """Like :func:`write_journal_file`, but a journal file of the same journal with another
    unlock record is replaced: for when the client made a new recovery key, so that the old
    one stops opening the folder's record. Another journal's file is never replaced.
    """
    return _write_journal(Path(folder), profile_id, unlock_record, replace=True)


def _write_journal(
    base: Path, profile_id: str, unlock_record: dict[str, Any], *, replace: bool
) -> Path:
    if not isinstance(profile_id, str) or not _HEX_ID.fullmatch(profile_id):
        raise ValueError("a profile id is 32 lower-case hex digits")
    if not isinstance(unlock_record, dict) or unlock_record.get("profile_id") != profile_id:
        raise ValueError("the unlock record is not this journal's")
    _require_folder(base)
    try:
        existing: JournalFile | None = read_journal_file(base)
    except NotASyncFolder:
        existing = None  # a damaged file or one from a newer version stays as it is
    if existing is not None:
        if existing.profile_id != profile_id:
            raise SyncFolderError(
                tr("formats.sync_folder", _OTHER_JOURNAL), detail="another profile id"
            )
        if not replace or existing.unlock == unlock_record:
            return base / JOURNAL_FILE_NAME
    content = {
        "format": JOURNAL_FORMAT,
        "version": JOURNAL_VERSION,
        "profile_id": profile_id,
        "unlock": unlock_record,
    }
    _parse_journal(json.dumps(content).encode("utf-8"))  # never write what cannot be read
    data = (json.dumps(content, indent=2, sort_keys=True) + "\n").encode("utf-8")
    try:
        return write_bytes_atomically(base / JOURNAL_FILE_NAME, data)
    except OSError as exc:
        _require_folder(base)
        raise SyncFolderError(
            tr("formats.sync_folder", _NOT_WRITABLE), detail=_reason(exc)
        ) from None


# -- device files ----------------------------------------------------------------------------


def _make_folder(path: Path) -> None:
    with contextlib.suppress(FileExistsError):
        path.mkdir()
    if path.is_symlink() or not path.is_dir():
        raise SyncFolderError(
            tr("formats.sync_folder", _NOT_WRITABLE), detail=f"{path.name} is not a folder"
        )


def write_device_file(
    folder: str | os.PathLike[str], device_id: str, name: str, data: bytes
) -> Path:
    """Write ``data`` as ``name`` in the folder of ``device_id`` (created when needed),
    atomically and durably; returns the file's path.

    ``name`` must be one of the names Companion reads (:func:`change_name`,
    :func:`snapshot_name`, :data:`DEVICE_INFO_NAME`). Raises :class:`SyncFolderMissing` when
    the sync folder is not there and :class:`SyncFolderError` when it cannot be written.
    """
    base = Path(folder)
    target_folder = device_folder(base, device_id)
    if not _is_device_file_name(name):
        raise ValueError("not the name of a sync file")
    _require_folder(base)
    try:
        _make_folder(base / DEVICES_FOLDER)
        _make_folder(target_folder)
        return write_bytes_atomically(target_folder / name, data)
    except OSError as exc:
        _require_folder(base)
        raise SyncFolderError(
            tr("formats.sync_folder", _NOT_WRITABLE), detail=_reason(exc)
        ) from None


def write_file(folder: str | os.PathLike[str], device_id: str, name: str, data: bytes) -> Path:
    """Write ``data`` (a sealed file of an attachment) as the file ``name`` in the ``files``
    folder of ``device_id`` (created when needed), atomically and durably; returns its path.
    Raises as :func:`write_device_file` does."""
    base = Path(folder)
    target_folder = device_folder(base, device_id)
    target = file_name(name)
    _require_folder(base)
    try:
        _make_folder(base / DEVICES_FOLDER)
        _make_folder(target_folder)
        _make_folder(target_folder / FILES_FOLDER)
        return write_bytes_atomically(target_folder / FILES_FOLDER / target, data)
    except OSError as exc:
        _require_folder(base)
        raise SyncFolderError(
            tr("formats.sync_folder", _NOT_WRITABLE), detail=_reason(exc)
        ) from None


def remove_file(folder: str | os.PathLike[str], device_id: str, name: str) -> None:
    """Remove the file ``name`` from the ``files`` folder of ``device_id`` (nothing happens
    when it is not there). Raises OSError when it cannot be removed."""
    path = device_folder(folder, device_id) / FILES_FOLDER / file_name(name)
    path.unlink(missing_ok=True)


# -- listing ---------------------------------------------------------------------------------


class IgnoreReason(StrEnum):
    """Why a file in the sync folder is not used."""

    #: A copy a sync service made of a file (a conflict copy, a duplicate).
    SERVICE_COPY = "service-copy"
    #: A file still being written or downloaded, or a placeholder for one.
    PARTIAL = "partial"
    #: A symbolic link, a folder where a file belongs, or another special file.
    NOT_A_FILE = "not-a-file"
    #: Anything else.
    UNKNOWN = "unknown"


def classify_name(name: str) -> IgnoreReason:
    """Why a file called ``name`` is not used (for a name that is not one of Companion's)."""
    if any(pattern.fullmatch(name) for pattern in _PARTIAL):
        return IgnoreReason.PARTIAL
    if any(pattern.fullmatch(name) for pattern in _SERVICE_COPY):
        return IgnoreReason.SERVICE_COPY
    return IgnoreReason.UNKNOWN


@dataclass(frozen=True)
class IgnoredFile:
    """A file (or folder) in the sync folder that is not used, and why."""

    path: Path
    reason: IgnoreReason


@dataclass(frozen=True)
class DeviceFiles:
    """The files of one device: changes and snapshots by sequence number (in order), its
    information file if there is one, and the files of attachments it sent, by name."""

    device_id: str
    changes: dict[int, Path] = field(default_factory=dict)
    snapshots: dict[int, Path] = field(default_factory=dict)
    info: Path | None = None
    files: dict[str, Path] = field(default_factory=dict)


@dataclass(frozen=True)
class FolderListing:
    """What :func:`list_folder` found.

    ``devices`` maps each device id to its files. ``ignored`` names files and folders that
    are not used (at most :data:`MAX_IGNORED_LISTED`; ``ignored_not_listed`` counts the
    rest). ``has_journal_file`` says whether companion-journal.json is there (it is not
    read). ``complete`` is False when a folder held more than
    :data:`MAX_ENTRIES_PER_FOLDER` entries and the rest were not looked at.
    """

    folder: Path
    has_journal_file: bool
    devices: dict[str, DeviceFiles]
    ignored: list[IgnoredFile]
    ignored_not_listed: int = 0
    complete: bool = True


class _Lister:
    """Builds a :class:`FolderListing`, one folder at a time."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.ignored: list[IgnoredFile] = []
        self.ignored_not_listed = 0
        self.complete = True

    def ignore(self, path: Path, reason: IgnoreReason) -> None:
        if len(self.ignored) < MAX_IGNORED_LISTED:
            self.ignored.append(IgnoredFile(path, reason))
        else:
            self.ignored_not_listed += 1

    def entries(self, path: Path) -> list[os.DirEntry[str]]:
        """Up to the cap of entries of ``path``, in name order; raises OSError."""
        found: list[os.DirEntry[str]] = []
        with os.scandir(path) as scan:
            for entry in scan:
                if len(found) >= MAX_ENTRIES_PER_FOLDER:
                    self.complete = False
                    break
                found.append(entry)
        found.sort(key=lambda entry: entry.name)
        return found

    def top(self) -> tuple[bool, list[os.DirEntry[str]]]:
        """Whether the journal file is there, and the device folders to look into."""
        has_journal = False
        devices: list[os.DirEntry[str]] = []
        for entry in self.entries(self.base):
            if entry.name == JOURNAL_FILE_NAME and _is_file(entry):
                has_journal = True
            elif entry.name == DEVICES_FOLDER and _is_folder(entry):
                devices = self.device_folders(Path(entry.path))
            else:
                self.ignore_entry(entry)
        return has_journal, devices

    def device_folders(self, path: Path) -> list[os.DirEntry[str]]:
        folders: list[os.DirEntry[str]] = []
        for entry in self.entries(path):
            if _HEX_ID.fullmatch(entry.name) and _is_folder(entry):
                folders.append(entry)
            else:
                self.ignore_entry(entry)
        return folders

    def device(self, entry: os.DirEntry[str]) -> DeviceFiles:
        changes: dict[int, Path] = {}
        snapshots: dict[int, Path] = {}
        info: Path | None = None
        files: dict[str, Path] = {}
        for item in self.entries(Path(entry.path)):
            name, path = item.name, Path(item.path)
            if name == FILES_FOLDER and _is_folder(item):
                files = self.files(path)
            elif not _is_file(item):
                self.ignore(path, IgnoreReason.NOT_A_FILE)
            elif name == DEVICE_INFO_NAME:
                info = path
            elif (change := _CHANGE.fullmatch(name)) and int(change.group(1)) >= 1:
                changes[int(change.group(1))] = path
            elif snapshot := _SNAPSHOT.fullmatch(name):
                snapshots[int(snapshot.group(1))] = path
            else:
                self.ignore(path, classify_name(name))
        return DeviceFiles(entry.name, changes, snapshots, info, files)

    def files(self, folder: Path) -> dict[str, Path]:
        """The files of attachments in a device's ``files`` folder, by name."""
        found: dict[str, Path] = {}
        try:
            items = self.entries(folder)
        except FileNotFoundError:  # went away while it was listed
            return found
        for item in items:
            path = Path(item.path)
            if not _is_file(item):
                self.ignore(path, IgnoreReason.NOT_A_FILE)
            elif match := _FILE.fullmatch(item.name):
                found[match.group(1)] = path
            else:
                self.ignore(path, classify_name(item.name))
        return found

    def ignore_entry(self, entry: os.DirEntry[str]) -> None:
        if entry.is_symlink() or not (_is_file(entry) or _is_folder(entry)):
            self.ignore(Path(entry.path), IgnoreReason.NOT_A_FILE)
        else:
            self.ignore(Path(entry.path), classify_name(entry.name))


def _is_file(entry: os.DirEntry[str]) -> bool:
    """A regular file, not a symbolic link to one."""
    try:
        return entry.is_file(follow_symlinks=False)
    except OSError:
        return False


def _is_folder(entry: os.DirEntry[str]) -> bool:
    """A real folder, not a symbolic link (or Windows junction) to one."""
    try:
        if entry.is_symlink() or not entry.is_dir(follow_symlinks=False):
            return False
        is_junction = getattr(entry, "is_junction", None)  # Python 3.12+
        return not (is_junction is not None and is_junction())
    except OSError:
        return False


def list_folder(folder: str | os.PathLike[str]) -> FolderListing:
    """Every device's files in the sync folder, and what is not used there.

    Only names that match Companion's patterns exactly are used; symbolic links are never
    followed out of the folder. Nothing is opened or read. Raises :class:`SyncFolderMissing`
    when the folder is not there (also when it goes away while it is listed) and
    :class:`SyncFolderError` when it cannot be read.
    """
    base = Path(folder)
    _require_folder(base)
    lister = _Lister(base)
    try:
        has_journal, device_entries = lister.top()
    except OSError as exc:
        _require_folder(base)
        raise SyncFolderError(tr("formats.sync_folder", _UNREADABLE), detail=_reason(exc)) from None
    devices: dict[str, DeviceFiles] = {}
    for entry in device_entries:
        try:
            devices[entry.name] = lister.device(entry)
        except FileNotFoundError:
            _require_folder(base)  # the device folder went away while it was listed
        except OSError as exc:
            _require_folder(base)
            raise SyncFolderError(
                tr("formats.sync_folder", _UNREADABLE), detail=_reason(exc)
            ) from None
    lister.ignored.sort(key=lambda ignored: str(ignored.path))
    return FolderListing(
        folder=base,
        has_journal_file=has_journal,
        devices=devices,
        ignored=lister.ignored,
        ignored_not_listed=lister.ignored_not_listed,
        complete=lister.complete,
    )
