"""The summary as Markdown. Charts are saved as PNG files beside the Markdown file (named
after it: ``summary-mood.png``) and linked from it. Pictures chosen with an entry are not:
a line under the entry names them and says they are in the PDF and web page versions (a
Markdown file is text to read or paste; photos beside it would be more files to keep
private, and nothing decodes them here)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from companion.charts.text import day_text, tr
from companion.domain import wording
from companion.durable_files import write_bytes_atomically
from companion.export.client_markdown import to_markdown
from companion.export.summary_model import (
    Block,
    BulletList,
    Image,
    Markdown,
    Note,
    Paragraph,
    Picture,
    Subheading,
    SummaryDocument,
    Table,
)

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")
_BULLET_START = re.compile(r"^(\s*)([-+])(\s)")
_NUMBER_START = re.compile(r"^(\s*\d+)([.)])(\s)")


def escape_md(text: str) -> str:
    """Text shown as written: Markdown's marks are escaped."""
    escaped = _SPECIAL.sub(r"\\\1", text)
    escaped = _BULLET_START.sub(r"\1\\\2\3", escaped)
    return _NUMBER_START.sub(r"\1\\\2\3", escaped)


def image_file_name(stem: str, image: Image) -> str:
    return f"{stem}-{image.name}.png"


def _cell(text: str) -> str:
    return escape_md(" ".join(text.split()))


def _pictures_line(pictures: list[Picture]) -> str:
    names = ", ".join(p.name for p in pictures)
    line = wording.tr_n(
        "Charts",
        "%n [picture|pictures] with this entry, shown in the PDF and web page versions of "
        "this summary: %1",
        len(pictures),
        names,
    )
    return f"*{escape_md(line)}*"


def _blocks(blocks: Iterable[Block], stem: str) -> list[str]:
    """The blocks as Markdown; pictures in a row become one line naming them."""
    parts: list[str] = []
    pictures: list[Picture] = []
    for block in blocks:
        if isinstance(block, Picture):
            pictures.append(block)
            continue
        if pictures:
            parts.append(_pictures_line(pictures))
            pictures = []
        parts.append(_block(block, stem))
    if pictures:
        parts.append(_pictures_line(pictures))
    return parts


def _block(block: Block, stem: str) -> str:
    if isinstance(block, Paragraph):
        return "  \n".join(escape_md(line) for line in block.lines)
    if isinstance(block, Markdown):
        return to_markdown(block.text)
    if isinstance(block, Subheading):
        text = f"### {escape_md(block.text)}"
        if block.detail:
            text += f"\n\n*{escape_md(block.detail)}*"
        return text
    if isinstance(block, BulletList):
        return "\n".join(
            "- " + (f"**{escape_md(mark)}** " if (mark := block.mark(i)) else "") + escape_md(item)
            for i, item in enumerate(block.items)
        )
    if isinstance(block, Table):
        head = "| " + " | ".join(_cell(h) for h in block.headers) + " |"
        rule = "|" + "|".join(" --- " for _ in block.headers) + "|"
        rows = ["| " + " | ".join(_cell(c) for c in row) + " |" for row in block.rows]
        return "\n".join([head, rule, *rows])
    if isinstance(block, Image):
        return f"![{escape_md(block.alt)}]({image_file_name(stem, block)})"
    assert isinstance(block, Note), "pictures are worded by _blocks"
    return f"*{escape_md(block.text)}*"


def render_markdown(document: SummaryDocument, stem: str = "summary") -> str:
    """The Markdown text; images are linked as ``<stem>-<name>.png``."""
    parts = [
        f"# {escape_md(document.title)}",
        escape_md(document.counselor_line)
        + "  \n"
        + escape_md(document.period_line)
        + "  \n"
        + escape_md(tr("Exported on %1").replace("%1", day_text(document.exported_on))),
    ]
    if document.next_session_line:
        parts.append(f"**{escape_md(document.next_session_line)}**")
    if document.is_empty():
        parts.append(f"*{escape_md(tr('Nothing is chosen to share yet.'))}*")
    for section in document.overview:
        parts.append(f"## {escape_md(section.heading)}")
        parts.extend(_blocks(section.blocks, stem))
    if document.details_line:
        parts.append(f"*{escape_md(document.details_line)}*")
    if document.overview and document.sections:
        parts.append("---")
    for section in document.sections:
        parts.append(f"## {escape_md(section.heading)}")
        parts.extend(_blocks(section.blocks, stem))
    return "\n\n".join(parts) + "\n"


def markdown_files(document: SummaryDocument, path: Path) -> dict[Path, bytes]:
    """Every file a Markdown export writes: the charts beside it, then the text."""
    stem = path.stem
    files = {path.with_name(image_file_name(stem, i)): i.png for i in document.images()}
    files[path] = render_markdown(document, stem).encode("utf-8")
    return files


def write_markdown(document: SummaryDocument, path: Path) -> list[Path]:
    """Write the Markdown file and its chart images (each atomically); returns the paths."""
    written = []
    for target, data in markdown_files(document, Path(path)).items():
        written.append(write_bytes_atomically(target, data))
    return written
