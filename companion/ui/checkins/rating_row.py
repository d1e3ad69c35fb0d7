"""One check-in statement rated 0-10, with the mouse or the keyboard.

The whole row is one stop in the tab order. Keys: a digit chooses that rating ("1" then "0"
straight after gives 10), Left/Down and Right/Up step by one, Home gives 0, End gives 10,
Delete or Backspace clears. Enter is left to the dialog (it saves). The chosen rating is
shown as a pressed, bold number and spelled out next to the scale ("7 of 10"), so nothing
depends on colour; a frame marks the row that has the keyboard focus.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.domain.checkins import RATING_MAX, RATING_MIN
from companion.ui.accessible_roles import give_role
from companion.ui.checkins.texts import rating_text
from companion.ui.reflow import FlowLayout
from companion.ui.style import BAR_MARGINS, SPACING_SMALL, SPACING_TIGHT

#: How long after "1" a "0" still makes 10.
TEN_WINDOW_MS = 1500


class RatingRow(QWidget):
    """A statement and its rating. ``valueChanged`` carries the new value (int or None)."""

    valueChanged = Signal(object)

    def __init__(
        self, statement: str, *, optional: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self._statement = statement
        self._optional = optional
        self._one_typed = QElapsedTimer()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        give_role(self, QAccessible.Role.Slider)  # a scale the arrow keys move along
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)

        self.statement_label = QLabel(statement)
        self.statement_label.setWordWrap(True)
        self.value_label = QLabel()
        self.value_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("10 of 10") + 24)
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        low = QLabel(self.tr("not at all"))
        high = QLabel(self.tr("completely"))
        for label in (low, high):
            label.setEnabled(False)

        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self.buttons: list[QPushButton] = []
        scale_box = QWidget()
        scale = QHBoxLayout(scale_box)
        scale.setContentsMargins(0, 0, 0, 0)
        scale.setSpacing(SPACING_TIGHT)
        scale.addWidget(low)
        for number in range(RATING_MIN, RATING_MAX + 1):
            button = QPushButton(str(number))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            # 32 px each where there is room, narrower in a narrow window
            button.setMinimumWidth(22)
            button.setMaximumWidth(32)
            button.setAccessibleName(rating_text(number))
            self._group.addButton(button, number)
            self.buttons.append(button)
            scale.addWidget(button)
        scale.addWidget(high)
        # the rating in words at the right end, or below the scale when the row is narrow
        shown = FlowLayout(spacing=8, last_to_the_right=True)
        shown.addWidget(scale_box)
        shown.addWidget(self.value_label)
        self._group.idClicked.connect(self._clicked)
        # the chosen number stands out by shape and weight as well as colour
        self.setStyleSheet(
            "QPushButton:checked { background: palette(highlight); "
            "color: palette(highlighted-text); border: 2px solid palette(window-text); "
            "border-radius: 4px; padding: 3px 0; }"
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(BAR_MARGINS)
        layout.setSpacing(SPACING_SMALL)
        layout.addWidget(self.statement_label)
        layout.addLayout(shown)
        self.setAccessibleDescription(
            self.tr(
                "0 means not at all, 10 means completely. Type a number, or use the arrow "
                "keys, Home and End; Delete clears."
            )
        )
        self._sync()

    # -- value ------------------------------------------------------------------------------

    def value(self) -> int | None:
        return self._value

    def setValue(self, value: int | None, *, emit: bool = False) -> None:
        if value is not None:
            value = max(RATING_MIN, min(RATING_MAX, int(value)))
        changed = value != self._value
        self._value = value
        self._sync()
        if emit and changed:
            self.valueChanged.emit(value)

    @property
    def statement(self) -> str:
        return self._statement

    def _clicked(self, number: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.setValue(None if self._value == number else number, emit=True)

    def _sync(self) -> None:
        for number, button in enumerate(self.buttons):
            chosen = number == self._value
            button.setChecked(chosen)
            font = button.font()
            font.setWeight(QFont.Weight.Bold if chosen else QFont.Weight.Normal)
            font.setUnderline(chosen)
            button.setFont(font)
        if self._value is None:
            shown = self.tr("optional") if self._optional else self.tr("not rated yet")
        else:
            shown = rating_text(self._value)
        self.value_label.setText(shown)
        bold = self.value_label.font()
        bold.setBold(self._value is not None)
        self.value_label.setFont(bold)
        current = self.tr("not rated yet") if self._value is None else rating_text(self._value)
        self.setAccessibleName(
            self.tr("%1 Rating: %2").replace("%1", self._statement).replace("%2", current)
        )

    # -- keyboard ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            super().keyPressEvent(event)
            return
        typed_one = self._one_typed.isValid() and self._one_typed.elapsed() <= TEN_WINDOW_MS
        self._one_typed.invalidate()
        current = self._value
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            digit = int(key) - int(Qt.Key.Key_0)
            if digit == 0 and typed_one and current == 1:
                self.setValue(10, emit=True)
            else:
                self.setValue(digit, emit=True)
                if digit == 1:
                    self._one_typed.start()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.setValue(RATING_MIN if current is None else current + 1, emit=True)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.setValue(RATING_MIN if current is None else current - 1, emit=True)
        elif key == Qt.Key.Key_Home:
            self.setValue(RATING_MIN, emit=True)
        elif key == Qt.Key.Key_End:
            self.setValue(RATING_MAX, emit=True)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.setValue(None, emit=True)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._one_typed.invalidate()
        super().focusOutEvent(event)
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    # -- a visible focus --------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.hasFocus():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
        painter.setPen(pen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.AlternateBase))
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 6, 6)
        painter.end()
