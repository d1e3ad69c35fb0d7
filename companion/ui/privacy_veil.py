"""Plain panels laid over Companion's open dialogs while another app is in front.

The main window covers itself with its own panel; a dialog that is open at that moment (an
entry's check-in, the export preview, a message) would still show its content. A veil is a
child widget that fills such a dialog until Companion is in front again. It hides nothing
from Companion itself: the dialog keeps running, with its state and its modality.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

_COVERED_TYPES = (Qt.WindowType.Dialog, Qt.WindowType.Window, Qt.WindowType.Sheet)


class Veil(QLabel):
    """A plain panel over ``window``'s content that follows its size."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(self.tr("Companion is in the background."), window)
        self.setObjectName("privacyVeil")
        self.setAccessibleName(self.tr("Companion is in the background"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
            self.raise_()
        elif event.type() == QEvent.Type.ChildAdded:
            self.raise_()
        return False


def veil_open_windows(main: QWidget) -> list[Veil]:
    """Veil every visible dialog or window of Companion except ``main`` (menus, tool tips and
    other popups close by themselves when the app goes to the background)."""
    veils = []
    for window in QApplication.topLevelWidgets():
        if (
            window is main
            or not window.isVisible()
            or window.windowType() not in _COVERED_TYPES
            or window.findChild(Veil, options=Qt.FindChildOption.FindDirectChildrenOnly)
        ):
            continue
        veils.append(Veil(window))
    return veils


def lift(veils: list[Veil]) -> None:
    """Take the veils away again."""
    for veil in veils:
        parent = veil.parentWidget()
        if parent is not None:
            parent.removeEventFilter(veil)
        veil.hide()
        veil.deleteLater()
    veils.clear()
