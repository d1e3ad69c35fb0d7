"""The journaling calendar of the last twelve months: weeks as columns, weekdays as rows,
each day coloured by its mean mood; days written without a mood are grey, days with more
than one entry carry a dot. The colour bar says what the colours mean in words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from matplotlib.figure import Figure

from companion.charts.common import Table, empty_figure, new_figure
from companion.charts.text import day_text, number, tr
from companion.charts.theme import ChartTheme
from companion.domain import wording
from companion.domain.insights import Heatmap, InsightsData, heatmap

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.colors import ListedColormap


def title() -> str:
    return tr("Your journaling over the last twelve months")


def empty_message() -> str:
    return tr("When you write in your journal, each day will fill in here.")


def grid(data: InsightsData) -> Heatmap:
    return heatmap(data.calendar_days, data.calendar_moods, data.last_day)


def build_journaling(data: InsightsData, theme: ChartTheme) -> Figure:
    import numpy as np
    from matplotlib.colors import ListedColormap

    with theme.context():
        cal = grid(data)
        if not any(c.entries for c in cal.cells):
            return empty_figure(theme, title(), empty_message())
        fig = new_figure(theme, title(), size=(8.0, 3.4))
        ax = fig.add_subplot()
        mood = np.full((7, cal.weeks), np.nan)
        written = np.full((7, cal.weeks), np.nan)
        several_x: list[int] = []
        several_y: list[int] = []
        for week in range(cal.weeks):
            for weekday in range(7):
                cell = cal.cell(week, weekday)
                if cell is None or not cell.entries:
                    continue
                written[weekday, week] = 1.0
                if cell.mean_mood is not None:
                    mood[weekday, week] = cell.mean_mood
                if cell.entries > 1:
                    several_x.append(week)
                    several_y.append(weekday)
        ax.set_facecolor(theme.surface)
        ax.imshow(
            np.ma.masked_invalid(written),
            cmap=ListedColormap([theme.grid]),
            vmin=0,
            vmax=1,
            aspect="auto",
            interpolation="nearest",
        )
        image = ax.imshow(
            np.ma.masked_invalid(mood),
            cmap=_mood_colours(theme),
            vmin=0,
            vmax=10,
            aspect="auto",
            interpolation="nearest",
        )
        ax.vlines(np.arange(0.5, cal.weeks - 1), -0.5, 6.5, color=theme.surface, linewidth=1.0)
        ax.hlines(np.arange(0.5, 6), -0.5, cal.weeks - 0.5, color=theme.surface, linewidth=1.0)
        if several_x:
            ax.plot(
                several_x,
                several_y,
                linestyle="none",
                marker="o",
                markersize=2,
                color=theme.text,
                markeredgecolor=theme.surface,
                markeredgewidth=0.4,
                label=tr("More than one entry"),
            )
        # weekdays as rows, months along the top of the weeks they start in
        ax.set_yticks(range(7), [wording.day_short(i) for i in range(7)])
        months: list[tuple[int, str]] = []
        for week in range(cal.weeks):
            found = cal.cell(week, 0) or cal.cell(week, 6)
            day = found.day if found else cal.first
            if day.day <= 7 and (not months or week - months[-1][0] > 2):
                months.append((week, wording.month_short(day.month)))
        ax.set_xticks([w for w, _m in months], [m for _w, m in months])
        ax.tick_params(length=0)
        for spine in ax.spines.values():
            spine.set_visible(False)
        ax.set_xlabel(
            tr("Weeks from %1 to %2")
            .replace("%1", day_text(cal.start))
            .replace("%2", day_text(cal.last))
        )
        bar = fig.colorbar(
            image,
            ax=ax,
            orientation="horizontal",
            location="bottom",
            shrink=0.45,
            aspect=30,
            pad=0.02,
            anchor=(1.0, 1.0),
        )
        bar.set_ticks([0, 5, 10], labels=[tr("Low"), tr("In between"), tr("Good")])
        bar.ax.set_title(tr("Colour: mood of the day"), fontsize="small", loc="left")
        bar.outline.set_visible(False)
        from matplotlib.patches import Patch

        handles: list[Artist] = [Patch(facecolor=theme.grid, label=tr("Written, no mood"))]
        if several_x:
            handles.extend(ax.get_legend_handles_labels()[0])
        handles.append(
            Patch(facecolor=theme.surface, edgecolor=theme.grid, label=tr("Not written"))
        )
        fig.legend(
            handles=handles, loc="outside lower left", ncols=3, frameon=False, fontsize="small"
        )
        return fig


def _mood_colours(theme: ChartTheme) -> ListedColormap:
    """The theme's mood colours without their darkest end, so that a low day never looks
    like an empty one."""
    import numpy as np
    from matplotlib import colormaps
    from matplotlib.colors import ListedColormap

    base = colormaps[theme.mood_colormap]
    return ListedColormap(base(np.linspace(0.18, 1.0, 256)), name="companion_mood")


def table_journaling(data: InsightsData) -> Table:
    cal = grid(data)
    headers = [tr("Day"), tr("Entries"), tr("Mood of the day")]
    rows = [
        [
            day_text(c.day),
            str(c.entries),
            tr("no mood") if c.mean_mood is None else number(round(c.mean_mood, 1)),
        ]
        for c in cal.cells
        if c.entries and c.day >= cal.start
    ]
    return headers, rows
