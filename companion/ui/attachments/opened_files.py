"""Readable copies of files the client opens in another app, in a private temporary folder.

Files kept with entries live inside the encrypted journal. To open one in the computer's own
app (a PDF reader, an image viewer), Companion has to write a readable copy somewhere that app
can read it: a folder made fresh for each run (``companion-opened-…``, mode 0700; the copies
0600) in the user's runtime folder (``$XDG_RUNTIME_DIR`` on Linux, which lives in memory), or
else the user's temporary folder. The folder is removed when Companion locks or quits; a
folder left behind by a run that crashed is removed at the next start (each run's folder
holds a lock that the operating system lets go of when the process ends, so a folder of a
Companion still running is never touched).

Only names and bytes pass through here, and nothing is logged but the type of an error.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

from companion.domain.attachments import MEDIA_TYPES, extension_for, short_name
from companion.profile_lock import ProfileLock

log = logging.getLogger(__name__)

#: How the folder of each run starts; nothing else Companion makes starts so.
PREFIX = "companion-opened-"
FOLDER_MODE = 0o700
FILE_MODE = 0o600


def base_folder() -> Path:
    """Where the folders of opened files go: the runtime folder on Linux (in memory, the
    user's own), else the temporary folder (the user's own on macOS and Windows)."""
    if sys.platform.startswith("linux"):
        runtime = os.environ.get("XDG_RUNTIME_DIR", "")
        if runtime and os.path.isdir(runtime) and os.access(runtime, os.W_OK | os.X_OK):
            return Path(runtime)
    return Path(tempfile.gettempdir())


_DEVICES = {"CON", "PRN", "AUX", "NUL"} | {f"{d}{n}" for d in ("COM", "LPT") for n in range(10)}


def file_name(name: str, media_type: str) -> str:
    """A name to write the copy under: the name the client knows, ending with the extension
    of what the file is (so the computer opens it with the app for that kind, never as a
    program)."""
    name = short_name(name)
    # characters Windows refuses in a name, or reads as a stream ("a:b") or a device ("aux")
    name = "".join("_" if c in '<>:"/\\|?*' else c for c in name).rstrip(" .") or "file"
    if name.split(".")[0].upper() in _DEVICES:
        name = "_" + name
    if name.startswith("."):
        name = "file" + name
    if media_type in MEDIA_TYPES and not name.lower().endswith(MEDIA_TYPES[media_type][1]):
        name += extension_for(media_type)
    return name


class OpenedFiles:
    """The private folder of this run and the copies in it."""

    def __init__(self, base: Path | None = None) -> None:
        self._base = base
        self._folder: Path | None = None
        self._lock: ProfileLock | None = None

    @property
    def folder(self) -> Path | None:
        """The folder, once a file was opened (None before, and after :meth:`remove_all`)."""
        return self._folder

    def _ensure_folder(self) -> Path:
        if self._folder is not None and self._folder.is_dir():
            return self._folder
        base = self._base if self._base is not None else base_folder()
        folder = Path(tempfile.mkdtemp(prefix=PREFIX, dir=base))  # 0700, a fresh name
        if os.name == "posix":
            os.chmod(folder, FOLDER_MODE)
        lock = ProfileLock(folder)
        lock.acquire()  # held until the folder goes: a sweep at start leaves it alone
        self._folder, self._lock = folder, lock
        return folder

    def write(self, name: str, media_type: str, data: bytes) -> Path:
        """Write a readable copy of ``data`` (0600) and return its path. Each copy gets a
        folder of its own inside the private one, so two files of the same name can both be
        open."""
        folder = Path(tempfile.mkdtemp(dir=self._ensure_folder()))
        path = folder / file_name(name, media_type)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        descriptor = os.open(path, flags, FILE_MODE)
        try:
            with os.fdopen(descriptor, "wb") as handle:
                if os.name == "posix":
                    os.fchmod(handle.fileno(), FILE_MODE)
                handle.write(data)
        except BaseException:
            with contextlib.suppress(OSError):
                path.unlink()
            raise
        return path

    def remove_all(self) -> None:
        """Remove the folder and every copy in it (Companion locks or quits)."""
        folder, lock = self._folder, self._lock
        self._folder = self._lock = None
        if lock is not None:
            lock.release()
        if folder is not None:
            _remove(folder)


def _remove(folder: Path) -> None:
    def failed(_function: object, _path: object, info: object) -> None:
        # e.g. an app on Windows still holds the file: removed at the next start
        kind = info[0] if isinstance(info, tuple) else type(info)
        log.warning(
            "an opened file's folder could not be removed: %s", getattr(kind, "__name__", "")
        )

    if sys.version_info >= (3, 12):
        shutil.rmtree(folder, onexc=failed)
    else:
        shutil.rmtree(folder, onerror=failed)


def sweep_leftovers(base: Path | None = None) -> int:
    """Remove the folders of opened files that runs which ended without removing them (a
    crash, a power cut) left in ``base``; returns how many went. The folder of a Companion
    still running is kept (its lock is held)."""
    base = base if base is not None else base_folder()
    removed = 0
    try:
        candidates = [p for p in base.iterdir() if p.name.startswith(PREFIX)]
    except OSError:
        return 0
    for folder in candidates:
        if folder.is_symlink() or not folder.is_dir():
            continue
        lock = ProfileLock(folder)
        try:
            free = lock.acquire()
        except OSError:
            continue
        if not free:
            continue  # a Companion running now
        lock.release()
        _remove(folder)
        removed += 1
    return removed


def open_with_system(path: Path) -> bool:
    """Ask the computer to open ``path`` with its app for that kind of file."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
