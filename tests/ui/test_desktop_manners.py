"""Desktop manners: one Companion per profile, the area shown last, covering the journal
while another app is in front, and the screenshot switch."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QWidget

from companion.app import EXIT_ALREADY_OPEN, run_app
from companion.services.profile import ProfileService
from companion.ui import capture_guard, privacy_veil
from companion.ui.main_window import MainWindow
from companion.ui.preferences import Preferences
from companion.ui.single_instance import SingleInstance


def test_a_second_instance_cannot_take_the_lock_and_asks_the_first_to_come_forward(
    qtbot, tmp_path: Path
) -> None:
    first, second = SingleInstance(tmp_path / "p"), SingleInstance(tmp_path / "p")
    assert first.acquire()
    raised: list[bool] = []
    first.watch(lambda: raised.append(True))
    try:
        assert not second.acquire()
        second.request_raise()
        qtbot.waitUntil(lambda: raised == [True], timeout=5000)
        content = first.raise_path.read_text() if first.raise_path.exists() else ""
        assert content == ""  # the request is consumed (and never held journal content)
    finally:
        first.release()
    assert second.acquire()  # released with the first
    second.release()


def test_the_raise_request_brings_the_window_forward(qtbot, window: MainWindow, tmp_path):
    window.showMinimized()
    instance = SingleInstance(tmp_path / "p")
    assert instance.acquire()
    instance.watch(window.bring_forward)
    try:
        SingleInstance(tmp_path / "p").request_raise()
        qtbot.waitUntil(lambda: not window.isMinimized(), timeout=5000)
    finally:
        instance.release()


def test_exit_when_ready_on_an_open_profile_fails_clearly(profile_dir: Path, capsys) -> None:
    holder = SingleInstance(profile_dir)
    assert holder.acquire()
    try:
        code = run_app(data_dir=profile_dir, demo=False, exit_when_ready=True, passphrase=None)
    finally:
        holder.release()
    assert code == EXIT_ALREADY_OPEN
    assert "already open" in capsys.readouterr().err


def test_the_area_shown_last_is_remembered_as_a_key(
    qtbot, window: MainWindow, service: ProfileService, qt_settings: QSettings
) -> None:
    window.show_area_key("goals")
    window.close()
    assert qt_settings.value("window/lastArea") == "goals"
    profile = service.unlock_with_passphrase("correct horse battery")
    again = MainWindow(service, profile, Preferences())
    qtbot.addWidget(again)
    again.show()
    again.start(background_work=False)
    assert again.current_area_key() == "goals"
    profile.lock()


def test_locking_remembers_the_area_and_an_unknown_key_is_ignored(
    qtbot, window: MainWindow, service: ProfileService, qt_settings: QSettings
) -> None:
    window.show_area_key("feedback")
    window.lock()
    assert qt_settings.value("window/lastArea") == "feedback"
    qt_settings.setValue("window/lastArea", "no such area")
    profile = service.unlock_with_passphrase("correct horse battery")
    again = MainWindow(service, profile, Preferences())
    qtbot.addWidget(again)
    again.start(background_work=False)
    assert again.current_area_key() == "home"
    profile.lock()


def test_the_journal_is_covered_while_another_app_is_in_front(window: MainWindow) -> None:
    window._application_state_changed(Qt.ApplicationState.ApplicationInactive)
    assert not window.is_covered  # off by default
    Preferences().hide_when_inactive = True
    window._application_state_changed(Qt.ApplicationState.ApplicationInactive)
    assert window.is_covered
    assert not window.is_locked  # covering is not locking
    assert window.privacy_cover.grab() is not None
    window._application_state_changed(Qt.ApplicationState.ApplicationActive)
    assert not window.is_covered
    assert window.screens.currentIndex() == 0


def test_a_locked_window_stays_on_its_lock_panel_after_coming_back(window: MainWindow) -> None:
    Preferences().hide_when_inactive = True
    window.lock()
    window._application_state_changed(Qt.ApplicationState.ApplicationInactive)
    window._application_state_changed(Qt.ApplicationState.ApplicationActive)
    assert window.screens.currentWidget() is window.lock_panel


def test_settings_offer_the_privacy_switches(qtbot, window: MainWindow) -> None:
    window.open_settings()
    dialog = window.settings_dialog
    assert not dialog.hide_box.isChecked()
    dialog.hide_box.setChecked(True)
    assert Preferences().hide_when_inactive
    window._application_state_changed(Qt.ApplicationState.ApplicationInactive)
    assert window.is_covered
    dialog.hide_box.setChecked(False)
    assert not window.is_covered
    assert not dialog.capture_box.isChecked()  # off by default: it breaks screen sharing
    if sys.platform not in ("win32", "darwin"):
        assert not dialog.capture_box.isEnabled()
        assert "Windows" in dialog.capture_note.text()
        assert not capture_guard.set_blocked(window, True)
    dialog.close()


def test_open_dialogs_are_veiled_too_while_another_app_is_in_front(
    qtbot, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    Preferences().hide_when_inactive = True
    dialog = QDialog(window)
    QVBoxLayout(dialog).addWidget(QLabel("CANARY dialog text"))
    dialog.resize(320, 200)
    dialog.show()
    qtbot.waitExposed(dialog)
    window._application_state_changed(Qt.ApplicationState.ApplicationInactive)
    veil = dialog.findChild(privacy_veil.Veil)
    assert veil is not None and veil.isVisible()
    assert veil.geometry() == dialog.rect()
    assert dialog.childAt(dialog.rect().center()) is veil  # it lies on top of the content
    dialog.resize(400, 260)
    assert veil.geometry() == dialog.rect()  # and follows the dialog's size
    assert dialog.isVisible()  # the dialog itself goes on (with its state and modality)
    window._application_state_changed(Qt.ApplicationState.ApplicationActive)
    qtbot.waitUntil(lambda: dialog.findChild(privacy_veil.Veil) is None)
    assert dialog.childAt(dialog.rect().center()) is not veil
    dialog.close()


def test_screenshot_blocking_covers_dialogs_opened_later(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    calls: list[tuple[QWidget, bool]] = []
    monkeypatch.setattr(capture_guard, "available", lambda platform=None: True)
    monkeypatch.setattr(
        capture_guard, "set_blocked", lambda w, on, platform=None: calls.append((w, on)) or True
    )
    window.block_screenshots(True)
    assert (window, True) in calls
    dialog = QDialog(window)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert (dialog, True) in calls
    window.block_screenshots(False)
    assert (window, False) in calls
    calls.clear()
    later = QDialog(window)
    later.show()
    qtbot.waitExposed(later)
    assert calls == []  # off again: new windows are left alone
    dialog.close()
    later.close()


def test_the_macos_bridge_sets_the_windows_sharing_type() -> None:
    sent: list[tuple[str, int, int]] = []
    selectors = {b"window": 11, b"setSharingType:": 22}

    def get(receiver: int, selector: int) -> int | None:
        sent.append(("get", receiver, selector))
        return 500 if receiver == 7 else None

    def put(receiver: int, selector: int, value: int) -> None:
        sent.append(("set", receiver, value))

    bridge = capture_guard.MacBridge(selectors.__getitem__, get, put)
    assert bridge.set_sharing(7, True)
    assert sent == [("get", 7, 11), ("set", 500, capture_guard.NS_WINDOW_SHARING_NONE)]
    sent.clear()
    assert bridge.set_sharing(7, False)
    assert sent[-1] == ("set", 500, capture_guard.NS_WINDOW_SHARING_READ_ONLY)
    assert not bridge.set_sharing(0, True)  # no native view yet
    assert not bridge.set_sharing(8, True)  # a view without a window
    assert capture_guard.available("darwin") and capture_guard.available("win32")
    assert not capture_guard.available("linux")


def test_the_window_size_is_kept_as_text_never_as_a_pickled_object(qt_settings) -> None:
    from companion.ui.preferences import Preferences

    prefs = Preferences(qt_settings)
    prefs.save_window_state(b"\x01geometry\x00", b"state\xff")
    qt_settings.sync()
    assert Preferences(qt_settings).window_state() == (b"\x01geometry\x00", b"state\xff")
    stored = [qt_settings.value(key) for key in qt_settings.allKeys() if key.startswith("window/")]
    assert stored and all(isinstance(value, str) for value in stored)
    from pathlib import Path

    assert b"PyObjectWrapper" not in Path(qt_settings.fileName()).read_bytes()
