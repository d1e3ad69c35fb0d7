"""A bar below the journal list that offers to undo what was just done (a delete, a restored
version) for a while."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

UNDO_VISIBLE_MS = 15_000


class UndoBar(QFrame):
    """Says what was done, with Undo; hides itself after :data:`UNDO_VISIBLE_MS`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._undo: Callable[[], None] | None = None
        self._on_forget: Callable[[], None] | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("&Undo"))
        self.button.clicked.connect(self.undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(UNDO_VISIBLE_MS)
        self._timer.timeout.connect(self.forget)
        self.hide()

    def offer(
        self,
        text: str,
        undo: Callable[[], None],
        on_forget: Callable[[], None] | None = None,
    ) -> None:
        """Show ``text`` with Undo, which calls ``undo`` (once). ``on_forget`` is called when
        the offer goes without being used."""
        self.forget()
        self.label.setText(text)
        self.button.setAccessibleName(self.tr("Undo: %1").replace("%1", text))
        self._undo = undo
        self._on_forget = on_forget
        self.show()
        self.button.setFocus()
        self._timer.start()

    @property
    def offering(self) -> bool:
        return self._undo is not None

    def undo(self) -> None:
        action = self._undo
        self._undo = self._on_forget = None
        self._timer.stop()
        self.hide()
        if action is not None:
            action()

    def forget(self) -> None:
        """Take the offer away (it timed out, or Companion locks)."""
        forgotten = self._on_forget if self._undo is not None else None
        self._undo = self._on_forget = None
        self._timer.stop()
        self.hide()
        if forgotten is not None:
            forgotten()
