"""The latest check-in next to the client's own average, per quality (grouped bars with their
values written on them; the average bars are hatched, so colour is not needed to tell them
apart)."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure

from companion.charts.common import (
    Table,
    add_note,
    category_axis,
    empty_figure,
    legend_below,
    new_figure,
    rating_axis,
    style_axes,
)
from companion.charts.text import latest_label, number, quality_label, tr
from companion.charts.theme import ChartTheme
from companion.domain.insights import (
    ALL_QUALITIES,
    InsightsData,
    latest_checkin,
    latest_vs_average,
)
from companion.domain.wording import tr_n

WIDTH = 0.38


def title() -> str:
    return tr("Your latest check-in next to your average")


def empty_message() -> str:
    return tr(
        "After your first check-in you will see it here next to your own average, quality "
        "by quality."
    )


def build_latest(
    data: InsightsData, theme: ChartTheme, *, qualities: Sequence[str] = ALL_QUALITIES
) -> Figure:
    with theme.context():
        rows = latest_vs_average(data.checkins, [q for q in ALL_QUALITIES if q in qualities])
        if not rows:
            return empty_figure(theme, title(), empty_message())
        fig = new_figure(theme, title())
        ax = fig.add_subplot()
        style_axes(ax, theme)
        rating_axis(ax, tr("How much (0 = not at all, 10 = completely)"))
        ax.set_ylim(0, 11.2)
        positions = list(range(len(rows)))
        newest = latest_checkin(data.checkins)
        assert newest is not None  # there are rows, so there are check-ins
        latest = ax.bar(
            [p - WIDTH / 2 for p in positions],
            [r.latest if r.latest is not None else 0 for r in rows],
            WIDTH,
            color=theme.accent,
            edgecolor=theme.text,
            linewidth=0.6,
            label=latest_label(newest),
        )
        average = ax.bar(
            [p + WIDTH / 2 for p in positions],
            [r.average or 0 for r in rows],
            WIDTH,
            color=theme.surface,
            edgecolor=theme.text,
            hatch="///",
            linewidth=0.6,
            label=tr("Your average"),
        )
        ax.bar_label(
            latest,
            labels=[number(r.latest) if r.latest is not None else "–" for r in rows],
            padding=2,
            fontsize="small",
        )
        ax.bar_label(
            average,
            labels=[number(round(r.average or 0, 1)) for r in rows],
            padding=2,
            fontsize="small",
        )
        category_axis(ax, [quality_label(r.quality) for r in rows])
        ax.set_xlabel(tr("Quality"))
        legend_below(ax)
        ax.set_title(
            tr_n("Charts", "%n [check-in|check-ins] in this period", len(data.checkins)),
            loc="left",
            fontsize="small",
            color=theme.muted,
        )
        add_note(fig, theme)
        return fig


def table_latest(data: InsightsData) -> Table:
    headers = [tr("Quality"), tr("Latest check-in"), tr("Your average"), tr("Check-ins")]
    rows = [
        [
            quality_label(r.quality),
            number(r.latest),
            number(round(r.average, 1)) if r.average is not None else number(None),
            str(r.count),
        ]
        for r in latest_vs_average(data.checkins)
    ]
    return headers, rows
