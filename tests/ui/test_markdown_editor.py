"""The editor helps with Markdown: it shows headings, emphasis, lists, quotes and links as they
are written (in the theme's colours), Ctrl+B and Ctrl+I switch bold and italic on and off,
and Return continues a list, all pressed on the real editor of a real profile."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication

from companion.domain.journal import EntryDraft
from companion.ui.journal.editor import EntryEditor
from companion.ui.journal.markdown_editing import MarkdownBodyEdit
from companion.ui.main_window import MainWindow
from companion.ui.theme import ThemeChoice, apply_theme

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def editor(qtbot, window: MainWindow) -> EntryEditor:
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    editor = window.journal_view.editor
    editor.body_edit.setFocus()
    return editor


@pytest.fixture
def light(qapp: QApplication) -> Iterator[None]:
    apply_theme(qapp, ThemeChoice.LIGHT)
    yield
    apply_theme(qapp, ThemeChoice.LIGHT)


def _body(editor: EntryEditor) -> MarkdownBodyEdit:
    body = editor.body_edit
    assert isinstance(body, MarkdownBodyEdit)
    return body


def _cursor_at(body: MarkdownBodyEdit, position: int, anchor: int | None = None) -> None:
    cursor = body.textCursor()
    cursor.setPosition(position if anchor is None else anchor)
    if anchor is not None:
        cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)


def _format_at(body: MarkdownBodyEdit, line: int, column: int) -> QTextCharFormat | None:
    block = body.document().findBlockByNumber(line)
    for f in block.layout().formats():
        if f.start <= column < f.start + f.length:
            return QTextCharFormat(f.format)
    return None


# -- Ctrl+B and Ctrl+I -----------------------------------------------------------------------


def test_ctrl_b_makes_the_word_at_the_cursor_bold_and_takes_it_away_again(
    qtbot, editor: EntryEditor
) -> None:
    body = _body(editor)
    qtbot.keyClicks(body, "I felt calm")
    _cursor_at(body, 8)  # inside "calm"
    qtbot.keyClick(body, Qt.Key.Key_B, CTRL)
    assert body.toPlainText() == "I felt **calm**"
    assert body.textCursor().position() == 10  # still inside the word
    qtbot.keyClick(body, Qt.Key.Key_B, CTRL)
    assert body.toPlainText() == "I felt calm"
    # one Undo step each
    qtbot.keyClick(body, Qt.Key.Key_Z, CTRL)
    assert body.toPlainText() == "I felt **calm**"


def test_ctrl_i_wraps_the_selection_keeps_it_selected_and_toggles_off(
    qtbot, editor: EntryEditor
) -> None:
    body = _body(editor)
    qtbot.keyClicks(body, "a long day at work")
    _cursor_at(body, 10, anchor=2)  # "long day"
    qtbot.keyClick(body, Qt.Key.Key_I, CTRL)
    assert body.toPlainText() == "a *long day* at work"
    assert body.textCursor().selectedText() == "long day"
    qtbot.keyClick(body, Qt.Key.Key_I, CTRL)
    assert body.toPlainText() == "a long day at work"
    # underscores count as italic marks too
    body.selectAll()
    qtbot.keyClicks(body, "_tired_ now")
    _cursor_at(body, 3)
    qtbot.keyClick(body, Qt.Key.Key_I, CTRL)
    assert body.toPlainText() == "tired now"


def test_bold_and_italic_combine_and_come_apart(qtbot, editor: EntryEditor) -> None:
    body = _body(editor)
    qtbot.keyClicks(body, "**brave**")
    _cursor_at(body, 4)
    qtbot.keyClick(body, Qt.Key.Key_I, CTRL)
    assert body.toPlainText() == "***brave***"
    qtbot.keyClick(body, Qt.Key.Key_B, CTRL)
    assert body.toPlainText() == "*brave*"
    # a selection that includes the marks is recognised as well
    body.selectAll()
    qtbot.keyClick(body, Qt.Key.Key_I, CTRL)
    assert body.toPlainText() == "brave"


def test_ctrl_b_with_nothing_to_wrap_leaves_the_cursor_between_the_marks(
    qtbot, editor: EntryEditor
) -> None:
    body = _body(editor)
    qtbot.keyClicks(body, "so ")
    qtbot.keyClick(body, Qt.Key.Key_B, CTRL)
    qtbot.keyClicks(body, "much")
    assert body.toPlainText() == "so **much**"
    body.selectAll()
    qtbot.keyClicks(body, "x ")
    qtbot.keyClick(body, Qt.Key.Key_B, CTRL)
    qtbot.keyClick(body, Qt.Key.Key_B, CTRL)  # changed my mind: the empty pair goes
    assert body.toPlainText() == "x "


def test_bold_is_saved_as_markdown(qtbot, editor: EntryEditor, window: MainWindow) -> None:
    body = _body(editor)
    qtbot.keyClicks(body, "important")
    qtbot.keyClick(body, Qt.Key.Key_B, CTRL)
    assert editor.flush()
    assert window.profile is not None and editor.entry_id is not None
    assert window.profile.journal.get(editor.entry_id).body == "**important**"


# -- lists -----------------------------------------------------------------------------------


def test_return_continues_a_bullet_list_and_an_empty_item_ends_it(
    qtbot, editor: EntryEditor
) -> None:
    body = _body(editor)
    qtbot.keyClicks(body, "- sleep")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "walk")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    assert body.toPlainText() == "- sleep\n- walk\n- "
    qtbot.keyClick(body, Qt.Key.Key_Return)  # on the empty item: the list ends
    assert body.toPlainText() == "- sleep\n- walk\n"
    qtbot.keyClicks(body, "Done.")
    assert body.toPlainText() == "- sleep\n- walk\nDone."


def test_return_numbers_on_and_keeps_indentation_and_bullet(qtbot, editor: EntryEditor) -> None:
    body = _body(editor)
    qtbot.keyClicks(body, "1. call Sam")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "book the room")
    qtbot.keyClick(body, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert body.toPlainText() == "1. call Sam\n2. book the room\n3. "
    qtbot.keyClick(body, Qt.Key.Key_Backspace)
    qtbot.keyClick(body, Qt.Key.Key_Backspace)
    qtbot.keyClick(body, Qt.Key.Key_Backspace)
    qtbot.keyClicks(body, "  * nested")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    assert body.toPlainText().endswith("\n  * nested\n  * ")


def test_return_elsewhere_is_an_ordinary_new_line(qtbot, editor: EntryEditor) -> None:
    body = _body(editor)
    qtbot.keyClicks(body, "- first item")
    _cursor_at(body, 4)  # in the middle of the item
    qtbot.keyClick(body, Qt.Key.Key_Return)
    assert body.toPlainText() == "- fi\nrst item"
    body.selectAll()
    qtbot.keyClicks(body, "plain line")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    assert body.toPlainText() == "plain line\n"
    body.selectAll()
    qtbot.keyClicks(body, "-not a list")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    assert body.toPlainText() == "-not a list\n"


# -- highlighting ----------------------------------------------------------------------------


def test_markdown_is_highlighted_in_the_palettes_colours(
    qtbot, window: MainWindow, light: None
) -> None:
    profile = window.profile
    assert profile is not None
    text = "# Today\nI felt **strong** and *calm*.\n- a list item\n> a quote\nSee [notes](x.md)"
    profile.journal.create(EntryDraft(title="Marks", body=text))
    window.journal_view.load()
    body = _body(window.journal_view.editor)
    palette = body.palette()
    highlight = palette.color(QPalette.ColorRole.Highlight)
    # the theme was applied after the window was built: its colours arrive with the events
    qtbot.waitUntil(lambda: _format_at(body, 0, 3).foreground().color() == highlight)
    heading = _format_at(body, 0, 3)
    assert heading is not None and heading.fontWeight() == QFont.Weight.Bold
    assert heading.foreground().color() == palette.color(QPalette.ColorRole.Highlight)
    strong = _format_at(body, 1, 10)
    assert strong is not None and strong.fontWeight() == QFont.Weight.Bold
    marks = _format_at(body, 1, 7)  # the ** are muted
    assert marks is not None
    assert marks.foreground().color() == palette.color(QPalette.ColorRole.PlaceholderText)
    italic = _format_at(body, 1, 25)
    assert italic is not None and italic.fontItalic()
    bullet = _format_at(body, 2, 0)
    assert bullet is not None and bullet.fontWeight() == QFont.Weight.Bold
    assert _format_at(body, 2, 5) is None  # the item's text is plain
    quote = _format_at(body, 3, 4)
    assert quote is not None and quote.fontItalic()
    link = _format_at(body, 4, 6)
    assert link is not None and link.fontUnderline()
    assert link.foreground().color() == palette.color(QPalette.ColorRole.Link)
    assert body.toPlainText() == text  # the marks stay: it is still plain Markdown


def test_the_highlighting_follows_the_theme(
    qtbot, qapp: QApplication, window: MainWindow, light: None
) -> None:
    profile = window.profile
    assert profile is not None
    profile.journal.create(EntryDraft(title="Link", body="See [notes](x.md)"))
    window.journal_view.load()
    body = _body(window.journal_view.editor)
    light_link = _format_at(body, 0, 6)
    assert light_link is not None
    apply_theme(qapp, ThemeChoice.DARK)
    qtbot.waitUntil(lambda: _format_at(body, 0, 6).foreground() != light_link.foreground())
    dark_link = _format_at(body, 0, 6)
    assert dark_link is not None
    assert dark_link.foreground().color() == body.palette().color(QPalette.ColorRole.Link)
    assert dark_link.foreground().color() != light_link.foreground().color()
    apply_theme(qapp, ThemeChoice.HIGH_CONTRAST)
    link = body.palette().color(QPalette.ColorRole.Link)
    qtbot.waitUntil(lambda: _format_at(body, 0, 6).foreground().color() == link)


def test_the_read_view_still_shows_the_markdown_formatted(qtbot, editor: EntryEditor) -> None:
    body = _body(editor)
    qtbot.keyClicks(body, "**bold**")
    qtbot.keyClick(body, Qt.Key.Key_E, CTRL)
    assert editor.body_stack.currentWidget() is editor.reader
    assert editor.reader.toPlainText().strip() == "bold"
