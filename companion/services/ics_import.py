"""Reading appointments from a calendar file (.ics) a practice sends.

:func:`parse_calendar` turns the bytes of a file into an
:class:`~companion.domain.sessions.ImportPreview` without touching the database; the session
service marks what was imported before and adds the rest. Times are respected as the file
gives them: a TZID (an IANA name or the file's own VTIMEZONE), UTC, or floating (read on the
client's own clock). Recurring events are expanded on their own wall clock, so a weekly
17:00 stays at 17:00 across daylight saving changes; EXDATE, RDATE, COUNT, UNTIL and moved
or cancelled single occurrences (RECURRENCE-ID) are honoured. All-day events are left out.

icalendar and dateutil are imported only when a file is read.
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

from companion.domain.sessions import (
    ICS_HORIZON_MONTHS,
    ICS_MAX_PER_EVENT,
    Appointment,
    CalendarFileProblem,
    ImportPreview,
    add_months,
    imported_duration,
    zone,
)
from companion.domain.wording import mark, tr

#: A practice's calendar is small; anything much bigger is not what the client meant to pick.
MAX_FILE_BYTES = 5 * 1024 * 1024
#: Steps through a recurrence at most this often (a rule repeating every minute since 1970).
_MAX_STEPS = 20_000

_PARSE_ERRORS = (ValueError, KeyError, TypeError, IndexError, AttributeError, UnicodeError)

#: Why a file cannot be imported, in English; raised worded with ``tr("services.ics_import", …)``.
NOT_A_CALENDAR = mark(
    "services.ics_import",
    "This file is not a calendar file (.ics). Please choose the file your practice sent.",
)
DAMAGED = mark(
    "services.ics_import",
    "Companion could not read this calendar file; it may be damaged or incomplete. "
    "Try downloading or exporting it again.",
)
EMPTY = mark("services.ics_import", "This file is empty.")
NO_EVENTS = mark("services.ics_import", "This calendar has no appointments in it.")


def read_calendar_file(path: Path) -> bytes:
    """The bytes of a calendar file, refusing what cannot be one (too big, unreadable)."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise CalendarFileProblem(
                tr(
                    "services.ics_import",
                    "This file is too big to be a calendar from a practice. "
                    "Please choose the .ics file they sent.",
                )
            )
        return path.read_bytes()
    except OSError as exc:
        raise CalendarFileProblem(
            tr("services.ics_import", "Companion could not open this file.")
        ) from exc


class _Counts:
    def __init__(self) -> None:
        self.all_day = 0
        self.cancelled = 0
        self.unusable = 0
        self.capped = 0


def parse_calendar(data: bytes, *, local_zone: str, now: datetime) -> ImportPreview:
    """The appointments in a calendar file, soonest first; nothing marked as imported yet.

    ``local_zone`` is the client's IANA time zone (for floating times); recurring events are
    expanded up to :data:`ICS_HORIZON_MONTHS` months after ``now``. A file that is not a
    usable calendar raises :class:`CalendarFileProblem`.
    """
    if not data.strip():
        raise CalendarFileProblem(tr("services.ics_import", EMPTY))
    if b"BEGIN:VCALENDAR" not in data[:4096].upper():
        raise CalendarFileProblem(tr("services.ics_import", NOT_A_CALENDAR))
    from icalendar import Calendar

    try:
        calendar = Calendar.from_ical(data)
        events = list(calendar.walk("VEVENT"))
    except _PARSE_ERRORS as exc:
        raise CalendarFileProblem(tr("services.ics_import", DAMAGED)) from exc
    if getattr(calendar, "name", "") != "VCALENDAR":
        raise CalendarFileProblem(tr("services.ics_import", NOT_A_CALENDAR))
    if not events:
        raise CalendarFileProblem(tr("services.ics_import", NO_EVENTS))

    local = zone(local_zone)
    horizon = datetime.combine(
        add_months(now.astimezone(local).date(), ICS_HORIZON_MONTHS), time.max, tzinfo=local
    )
    counts = _Counts()
    moved = _moved_occurrences(events, local)
    found: dict[str, Appointment] = {}
    for event in events:
        try:
            for appointment in _appointments(event, local, horizon, moved, counts):
                found.setdefault(appointment.key, appointment)
        except _PARSE_ERRORS:
            counts.unusable += 1
    return ImportPreview(
        appointments=tuple(sorted(found.values(), key=lambda a: (a.starts_at, a.uid))),
        all_day_skipped=counts.all_day,
        cancelled_skipped=counts.cancelled,
        unusable_skipped=counts.unusable,
        capped_events=counts.capped,
    )


# --- one event -------------------------------------------------------------------------------


