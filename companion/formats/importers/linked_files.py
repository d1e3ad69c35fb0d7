"""The files an import brings along with its entries (the photos of a Day One export, the
pictures Markdown files show): reading them from the zip or the chosen folder without ever
reading anything outside it, checking each the way every attachment is checked, and the notes
for those that cannot come (naming the entry and the file's number, never its name).

Inside a folder, a file is read only when its real path (links followed) is inside the real
path of the folder, and it is opened without following a link, so a link to a file elsewhere
on the computer is never read. In a zip, a member is read only up to the size it declares and
only when that size is one Companion keeps and not far beyond what it takes in the zip.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import os
import stat
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from companion.domain.attachments import (
    MAX_FILE_BYTES,
    MAX_PER_ENTRY,
    AttachmentRefused,
    RefusalReason,
)
from companion.domain.wording import mark, tr, tr_n
from companion.formats.attachment_files import check
from companion.formats.importers.batch import (
    FileSource,
    ImportFileProblem,
    LinkedFile,
    ReadFile,
    SkippedKind,
)
from companion.formats.zip_members import ZIP_ERRORS, Verdict, judge, read_member


class Reason(enum.Enum):
    """Why a linked file does not come with its entry."""

    MISSING = "missing"
    OUTSIDE = "outside"
    NOT_KEPT = "not_kept"
    TOO_LARGE = "too_large"
    IMAGE_TOO_LARGE = "image_too_large"
    DAMAGED = "damaged"
    EMPTY = "empty"
    TOO_MANY = "too_many"
    UNREADABLE = "unreadable"


_PHOTO = mark("formats.importers.linked_files", "%1, photo %2")
_PICTURE = mark("formats.importers.linked_files", "%1, picture %2")
_NOTES = {
    Reason.MISSING: mark(
        "formats.importers.linked_files",
        "%1 was not imported: the file could not be found.",
    ),
    Reason.OUTSIDE: mark(
        "formats.importers.linked_files",
        "%1 was not imported: Companion only reads pictures inside the folder you chose, "
        "never from the web or from elsewhere on this computer.",
    ),
    Reason.NOT_KEPT: mark(
        "formats.importers.linked_files",
        "%1 was not imported: it is not a kind of file Companion keeps, or not the kind its "
        "name says.",
    ),
    Reason.TOO_LARGE: mark(
        "formats.importers.linked_files",
        "%1 was not imported: it is larger than %2 MB, the most Companion keeps per file.",
    ),
    Reason.IMAGE_TOO_LARGE: mark(
        "formats.importers.linked_files",
        "%1 was not imported: the picture is too large to show safely.",
    ),
    Reason.DAMAGED: mark(
        "formats.importers.linked_files",
        "%1 was not imported: the file seems damaged or incomplete.",
    ),
    Reason.EMPTY: mark("formats.importers.linked_files", "%1 was not imported: the file is empty."),
    Reason.UNREADABLE: mark(
        "formats.importers.linked_files",
        "%1 was not imported: the file could not be read.",
    ),
}
_FOR_REFUSAL = {
    RefusalReason.UNSUPPORTED: Reason.NOT_KEPT,
    RefusalReason.NOT_WHAT_NAME_SAYS: Reason.NOT_KEPT,
    RefusalReason.TOO_LARGE: Reason.TOO_LARGE,
    RefusalReason.EMPTY: Reason.EMPTY,
    RefusalReason.IMAGE_TOO_LARGE: Reason.IMAGE_TOO_LARGE,
    RefusalReason.DAMAGED: Reason.DAMAGED,
    RefusalReason.TOO_MANY: Reason.TOO_MANY,
    RefusalReason.UNREADABLE: Reason.UNREADABLE,
}


def note(file: LinkedFile, reason: Reason) -> str:
    """Why ``file`` does not come (its entry and number, never its name or contents)."""
    which = _PICTURE if file.kind is SkippedKind.PICTURE else _PHOTO
    named = tr("formats.importers.linked_files", which, file.entry, file.number)
    if reason is Reason.TOO_MANY:
        return tr_n(
            "formats.importers.linked_files",
            "%1 was not imported: an entry holds at most %n [file|files].",
            MAX_PER_ENTRY,
            named,
        )
    limit = MAX_FILE_BYTES // (1024 * 1024)
    return tr("formats.importers.linked_files", _NOTES[reason], named, limit)


class NotRead(Exception):
    """A linked file that cannot be read, and why (internal: becomes a note)."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(reason.value)
        self.reason = reason


# -- reading from a zip ------------------------------------------------------------------------


