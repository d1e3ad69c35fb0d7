"""The client's Markdown in a summary: headings, lists, emphasis and quotes reach the HTML and
the PDF as structure (not flattened), raw HTML never gets through, and the Markdown file
keeps the Markdown."""

from __future__ import annotations

import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.export.client_markdown import to_html, to_markdown
from companion.export.render_html import render_html
from companion.export.render_markdown import render_markdown
from companion.export.summary_model import Markdown, Section, Subheading, SummaryDocument

_BASES = ("maple", "river", "cloud", "stone", "lantern", "meadow", "harbor", "willow")


@dataclass(frozen=True)
class Part:
    kind: str  # "heading", "list", "bold", "italic", "quote"
    words: tuple[str, ...]
    level: int = 1

    def markdown(self) -> str:
        text = " ".join(self.words)
        if self.kind == "heading":
            return "#" * self.level + " " + text
        if self.kind == "list":
            return "\n".join(f"- {w}" for w in self.words)
        if self.kind == "bold":
            return f"{self.words[0]} **{self.words[1]}** " + " ".join(self.words[2:])
        if self.kind == "italic":
            return f"{self.words[0]} *{self.words[1]}* " + " ".join(self.words[2:])
        return "> " + text


@st.composite
def documents(draw: st.DrawFn) -> list[Part]:
    counter = iter(range(1000))

    def words(low: int, high: int) -> tuple[str, ...]:
        n = draw(st.integers(low, high))
        return tuple(f"{draw(st.sampled_from(_BASES))}{next(counter)}" for _ in range(n))

    parts: list[Part] = []
    for kind in draw(
        st.lists(
            st.sampled_from(("heading", "list", "bold", "italic", "quote")), min_size=1, max_size=5
        )
    ):
        if kind == "heading":
            parts.append(Part(kind, words(1, 3), draw(st.integers(1, 3))))
        else:
            parts.append(Part(kind, words(2 if kind == "list" else 3, 4)))
    return parts


def source(parts: list[Part]) -> str:
    return "\n\n".join(p.markdown() for p in parts) + "\n"


def document(markdown: str) -> SummaryDocument:
    return SummaryDocument(
        "Summary",
        "For Dana",
        "Period",
        date(2026, 3, 15),
        sections=(
            Section("journal", "From my journal", (Subheading("Entry"), Markdown(markdown))),
        ),
    )


class _Elements(HTMLParser):
    """Each element's tag and its text."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[list[str]] = []
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.open.append([tag, ""])

    def handle_endtag(self, tag: str) -> None:
        while self.open:
            name, text = self.open.pop()
            self.found.append((name, " ".join(text.split())))
            if self.open:
                self.open[-1][1] += " " + text
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.open:
            self.open[-1][1] += data

    def texts(self, tag: str) -> list[str]:
        return [text for name, text in self.found if name == tag]


def _check_html(parts: list[Part], html: str) -> None:
    elements = _Elements()
    elements.feed(html)
    for part in parts:
        text = " ".join(part.words)
        if part.kind == "heading":
            assert text in elements.texts(f"h{part.level + 3}")
        elif part.kind == "list":
            items = elements.texts("li")
            assert all(w in items for w in part.words)
        elif part.kind == "bold":
            assert part.words[1] in elements.texts("strong")
        elif part.kind == "italic":
            assert part.words[1] in elements.texts("em")
        else:
            assert any(text in quoted for quoted in elements.texts("blockquote"))


def _pdf_lines_and_fonts(pdf: bytes) -> tuple[list[str], str]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.pdf"
        path.write_bytes(pdf)
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
        fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True)
    lines = unicodedata.normalize("NFKC", text.stdout.decode("utf-8")).splitlines()
    return [" ".join(line.split()) for line in lines], fonts.stdout.decode("utf-8")


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(parts=documents())
def test_structure_reaches_the_html_and_the_pdf(qapp, parts: list[Part]) -> None:
    from companion.export.render_pdf import Paper, render_pdf

    markdown = source(parts)
    _check_html(parts, render_html(document(markdown)))

    lines, fonts = _pdf_lines_and_fonts(render_pdf(document(markdown), Paper.A4))
    words = [w for part in parts for w in part.words]
    flowing = " ".join(lines)
    positions = [flowing.find(w) for w in words]
    assert -1 not in positions, "every word reaches the PDF"
    assert positions == sorted(positions), "in the order written"
    for part in parts:
        text = " ".join(part.words)
        if part.kind == "heading":
            assert text in lines, "a heading keeps a line of its own"
            assert "Bold" in fonts
        elif part.kind == "list":
            assert all(w in lines for w in part.words), "each list item on its own line"
        elif part.kind == "quote":
            assert text in lines
            assert "Italic" in fonts or "Oblique" in fonts
        elif part.kind == "bold":
            assert "Bold" in fonts
        else:
            assert "Italic" in fonts or "Oblique" in fonts


@settings(max_examples=20, deadline=None)
@given(parts=documents())
def test_the_markdown_file_keeps_the_markdown(parts: list[Part]) -> None:
    markdown = source(parts)
    kept = to_markdown(markdown)
    # the same structure, the headings three levels down (below the summary's own)
    html_of_kept = to_html(kept)
    for part in parts:
        if part.kind == "heading":
            level = min(6, part.level + 3)
            assert "#" * level + " " + " ".join(part.words) in kept.splitlines()
        else:
            assert part.markdown().splitlines()[0].split()[-1] in kept
    assert html_of_kept.count("<li>") == to_html(markdown).count("<li>")
    assert html_of_kept.count("<blockquote>") == to_html(markdown).count("<blockquote>")


def test_raw_html_and_links_never_get_through() -> None:
    hostile = (
        '<script>alert(1)</script>\n\n<img src="http://example.org/x.png">\n\n'
        "[a link](http://example.org) and ![a picture](http://example.org/p.png)\n\n"
        "<b onclick=x>bold?</b>"
    )
    html = to_html(hostile)
    assert "<script" not in html and "<img" not in html and "<b " not in html
    assert "href" not in html and "http://example.org/p.png" not in html
    assert "&lt;script&gt;" in html
    assert "a link" in html and "a picture" in html
    kept = to_markdown(hostile)
    assert "<script" not in kept.replace("\\<script", "")
    assert "![" not in kept.replace("!\\[", "")
    full = render_markdown(document(hostile))
    assert "\\<script>" in full


def test_headings_move_below_the_summarys_own() -> None:
    assert to_html("# Monday") == "<h4>Monday</h4>"
    assert to_html("###### deep") == "<h6>deep</h6>"
    assert to_markdown("Monday\n======\ntext") == "#### Monday\ntext"
    assert to_markdown("```\n# not a heading\n<b>\n```") == "```\n# not a heading\n<b>\n```"


def test_lines_stay_lines() -> None:
    assert "<br />" in to_html("first line\nsecond line")
    assert to_markdown("first line\nsecond line") == "first line  \nsecond line"
