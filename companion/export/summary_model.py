"""The session summary as a document: plain, frozen data that every renderer (preview, PDF,
HTML, Markdown) reads. It is built from domain objects by
:class:`companion.services.summary.SummaryService`; it holds exactly what the client chose
to share and nothing else. Standard library only."""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property


@dataclass(frozen=True)
class Paragraph:
    """Running text; each line is kept as its own line (no Markdown marks)."""

    lines: tuple[str, ...]

    @classmethod
    def of(cls, text: str) -> Paragraph:
        return cls(tuple(line.strip() for line in text.splitlines() if line.strip()))


@dataclass(frozen=True)
class Markdown:
    """The client's own text (a journal entry, a note) as they wrote it, in Markdown: the
    renderers keep its headings, lists, emphasis and quotes
    (:mod:`companion.export.client_markdown`)."""

    text: str


@dataclass(frozen=True)
class Subheading:
    """A small heading inside a section (an entry's title, a note's kind)."""

    text: str
    #: A quiet line under the heading (a date, a status).
    detail: str = ""


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]
    #: A short label shown in bold before an item ("Matters most"), per item; "" for none.
    marks: tuple[str, ...] = ()

    def mark(self, index: int) -> str:
        return self.marks[index] if index < len(self.marks) else ""


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Image:
    """A chart rendered at ``dpi``, with a text alternative. ``data`` holds its PNG bytes, or
    with ``rgba`` its pixels as they were drawn (red, green, blue, alpha, a byte each, row by
    row from the top): the PDF takes those as they are, and the PNG is made from them only
    when a renderer asks for it (HTML, Markdown, the preview)."""

    name: str  # a short file-safe name: "mood", "checkins"
    alt: str
    data: bytes
    width_px: int
    height_px: int
    dpi: int
    rgba: bool = False

    @cached_property
    def png(self) -> bytes:
        """The image as PNG bytes."""
        if not self.rgba:
            return self.data
        return png_from_rgba(self.data, self.width_px, self.height_px, self.dpi)

    @property
    def width_inches(self) -> float:
        return self.width_px / self.dpi

    @property
    def height_inches(self) -> float:
        return self.height_px / self.dpi


@dataclass(frozen=True)
class Note:
    """A quiet remark (the disclaimer under check-in scores, an empty state)."""

    text: str


Block = Paragraph | Markdown | Subheading | BulletList | Table | Image | Note


@dataclass(frozen=True)
class Section:
    key: str  # "agenda", "journal", "goals", "feedback", "checkins", "mood", "notes"
    heading: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class SummaryDocument:
    """The first page (``overview``: what a counselor reads in a minute) and the details
    (``sections``), which start on a page of their own."""

    title: str
    #: "For <counselor>" and the period in words.
    counselor_line: str
    period_line: str
    exported_on: date
    sections: tuple[Section, ...] = field(default=())
    #: "Next session: Tue 14 Apr 2026, 17:00", or "" when none is planned.
    next_session_line: str = ""
    overview: tuple[Section, ...] = field(default=())
    #: Said at the end of the first page when details follow ("Details below: …"); it names
    #: no pages, as an HTML or Markdown file has none.
    details_line: str = ""

    def all_sections(self) -> tuple[Section, ...]:
        return self.overview + self.sections

    def images(self) -> tuple[Image, ...]:
        return tuple(b for s in self.all_sections() for b in s.blocks if isinstance(b, Image))

    def is_empty(self) -> bool:
        return not self.overview and not self.sections


def png_from_rgba(rgba: bytes, width: int, height: int, dpi: int) -> bytes:
    """A PNG file (8-bit RGBA, its resolution recorded) of ``width`` x ``height`` pixels."""
    stride = width * 4
    if len(rgba) != stride * height:
        raise ValueError("the pixels do not fill the image")
    rows = b"".join(b"\x00" + rgba[top : top + stride] for top in range(0, len(rgba), stride))
    per_metre = round(dpi / 0.0254)

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    return b"".join(
        (
            b"\x89PNG\r\n\x1a\n",
            chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)),
            chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1)),
            chunk(b"IDAT", zlib.compress(rows, 6)),
            chunk(b"IEND", b""),
        )
    )
