"""Knowing when a window has first been painted on screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _ExposeWatch(QObject):
    """Calls back once, after the window's first frame (its first expose has been painted)."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        handle = window.windowHandle()
        assert handle is not None  # a shown top-level window has its native window
        self._handle = handle
        handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        exposed = event.type() == QEvent.Type.Expose and self._handle.isExposed()
        if watched is self._handle and exposed:
            self._handle.removeEventFilter(self)
            # the expose is painted while it is handled: call back right after that
            QTimer.singleShot(0, self, self._then)
        return False


def when_painted(window: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` once ``window`` (shown, top-level) has been painted for the first time;
    right away (on the next turn of the event loop) if it is already on screen."""
    handle = window.windowHandle()
    if handle is not None and handle.isExposed():
        QTimer.singleShot(0, window, then)
        return
    _ExposeWatch(window, then)
