"""The menus a desktop user expects: Edit's Undo, Redo, Cut, Copy, Paste and Select all act on
the focused text field (and are enabled only when they can), Find still searches the journal,
Help lists every keyboard shortcut (read from the actions themselves) and explains how the
data is protected. Menus are opened and their items chosen with the keyboard, as a user
would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu

from companion.ui.help_windows import PrivacyDialog, ShortcutsDialog
from companion.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _choose(qtbot, window: MainWindow, menu_key: Qt.Key, item_key: Qt.Key) -> None:
    """Open a menu of the menu bar with Alt+its letter and choose an item by its letter."""
    focus = QApplication.focusWidget() or window
    qtbot.keyClick(focus, menu_key, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=2000)
    popup = QApplication.activePopupWidget()
    assert popup is not None
    qtbot.keyClick(popup, item_key)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=2000)


def _new_entry_title(qtbot, window: MainWindow, text: str) -> QLineEdit:
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    title = window.journal_view.editor.title_edit
    title.setFocus()
    qtbot.waitUntil(title.hasFocus, timeout=2000)
    qtbot.keyClicks(title, text)
    return title


def test_the_edit_menu_copies_and_pastes_in_the_focused_field(qtbot, window: MainWindow) -> None:
    edit = window.text_actions
    title = _new_entry_title(qtbot, window, "Brave day")
    assert not edit.copy.isEnabled() and not edit.cut.isEnabled()  # nothing selected yet
    assert edit.undo.isEnabled() and edit.select_all.isEnabled()
    _choose(qtbot, window, Qt.Key.Key_E, Qt.Key.Key_A)  # Edit → Select all
    assert title.selectedText() == "Brave day"
    assert edit.copy.isEnabled() and edit.cut.isEnabled()
    QApplication.clipboard().clear()
    _choose(qtbot, window, Qt.Key.Key_E, Qt.Key.Key_C)  # Edit → Copy
    assert QApplication.clipboard().text() == "Brave day"
    assert edit.paste.isEnabled()
    _choose(qtbot, window, Qt.Key.Key_E, Qt.Key.Key_T)  # Edit → Cut
    assert title.text() == "" and QApplication.clipboard().text() == "Brave day"
    body = window.journal_view.editor.body_edit
    body.setFocus()
    qtbot.waitUntil(body.hasFocus, timeout=2000)
    _choose(qtbot, window, Qt.Key.Key_E, Qt.Key.Key_P)  # Edit → Paste, into the text now
    assert body.toPlainText() == "Brave day"
    _choose(qtbot, window, Qt.Key.Key_E, Qt.Key.Key_U)  # Edit → Undo
    assert body.toPlainText() == ""
    assert edit.redo.isEnabled()
    _choose(qtbot, window, Qt.Key.Key_E, Qt.Key.Key_R)  # Edit → Redo
    assert body.toPlainText() == "Brave day"


def test_the_edit_commands_are_off_where_they_cannot_act(qtbot, window: MainWindow) -> None:
    edit = window.text_actions
    window.nav.setFocus()  # the list of areas: no text to act on
    qtbot.waitUntil(window.nav.hasFocus, timeout=2000)
    assert not any(a.isEnabled() for a in edit.actions)
    # the read view can be copied from, not written in
    title = _new_entry_title(qtbot, window, "")
    body = window.journal_view.editor.body_edit
    qtbot.keyClicks(body, "words to read")
    qtbot.keyClick(body, Qt.Key.Key_E, CTRL)
    reader = window.journal_view.editor.reader
    reader.setFocus()
    qtbot.waitUntil(reader.hasFocus, timeout=2000)
    QApplication.clipboard().setText("something")
    assert not edit.paste.isEnabled() and not edit.undo.isEnabled()
    qtbot.keyClick(reader, Qt.Key.Key_A, CTRL)
    assert edit.copy.isEnabled() and not edit.cut.isEnabled()
    # an empty clipboard: nothing to paste
    title.setFocus()
    qtbot.waitUntil(title.hasFocus, timeout=2000)
    QApplication.clipboard().clear()
    assert not edit.paste.isEnabled()
    QApplication.clipboard().setText("again")
    assert edit.paste.isEnabled()


def test_find_still_searches_the_journal(qtbot, window: MainWindow) -> None:
    window.show_area_key("home")
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert window.current_area_key() == "journal"
    qtbot.waitUntil(window.journal_view.search_edit.hasFocus, timeout=2000)


def test_keyboard_shortcuts_lists_every_action_with_a_shortcut_and_filters(
    qtbot, window: MainWindow
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Slash, CTRL)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    listed = dialog.visible_commands()
    # every named action of the window with a shortcut is there (areas built to be sure)
    expected = {
        a.text().replace("&", "").rstrip("…").strip()
        for a in window.findChildren(QAction)
        if a.text() and any(not k.isEmpty() for k in a.shortcuts())
    }
    assert expected <= set(listed)
    for name in ("New entry", "Lock", "Copy", "Paste", "Undo", "Search the journal"):
        assert name in listed
    for name in ("Bold", "Italic", "Switch between writing and reading", "After a session"):
        assert name in listed
    rows = {s.command: s for s in dialog.shortcuts}
    assert rows["Bold"].keys == QKeySequence("Ctrl+B").toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert rows["Bold"].where == "Journal" and rows["Copy"].where == "Edit"
    # typing filters: by command, by key, by place
    qtbot.keyClicks(dialog.search_edit, "ital")
    assert dialog.visible_commands() == ["Italic"]
    dialog.search_edit.clear()
    qtbot.keyClicks(dialog.search_edit, "ctrl+shift+s")
    assert dialog.visible_commands() == ["Safety plan"]
    dialog.search_edit.clear()
    qtbot.keyClicks(dialog.search_edit, "edit copy")
    assert dialog.visible_commands() == ["Copy"]
    qtbot.keyClicks(dialog.search_edit, "zzz")
    assert dialog.visible_commands() == []
    assert dialog.stack.currentWidget() is dialog.nothing_label
    assert "No shortcut matches" in dialog.nothing_label.text()
    dialog.search_edit.clear()
    assert len(dialog.visible_commands()) == len(listed)
    # asked again, the open window comes forward (one at a time)
    qtbot.keyClick(window, Qt.Key.Key_Slash, CTRL)
    assert len([d for d in window.findChildren(ShortcutsDialog) if d.isVisible()]) == 1
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_help_opens_how_companion_protects_your_data(qtbot, window: MainWindow) -> None:
    _choose(qtbot, window, Qt.Key.Key_H, Qt.Key.Key_P)  # Help → How Companion protects…
    dialog = window.findChild(PrivacyDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    text = dialog.text.toPlainText()
    for words in ("on this computer", "encrypted", "recovery key", "keychain", "backup"):
        assert words in text
    assert "never connects to the internet" in text
    qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_help_opens_the_shortcuts_from_the_menu_while_locked_too(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    assert window.is_locked
    _choose(qtbot, window, Qt.Key.Key_H, Qt.Key.Key_K)  # Help → Keyboard shortcuts
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and "Lock" in dialog.visible_commands()
