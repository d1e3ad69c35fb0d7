"""Saving by itself a moment after typing stops, and at once when asked: the journal's
editor, the notes after a session, the safety plan and the list/editor views (Feedback, and
Goals, which saves only when asked) share this.

The owner tells :class:`Autosave` each change; the save it was given runs after
``delay_ms`` of quiet, or on :meth:`Autosave.flush` (switching, leaving, locking, closing).
A save returns whether nothing is left unsaved: when it returns False (it could not save,
and has said why), the change stays pending and the next flush tries again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

#: How long typing pauses before what was typed is saved.
AUTOSAVE_DELAY_MS = 800

#: A save: True when nothing is left unsaved.
Save = Callable[[], bool]


class Autosave(QObject):
    """Whether changes are pending, and their save: ``save`` runs on :meth:`flush`, and
    (``when_quiet`` if given, else ``save``) after ``delay_ms`` without a change. With
    ``delay_ms`` None, changes are saved only on :meth:`flush`."""

    def __init__(
        self,
        parent: QObject,
        save: Save,
        delay_ms: int | None,
        *,
        when_quiet: Save | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._when_quiet = save if when_quiet is None else when_quiet
        self._pending = False
        self._by_itself = delay_ms is not None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        if delay_ms is not None:
            self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._quiet)

    @property
    def pending(self) -> bool:
        """Something changed that is not saved yet."""
        return self._pending

    def changed(self) -> None:
        """Something changed: it is pending, and saved after the delay of quiet."""
        self._pending = True
        if self._by_itself:
            self._timer.start()

    def flush(self) -> bool:
        """Save what is pending now; True when nothing is left unsaved."""
        self._timer.stop()
        return self._run(self._save)

    def cancel(self) -> None:
        """No save by itself for now; what is pending stays pending (for :meth:`flush`)."""
        self._timer.stop()

    def reset(self) -> None:
        """Nothing is pending: what is on screen was saved another way, or replaced by what
        is stored."""
        self._timer.stop()
        self._pending = False

    def setInterval(self, delay_ms: int) -> None:
        """Wait ``delay_ms`` of quiet from now on (named as QTimer's; tests shorten it)."""
        self._timer.setInterval(delay_ms)

    def _quiet(self) -> None:
        self._run(self._when_quiet)

    def _run(self, save: Save) -> bool:
        if not self._pending:
            return True
        self._pending = False  # a save that reaches back here finds nothing pending
        if save():
            return True
        self._pending = True
        return False
