"""Counseling sessions: planned, attended, cancelled or missed; recurring schedules; and the
rules of importing appointments from a calendar file that need no library.

Times: a session's start is a moment (an aware datetime in UTC) together with the IANA time
zone it was planned in, so it is shown at the right wall-clock time after daylight saving
changes. A schedule is a rule in *local* time ("Tuesdays at 17:00, Europe/Berlin"): each
occurrence is computed on the local calendar and only then turned into a moment, so the
sessions stay at 17:00 on both sides of a clock change.
"""

from __future__ import annotations

import calendar
import hashlib
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from companion.domain.enums import SessionMode, SessionStatus
from companion.domain.errors import InvalidInput
from companion.domain.time_zones import LONGEST_NAME, known_zone
from companion.domain.wording import tr, tr_n

DEFAULT_DURATION = 50
DURATION_MAX = 1440
INTERVAL_MAX = 52
#: How far one schedule may reach from its first date (a little over two years).
SCHEDULE_MAX_DAYS = 2 * 366
SCHEDULE_MAX_MONTHS = 24
#: Recurring events from a calendar file are expanded at most this far ahead of today.
ICS_HORIZON_MONTHS = 12
#: And to at most this many sessions per event (an endless rule that started long ago).
ICS_MAX_PER_EVENT = 500
ICS_UID_MAX = 255


class CalendarFileProblem(InvalidInput):
    """The calendar file cannot be imported; the message says why, for people."""


# --- time helpers ----------------------------------------------------------------------------


def zone(name: str) -> ZoneInfo:
    """The IANA time zone ``name``; an unknown name is refused with a message."""
    found = known_zone(name)
    if found is None:
        shown = name if len(name) <= LONGEST_NAME else name[:LONGEST_NAME] + "…"
        raise InvalidInput(
            tr("domain.sessions", "Companion does not know the time zone “%1”.", shown)
        )
    return found


