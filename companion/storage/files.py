"""Small helpers for writing files atomically, durably and privately, and for SQLite's sidecar
files.

Everything Companion writes into a profile is for its owner only: folders 0700, files 0600,
whatever the process's umask (set on POSIX systems; Windows keeps a profile private through
the user's own folder permissions).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
from pathlib import Path

# storage has always found it here (one implementation, in durable_files)
from companion.durable_files import fsync_directory as fsync_directory

#: Suffixes SQLite adds to a database's name for its journal files.
SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")


def sidecar(path: Path, suffix: str) -> Path:
    """``companion.db`` + ``-wal`` -> ``companion.db-wal``."""
    return path.with_name(path.name + suffix)


def fsync_file(path: Path) -> None:
    """Flush a file's contents to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


#: Permissions of every folder and file inside a profile.
FOLDER_MODE = 0o700
FILE_MODE = 0o600


def private_folder(path: Path) -> Path:
    """Create ``path`` (and missing parents) if needed and make it private to its owner."""
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, FOLDER_MODE)
    return path


def make_private(root: Path) -> None:
    """Tighten the permissions of a profile folder: the folder and its ``backups`` folder to
    0700, the files in them to 0600 (for profiles made by earlier versions, or copied in with
    loose permissions). Symbolic links are left alone; errors are ignored (a file that cannot
    be changed is no worse than before)."""
    if os.name != "posix":
        return
    for folder in (root, root / "backups"):
        if not folder.is_dir() or folder.is_symlink():
            continue
        with contextlib.suppress(OSError):
            os.chmod(folder, FOLDER_MODE)
        with contextlib.suppress(OSError):
            for path in folder.iterdir():
                if path.is_file() and not path.is_symlink():
                    with contextlib.suppress(OSError):
                        if path.stat().st_mode & 0o077:
                            os.chmod(path, FILE_MODE)


def new_temp_file(folder: Path, prefix: str = ".companion-") -> Path:
    """An empty file, readable only by its owner, in ``folder`` (so a later rename stays on
    the same file system). Its name starts with a dot so listings skip it."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    os.close(fd)
    return Path(name)


def remove_quietly(path: Path) -> None:
    """Remove ``path`` and its SQLite sidecars if they exist."""
    for candidate in (path, *(sidecar(path, suffix) for suffix in SIDECAR_SUFFIXES)):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()


def copy_atomically(source: Path, dest: Path) -> None:
    """Copy ``source`` to ``dest`` so that ``dest`` is either absent/old or complete: write a
    temp file beside it, fsync, rename over ``dest``, fsync the folder. The copy is private
    to its owner whatever the source's permissions are."""
    temp = new_temp_file(dest.parent)
    try:
        shutil.copyfile(source, temp)
        fsync_file(temp)
        os.replace(temp, dest)
    except BaseException:
        remove_quietly(temp)
        raise
    fsync_directory(dest.parent)


class NotARegularFile(OSError):
    """Asked to read a device, a pipe or a folder as if it were a file."""


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at ``path`` (a link to one is followed), never more
    than ``limit`` + 1 of them (so the caller can tell "too big").

    A device such as /dev/zero, a named pipe or a folder raises :class:`NotARegularFile`
    (an ``OSError``) before anything is read: reading one would never end. The file is
    opened without blocking, so a pipe cannot hang the open either.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotARegularFile(errno.EINVAL, "not a regular file", str(path))
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1024 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def is_regular_file(path: Path) -> bool:
    """True for a regular file (or a link to one); False for devices, pipes, folders."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False
