"""The Markdown and HTML renderers: structure, escaping, images."""

from __future__ import annotations

import base64
import struct
import zlib
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from companion.export.render_html import render_html
from companion.export.render_markdown import escape_md, markdown_files, render_markdown
from companion.export.summary_files import SummaryFormat, format_for_path, write_summary
from companion.export.summary_model import (
    BulletList,
    Image,
    Note,
    Paragraph,
    Section,
    Subheading,
    SummaryDocument,
    Table,
)


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", 2, 1, 8, 2, 0, 0, 0)
    raw = zlib.compress(b"\x00" + b"\xff\x00\x00" * 2)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


IMAGE = Image("mood", "Chart: mood", tiny_png(), 1300, 680, 200)

DOC = SummaryDocument(
    title="Summary for my next session",
    counselor_line="For Dana <Reyes>",
    period_line="Since our last session: 1 Mar 2026 to 14 Mar 2026",
    exported_on=date(2026, 3, 15),
    sections=(
        Section(
            "agenda", "What I would like to talk about", (BulletList(("Sleep", "*Work* & rest")),)
        ),
        Section(
            "journal",
            "From my journal",
            (
                Subheading("A <hard> day", "2 Mar 2026 · mood 4 of 10"),
                Paragraph(("First line", "# not a heading")),
            ),
        ),
        Section(
            "goals",
            "Expectations and goals",
            (Table(("What", "How close"), (("Sleep | rest", "4 → 6 of 10"),)),),
        ),
        Section("mood", "My mood", (IMAGE, Note("The chart shows March."))),
    ),
)


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.append(dict(attrs))


def test_markdown_structure_and_escaping() -> None:
    text = render_markdown(DOC, "summary")
    lines = text.splitlines()
    assert lines[0] == "# Summary for my next session"
    assert "## What I would like to talk about" in lines
    assert "- Sleep" in lines
    assert "- \\*Work\\* & rest" in lines
    assert "### A \\<hard\\> day" in lines
    assert "\\# not a heading" in text
    assert "| What | How close |" in lines
    assert "| Sleep \\| rest | 4 → 6 of 10 |" in lines
    assert "![Chart: mood](summary-mood.png)" in lines
    assert "*The chart shows March.*" in lines
    assert text.endswith("\n")


def test_escape_md_leading_list_marks() -> None:
    assert escape_md("- not a list") == "\\- not a list"
    assert escape_md("1. not a list") == "1\\. not a list"


def test_markdown_writes_the_charts_beside_it(tmp_path: Path) -> None:
    target = tmp_path / "for-dana.md"
    files = markdown_files(DOC, target)
    assert set(files) == {target, tmp_path / "for-dana-mood.png"}
    written = write_summary(DOC, target, SummaryFormat.MARKDOWN)
    assert (tmp_path / "for-dana-mood.png").read_bytes() == IMAGE.png
    assert "(for-dana-mood.png)" in target.read_text("utf-8")
    assert target in written


def test_html_is_self_contained_and_escaped(tmp_path: Path) -> None:
    html = render_html(DOC)
    parser = _Collect()
    parser.feed(html)
    assert parser.tags.count("h1") == 1
    assert parser.tags.count("h2") == 4
    assert "style" in parser.tags
    assert "script" not in parser.tags
    assert "link" not in parser.tags  # no external style sheet
    image = next(a for t, a in zip(parser.tags, parser.attrs, strict=True) if t == "img")
    src = image["src"] or ""
    assert src.startswith("data:image/png;base64,")
    assert base64.b64decode(src.split(",", 1)[1]) == IMAGE.png
    assert image["alt"] == "Chart: mood"
    assert "For Dana &lt;Reyes&gt;" in html
    assert "A &lt;hard&gt; day" in html
    assert "First line<br>#" in html
    assert "http" not in html.replace('lang="en"', "")
    path = tmp_path / "s.html"
    write_summary(DOC, path, SummaryFormat.HTML)
    assert path.read_text("utf-8") == html


def test_empty_document_says_so() -> None:
    empty = SummaryDocument("T", "For X", "P", date(2026, 3, 15))
    assert "Nothing is chosen to share yet." in render_markdown(empty)
    assert "Nothing is chosen to share yet." in render_html(empty)


def test_format_for_path() -> None:
    assert format_for_path(Path("a.PDF")) is SummaryFormat.PDF
    assert format_for_path(Path("a.htm")) is SummaryFormat.HTML
    assert format_for_path(Path("a.markdown")) is SummaryFormat.MARKDOWN
    assert format_for_path(Path("a.txt")) is None


def test_the_pdf_keeps_plain_letters_for_copying(qapp) -> None:
    """ "fi" and "fl" come out of the PDF as two letters, not as ligature glyphs, so that
    copying or searching in a PDF viewer finds what was written."""
    import dataclasses
    import subprocess
    import tempfile

    from companion.export.render_pdf import Paper, render_pdf

    doc = dataclasses.replace(
        DOC,
        sections=(
            Section("journal", "Difficult office flow", (Paragraph(("A fine, fluffy film",)),)),
        ),
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.pdf"
        path.write_bytes(render_pdf(doc, Paper.A4))
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    text = out.stdout.decode("utf-8")
    assert "\ufb01" not in text and "\ufb02" not in text and "\ufb03" not in text
    assert "Difficult office flow" in text and "A fine, fluffy film" in text
