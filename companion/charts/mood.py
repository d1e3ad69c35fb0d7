"""Mood over time from the journal: each day's mood as a dot, a two-week rolling mean as a
line, and the attended sessions as ticks along the bottom."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from companion.charts.common import (
    Table,
    as_dates,
    date_axis,
    empty_figure,
    legend_below,
    local,
    new_figure,
    rating_axis,
    style_axes,
)
from companion.charts.text import day_text, number, tr
from companion.charts.theme import ChartTheme
from companion.domain.insights import InsightsData, daily_mood, per_day, rolling_mean

ROLLING_DAYS = 14
MINIMUM = 2


def title() -> str:
    return tr("Your mood over time")


def empty_message() -> str:
    return tr(
        "When you add a mood to your journal entries, you will see here how your days went "
        "over time."
    )


def build_mood(data: InsightsData, theme: ChartTheme) -> Figure:
    with theme.context():
        daily = daily_mood(data.moods)
        if len(daily) < MINIMUM:
            return empty_figure(theme, title(), empty_message())
        fig = new_figure(theme, title())
        ax = fig.add_subplot()
        style_axes(ax, theme)
        rating_axis(ax, tr("Mood (0 = very low, 10 = very good)"))
        ax.set_xlabel(tr("Day"))
        days = as_dates([d for d, _m in daily])
        many = len(daily) > 400
        ax.plot(
            days,
            [m for _d, m in daily],
            linestyle="none",
            marker="o",
            markersize=1.8 if many else 3.5,
            alpha=0.45 if many else 0.7,
            color=theme.colour(0),
            label=tr("Mood of the day"),
        )
        rolling = rolling_mean(daily, ROLLING_DAYS)
        ax.plot(
            days,
            [m for _d, m in rolling],
            color=theme.colour(1),
            linewidth=2.0,
            label=tr("Average of the last two weeks"),
        )
        attended = as_dates([local(s.when) for s in data.attended])
        if len(attended):
            # one line broken into a tick per session (years of weekly sessions as separate
            # segments made the chart a fifth slower to build and draw)
            xs = np.repeat(attended, 3)
            xs[2::3] = np.datetime64("NaT")
            ax.plot(
                xs,
                np.tile([0.0, 0.05, np.nan], len(attended)),
                transform=ax.get_xaxis_transform(),
                color=theme.text,
                linewidth=0.8,
                alpha=0.8,
                label=tr("A session (tick along the bottom)"),
            )
        date_axis(ax)
        legend_below(ax)
        return fig


def table_mood(data: InsightsData) -> Table:
    counts, means = per_day(data.entry_days, data.moods)
    headers = [tr("Day"), tr("Entries"), tr("Mood of the day"), tr("Sessions")]
    sessions: dict[object, int] = {}
    for s in data.attended:
        day = local(s.when).date()
        sessions[day] = sessions.get(day, 0) + 1
    rows = [
        [
            day_text(day),
            str(counts.get(day, 0)),
            number(round(means[day], 1)) if day in means else tr("no mood"),
            str(sessions.get(day, "")),
        ]
        for day in sorted(set(counts) | set(means))
    ]
    return headers, rows
