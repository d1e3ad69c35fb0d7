"""Settings: how Companion opens, the recovery key, auto-lock and appearance, sync between
computers (``sync_settings.py``), reminders and check-ins."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from companion.config import AUTO_LOCK_CHOICES
from companion.domain.wording import tr_n
from companion.services.errors import CompanionError, ProfileError
from companion.services.profile import (
    UnlockedProfile,
    keychain_status,
)
from companion.ui import capture_guard
from companion.ui.first_run import MIN_PASSPHRASE
from companion.ui.preferences import Preferences
from companion.ui.recovery_key_widgets import RecoveryKeyPanel
from companion.ui.reflow import follow_focus
from companion.ui.tasks import run_in_background
from companion.ui.theme import ThemeChoice
from companion.ui.window_size import open_at
from companion.wipe import wipe

if TYPE_CHECKING:
    from companion.ui.sync_runner import SyncRunner

log = logging.getLogger(__name__)


class PassphraseDialog(QDialog):
    """Asks for a new passphrase twice (and the current one when there is one)."""

    def __init__(self, has_current: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Change passphrase") if has_current else self.tr("Set a passphrase")
        )
        self.current_edit = QLineEdit()
        self.new_edit = QLineEdit()
        self.again_edit = QLineEdit()
        for edit, name in (
            (self.current_edit, self.tr("Current passphrase")),
            (self.new_edit, self.tr("New passphrase")),
            (self.again_edit, self.tr("New passphrase again")),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
        form = QFormLayout()
        if has_current:
            form.addRow(self.tr("Current"), self.current_edit)
        form.addRow(self.tr("New"), self.new_edit)
        form.addRow(self.tr("Again"), self.again_edit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(link);")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Your recovery key keeps working after this change.")))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._has_current = has_current

    def _check(self) -> None:
        new = self.new_edit.text()
        if len(new) < MIN_PASSPHRASE:
            self.message.setText(
                tr_n(
                    "PassphraseDialog",
                    "Please use at least %n [character|characters].",
                    MIN_PASSPHRASE,
                )
            )
            return
        if new != self.again_edit.text():
            self.message.setText(self.tr("The two new passphrases are not the same."))
            return
        self.accept()


class _WholeContentScroll(QScrollArea):
    """Scrolls up and down only, and asks for the room its content needs (the dialog is
    then as tall as the settings, or as the screen allows)."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        follow_focus(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the settings' words changed: the dialog fits them again
        return super().eventFilter(watched, event)

    def _bar(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)

    def sizeHint(self) -> QSize:
        inner = self.widget()
        return QSize() if inner is None else inner.sizeHint() + QSize(self._bar(), 0)

    def minimumSizeHint(self) -> QSize:
        inner = self.widget()
        if inner is None:
            return super().minimumSizeHint()
        return QSize(inner.minimumSizeHint().width() + self._bar(), 120)


