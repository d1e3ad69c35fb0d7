"""Home: since my last session, and what comes next."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from companion.domain import agenda as agenda_rules
from companion.domain.home import HomeDigest, SessionMoment
from companion.storage import agenda_store, home_store
from companion.storage.engine import Database


def _now() -> datetime:
    return datetime.now().astimezone()


class HomeService:
    def __init__(self, db: Database, clock: Callable[[], datetime] = _now) -> None:
        self._db = db
        self._clock = clock

    def digest(self, counselor_id: int | None = None) -> HomeDigest:
        """What Home shows. Its agenda count is the number of lines the Agenda shows for
        the same counselor (the one chosen, else the one of the next or the last session):
        items, flagged entries and feedback ready to share alike."""
        with self._db.read() as conn:
            digest = home_store.digest(conn, self._clock(), counselor_id)
            session = digest.next_session or digest.last_session
            whose = (
                counselor_id
                if counselor_id is not None
                else (session.counselor_id if session is not None else None)
            )
            if whose is None:
                return digest
            lines = agenda_rules.arrange(agenda_store.agenda_lines(conn, whose))
        return replace(digest, open_agenda_items=len(lines))

    def sessions_between(self, start: datetime, end: datetime) -> list[SessionMoment]:
        """Planned or attended sessions starting between two aware moments (reminders)."""
        with self._db.read() as conn:
            return home_store.sessions_between(conn, start, end)
