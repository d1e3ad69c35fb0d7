"""How close the client felt to each goal over time: a line per goal."""

from __future__ import annotations

from matplotlib.figure import Figure

from companion.charts.common import (
    Table,
    as_dates,
    date_axis,
    empty_figure,
    legend_below,
    new_figure,
    rating_axis,
    style_axes,
)
from companion.charts.text import day_text, tr
from companion.charts.theme import MARKERS, ChartTheme
from companion.domain.insights import InsightsData

#: Longer goal names are cut in the legend (the table shows them whole).
TITLE_LENGTH = 90
#: Goal names in the legend go onto another line after about this many characters.
LEGEND_WRAP = 34


def title() -> str:
    return tr("Progress on your goals")


def empty_message() -> str:
    return tr("Rate how close you feel to a goal now and then, and it will show up here.")


def short(text: str) -> str:
    return text if len(text) <= TITLE_LENGTH else text[: TITLE_LENGTH - 1].rstrip() + "…"


def build_goals(data: InsightsData, theme: ChartTheme) -> Figure:
    with theme.context():
        goals = [g for g in data.goals if g.points]
        if not goals:
            return empty_figure(theme, title(), empty_message())
        fig = new_figure(theme, title())
        ax = fig.add_subplot()
        style_axes(ax, theme)
        rating_axis(ax, tr("How close I feel (0 = not yet, 10 = there)"))
        ax.set_xlabel(tr("Day rated"))
        for i, goal in enumerate(goals):
            ax.plot(
                as_dates([d for d, _r in goal.points]),
                [r for _d, r in goal.points],
                color=theme.colour(i),
                marker=MARKERS[i % len(MARKERS)],
                markersize=4,
                label=short(goal.title),
            )
        date_axis(ax)
        legend_below(ax, wrap=LEGEND_WRAP)
        return fig


def table_goals(data: InsightsData) -> Table:
    headers = [tr("Goal"), tr("Day rated"), tr("How close (0 to 10)")]
    rows = [[g.title, day_text(d), str(r)] for g in data.goals for d, r in g.points]
    return headers, rows
