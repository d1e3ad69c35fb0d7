"""What the Insights charts show, as plain data, and the small calculations behind them.

The charts (``companion.charts``) and, later, the PDF export take these dataclasses; they
never see database rows. Everything here is standard library only.

The "usual range" of a quality is the client's own median with the middle half of their
ratings around it (lower to upper quartile, the interquartile range). It describes the
client's own ratings only; it is a reflection aid, not a clinical norm.
"""

from __future__ import annotations

import enum
import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TypeVar

# also the charts' and the summary's, from here (Home takes them from checkin_points)
from companion.domain.checkin_points import ALL_QUALITIES as ALL_QUALITIES
from companion.domain.checkin_points import BASELINE_MIN as BASELINE_MIN
from companion.domain.checkin_points import CORE_QUALITIES as CORE_QUALITIES
from companion.domain.checkin_points import CheckInPoint as CheckInPoint
from companion.domain.checkin_points import latest_checkin as latest_checkin
from companion.domain.days import check_day
from companion.domain.enums import SessionStatus
from companion.domain.errors import InvalidInput
from companion.domain.wording import tr

T = TypeVar("T")

#: The days after a session whose moods are compared with its check-in.
DAYS_AFTER = 7
#: The journaling calendar covers this many weeks (twelve months).
HEATMAP_WEEKS = 53


# -- the data --------------------------------------------------------------------------------


@dataclass(frozen=True)
class MoodPoint:
    """The mood (0 to 10) of one journal entry, on the day it was written."""

    day: date
    mood: int


@dataclass(frozen=True)
class SessionMark:
    """A session to mark on a time line (``when`` as stored, an aware UTC moment)."""

    when: datetime
    counselor_id: int
    counselor_name: str
    status: SessionStatus


@dataclass(frozen=True)
class CounselorChange:
    """The day the client started with a (new) counselor."""

    when: date
    name: str


@dataclass(frozen=True)
class GoalSeries:
    """The progress ratings of one expectation or goal, oldest first."""

    goal_id: int
    title: str
    points: tuple[tuple[date, int], ...]


class PeriodKind(enum.StrEnum):
    THREE_MONTHS = "3m"
    TWELVE_MONTHS = "12m"
    ALL = "all"
    CUSTOM = "custom"


def _months_back(day: date, months: int) -> date:
    """The same day ``months`` months earlier (the month's last day when it is shorter)."""
    month_index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(month_index, 12)
    following = date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    last_of_month = (following - timedelta(days=1)).day
    return date(year, month + 1, min(day.day, last_of_month))


@dataclass(frozen=True)
class Period:
    """Which stretch of time the charts show: the last 3 or 12 months up to ``today``, all
    of it, or custom dates (both included)."""

    kind: PeriodKind = PeriodKind.TWELVE_MONTHS
    start: date | None = None
    end: date | None = None

    @classmethod
    def custom(cls, start: date, end: date) -> Period:
        return cls(PeriodKind.CUSTOM, start, end).validated()

    def validated(self) -> Period:
        if self.kind is PeriodKind.CUSTOM:
            if self.start is None or self.end is None:
                raise InvalidInput(
                    tr("domain.insights", "Please choose both a first and a last day.")
                )
            check_day(self.start)
            check_day(self.end)
            if self.start > self.end:
                raise InvalidInput(
                    tr("domain.insights", "The first day needs to come before the last day.")
                )
        return self

    def bounds(self, today: date) -> tuple[date | None, date | None]:
        """First and last day shown (None: open on that side)."""
        if self.kind is PeriodKind.THREE_MONTHS:
            return _months_back(today, 3) + timedelta(days=1), today
        if self.kind is PeriodKind.TWELVE_MONTHS:
            return _months_back(today, 12) + timedelta(days=1), today
        if self.kind is PeriodKind.CUSTOM:
            return self.start, self.end
        return None, None

    def contains(self, day: date, today: date) -> bool:
        first, last = self.bounds(today)
        return (first is None or day >= first) and (last is None or day <= last)

    def filter(self, items: Iterable[T], day_of: Callable[[T], date], today: date) -> list[T]:
        """The items whose day lies inside the period."""
        first, last = self.bounds(today)
        return [
            item
            for item in items
            if (first is None or day_of(item) >= first) and (last is None or day_of(item) <= last)
        ]


