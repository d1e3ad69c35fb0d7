"""Insights: what the charts show for a period and a counselor choice, read in one short
unit of work."""

from __future__ import annotations

from datetime import date, timedelta

from companion.domain.insights import (
    InsightsData,
    MoodPoint,
    Period,
    counselor_changes,
)
from companion.storage import insights_store as store
from companion.storage.engine import Database


class InsightsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def data(
        self, period: Period, counselor_id: int | None = None, *, today: date | None = None
    ) -> InsightsData:
        """Journal moods, sessions, check-ins with their ratings, goal progress and counselor
        changes within ``period`` (up to ``today``); check-ins, sessions and goals of one
        counselor when ``counselor_id`` is given. The journal is not tied to a counselor, so
        moods are always all of them. The journaling calendar's twelve months up to the
        period's end come along too."""
        period = period.validated()
        today = today or date.today()
        first, last = period.bounds(today)
        calendar_last = last or today
        calendar_first = calendar_last - timedelta(days=371)
        journal_first = None if first is None else min(first, calendar_first)
        with self._db.read() as conn:
            days = store.journal_days(conn, journal_first, calendar_last)
            checkins = store.checkins(conn, first, last, counselor_id)
            sessions = store.sessions(conn, first, last, counselor_id)
            goals = store.goal_series(conn, first, last, counselor_id)
            starts = store.counselor_starts(conn)
        sessions = period.filter(sessions, lambda s: s.when.astimezone().date(), today)
        checkins = period.filter(checkins, lambda c: c.when.date(), today)
        in_period = period.filter(days, lambda d: d[0], today)
        in_calendar = [d for d in days if calendar_first <= d[0] <= calendar_last]
        return InsightsData(
            period=period,
            today=today,
            counselor_id=counselor_id,
            checkins=tuple(checkins),
            moods=tuple(MoodPoint(d, m) for d, m in in_period if m is not None),
            entry_days=tuple(d for d, _m in in_period),
            sessions=tuple(sessions),
            changes=tuple(period.filter(counselor_changes(starts), lambda c: c.when, today)),
            goals=tuple(goals),
            calendar_days=tuple(d for d, _m in in_calendar),
            calendar_moods=tuple(MoodPoint(d, m) for d, m in in_calendar if m is not None),
        )
