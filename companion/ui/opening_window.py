"""The small window shown while the journal opens without a prompt.

When the profile opens from the keychain (or with a passphrase given on standard input),
unlocking runs on a thread while Qt starts; this window is on screen from the moment Qt can
draw until the main window is ready, so a client sees Companion respond at once, also when the
keychain takes its time (or asks the client something first). It shows the app's name and
what is happening, nothing from the journal.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from companion.ui.style import Text, font_for

#: Size of the window (device-independent pixels) and of the icon on it.
WIDTH, HEIGHT, ICON = 360, 200, 64
#: Never wait longer than this for the window system to show it (seconds).
SHOW_TIMEOUT_S = 2.0
# While waiting, the window's events are handled at least this often (seconds).
WAIT_PAUSE_S = 0.005


class OpeningWindow(QLabel):
    """Companion's icon and name, and "Opening your journal…", in the theme's colours.

    A frameless window of the splash-screen kind; not a QSplashScreen, which waits up to a
    second for the window system whenever it repaints."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.setPixmap(self._picture())
        self.setFixedSize(WIDTH, HEIGHT)
        self.setAccessibleName(self.tr("Opening your journal"))
        screen = QApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.move(area.center().x() - WIDTH // 2, area.center().y() - HEIGHT // 2)

    def _picture(self) -> QPixmap:
        app = QApplication.instance()
        ratio = app.devicePixelRatio() if isinstance(app, QApplication) else 1.0
        palette = QApplication.palette()
        picture = QPixmap(round(WIDTH * ratio), round(HEIGHT * ratio))
        picture.setDevicePixelRatio(ratio)
        picture.fill(palette.color(QPalette.ColorRole.Window))
        painter = QPainter(picture)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            edge = QColor(palette.color(QPalette.ColorRole.Mid))
            painter.setPen(edge)
            painter.drawRect(0, 0, WIDTH - 1, HEIGHT - 1)
            icon_top = 36
            QApplication.windowIcon().paint(painter, (WIDTH - ICON) // 2, icon_top, ICON, ICON)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            base = QApplication.font()
            painter.setFont(font_for(Text.TITLE, base))
            name_top = icon_top + ICON + 12
            painter.drawText(0, name_top, WIDTH, 32, Qt.AlignmentFlag.AlignHCenter, "Companion")
            painter.setFont(base)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                0,
                name_top + 34,
                WIDTH,
                24,
                Qt.AlignmentFlag.AlignHCenter,
                self.tr("Opening your journal…"),
            )
        finally:
            painter.end()
        return picture

    def show_now(self) -> None:
        """Show it and let the window system put it on screen before going on."""
        self.show()
        app = QApplication.instance()
        deadline = time.monotonic() + SHOW_TIMEOUT_S
        while isinstance(app, QApplication) and time.monotonic() < deadline:
            handle = self.windowHandle()
            if handle is not None and handle.isExposed():
                break
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        self.repaint()

    def wait_for(
        self, done: Callable[[], bool], *, pause: Callable[[float], object] = time.sleep
    ) -> None:
        """Keep the window responsive until ``done()`` is true. Between looks it waits with
        ``pause(seconds)``, which may return early: give one that returns as soon as ``done``
        changes (``EarlyUnlocking.wait``), and no time is lost after it does."""
        app = QApplication.instance()
        while not done():
            if isinstance(app, QApplication):
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if not done():
                pause(WAIT_PAUSE_S)

    def hand_over(self, window: QWidget) -> None:
        """Close once ``window`` (shown) has been painted."""
        from companion.ui.first_paint import when_painted

        def close() -> None:
            self.close()

        when_painted(window, close)
