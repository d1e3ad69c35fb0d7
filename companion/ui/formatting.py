"""Every date and time Companion shows, in one place, in the client's language and locale.

The rule (docs/architecture.md, "Dates and times"):

* A **wall-clock** time (a naive ``datetime``: journal entries, notes, check-ins, backups) is
  shown as it is.
* A **moment** (an aware ``datetime``: a session's start) is shown on this computer's clock,
  the zone Python's ``datetime.astimezone()`` uses (it follows ``TZ``, as Qt does).
* A session is a moment plus the zone it was planned in. When that zone's clock shows a
  different time at that moment, the planned time is named after it:
  "16:00 (17:00 in Berlin)".

The formats, all from ``QLocale()`` (the language chosen in Settings, see ``companion.ui.i18n``):

=================  ==============================  =========================================
function           English (C / en_GB locale)      used for
=================  ==============================  =========================================
time_text          16:00 (4:00 PM in en_US)        a time alone
time_range         16:00–16:50                     a session's span
day_text           3 Dec 2026                      a day in a sentence, charts, exports
date_text          Thu, 3 Dec 2026                 a day in a list, a choice or a field
long_date          Thursday, 3 December 2026       headings
date_time          Thu, 3 Dec 2026, 16:00          list rows, choices
long_date_time     Thursday, 3 December 2026,      details, questions
                   16:00
month_year         December 2026                   group headings
weekday            Thursday / Thu
relative_day       today, tomorrow, in 5 days,     how far a day is from today
                   3 weeks ago
session_when       Thu, 3 Dec 2026, 16:00          a session in a row or a choice
                   (17:00 in Berlin)
session_when_long  Thursday, 3 December 2026,      a session in a sentence or a heading
                   16:00 (17:00 in Berlin)
=================  ==============================  =========================================

The medium formats are the locale's long date format with the weekday and month names
abbreviated (German: "Do., 3. Dez. 2026"), so each locale keeps its order and punctuation.
``companion.domain.wording.day_text`` (the layers below the UI) uses :func:`day_text` once
the UI has installed the language; its English fallback writes the same "3 Dec 2026".
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from companion.domain.time_zones import known_zone
from companion.domain.wording import tr_n
from companion.ui.qt_dates import to_qdate

_CONTEXT = "Formatting"
_LONG = QLocale.FormatType.LongFormat
_SHORT = QLocale.FormatType.ShortFormat

#: A weekday at the start or end of a date pattern, with the separators that go with it.
_WEEKDAY_FIRST = re.compile(r"^\s*dddd\s*[,.]?\s*")
_WEEKDAY_LAST = re.compile(r"\s*[,.]?\s*dddd\s*$")
#: A quoted literal in a Qt date pattern ('de' in Spanish); left alone when abbreviating.
_QUOTED = re.compile(r"('[^']*')")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Formatting", text)


# -- the computer's clock -------------------------------------------------------------------


def local_zone() -> tzinfo:
    """This computer's time zone now, as Python sees it (follows ``TZ`` after ``tzset``)."""
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else UTC


def wall_clock(value: datetime) -> datetime:
    """``value`` as a naive wall-clock time on this computer: a moment (aware) is converted,
    a wall-clock time (naive) is taken as it is."""
    if value.tzinfo is None or value.utcoffset() is None:
        return value
    return value.astimezone().replace(tzinfo=None)


def today() -> date:
    return datetime.now().date()


# -- locale patterns ------------------------------------------------------------------------


def _abbreviated(pattern: str) -> str:
    """``pattern`` with full weekday and month names abbreviated (quoted text left alone)."""
    parts = _QUOTED.split(pattern)
    for i in range(0, len(parts), 2):
        parts[i] = parts[i].replace("dddd", "ddd").replace("MMMM", "MMM")
    return "".join(parts)


def _without_weekday(pattern: str) -> str:
    """The locale's long date pattern without its weekday ("d MMMM yyyy")."""
    stripped = _WEEKDAY_LAST.sub("", _WEEKDAY_FIRST.sub("", pattern))
    return stripped if "dddd" not in stripped else "d MMMM yyyy"


# -- dates and times ------------------------------------------------------------------------


def time_text(value: datetime | time) -> str:
    """The locale's short time: "16:00", "4:00 PM"."""
    if isinstance(value, datetime):
        value = wall_clock(value).time()
    return QLocale().toString(QTime(value.hour, value.minute), _SHORT)


def time_with_seconds(value: datetime | time) -> str:
    """The locale's short time with its seconds: "16:00:07", "4:00:07 PM" (to tell apart
    saves made within one minute)."""
    if isinstance(value, datetime):
        value = wall_clock(value).time()
    pattern = QLocale().timeFormat(_SHORT)
    if ":ss" not in pattern and "mm" in pattern:
        pattern = pattern.replace("mm", "mm:ss", 1)
    return QLocale().toString(QTime(value.hour, value.minute, value.second), pattern)


