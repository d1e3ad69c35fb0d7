"""open_at: the size a window asks for, within its screen, never below what it needs."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from companion.ui.window_size import fitting, open_at, room_on_screen


def test_a_size_that_fits_is_kept(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    open_at(widget, 300, 200)
    assert widget.size() == QSize(300, 200)


def test_a_size_larger_than_the_screen_is_made_to_fit(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    room = room_on_screen(widget)
    assert room is not None
    open_at(widget, room.width() + 500, room.height() + 500)
    assert widget.size() == room


def test_never_smaller_than_the_layout_needs(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    tall = QLabel("x")
    tall.setMinimumSize(50, 5000)
    QVBoxLayout(widget).addWidget(tall)
    size = fitting(widget, QSize(100, 100))
    assert size.height() >= 5000
    assert size.width() == 100
