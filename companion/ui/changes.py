"""Keeping every view current: the profile's committed changes, brought to the UI thread.

:class:`ChangeRelay` listens to the profile's change feed (which may speak on a worker
thread), gathers a burst of commits for a moment and then emits one merged
:class:`~companion.domain.changes.Changes` on the UI thread. The main window hands it to the
views that show an area that changed: at once to the view on screen, to the others when they
are next shown. A view that wrote something itself and already shows it can tell the echo of
its own write apart with :class:`OwnWrites`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from companion.domain.changes import Area, ChangeFeed, Changes

#: How long a burst of commits (an import, a dialog saving several records) is gathered.
GATHER_MS = 30


class ChangeRelay(QObject):
    """The changes of one profile, merged per burst, on the UI thread."""

    changed = Signal(object)  # Changes
    _arrived = Signal(object)  # Changes, from any thread

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending = Changes()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GATHER_MS)
        self._timer.timeout.connect(self._deliver)
        self._arrived.connect(self._gather)
        self._unsubscribe: Callable[[], None] | None = feed.subscribe(self._hear)

    def _hear(self, changes: Changes) -> None:
        """Called on the committing thread: a queued signal carries it to the UI thread."""
        with contextlib.suppress(RuntimeError):  # the relay is gone: nobody is listening
            self._arrived.emit(changes)

    @Slot(object)
    def _gather(self, changes: Changes) -> None:
        self._pending = self._pending.merged(changes)
        if not self._timer.isActive():
            self._timer.start()

    @Slot()
    def _deliver(self) -> None:
        changes, self._pending = self._pending, Changes()
        if changes:
            self.changed.emit(changes)

    def deliver_now(self) -> None:
        """Hand over what was gathered without waiting (before the views are thrown away)."""
        self._timer.stop()
        self._deliver()

    def stop(self) -> None:
        """Stop listening (the profile is locked)."""
        self._timer.stop()
        self._pending = Changes()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None


def relevant(changes: Changes, shows: frozenset[Area]) -> Changes:
    """Only the part of ``changes`` about the areas in ``shows``."""
    return Changes({area: ids for area, ids in changes.areas.items() if area in shows})


class OwnWrites:
    """Records a view wrote and already shows, so that the announcement of that very write
    does not make it reload (and lose the client's place)."""

    def __init__(self) -> None:
        self._ids: dict[Area, set[int]] = {}

    def note(self, area: Area, record_id: int) -> None:
        self._ids.setdefault(area, set()).add(record_id)

    def is_echo(self, changes: Changes) -> bool:
        """True when ``changes`` holds nothing but records noted here (which are then
        forgotten); anything else means someone else wrote too."""
        own = self._ids
        self._ids = {}
        if not changes:
            return True
        for area, ids in changes.areas.items():
            if ids is None or not ids <= own.get(area, set()):
                return False
        return True
