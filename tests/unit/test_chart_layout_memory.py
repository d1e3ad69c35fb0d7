"""On screen, a chart drawn again for another period (same size, same texts) starts from the
layout the last one found, the legend's columns included, and is measured once, not twice."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from companion.charts import common, mood
from companion.charts.theme import ChartTheme
from companion.domain.insights import MoodPoint
from tests.unit.test_charts import sample


@pytest.fixture
def places(monkeypatch) -> list[int]:
    counted: list[int] = []
    real = common.FittingLayout._place

    def place(self, fig, quick, **options):  # type: ignore[no-untyped-def]
        counted.append(1)
        return real(self, fig, quick, **options)

    monkeypatch.setattr(common.FittingLayout, "_place", place)
    common._REMEMBERED.clear()
    return counted


def test_a_redraw_with_a_narrow_legend_is_measured_once(places: list[int]) -> None:
    theme = ChartTheme.light()
    data = sample()
    longer = data.__class__(
        **{
            **data.__dict__,
            "moods": tuple(
                MoodPoint(date(2025, 1, 1) + timedelta(days=i), 2 + i % 7) for i in range(500)
            ),
        }
    )
    # narrow enough that the legend's three names need fewer columns than names
    figures = [mood.build_mood(d, theme) for d in (data, longer, data)]
    for fig in figures:
        fig.set_size_inches(4.2, 4.0)
        common.fitting(fig).on_screen = True
    FigureCanvasAgg(figures[0]).draw()
    first = len(places)
    legend = figures[0].axes[0].get_legend()
    assert legend is not None and legend._ncols < 3  # (the case this is about)
    assert first >= 2  # the first had to find the columns
    for fig in figures[1:]:
        places.clear()
        FigureCanvasAgg(fig).draw()  # on screen: drawn in the layout of the last one…
        assert places == []
        engine = common.fitting(fig)
        assert engine.unverified
        engine.verify(fig)  # …then measured: once, the legend's columns known
        assert places == [1]
        assert fig.axes[0].get_legend()._ncols == legend._ncols