@dataclass(frozen=True)
class InsightsData:
    """Everything the Insights charts need for one period and counselor choice."""

    period: Period
    today: date
    checkins: tuple[CheckInPoint, ...] = ()
    moods: tuple[MoodPoint, ...] = ()
    #: the day of every journal entry in the period, with or without a mood
    entry_days: tuple[date, ...] = ()
    sessions: tuple[SessionMark, ...] = ()
    changes: tuple[CounselorChange, ...] = ()
    goals: tuple[GoalSeries, ...] = ()
    counselor_id: int | None = None
    #: journal days and moods of the twelve months the calendar shows (may reach before
    #: the period's start)
    calendar_days: tuple[date, ...] = field(default=())
    calendar_moods: tuple[MoodPoint, ...] = field(default=())

    @property
    def last_day(self) -> date:
        """The last day shown (the period's end, or today)."""
        _first, last = self.period.bounds(self.today)
        return last or self.today

    @property
    def attended(self) -> tuple[SessionMark, ...]:
        return tuple(s for s in self.sessions if s.status is SessionStatus.ATTENDED)


# -- calculations ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Baseline:
    """The client's usual range for one quality: median and lower/upper quartile."""

    median: float
    low: float
    high: float
    count: int


def _quartiles(values: Sequence[float]) -> tuple[float, float, float]:
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0], ordered[0], ordered[0]
    low, mid, high = statistics.quantiles(ordered, n=4, method="inclusive")
    return low, mid, high


def ratings_of(checkins: Iterable[CheckInPoint], quality: str) -> list[int]:
    return [v for c in checkins if (v := c.rating(quality)) is not None]


def baseline(checkins: Iterable[CheckInPoint], quality: str) -> Baseline | None:
    """Median and interquartile range of the ratings of ``quality``, or None when there are
    fewer than :data:`BASELINE_MIN`."""
    values = ratings_of(checkins, quality)
    if len(values) < BASELINE_MIN:
        return None
    low, mid, high = _quartiles([float(v) for v in values])
    return Baseline(median=mid, low=low, high=high, count=len(values))


@dataclass(frozen=True)
class LatestVsAverage:
    quality: str
    latest: int | None
    average: float | None
    count: int


def latest_vs_average(
    checkins: Sequence[CheckInPoint], qualities: Sequence[str] = ALL_QUALITIES
) -> list[LatestVsAverage]:
    """Per quality: the rating of the latest check-in (the one about the latest session,
    not the one written last) and the mean of all of them. Qualities never rated are left
    out."""
    ordered = sorted(checkins, key=CheckInPoint.order)
    latest = ordered[-1] if ordered else None
    found = []
    for quality in qualities:
        values = ratings_of(ordered, quality)
        if not values:
            continue
        found.append(
            LatestVsAverage(
                quality=quality,
                latest=latest.rating(quality) if latest else None,
                average=statistics.fmean(values),
                count=len(values),
            )
        )
    return found


@dataclass(frozen=True)
class DayCell:
    day: date
    entries: int
    mean_mood: float | None


@dataclass(frozen=True)
class Heatmap:
    """Entries per day and mean mood per day, as a grid of weeks (columns, Monday first)
    by weekdays (rows, Monday = 0)."""

    first: date  # a Monday
    last: date
    weeks: int
    cells: tuple[DayCell, ...]

    def cell(self, week: int, weekday: int) -> DayCell | None:
        """The day at that place, or None outside the covered days."""
        day = self.first + timedelta(days=week * 7 + weekday)
        if day < self.first or day > self.last:
            return None
        return self.cells[(day - self.first).days]

    @property
    def start(self) -> date:
        """The first day of the twelve months (the grid may begin a few days earlier)."""
        return self.last - timedelta(days=364)


