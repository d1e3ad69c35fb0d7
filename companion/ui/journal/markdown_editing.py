"""Writing Markdown by keyboard: bold and italic that switch on and off (Ctrl+B, Ctrl+I), and
lists that continue when Return is pressed at the end of an item.

Each change is one step for Undo.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QImage, QKeyEvent, QKeySequence, QPixmap, QTextCursor
from PySide6.QtWidgets import QWidget

from companion.ui.journal.long_lines import BodyEdit
from companion.ui.journal.markdown_highlighting import MarkdownHighlighter

#: A list item: indentation, a bullet (-, * or +) or a number (1. or 1)), space, the text.
ITEM = re.compile(r"^(\s*)(?:([-*+])|(\d{1,9})([.)]))(\s+)(.*)$")


def _run(text: str, index: int, char: str, step: int) -> int:
    """How many ``char`` follow each other from ``index`` going ``step`` (+1 or -1)."""
    count = 0
    while 0 <= index < len(text) and text[index] == char:
        count += 1
        index += step
    return count


def toggle_emphasis(cursor: QTextCursor, strong: bool) -> None:
    """Make the selection (or the word at the cursor) bold (``**``) or italic (``*``), or
    take that away again when it is already. ``_`` and ``__`` count as marks too."""
    block = cursor.block()
    text = block.text()
    base = block.position()
    if cursor.hasSelection():
        start, end = cursor.selectionStart() - base, cursor.selectionEnd() - base
        if cursor.selectionEnd() > base + len(text):  # over more than one line: this one's end
            end = len(text)
        start = max(0, start)
    else:
        word = QTextCursor(cursor)
        word.select(QTextCursor.SelectionType.WordUnderCursor)
        if (
            word.hasSelection()
            and word.block() == block
            and word.selectionStart() <= cursor.position() <= word.selectionEnd()
        ):
            start, end = word.selectionStart() - base, word.selectionEnd() - base
        else:
            start = end = cursor.position() - base
    if start < end and not text[start:end].strip("*_"):  # only marks: between them
        start = end = (start + end) // 2 if cursor.hasSelection() else cursor.position() - base
    # marks selected with the text count as around it
    while start < end and text[start] in "*_":
        start += 1
    while end > start and text[end - 1] in "*_":
        end -= 1
    size = 2 if strong else 1
    had_selection = cursor.hasSelection()
    offset = cursor.position() - base - start  # where the cursor was in the word
    for char in "*_":
        around = min(_run(text, start - 1, char, -1), _run(text, end, char, 1))
        # 1: italic, 2: bold, 3: both
        if around and (around == 3 or around == size):
            _replace(cursor, base, start, end, size, None)
            new_start = start - size
            break
    else:
        _replace(cursor, base, start, end, 0, "*" * size)
        new_start = start + size
    length = end - start
    if had_selection or length == 0:
        cursor.setPosition(base + new_start)
        cursor.setPosition(base + new_start + length, QTextCursor.MoveMode.KeepAnchor)
    else:
        cursor.setPosition(base + new_start + max(0, min(offset, length)))


def _replace(
    cursor: QTextCursor, base: int, start: int, end: int, remove: int, add: str | None
) -> None:
    """Remove ``remove`` marks on each side of [start, end), or add ``add`` on each side."""
    edit = QTextCursor(cursor.document())
    edit.beginEditBlock()
    if add is None:
        edit.setPosition(base + end)
        edit.setPosition(base + end + remove, QTextCursor.MoveMode.KeepAnchor)
        edit.removeSelectedText()
        edit.setPosition(base + start - remove)
        edit.setPosition(base + start, QTextCursor.MoveMode.KeepAnchor)
        edit.removeSelectedText()
    else:
        edit.setPosition(base + end)
        edit.insertText(add)
        edit.setPosition(base + start)
        edit.insertText(add)
    edit.endEditBlock()


def continue_list(cursor: QTextCursor) -> bool:
    """Return at the end of a list item: a new item below it, numbered on;
    on an empty item the list ends (its bullet goes). False when the line is no list item,
    the cursor is not at its end or text is selected: Return then does what it always does."""
    if cursor.hasSelection() or not cursor.atBlockEnd():
        return False
    text = cursor.block().text()
    item = ITEM.match(text)
    if item is not None:
        indent, bullet, number, dot, space, rest = item.groups()
        if not rest.strip():
            _end_list(cursor)
            return True
        mark = bullet if bullet else f"{int(number) + 1}{dot}"
        cursor.insertText(f"\n{indent}{mark}{space}")
        return True
    return False


def _end_list(cursor: QTextCursor) -> None:
    """An empty item ends the list: its bullet goes, the line stays (empty)."""
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()


class MarkdownBodyEdit(BodyEdit):
    """The entry's text: Markdown highlighted as it is written, Ctrl+B and Ctrl+I for bold
    and italic, lists that continue on Return. Once :attr:`takes_files` is set, files pasted
    or dropped here (and a picture pasted without text) are offered to the entry instead of
    going into the text as their names."""

    #: files of the computer pasted or dropped (list of Path)
    filesOffered = Signal(list)
    #: a picture pasted from the clipboard, without text (QImage)
    pictureOffered = Signal(QImage)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.takes_files = False
        #: True while the text is highlighted again in a new palette (not an edit)
        self.restyling = False
        self.highlighter = MarkdownHighlighter(self.document(), self.palette())
        self.bold_action = self._action(self.tr("Bold"), "Ctrl+B", strong=True)
        self.italic_action = self._action(self.tr("Italic"), "Ctrl+I", strong=False)

    def _action(self, text: str, keys: str, *, strong: bool) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: self.toggle_emphasis(strong))
        self.addAction(action)
        return action

    def _offered_files(self, source: QMimeData) -> list[Path]:
        if not self.takes_files or not source.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in source.urls() if url.isLocalFile()]

    def _offered_picture(self, source: QMimeData) -> bool:
        # text on the clipboard wins: a copy from an office app carries a picture of the
        # text too, and the text is what was meant
        return self.takes_files and source.hasImage() and not source.text().strip()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        if self._offered_files(source) or self._offered_picture(source):
            return True
        return super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        files = self._offered_files(source)
        if files:
            self.filesOffered.emit(files)
            return
        if self._offered_picture(source):
            picture = source.imageData()
            if isinstance(picture, QPixmap):
                picture = picture.toImage()
            if isinstance(picture, QImage) and not picture.isNull():
                self.pictureOffered.emit(picture)
            return
        super().insertFromMimeData(source)

    def toggle_emphasis(self, strong: bool) -> None:
        if self.isReadOnly():
            return
        cursor = self.textCursor()
        toggle_emphasis(cursor, strong)
        self.setTextCursor(cursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and plain == Qt.KeyboardModifier.NoModifier
            and not self.isReadOnly()
        ):
            cursor = self.textCursor()
            if continue_list(cursor):
                self.setTextCursor(cursor)
                self.ensureCursorVisible()
                event.accept()
                return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            # once the new palette has reached this widget (it may come after the event)
            QTimer.singleShot(0, self, self._restyle)

    def _restyle(self) -> None:
        """Highlight again in the new palette's colours. The document reports the new
        formats as a change of its text: :attr:`restyling` says that it is none."""
        self.restyling = True
        try:
            self.highlighter.use_palette(self.palette())
        finally:
            self.restyling = False
