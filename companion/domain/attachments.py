"""Files kept with a journal entry: photos, drawings, worksheets, letters.

An attachment is a file's bytes (stored once per content, however many entries hold it: the
SHA-256 of the bytes names them) plus what the entry knows of it: its name, its place among
the entry's files and whether the client shares it in a session summary. Only a few kinds are
taken, each checked by what the bytes are, never by the name: the images Qt reads on every
platform, PDF, and plain text.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from companion.domain.errors import InvalidInput
from companion.domain.wording import mark, tr

#: The largest file taken, in bytes: a phone photo is 3-8 MB, a scanned worksheet a few.
MAX_FILE_BYTES = 30 * 1024 * 1024
#: Most files one entry holds.
MAX_PER_ENTRY = 50
#: Largest image taken, in pixels (about a 100-megapixel photo) and on its longest side: a
#: small file can claim huge dimensions (an "image bomb") that would take gigabytes to draw.
MAX_PIXELS = 100_000_000
MAX_SIDE = 20_000
#: Longest file name kept (longer ones are shortened, keeping the extension).
MAX_NAME_CHARS = 120


class AttachmentKind(enum.StrEnum):
    IMAGE = "image"
    PDF = "pdf"
    TEXT = "text"


#: media type -> (kind, the extensions a file of that type has)
MEDIA_TYPES: dict[str, tuple[AttachmentKind, tuple[str, ...]]] = {
    "image/jpeg": (AttachmentKind.IMAGE, (".jpg", ".jpeg", ".jpe", ".jfif")),
    "image/png": (AttachmentKind.IMAGE, (".png",)),
    "image/gif": (AttachmentKind.IMAGE, (".gif",)),
    "image/webp": (AttachmentKind.IMAGE, (".webp",)),
    "application/pdf": (AttachmentKind.PDF, (".pdf",)),
    "text/plain": (AttachmentKind.TEXT, (".txt", ".text", ".md", ".markdown")),
}


def kind_of(media_type: str) -> AttachmentKind:
    return MEDIA_TYPES[media_type][0]


def extension_for(media_type: str) -> str:
    return MEDIA_TYPES[media_type][1][0]


class RefusalReason(enum.Enum):
    UNSUPPORTED = "unsupported"
    NOT_WHAT_NAME_SAYS = "mismatch"
    TOO_LARGE = "too_large"
    EMPTY = "empty"
    IMAGE_TOO_LARGE = "image_too_large"
    DAMAGED = "damaged"
    TOO_MANY = "too_many"
    UNREADABLE = "unreadable"
    FOLDER = "folder"
    HEIC = "heic"
    ALREADY_THERE = "already_there"


_MESSAGES = {
    RefusalReason.UNSUPPORTED: mark(
        "domain.attachments",
        "“{name}” was not added: Companion keeps photos and pictures (JPEG, PNG, GIF, WebP), "
        "PDF files and plain text files.",
    ),
    RefusalReason.NOT_WHAT_NAME_SAYS: mark(
        "domain.attachments",
        "“{name}” was not added: its name says one kind of file, but it holds another. "
        "If it came from someone you do not know, it is safer not to open it.",
    ),
    RefusalReason.TOO_LARGE: mark(
        "domain.attachments",
        "“{name}” was not added: it is larger than {limit} MB, the most Companion keeps per file.",
    ),
    RefusalReason.EMPTY: mark("domain.attachments", "“{name}” was not added: the file is empty."),
    RefusalReason.IMAGE_TOO_LARGE: mark(
        "domain.attachments",
        "“{name}” was not added: the picture is too large to show safely (more than "
        "{pixels} megapixels or {side} pixels on a side).",
    ),
    RefusalReason.DAMAGED: mark(
        "domain.attachments",
        "“{name}” was not added: the file seems damaged or incomplete.",
    ),
    RefusalReason.TOO_MANY: mark(
        "domain.attachments",
        "“{name}” was not added: an entry holds at most {count} files.",
    ),
    RefusalReason.FOLDER: mark(
        "domain.attachments",
        "“{name}” is a folder. Add the files inside it instead.",
    ),
    RefusalReason.HEIC: mark(
        "domain.attachments",
        "“{name}” was not added: Companion cannot show this kind of photo (HEIC, the "
        "usual kind on iPhones). Save it as a JPEG first: most photo apps offer this when "
        "exporting or sharing a photo.",
    ),
    RefusalReason.ALREADY_THERE: mark(
        "domain.attachments",
        "“{name}” is already kept with this entry.",
    ),
    RefusalReason.UNREADABLE: mark(
        "domain.attachments",
        "“{name}” could not be read. Check that the file is still there and that you may open it.",
    ),
}


class AttachmentRefused(InvalidInput):
    """A file was not added; the message names the file (its name only, never its
    contents) and says why in plain words. Nothing of it was stored."""

    def __init__(self, reason: RefusalReason, name: str) -> None:
        self.reason = reason
        self.name = name
        message = tr("domain.attachments", _MESSAGES[reason]).format(
            name=short_name(name, 60),
            limit=MAX_FILE_BYTES // (1024 * 1024),
            pixels=MAX_PIXELS // 1_000_000,
            side=f"{MAX_SIDE:,}",
            count=MAX_PER_ENTRY,
        )
        super().__init__(message)


def short_name(name: str, limit: int = MAX_NAME_CHARS) -> str:
    """A file name fit to keep and show: no folders, no control characters, at most
    ``limit`` characters (the extension is kept when it is shortened)."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(c for c in base if c.isprintable()).strip() or "file"
    if len(base) <= limit:
        return base
    stem, dot, ext = base.rpartition(".")
    if dot and 0 < len(ext) <= 10:
        return stem[: limit - len(ext) - 2] + "…." + ext
    return base[: limit - 1] + "…"


@dataclass(frozen=True)
class Attachment:
    """A file kept with an entry, as the views show it (its bytes are read on their own)."""

    id: int
    entry_id: int
    digest: str  # SHA-256 of the bytes, hex: names the stored file
    name: str
    media_type: str
    size: int
    width: int | None
    height: int | None
    position: int
    added_at: datetime
    #: shown in a session summary when the client includes the entry (images only)
    in_summary: bool = False

    @property
    def kind(self) -> AttachmentKind:
        return kind_of(self.media_type)

    @property
    def is_image(self) -> bool:
        return self.kind is AttachmentKind.IMAGE


@dataclass(frozen=True)
class RemovedAttachment:
    """An attachment taken off its entry, with what bringing it back needs."""

    attachment: Attachment


@dataclass(frozen=True)
class AttachmentUsage:
    """What the attachments of a journal take: files, and bytes stored once each."""

    files: int
    stored_bytes: int


@dataclass(frozen=True)
class CheckedFile:
    """A file that passed every check, as it will be stored."""

    name: str
    media_type: str
    data: bytes
    width: int | None
    height: int | None


def validate_count(existing: int, name: str) -> None:
    if existing >= MAX_PER_ENTRY:
        raise AttachmentRefused(RefusalReason.TOO_MANY, name)
