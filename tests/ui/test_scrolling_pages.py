"""A page that scrolls (ui/reflow.py ``scrolling``) with the keyboard: Tab never stops on
the scroll area itself, and whatever inside takes focus is scrolled into sight, however
focus got there (the screen reader walk found the empty stops; Shift+Tab from outside once
landed on a control out of sight)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.ui.reflow import scrolling


def _page(qtbot) -> tuple[QWidget, QPushButton, list[QPushButton]]:
    window = QWidget()
    qtbot.addWidget(window)
    row = QHBoxLayout(window)
    outside = QPushButton("Outside")
    row.addWidget(outside)
    content = QWidget()
    column = QVBoxLayout(content)
    buttons = [QPushButton(f"Row {i}") for i in range(40)]
    for button in buttons:
        column.addWidget(button)
    row.addWidget(scrolling(content))
    window.resize(320, 200)
    with qtbot.waitActive(window):  # focus moves (and is followed) in the active window
        window.show()
        window.activateWindow()
    return window, outside, buttons


def test_shift_tab_into_a_page_shows_the_control_it_lands_on(qtbot) -> None:
    window, outside, buttons = _page(qtbot)
    outside.setFocus()
    qtbot.keyClick(outside, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert window.focusWidget() is buttons[-1]
    assert not buttons[-1].visibleRegion().isEmpty(), "focus is on a control out of sight"


def test_tab_does_not_stop_on_the_scroll_area(qtbot) -> None:
    window, outside, buttons = _page(qtbot)
    outside.setFocus()
    qtbot.keyClick(outside, Qt.Key.Key_Tab)
    assert window.focusWidget() is buttons[0]


def test_a_page_closed_while_a_control_inside_has_focus(qtbot) -> None:
    """Deleting the page moves focus away from the control inside as it goes; the scroll
    area is half gone by then and must not be asked to scroll (an error in a slot fails the
    test)."""
    window, _outside, buttons = _page(qtbot)
    buttons[5].setFocus()
    area = window.findChild(QScrollArea)
    assert area is not None and window.focusWidget() is buttons[5]
    area.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    assert window.findChild(QScrollArea) is None