def date_time_with_seconds(value: datetime) -> str:
    """ "Thu, 3 Dec 2026, 16:00:07"."""
    local = wall_clock(value)
    return _join(date_text(local.date()), time_with_seconds(local.time()))


def time_range(start: datetime, end: datetime) -> str:
    """ "16:00–16:50" (the end on another day gets its date)."""
    first, last = wall_clock(start), wall_clock(end)
    end_text = time_text(last) if first.date() == last.date() else date_time(last)
    return (
        QCoreApplication.translate("Formatting", "%1–%2", "a span of time: start–end")
        .replace("%1", time_text(first))
        .replace("%2", end_text)
    )


def day_text(day: date | datetime) -> str:
    """A day without its weekday: "3 Dec 2026", "3. Dez. 2026"."""
    if isinstance(day, datetime):
        day = wall_clock(day).date()
    locale = QLocale()
    pattern = _abbreviated(_without_weekday(locale.dateFormat(_LONG)))
    return locale.toString(to_qdate(day), pattern)


def date_text(day: date | datetime) -> str:
    """A day with its weekday: "Thu, 3 Dec 2026", "Do., 3. Dez. 2026"."""
    if isinstance(day, datetime):
        day = wall_clock(day).date()
    locale = QLocale()
    return locale.toString(to_qdate(day), _abbreviated(locale.dateFormat(_LONG)))


def long_date(day: date | datetime) -> str:
    """The locale's long date: "Thursday, 3 December 2026"."""
    if isinstance(day, datetime):
        day = wall_clock(day).date()
    return QLocale().toString(to_qdate(day), _LONG)


def _join(day: str, at: str) -> str:
    return (
        QCoreApplication.translate("Formatting", "%1, %2", "a date (%1) and a time (%2)")
        .replace("%1", day)
        .replace("%2", at)
    )


def date_time(value: datetime) -> str:
    """ "Thu, 3 Dec 2026, 16:00"."""
    local = wall_clock(value)
    return _join(date_text(local.date()), time_text(local.time()))


def long_date_time(value: datetime) -> str:
    """ "Thursday, 3 December 2026, 16:00"."""
    local = wall_clock(value)
    return _join(long_date(local.date()), time_text(local.time()))


def month_year(day: date | datetime) -> str:
    """ "December 2026" (the month's stand-alone name where a language has one)."""
    if isinstance(day, datetime):
        day = wall_clock(day).date()
    locale = QLocale()
    month = locale.standaloneMonthName(day.month, _LONG)
    return (
        QCoreApplication.translate("Formatting", "%1 %2", "a month (%1) and its year (%2)")
        .replace("%1", month)
        .replace("%2", str(day.year))
    )


def weekday(day: date | datetime, *, short: bool = False) -> str:
    """ "Thursday", or "Thu" when ``short``."""
    if isinstance(day, datetime):
        day = wall_clock(day).date()
    return QLocale().dayName(day.isoweekday(), _SHORT if short else _LONG)


def relative_day(day: date | datetime, today_: date | None = None) -> str:
    """How far ``day`` is from today: "today", "tomorrow", "in 5 days", "3 weeks ago",
    "in 2 months", "a year ago"…"""
    if isinstance(day, datetime):
        day = wall_clock(day).date()
    days = (day - (today_ or today())).days
    if days == 0:
        return _tr("today")
    if days == 1:
        return _tr("tomorrow")
    if days == -1:
        return _tr("yesterday")
    span = abs(days)
    if span < 14:
        if days > 0:
            return tr_n("Formatting", "in %n [day|days]", span)
        return tr_n("Formatting", "%n [day|days] ago", span)
    if span < 60:
        weeks = span // 7
        if days > 0:
            return tr_n("Formatting", "in %n [week|weeks]", weeks)
        return tr_n("Formatting", "%n [week|weeks] ago", weeks)
    if span < 365:
        months = span // 30
        if days > 0:
            return tr_n("Formatting", "in %n [month|months]", months)
        return tr_n("Formatting", "%n [month|months] ago", months)
    years = span // 365
    if days > 0:
        return tr_n("Formatting", "in %n [year|years]", years)
    return tr_n("Formatting", "%n [year|years] ago", years)


# -- sessions: a moment plus the zone it was planned in -------------------------------------


def _zone(name: str) -> ZoneInfo | None:
    return known_zone(name)


def zone_place(name: str) -> str:
    """How a planned zone is named: its place ("Europe/Berlin" -> "Berlin",
    "America/New_York" -> "New York"), or the name itself ("UTC")."""
    return name.rsplit("/", 1)[-1].replace("_", " ")


