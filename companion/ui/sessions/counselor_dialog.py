"""Adding or editing a counselor: name, practice, who the sessions are for, notes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from companion.domain.counselors import NAME_MAX, PRACTICE_MAX, Counselor, CounselorDraft
from companion.domain.enums import CounselorKind
from companion.services.counselors import CounselorService
from companion.services.errors import CompanionError
from companion.ui.sessions.common import (
    kind_label,
    message_label,
    save_cancel_buttons,
    show_message,
)


class CounselorDialog(QDialog):
    """Saves through the service on OK; ``counselor`` is the stored result afterwards.
    Bad input keeps the dialog open with a message, and everything typed stays."""

    def __init__(
        self,
        counselors: CounselorService,
        counselor: Counselor | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = counselors
        self._editing = counselor
        self.counselor: Counselor | None = None
        self.setWindowTitle(self.tr("Edit counselor") if counselor else self.tr("Add a counselor"))
        self.setMinimumWidth(420)

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setPlaceholderText(self.tr("A first name is enough"))
        self.name_edit.setMaxLength(NAME_MAX)
        self.practice_edit = QLineEdit()
        self.practice_edit.setAccessibleName(self.tr("Practice"))
        self.practice_edit.setPlaceholderText(self.tr("Optional"))
        self.practice_edit.setMaxLength(PRACTICE_MAX)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Who the sessions are for"))
        for kind in CounselorKind:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setPlaceholderText(
            self.tr("Anything you want to remember: how to reach them, the address, the fee…")
        )
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(90)

        form = QFormLayout()  # addRow(text, field) makes the field the label's buddy
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Practice"), self.practice_edit)
        form.addRow(self.tr("&Sessions for"), self.kind_combo)
        form.addRow(self.tr("N&otes"), self.notes_edit)

        self.message = message_label()
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        if counselor is not None:
            self.name_edit.setText(counselor.name)
            self.practice_edit.setText(counselor.practice)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(counselor.kind.value))
            self.notes_edit.setPlainText(counselor.notes)
        self.name_edit.setFocus()

    def draft(self) -> CounselorDraft:
        base = self._editing.draft() if self._editing else CounselorDraft(name="")
        return CounselorDraft(
            name=self.name_edit.text(),
            practice=self.practice_edit.text(),
            notes=self.notes_edit.toPlainText(),
            kind=CounselorKind(self.kind_combo.currentData()),
            active=base.active,
            started_on=base.started_on,
            ended_on=base.ended_on,
        )

    def save(self) -> bool:
        """Store the counselor and close; False (dialog open, message shown) on bad input."""
        try:
            if self._editing is None:
                self.counselor = self._service.create(self.draft())
            else:
                self.counselor = self._service.update(self._editing.id, self.draft())
        except LookupError:
            show_message(self.message, self.tr("This counselor is no longer in Companion."))
            return False
        except CompanionError as exc:
            show_message(self.message, str(exc))
            self.name_edit.setFocus()
            return False
        self.accept()
        return True
