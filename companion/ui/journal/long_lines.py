"""Keeping very long lines quick to lay out.

Qt's default wrap mode (at word boundaries, or anywhere when a word does not fit) costs time
that grows with the square of an unbroken run of characters: the largest entry the journal
allows, written as one line without spaces, takes most of a second to lay out and a third of a
second per keystroke. Wrapping anywhere lays the same text out in a few hundredths. Text with
spaces is equally fast either way, so ordinary prose keeps wrapping at word boundaries and a
document switches to wrapping anywhere only while it holds a long unbroken run.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QTimer
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from companion.ui.journal.quotes import mark_quotes

#: An unbroken run of characters at least this long makes a document wrap anywhere.
LONG_RUN = 2000
#: How long typing pauses before the whole text is looked at again (to go back to wrapping
#: at word boundaries once the long run is gone).
RECHECK_DELAY_MS = 400

WORDS = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
ANYWHERE = QTextOption.WrapMode.WrapAnywhere


def has_long_run(text: str) -> bool:
    """True when ``text`` holds LONG_RUN or more characters without white space (linear)."""
    if len(text) < LONG_RUN:
        return False
    return any(len(word) >= LONG_RUN for word in text.split())


def wrap_mode_for(text: str) -> QTextOption.WrapMode:
    return ANYWHERE if has_long_run(text) else WORDS


def show_markdown(browser: QTextEdit, text: str) -> None:
    """Show ``text`` as Markdown in ``browser``, in the wrap mode it needs, with its block
    quotes marked (companion.ui.journal.quotes)."""
    mode = wrap_mode_for(text)
    if mode != browser.wordWrapMode():
        browser.clear()  # else the text shown now is laid out again in the new mode
        browser.setWordWrapMode(mode)
    browser.setMarkdown(text)
    mark_quotes(browser.document(), browser.palette())


class BodyEdit(QPlainTextEdit):
    """A plain text editor that chooses its wrap mode from what it holds: before a text is
    set or pasted (so the slow layout never happens), and as the text changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(RECHECK_DELAY_MS)
        self._recheck.timeout.connect(self._check_whole_text)
        self.textChanged.connect(self._text_changed)

    def set_text(self, text: str) -> None:
        """Replace the text, choosing the wrap mode first."""
        self._recheck.stop()
        mode = wrap_mode_for(text)
        if mode != self.wordWrapMode():
            self.clear()  # else the text shown now is laid out again in the new mode
            self._use(mode)
        self.setPlainText(text)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText() and self.wordWrapMode() != ANYWHERE:
            block = self.textCursor().block().text()
            if has_long_run(block + source.text()):
                self._use(ANYWHERE)
        super().insertFromMimeData(source)

    def _text_changed(self) -> None:
        if self.wordWrapMode() == ANYWHERE:
            self._recheck.start()
            return
        block = self.textCursor().block()
        if block.length() > LONG_RUN and has_long_run(block.text()):
            self._use(ANYWHERE)

    def _check_whole_text(self) -> None:
        self._use(wrap_mode_for(self.toPlainText()))

    def _use(self, mode: QTextOption.WrapMode) -> None:
        if self.wordWrapMode() != mode:
            self.setWordWrapMode(mode)
