"""The open journal entry survives locking, unlocking and a language switch (a tester saw it
emptied and then saved over)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from companion.domain.journal import EntryDraft
from companion.ui import i18n
from companion.ui.main_window import MainWindow
from tests.support.window_actions import _choose
from tests.ui.conftest import PASSPHRASE


def _unlock(qtbot, window: MainWindow) -> None:
    panel = window.lock_panel
    assert panel is not None
    qtbot.keyClicks(panel.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(panel.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=10_000)


def test_lock_unlock_then_language_switch_keeps_the_open_entry(qtbot, window: MainWindow) -> None:
    profile = window.profile
    assert profile is not None
    entry = profile.journal.create(
        EntryDraft(title="A hard week at work", body="My manager", mood=4, tags=("work",))
    )
    window.journal_view.load()
    editor = window.journal_view.editor
    assert editor.entry_id == entry.id
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked
    _unlock(qtbot, window)
    assert editor.title_edit.text() == "A hard week at work"
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    try:
        _choose(qtbot, dialog, "language_combo", "de")
        assert window.nav.item(1).text() == "Tagebuch"
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        editor = window.journal_view.editor  # the journal was built again, in German
        assert editor.entry_id == entry.id
        assert editor.title_edit.text() == "A hard week at work"
        assert editor.body_edit.toPlainText() == "My manager"
        assert editor.tag_edit.tags() == ["work"]
        qtbot.keyClick(editor.body_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(editor.body_edit, " Also:")
        assert editor.flush()
        window_profile = window.profile
        assert window_profile is not None
        stored = window_profile.journal.get(entry.id)
        assert (stored.title, stored.body, stored.tags) == (
            "A hard week at work",
            "My manager Also:",
            ("work",),
        )
    finally:
        i18n.remove_translators(QApplication.instance())  # English, the system locale
