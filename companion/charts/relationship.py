"""How the relationship felt over time: a line per quality, the client's usual range, and
where the counselor changed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from matplotlib.figure import Figure

from companion.charts.common import (
    Table,
    add_note,
    as_dates,
    date_axis,
    empty_figure,
    legend_below,
    new_figure,
    rating_axis,
    style_axes,
)
from companion.charts.text import checkin_day, number, quality_label, tr
from companion.charts.theme import MARKERS, ChartTheme
from companion.domain.insights import (
    ALL_QUALITIES,
    CORE_QUALITIES,
    InsightsData,
    baseline,
    trailing_mean,
)
from companion.domain.wording import tr_n

#: At least this many check-ins before the chart has lines.
MINIMUM = 2
#: With more check-ins than this, each line is the average of the last SMOOTHING check-ins
#: (the single ratings stay as faint dots), so that years of check-ins stay readable.
SMOOTH_ABOVE = 60
SMOOTHING = 8


def title() -> str:
    return tr("How the relationship felt over time")


def empty_message() -> str:
    return tr(
        "After a few check-ins you will see how heard, respected and supported you felt over time."
    )


def build_relationship(
    data: InsightsData, theme: ChartTheme, *, qualities: Sequence[str] = CORE_QUALITIES
) -> Figure:
    chosen = [q for q in ALL_QUALITIES if q in qualities]
    with theme.context():
        checkins = [c for c in data.checkins if any(c.rating(q) is not None for q in chosen)]
        if len(checkins) < MINIMUM or not chosen:
            return empty_figure(theme, title(), empty_message())
        fig = new_figure(theme, title())
        ax = fig.add_subplot()
        style_axes(ax, theme)
        rating_axis(ax, tr("How much (0 = not at all, 10 = completely)"))
        ax.set_xlabel(tr("Session date"))
        first, last = checkins[0].when, checkins[-1].when
        smooth = len(checkins) > SMOOTH_ABOVE
        for quality in chosen:
            index = ALL_QUALITIES.index(quality)
            colour = theme.colour(index)
            points = [(c.when, v) for c in checkins if (v := c.rating(quality)) is not None]
            if not points:
                continue
            band = baseline(checkins, quality)
            if band is not None:
                ax.fill_between(
                    as_dates([first, last]),
                    band.low,
                    band.high,
                    color=colour,
                    alpha=0.13,
                    linewidth=0,
                )
            xs = as_dates([when for when, _v in points])
            ys = [float(v) for _w, v in points]
            marker = MARKERS[index % len(MARKERS)]
            if smooth:
                ax.plot(
                    xs,
                    trailing_mean(ys, SMOOTHING),
                    color=colour,
                    marker=marker,
                    markevery=max(1, len(points) // 12),
                    markersize=5,
                    label=quality_label(quality),
                )
                ax.plot(
                    xs, ys, linestyle="none", marker=".", markersize=2.5, color=colour, alpha=0.35
                )
            else:
                ax.plot(
                    xs, ys, color=colour, marker=marker, markersize=4, label=quality_label(quality)
                )
        if data.changes:
            ax.vlines(
                as_dates([c.when for c in data.changes]),
                0,
                1,
                transform=ax.get_xaxis_transform(),
                color=theme.muted,
                linestyle=":",
                linewidth=1.3,
            )
        span = max((last - first).total_seconds(), 1.0)
        for change in data.changes:
            moment = datetime(change.when.year, change.when.month, change.when.day)
            late = (moment - first).total_seconds() / span > 0.7
            ax.annotate(
                tr("Started with %1").replace("%1", change.name),
                xy=(as_dates([moment])[0], 1.0),
                xycoords=("data", "axes fraction"),
                xytext=(-3 if late else 3, -2),
                textcoords="offset points",
                ha="right" if late else "left",
                va="top",
                fontsize="small",
                color=theme.muted,
            )
        if data.changes:
            ax.plot([], [], color=theme.muted, linestyle=":", label=tr("Counselor changed"))
        date_axis(ax)
        note = tr(
            "Shaded: your usual range for each quality, the middle half of your own "
            "ratings around their median"
        )
        if smooth:
            note += "\n" + tr_n(
                "Charts",
                "Lines: the average of your last %n [check-in|check-ins]; dots: each check-in",
                SMOOTHING,
            )
        ax.set_title(
            note,
            loc="left",
            fontsize="small",
            color=theme.muted,
        )
        legend_below(ax)
        add_note(fig, theme)
        return fig


def table_relationship(data: InsightsData, *, qualities: Sequence[str] = CORE_QUALITIES) -> Table:
    chosen = [q for q in ALL_QUALITIES if q in qualities]
    headers = [tr("Session date"), *(quality_label(q) for q in chosen)]
    rows = [
        [checkin_day(c), *(number(c.rating(q)) for q in chosen)]
        for c in data.checkins
        if any(c.rating(q) is not None for q in chosen)
    ]
    for quality in chosen:
        band = baseline(data.checkins, quality)
        if band is not None:
            rows.append(
                [
                    tr("Usual range of %1 (middle half, median)").replace(
                        "%1", quality_label(quality)
                    ),
                    *(
                        f"{number(band.low)}–{number(band.high)} ({number(band.median)})"
                        if q == quality
                        else ""
                        for q in chosen
                    ),
                ]
            )
    return headers, rows
