"""What changed in a profile, announced once it is committed.

Every committed unit of work reports which areas of the profile it touched and, where it
knows them, which records. Views listen (through the UI's relay) and bring what they show up
to date, so no caller has to remember to refresh anything. Standard library only; publishing
may happen on any thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

log = logging.getLogger(__name__)


class Area(StrEnum):
    """The parts of a profile a view can show."""

    JOURNAL = "journal"  # entries, their tags and flags
    ENTRY_HISTORY = "entry_history"  # earlier versions, recently deleted entries
    ATTACHMENTS = "attachments"  # files kept with entries
    COUNSELORS = "counselors"
    SESSIONS = "sessions"  # sessions and their series
    AGENDA = "agenda"  # agenda items and after-session notes
    CHECKINS = "checkins"
    GOALS = "goals"  # goals and their progress ratings
    FEEDBACK = "feedback"
    SAFETY_PLAN = "safety_plan"
    SETTINGS = "settings"  # what the profile stores about itself
    SYNC = "sync"  # what sync keeps about records, other computers and its change files


#: Record ids of an area, or ``None`` for "any record of it" (when a write did not say).
Ids = frozenset[int] | None


@dataclass(frozen=True)
class Changes:
    """Areas touched by one or more commits, with the ids of the records where known."""

    areas: Mapping[Area, Ids] = field(default_factory=dict)

    @classmethod
    def of(cls, area: Area, ids: Iterable[int] | None = None) -> Changes:
        return cls({area: None if ids is None else frozenset(ids)})

    @classmethod
    def everything(cls) -> Changes:
        """Every area, any record (after a whole journal was replaced)."""
        return cls(dict.fromkeys(Area))

    def __bool__(self) -> bool:
        return bool(self.areas)

    def touches(self, *areas: Area) -> bool:
        """True when any of ``areas`` changed."""
        return any(area in self.areas for area in areas)

    def ids(self, area: Area) -> Ids:
        """The changed records of ``area``: ``None`` when any record may have changed; empty
        when none did (the area may still have been touched: see :meth:`touches`)."""
        if area not in self.areas:
            return frozenset()
        return self.areas[area]

    def merged(self, other: Changes) -> Changes:
        """Both sets of changes in one (what a burst of commits changed altogether)."""
        combined: dict[Area, Ids] = dict(self.areas)
        for area, ids in other.areas.items():
            if area in combined:
                mine = combined[area]
                combined[area] = None if mine is None or ids is None else mine | ids
            else:
                combined[area] = ids
        return Changes(combined)


Listener = Callable[[Changes], None]


class ChangeFeed:
    """Where committed changes are announced. Listeners are called on the thread that
    committed; a listener that fails is logged (its type only) and the others still hear."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with every later change; returns what stops it."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, changes: Changes) -> None:
        if not changes:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(changes)
            except Exception as exc:  # one broken listener must not silence the others
                log.error("a change listener failed: %s", type(exc).__name__)
