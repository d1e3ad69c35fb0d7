"""Writing a summary document to a file in one of the formats (each file atomically)."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the command line imports this module for its formats alone
    from companion.export.summary_model import SummaryDocument


class SummaryFormat(enum.StrEnum):
    PDF = "pdf"
    HTML = "html"
    MARKDOWN = "md"

    @property
    def suffix(self) -> str:
        return "." + self.value


def format_for_path(path: Path) -> SummaryFormat | None:
    """The format a file name asks for (by its extension), if any."""
    suffix = path.suffix.lower().lstrip(".")
    aliases = {"htm": "html", "markdown": "md"}
    try:
        return SummaryFormat(aliases.get(suffix, suffix))
    except ValueError:
        return None


def write_summary(
    document: SummaryDocument, path: Path, fmt: SummaryFormat, paper: str | None = None
) -> list[Path]:
    """Write the summary to ``path``; returns every file written (Markdown adds the charts
    beside it). PDF needs a QGuiApplication (Qt is imported here only for PDF, and for
    pictures not yet made ready for print in a web page)."""
    path = Path(path)
    if fmt is not SummaryFormat.MARKDOWN and not all(p.ready for p in document.pictures()):
        from companion.export.print_pictures import ready_for_print

        document = ready_for_print(document)
    if fmt is SummaryFormat.HTML:
        from companion.durable_files import write_bytes_atomically
        from companion.export.render_html import render_html

        return [write_bytes_atomically(path, render_html(document).encode("utf-8"))]
    if fmt is SummaryFormat.MARKDOWN:
        from companion.export.render_markdown import write_markdown

        return write_markdown(document, path)
    from companion.export.render_pdf import Paper, write_pdf

    return [write_pdf(document, path, Paper(paper) if paper else None)]
