"""The chart builders: for known data, the right series, labels and words; a friendly empty
state; the global rcParams untouched; no pyplot. Figures are rendered with the Agg canvas."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta

import matplotlib
import numpy as np
import pytest
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import FillBetweenPolyCollection
from matplotlib.figure import Figure

from companion.charts import alongside, goals, journaling, latest, mood, relationship
from companion.charts.common import is_empty
from companion.charts.text import DISCLAIMER
from companion.charts.theme import ChartTheme
from companion.domain.enums import SessionStatus
from companion.domain.insights import (
    CheckInPoint,
    CounselorChange,
    GoalSeries,
    InsightsData,
    MoodPoint,
    Period,
    PeriodKind,
    SessionMark,
)

TODAY = date(2026, 5, 31)
THEMES = [ChartTheme.light(), ChartTheme.dark_theme()]


def _checkin(day: date, **ratings: int) -> CheckInPoint:
    return CheckInPoint(datetime(day.year, day.month, day.day, 18), None, 1, ratings)


def sample() -> InsightsData:
    checkins = (
        _checkin(date(2026, 3, 3), heard=5, respected=6, supported=7, trust=4),
        _checkin(date(2026, 3, 10), heard=7, respected=8, supported=6),
        _checkin(date(2026, 3, 17), heard=9, respected=9, supported=8, trust=8),
    )
    moods = tuple(MoodPoint(date(2026, 3, 1) + timedelta(days=i), 3 + i % 5) for i in range(0, 60))
    entry_days = (*(m.day for m in moods), date(2026, 3, 1))  # one day with two entries
    sessions = (
        SessionMark(datetime(2026, 3, 3, 16, tzinfo=_utc()), 1, "Dana", SessionStatus.ATTENDED),
        SessionMark(datetime(2026, 3, 24, 16, tzinfo=_utc()), 1, "Dana", SessionStatus.CANCELLED),
    )
    return InsightsData(
        period=Period(PeriodKind.TWELVE_MONTHS),
        today=TODAY,
        checkins=checkins,
        moods=moods,
        entry_days=entry_days,
        sessions=sessions,
        changes=(CounselorChange(date(2026, 3, 8), "Dana"),),
        goals=(
            GoalSeries(1, "Sleep better", ((date(2026, 3, 1), 3), (date(2026, 4, 1), 5))),
            GoalSeries(2, "Say no at work", ((date(2026, 3, 15), 2),)),
        ),
        calendar_days=entry_days,
        calendar_moods=moods,
    )


def _utc():  # type: ignore[no-untyped-def]
    from datetime import UTC

    return UTC


def empty() -> InsightsData:
    return InsightsData(period=Period(PeriodKind.TWELVE_MONTHS), today=TODAY)


BUILDERS: dict[str, Callable[[InsightsData, ChartTheme], Figure]] = {
    "relationship": relationship.build_relationship,
    "latest": latest.build_latest,
    "mood": mood.build_mood,
    "journaling": journaling.build_journaling,
    "goals": goals.build_goals,
    "alongside": alongside.build_relationship_mood,
}


def render(fig: Figure) -> None:
    FigureCanvasAgg(fig).draw()


def texts(fig: Figure) -> list[str]:
    found = [t.get_text() for t in fig.texts]
    if fig.get_suptitle():
        found.append(fig.get_suptitle())
    if fig.get_supxlabel():
        found.append(fig.get_supxlabel())
    for ax in fig.axes:
        found += [ax.get_title(loc) for loc in ("left", "center", "right")]
    return found


def bands(ax: Axes) -> list[FillBetweenPolyCollection]:
    return [c for c in ax.collections if isinstance(c, FillBetweenPolyCollection)]


def legend_texts(fig: Figure) -> list[str]:
    legend = fig.axes[0].get_legend()
    assert legend is not None
    return [t.get_text() for t in legend.get_texts()]


# -- every chart -----------------------------------------------------------------------------


@pytest.mark.parametrize("theme", THEMES, ids=["light", "dark"])
@pytest.mark.parametrize("name", list(BUILDERS))
def test_every_chart_renders_with_a_plain_title(name: str, theme: ChartTheme) -> None:
    fig = BUILDERS[name](sample(), theme)
    render(fig)
    assert not is_empty(fig)
    assert fig.get_suptitle()
    assert fig.get_facecolor()[:3] == pytest.approx(matplotlib.colors.to_rgb(theme.background))


@pytest.mark.parametrize("name", list(BUILDERS))
def test_every_chart_has_a_friendly_empty_state(name: str) -> None:
    fig = BUILDERS[name](empty(), ChartTheme.light())
    render(fig)
    assert is_empty(fig)
    message = " ".join(t.get_text() for t in fig.texts)
    assert "you" in message.lower() and len(message) > 30


def rc_snapshot() -> dict[str, object]:
    """Every rcParam as stored (reading ``rcParams["backend"]`` the usual way would import
    pyplot to resolve the backend)."""
    params = matplotlib.rcParams
    return {key: params._get(key) for key in params}


def test_global_rcparams_unchanged_and_no_pyplot() -> None:
    before = rc_snapshot()
    for theme in THEMES:
        for build in BUILDERS.values():
            render(build(sample(), theme))
            render(build(empty(), theme))
    assert rc_snapshot() == before
    assert "matplotlib.pyplot" not in sys.modules


# -- the charts one by one -------------------------------------------------------------------


def test_relationship_lines_band_and_counselor_change() -> None:
    fig = relationship.build_relationship(sample(), ChartTheme.light())
    render(fig)
    ax = fig.axes[0]
    assert list(ax.lines[0].get_ydata()) == [5, 7, 9]
    assert list(ax.lines[1].get_ydata()) == [6, 8, 9]
    assert list(ax.lines[2].get_ydata()) == [7, 6, 8]
    assert legend_texts(fig) == ["Heard", "Respected", "Supported", "Counselor changed"]
    assert len(bands(ax)) == 3  # one usual-range band per quality
    assert len(ax.collections[-1].get_segments()) == 1  # one change of counselor
    assert any("Started with Dana" in t.get_text() for t in ax.texts)
    assert any("middle half" in t for t in texts(fig))
    assert DISCLAIMER in texts(fig)
    assert ax.get_ylabel() and ax.get_xlabel() == "Session date"


def test_relationship_other_qualities_on_request() -> None:
    fig = relationship.build_relationship(sample(), ChartTheme.light(), qualities=["trust"])
    render(fig)
    assert list(fig.axes[0].lines[0].get_ydata()) == [4, 8]
    assert legend_texts(fig)[0] == "Trust"
    assert bands(fig.axes[0]) == []  # two ratings make no usual range yet
    assert is_empty(relationship.build_relationship(sample(), ChartTheme.light(), qualities=[]))


def test_relationship_smooths_years_of_checkins() -> None:
    start = datetime(2020, 1, 7, 18)
    checkins = tuple(
        CheckInPoint(start + timedelta(days=7 * i), None, 1, {"heard": 10 if i % 2 else 0})
        for i in range(relationship.SMOOTH_ABOVE + 10)
    )
    fig = relationship.build_relationship(
        InsightsData(Period(PeriodKind.ALL), TODAY, checkins=checkins),
        ChartTheme.light(),
        qualities=["heard"],
    )
    render(fig)
    smoothed, dots = fig.axes[0].lines[:2]
    assert list(smoothed.get_ydata())[-1] == pytest.approx(5.0)
    assert len(dots.get_ydata()) == len(checkins) and dots.get_linestyle() == "None"
    assert legend_texts(fig) == ["Heard"]
    assert "average of your last 8 check-ins" in fig.axes[0].get_title("left")


def test_relationship_empty_state_message() -> None:
    one = InsightsData(Period(), TODAY, checkins=sample().checkins[:1])
    fig = relationship.build_relationship(one, ChartTheme.light())
    assert is_empty(fig)
    assert "how heard, respected and supported you felt over time" in " ".join(texts(fig))


def test_relationship_table() -> None:
    headers, rows = relationship.table_relationship(sample())
    assert headers == ["Session date", "Heard", "Respected", "Supported"]
    assert rows[0] == ["3 Mar 2026", "5", "6", "7"]
    assert rows[3][0].startswith("Usual range of Heard")
    assert rows[3][1] == "6–8 (7)"


def test_latest_bars_are_labelled_and_hatched() -> None:
    fig = latest.build_latest(sample(), ChartTheme.light())
    render(fig)
    ax = fig.axes[0]
    latest_bars, average_bars = ax.containers
    assert [b.get_height() for b in latest_bars] == [9, 9, 8, 8]
    assert [round(b.get_height(), 2) for b in average_bars] == [7.0, 7.67, 7.0, 6.0]
    assert all(b.get_hatch() for b in average_bars)
    assert [t.get_text() for t in ax.get_xticklabels()] == [
        "Heard",
        "Respected",
        "Supported",
        "Trust",
    ]
    labels = [t.get_text() for t in ax.texts]
    assert "9" in labels and "7.7" in labels
    assert legend_texts(fig) == ["Latest check-in (17 Mar 2026)", "Your average"]
    assert DISCLAIMER in texts(fig)
    assert latest.table_latest(sample())[1][0] == ["Heard", "9", "7", "3"]


def test_mood_points_rolling_mean_and_sessions() -> None:
    data = sample()
    fig = mood.build_mood(data, ChartTheme.light())
    render(fig)
    ax = fig.axes[0]
    daily = list(ax.lines[0].get_ydata())
    assert daily[:6] == [3, 4, 5, 6, 7, 3]
    rolling = list(ax.lines[1].get_ydata())
    assert rolling[0] == 3 and rolling[1] == pytest.approx(3.5)
    ticks = ax.lines[2].get_xydata()
    assert len(ticks) == 3 and np.isnan(ticks[2]).all()  # only the attended session
    assert list(ticks[:2, 1]) == [0.0, 0.05]  # from the bottom, 5% of the axes high
    assert legend_texts(fig) == [
        "Mood of the day",
        "Average of the last two weeks",
        "A session (tick along the bottom)",
    ]
    headers, rows = mood.table_mood(data)
    assert headers[:3] == ["Day", "Entries", "Mood of the day"]
    assert rows[0] == ["1 Mar 2026", "2", "3", ""]
    assert rows[2][3] == "1"  # 3 March had a session


def test_journaling_calendar_grid_and_words() -> None:
    fig = journaling.build_journaling(sample(), ChartTheme.light())
    render(fig)
    ax = fig.axes[0]
    mood_image = ax.images[1].get_array()
    assert mood_image.shape[0] == 7  # weekdays as rows
    assert mood_image.shape[1] == 53  # weeks as columns
    values = mood_image.compressed()
    assert len(values) == 60 and values.min() == 3 and values.max() == 7
    assert next(t.get_text() for t in ax.get_yticklabels()) == "Mon"
    bar = fig.axes[1]
    assert [t.get_text() for t in bar.get_xticklabels()] == ["Low", "In between", "Good"]
    legend = fig.legends[0]
    assert [t.get_text() for t in legend.get_texts()] == [
        "Written, no mood",
        "More than one entry",
        "Not written",
    ]
    headers, rows = journaling.table_journaling(sample())
    assert headers == ["Day", "Entries", "Mood of the day"]
    assert rows[0] == ["1 Mar 2026", "2", "3"]


def test_goal_lines() -> None:
    fig = goals.build_goals(sample(), ChartTheme.dark_theme())
    render(fig)
    ax = fig.axes[0]
    assert list(ax.lines[0].get_ydata()) == [3, 5]
    assert list(ax.lines[1].get_ydata()) == [2]
    assert legend_texts(fig) == ["Sleep better", "Say no at work"]
    assert goals.table_goals(sample())[1][1] == ["Sleep better", "1 Apr 2026", "5"]


def test_relationship_next_to_mood_with_the_caution() -> None:
    fig = alongside.build_relationship_mood(sample(), ChartTheme.light())
    render(fig)
    ax = fig.axes[0]
    assert list(ax.lines[0].get_xdata()) == pytest.approx([6.0, 7.0, 26 / 3])
    after = list(ax.lines[0].get_ydata())
    assert after[0] == pytest.approx(np.mean([6, 7, 3, 4, 5, 6, 7]))
    assert "this does not show that one causes the other" in ax.get_title("left")
    assert DISCLAIMER in texts(fig)
    _headers, rows = alongside.table_relationship_mood(sample())
    assert len(rows) == 3 and rows[0][0] == "3 Mar 2026"


def test_a_checkin_written_later_is_shown_on_its_sessions_day() -> None:
    written_late = CheckInPoint(
        datetime(2026, 3, 24, 17),
        9,
        1,
        {"heard": 2, "respected": 3, "supported": 3},
        written=datetime(2026, 5, 30, 9),
    )
    data = replace(sample(), checkins=(*sample().checkins, written_late))
    assert legend_texts(latest.build_latest(data, ChartTheme.light()))[0] == (
        "Latest check-in (24 Mar 2026)\nwritten 30 May 2026"
    )
    _headers, rows = relationship.table_relationship(data)
    assert rows[3][:2] == ["24 Mar 2026 (written 30 May 2026)", "2"]
    # written last, but about an earlier session than the newest: not the latest
    earlier = replace(written_late, when=datetime(2026, 3, 1, 17))
    data = replace(sample(), checkins=(earlier, *sample().checkins))
    assert legend_texts(latest.build_latest(data, ChartTheme.light()))[0] == (
        "Latest check-in (17 Mar 2026)"
    )
    assert latest.table_latest(data)[1][0] == ["Heard", "9", "5.8", "4"]
