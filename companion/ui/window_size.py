"""Opening a window at a comfortable size that still fits the screen it opens on.

Dialogs ask for the size they look best at; on a small laptop screen (1366×768, or a window
scaled up by the system) that can be taller than the screen, with the buttons out of reach.
:func:`open_at` gives a window the size it asks for, made smaller to fit the screen, but
never smaller than its layout needs (its contents scroll or reflow below that).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

#: Room left around a window for its title bar and frame (the screen's available area
#: already leaves out task bars and docks).
FRAME_ROOM = QSize(16, 48)


def room_on_screen(widget: QWidget) -> QSize | None:
    """The largest window size that fits the screen ``widget`` is on (None: no screen)."""
    screen = widget.screen()
    if screen is None:
        return None
    return screen.availableGeometry().size() - FRAME_ROOM


def fitting(widget: QWidget, wanted: QSize) -> QSize:
    """``wanted`` made no larger than the screen, and no smaller than ``widget`` needs."""
    size = QSize(wanted)
    room = room_on_screen(widget)
    if room is not None:
        size = size.boundedTo(room)
    least = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    return size.expandedTo(least)


def open_at(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width``×``height``, or as much of it as fits its screen."""
    widget.resize(fitting(widget, QSize(width, height)))
