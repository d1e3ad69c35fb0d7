"""Charts for the summary: the pure builders of :mod:`companion.charts`, rendered with
matplotlib's Agg backend to pixels (no Qt, no pyplot). matplotlib is imported on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from companion.export.summary_model import Image

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from companion.domain.insights import InsightsData

#: Charts are embedded at this resolution: sharp on paper at full text width.
CHART_DPI = 200
#: The chart size on the page, in inches (fits A4 and Letter text width).
CHART_SIZE = (6.5, 3.4)


def figure_rgba(figure: Figure, dpi: int = CHART_DPI) -> tuple[bytes, int, int]:
    """The pixels of ``figure`` drawn at ``dpi`` (8-bit RGBA, row by row) and its size in
    pixels: the same pixels ``figure.savefig(..., dpi=dpi)`` writes, in one draw (``savefig``
    lays a figure with a layout engine out in a draw of its own before drawing it), without
    encoding a PNG (the PDF would only decode it again)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(figure)  # Agg, whatever backend matplotlib would pick
    figure.set_dpi(dpi)
    canvas.draw()  # type: ignore[no-untyped-call]
    width, height = canvas.get_width_height(physical=True)
    return bytes(canvas.buffer_rgba()), width, height  # type: ignore[no-untyped-call]


def _image(figure: Figure, name: str, alt: str) -> Image | None:
    from companion.charts.common import is_empty

    if is_empty(figure):
        return None
    figure.set_size_inches(*CHART_SIZE)
    rgba, width, height = figure_rgba(figure)
    return Image(name, alt, rgba, width, height, CHART_DPI, rgba=True)


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
