"""The first start: a short welcome, then either a new journal (choosing how Companion opens,
and the recovery key) or the journal the client already keeps on another computer, brought
here through the folder their sync program shares (the pages in ``first_run_join.py``)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.domain.wording import tr_n
from companion.formats.sync_folder import SyncFolderError
from companion.security.policy import MIN_PASSPHRASE_LENGTH
from companion.security.recovery import pick_confirmation_groups
from companion.services.errors import CompanionError, WrongSecret
from companion.services.profile import (
    KeychainStatus,
    ProfileService,
    UnlockedProfile,
)
from companion.ui.first_run_join import (
    MESSAGE_STYLE,
    JoinedPage,
    JoiningPage,
    JoinKeyPage,
    SharedFolderPage,
    heading,
    paragraph,
)
from companion.ui.recovery_key_widgets import RecoveryKeyCheck, RecoveryKeyPanel
from companion.ui.style import DIALOG_MARGINS, INDENT, SPACING, SPACING_LARGE, Text, set_text
from companion.ui.tasks import ProgressWatch, run_in_background
from companion.wipe import wipe

if TYPE_CHECKING:
    from companion.services.sync import SyncReport

log = logging.getLogger(__name__)

MIN_PASSPHRASE = MIN_PASSPHRASE_LENGTH

# the pages, in the order they were added to the stack
WELCOME, UNLOCK, KEY, CHECK, FOLDER, JOIN_KEY, JOINING, JOINED = range(8)
#: the page Back leads to from each page that has it
_BACK = {UNLOCK: WELCOME, CHECK: KEY, FOLDER: WELCOME, JOIN_KEY: FOLDER}


class FirstRunDialog(QDialog):
    """Creates the profile, or brings it from another computer. ``profile`` holds it
    (unlocked) once the dialog is accepted."""

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
        #: what the first sync round of a journal brought from another computer did
        self.join_report: SyncReport | None = None
        self._joining = False

        self.pages = QStackedWidget()
        self.pages.addWidget(self._welcome_page())
        self.pages.addWidget(self._unlock_page())
        self._key_page = QWidget()
        self._check_page = QWidget()
        self.pages.addWidget(self._key_page)
        self.pages.addWidget(self._check_page)
        self.folder_page = SharedFolderPage()
        self.join_key_page = JoinKeyPage()
        self.joining_page = JoiningPage()
        self.joined_page = JoinedPage()
        for page in (self.folder_page, self.join_key_page, self.joining_page, self.joined_page):
            self.pages.addWidget(page)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Continue"))
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)  # Enter on the progress page stops nothing
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.cancel_button.clicked.connect(self.cancel_joining)
        self.folder_page.chosen.connect(self.next_button.setFocus)
        self._watch = ProgressWatch(self.joining_page.progress, self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
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
        layout.setContentsMargins(0, 0, 0, 0)  # in line with the buttons below
        layout.setSpacing(SPACING_LARGE)
        layout.addWidget(heading(self.tr("Welcome to Companion")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Companion is a private place for the time between your counseling "
                    "sessions. Write down what happens, what you would like to talk about, and "
                    "how the sessions feel to you, so that less gets lost before you sit down "
                    "again."
                )
            )
        )
        layout.addWidget(
            paragraph(
                self.tr(
                    "Everything you write stays on this computer, encrypted. Companion never sends "
                    "anything over the internet. Only you decide what to export or share."
                )
            )
        )
        note = paragraph(
            self.tr(
                "Companion is not a replacement for care, and it is not for emergencies. If you "
                "are in danger or in crisis, call your local emergency number or a crisis line."
            )
        )
        note.setStyleSheet(
            "padding: 10px; border-radius: 6px; background: palette(alternate-base);"
        )
        layout.addWidget(note)
        begin = QLabel(self.tr("How would you like to begin?"))
        set_text(begin, Text.LABEL)
        self.new_choice = QRadioButton(self.tr("Start a new journal"))
        self.new_choice.setChecked(True)
        self.join_choice = QRadioButton(self.tr("I already use Companion on another computer"))
        join_text = paragraph(
            self.tr(
                "Bring your journal here through the folder your sync program keeps the same "
                "on both computers. You will need your recovery key."
            )
        )
        join_text.setIndent(INDENT)
        self.join_choice.setAccessibleDescription(join_text.text())
        self._start_choice = QButtonGroup(page)
        self._start_choice.addButton(self.new_choice)
        self._start_choice.addButton(self.join_choice)
        choice = QVBoxLayout()
        choice.setSpacing(SPACING)
        choice.addWidget(begin)
        choice.addWidget(self.new_choice)
        choice.addWidget(self.join_choice)
        choice.addWidget(join_text)
        layout.addLayout(choice)
        layout.addStretch(1)
        return page

    def _unlock_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)  # in line with the buttons below
        self.unlock_heading = heading(self.tr("How should Companion open?"))
        layout.addWidget(self.unlock_heading)
        self.join_unlock_note = paragraph(
            self.tr(
                "This computer gets its own way of opening your journal: the passphrase can be "
                "different from the one on your other computer."
            )
        )
        self.join_unlock_note.setContentsMargins(0, 0, 0, SPACING)
        self.join_unlock_note.hide()
        layout.addWidget(self.join_unlock_note)
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
        kc_label = paragraph(kc_text)
        kc_label.setIndent(INDENT)
        layout.addWidget(kc_label)
        layout.addSpacing(SPACING)
        self.passphrase_box = QCheckBox(self.tr("Ask for a passphrase"))
        self.passphrase_box.setChecked(not kc.available)
        self.passphrase_box.setEnabled(kc.available)  # required without a keychain
        layout.addWidget(self.passphrase_box)
        pp_label = paragraph(
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
        layout.setContentsMargins(0, 0, 0, 0)  # in line with the buttons below
        layout.addWidget(heading(self.tr("Your recovery key")))
        layout.addWidget(
            paragraph(
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
        check_layout.setContentsMargins(0, 0, 0, 0)  # in line with the buttons below
        check_layout.addWidget(heading(self.tr("Check your copy")))
        check_layout.addWidget(
            paragraph(
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

    @property
    def joining_from_folder(self) -> bool:
        """True on the path that brings the journal from another computer."""
        return self.join_choice.isChecked()

    def _show(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        self.back_button.setVisible(page in _BACK)
        self.next_button.setVisible(page != JOINING)
        self.cancel_button.setVisible(page == JOINING)
        self.cancel_button.setEnabled(True)
        self.next_button.setText(
            self.tr("Start writing") if page in (CHECK, JOINED) else self.tr("Continue")
        )

    def back(self) -> None:
        self.message.clear()
        page = self.pages.currentIndex()
        if page == UNLOCK and self.joining_from_folder:
            self._show(JOIN_KEY)
            self.join_key_page.key_edit.setFocus()
            return
        self._show(_BACK.get(page, WELCOME))

    def next(self) -> None:
        self.message.clear()
        page = self.pages.currentIndex()
        if page == WELCOME:
            if self.joining_from_folder:
                self._show(FOLDER)
                self.folder_page.choose_button.setFocus()
            else:
                self._show_unlock(joining=False)
            return
        if page == UNLOCK:
            if self.joining_from_folder:
                self._join()
            else:
                self._create()
            return
        if page == KEY:
            self._show(CHECK)
            self.key_check.edits[0].setFocus()
        elif page == CHECK:
            wrong = self.key_check.wrong_fields()
            if not wrong:
                self.accept()
                return
            self.message.setText(self.key_check.wrong_message())
            wrong[0].setFocus()
            wrong[0].selectAll()
        elif page == FOLDER:
            if self.folder_page.check():
                self._show(JOIN_KEY)
                self.join_key_page.key_edit.setFocus()
        elif page == JOIN_KEY:
            self._check_join_key()
        elif page == JOINED:
            self.accept()

    def _show_unlock(self, *, joining: bool) -> None:
        self.unlock_heading.setText(
            self.tr("How should Companion open on this computer?")
            if joining
            else self.tr("How should Companion open?")
        )
        self.join_unlock_note.setVisible(joining)
        self._show(UNLOCK)
        if self.keychain_box.isEnabled():
            self.keychain_box.setFocus()
        else:
            self.passphrase_edit.setFocus()

    def _check_join_key(self) -> None:
        folder = self.folder_page.folder()
        assert folder is not None  # the folder page checked it
        try:
            good = self.join_key_page.check(folder)
        except SyncFolderError as exc:  # gone or changed since it was chosen
            self._show(FOLDER)
            self.folder_page.show_problem(self.folder_page.explain(exc))
            return
        if good:
            self._show_unlock(joining=True)

    # -- how this computer opens the journal ------------------------------------------------

    def _chosen_unlock(self) -> tuple[bool, str | None] | None:
        """(keychain, passphrase) as chosen, or None after saying what needs fixing. The
        passphrase is a new copy of what was typed, for the caller to wipe."""
        use_keychain = self.keychain_box.isChecked()
        passphrase: str | None = None
        if self.passphrase_box.isChecked():
            passphrase = self.passphrase_edit.text()
            if len(passphrase) < MIN_PASSPHRASE:
                self.message.setText(
                    tr_n(
                        "FirstRunDialog",
                        "Please choose a passphrase of at least %n [character|characters]. A "
                        "few unrelated words work well.",
                        MIN_PASSPHRASE,
                    )
                )
                self.passphrase_edit.setFocus()
                wipe(passphrase)
                return None
            if passphrase != self.confirm_edit.text():
                self.message.setText(self.tr("The two passphrases are not the same."))
                self.confirm_edit.selectAll()
                self.confirm_edit.setFocus()
                wipe(passphrase)
                return None
        return use_keychain, passphrase

    def _create(self) -> None:
        chosen = self._chosen_unlock()
        if chosen is None:
            return
        use_keychain, passphrase = chosen
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
        self._show(KEY)
        self.key_panel.key_label.setFocus()

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

    # -- bringing the journal from another computer -----------------------------------------

    def _join(self) -> None:
        if self._joining:
            return
        chosen = self._chosen_unlock()
        if chosen is None:
            return
        use_keychain, passphrase = chosen
        folder = self.folder_page.folder()
        assert folder is not None
        key = self.join_key_page.key_edit.key_text()
        service, watch = self._service, self._watch

        def join() -> tuple[UnlockedProfile, SyncReport]:
            try:
                return service.join_and_sync(
                    folder,
                    key,
                    use_keychain=use_keychain,
                    passphrase=passphrase,
                    progress=watch.report,
                    cancelled=watch.is_cancelled,
                )
            finally:
                wipe(key)  # our copies of what was typed
                wipe(passphrase)

        self._joining = True
        self._show(JOINING)
        self.cancel_button.setFocus()
        watch.start()
        run_in_background(
            join, self._joined, self._join_failed, owner=self, on_cancel=self._join_cancelled
        )

    def cancel_joining(self, _checked: bool = False) -> None:
        """Stop bringing the journal over (what was made so far is removed)."""
        if not self._joining:
            return
        self._watch.cancel()
        self.cancel_button.setEnabled(False)
        self.message.setText(self.tr("Stopping…"))

    def _end_joining(self) -> None:
        self._joining = False
        self._watch.stop()
        self.message.clear()

    def _joined(self, result: tuple[UnlockedProfile, SyncReport]) -> None:
        self._end_joining()
        self.profile, self.join_report = result
        self.join_key_page.key_edit.clear()
        self.passphrase_edit.clear()
        self.confirm_edit.clear()
        self.joined_page.show_report(self.join_report)
        self._show(JOINED)
        self.next_button.setFocus()

    def _join_cancelled(self) -> None:
        self._end_joining()
        self._show(JOIN_KEY)
        self.join_key_page.show_problem(
            self.tr(
                "Bringing your journal here was stopped, and nothing of it was kept on this "
                "computer. You can try again whenever you like."
            )
        )

    def _join_failed(self, exc: BaseException) -> None:
        self._end_joining()
        nothing_kept = self.tr("Nothing was kept on this computer.")
        if isinstance(exc, SyncFolderError):
            self._show(FOLDER)
            self.folder_page.show_problem(self.folder_page.explain(exc) + " " + nothing_kept)
            return
        self._show(JOIN_KEY)
        if isinstance(exc, WrongSecret):
            self.join_key_page.show_problem(self.join_key_page.wrong_key())
        elif isinstance(exc, CompanionError):
            self.join_key_page.show_problem(str(exc) + " " + nothing_kept)
        else:
            log.error("joining failed with %s", type(exc).__name__)
            self.join_key_page.show_problem(
                self.tr(
                    "Companion could not bring your journal here. Nothing was kept on this "
                    "computer. Please try again."
                )
            )

    # -- closing ----------------------------------------------------------------------------

    def _must_confirm_key(self) -> bool:
        """A new journal was made: its recovery key has to be kept before the dialog ends."""
        return self.profile is not None and self.pages.currentIndex() in (KEY, CHECK)

    def reject(self) -> None:
        if self._joining:
            self.cancel_joining()  # the dialog stays until the work has stopped
        elif self.pages.currentIndex() == JOINED:
            self.accept()  # the journal is here and whole
        elif self.profile is None:
            super().reject()

    def done(self, result: int) -> None:
        # what was typed stays in the fields no longer than the dialog (Qt's copies can only
        # be cleared, not overwritten)
        for edit in (self.join_key_page.key_edit, self.passphrase_edit, self.confirm_edit):
            edit.clear()
        super().done(result)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._must_confirm_key():
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._must_confirm_key():
            event.ignore()
            self.message.setText(self.tr("Please keep a copy of your recovery key first."))
            return
        if self._joining:
            event.ignore()
            self.cancel_joining()
            return
        super().closeEvent(event)
