"""Settings: unlock methods, recovery key, auto-lock and theme."""

from __future__ import annotations

import stat

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from companion.ui.main_window import MainWindow
from companion.ui.preferences import Preferences
from companion.ui.recovery_key_widgets import RecoveryKeyPanel
from companion.ui.settings_dialog import SettingsDialog
from companion.ui.theme import ThemeChoice, is_dark, is_high_contrast, system_prefers_dark
from tests.support.file_dialogs import answer_save_dialog
from tests.ui.conftest import PASSPHRASE


def _open(qtbot, window: MainWindow) -> SettingsDialog:
    window.settings_action.trigger()
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_auto_lock_choice_is_remembered_and_applied(qtbot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    index = dialog.lock_combo.findData(15)
    dialog.lock_combo.setCurrentIndex(index)
    dialog.lock_combo.activated.emit(index)
    assert Preferences().auto_lock_minutes == 15
    never = dialog.lock_combo.findData(None)
    dialog.lock_combo.setCurrentIndex(never)
    dialog.lock_combo.activated.emit(never)
    assert Preferences().auto_lock_minutes is None


def test_theme_switches_live(qtbot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    app = QApplication.instance()
    for choice, dark in (
        (ThemeChoice.DARK, True),
        (ThemeChoice.HIGH_CONTRAST, system_prefers_dark()),
        (ThemeChoice.LIGHT, False),
    ):
        index = dialog.theme_combo.findData(choice.value)
        dialog.theme_combo.setCurrentIndex(index)
        dialog.theme_combo.activated.emit(index)
        assert is_dark(app) is dark
        assert is_high_contrast(app) is (choice is ThemeChoice.HIGH_CONTRAST)
        assert Preferences().theme is choice


def test_show_recovery_key_while_unlocked(qtbot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    dialog.show_key_button.click()
    shown = dialog.key_dialog
    assert window.profile is not None
    key = window.profile.recovery_key()
    assert any(label.text() == key for label in shown.findChildren(QLabel))


def test_recovery_key_is_saved_to_a_file_from_settings(
    qtbot, window: MainWindow, tmp_path, monkeypatch
) -> None:
    dialog = _open(qtbot, window)
    qtbot.mouseClick(dialog.show_key_button, Qt.MouseButton.LeftButton)
    shown = dialog.key_dialog
    qtbot.waitExposed(shown)
    (panel,) = shown.findChildren(RecoveryKeyPanel)
    target = tmp_path / "Companion recovery key.txt"
    asked = answer_save_dialog(monkeypatch, target)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert asked == ["Save recovery key"]
    assert window.profile is not None
    assert window.profile.recovery_key() in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_store_key_in_keychain_then_remove_passphrase(
    qtbot, window: MainWindow, service, memory_keyring
) -> None:
    dialog = _open(qtbot, window)
    assert "Keychain: off" in dialog.unlock_status.text()
    dialog.keychain_button.click()
    assert "Keychain: on" in dialog.unlock_status.text()
    assert len(memory_keyring.items) == 1
    window.lock()
    window.lock_panel.try_keychain_silently()
    qtbot.waitUntil(lambda: not window.is_locked, timeout=10_000)


def test_change_passphrase(qtbot, window: MainWindow, service, monkeypatch) -> None:
    from companion.ui import settings_dialog

    class Answered(settings_dialog.PassphraseDialog):
        def exec(self) -> int:
            self.current_edit.setText(PASSPHRASE)
            self.new_edit.setText("a brand new phrase")
            self.again_edit.setText("a brand new phrase")
            self._check()
            return self.result()

    monkeypatch.setattr(settings_dialog, "PassphraseDialog", Answered)
    dialog = _open(qtbot, window)
    dialog.passphrase_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() == "Passphrase saved.", timeout=10_000)
    window.lock()
    service.unlock_with_passphrase("a brand new phrase").lock()


def test_wrong_current_passphrase_changes_nothing(
    qtbot, window: MainWindow, service, monkeypatch
) -> None:
    from companion.ui import settings_dialog

    class Answered(settings_dialog.PassphraseDialog):
        def exec(self) -> int:
            self.current_edit.setText("not the passphrase")
            self.new_edit.setText("a brand new phrase")
            self.again_edit.setText("a brand new phrase")
            self._check()
            return self.result()

    monkeypatch.setattr(settings_dialog, "PassphraseDialog", Answered)
    dialog = _open(qtbot, window)
    dialog.passphrase_button.click()
    qtbot.waitUntil(lambda: "not right" in dialog.message.text(), timeout=10_000)
    window.lock()
    service.unlock_with_passphrase(PASSPHRASE).lock()


def test_without_a_keychain_storing_the_key_there_is_not_offered(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    from companion.services.profile import KeychainStatus
    from companion.ui import settings_dialog

    reason = "No keychain service is running, so Companion cannot keep your key there."
    monkeypatch.setattr(settings_dialog, "keychain_status", lambda: KeychainStatus(False, reason))
    dialog = _open(qtbot, window)
    assert dialog.keychain_button.text() == "Store the key in the keychain"
    assert not dialog.keychain_button.isEnabled()
    assert dialog.keychain_button.toolTip() == reason
    assert "none available" in dialog.unlock_status.text()
    # the passphrase stays: without a keychain it is the way in
    assert not dialog.remove_passphrase_button.isEnabled()
