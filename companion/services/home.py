"""Home: since the last session, and what comes next."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from companion.domain import agenda as agenda_rules
from companion.domain.checkins import DEFAULT_NUDGE_DAYS, clamp_nudge_days
from companion.domain.home import AGENDA_PREVIEW, HomeDigest, SessionMoment
from companion.domain.journal import preview_text
from companion.storage import agenda_store, checkin_store, home_store
from companion.storage.engine import Database


def _now() -> datetime:
    return datetime.now().astimezone()


class HomeService:
    def __init__(self, db: Database, clock: Callable[[], datetime] = _now) -> None:
        self._db = db
        self._clock = clock

    def digest(
        self, counselor_id: int | None = None, nudge_days: int = DEFAULT_NUDGE_DAYS
    ) -> HomeDigest:
        """What Home shows, in one read whose every query is limited (Home is the first
        view at start-up). Its agenda count is the number of lines the Agenda shows for the
        same counselor (the one chosen, else the one of the next or the last session): items,
        flagged entries and feedback ready to share alike. The check-in it offers is the
        first of :meth:`CheckInService.nudges` for ``nudge_days``."""
        now = self._clock()
        with self._db.read() as conn:
            digest = home_store.digest(conn, now, counselor_id)
            since = now - timedelta(days=clamp_nudge_days(nudge_days))
            due = checkin_store.latest_attended_to_nudge(conn, now, since, counselor_id)
            if due:
                digest = replace(digest, check_in_due=home_store.session_moment(conn, due[0]))
            session = digest.next_session or digest.last_session
            whose = (
                counselor_id
                if counselor_id is not None
                else (session.counselor_id if session is not None else None)
            )
            if whose is None:
                return digest
            lines = agenda_rules.arrange(agenda_store.agenda_lines(conn, whose))
        shown = tuple(preview_text("", line.text) for line in lines[:AGENDA_PREVIEW])
        return replace(digest, open_agenda_items=len(lines), agenda_preview=shown)

    def sessions_between(self, start: datetime, end: datetime) -> list[SessionMoment]:
        """Planned or attended sessions starting between two aware moments (reminders)."""
        with self._db.read() as conn:
            return home_store.sessions_between(conn, start, end)
