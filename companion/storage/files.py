"""Small helpers for writing files atomically and durably, and for SQLite's sidecar files."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

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


def fsync_directory(path: Path) -> None:
    """Flush a folder's entries (a rename in it) to the disk. Windows cannot open folders for
    this and makes renames durable by itself, so it is skipped there."""
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def new_temp_file(folder: Path) -> Path:
    """An empty file, readable only by its owner, in ``folder`` (so a later rename stays on
    the same file system). Its name starts with a dot so listings skip it."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".companion-", suffix=".tmp", dir=folder)
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
