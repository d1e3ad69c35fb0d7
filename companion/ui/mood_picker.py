"""Choosing an optional mood from 0 to 10, with the mouse or the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from companion.ui.accessible_roles import give_role
from companion.ui.reflow import FlowLayout
from companion.ui.style import SPACING_TIGHT


class MoodPicker(QWidget):
    """Eleven buttons 0-10 and a clear button. Click the chosen one again to clear it.

    Keyboard: Left/Right change the mood, Delete or Backspace clears it, digits choose.
    """

    moodChanged = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mood: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        give_role(self, QAccessible.Role.Slider)  # a scale the arrow keys move along
        self.setAccessibleName(self.tr("Mood"))
        self.setAccessibleDescription(self.tr("From 0, very low, to 10, very good. Optional."))
        # the scale on one line, and "Clear" after it (below it when the editor is narrow)
        scale = QWidget()
        layout = QHBoxLayout(scale)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING_TIGHT)
        low = QLabel(self.tr("low"))
        low.setEnabled(False)
        layout.addWidget(low)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self.buttons: list[QPushButton] = []
        for value in range(11):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            # 30 px each where there is room, a little narrower in a narrow window
            button.setMinimumWidth(22)
            button.setMaximumWidth(30)
            button.setAccessibleName(self.tr("Mood %1 of 10").replace("%1", str(value)))
            self._group.addButton(button, value)
            self.buttons.append(button)
            layout.addWidget(button)
        high = QLabel(self.tr("good"))
        high.setEnabled(False)
        layout.addWidget(high)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear mood"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.clear_button.clicked.connect(lambda: self.set_mood(None, emit=True))
        flow = FlowLayout(self, spacing=6)
        flow.addWidget(scale)
        flow.addWidget(self.clear_button)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._group.idClicked.connect(self._clicked)
        self._sync()

    def mood(self) -> int | None:
        return self._mood

    def set_mood(self, mood: int | None, *, emit: bool = False) -> None:
        if mood is not None:
            mood = max(0, min(10, mood))
        changed = mood != self._mood
        self._mood = mood
        self._sync()
        if emit and changed:
            self.moodChanged.emit(mood)

    def _clicked(self, value: int) -> None:
        self.set_mood(None if self._mood == value else value, emit=True)

    def _sync(self) -> None:
        for value, button in enumerate(self.buttons):
            button.setChecked(value == self._mood)
        self.clear_button.setEnabled(self._mood is not None)
        self.setAccessibleDescription(
            self.tr("No mood chosen")
            if self._mood is None
            else self.tr("Mood %1 of 10").replace("%1", str(self._mood))
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.set_mood(0 if self._mood is None else self._mood + 1, emit=True)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.set_mood(0 if self._mood is None else self._mood - 1, emit=True)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_mood(None, emit=True)
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            digit = int(key) - int(Qt.Key.Key_0)
            # "1" then "0" within the same picker gives 10
            self.set_mood(10 if digit == 0 and self._mood == 1 else digit, emit=True)
        else:
            super().keyPressEvent(event)
