"""Charts for the summary: the pure builders of :mod:`companion.charts`, rendered with
matplotlib's Agg backend to PNG bytes (no Qt, no pyplot). matplotlib is imported on first use."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from companion.export.summary_model import Image

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from companion.domain.insights import InsightsData

#: Charts are embedded at this resolution: sharp on paper at full text width.
CHART_DPI = 200
#: The chart size on the page, in inches (fits A4 and Letter text width).
CHART_SIZE = (6.5, 3.4)


def figure_png(figure: Figure, dpi: int = CHART_DPI) -> tuple[bytes, int, int]:
    """PNG bytes of ``figure`` and its size in pixels."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)  # Agg, whatever backend matplotlib would pick
    buffer = io.BytesIO()
    figure.savefig(
        buffer,
        format="png",
        dpi=dpi,
        facecolor=figure.get_facecolor(),
        metadata={"Software": None},
    )
    width, height = figure.get_size_inches()
    return buffer.getvalue(), round(width * dpi), round(height * dpi)


def _image(figure: Figure, name: str, alt: str) -> Image | None:
    from companion.charts.common import is_empty

    if is_empty(figure):
        return None
    figure.set_size_inches(*CHART_SIZE)
    png, width, height = figure_png(figure)
    return Image(name=name, alt=alt, png=png, width_px=width, height_px=height, dpi=CHART_DPI)


def relationship_image(data: InsightsData, alt: str) -> Image | None:
    """The check-ins over time (core qualities), or None when there is too little to draw."""
    from companion.charts.relationship import build_relationship
    from companion.charts.theme import ChartTheme

    return _image(build_relationship(data, ChartTheme.light()), "checkins", alt)


def mood_image(data: InsightsData, alt: str) -> Image | None:
    """The mood over time, or None when there is too little to draw."""
    from companion.charts.mood import build_mood
    from companion.charts.theme import ChartTheme

    return _image(build_mood(data, ChartTheme.light()), "mood", alt)
