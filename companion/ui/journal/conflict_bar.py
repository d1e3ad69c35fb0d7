"""The note above an entry that was changed on two computers at the same time.

Sync never picks one text silently: the entry shows one version and its history holds the
other, marked "changed on another computer". This bar says so, opens the history to compare
(where either version can be restored), and lets the client keep what is shown, which makes
it the one version on every computer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from companion.ui.style import SPACING


class ConflictBar(QFrame):
    compareRequested = Signal()
    keepRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(
            self.tr(
                "This entry was changed on two computers at the same time. Both versions "
                "are kept: this one, and the other in the entry's history."
            )
        )
        self.label.setWordWrap(True)
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
        layout = QHBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.compare_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.keep_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(self.tr("Changed on two computers"))
        self.hide()
