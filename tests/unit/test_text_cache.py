"""The screen's text-keeping renderer: a chart looks as matplotlib draws it (texts at most
half a pixel away), and a redraw renders no text it drew before."""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from companion.charts import mood, relationship, text_cache
from companion.charts.qt_canvas import OffscreenCanvas
from companion.charts.text_cache import TextKeepingRenderer
from companion.charts.theme import ChartTheme
from tests.unit.test_charts import sample

pytestmark = pytest.mark.skipif(
    not text_cache.SUPPORTED, reason="this matplotlib draws texts another way"
)


def pixels(fig: Figure, canvas_class: type[FigureCanvasAgg]) -> np.ndarray:
    canvas = canvas_class(fig)
    canvas.draw()
    return np.asarray(canvas.buffer_rgba()).astype(int)


def ink(image: np.ndarray) -> int:
    """How far the picture is from a blank background, summed over its pixels."""
    return int(np.abs(image - image[0, 0]).sum())


@pytest.mark.parametrize("build", [relationship.build_relationship, mood.build_mood])
def test_a_chart_looks_as_matplotlib_draws_it(build) -> None:
    text_cache.forget()
    theme = ChartTheme.light()
    plain = pixels(build(sample(), theme), FigureCanvasAgg)
    kept = pixels(build(sample(), theme), OffscreenCanvas)
    assert plain.shape == kept.shape
    # everything but the texts' sub-pixel placement is identical: few pixels differ (the
    # edges of letters), and the letters are all there, as dark as matplotlib draws them
    differ = (np.abs(plain - kept).sum(axis=2) > 0).mean()
    assert differ < 0.05
    assert abs(ink(kept) / ink(plain) - 1) < 0.005


def test_a_redraw_renders_no_text_it_drew_before() -> None:
    text_cache.forget()
    theme = ChartTheme.dark_theme()
    first = pixels(relationship.build_relationship(sample(), theme), OffscreenCanvas)
    kept = text_cache.kept_count()
    assert kept > 10  # the titles, labels, legend, scale…

    rendered: list[str] = []
    real = TextKeepingRenderer._render

    def spy(self, s, *args):  # type: ignore[no-untyped-def]
        rendered.append(s)
        return real(self, s, *args)

    TextKeepingRenderer._render = spy  # type: ignore[method-assign]
    try:
        again = pixels(relationship.build_relationship(sample(), theme), OffscreenCanvas)
    finally:
        TextKeepingRenderer._render = real  # type: ignore[method-assign]
    assert rendered == []
    assert np.array_equal(first, again)


def test_what_is_kept_is_bounded(monkeypatch) -> None:
    text_cache.forget()
    monkeypatch.setattr(text_cache, "KEPT_TEXTS", 5)
    pixels(relationship.build_relationship(sample(), ChartTheme.light()), OffscreenCanvas)
    assert text_cache.kept_count() == 5
