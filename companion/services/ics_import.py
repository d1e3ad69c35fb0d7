"""Reading appointments from a calendar file (.ics) a practice sends.

:func:`parse_calendar` turns the bytes of a file into an
:class:`~companion.domain.sessions.ImportPreview` without touching the database; the session
service marks what was imported before and adds the rest. Times are respected as the file
gives them: a TZID (an IANA name or the file's own VTIMEZONE), UTC, or floating (read on the
client's own clock). Recurring events are expanded on their own wall clock, so a weekly
17:00 stays at 17:00 across daylight saving changes; EXDATE, COUNT, UNTIL and moved or
cancelled single occurrences (RECURRENCE-ID) are honoured. Extra dates (RDATE, as date-times
or periods, with or without a rule) are added, and EXDATE applies to them too; extra dates
that cannot be used (a day without a time, a period longer than a day) are named in the
preview's problems. Rules written with spaces after the commas (as Outlook and Exchange do)
are read. All-day events are left out. A file cut off before its last line is refused.

icalendar and dateutil are imported only when a file is read.
"""

from __future__ import annotations

import hashlib
import re
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
from companion.domain.wording import day_text, mark, tr, tr_n
from companion.formats.importers.recognise import Recognised, recognise
from companion.storage.files import read_regular_file

#: A practice's calendar is small; anything much bigger is not what the client meant to pick.
MAX_FILE_BYTES = 5 * 1024 * 1024
#: Steps through a recurrence at most this often (a rule repeating every minute since 1970).
_MAX_STEPS = 20_000

# OSError: icalendar opens a TZID as a zone of the time zone database, and a name that is a
# folder there ("Europe") or too long for a file name fails as a file would
_PARSE_ERRORS = (
    ValueError,
    KeyError,
    TypeError,
    IndexError,
    AttributeError,
    UnicodeError,
    OSError,
)

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
CUT_OFF = mark(
    "services.ics_import",
    "Companion could not read all of this calendar: the file seems to be cut off. "
    "Try downloading or exporting it again; nothing was imported.",
)
#: The last line of a whole calendar file.
_END = b"END:VCALENDAR"
_COMMA_SPACE = re.compile(r",\s+")


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
        data = read_regular_file(path, MAX_FILE_BYTES)
        if len(data) > MAX_FILE_BYTES:
            raise OSError("grew while being read")
        return data
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
        self.extra_dates = 0
        self.problems: list[str] = []


def _not_a_calendar(data: bytes) -> CalendarFileProblem:
    """Why ``data`` is not a calendar, naming the journal app it seems to come from."""
    found = recognise(data)
    if found is Recognised.JRNL:
        text = tr(
            "services.ics_import",
            "This file looks like a jrnl export: journal entries, not appointments. "
            "Please import it into the journal instead.",
        )
    elif found is Recognised.DAYONE:
        text = tr(
            "services.ics_import",
            "This file looks like a Day One export: journal entries, not appointments. "
            "Please import it into the journal instead.",
        )
    elif found is Recognised.DAYLIO:
        text = tr(
            "services.ics_import",
            "This file looks like a Daylio export: journal entries, not appointments. "
            "Please import it into the journal instead.",
        )
    else:
        text = tr("services.ics_import", NOT_A_CALENDAR)
    return CalendarFileProblem(text)


def _check_whole(data: bytes) -> None:
    """A calendar file ends with END:VCALENDAR; one that does not was cut off (a download
    or copy that stopped), and importing part of it would quietly miss appointments."""
    last_line = data.rstrip().rsplit(b"\n", 1)[-1].strip()
    if last_line.upper() != _END:
        raise CalendarFileProblem(tr("services.ics_import", CUT_OFF))


def parse_calendar(data: bytes, *, local_zone: str, now: datetime) -> ImportPreview:
    """The appointments in a calendar file, soonest first; nothing marked as imported yet.

    ``local_zone`` is the client's IANA time zone (for floating times); recurring events are
    expanded up to :data:`ICS_HORIZON_MONTHS` months after ``now``. A file that is not a
    usable calendar raises :class:`CalendarFileProblem`.
    """
    if not data.strip():
        raise CalendarFileProblem(tr("services.ics_import", EMPTY))
    if b"BEGIN:VCALENDAR" not in data[:4096].upper():
        raise _not_a_calendar(data)
    _check_whole(data)
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
        extra_dates=counts.extra_dates,
        problems=tuple(counts.problems),
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
    if "RECURRENCE-ID" in event:
        occurrences = [(start, minutes)]
    else:
        occurrences = _occurrences(event, start, minutes, horizon, moved.get(uid, set()), counts)
    for moment, length in occurrences:
        yield Appointment(
            uid=uid, starts_at=moment.astimezone(UTC), duration_minutes=length, title=title
        )


def _wall(value: datetime | date, tz: tzinfo) -> datetime | date:
    """A date-time as a naive time on the event's own clock (dates stay dates)."""
    if isinstance(value, datetime):
        return (value.astimezone(tz) if value.tzinfo is not None else value).replace(tzinfo=None)
    return value


