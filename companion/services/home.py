"""Home: since my last session, and what comes next."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from companion.domain.home import HomeDigest, SessionMoment
from companion.storage import home_queries
from companion.storage.engine import Database


def _now() -> datetime:
    return datetime.now().astimezone()


class HomeService:
    def __init__(self, db: Database, clock: Callable[[], datetime] = _now) -> None:
        self._db = db
        self._clock = clock

    def digest(self, counselor_id: int | None = None) -> HomeDigest:
        with self._db.read() as conn:
            return home_queries.digest(conn, self._clock(), counselor_id)

    def sessions_between(self, start: datetime, end: datetime) -> list[SessionMoment]:
        """Planned or attended sessions starting between two aware moments (reminders)."""
        with self._db.read() as conn:
            return home_queries.sessions_between(conn, start, end)
