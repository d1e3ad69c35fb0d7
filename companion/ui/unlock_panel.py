"""Opening a locked profile: keychain, passphrase or recovery key.

Used by the start-up dialog and by the lock screen. Key derivation runs off the UI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.security.policy import retry_delay_seconds
from companion.services.errors import (
    CompanionError,
    InvalidRecoveryKey,
    KeychainProblem,
    WrongSecret,
)
from companion.services.profile import (
    ProfileDamaged,
    ProfileService,
    RecentSavesLost,
    UnlockedProfile,
)
from companion.ui.formatting import date_time
from companion.ui.style import SPACING_LARGE, Text, set_text
from companion.ui.tasks import run_in_background
from companion.ui.theme import LINK_STYLE
from companion.wipe import wipe

log = logging.getLogger(__name__)


class UnlockPanel(QWidget):
    """Emits ``unlocked(profile, keychain_failed)`` once the profile is open."""

    unlocked = Signal(object, bool)

    def __init__(
        self, service: ProfileService, parent: QWidget | None = None, hint: str = ""
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._failures = 0
        self._keychain_failed = False
        self._busy = False
        self._secret: str | None = None
        methods = service.unlock_methods()
        self._has_keychain = methods.keychain
        self._has_passphrase = methods.passphrase

        self.heading = QLabel(self.tr("Companion is locked"))
        set_text(self.heading, Text.TITLE)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label = QLabel(hint)
        self.hint_label.setWordWrap(True)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label.setVisible(bool(hint))

        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.recovery_edit = QLineEdit()
        self.recovery_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery_edit.setAccessibleName(self.tr("Recovery key"))
        self.keychain_label = QLabel(self.tr("Your key is in this computer's keychain."))
        self.keychain_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keychain_label.setWordWrap(True)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.keychain_label)  # 0
        self.stack.addWidget(self.passphrase_edit)  # 1
        recovery_page = QWidget()
        rl = QVBoxLayout(recovery_page)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(QLabel(self.tr("Type your recovery key (dashes and case do not matter):")))
        rl.addWidget(self.recovery_edit)
        self.stack.addWidget(recovery_page)  # 2

        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.passphrase_edit.returnPressed.connect(self.submit)
        self.recovery_edit.returnPressed.connect(self.submit)
        self.switch_button = QPushButton()
        self.switch_button.setProperty("link", True)
        self.switch_button.setStyleSheet(LINK_STYLE)
        self.switch_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.switch_button.clicked.connect(self._switch_method)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error_label.setAccessibleName(self.tr("Unlock message"))
        self.error_label.setStyleSheet("color: palette(link);")
        self.restore_button = QPushButton()
        self.restore_button.hide()
        self._restore: Callable[[], None] | None = None
        self.restore_button.clicked.connect(lambda: self._restore and self._restore())
        self.recover_button = QPushButton(self.tr("Open what could be recovered"))
        self.recover_button.setToolTip(
            self.tr("Open your journal without the saves that could not be recovered")
        )
        self.recover_button.hide()
        self._recover: Callable[[], None] | None = None
        self.recover_button.clicked.connect(lambda: self._recover and self._recover())

        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._wait_left = 0

        box = QWidget()
        box.setMaximumWidth(460)
        layout = QVBoxLayout(box)
        layout.setSpacing(SPACING_LARGE)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.stack)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        # Keeping what could be recovered usually keeps more than a backup from a day ago,
        # so it comes first when it is offered.
        layout.addWidget(self.recover_button)
        layout.addWidget(self.restore_button)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self._method = (
            "keychain"
            if self._has_keychain
            else ("passphrase" if self._has_passphrase else "recovery")
        )
        self._show_method()

    # -- choosing a method ------------------------------------------------------------------

    @property
    def method(self) -> str:
        return self._method

    def _show_method(self) -> None:
        index = {"keychain": 0, "passphrase": 1, "recovery": 2}[self._method]
        self.stack.setCurrentIndex(index)
        if self._method == "recovery":
            back = (
                "passphrase"
                if self._has_passphrase
                else ("keychain" if self._has_keychain and not self._keychain_failed else None)
            )
            self.switch_button.setText(
                self.tr("Use my passphrase")
                if back == "passphrase"
                else self.tr("Use the keychain")
            )
            self.switch_button.setVisible(back is not None)
        else:
            self.switch_button.setText(self.tr("Use the recovery key instead"))
            self.switch_button.setVisible(True)
        self.focus_input()

    def focus_input(self) -> None:
        if self._method == "passphrase":
            self.passphrase_edit.setFocus()
        elif self._method == "recovery":
            self.recovery_edit.setFocus()
        else:
            self.unlock_button.setFocus()

    def _switch_method(self) -> None:
        if self._method == "recovery":
            self._method = "passphrase" if self._has_passphrase else "keychain"
        else:
            self._method = "recovery"
        self.error_label.clear()
        self._show_method()

    # -- unlocking --------------------------------------------------------------------------

    def keychain_failed(self, message: str) -> None:
        """The keychain could not open the journal: offer the passphrase or recovery key."""
        self._keychain_failed = True
        self._has_keychain = False
        self.error_label.setText(message)
        self._method = "passphrase" if self._has_passphrase else "recovery"
        self._show_method()

    def try_keychain_silently(self) -> None:
        """At start-up: open straight from the keychain when that is set up."""
        if self._method == "keychain":
            self.submit()

    def submit(self) -> None:
        if self._busy or self._wait_left > 0:
            return
        service = self._service
        work: Callable[[], UnlockedProfile]
        secret: str | None = None
        if self._method == "keychain":
            work = service.unlock_with_keychain
        elif self._method == "passphrase":
            passphrase = secret = self.passphrase_edit.text()
            if not passphrase:
                self.error_label.setText(self.tr("Type your passphrase."))
                return

            def work() -> UnlockedProfile:
                return service.unlock_with_passphrase(passphrase)
        else:
            recovery = secret = self.recovery_edit.text()

            def work() -> UnlockedProfile:
                return service.unlock_with_recovery_key(recovery)

        self._set_busy(True)
        self.error_label.setText(self.tr("Unlocking…"))
        self._secret = secret
        run_in_background(work, self._succeeded, self._failed, owner=self)

    def _forget_secret(self) -> None:
        """Overwrite the passphrase or recovery key read from the field (our own copy of it)
        once the attempt is over, whatever its outcome."""
        wipe(self._secret)
        self._secret = None

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for w in (
            self.unlock_button,
            self.passphrase_edit,
            self.recovery_edit,
            self.switch_button,
            self.restore_button,
            self.recover_button,
        ):
            w.setEnabled(not busy)

    def _succeeded(self, profile: object) -> None:
        self._forget_secret()
        self._set_busy(False)
        self._failures = 0
        self.passphrase_edit.clear()
        self.recovery_edit.clear()
        self.error_label.clear()
        self.restore_button.hide()
        self.recover_button.hide()
        self.unlocked.emit(profile, self._keychain_failed and self._method != "keychain")

    def _failed(self, exc: BaseException) -> None:
        self._forget_secret()
        self._set_busy(False)
        if isinstance(exc, KeychainProblem):
            self.keychain_failed(str(exc))
        elif isinstance(exc, WrongSecret | InvalidRecoveryKey):
            self._failures += 1
            what = (
                self.tr("That passphrase did not open your journal.")
                if self._method == "passphrase"
                else self.tr("That recovery key did not open your journal.")
            )
            if isinstance(exc, InvalidRecoveryKey):
                what = str(exc)
            self._start_wait(retry_delay_seconds(self._failures), what)
            edit = self.passphrase_edit if self._method == "passphrase" else self.recovery_edit
            edit.selectAll()
        elif isinstance(exc, ProfileDamaged):
            self._offer_restore(exc)
        elif isinstance(exc, CompanionError):
            self.error_label.setText(str(exc))
        else:
            log.error("unlocking failed with %s", type(exc).__name__)
            self.error_label.setText(
                self.tr(
                    "Something went wrong while opening your journal. Nothing was changed. "
                    "Please try again."
                )
            )
        self.focus_input()

    def _start_wait(self, seconds: float, message: str) -> None:
        self._wait_left = round(seconds)
        self._wait_message = message
        if self._wait_left <= 0:
            self.error_label.setText(message + " " + self.tr("Please try again."))
            return
        self.unlock_button.setEnabled(False)
        self._countdown.start()
        self._show_wait()

    def _show_wait(self) -> None:
        self.error_label.setText(
            self._wait_message
            + " "
            + self.tr("You can try again in %1 s.").replace("%1", str(self._wait_left))
        )

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._countdown.stop()
            self.unlock_button.setEnabled(True)
            self.error_label.setText(self._wait_message + " " + self.tr("Please try again."))
            self.focus_input()
        else:
            self._show_wait()

    def _offer_restore(self, damaged: ProfileDamaged) -> None:
        """The journal file is damaged: say so and offer what can be done. The damaged files
        were already copied aside into the backups folder."""
        lost = damaged if isinstance(damaged, RecentSavesLost) else None
        kept = (
            " " + self.tr("A copy of the damaged file is kept in the backups folder.")
            if damaged.kept_aside is not None and lost is None  # (the other message says so)
            else ""
        )
        self.recover_button.setVisible(lost is not None)
        if lost is not None:

            def recover() -> None:
                self._set_busy(True)
                self._hide_choices()
                self.error_label.setText(self.tr("Opening…"))
                run_in_background(lost.open_anyway, self._succeeded, self._failed, owner=self)

            self._recover = recover
        if not damaged.backups:
            self.restore_button.hide()
            self.error_label.setText(
                str(damaged)
                + kept
                + " "
                + (
                    self.tr("There is no automatic backup to restore.")
                    if lost is not None
                    else self.tr(
                        "There is no automatic backup to restore. Your file has been left "
                        "exactly as it was."
                    )
                )
            )
            if lost is not None:
                self.recover_button.setFocus()
            return
        latest = damaged.backups[0]
        when = date_time(latest.created)
        self.error_label.setText(
            str(damaged)
            + kept
            + " "
            + (
                self.tr(
                    "You can open what could be recovered, or restore the most recent copy of "
                    "your journal instead (what you wrote after %1 is not in it)."
                ).replace("%1", when)
                if lost is not None
                else self.tr(
                    "You can restore the most recent copy of your journal: what you wrote "
                    "after %1 is not in it."
                ).replace("%1", when)
            )
        )
        self.restore_button.setText(
            self.tr("Restore the copy kept before a restore, from %1").replace("%1", when)
            if latest.is_set
            else self.tr("Restore the backup from %1").replace("%1", when)
        )
        self.restore_button.show()
        (self.recover_button if lost is not None else self.restore_button).setFocus()

        def restore() -> None:
            self._set_busy(True)
            self._hide_choices()
            self.error_label.setText(self.tr("Restoring…"))
            run_in_background(
                lambda: damaged.restore(latest), self._succeeded, self._failed, owner=self
            )

        self._restore = restore

    def _hide_choices(self) -> None:
        self.restore_button.hide()
        self.recover_button.hide()
