"""One Companion per profile: a second start brings the open window forward.

No network socket is opened (Companion never opens one). The running Companion holds an
exclusive lock on a file in the profile folder for as long as it runs; the operating system
releases it when the process ends, even after a crash. A second start that cannot take the
lock writes a small request file next to it (a time stamp, never anything from the journal)
and leaves; the running Companion watches that file and raises its window.

Qt is imported only by :meth:`SingleInstance.watch`: the lock is taken before the profile is
unlocked, and Qt loads after that (see ``companion.app``).
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QFileSystemWatcher

LOCK_NAME = "companion.lock"
RAISE_NAME = "companion.raise"


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        with contextlib.suppress(OSError):
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    with contextlib.suppress(OSError):
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class SingleInstance:
    """The profile folder's lock, held from :meth:`acquire` until :meth:`release`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.lock_path = folder / LOCK_NAME
        self.raise_path = folder / RAISE_NAME
        self._handle: IO[bytes] | None = None
        self._watcher: QFileSystemWatcher | None = None
        self._on_raise: Callable[[], None] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> bool:
        """Take the lock; False when another Companion holds it."""
        if self._handle is not None:
            return True
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        handle = os.fdopen(descriptor, "r+b")  # held for the app's lifetime
        if not _try_lock(handle):
            handle.close()
            return False
        self._handle = handle
        return True

    def request_raise(self) -> None:
        """From a second start: ask the running Companion to come forward."""
        self.folder.mkdir(parents=True, exist_ok=True)
        temporary = self.raise_path.with_suffix(".tmp")
        temporary.write_text(f"{time.time_ns()}\n", encoding="ascii")
        os.replace(temporary, self.raise_path)

    def watch(self, on_raise: Callable[[], None]) -> None:
        """Call ``on_raise`` whenever a second start asks (while the lock is held)."""
        from PySide6.QtCore import QFileSystemWatcher

        self._on_raise = on_raise
        if self._watcher is not None:
            return
        with contextlib.suppress(OSError):
            self.raise_path.unlink()  # an old request from before this start
        watcher = QFileSystemWatcher()
        watcher.addPath(str(self.folder))
        watcher.directoryChanged.connect(lambda _path: self._check())
        watcher.fileChanged.connect(lambda _path: self._check())
        self._watcher = watcher

    def _check(self) -> None:
        if not self.raise_path.exists():
            return
        with contextlib.suppress(OSError):
            self.raise_path.unlink()
        if self._on_raise is not None:
            self._on_raise()

    def release(self) -> None:
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None
        self._on_raise = None
        handle, self._handle = self._handle, None
        if handle is not None:
            _unlock(handle)
            handle.close()
