"""The calculations behind the Insights charts (no Qt, no database)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from companion.domain.errors import InvalidInput
from companion.domain.insights import (
    CheckInPoint,
    MoodPoint,
    Period,
    PeriodKind,
    baseline,
    counselor_changes,
    daily_mood,
    heatmap,
    latest_vs_average,
    per_day,
    relationship_mood_pairs,
    rolling_mean,
    trailing_mean,
)

TODAY = date(2026, 5, 31)


def checkin(day: date, **ratings: int | None) -> CheckInPoint:
    return CheckInPoint(
        datetime.combine(day, datetime.min.time()).replace(hour=18), None, 1, ratings
    )


# -- periods ---------------------------------------------------------------------------------


def test_three_and_twelve_months_end_today_and_clamp_short_months() -> None:
    assert Period(PeriodKind.THREE_MONTHS).bounds(TODAY) == (date(2026, 3, 1), TODAY)
    assert Period(PeriodKind.TWELVE_MONTHS).bounds(TODAY) == (date(2025, 6, 1), TODAY)
    assert Period(PeriodKind.THREE_MONTHS).bounds(date(2026, 1, 15)) == (
        date(2025, 10, 16),
        date(2026, 1, 15),
    )
    assert Period(PeriodKind.ALL).bounds(TODAY) == (None, None)


def test_filter_keeps_the_days_inside_both_ends_included() -> None:
    days = [date(2026, 2, 28), date(2026, 3, 1), TODAY, TODAY + timedelta(days=1)]
    assert Period(PeriodKind.THREE_MONTHS).filter(days, lambda d: d, TODAY) == [
        date(2026, 3, 1),
        TODAY,
    ]
    custom = Period.custom(date(2026, 2, 28), date(2026, 2, 28))
    assert custom.filter(days, lambda d: d, TODAY) == [date(2026, 2, 28)]
    assert custom.contains(date(2026, 2, 28), TODAY)
    assert Period(PeriodKind.ALL).filter(days, lambda d: d, TODAY) == days


def test_custom_period_needs_both_days_in_order() -> None:
    with pytest.raises(InvalidInput, match="before the last day"):
        Period.custom(date(2026, 3, 2), date(2026, 3, 1))
    with pytest.raises(InvalidInput, match="both"):
        Period(PeriodKind.CUSTOM, date(2026, 3, 2), None).validated()


# -- baseline and latest ---------------------------------------------------------------------


def test_baseline_is_median_and_quartiles_of_the_clients_own_ratings() -> None:
    checkins = [
        checkin(TODAY - timedelta(days=7 * i), heard=v) for i, v in enumerate([2, 4, 6, 8, 10])
    ]
    band = baseline(checkins, "heard")
    assert band is not None
    assert (band.low, band.median, band.high, band.count) == (4.0, 6.0, 8.0, 5)


def test_baseline_needs_a_few_ratings_and_skips_unrated() -> None:
    checkins = [checkin(TODAY, heard=5), checkin(TODAY, heard=7), checkin(TODAY, heard=None)]
    assert baseline(checkins, "heard") is None
    assert baseline([*checkins, checkin(TODAY, heard=9)], "heard") is not None
    assert baseline(checkins, "trust") is None


def test_latest_against_average_per_quality() -> None:
    checkins = [
        checkin(date(2026, 5, 1), heard=4, trust=6),
        checkin(date(2026, 5, 20), heard=8),
        checkin(date(2026, 5, 10), heard=6, trust=8),
    ]
    rows = {r.quality: r for r in latest_vs_average(checkins)}
    assert set(rows) == {"heard", "trust"}  # never rated qualities are left out
    assert rows["heard"].latest == 8 and rows["heard"].average == pytest.approx(6.0)
    assert rows["trust"].latest is None and rows["trust"].average == pytest.approx(7.0)
    assert latest_vs_average([]) == []


def test_core_average_uses_the_core_three_that_were_rated() -> None:
    assert checkin(TODAY, heard=6, respected=8, trust=0).core_average() == pytest.approx(7.0)
    assert checkin(TODAY, trust=5).core_average() is None


# -- journaling calendar ---------------------------------------------------------------------


def test_heatmap_bins_entries_and_mean_mood_by_week_and_weekday() -> None:
    last = date(2026, 5, 31)  # a Sunday
    days = [last, last, date(2026, 5, 25), date(2025, 6, 1), date(2025, 5, 31)]
    moods = [MoodPoint(last, 4), MoodPoint(last, 7), MoodPoint(date(2025, 5, 31), 9)]
    grid = heatmap(days, moods, last)
    assert grid.first.weekday() == 0  # weeks start on Monday
    assert grid.start == date(2025, 6, 1)
    assert grid.cells[-1].day == last
    week = grid.weeks - 1
    sunday = grid.cell(week, 6)
    assert sunday is not None and sunday.entries == 2 and sunday.mean_mood == pytest.approx(5.5)
    monday = grid.cell(week, 0)
    assert monday is not None and monday.day == date(2026, 5, 25)
    assert monday.entries == 1 and monday.mean_mood is None
    first = grid.cell(0, date(2025, 6, 1).weekday())
    assert first is not None and first.entries == 1
    # the day before the twelve months is outside, even though it shares the first week
    assert all(c.entries == 0 for c in grid.cells if c.day < grid.start)
    assert grid.cell(grid.weeks, 0) is None


def test_entries_and_mean_mood_per_day() -> None:
    counts, means = per_day([TODAY, TODAY], [MoodPoint(TODAY, 3), MoodPoint(TODAY, 6)])
    assert counts == {TODAY: 2} and means == {TODAY: 4.5}


def test_daily_mood_and_rolling_mean() -> None:
    moods = [MoodPoint(date(2026, 5, d), m) for d, m in [(1, 2), (1, 4), (2, 6), (10, 10)]]
    daily = daily_mood(moods)
    assert daily == [(date(2026, 5, 1), 3.0), (date(2026, 5, 2), 6.0), (date(2026, 5, 10), 10.0)]
    rolling = rolling_mean(daily, 7)
    assert [round(v, 2) for _d, v in rolling] == [3.0, 4.5, 10.0]


# -- relationship next to mood ---------------------------------------------------------------


def test_pairs_take_the_mood_of_the_days_after_each_checkin() -> None:
    session_day = date(2026, 5, 5)
    checkins = [
        checkin(session_day, heard=6, respected=8, supported=10),
        checkin(date(2026, 5, 20), trust=5),  # no core rating: left out
        checkin(date(2026, 5, 25), heard=5),  # no mood after: left out
    ]
    moods = [
        MoodPoint(session_day, 1),  # the day itself does not count
        MoodPoint(session_day + timedelta(days=1), 4),
        MoodPoint(session_day + timedelta(days=7), 6),
        MoodPoint(session_day + timedelta(days=8), 10),  # too late
    ]
    pairs = relationship_mood_pairs(checkins, moods, days=7)
    assert len(pairs) == 1
    assert pairs[0].core_average == pytest.approx(8.0)
    assert pairs[0].mood_after == pytest.approx(5.0)
    assert pairs[0].moods == 2


def test_counselor_changes_are_the_starts_after_the_first() -> None:
    changes = counselor_changes(
        [
            ("Dana", date(2026, 1, 5), None),
            ("Sam", None, date(2024, 3, 1)),
            ("Ari", None, None),  # never started: no marker
        ]
    )
    assert [(c.when, c.name) for c in changes] == [(date(2026, 1, 5), "Dana")]


def test_trailing_mean_over_the_last_few_values() -> None:
    assert trailing_mean([2, 4, 6, 8], 2) == [2.0, 3.0, 5.0, 7.0]
    assert trailing_mean([], 3) == []


def test_rolling_mean_is_the_mean_of_the_days_window_with_gaps() -> None:
    import random

    rng = random.Random(7)
    day = date(2024, 1, 1)
    points = []
    for _ in range(300):
        day += timedelta(days=rng.choice([1, 1, 2, 5, 20]))
        points.append((day, float(rng.randint(0, 10))))
    for days in (1, 7, 14):
        expected = []
        for when, _value in points:
            inside = [v for d, v in points if when - timedelta(days=days) < d <= when]
            expected.append((when, sum(inside) / len(inside)))
        found = rolling_mean(points, days)
        assert [d for d, _m in found] == [d for d, _m in expected]
        assert [m for _d, m in found] == pytest.approx([m for _d, m in expected])
