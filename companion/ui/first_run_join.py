"""The pages of the first start for someone who already uses Companion on another computer:
choosing the shared folder, typing the recovery key, the progress while the journal is
brought over, and the last page. The first-start dialog (``first_run.py``) leads through
them; the text helpers here are shared by both of its paths."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.formats.sync_folder import NotASyncFolder, SyncFolderError, SyncFolderMissing
from companion.security.errors import KeystoreError
from companion.services.errors import InvalidRecoveryKey, WrongSecret
from companion.services.profile import ProfileService
from companion.ui.recovery_key_widgets import RecoveryKeyEdit
from companion.ui.style import SPACING, SPACING_LARGE, Text, set_text
from companion.wipe import wipe

if TYPE_CHECKING:
    from companion.services.sync import SyncReport

#: How a message about what was typed or chosen looks (as on the lock screen).
MESSAGE_STYLE = "color: palette(link);"


def heading(text: str) -> QLabel:
    label = QLabel(text)
    set_text(label, Text.TITLE)
    label.setWordWrap(True)
    return label


def paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def message_label(name: str) -> QLabel:
    """An empty label for a message about the field above it; ``name`` is for screen readers."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(name)
    label.setStyleSheet(MESSAGE_STYLE)
    return label


def page_layout(page: QWidget, title: str, text: str) -> QVBoxLayout:
    """A page's layout, begun with its heading and the paragraph that says what it is for."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(SPACING_LARGE)
    layout.addWidget(heading(title))
    layout.addWidget(paragraph(text))
    return layout


class SharedFolderPage(QWidget):
    """Step 1: which folder the sync program keeps the same on both computers. ``chosen``
    is emitted when a folder a journal can be brought from was picked in the file dialog."""

    chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = page_layout(
            self,
            self.tr("Bring your journal to this computer"),
            self.tr(
                "Companion keeps your journal the same on your computers through a shared "
                "folder: a folder that your sync program (such as Syncthing, Dropbox or "
                "OneDrive) keeps the same on both of them. Companion only puts sealed, "
                "encrypted files there; it never goes on the internet itself."
            ),
        )
        layout.addWidget(
            paragraph(
                self.tr(
                    "Choose that folder on this computer. Your other computer needs to be "
                    "syncing through it already, and your sync program needs to have finished "
                    "copying it here: if it is still busy, please wait until it is done."
                )
            )
        )
        self.folder_edit = QLineEdit()
        self.folder_edit.setAccessibleName(self.tr("Shared folder"))
        self.folder_edit.setPlaceholderText(self.tr("No folder chosen yet"))
        self.choose_button = QPushButton(self.tr("Choose folder…"))
        self.choose_button.clicked.connect(self._choose)
        label = QLabel(self.tr("Shared folder:"))
        label.setBuddy(self.folder_edit)
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        row.addWidget(label)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.choose_button)
        field = QVBoxLayout()
        field.setSpacing(SPACING)
        field.addLayout(row)
        self.message = message_label(self.tr("Shared folder message"))
        field.addWidget(self.message)
        layout.addLayout(field)
        layout.addStretch(1)
        self.folder_edit.textEdited.connect(lambda _text: self.message.clear())

    def folder(self) -> Path | None:
        text = self.folder_edit.text().strip()
        return Path(text).expanduser() if text else None

    def _choose(self, _checked: bool = False) -> None:
        start = str(self.folder() or Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the shared folder"), start)
        if not chosen:
            return
        self.folder_edit.setText(str(Path(chosen)))
        if self.check():
            self.message.setStyleSheet("")  # good news, not a problem
            self.message.setText(
                self.tr(
                    "This folder holds a Companion journal. Continue to open it with your "
                    "recovery key."
                )
            )
            self.chosen.emit()

    def check(self) -> bool:
        """Whether a journal can be brought from the folder; says why not when it cannot."""
        folder = self.folder()
        if folder is None:
            self.show_problem(self.tr("Please choose the shared folder first."))
            return False
        try:
            ProfileService.check_sync_folder(folder)
        except SyncFolderError as exc:
            self.show_problem(self.explain(exc))
            return False
        self.message.clear()
        return True

    def explain(self, exc: SyncFolderError) -> str:
        """What to tell the client about a folder a journal cannot be brought from."""
        if isinstance(exc, SyncFolderMissing):
            return self.tr(
                "Companion cannot find this folder. If it is on a USB stick or a network "
                "drive, connect it and try again."
            )
        if isinstance(exc, NotASyncFolder):
            return self.tr(
                "This folder does not hold a Companion journal. Please choose the folder your "
                "other computer syncs through. If sync was set up there only a moment ago, "
                "your sync program may still be copying it: wait until it is done, then try "
                "again."
            )
        return str(exc)

    def show_problem(self, text: str) -> None:
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.setText(text)
        self.folder_edit.setFocus()
        self.folder_edit.selectAll()


class JoinKeyPage(QWidget):
    """Step 2: the journal's recovery key, checked against the folder before going on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = page_layout(
            self,
            self.tr("Your recovery key"),
            self.tr(
                "Type your journal's recovery key: the one Companion gave you when you "
                "started your journal on the other computer. If you do not have it at "
                "hand, you can see it there in Settings while Companion is unlocked."
            ),
        )
        self.key_edit = RecoveryKeyEdit()
        label = QLabel(self.tr("Recovery key:"))
        label.setBuddy(self.key_edit)
        hint = QLabel(self.tr("Dashes, spaces and small letters do not matter."))
        hint.setWordWrap(True)
        set_text(hint, Text.SMALL)
        field = QVBoxLayout()
        field.setSpacing(SPACING)
        field.addWidget(label)
        field.addWidget(self.key_edit)
        field.addWidget(hint)
        self.message = message_label(self.tr("Recovery key message"))
        field.addWidget(self.message)
        layout.addLayout(field)
        layout.addStretch(1)
        self.key_edit.textEdited.connect(lambda _text: self.message.clear())

    def check(self, folder: Path) -> bool:
        """Whether the key opens the journal in ``folder`` (quick; nothing is made). Raises
        :class:`SyncFolderError` when the folder itself cannot be used any more."""
        key = self.key_edit.key_text()
        try:
            ProfileService.check_join_key(folder, key)
        except InvalidRecoveryKey as exc:
            self.show_problem(str(exc))
            return False
        except WrongSecret:
            self.show_problem(self.wrong_key())
            return False
        except KeystoreError as exc:  # the folder's unlock record is damaged
            self.show_problem(str(exc))
            return False
        finally:
            wipe(key)
        self.message.clear()
        return True

    def wrong_key(self) -> str:
        return self.tr(
            "That recovery key does not open the journal in this folder. Please check it "
            "against your copy, and that this is the folder of the journal it belongs to, "
            "then try again."
        )

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.key_edit.setFocus()