def _occurrences(
    event: Any,
    start: datetime,
    minutes: int,
    horizon: datetime,
    moved: set[datetime],
    counts: _Counts,
) -> list[tuple[datetime, int]]:
    """(start, minutes) of every occurrence of an event: its start or its rule, plus its
    extra dates, less its excluded ones and those moved to their own VEVENT; computed on the
    event's own wall clock and kept to the latest :data:`ICS_MAX_PER_EVENT`."""
    tz = start.tzinfo
    assert tz is not None
    first = start.replace(tzinfo=None)
    ruled = _rule_starts(event, first, tz, horizon, counts) if "RRULE" in event else [first]
    found = dict.fromkeys(ruled, minutes)
    extra = {
        wall: length
        for wall, length in _extra_dates(event, tz, minutes, start.date(), counts).items()
        if wall not in found
    }
    found.update(extra)
    excluded_times, excluded_days = _excluded(event, tz)
    kept = sorted(
        (wall, length)
        for wall, length in found.items()
        if wall not in excluded_times
        and wall.date() not in excluded_days
        and wall.replace(tzinfo=tz).astimezone(UTC) not in moved
    )
    if len(kept) > ICS_MAX_PER_EVENT:
        counts.capped += 1
        kept = kept[-ICS_MAX_PER_EVENT:]
    counts.extra_dates += sum(1 for wall, _ in kept if wall in extra)
    return [(wall.replace(tzinfo=tz), length) for wall, length in kept]


def _rule(prop: Any) -> Any:
    """An RRULE as icalendar's vRecur; a rule icalendar could not read because of spaces
    after its commas ("BYDAY=MO, TU", as Outlook writes them) is read without them."""
    from icalendar import vRecur

    if isinstance(prop, vRecur):
        return vRecur(dict(prop))
    return vRecur.from_ical(_COMMA_SPACE.sub(",", str(prop).strip()))


def _rule_starts(
    event: Any, first: datetime, tz: tzinfo, horizon: datetime, counts: _Counts
) -> list[datetime]:
    """The starts (naive, on the event's clock) its rules give, up to ``horizon``."""
    from dateutil.rrule import rruleset, rrulestr

    rules = rruleset()
    props = event["RRULE"]
    for prop in props if isinstance(props, list) else [props]:
        rule = _rule(prop)
        interval = rule.get("INTERVAL", [1])[0]
        if not isinstance(interval, int) or interval < 1:
            # dateutil would look for the next occurrence forever
            raise ValueError("a recurrence interval must be 1 or more")
        if "UNTIL" in rule:
            wall_until = _wall(rule["UNTIL"][0], tz)
            if not isinstance(wall_until, datetime):
                wall_until = datetime.combine(wall_until, time(23, 59, 59))
            rule["UNTIL"] = [wall_until]
        rules.rrule(rrulestr(rule.to_ical().decode(), dtstart=first))
    starts: list[datetime] = []
    for steps, occurrence in enumerate(rules):
        if steps >= _MAX_STEPS:
            counts.capped += 1
            break
        if occurrence.replace(tzinfo=tz) > horizon:
            break
        starts.append(occurrence)
    return starts


def _excluded(event: Any, tz: tzinfo) -> tuple[set[datetime], set[date]]:
    """The EXDATE times (naive, on the event's clock) and whole days."""
    times: set[datetime] = set()
    days: set[date] = set()
    if "EXDATE" in event:
        for value in _values(event["EXDATE"]):
            wall = _wall(value, tz)
            if isinstance(wall, datetime):
                times.add(wall)
            else:
                days.add(wall)
    return times, days


class _Unusable:
    """Extra dates of one event that cannot be used, by why."""

    def __init__(self) -> None:
        self.without_time = 0
        self.bad_length = 0
        self.unreadable = 0


def _extra_dates(
    event: Any, tz: tzinfo, minutes: int, day: date, counts: _Counts
) -> dict[datetime, int]:
    """The event's RDATE values as naive starts on its clock with their minutes (a period
    brings its own length); the ones that cannot be used are named in ``counts.problems``."""
    if "RDATE" not in event:
        return {}
    props = event["RDATE"]
    found: dict[datetime, int] = {}
    unusable = _Unusable()
    for prop in props if isinstance(props, list) else [props]:
        try:
            values = list(_values(prop))
        except _PARSE_ERRORS:
            unusable.unreadable += 1
            continue
        for value in values:
            _add_extra_date(value, tz, minutes, found, unusable)
    _note_unusable(unusable, day, counts)
    return found


def _add_extra_date(
    value: Any, tz: tzinfo, minutes: int, found: dict[datetime, int], unusable: _Unusable
) -> None:
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], datetime):
        begin, until = value
        begin = _aware(begin, tz)
        end = _aware(until, tz).astimezone(UTC) if isinstance(until, datetime) else None
        span = until if isinstance(until, timedelta) else None
        length = imported_duration(begin.astimezone(UTC), end, span)
        if length is None:
            unusable.bad_length += 1
            return
        found.setdefault(begin.astimezone(tz).replace(tzinfo=None), length)
    elif isinstance(value, datetime):
        found.setdefault(_aware(value, tz).astimezone(tz).replace(tzinfo=None), minutes)
    elif isinstance(value, date):
        unusable.without_time += 1
    else:
        unusable.unreadable += 1


def _note_unusable(unusable: _Unusable, day: date, counts: _Counts) -> None:
    """One note per kind of unusable extra date, naming the event by the day it starts."""
    shown = day_text(day)
    if unusable.without_time:
        counts.problems.append(
            tr_n(
                "services.ics_import",
                "The appointment on %1 lists %n [extra date|extra dates] without a time of "
                "day; [it was|they were] left out.",
                unusable.without_time,
                shown,
            )
        )
    if unusable.bad_length:
        counts.problems.append(
            tr_n(
                "services.ics_import",
                "The appointment on %1 lists %n [extra date that does|extra dates that do] "
                "not last between 1 minute and a day; [it was|they were] left out.",
                unusable.bad_length,
                shown,
            )
        )
    if unusable.unreadable:
        counts.problems.append(
            tr_n(
                "services.ics_import",
                "The appointment on %1 lists %n [extra date|extra dates] Companion cannot "
                "read; [it was|they were] left out.",
                unusable.unreadable,
                shown,
            )
        )
