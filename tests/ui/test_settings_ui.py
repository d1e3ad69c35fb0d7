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


# A settings file edited by hand: every setting Companion keeps, each with a value of the wrong
# type or one it never takes. (A whole number out of its range is brought within it instead:
# see test_checkin_ui.)
HAND_EDITED = """\
[appearance]
language=klingon
theme=purple

[security]
autoLockMinutes=7

[reminders]
beforeSession=perhaps
afterSession=2
shown=@ByteArray(before:12)

[privacy]
hideWhenInactive=yes please
blockScreenshots=@ByteArray(\\x1)

[window]
lastArea=@Point(1 2)
geometryBase64=not base64 at all!
stateBase64=@ByteArray(c3RhdGU=)

[checkins]
threshold=lots
signal=maybe
nudge_days=a fortnight

[attachments]
openingExplained=not really
"""


def test_a_hand_edited_settings_file_gives_the_defaults(tmp_path) -> None:
    """Every value read back from the settings file is checked against the declared table."""
    from PySide6.QtCore import QSettings

    from companion.ui.checkins.preferences import CheckInPreferences
    from companion.ui.preferences import SETTINGS

    path = tmp_path / "edited.ini"
    path.write_text(HAND_EDITED, encoding="utf-8")
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    assert set(settings.allKeys()) == {s.key for s in SETTINGS}, "the file covers every setting"
    prefs = Preferences(settings)
    for setting in SETTINGS:
        assert prefs.read(setting) == setting.default, setting.key
    assert prefs.language == ""
    assert prefs.theme is ThemeChoice.SYSTEM
    assert prefs.auto_lock_minutes == 5
    assert not (prefs.remind_before_session or prefs.remind_after_session)
    assert prefs.reminded() == []
    assert not (prefs.hide_when_inactive or prefs.block_screenshots)
    assert prefs.last_area == ""
    assert prefs.window_state() == (None, None)
    checkins = CheckInPreferences(settings)
    assert (checkins.threshold, checkins.signal_enabled, checkins.nudge_days) == (6, True, 14)


def test_settings_keep_their_keys_and_read_back_what_was_written(tmp_path) -> None:
    """The keys on disk are the ones earlier versions wrote (people keep their settings)."""
    from PySide6.QtCore import QSettings

    from companion.ui import preferences as p

    assert {s.key: s.default for s in p.SETTINGS} == {
        "appearance/language": "",
        "appearance/theme": "system",
        "security/autoLockMinutes": 5,
        "reminders/beforeSession": False,
        "reminders/afterSession": False,
        "reminders/shown": (),
        "privacy/hideWhenInactive": False,
        "privacy/blockScreenshots": False,
        "window/lastArea": "",
        "window/geometryBase64": None,
        "window/stateBase64": None,
        "checkins/threshold": 6,
        "checkins/signal": True,
        "checkins/nudge_days": 14,
        "attachments/openingExplained": False,
    }
    path = tmp_path / "settings.ini"
    prefs = p.Preferences(QSettings(str(path), QSettings.Format.IniFormat))
    prefs.language, prefs.theme, prefs.auto_lock_minutes = "de", ThemeChoice.DARK, None
    prefs.set_reminded([f"before:{n}" for n in range(150)])
    prefs.last_area = "goals"
    prefs.sync()
    again = p.Preferences(QSettings(str(path), QSettings.Format.IniFormat))
    assert (again.language, again.theme, again.auto_lock_minutes) == ("de", ThemeChoice.DARK, None)
    assert again.reminded() == [f"before:{n}" for n in range(50, 150)]
    assert again.last_area == "goals"
    again.write(p.CHECKIN_THRESHOLD, 42)  # brought within 0-10, as read back
    assert again.read(p.CHECKIN_THRESHOLD) == 10