def planned_clock(starts_at: datetime, time_zone: str) -> datetime | None:
    """The start on the clock of the zone it was planned in, when that clock shows another
    time than this computer's at that moment; None when they agree (or the zone is unknown,
    or ``starts_at`` is a wall-clock time)."""
    zone = _zone(time_zone)
    if zone is None or starts_at.tzinfo is None:
        return None
    there = starts_at.astimezone(zone)
    here = starts_at.astimezone()
    if there.utcoffset() == here.utcoffset():
        return None
    return there


def _planned_part(starts_at: datetime, time_zone: str) -> str:
    """ "17:00 in Berlin" ("Wed 23:00 in New York" when it is another day there), or ""."""
    there = planned_clock(starts_at, time_zone)
    if there is None:
        return ""
    at = time_text(there.time())
    if there.date() != wall_clock(starts_at).date():
        at = f"{weekday(there.date(), short=True)} {at}"
    return (
        QCoreApplication.translate(
            "Formatting", "%1 in %2", "the time (%1) in the place (%2) a session was planned in"
        )
        .replace("%1", at)
        .replace("%2", zone_place(time_zone))
    )


def session_time(starts_at: datetime, time_zone: str) -> str:
    """A session's time on this computer, with the planned time when that differs:
    "16:00 (17:00 in Berlin)"."""
    here = time_text(starts_at)
    planned = _planned_part(starts_at, time_zone)
    if not planned:
        return here
    return (
        QCoreApplication.translate(
            "Formatting",
            "%1 (%2)",
            "a session's time here (%1) and where it was planned (%2, '17:00 in Berlin')",
        )
        .replace("%1", here)
        .replace("%2", planned)
    )


def session_when(starts_at: datetime, time_zone: str) -> str:
    """ "Thu, 3 Dec 2026, 16:00 (17:00 in Berlin)": a session in a list row or a choice."""
    return _join(date_text(starts_at), session_time(starts_at, time_zone))


def session_when_long(starts_at: datetime, time_zone: str) -> str:
    """ "Thursday, 3 December 2026, 16:00 (17:00 in Berlin)": a session in a sentence."""
    return _join(long_date(starts_at), session_time(starts_at, time_zone))


def session_day_time(starts_at: datetime, time_zone: str, today_: date | None = None) -> str:
    """A list row that says today, tomorrow and yesterday in words: "Today, 16:00 (17:00 in
    Berlin)"; other days as :func:`session_when`."""
    days = (wall_clock(starts_at).date() - (today_ or today())).days
    at = session_time(starts_at, time_zone)
    if days == 0:
        return _tr("Today, %1").replace("%1", at)
    if days == 1:
        return _tr("Tomorrow, %1").replace("%1", at)
    if days == -1:
        return _tr("Yesterday, %1").replace("%1", at)
    return session_when(starts_at, time_zone)


def session_zone_note(starts_at: datetime, time_zone: str) -> str:
    """For a tooltip or detail: which zone a session was planned in when its clock differs
    from this computer's ("Planned in Europe/Berlin time: 17:00 there."), else ""."""
    there = planned_clock(starts_at, time_zone)
    if there is None:
        return ""
    return (
        _tr("Planned in %1 time: %2 there. Times are shown on this computer's clock.")
        .replace("%1", time_zone)
        .replace("%2", time_text(there.time()))
    )


def session_span(starts_at: datetime, minutes: int, time_zone: str) -> str:
    """ "16:00–16:50", with the planned time when it differs: "16:00–16:50 (17:00 in
    Berlin)"."""
    span = time_range(starts_at, starts_at + timedelta(minutes=minutes))
    planned = _planned_part(starts_at, time_zone)
    if not planned:
        return span
    return (
        QCoreApplication.translate(
            "Formatting",
            "%1 (%2)",
            "a session's time here (%1) and where it was planned (%2, '17:00 in Berlin')",
        )
        .replace("%1", span)
        .replace("%2", planned)
    )


# -- input fields ---------------------------------------------------------------------------


def date_field_format(*, with_weekday: bool = False) -> str:
    """The display format of a date field (QDateEdit), the same as :func:`day_text` (or
    :func:`date_text` ``with_weekday``)."""
    pattern = QLocale().dateFormat(_LONG)
    return _abbreviated(pattern if with_weekday else _without_weekday(pattern))


def time_field_format() -> str:
    """The display format of a time field (QTimeEdit), the same as :func:`time_text`."""
    return QLocale().timeFormat(_SHORT)


# -- file names and sizes -------------------------------------------------------------------


def file_name_stamp(value: datetime) -> str:
    """A moment as it goes into a file name Companion makes ("2026-12-03 16.05.09"): sorts
    by time, and holds no character a file name may not."""
    return (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d} "
        f"{value.hour:02d}.{value.minute:02d}.{value.second:02d}"
    )


def file_size(size: int) -> str:
    """A file's size as people read it, in the locale's numbers ("38.4 MB", "38,4 MB")."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