class SettingsDialog(QDialog):
    themeChanged = Signal(object)
    autoLockChanged = Signal(object)
    remindersChanged = Signal()
    languageChanged = Signal()
    hideWhenInactiveChanged = Signal(bool)
    blockScreenshotsChanged = Signal(bool)

    def __init__(
        self,
        profile: UnlockedProfile,
        prefs: Preferences,
        parent: QWidget | None = None,
        *,
        sync_runner: SyncRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self._prefs = prefs
        self._sync_runner = sync_runner
        self._keychain = keychain_status()
        self._outer = QVBoxLayout(self)
        # never narrower than the buttons' words (German ones are long), and 560 px at least
        self._outer.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self._content: QWidget | None = None
        self._build()
        open_at(self, max(560, self.sizeHint().width()), self.sizeHint().height())

    def _build(self) -> None:
        """Every control, in the current language (built again when it changes)."""
        prefs, profile = self._prefs, self._profile
        self.setWindowTitle(self.tr("Settings"))
        content = QWidget()
        unlock_box = QGroupBox(self.tr("Opening Companion"))
        self.unlock_status = QLabel()
        self.unlock_status.setWordWrap(True)
        self.passphrase_button = QPushButton()
        self.remove_passphrase_button = QPushButton(self.tr("Remove passphrase"))
        self.keychain_button = QPushButton()
        self.show_key_button = QPushButton(self.tr("Show recovery key…"))
        self.new_key_button = QPushButton(self.tr("Create a new recovery key…"))
        self.passphrase_button.clicked.connect(self.change_passphrase)
        self.remove_passphrase_button.clicked.connect(self.remove_passphrase)
        self.keychain_button.clicked.connect(self.toggle_keychain)
        self.show_key_button.clicked.connect(self.show_recovery_key)
        self.new_key_button.clicked.connect(self.new_recovery_key)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Settings message"))
        ul = QVBoxLayout(unlock_box)
        ul.addWidget(self.unlock_status)
        row1 = QHBoxLayout()
        row1.addWidget(self.passphrase_button)
        row1.addWidget(self.remove_passphrase_button)
        row1.addWidget(self.keychain_button)
        row1.addStretch(1)
        row2 = QHBoxLayout()
        row2.addWidget(self.show_key_button)
        row2.addWidget(self.new_key_button)
        row2.addStretch(1)
        ul.addLayout(row1)
        ul.addLayout(row2)
        ul.addWidget(self.message)

        general = QGroupBox(self.tr("Privacy and appearance"))
        self.lock_combo = QComboBox()
        self.lock_combo.setAccessibleName(self.tr("Lock after inactivity"))
        for minutes in AUTO_LOCK_CHOICES:
            label = (
                self.tr("Never")
                if minutes is None
                else tr_n("SettingsDialog", "After %n [minute|minutes]", minutes)
            )
            self.lock_combo.addItem(label, minutes)
        self.lock_combo.setCurrentIndex(self.lock_combo.findData(prefs.auto_lock_minutes))
        self.lock_combo.activated.connect(self._auto_lock_chosen)
        self.theme_combo = QComboBox()
        self.theme_combo.setAccessibleName(self.tr("Theme"))
        for choice, label in (
            (ThemeChoice.SYSTEM, self.tr("Follow the system")),
            (ThemeChoice.LIGHT, self.tr("Light")),
            (ThemeChoice.DARK, self.tr("Dark")),
            (ThemeChoice.HIGH_CONTRAST, self.tr("High contrast")),
        ):
            self.theme_combo.addItem(label, choice.value)
        self.theme_combo.setCurrentIndex(self.theme_combo.findData(prefs.theme.value))
        self.theme_combo.activated.connect(self._theme_chosen)
        self.hide_box = QCheckBox(self.tr("&Hide my journal when Companion is not in front"))
        self.hide_box.setToolTip(
            self.tr(
                "Covers the window with a plain panel while you use another app. It does not "
                "lock Companion."
            )
        )
        self.hide_box.setChecked(prefs.hide_when_inactive)
        self.hide_box.toggled.connect(self._hide_chosen)
        self.capture_box = QCheckBox(self.tr("&Block screenshots of Companion"))
        self.capture_box.setChecked(prefs.block_screenshots and capture_guard.available())
        self.capture_box.setEnabled(capture_guard.available())
        self.capture_note = QLabel(
            self.tr(
                "Companion then also shows as a blank window when you share your screen, for "
                "example in a video session."
            )
            if capture_guard.available()
            else self.tr("Available on Windows and macOS only.")
        )
        if sys.platform == "darwin":
            self.capture_note.setText(
                self.tr(
                    "Companion then also shows as a blank window when you share your screen. "
                    "Some newer recording apps on macOS may still see it."
                )
            )
        self.capture_note.setWordWrap(True)
        self.capture_note.setEnabled(False)
        self.capture_box.setAccessibleDescription(self.capture_note.text())
        self.capture_box.toggled.connect(self._capture_chosen)
        gl = QFormLayout(general)
        gl.addRow(self.tr("&Lock Companion"), self.lock_combo)
        gl.addRow(self.tr("&Theme"), self.theme_combo)
        from companion.ui import i18n

        self.language_combo = QComboBox()
        for value, label in i18n.language_choices():
            self.language_combo.addItem(label, value)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(prefs.language)))
        self.language_combo.setAccessibleName(i18n.language_label().replace("&", ""))
        self.language_combo.setToolTip(i18n.language_hint())
        combo = self.language_combo
        combo.activated.connect(lambda _index: self._language_chosen(combo))
        gl.addRow(i18n.language_label(), self.language_combo)
        self.language_note = QLabel()  # "Language changed.", next to the choice
        self.language_note.hide()
        gl.addRow("", self.language_note)
        from companion.ui.journal.history_settings import HistoryRetentionBox

        self.history_box = HistoryRetentionBox(profile.journal.history)
        gl.addRow(self.tr("Keep entry &history for"), self.history_box)
        gl.addRow(self.hide_box)
        gl.addRow(self.capture_box)
        gl.addRow(self.capture_note)

        from companion.services.attachments import AttachmentService
        from companion.ui.attachments.settings_group import AttachmentSettingsGroup

        old_files = getattr(self, "files_box", None)
        if old_files is not None:
            old_files.stop()
        self.files_box = AttachmentSettingsGroup(
            profile.service(AttachmentService), profile.changes
        )

        reminders = QGroupBox(self.tr("Reminders while Companion is open"))
        self.remind_before_box = QCheckBox(self.tr("The day before a session: prepare my agenda"))
        self.remind_after_box = QCheckBox(self.tr("After a session: write a few notes"))
        self.remind_before_box.setChecked(prefs.remind_before_session)
        self.remind_after_box.setChecked(prefs.remind_after_session)
        self.remind_before_box.toggled.connect(self._reminders_chosen)
        self.remind_after_box.toggled.connect(self._reminders_chosen)
        rl = QVBoxLayout(reminders)
        rl.addWidget(self.remind_before_box)
        rl.addWidget(self.remind_after_box)
        note = QLabel(self.tr("Reminders never show what you wrote or who you see."))
        note.setEnabled(False)
        rl.addWidget(note)

        from companion.ui.checkins.preferences import CheckInSettingsWidget

        checkin_box = QGroupBox(self.tr("Check-ins"))
        self.checkin_settings = CheckInSettingsWidget()
        QVBoxLayout(checkin_box).addWidget(self.checkin_settings)

        from companion.ui.sync_settings import SyncSettingsGroup

        self.sync_box = SyncSettingsGroup(profile.sync, self._sync_runner)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        boxes = QWidget()
        boxes_layout = QVBoxLayout(boxes)
        boxes_layout.setContentsMargins(0, 0, 0, 0)
        boxes_layout.addWidget(unlock_box)
        boxes_layout.addWidget(general)
        boxes_layout.addWidget(self.files_box)
        boxes_layout.addWidget(self.sync_box)
        boxes_layout.addWidget(reminders)
        boxes_layout.addWidget(checkin_box)
        # On a short screen the settings scroll; Close stays in view below them.
        scroll = self._scroll = _WholeContentScroll()
        scroll.setWidget(boxes)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(close)
        old, self._content = self._content, content
        self._outer.addWidget(content)
        if old is not None:
            self._outer.removeWidget(old)
            old.hide()
            old.deleteLater()
        self._refresh()
        scroll.updateGeometry()  # the words _refresh chose decide the dialog's width

    def show_sync(self) -> None:
        """Bring "Sync between computers" into view (the status bar's sync line asks)."""
        self._scroll.ensureWidgetVisible(self.sync_box)

    # -- unlock methods ---------------------------------------------------------------------

    def _refresh(self) -> None:
        methods = self._profile.unlock_methods()
        no_keychain = not methods.keychain and not self._keychain.available
        parts = [
            self.tr("Keychain: on — opens without asking while you are logged in.")
            if methods.keychain
            else self.tr("Keychain: none available on this computer.")
            if no_keychain
            else self.tr("Keychain: off.")
        ]
        parts.append(
            self.tr("Passphrase: set.") if methods.passphrase else self.tr("Passphrase: not set.")
        )
        parts.append(self.tr("Your recovery key always works."))
        self.unlock_status.setText(" ".join(parts))
        self.passphrase_button.setText(
            self.tr("Change passphrase…") if methods.passphrase else self.tr("Set a passphrase…")
        )
        self.remove_passphrase_button.setVisible(methods.passphrase)
        self.remove_passphrase_button.setEnabled(methods.keychain)
        self.remove_passphrase_button.setToolTip(
            ""
            if methods.keychain
            else self.tr(
                "Store the key in the keychain first, so Companion can still open without "
                "the recovery key."
            )
        )
        self.keychain_button.setText(
            self.tr("Stop using the keychain")
            if methods.keychain
            else self.tr("Store the key in the keychain")
        )
        self.keychain_button.setEnabled(
            (methods.passphrase or not methods.keychain) and not no_keychain
        )
        if no_keychain:
            why = self._keychain.description
        elif not self.keychain_button.isEnabled():
            why = self.tr(
                "Set a passphrase first, so Companion can still open without the recovery key."
            )
        else:
            why = ""
        self.keychain_button.setToolTip(why)
        self.keychain_button.setAccessibleDescription(why)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _busy(self, busy: bool) -> None:
        for b in (
            self.passphrase_button,
            self.remove_passphrase_button,
            self.keychain_button,
            self.show_key_button,
            self.new_key_button,
        ):
            b.setEnabled(not busy)
        if not busy:
            self._refresh()

    def change_passphrase(self) -> None:
        has_current = self._profile.unlock_methods().passphrase
        dialog = PassphraseDialog(has_current, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        current, new = dialog.current_edit.text(), dialog.new_edit.text()
        profile = self._profile

        def work() -> None:
            try:
                if has_current and not profile.check_passphrase(current):
                    raise ProfileError(
                        self.tr("The current passphrase is not right; nothing was changed.")
                    )
                profile.set_passphrase(new)
            finally:
                wipe(current)  # our copies of what was typed
                wipe(new)

        self._busy(True)
        self._say(self.tr("Saving…"))

        def saved(_result: object) -> None:
            self._busy(False)
            self._say(self.tr("Passphrase saved."))

        run_in_background(work, saved, self._failed, owner=self)

    def remove_passphrase(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Remove passphrase"),
            self.tr(
                "Companion will open from the keychain without asking. Anyone who can use your "
                "computer account could then open your journal. Remove the passphrase?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run(self._profile.remove_passphrase, self.tr("Passphrase removed."))

    def toggle_keychain(self) -> None:
        if self._profile.unlock_methods().keychain:
            self._run(
                self._profile.remove_key_from_keychain,
                self.tr(
                    "The key was removed from the keychain. Companion will ask for your passphrase."
                ),
            )
        else:
            status = self._keychain = keychain_status()
            if not status.available:
                self._say(
                    self.tr("No secure keychain is available: %1").replace("%1", status.description)
                )
                return
            self._run(
                self._profile.store_key_in_keychain, self.tr("The key is stored in the keychain.")
            )

    def _run(self, fn: object, done_text: str) -> None:
        try:
            fn()  # type: ignore[operator]
        except CompanionError as exc:
            self._say(str(exc))
        else:
            self._say(done_text)
        self._refresh()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, CompanionError):
            self._say(str(exc))
        else:
            log.error("a settings change failed with %s", type(exc).__name__)
            self._say(self.tr("That did not work; nothing was changed."))

    def show_recovery_key(self) -> None:
        try:
            key = self._profile.recovery_key()
        except CompanionError as exc:
            self._say(str(exc))
            return
        self._key_dialog(self.tr("Your recovery key"), key)

    def new_recovery_key(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("New recovery key"),
            self.tr("Your current recovery key will stop working. Create a new one?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            key = self._profile.new_recovery_key()
        except CompanionError as exc:
            self._say(str(exc))
            return
        self._key_dialog(self.tr("Your new recovery key"), key)

    def _key_dialog(self, title: str, key: str) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(title)
        layout = QVBoxLayout(dialog)
        text = QLabel(self.tr("Keep it somewhere safe, away from this computer."))
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addWidget(RecoveryKeyPanel(key))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.key_dialog = dialog

    # -- preferences ------------------------------------------------------------------------

    def _auto_lock_chosen(self) -> None:
        minutes = self.lock_combo.currentData()
        self._prefs.auto_lock_minutes = minutes
        self.autoLockChanged.emit(minutes)

    def _language_chosen(self, combo: QComboBox) -> None:
        from companion.ui import i18n

        code = str(combo.currentData() or "")
        self._prefs.language = code
        app = QApplication.instance()
        if isinstance(app, QApplication):
            i18n.switch_language(app, code)
        self._build()  # this dialog speaks the new language at once, the window follows
        self.language_combo.setFocus()
        self.language_note.setText(i18n.language_changed_message())
        self.language_note.show()
        self.languageChanged.emit()

    def _reminders_chosen(self) -> None:
        self._prefs.remind_before_session = self.remind_before_box.isChecked()
        self._prefs.remind_after_session = self.remind_after_box.isChecked()
        self.remindersChanged.emit()

    def _hide_chosen(self, on: bool) -> None:
        self._prefs.hide_when_inactive = on
        self.hideWhenInactiveChanged.emit(on)

    def _capture_chosen(self, on: bool) -> None:
        self._prefs.block_screenshots = on
        self.blockScreenshotsChanged.emit(on)

    def _theme_chosen(self) -> None:
        choice = ThemeChoice(self.theme_combo.currentData())
        self._prefs.theme = choice
        self.themeChanged.emit(choice)