class JoiningPage(QWidget):
    """Step 4: the journal is being brought over (the dialog shows a Cancel button)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = page_layout(
            self,
            self.tr("Bringing your journal here"),
            self.tr(
                "Companion is copying your journal from the shared folder to this "
                "computer. It stays encrypted all the way. A long journal can take a few "
                "minutes."
            ),
        )
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setFormat(self.tr("%v of %m files"))
        self.progress.setRange(0, 0)
        layout.addWidget(self.progress)
        layout.addStretch(1)


class JoinedPage(QWidget):
    """The last page: the journal is here, and the recovery key stays the same."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = page_layout(
            self,
            self.tr("Your journal is here"),
            self.tr(
                "Your journal from the other computer is now on this computer too. From "
                "now on, what you write on either computer reaches the other one through "
                "the shared folder."
            ),
        )
        key_note = paragraph(
            self.tr(
                "Your recovery key stays the same: it is the one you just typed, the same as "
                "on your other computer. Keep your copy where it is; it opens your journal on "
                "both computers."
            )
        )
        key_note.setStyleSheet(
            "padding: 10px; border-radius: 6px; background: palette(alternate-base);"
        )
        layout.addWidget(key_note)
        self.problems = paragraph("")
        self.problems.hide()
        layout.addWidget(self.problems)
        layout.addStretch(1)

    def show_report(self, report: SyncReport) -> None:
        if report.problems:
            self.problems.setText(
                self.tr(
                    "A few files in the shared folder could not be read yet; your sync "
                    "program may still be copying them. Nothing from them was used, and "
                    "Companion will try them again later."
                )
            )
        self.problems.setVisible(bool(report.problems))
