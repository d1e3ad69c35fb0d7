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


#: The widest and tallest a picture is shown, in CSS pixels (96 to the inch): the width of
#: the page's text (A4 and Letter both leave 6.5 inches), and 4.5 inches (two landscape
#: photos fit on a page with their captions).
PICTURE_MAX_WIDTH = 624
PICTURE_MAX_HEIGHT = 432
#: The pixels a picture keeps per inch as it is printed (no more than it has): enough for
#: a photo on paper, and a 4 MB photo takes some hundred kilobytes in the file.
PICTURE_DPI = 150


@dataclass(frozen=True)
class Picture:
    """A picture kept with a journal entry that the client chose to share with it.

    Built from the file as it is stored (``ready=False``: ``data`` is the file, its size the
    header's); the renderers make it ready for print first (``ready=True``: ``data`` is a
    JPEG or PNG, turned the right way up, with the pixels :func:`fit_picture` asks for) with
    :mod:`companion.export.print_pictures`, the only place its pixels are decoded."""

    key: str  # "picture-<attachment id>": names it inside a PDF
    name: str  # the file's name: its text alternative, and what Markdown lists
    data: bytes
    media_type: str
    width_px: int
    height_px: int
    ready: bool = False

    @property
    def shown(self) -> tuple[int, int]:
        """Width and height on the page, in CSS pixels."""
        return fit_picture(self.width_px, self.height_px)[0]


def fit_picture(width_px: int, height_px: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """How a picture of ``width_px`` x ``height_px`` pixels is printed: its size on the page in
    CSS pixels (its own pixels as CSS pixels, made smaller to fit :data:`PICTURE_MAX_WIDTH`
    and :data:`PICTURE_MAX_HEIGHT`, never larger), and the pixels it keeps for that
    (:data:`PICTURE_DPI` at that size, never more than it has)."""
    width, height = max(1, width_px), max(1, height_px)
    scale = min(1.0, PICTURE_MAX_WIDTH / width, PICTURE_MAX_HEIGHT / height)
    shown = (max(1, round(width * scale)), max(1, round(height * scale)))
    keep = min(1.0, shown[0] / 96 * PICTURE_DPI / width)
    pixels = (max(1, round(width * keep)), max(1, round(height * keep)))
    return shown, pixels


@dataclass(frozen=True)
class Note:
    """A quiet remark (the disclaimer under check-in scores, an empty state)."""

    text: str


Block = Paragraph | Markdown | Subheading | BulletList | Table | Image | Picture | Note


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

    def pictures(self) -> tuple[Picture, ...]:
        return tuple(b for s in self.all_sections() for b in s.blocks if isinstance(b, Picture))

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