def per_day(
    entry_days: Iterable[date], moods: Iterable[MoodPoint]
) -> tuple[dict[date, int], dict[date, float]]:
    """Entries per day and mean mood per day."""
    counts: dict[date, int] = defaultdict(int)
    for day in entry_days:
        counts[day] += 1
    sums: dict[date, list[int]] = defaultdict(list)
    for m in moods:
        sums[m.day].append(m.mood)
    return dict(counts), {d: statistics.fmean(v) for d, v in sums.items()}


def heatmap(entry_days: Iterable[date], moods: Iterable[MoodPoint], last: date) -> Heatmap:
    """The journaling calendar of the twelve months up to ``last``."""
    start = last - timedelta(days=364)
    first = start - timedelta(days=start.weekday())
    counts, means = per_day(entry_days, moods)
    total = (last - first).days + 1
    cells = []
    for offset in range(total):
        day = first + timedelta(days=offset)
        inside = day >= start
        cells.append(
            DayCell(day, counts.get(day, 0) if inside else 0, means.get(day) if inside else None)
        )
    weeks = (total + 6) // 7
    return Heatmap(first=first, last=last, weeks=weeks, cells=tuple(cells))


def daily_mood(moods: Iterable[MoodPoint]) -> list[tuple[date, float]]:
    """Mean mood per day, oldest first."""
    _counts, means = per_day((), moods)
    return sorted(means.items())


def rolling_mean(points: Sequence[tuple[date, float]], days: int) -> list[tuple[date, float]]:
    """For each day with a value: the mean of the values of the ``days`` days up to it."""
    found = []
    ordinals = [day.toordinal() for day, _value in points]
    total = 0.0
    begin = 0
    for end, (day, value) in enumerate(points):
        total += value
        oldest = ordinals[end] - days  # this day and the days - 1 before it are in
        while ordinals[begin] <= oldest:
            total -= points[begin][1]
            begin += 1
        found.append((day, total / (end + 1 - begin)))
    return found


def trailing_mean(values: Sequence[float], count: int) -> list[float]:
    """For each value: the mean of it and up to ``count - 1`` values before it."""
    found = []
    total = 0.0
    for i, value in enumerate(values):
        total += value
        if i >= count:
            total -= values[i - count]
        found.append(total / min(i + 1, count))
    return found


@dataclass(frozen=True)
class SessionPair:
    """A check-in's core average next to the mean mood of the days after it."""

    when: datetime
    core_average: float
    mood_after: float
    moods: int


def relationship_mood_pairs(
    checkins: Iterable[CheckInPoint], moods: Sequence[MoodPoint], days: int = DAYS_AFTER
) -> list[SessionPair]:
    """Per check-in (with at least one core rating): the core average against the mean mood
    of the journal entries in the ``days`` days after it (the day itself not included).
    Check-ins with no mood recorded in those days are left out."""
    by_day: dict[date, list[int]] = defaultdict(list)
    for m in moods:
        by_day[m.day].append(m.mood)
    found = []
    for c in sorted(checkins, key=CheckInPoint.order):
        core = c.core_average()
        if core is None:
            continue
        start = c.when.date()
        values = [v for n in range(1, days + 1) for v in by_day.get(start + timedelta(days=n), ())]
        if values:
            found.append(SessionPair(c.when, core, statistics.fmean(values), len(values)))
    return found


def counselor_changes(
    starts: Iterable[tuple[str, date | None, date | None]],
) -> list[CounselorChange]:
    """Change markers from each counselor's (name, started on, first session day): every
    start after the earliest one. A counselor without a start date starts at their first
    session."""
    known = sorted(
        (when, name) for name, started, first in starts if (when := started or first) is not None
    )
    return [CounselorChange(when, name) for when, name in known[1:]]