@dataclass(frozen=True)
class ZipFiles:
    """Files read from members of the zip at ``path``."""

    path: Path

    @contextlib.contextmanager
    def reading(self) -> Iterator[ReadFile]:
        try:
            if not stat.S_ISREG(os.stat(self.path).st_mode):
                raise OSError(errno.EINVAL, "not a regular file")
            z = zipfile.ZipFile(self.path)
        except ZIP_ERRORS:
            raise ImportFileProblem(
                tr(
                    "formats.importers.linked_files",
                    "Companion could not open %1 again. Please choose it again.",
                    self.path.name,
                )
            ) from None
        with z:

            def read(file: LinkedFile) -> bytes:
                try:
                    info = z.getinfo(file.where)
                except KeyError:
                    raise NotRead(Reason.MISSING) from None
                verdict = judge(info, MAX_FILE_BYTES)
                if verdict is not None:
                    raise NotRead(
                        Reason.TOO_LARGE if verdict is Verdict.TOO_LARGE else Reason.DAMAGED
                    )
                data = read_member(z, info)
                if data is None:
                    raise NotRead(Reason.DAMAGED)
                return data

            yield read


# -- reading from a folder ---------------------------------------------------------------------


def inside(root: Path, where: str) -> Path:
    """The real path of ``where`` inside the folder ``root``, links followed; raises
    :class:`NotRead` when it is not there (MISSING) or is elsewhere (OUTSIDE)."""
    relative = PurePosixPath(where)
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        raise NotRead(Reason.OUTSIDE)
    try:
        real_root = root.resolve(strict=True)
        real = (root / Path(*relative.parts)).resolve(strict=True)
    except FileNotFoundError:
        raise NotRead(Reason.MISSING) from None
    except (OSError, RuntimeError):  # a loop of links, no permission
        raise NotRead(Reason.UNREADABLE) from None
    if real != real_root and real_root not in real.parents:
        raise NotRead(Reason.OUTSIDE)
    return real


def read_inside(root: Path, where: str) -> bytes:
    """The bytes of ``where`` inside ``root`` (see :func:`inside`): a regular file, opened
    without following a link (so one swapped in after the check is not followed), never more
    than Companion keeps."""
    real = inside(root, where)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(real, flags | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise NotRead(Reason.MISSING) from None
    except OSError as exc:
        raise NotRead(Reason.OUTSIDE if exc.errno == errno.ELOOP else Reason.UNREADABLE) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRead(Reason.UNREADABLE)
        if info.st_size > MAX_FILE_BYTES:
            raise NotRead(Reason.TOO_LARGE)
        chunks: list[bytes] = []
        left = MAX_FILE_BYTES + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1024 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError:
        raise NotRead(Reason.UNREADABLE) from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > MAX_FILE_BYTES:
        raise NotRead(Reason.TOO_LARGE)
    return data


@dataclass(frozen=True)
class FolderFiles:
    """Files read from inside the folder each names (its ``root``)."""

    @contextlib.contextmanager
    def reading(self) -> Iterator[ReadFile]:
        def read(file: LinkedFile) -> bytes:
            return read_inside(Path(file.root), file.where)

        yield read


# -- checking before the import ----------------------------------------------------------------


@dataclass
class CheckedFiles:
    """The files that passed (per entry, same order), and notes and counts for the rest."""

    files: list[tuple[LinkedFile, ...]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    skipped: dict[SkippedKind, int] = field(default_factory=dict)

    def set_aside(self, file: LinkedFile, reason: Reason) -> None:
        self.notes.append(note(file, reason))
        self.skipped[file.kind] = self.skipped.get(file.kind, 0) + 1


def check_all(
    per_entry: Iterable[tuple[LinkedFile, ...]], source: FileSource | None
) -> CheckedFiles:
    """Read and check every file (the checks every attachment passes); keep only those that
    pass, at most :data:`MAX_PER_ENTRY` per entry. Nothing is kept in memory."""
    result = CheckedFiles()
    with source.reading() if source is not None else contextlib.nullcontext(None) as read:
        for files in per_entry:
            passed: list[LinkedFile] = []
            for file in files:
                if read is None:
                    result.set_aside(file, Reason.MISSING)
                    continue
                reason = why_not(read, file)
                if reason is None and len(passed) >= MAX_PER_ENTRY:
                    reason = Reason.TOO_MANY
                if reason is None:
                    passed.append(file)
                else:
                    result.set_aside(file, reason)
            result.files.append(tuple(passed))
    return result


def why_not(read: ReadFile, file: LinkedFile) -> Reason | None:
    """None when ``file`` can be read and kept; otherwise why not."""
    try:
        check(file.name, read(file))
    except NotRead as problem:
        return problem.reason
    except FileNotFoundError:
        return Reason.MISSING
    except AttachmentRefused as refused:
        return _FOR_REFUSAL.get(refused.reason, Reason.DAMAGED)
    except OSError:
        return Reason.UNREADABLE
    return None
