"""A gentle helper for phrasing a concern: sentence starters with blanks to fill in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from companion.domain.errors import InvalidInput
from companion.domain.feedback import STARTERS, Starter, compose_starters
from companion.ui.reflow import scrolling
from companion.ui.style import SPACING_SMALL, Text, set_text
from companion.ui.window_size import open_at


def _tr(text: str) -> str:
    return QCoreApplication.translate("starters", text)


class PhrasingDialog(QDialog):
    """Each starter with a line per blank; the sentences filled in make up the text.

    ``composed_text()`` is what goes into the note when the client chooses "Add to note".
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help me phrase this"))
        open_at(self, 600, 620)
        intro = QLabel(
            self.tr(
                "Saying what happened and how it was for you is often easier to say, and to "
                "hear, than a judgement. Fill in the blanks of any sentence below in your own "
                "words; leave the others empty. You can change everything afterwards."
            )
        )
        intro.setWordWrap(True)

        self.fields: list[tuple[Starter, list[QLineEdit]]] = []
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(SPACING_SMALL)
        row = 0
        for starter in STARTERS:
            template = _tr(starter.template)
            shown = template
            for i in range(len(starter.hints)):
                shown = shown.replace(f"{{{i}}}", "___")
            heading = QLabel(shown)
            set_text(heading, Text.LABEL)
            if row:
                grid.setRowMinimumHeight(row, 10)
                row += 1
            grid.addWidget(heading, row, 0, 1, 2)
            row += 1
            edits: list[QLineEdit] = []
            for hint in starter.hints:
                edit = QLineEdit()
                edit.setPlaceholderText(_tr(hint))
                edit.setAccessibleName(f"{shown}: {_tr(hint)}")
                edit.textChanged.connect(self._update_preview)
                grid.addWidget(edit, row, 1)
                row += 1
                edits.append(edit)
            self.fields.append((starter, edits))
        grid.setColumnMinimumWidth(0, 12)
        grid.setColumnStretch(1, 1)
        scroll = scrolling(grid_host)

        preview_title = QLabel(self.tr("Your words so far"))
        set_text(preview_title, Text.LABEL)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setMargin(8)
        self.preview.setObjectName("phrasingPreview")
        self.preview.setStyleSheet(
            "QLabel#phrasingPreview { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 4px; }"
        )
        self.preview.setAccessibleName(self.tr("Preview of the text"))
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setMinimumHeight(48)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: palette(link);")
        self.message_label.setAccessibleName(self.tr("Message"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add to note"))
        ok.setAccessibleName(self.tr("Add these sentences to the note"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(preview_title)
        layout.addWidget(self.preview)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self._update_preview()
        first = self.fields[0][1][0]
        first.setFocus()

    def _filled(self) -> list[tuple[str, list[str]]]:
        return [(_tr(s.template), [e.text() for e in edits]) for s, edits in self.fields]

    def composed_text(self) -> str:
        """The filled-in sentences; raises :class:`InvalidInput` for a half-filled one."""
        return compose_starters(self._filled())

    def _update_preview(self) -> None:
        self.message_label.clear()
        try:
            text = self.composed_text()
        except InvalidInput:
            text = ""
            for starter, edits in self.fields:
                answers = [e.text() for e in edits]
                if all(a.strip() for a in answers):
                    text += starter.compose(answers, _tr(starter.template)) + " "
            text = text.strip()
        self.preview.setText(text or self.tr("(Nothing yet: fill in a sentence above.)"))

    def accept(self) -> None:
        try:
            text = self.composed_text()
        except InvalidInput as exc:
            self.message_label.setText(str(exc))
            return
        if not text:
            self.message_label.setText(
                self.tr("Fill in the blanks of at least one sentence, or choose Cancel.")
            )
            return
        super().accept()