def _uid(event: Any) -> str:
    uid = str(event.get("UID", "")).strip()
    if uid:
        return uid
    # no UID (against the standard): derive a stable one, so a second import finds it again
    raw = event.get("DTSTART").to_ical() + str(event.get("SUMMARY", "")).encode()
    return "no-uid-" + hashlib.sha256(raw).hexdigest()[:32]


def _aware(value: datetime, local: tzinfo) -> datetime:
    """A floating time is read on the client's own clock."""
    return value if value.tzinfo is not None else value.replace(tzinfo=local)


def _values(prop: Any) -> Iterator[Any]:
    """The dates or date-times of an EXDATE/RDATE/RECURRENCE-ID property (one or a list)."""
    for item in prop if isinstance(prop, list) else [prop]:
        if hasattr(item, "dts"):
            yield from (d.dt for d in item.dts)
        else:
            yield getattr(item, "dt", item)


def _moved_occurrences(events: list[Any], local: tzinfo) -> dict[str, set[datetime]]:
    """For each UID, the original starts of occurrences that have their own VEVENT."""
    moved: dict[str, set[datetime]] = {}
    for event in events:
        if "RECURRENCE-ID" not in event:
            continue
        try:
            for value in _values(event["RECURRENCE-ID"]):
                if isinstance(value, datetime):
                    moved.setdefault(_uid(event), set()).add(_aware(value, local).astimezone(UTC))
        except _PARSE_ERRORS:
            continue
    return moved


def _appointments(
    event: Any,
    local: tzinfo,
    horizon: datetime,
    moved: dict[str, set[datetime]],
    counts: _Counts,
) -> Iterator[Appointment]:
    if "DTSTART" not in event:
        counts.unusable += 1
        return
    start = event.decoded("DTSTART")
    if not isinstance(start, datetime):
        counts.all_day += 1
        return
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        counts.cancelled += 1
        return
    start = _aware(start, local)
    end = event.decoded("DTEND") if "DTEND" in event else None
    end = _aware(end, local).astimezone(UTC) if isinstance(end, datetime) else None
    duration = event.decoded("DURATION") if "DURATION" in event else None
    minutes = imported_duration(
        start.astimezone(UTC), end, duration if isinstance(duration, timedelta) else None
    )
    if minutes is None:
        counts.unusable += 1
        return
    uid = _uid(event)
    title = " ".join(str(event.get("SUMMARY", "")).split())[:200]
    if "RRULE" not in event or "RECURRENCE-ID" in event:
        starts = [start]
    else:
        starts = _expand(event, start, horizon, moved.get(uid, set()), counts)
    for moment in starts:
        yield Appointment(
            uid=uid, starts_at=moment.astimezone(UTC), duration_minutes=minutes, title=title
        )


def _wall(value: datetime | date, tz: tzinfo) -> datetime | date:
    """A date-time as a naive time on the event's own clock (dates stay dates)."""
    if isinstance(value, datetime):
        return (value.astimezone(tz) if value.tzinfo is not None else value).replace(tzinfo=None)
    return value


def _expand(
    event: Any, start: datetime, horizon: datetime, moved: set[datetime], counts: _Counts
) -> list[datetime]:
    """The starts of a recurring event, computed on its own wall clock."""
    from dateutil.rrule import rruleset, rrulestr
    from icalendar import vRecur

    tz = start.tzinfo
    assert tz is not None
    first = start.replace(tzinfo=None)
    rules = rruleset()
    props = event["RRULE"]
    for prop in props if isinstance(props, list) else [props]:
        rule: Any = vRecur(dict(prop))
        if "UNTIL" in rule:
            until = rule["UNTIL"][0]
            wall_until = _wall(until, tz)
            if not isinstance(wall_until, datetime):
                wall_until = datetime.combine(wall_until, time(23, 59, 59))
            rule["UNTIL"] = [wall_until]
        rules.rrule(rrulestr(rule.to_ical().decode(), dtstart=first))
    skipped_days: set[date] = set()
    for name, add in (("EXDATE", rules.exdate), ("RDATE", rules.rdate)):
        if name not in event:
            continue
        for value in _values(event[name]):
            wall = _wall(value, tz)
            if isinstance(wall, datetime):
                add(wall)
            elif name == "EXDATE":
                skipped_days.add(wall)
    kept: deque[datetime] = deque(maxlen=ICS_MAX_PER_EVENT)
    seen = 0
    for steps, occurrence in enumerate(rules):
        if steps >= _MAX_STEPS:
            counts.capped += 1
            break
        moment = occurrence.replace(tzinfo=tz)
        if moment > horizon:
            break
        if occurrence.date() in skipped_days or moment.astimezone(UTC) in moved:
            continue
        kept.append(moment)
        seen += 1
    if seen > ICS_MAX_PER_EVENT:
        counts.capped += 1
    return list(kept)
