"""Locking on demand and when idle, and unlocking back to the same place."""

from __future__ import annotations

from PySide6.QtCore import Qt

from companion.domain.journal import EntryDraft
from companion.ui.main_window import APP_FILTERS_AFTER_MS, MainWindow
from tests.ui.conftest import PASSPHRASE


def _unlock(qtbot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    panel = window.lock_panel
    assert panel is not None
    qtbot.keyClicks(panel.passphrase_edit, passphrase)
    qtbot.keyClick(panel.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=10_000)


def test_ctrl_l_saves_covers_and_drops_the_key_then_unlock_returns(
    qtbot, window: MainWindow
) -> None:
    profile = window.profile
    assert profile is not None
    other = profile.journal.create(EntryDraft(title="Other", body="x"))
    target = profile.journal.create(EntryDraft(title="Target", body="start"))
    window.journal_view.load()
    window.journal_view.open_entry(other.id)
    body = window.journal_view.editor.body_edit
    qtbot.keyClick(body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(body, " unsaved words")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked and profile.is_locked
    assert window.screens.currentWidget() is window.lock_panel
    editor = window.journal_view.editor
    assert editor.body_edit.toPlainText() == "" and editor.title_edit.text() == ""
    assert window.journal_view.model.rowCount() == 0
    assert not window.new_action.isEnabled()
    _unlock(qtbot, window)
    assert window.screens.currentIndex() == 0
    assert window.journal_view.editor.entry_id == other.id
    assert window.journal_view.editor.body_edit.toPlainText() == "x unsaved words"
    assert window.profile is not None
    assert window.profile.journal.get(target.id).body == "start"


def test_wrong_passphrase_on_the_lock_screen_waits_longer_each_time(
    qtbot, window: MainWindow
) -> None:
    window.lock()
    panel = window.lock_panel
    assert panel is not None
    for _attempt in (1, 2):
        panel.passphrase_edit.clear()
        qtbot.keyClicks(panel.passphrase_edit, "wrong guess")
        qtbot.waitUntil(lambda: panel.unlock_button.isEnabled(), timeout=5000)
        qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "did not open" in panel.error_label.text(), timeout=10_000)
        assert window.is_locked
    assert not panel.unlock_button.isEnabled()  # waiting after the second failure
    assert "try again in" in panel.error_label.text()
    qtbot.waitUntil(lambda: panel.unlock_button.isEnabled(), timeout=5000)
    panel.passphrase_edit.clear()
    _unlock(qtbot, window)


def test_recovery_key_on_the_lock_screen(qtbot, window: MainWindow) -> None:
    profile = window.profile
    assert profile is not None
    key = profile.recovery_key()
    window.lock()
    panel = window.lock_panel
    assert panel is not None
    qtbot.mouseClick(panel.switch_button, Qt.MouseButton.LeftButton)
    assert panel.method == "recovery"
    qtbot.keyClicks(panel.recovery_edit, key.replace("-", "").lower())
    qtbot.keyClick(panel.recovery_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=10_000)


def test_idle_auto_lock(qtbot, window: MainWindow) -> None:
    window.idle.set_interval_ms(200)
    qtbot.waitUntil(lambda: window.is_locked, timeout=5000)


def test_typing_keeps_the_window_from_locking_once_it_is_up(qtbot, window: MainWindow) -> None:
    """Input is noticed app-wide from a moment after the window is up (the filter is not
    there during the start-up's thousands of events)."""
    qtbot.wait(APP_FILTERS_AFTER_MS + 100)
    window.idle.set_interval_ms(400)
    editor = window.journal_view.editor
    for _ in range(8):  # 800 ms of typing, twice the idle time
        qtbot.keyClick(editor.body_edit, Qt.Key.Key_A)
        qtbot.wait(100)
    assert not window.is_locked
    qtbot.waitUntil(lambda: window.is_locked, timeout=5000)  # then it does lock


def test_auto_lock_off_never_locks(qtbot, window: MainWindow) -> None:
    window.idle.set_minutes(None)
    qtbot.wait(300)
    assert not window.is_locked


def test_closing_saves_pending_edits(qtbot, window: MainWindow, service) -> None:
    editor = window.journal_view.editor
    qtbot.keyClicks(editor.body_edit, "written just before closing")
    window.close()
    assert window.profile is None
    reopened = service.unlock_with_passphrase(PASSPHRASE)
    assert [
        e.preview
        for e in reopened.journal.list(
            __import__("companion.domain.journal", fromlist=["EntryFilter"]).EntryFilter()
        )
    ] == ["written just before closing"]
    reopened.lock()


def test_a_search_typed_just_before_locking_is_hidden_and_comes_back(qtbot, window: MainWindow):
    profile = window.profile
    assert profile is not None
    profile.journal.create(EntryDraft(body="about my sister"))
    profile.journal.create(EntryDraft(body="other things"))
    window.journal_view.load()
    view = window.journal_view
    qtbot.keyClicks(view.search_edit, "sister")
    window.lock()  # before the search timer fires
    assert view.search_edit.text() == ""
    qtbot.wait(300)  # the timer must not run a query on the closed database
    _unlock(qtbot, window)
    assert view.search_edit.text() == "sister"
    assert view.model.entry_count() == 1
