"""The relationship next to mood: for each check-in, the average of heard, respected and
supported against the mean journal mood of the days after. A scatter with a plain caution:
two things moving together does not show that one causes the other."""

from __future__ import annotations

from matplotlib.figure import Figure

from companion.charts.common import Table, add_note, empty_figure, new_figure, style_axes
from companion.charts.text import day_text, number, tr
from companion.charts.theme import ChartTheme
from companion.domain.insights import DAYS_AFTER, InsightsData, relationship_mood_pairs
from companion.domain.wording import tr_n

MINIMUM = 3


def title() -> str:
    return tr("The relationship next to your mood")


def caution() -> str:
    return tr("These move together or not; this does not show that one causes the other.")


def empty_message() -> str:
    return tr(
        "After a few check-ins, with moods in your journal in the days after, you will see "
        "them side by side here."
    )


def build_relationship_mood(data: InsightsData, theme: ChartTheme) -> Figure:
    with theme.context():
        pairs = relationship_mood_pairs(data.checkins, data.moods, DAYS_AFTER)
        if len(pairs) < MINIMUM:
            return empty_figure(theme, title(), empty_message())
        fig = new_figure(theme, title())
        ax = fig.add_subplot()
        style_axes(ax, theme, grid_axis="both")
        ax.plot(
            [p.core_average for p in pairs],
            [p.mood_after for p in pairs],
            linestyle="none",
            marker="o",
            markersize=5,
            alpha=0.75,
            color=theme.colour(0),
            markeredgecolor=theme.surface,
            markeredgewidth=0.5,
            label=tr("One check-in"),
        )
        ax.set_xlim(-0.4, 10.4)
        ax.set_ylim(-0.4, 10.4)
        ax.set_xticks([0, 2, 4, 6, 8, 10])
        ax.set_yticks([0, 2, 4, 6, 8, 10])
        ax.set_xlabel(tr("Heard, respected and supported: the check-in's average (0 to 10)"))
        ax.set_ylabel(
            tr_n("Charts", "Mood in the %n [day|days] after (average, 0 to 10)", DAYS_AFTER)
        )
        ax.set_title(caution(), loc="left", fontsize="small", color=theme.text)
        add_note(fig, theme)
        return fig


def table_relationship_mood(data: InsightsData) -> Table:
    headers = [
        tr("Session date"),
        tr("Heard, respected and supported (average)"),
        tr("Mood in the days after (average)"),
        tr("Moods recorded"),
    ]
    rows = [
        [
            day_text(p.when.date()),
            number(round(p.core_average, 1)),
            number(round(p.mood_after, 1)),
            str(p.moods),
        ]
        for p in relationship_mood_pairs(data.checkins, data.moods, DAYS_AFTER)
    ]
    return headers, rows
