"""The bar that offers, for a while, to undo what was just done: a deleted journal entry or
a restored version, a line taken off the agenda, a removed goal rating.

Each view puts one :class:`UndoBar` in its layout and calls :meth:`UndoBar.offer` after the
deed, with what to say and what Undo does; the bar shows it, hides itself after
:data:`UNDO_VISIBLE_MS`, and does the undo at most once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from companion.ui.style import BAR_MARGINS

UNDO_VISIBLE_MS = 15_000

# What Undo does; returning False means it did not go through (the view says why) and the
# offer stays, for the time it had left.
UndoAction = Callable[[], bool | None]


class UndoBar(QFrame):
    """Says what was done, with Undo; hides itself after :data:`UNDO_VISIBLE_MS`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._undo: UndoAction | None = None
        self._on_forget: Callable[[], None] | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("&Undo"))
        self.button.clicked.connect(self.undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(BAR_MARGINS)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.forget)
        self.hide()

    def offer(
        self,
        text: str,
        undo: UndoAction,
        on_forget: Callable[[], None] | None = None,
        *,
        accessible_name: str | None = None,
        focus: bool = True,
    ) -> None:
        """Show ``text`` with Undo, which calls ``undo`` (once). ``on_forget`` is called when
        the offer goes without being used. The button is named ``accessible_name`` (else
        "Undo: ``text``") and takes the focus unless ``focus`` is False (the view keeps it)."""
        self.forget()
        self.label.setText(text)
        self.button.setAccessibleName(
            accessible_name
            if accessible_name is not None
            else self.tr("Undo: %1").replace("%1", text)
        )
        self._show_offer(undo, on_forget, UNDO_VISIBLE_MS)
        if focus:
            self.button.setFocus()

    def add_shortcut(self, widget: QWidget) -> None:
        """Let the platform's Undo key (Ctrl+Z) anywhere in ``widget`` do what the bar offers,
        while it offers something."""
        action = QAction(widget)
        action.setShortcut(QKeySequence.StandardKey.Undo)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(self.undo)
        widget.addAction(action)

    @property
    def offering(self) -> bool:
        return self._undo is not None

    def undo(self) -> None:
        action, on_forget = self._undo, self._on_forget
        left = self._timer.remainingTime()
        had_focus = self.button.hasFocus()
        self._undo = self._on_forget = None
        self._timer.stop()
        self.hide()
        if action is not None and action() is False:
            self._show_offer(action, on_forget, max(left, 0))
            if had_focus:
                self.button.setFocus()

    def forget(self) -> None:
        """Take the offer away (it timed out, or Companion locks)."""
        forgotten = self._on_forget if self._undo is not None else None
        self._undo = self._on_forget = None
        self._timer.stop()
        self.hide()
        if forgotten is not None:
            forgotten()

    def _show_offer(
        self, undo: UndoAction, on_forget: Callable[[], None] | None, visible_ms: int
    ) -> None:
        self._undo = undo
        self._on_forget = on_forget
        self.show()
        self._timer.start(visible_ms)
