"""How sync is doing, in one line of the main window's status bar.

:class:`SyncStatusLabel` sits at a fixed place and width at the right of the status bar (so
its words changing never moves anything else), shows the :class:`SyncState` the runner
reports ("Synced just now", "Sync folder not available right now", "Sync problem: …"),
explains more in its tooltip, and asks for the sync settings when clicked. Hidden while
sync is not set up or the journal is locked.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from companion.ui import formatting
from companion.ui.style import SPACING
from companion.ui.sync_runner import SyncKind, SyncState

#: "Synced just now" for this long after a round.
JUST_NOW = timedelta(seconds=60)
#: The label's width: room for about this many characters, at most _MAX_WIDTH pixels.
_CHARACTERS = 64
_MAX_WIDTH = 420
#: Where the first part of a problem's message ends (the tooltip has all of it).
_FIRST_PART = re.compile(r"[:;.!?。]")


def first_part(message: str) -> str:
    """The start of a message, up to its first colon or full stop: "A file another
    computer wrote could not be read"."""
    found = _FIRST_PART.search(message)
    return (message[: found.start()] if found else message).strip()


class SyncStatusLabel(QLabel):
    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = SyncState()
        self.setObjectName("syncStatus")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setContentsMargins(SPACING, 0, SPACING, 0)
        self._ticker = QTimer(self)  # "just now" turns into "at 16:05"
        self._ticker.setInterval(20_000)
        self._ticker.timeout.connect(self._render)
        self.retranslate()

    def retranslate(self) -> None:
        """Words (and the width they need) in the current language."""
        self.setAccessibleName(self.tr("Sync status"))
        metrics = self.fontMetrics()
        longest = max(
            metrics.averageCharWidth() * _CHARACTERS,
            *(
                metrics.horizontalAdvance(text)
                for text in (
                    self.tr("Sync folder not available right now"),
                    self.tr("Synced just now"),
                    self.tr("Synced at %1").replace("%1", "23:59 PM"),
                )
            ),
        )
        margins = self.contentsMargins()
        self.setFixedWidth(min(_MAX_WIDTH, longest + margins.left() + margins.right() + 8))
        self._render()

    def show_state(self, state: SyncState) -> None:
        self._state = state
        self._render()

    @property
    def state(self) -> SyncState:
        return self._state

    def _render(self) -> None:
        state = self._state
        self.setVisible(state.kind is not SyncKind.OFF)
        if state.kind is SyncKind.OFF:
            self._ticker.stop()
            return
        text, tip = self._words(state)
        room = self.width() - self.contentsMargins().left() - self.contentsMargins().right()
        if state.kind is SyncKind.PROBLEM and self.fontMetrics().horizontalAdvance(text) > room:
            text = self.tr("Sync problem — click for details")  # rather than half a sentence
        self.setText(self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room))
        self.setToolTip(tip)
        self.setAccessibleDescription(tip)
        if state.kind is SyncKind.SYNCED:
            self._ticker.start()
        else:
            self._ticker.stop()

    def _synced_words(self, when: datetime | None) -> str:
        if when is None:
            return self.tr("Not synced yet")
        if datetime.now() - when < JUST_NOW:
            return self.tr("Synced just now")
        if when.date() == datetime.now().date():
            return self.tr("Synced at %1").replace("%1", formatting.time_text(when))
        return self.tr("Last synced %1").replace("%1", formatting.date_time(when))

    def _words(self, state: SyncState) -> tuple[str, str]:
        """The line and its tooltip."""
        folder = str(state.folder) if state.folder is not None else ""
        synced = self._synced_words(state.last_synced)
        more = self.tr("Click for the sync settings.")
        if state.kind is SyncKind.AWAY:
            tip = self.tr(
                "Companion cannot reach the sync folder right now (%1). Is the drive or USB "
                "stick connected? Your changes are kept here and go into the folder when it "
                "is back."
            ).replace("%1", folder)
            return self.tr("Sync folder not available right now"), f"{tip}\n{synced}. {more}"
        if state.kind is SyncKind.PROBLEM:
            line = self.tr("Sync problem: %1").replace("%1", first_part(state.problem))
            return line, "\n\n".join([*state.problems, more])
        tip = self.tr("Your journal syncs through %1.").replace("%1", folder)
        return synced, f"{tip} {more}"

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)
