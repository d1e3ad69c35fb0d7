"""Noticing when the client has stepped away, for the idle auto-lock."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.InputMethod,
}


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without keyboard, mouse or touch input in the app."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._minutes: int | None = None
        self._watching = False

    def watch_input(self) -> None:
        """Start noticing input anywhere in the app (once). The owner calls this once its
        window is up: a filter on the whole app sees every event, and start-up has thousands."""
        app = QApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True

    def set_minutes(self, minutes: int | None) -> None:
        self._minutes = minutes
        self.restart()

    def set_interval_ms(self, ms: int) -> None:
        """For tests: a shorter timeout."""
        self._timer.setInterval(ms)
        self._timer.start()

    def restart(self) -> None:
        if self._minutes is None:
            self._timer.stop()
        else:
            self._timer.start(self._minutes * 60_000)

    def pause(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False
