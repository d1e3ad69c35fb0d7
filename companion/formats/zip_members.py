"""Reading the members of a zip that anyone may have made (a full archive, a Day One export):
only names that stay inside the zip, and a member's bytes never beyond the size it declares,
nor at all when it declares more than the caller keeps or would inflate far beyond what it
takes in the zip (a "zip bomb"). Nothing is ever unpacked to disk here."""

from __future__ import annotations

import enum
import zipfile
import zlib

#: A member that would unpack to more than this many times what it takes in the zip (and more
#: than :data:`SMALL` bytes) is not a photo or document: those hardly compress.
MAX_RATIO = 100
SMALL = 64 * 1024

#: What reading a damaged or crafted zip can raise.
ZIP_ERRORS = (
    OSError,
    EOFError,
    zlib.error,
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    NotImplementedError,
    RuntimeError,
    ValueError,
)


class Verdict(enum.Enum):
    """Why a member is not read."""

    TOO_LARGE = "too_large"  # it declares more than the caller keeps
    INFLATES = "inflates"  # far more than it takes in the zip


def is_safe_name(name: str) -> bool:
    """True for a member name that stays inside the zip when unpacked: relative, no ``..``
    part, no drive, no backslash (which some programs read as a folder separator), no NUL."""
    if not name or "\\" in name or "\x00" in name or name.startswith("/"):
        return False
    parts = name.split("/")
    return ".." not in parts and ":" not in parts[0]


def safe_names(z: zipfile.ZipFile) -> list[str]:
    """The zip's files (not folders) whose names stay inside it."""
    return [i.filename for i in z.infolist() if not i.is_dir() and is_safe_name(i.filename)]


def judge(info: zipfile.ZipInfo, limit: int) -> Verdict | None:
    """Whether ``info`` may be read at all, before anything of it is unpacked."""
    if info.file_size > limit:
        return Verdict.TOO_LARGE
    if info.file_size > MAX_RATIO * info.compress_size + SMALL:
        return Verdict.INFLATES
    return None


def read_member(z: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes | None:
    """The member's bytes, never more than it declares; None when they cannot be read whole
    (damaged, or not the bytes its checksum in the zip says: a member that lies about its
    size ends there)."""
    try:
        with z.open(info) as stream:
            data = stream.read(info.file_size + 1)
    except ZIP_ERRORS:
        return None
    return data if len(data) == info.file_size else None
