"""The first start: a short welcome, choosing how Companion opens, and the recovery key."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.security.policy import MIN_PASSPHRASE_LENGTH
from companion.security.recovery import pick_confirmation_groups
from companion.services.errors import CompanionError
from companion.services.profile import (
    KeychainStatus,
    ProfileService,
    UnlockedProfile,
)
from companion.ui.recovery_key_widgets import RecoveryKeyCheck, RecoveryKeyPanel
from companion.ui.style import DIALOG_MARGINS, INDENT, SPACING, SPACING_LARGE, Text, set_text
from companion.ui.tasks import run_in_background
from companion.wipe import wipe

log = logging.getLogger(__name__)

MIN_PASSPHRASE = MIN_PASSPHRASE_LENGTH


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    set_text(label, Text.TITLE)
    label.setWordWrap(True)
    return label


def _para(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class FirstRunDialog(QDialog):
    """Creates the profile. ``profile`` holds it (unlocked) once the dialog is accepted."""

    def __init__(
        self, service: ProfileService, keychain: KeychainStatus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Companion"))
        self.setMinimumSize(620, 520)
        self._service = service
        self._keychain = keychain
        self.profile: UnlockedProfile | None = None
        self.recovery_key: str | None = None

        self.pages = QStackedWidget()
        self.pages.addWidget(self._welcome_page())
        self.pages.addWidget(self._unlock_page())
        self._key_page = QWidget()
        self._check_page = QWidget()
        self.pages.addWidget(self._key_page)
        self.pages.addWidget(self._check_page)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setStyleSheet("color: palette(link);")
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Continue"))
        self.next_button.setDefault(True)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(DIALOG_MARGINS)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- pages ------------------------------------------------------------------------------

    def _welcome_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(SPACING_LARGE)
        layout.addWidget(_heading(self.tr("Welcome to Companion")))
        layout.addWidget(
            _para(
                self.tr(
                    "Companion is a private place for the time between your counseling "
                    "sessions. Write down what happens, what you would like to talk about, and "
                    "how the sessions feel to you, so that less gets lost before you sit down "
                    "again."
                )
            )
        )
        layout.addWidget(
            _para(
                self.tr(
                    "Everything you write stays on this computer, encrypted. Companion never sends "
                    "anything over the internet. Only you decide what to export or share."
                )
            )
        )
        note = _para(
            self.tr(
                "Companion is not a replacement for care, and it is not for emergencies. If you "
                "are in danger or in crisis, call your local emergency number or a crisis line."
            )
        )
        note.setStyleSheet(
            "padding: 10px; border-radius: 6px; background: palette(alternate-base);"
        )
        layout.addWidget(note)
        layout.addStretch(1)
        return page

    def _unlock_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(self.tr("How should Companion open?")))
        kc = self._keychain
        self.keychain_box = QCheckBox(self.tr("Open with this computer's keychain"))
        self.keychain_box.setEnabled(kc.available)
        self.keychain_box.setChecked(kc.available)
        layout.addWidget(self.keychain_box)
        if kc.available:
            kc_text = self.tr(
                "Companion opens without asking while you are logged in. Your journal is "
                "protected if the computer is lost or someone copies the files, but anyone "
                "who can use your computer account can open it. (Keychain: %1)"
            ).replace("%1", kc.description)
        else:
            # the reason is a sentence of its own (it may hold brackets): never in brackets
            kc_text = self.tr("%1 Companion will ask for a passphrase instead.").replace(
                "%1", kc.description
            )
            self.keychain_box.setToolTip(kc_text)
            self.keychain_box.setAccessibleDescription(kc_text)
        kc_label = _para(kc_text)
        kc_label.setIndent(INDENT)
        layout.addWidget(kc_label)
        layout.addSpacing(SPACING)
        self.passphrase_box = QCheckBox(self.tr("Ask for a passphrase"))
        self.passphrase_box.setChecked(not kc.available)
        self.passphrase_box.setEnabled(kc.available)  # required without a keychain
        layout.addWidget(self.passphrase_box)
        pp_label = _para(
            self.tr(
                "A passphrase also protects your journal from people who can use your computer "
                "account. If you forget it, only your recovery key can open the journal."
            )
        )
        pp_label.setIndent(INDENT)
        layout.addWidget(pp_label)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit.setAccessibleName(self.tr("Passphrase again"))
        self.passphrase_form = QWidget()
        form = QFormLayout(self.passphrase_form)
        form.setContentsMargins(INDENT, 0, 0, 0)
        form.addRow(self.tr("Passphrase"), self.passphrase_edit)
        form.addRow(self.tr("Again"), self.confirm_edit)
        layout.addWidget(self.passphrase_form)
        layout.addStretch(1)
        self.passphrase_box.toggled.connect(self._sync_passphrase)
        self.keychain_box.toggled.connect(self._sync_passphrase)
        self._sync_passphrase()
        return page

    def _sync_passphrase(self) -> None:
        if not self.keychain_box.isChecked():
            self.passphrase_box.setChecked(True)
        self.passphrase_form.setVisible(self.passphrase_box.isChecked())

    def _build_key_pages(self, key: str) -> None:
        layout = QVBoxLayout(self._key_page)
        layout.addWidget(_heading(self.tr("Your recovery key")))
        layout.addWidget(
            _para(
                self.tr(
                    "If you forget your passphrase, move to a new computer, or the keychain is "
                    "lost, this key is the only way into your journal. Write it down, print it, "
                    "or save it somewhere safe away from this computer. You can see it again "
                    "later in Settings while Companion is unlocked."
                )
            )
        )
        self.key_panel = RecoveryKeyPanel(key)
        layout.addWidget(self.key_panel)
        layout.addStretch(1)

        groups = pick_confirmation_groups()
        check_layout = QVBoxLayout(self._check_page)
        check_layout.addWidget(_heading(self.tr("Check your copy")))
        check_layout.addWidget(
            _para(
                self.tr(
                    "To be sure your copy is right, type these two groups of your recovery key. Go "
                    "back if you need to see it again."
                )
            )
        )
        self.key_check = RecoveryKeyCheck(key, groups)
        check_layout.addWidget(self.key_check)
        check_layout.addStretch(1)
        for edit in self.key_check.edits:
            edit.returnPressed.connect(self.next)

    # -- navigation -------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        self.back_button.setVisible(page in (1, 3))
        self.next_button.setText(self.tr("Start writing") if page == 3 else self.tr("Continue"))

    def back(self) -> None:
        self.message.clear()
        self.pages.setCurrentIndex(max(0, self.pages.currentIndex() - 1))
        self._update_buttons()

    def next(self) -> None:
        self.message.clear()
        page = self.pages.currentIndex()
        if page == 0:
            self.pages.setCurrentIndex(1)
            self.keychain_box.setFocus()
        elif page == 1:
            self._create()
            return
        elif page == 2:
            self.pages.setCurrentIndex(3)
            self.key_check.edits[0].setFocus()
        elif page == 3:
            if self.key_check.matches():
                self.accept()
                return
            self.message.setText(
                self.tr("That does not match your recovery key. Go back and check your copy.")
            )
        self._update_buttons()

    def _create(self) -> None:
        use_keychain = self.keychain_box.isChecked()
        passphrase: str | None = None
        if self.passphrase_box.isChecked():
            passphrase = self.passphrase_edit.text()
            if len(passphrase) < MIN_PASSPHRASE:
                self.message.setText(
                    self.tr(
                        "Please choose a passphrase of at least %1 characters. A few unrelated "
                        "words work well."
                    ).replace("%1", str(MIN_PASSPHRASE))
                )
                self.passphrase_edit.setFocus()
                return
            if passphrase != self.confirm_edit.text():
                self.message.setText(self.tr("The two passphrases are not the same."))
                self.confirm_edit.selectAll()
                self.confirm_edit.setFocus()
                return
        self.next_button.setEnabled(False)
        self.back_button.setEnabled(False)
        self.message.setText(self.tr("Setting up your encrypted journal…"))
        service = self._service

        def create() -> tuple[UnlockedProfile, str]:
            try:
                return service.create(use_keychain=use_keychain, passphrase=passphrase)
            finally:
                wipe(passphrase)  # our copy of what was typed

        run_in_background(create, self._created, self._failed, owner=self)

    def _created(self, result: tuple[UnlockedProfile, str]) -> None:
        profile, key = result
        self.profile = profile
        self.recovery_key = key
        self.passphrase_edit.clear()
        self.confirm_edit.clear()
        self._build_key_pages(key)
        self.message.clear()
        self.next_button.setEnabled(True)
        self.back_button.setEnabled(True)
        self.pages.setCurrentIndex(2)
        self.key_panel.key_label.setFocus()
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self.next_button.setEnabled(True)
        self.back_button.setEnabled(True)
        if isinstance(exc, CompanionError):
            self.message.setText(str(exc))
        else:
            log.error("creating the profile failed with %s", type(exc).__name__)
            self.message.setText(
                self.tr(
                    "Companion could not set up your journal. Nothing was saved. Please try again."
                )
            )

    # -- once the profile exists, the key must be confirmed -----------------------------------

    def reject(self) -> None:
        if self.profile is None:
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.profile is not None:
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.profile is not None:
            event.ignore()
            self.message.setText(self.tr("Please keep a copy of your recovery key first."))
            return
        super().closeEvent(event)
