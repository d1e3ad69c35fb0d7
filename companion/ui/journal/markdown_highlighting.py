"""Markdown made visible while writing: headings, emphasis, lists, quotes and links.

The marks stay in the text (it is still plain Markdown); the highlighter only colours and
weights them, one line (block) at a time, so a long entry costs no more per keystroke than
the line being typed. The colours come from the editor's palette and are taken again when
the theme changes (:meth:`MarkdownHighlighter.use_palette`).
"""

from __future__ import annotations

import re

from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)

HEADING = re.compile(r"^ {0,3}(#{1,6})(?=\s|$)")
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])(?=\s)")
QUOTE = re.compile(r"^\s*(?:>\s?)+")
STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
EMPHASIS = re.compile(
    r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])"
    r"|(?<![_\w])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![_\w])"
)
LINK = re.compile(
    r"\[([^\]\n]+)\]\(([^)\s]+)\)|<?\b(?:https?://|www\.)[^\s<>()]+[^\s<>().,;:!?'\"]"
)
#: Beyond this many characters a line keeps only its line marks (a heading, a list bullet):
#: an unbroken run this long is no prose to emphasise, and it keeps typing in it quick.
INLINE_LIMIT = 20_000


class MarkdownHighlighter(QSyntaxHighlighter):
    """Highlights the Markdown of ``document`` in the colours of ``palette``."""

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self._formats: dict[str, QTextCharFormat] = {}
        self._palette_key = ""
        self.use_palette(palette, rehighlight=False)

    def use_palette(self, palette: QPalette, *, rehighlight: bool = True) -> None:
        """Take the colours of ``palette`` (after the theme changed) and show them."""
        role = QPalette.ColorRole
        accent = palette.color(role.Highlight)
        text = palette.color(role.Text)
        base = palette.color(role.Base)
        link = palette.color(role.Link)
        muted = palette.color(role.PlaceholderText)
        key = "".join(c.name() for c in (accent, text, base, link, muted))
        if key == self._palette_key:
            return
        self._palette_key = key
        # the accent as text must read on the base colour: where it is a light colour on a
        # light page (or dark on dark), the text colour itself is used
        if abs(accent.lightnessF() - base.lightnessF()) < 0.35:
            accent = QColor(text)

        def fmt(
            colour: QColor | None = None, *, bold: bool = False, italic: bool = False
        ) -> QTextCharFormat:
            f = QTextCharFormat()
            if colour is not None:
                f.setForeground(colour)
            if bold:
                f.setFontWeight(QFont.Weight.Bold)
            if italic:
                f.setFontItalic(True)
            return f

        self._formats = {
            "heading": fmt(accent, bold=True),
            "mark": fmt(muted),
            "bullet": fmt(accent, bold=True),
            "quote": fmt(muted, italic=True),
            "strong": fmt(bold=True),
            "emphasis": fmt(italic=True),
            "link": fmt(link),
            "address": fmt(muted),
        }
        self._formats["link"].setFontUnderline(True)
        if rehighlight:
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        f = self._formats
        heading = HEADING.match(text)
        if heading is not None:
            self.setFormat(0, len(text), f["heading"])
            self.setFormat(heading.start(1), len(heading.group(1)), f["mark"])
            return
        start = 0
        quote = QUOTE.match(text)
        if quote is not None:
            self.setFormat(0, len(text), f["quote"])
            self.setFormat(0, quote.end(), f["bullet"])
            start = quote.end()
        item = LIST_ITEM.match(text, start)
        if item is not None:
            self.setFormat(item.start(), item.end() - item.start(), f["bullet"])
            start = item.end()
        if len(text) > INLINE_LIMIT:
            return
        self._inline(text, start)

    def _inline(self, text: str, start: int) -> None:
        f = self._formats
        if "*" in text or "_" in text:
            for m in STRONG.finditer(text, start):
                self._emphasis(m.start(), m.end(), 2, "strong")
            for m in EMPHASIS.finditer(text, start):
                self._emphasis(m.start(), m.end(), 1, "emphasis")
        if "[" in text or "http" in text or "www." in text:
            for m in LINK.finditer(text, start):
                if m.group(1) is None:  # a bare address
                    self._merge(m.start(), m.end(), f["link"])
                    continue
                label_end = m.start() + 1 + len(m.group(1))
                self.setFormat(m.start(), 1, f["mark"])
                self._merge(m.start() + 1, label_end - m.start() - 1, f["link"])
                self.setFormat(label_end, m.end() - label_end, f["address"])

    def _emphasis(self, start: int, end: int, marks: int, kind: str) -> None:
        self._merge(start + marks, end - start - 2 * marks, self._formats[kind])
        self.setFormat(start, marks, self._formats["mark"])
        self.setFormat(end - marks, marks, self._formats["mark"])

    def _merge(self, start: int, length: int, extra: QTextCharFormat) -> None:
        """Add ``extra`` to what is already set over the range (bold inside a quote stays
        in the quote's colour and slant), one run of equal formats at a time."""
        position = start
        end = start + length
        while position < end:
            current = self.format(position)
            run = position + 1
            while run < end and self.format(run) == current:
                run += 1
            merged = QTextCharFormat(current)
            merged.merge(extra)
            self.setFormat(position, run - position, merged)
            position = run
