"""The home screen's digest: what happened since the last session, what comes next."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime


@dataclass(frozen=True)
class SessionMoment:
    session_id: int
    #: The session's start on this computer's clock (naive wall-clock time).
    starts_at: datetime
    counselor_id: int
    counselor_name: str
    #: False once the client has ended with this counselor (no check-in is offered then).
    counselor_active: bool = True
    #: The IANA zone the session was planned in ("" when not known).
    time_zone: str = ""
    #: The start as a moment (aware); None when only the wall-clock time is known.
    moment: datetime | None = None

    @property
    def instant(self) -> datetime:
        """The start as an aware moment, to show it with the zone it was planned in."""
        if self.moment is not None:
            return self.moment
        return self.starts_at.astimezone(UTC)


@dataclass(frozen=True)
class HomeDigest:
    today: date
    last_session: SessionMoment | None
    next_session: SessionMoment | None
    #: Everything below counts from the last session (or the last 30 days without one).
    since: datetime
    entries_since: int
    mood_low: int | None
    mood_high: int | None
    flagged_entries: int
    open_agenda_items: int
    draft_feedback: int
    ready_feedback: int
    goals_touched: int

    @property
    def days_since_last(self) -> int | None:
        if self.last_session is None:
            return None
        return (self.today - self.last_session.starts_at.date()).days

    @property
    def days_until_next(self) -> int | None:
        if self.next_session is None:
            return None
        return (self.next_session.starts_at.date() - self.today).days

    @property
    def has_anything(self) -> bool:
        """False for a brand-new profile: the home screen then shows a welcome instead."""
        return bool(
            self.last_session
            or self.next_session
            or self.entries_since
            or self.flagged_entries
            or self.open_agenda_items
            or self.draft_feedback
            or self.ready_feedback
            or self.goals_touched
        )


#: Without a session yet, the digest looks back this many days.
DEFAULT_LOOKBACK_DAYS = 30
