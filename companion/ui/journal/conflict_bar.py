"""The note above an entry that was changed on two computers at the same time.

Sync never picks one text silently: the entry shows one version and its history holds the
other, marked "changed on another computer". This bar says so, opens the history to compare
(where either version can be restored), and lets the client keep what is shown, which makes
it the one version on every computer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from companion.ui.style import BAR_MARGINS, SPACING


class ConflictBar(QFrame):
    compareRequested = Signal()
    keepRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setWordWrap(True)
        # the text wraps to the width the editor has; it never widens the window
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setMinimumWidth(1)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.compare_button = QPushButton(self.tr("Compare…"))
        self.compare_button.setToolTip(
            self.tr("Open the history: see both versions side by side and restore either")
        )
        self.keep_button = QPushButton(self.tr("Keep this version"))
        self.keep_button.setToolTip(
            self.tr("Use what is shown here on every computer (the other stays in the history)")
        )
        self.compare_button.clicked.connect(self.compareRequested)
        self.keep_button.clicked.connect(self.keepRequested)
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING)
        buttons.addStretch(1)
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(BAR_MARGINS)
        layout.setSpacing(SPACING)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        self.setAccessibleName(self.tr("Changed on two computers"))
        self.hide()

    def show_both_kept(self) -> None:
        """Sync kept two versions, changed on two computers that had not seen each other's."""
        self.label.setText(
            self.tr(
                "This entry was changed on two computers at the same time. Both versions "
                "are kept: this one, and the other in the entry's history."
            )
        )
        self.show()

    def show_changed_while_writing(self) -> None:
        """What was written here was saved over a change that came from another computer
        while the client was writing."""
        self.label.setText(
            self.tr(
                "While you were writing, this entry was also changed on another computer. "
                "What you wrote is saved; the other version is kept in the entry's history."
            )
        )
        self.show()
