"""Shared pieces of the chart builders: a new figure, the empty state, the note under
check-in scores, date conversion."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, Literal

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from numpy.typing import NDArray

from companion.charts.text import DISCLAIMER, tr
from companion.charts.theme import ChartTheme
from companion.domain import wording

#: The default size (inches at 100 dpi); the canvas resizes it to the widget.
SIZE = (8.0, 4.6)
Headers = list[str]
Rows = list[list[str]]
Table = tuple[Headers, Rows]


def new_figure(theme: ChartTheme, title: str, size: tuple[float, float] = SIZE) -> Figure:
    """A figure in the theme's colours with ``title`` (plain words) at the top."""
    fig = Figure(figsize=size, dpi=100, layout="constrained")
    fig.set_facecolor(theme.background)
    fig.suptitle(title, x=0.01, ha="left")
    return fig


def style_axes(ax: Axes, theme: ChartTheme, *, grid_axis: Literal["both", "x", "y"] = "y") -> None:
    ax.set_facecolor(theme.surface)
    ax.grid(True, axis=grid_axis, color=theme.grid, linewidth=0.7)
    ax.set_axisbelow(True)


def rating_axis(ax: Axes, label: str) -> None:
    """A 0 to 10 scale with room for markers at both ends."""
    ax.set_ylim(-0.4, 10.6)
    ax.set_yticks([0, 2, 4, 6, 8, 10])
    ax.set_ylabel(label)


def add_note(fig: Figure, theme: ChartTheme, text: str = DISCLAIMER) -> None:
    """A short note in the bottom left corner (the disclaimer by default)."""
    fig.supxlabel(tr(text), x=0.01, ha="left", color=theme.muted, fontsize="small")


def empty_figure(theme: ChartTheme, title: str, message: str) -> Figure:
    """The friendly empty state: the title and a centred message, no axes."""
    fig = Figure(figsize=SIZE, dpi=100)
    fig.set_facecolor(theme.background)
    fig.suptitle(title, x=0.01, ha="left")
    fig.text(
        0.5,
        0.5,
        message,
        ha="center",
        va="center",
        wrap=True,
        color=theme.muted,
        fontsize=theme.font_size * 1.15,
    )
    return fig


def is_empty(fig: Figure) -> bool:
    """True for a figure made by :func:`empty_figure`."""
    return not fig.axes


def local(moment: datetime) -> datetime:
    """A naive local datetime for plotting (matplotlib treats naive times as they are)."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def as_dates(values: Sequence[date | datetime]) -> NDArray[np.datetime64]:
    """Days or naive datetimes as an array matplotlib puts on a date axis."""
    return np.array(
        [v if isinstance(v, datetime) else datetime(v.year, v.month, v.day) for v in values],
        dtype="datetime64[s]",
    )


_ENGLISH_MONTH = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")


def localize_months(label: str) -> str:
    """``label`` with matplotlib's English month abbreviations (strftime in the C locale) in
    the client's language: "Mar" becomes "März" in German."""
    return _ENGLISH_MONTH.sub(lambda m: wording.month_short(_MONTH_NUMBERS[m.group(1)]), label)


_MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}


def date_axis(ax: Axes) -> None:
    """Concise dates along the bottom, with month names in the client's language."""
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    class LocalDateFormatter(ConciseDateFormatter):
        def format_ticks(self, values: Any) -> list[str]:
            return [localize_months(t) for t in super().format_ticks(values)]  # type: ignore[no-untyped-call]

        def get_offset(self) -> str:
            return localize_months(super().get_offset())  # type: ignore[no-untyped-call]

    locator = AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(LocalDateFormatter(locator))  # type: ignore[no-untyped-call]
