"""The client's own Markdown (journal entries, notes, feedback) inside a summary.

Parsed with markdown-it-py (CommonMark, plus GitHub's tables and strikethrough, which the
journal's editor also shows). Qt's own Markdown support was not enough here: its HTML is
Qt's internal rich text (fonts and sizes inline on every block, not a clean web page), it
needs Qt below the services, and it would let raw HTML through.

- :func:`to_html` gives safe HTML for the HTML file, the preview, the PDF and print: raw
  HTML in the text is shown as text, links keep their words only, images their description
  (nothing is ever loaded), and headings sit below the summary's own (a client's "# Monday"
  becomes an ``<h4>``).
- :func:`to_markdown` keeps the text as Markdown for the Markdown file, with its headings
  moved below the summary's own, every line kept as its own line, and raw HTML and images
  escaped (a viewer loads nothing from the text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from html import escape
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

#: The summary uses h1 (title), h2 (sections) and h3 (an entry's title): the client's own
#: headings start below them.
HEADING_OFFSET = 3


def heading_level(level: int) -> int:
    """The level a client's heading of ``level`` gets in the summary (h4 to h6)."""
    return min(6, level + HEADING_OFFSET)


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "breaks": True, "linkify": False})
    md.enable(["table", "strikethrough"])
    renderer: Any = md.renderer
    rules = renderer.rules

    def heading(tokens: Sequence[Token], idx: int, *_args: object) -> str:
        token = tokens[idx]
        level = heading_level(int(token.tag[1:]))
        return f"<h{level}>" if token.nesting == 1 else f"</h{level}>\n"

    def nothing(*_args: object) -> str:
        return ""

    def image(tokens: Sequence[Token], idx: int, *_args: object) -> str:
        token = tokens[idx]
        alt = "".join(child.content for child in token.children or [])
        return escape(alt)

    rules["heading_open"] = heading
    rules["heading_close"] = heading
    rules["link_open"] = nothing
    rules["link_close"] = nothing
    rules["image"] = image
    return md


def to_html(markdown: str) -> str:
    """Safe HTML for the client's Markdown text."""
    html: str = _parser().render(markdown)
    return html.strip()


_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_ATX = re.compile(r"#{1,6}")


def to_markdown(markdown: str) -> str:
    """The client's text as Markdown inside the summary's Markdown file."""
    lines = markdown.splitlines()
    tokens = _parser().parse(markdown)
    code: set[int] = set()
    breaks: set[int] = set()
    headings: dict[int, tuple[int, str, int]] = {}
    for index, token in enumerate(tokens):
        if token.map is None:
            continue
        first, end = token.map
        if token.type in ("fence", "code_block"):
            code.update(range(first, end))
        elif token.type == "paragraph_open" and tokens[index + 1].type == "inline":
            breaks.update(range(first, end - 1))
        elif token.type == "heading_open":
            headings[first] = (int(token.tag[1:]), token.markup, end)
    out: list[str] = []
    skip_to = -1
    for number, line in enumerate(lines):
        if number < skip_to:
            continue
        if number in headings:
            level, markup, end = headings[number]
            marks = "#" * heading_level(level)
            if markup.startswith("#"):
                line = _ATX.sub(marks, line, count=1)
            else:  # a setext heading: its text, then a line of = or -
                text = " ".join(part.strip() for part in lines[number : end - 1])
                line = f"{marks} {text}"
                skip_to = end
        if number not in code:
            line = _TAG_START.sub(r"\\<", line).replace("![", "!\\[")
            if number in breaks and not line.endswith(("  ", "\\")):
                line += "  "
        out.append(line)
    return "\n".join(out).strip("\n")
