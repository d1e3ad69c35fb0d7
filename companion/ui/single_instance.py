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
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from companion.profile_lock import LOCK_NAME, ProfileLock

if TYPE_CHECKING:
    from PySide6.QtCore import QFileSystemWatcher

RAISE_NAME = "companion.raise"


class SingleInstance:
    """The profile folder's lock, held from :meth:`acquire` until :meth:`release`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.lock_path = folder / LOCK_NAME
        self.raise_path = folder / RAISE_NAME
        self._lock = ProfileLock(folder)
        self._watcher: QFileSystemWatcher | None = None
        self._on_raise: Callable[[], None] | None = None

    @property
    def held(self) -> bool:
        return self._lock.held

    def acquire(self) -> bool:
        """Take the lock; False when another Companion holds it."""
        return self._lock.acquire()

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
        self._lock.release()
