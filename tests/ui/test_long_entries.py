"""The longest entries: a clear message over the limit, nothing lost, and one long line that
stays quick to lay out (wrapped anywhere rather than at word boundaries)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QApplication

from companion.domain.journal import BODY_MAX, EntryDraft
from companion.ui.journal.editor import EntryEditor
from companion.ui.main_window import MainWindow

ANYWHERE = QTextOption.WrapMode.WrapAnywhere


def _editor(window: MainWindow) -> EntryEditor:
    return window.journal_view.editor


def _paste(qtbot, widget, text: str) -> None:
    QApplication.clipboard().setText(text)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_pasting_more_than_the_limit_says_so_keeps_it_and_saves_once_shorter(
    qtbot, window: MainWindow
) -> None:
    profile = window.profile
    assert profile is not None
    entry = profile.journal.create(EntryDraft(title="Long", body="start "))
    window.journal_view.load()
    editor = _editor(window)
    body = editor.body_edit
    qtbot.keyClick(body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    pasted = "y" * (BODY_MAX + 20_000)
    _paste(qtbot, body, pasted)
    assert body.wordWrapMode() == ANYWHERE
    assert not editor.flush()
    assert editor.limit_label.isVisible()
    assert "120,006" in editor.limit_label.text() and "100,000" in editor.limit_label.text()
    assert editor.status_label.text() == "Not saved"
    assert body.toPlainText() == "start " + pasted
    assert profile.journal.get(entry.id).body == "start "
    # cut back under the limit with the keyboard: the message goes and it saves
    qtbot.keyClick(body, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(body, "shorter now")
    qtbot.waitUntil(lambda: editor.status_label.text() == "Saved", timeout=5000)
    assert not editor.limit_label.isVisible()
    assert profile.journal.get(entry.id).body == "shorter now"
    assert body.wordWrapMode() != ANYWHERE


def test_an_entry_over_the_limit_is_not_lost_by_switching_new_entry_or_locking(
    qtbot, window: MainWindow
) -> None:
    profile = window.profile
    assert profile is not None
    other = profile.journal.create(EntryDraft(title="Other", body="other text"))
    entry = profile.journal.create(EntryDraft(title="Long", body=""))
    window.journal_view.load()
    view = window.journal_view
    editor = _editor(window)
    assert editor.entry_id == entry.id
    too_long = "z" * (BODY_MAX + 1)
    _paste(qtbot, editor.body_edit, too_long)
    # another entry in the list: the editor stays on the long one
    qtbot.mouseClick(
        view.list_view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.list_view.visualRect(view.model.index(view.model.row_of(other.id))).center(),
    )
    assert editor.entry_id == entry.id and editor.body_edit.toPlainText() == too_long
    assert "stays open" in window.statusBar().currentMessage()  # not silently (a user test)
    qtbot.waitUntil(
        lambda: view.list_view.currentIndex().row() == view.model.row_of(entry.id), timeout=2000
    )
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert editor.entry_id == entry.id and editor.body_edit.toPlainText() == too_long
    # locking cannot wait; the text comes back after unlocking
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked and editor.body_edit.toPlainText() == ""
    panel = window.lock_panel
    assert panel is not None
    from tests.ui.conftest import PASSPHRASE

    qtbot.keyClicks(panel.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(panel.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=10_000)
    assert editor.entry_id == entry.id
    assert editor.body_edit.toPlainText() == too_long
    assert editor.limit_label.isVisible()
    # shortened, it saves (and closing the window has nothing to ask)
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Backspace)
    assert editor.flush()
    assert window.profile is not None
    assert window.profile.journal.get(entry.id).body == too_long[:-1]


def test_the_largest_entry_on_one_line_opens_wrapped_anywhere_in_both_views(
    qtbot, window: MainWindow
) -> None:
    profile = window.profile
    assert profile is not None
    profile.journal.create(EntryDraft(title="One line", body="w" * BODY_MAX))
    window.journal_view.load()
    editor = _editor(window)
    assert editor.body_edit.wordWrapMode() == ANYWHERE
    assert not editor.limit_label.isVisible()
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert editor.body_stack.currentWidget() is editor.reader
    assert editor.reader.wordWrapMode() == ANYWHERE


def test_ordinary_text_keeps_wrapping_at_word_boundaries(qtbot, window: MainWindow) -> None:
    profile = window.profile
    assert profile is not None
    profile.journal.create(EntryDraft(body="a few words of prose " * 4000))
    window.journal_view.load()
    editor = _editor(window)
    assert editor.body_edit.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere


def test_a_title_pasted_too_long_is_never_cut_silently(qtbot, window: MainWindow) -> None:
    from companion.domain.journal import TITLE_MAX

    profile = window.profile
    assert profile is not None
    entry = profile.journal.create(EntryDraft(title="Short", body="text"))
    window.journal_view.load()
    editor = _editor(window)
    title = editor.title_edit
    title.selectAll()
    _paste(qtbot, title, "t" * (TITLE_MAX + 50))
    assert len(title.text()) == TITLE_MAX + 50  # all of it is still there
    assert not editor.flush()
    assert str(TITLE_MAX) in editor.status_label.text()
    assert profile.journal.get(entry.id).title == "Short"  # not saved cut short
    qtbot.keyClick(title, Qt.Key.Key_End)
    for _ in range(50):
        qtbot.keyClick(title, Qt.Key.Key_Backspace)
    assert editor.flush()
    assert profile.journal.get(entry.id).title == "t" * TITLE_MAX
