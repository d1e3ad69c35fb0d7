"""Desktop manners: one Companion per profile, the area shown last, covering the journal
while another app is in front, and the screenshot switch."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from companion.app import EXIT_ALREADY_OPEN, run_app
from companion.services.profile import ProfileService
from companion.ui import capture_guard
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
    if sys.platform != "win32":
        assert not dialog.capture_box.isEnabled()
        assert "Windows" in dialog.capture_note.text()
        assert not capture_guard.set_blocked(window, True)
    dialog.close()
