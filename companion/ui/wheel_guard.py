"""The mouse wheel scrolls the page, not the choice under the pointer.

A client scrolling through a form (a goal, the settings) should not change a combo box, a
date or a number that happens to pass under the pointer. Such controls take the wheel only
once they have the keyboard focus (a click or Tab); otherwise the wheel turn goes to the
scroll area around them. Scroll bars and the list views keep the wheel as always.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QSlider,
    QWidget,
)

#: Controls whose value a stray wheel turn would change.
_GUARDED = (QComboBox, QAbstractSpinBox, QSlider)


class WheelGuard(QObject):
    """Passes wheel turns over an unfocused value control on to its parent."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, _GUARDED):
            return False
        if event.type() == QEvent.Type.Polish:
            _no_wheel_focus(watched)
        elif event.type() == QEvent.Type.Wheel and not watched.hasFocus():
            assert isinstance(event, QWheelEvent)
            _scroll_around(watched, event)
            event.accept()
            return True
        return False


def _scroll_around(control: QWidget, event: QWheelEvent) -> None:
    """Give ``event`` to the nearest scroll area around ``control`` (none: it is dropped)."""
    area = control.parentWidget()
    while area is not None and not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    if area is None:
        return
    viewport = area.viewport()
    where = viewport.mapFromGlobal(event.globalPosition())
    moved = QWheelEvent(
        where,
        event.globalPosition(),
        event.pixelDelta(),
        event.angleDelta(),
        event.buttons(),
        event.modifiers(),
        event.phase(),
        event.inverted(),
    )
    QApplication.sendEvent(viewport, moved)


def install(app: QApplication) -> WheelGuard:
    """Guard every widget of ``app``, those already there and those made later (once; a
    second call returns the same guard)."""
    guard = app.findChild(WheelGuard)
    if guard is None:
        guard = WheelGuard(app)
        app.installEventFilter(guard)
        for widget in app.allWidgets():  # polished before the guard was there
            if isinstance(widget, _GUARDED):
                _no_wheel_focus(widget)
    return guard


def _no_wheel_focus(widget: QWidget) -> None:
    # Qt's default for these is "wheel focus": a turn would give them the focus first and
    # then change them. A click or Tab still does.
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