def at_local(day: date, at: time, zone_name: str) -> datetime:
    """The moment (in UTC) when the clock in ``zone_name`` shows ``day`` ``at``.

    A time skipped when the clocks go forward moves on by the gap (02:30 becomes 03:30); a
    time that happens twice when they go back is the first of the two.
    """
    local = datetime.combine(day, at.replace(tzinfo=None, fold=0), tzinfo=zone(zone_name))
    return local.astimezone(UTC)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the last day of that month when it is shorter
    (31 January + 1 month is 28 or 29 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _check_duration(minutes: int) -> int:
    if not 1 <= int(minutes) <= DURATION_MAX:
        raise InvalidInput(tr("domain.sessions", "A session lasts between 1 minute and 24 hours."))
    return int(minutes)


def _check_counselor(counselor_id: int | None) -> int:
    if counselor_id is None or int(counselor_id) <= 0:
        raise InvalidInput(
            tr("domain.sessions", "Please choose the counselor this session is with.")
        )
    return int(counselor_id)


# --- sessions --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Session:
    """A stored session. ``starts_at`` is aware (UTC)."""

    id: int
    counselor_id: int
    starts_at: datetime
    time_zone: str
    duration_minutes: int = DEFAULT_DURATION
    mode: SessionMode = SessionMode.IN_PERSON
    status: SessionStatus = SessionStatus.PLANNED
    series_id: int | None = None
    ics_uid: str | None = None
    takeaways: str = ""
    to_try: str = ""
    not_right: str = ""

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    @property
    def local_start(self) -> datetime:
        """The start on the clock of the session's time zone (UTC if that zone is unknown)."""
        return self.starts_at.astimezone(known_zone(self.time_zone) or UTC)

    @property
    def day_here(self) -> date:
        """The day the session starts on this computer's clock: the day the UI shows it on
        (docs/architecture.md, "Dates and times")."""
        return self.starts_at.astimezone().date()

    def is_upcoming(self, now: datetime) -> bool:
        """Planned and not over yet (a session going on right now is still upcoming)."""
        return self.status is SessionStatus.PLANNED and self.ends_at > now

    def awaits_marking(self, now: datetime) -> bool:
        """Over, but not yet marked attended, cancelled or missed."""
        return self.status is SessionStatus.PLANNED and self.ends_at <= now


@dataclass(frozen=True)
class SessionDraft:
    """A session to plan (or the new time of one to reschedule)."""

    counselor_id: int
    starts_at: datetime
    time_zone: str
    duration_minutes: int = DEFAULT_DURATION
    mode: SessionMode = SessionMode.IN_PERSON

    @classmethod
    def at(
        cls,
        counselor_id: int,
        day: date,
        at: time,
        time_zone: str,
        duration_minutes: int = DEFAULT_DURATION,
        mode: SessionMode = SessionMode.IN_PERSON,
    ) -> SessionDraft:
        """A draft from the date and time on the client's clock in ``time_zone``."""
        return cls(counselor_id, at_local(day, at, time_zone), time_zone, duration_minutes, mode)

    def validated(self) -> SessionDraft:
        counselor_id = _check_counselor(self.counselor_id)
        zone(self.time_zone)
        if self.starts_at.tzinfo is None or self.starts_at.utcoffset() is None:
            raise InvalidInput(tr("domain.sessions", "The start time needs a time zone."))
        return SessionDraft(
            counselor_id=counselor_id,
            starts_at=self.starts_at.astimezone(UTC),
            time_zone=self.time_zone,
            duration_minutes=_check_duration(self.duration_minutes),
            mode=SessionMode(self.mode),
        )


def check_status_change(session: Session, status: SessionStatus, now: datetime) -> None:
    """Attended and missed only make sense once the day of the session has come."""
    if status in (SessionStatus.ATTENDED, SessionStatus.MISSED):
        today = now.astimezone(session.local_start.tzinfo).date()
        if session.local_start.date() > today:
            raise InvalidInput(
                tr(
                    "domain.sessions",
                    "This session is still ahead. You can mark it once its day has come.",
                )
            )


# --- recurring schedules ---------------------------------------------------------------------


@dataclass(frozen=True)
class Schedule:
    """Sessions every ``interval_weeks`` weeks on ``weekday`` (Monday=0) at ``start_time`` on
    the clock of ``time_zone``, from ``first_date`` up to and including ``until_date``."""

    counselor_id: int
    weekday: int
    start_time: time
    time_zone: str
    first_date: date
    until_date: date
    interval_weeks: int = 1
    duration_minutes: int = DEFAULT_DURATION
    mode: SessionMode = SessionMode.IN_PERSON

    @staticmethod
    def until_for_months(first_date: date, months: int) -> date:
        """The last day of a period of ``months`` months starting on ``first_date``."""
        if not 1 <= months <= SCHEDULE_MAX_MONTHS:
            raise InvalidInput(
                tr_n(
                    "domain.sessions",
                    "A schedule can cover between 1 and %n [month|months] at a time.",
                    SCHEDULE_MAX_MONTHS,
                )
            )
        return add_months(first_date, months) - timedelta(days=1)

    def validated(self) -> Schedule:
        counselor_id = _check_counselor(self.counselor_id)
        if not 0 <= self.weekday <= 6:
            raise InvalidInput(tr("domain.sessions", "Please choose a day of the week."))
        if not 1 <= self.interval_weeks <= INTERVAL_MAX:
            raise InvalidInput(
                tr_n(
                    "domain.sessions",
                    "Sessions can repeat every 1 to %n [week|weeks].",
                    INTERVAL_MAX,
                )
            )
        zone(self.time_zone)
        if self.until_date < self.first_date:
            raise InvalidInput(tr("domain.sessions", "The end date is before the first date."))
        if (self.until_date - self.first_date).days > SCHEDULE_MAX_DAYS:
            raise InvalidInput(
                tr(
                    "domain.sessions",
                    "A schedule can reach at most two years ahead. You can add another one later.",
                )
            )
        clean = replace(
            self,
            counselor_id=counselor_id,
            start_time=self.start_time.replace(tzinfo=None, second=0, microsecond=0),
            duration_minutes=_check_duration(self.duration_minutes),
            mode=SessionMode(self.mode),
        )
        if not clean.local_dates():
            raise InvalidInput(
                tr(
                    "domain.sessions",
                    "No session falls between these dates. Choose a later end date.",
                )
            )
        return clean

    def local_dates(self) -> list[date]:
        """The calendar days of the sessions, on the schedule's own clock."""
        day = self.first_date + timedelta(days=(self.weekday - self.first_date.weekday()) % 7)
        step = timedelta(weeks=self.interval_weeks)
        days = []
        while day <= self.until_date:
            days.append(day)
            day += step
        return days

    def occurrences(self) -> list[datetime]:
        """The start of every session, as moments in UTC; each is at ``start_time`` local."""
        return [at_local(d, self.start_time, self.time_zone) for d in self.local_dates()]


@dataclass(frozen=True)
class Series:
    """A stored schedule."""

    id: int
    schedule: Schedule


# --- importing from a calendar file ----------------------------------------------------------


def ics_key(uid: str, starts_at: datetime) -> str:
    """What ``counseling_session.ics_uid`` holds for one imported appointment: the event's
    UID and the start (UTC, ISO) of this occurrence. A very long UID is replaced by its hash
    so the key fits the column."""
    start = starts_at.astimezone(UTC).isoformat()
    key = f"{uid}|{start}"
    if len(key) > ICS_UID_MAX:
        key = f"sha256:{hashlib.sha256(uid.encode()).hexdigest()}|{start}"
    return key


def imported_duration(
    start: datetime, end: datetime | None, duration: timedelta | None
) -> int | None:
    """Minutes of an appointment from its end or duration; the usual 50 when neither says
    (or says zero); None when it is not a session (negative, or longer than a day)."""
    span = end - start if end is not None else duration
    if span is None or span == timedelta(0):
        return DEFAULT_DURATION
    minutes = round(span.total_seconds() / 60)
    if not 1 <= minutes <= DURATION_MAX:
        return None
    return minutes


@dataclass(frozen=True)
class Appointment:
    """One appointment found in a calendar file, ready to become a session."""

    uid: str
    starts_at: datetime
    duration_minutes: int
    title: str = ""
    already_imported: bool = False

    @property
    def key(self) -> str:
        return ics_key(self.uid, self.starts_at)


@dataclass(frozen=True)
class ImportPreview:
    """What importing a calendar file would add, and what it leaves out (counts only).

    ``extra_dates`` counts the appointments that come from dates an event lists besides its
    start and rule (RDATE); ``problems`` are notes to show about what could not be used
    (naming a date, never an event's text)."""

    appointments: tuple[Appointment, ...] = ()
    all_day_skipped: int = 0
    cancelled_skipped: int = 0
    unusable_skipped: int = 0
    capped_events: int = 0
    extra_dates: int = 0
    problems: tuple[str, ...] = ()

    @property
    def new(self) -> tuple[Appointment, ...]:
        return tuple(a for a in self.appointments if not a.already_imported)

    @property
    def duplicates(self) -> int:
        return sum(1 for a in self.appointments if a.already_imported)

    def marking(self, imported_keys: set[str]) -> ImportPreview:
        """The same preview with the appointments already imported (by key) marked."""
        return replace(
            self,
            appointments=tuple(
                replace(a, already_imported=a.key in imported_keys) for a in self.appointments
            ),
        )
