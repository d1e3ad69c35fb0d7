"""Writing a file so that a crash leaves either the old content or the whole new one, never a
half-written file: the one way Companion writes a file in place (keystore, exports,
archives, the recovery key sheet).

The data goes to a temporary file in the destination folder, is flushed to the disk, renamed
over the destination (atomic on one file system) and the folder is flushed so that the
rename itself survives a power cut. On any error the temporary file is removed and the
destination is left as it was. Standard library only: every layer may use it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

__all__ = [
    "fsync_directory",
    "write_bytes_atomically",
    "write_text_atomically",
    "writing_atomically",
]

#: Permissions of a private file (keystore, recovery key): its owner reads and writes it.
PRIVATE_MODE = 0o600


def fsync_directory(folder: Path) -> None:
    """Flush a folder's entries (a rename in it) to the disk. Windows cannot open a folder
    for this and makes renames durable by itself, so it is skipped there."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def writing_atomically(
    path: str | os.PathLike[str], *, private: bool = False
) -> Iterator[BinaryIO]:
    """A file to write to in the ``with`` block, in place at ``path`` when the block ends
    (atomically and durably, as :func:`write_bytes_atomically`); if the block raises, the
    temporary file is removed and ``path`` is left as it was. For files too large to hold in
    memory (an archive with photos)."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            if private and os.name == "posix":
                os.fchmod(handle.fileno(), PRIVATE_MODE)
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    with contextlib.suppress(OSError):  # the file is whole; only the rename's flush failed
        fsync_directory(folder)


def write_bytes_atomically(
    path: str | os.PathLike[str], data: bytes, *, private: bool = False
) -> Path:
    """Write ``data`` to ``path`` atomically and durably; returns the destination.
    ``private`` makes the file readable by its owner only (0600), whatever the umask."""
    with writing_atomically(path, private=private) as handle:
        handle.write(data)
    return Path(path)


def write_text_atomically(
    path: str | os.PathLike[str], text: str, *, private: bool = False
) -> Path:
    """Write ``text`` as UTF-8 (with ``\\n`` line ends) to ``path`` atomically."""
    return write_bytes_atomically(path, text.encode("utf-8"), private=private)
