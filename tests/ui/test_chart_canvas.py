"""The screen's chart canvas: a figure like the last one (same size and texts) is drawn in
the layout found for that one without measuring it first; it is measured once on screen,
and drawn again when the measurement moves anything (issue 14)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from companion.charts import common, relationship
from companion.charts.qt_canvas import ChartCanvas
from companion.charts.theme import ChartTheme
from tests.unit.test_charts import sample


@pytest.fixture
def places(monkeypatch) -> list[bool]:
    """Each layout measurement (True: a full one)."""
    counted: list[bool] = []
    real = common.FittingLayout._place

    def place(self, fig, quick, **options):  # type: ignore[no-untyped-def]
        counted.append(not options.get("measured", False))
        if hasattr(fig.canvas, "events"):
            fig.canvas.events.append("measured")
        return real(self, fig, quick, **options)

    monkeypatch.setattr(common.FittingLayout, "_place", place)
    common._REMEMBERED.clear()
    return counted


@pytest.fixture
def canvas(qtbot) -> Iterator[ChartCanvas]:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    chart = ChartCanvas()
    layout.addWidget(chart)
    holder.resize(900, 500)
    holder.show()
    qtbot.waitExposed(holder)
    yield chart
    holder.close()


def show(qtbot, canvas: ChartCanvas) -> list[object]:
    """Show a new relationship chart; the draws of the canvas from then on."""
    draws: list[object] = []
    figure = relationship.build_relationship(sample(), ChartTheme.light())
    canvas.set_figure(figure)
    assert canvas.canvas is not None
    canvas.canvas.events = draws  # type: ignore[attr-defined]
    canvas.canvas.mpl_connect("draw_event", lambda event: draws.append("draw"))
    qtbot.waitUntil(lambda: canvas.frame() is not None, timeout=5000)
    return draws


def test_a_figure_like_the_last_is_drawn_first_and_measured_once_on_screen(
    qtbot, canvas: ChartCanvas, places: list[bool]
) -> None:
    show(qtbot, canvas)
    show(qtbot, canvas)  # (the first canvas of a size makes a new widget)
    first_position = canvas.figure.axes[0].get_position().bounds  # type: ignore[union-attr]
    places.clear()
    draws = show(qtbot, canvas)
    engine = common.fitting(canvas.figure)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: not engine.unverified, timeout=5000)
    qtbot.wait(50)
    # measured once, after it was drawn, and it was right: not drawn again
    assert draws == ["draw", "measured"]
    assert canvas.figure.axes[0].get_position().bounds == pytest.approx(first_position)  # type: ignore[union-attr]


def test_a_recalled_layout_that_was_wrong_is_drawn_again(
    qtbot, canvas: ChartCanvas, places: list[bool]
) -> None:
    show(qtbot, canvas)
    show(qtbot, canvas)
    right = canvas.figure.axes[0].get_position().bounds  # type: ignore[union-attr]
    for remembered in common._REMEMBERED.values():
        x0, y0, width, height = remembered["position"]
        remembered["position"] = (x0 + 0.05, y0 + 0.05, width - 0.1, height - 0.1)
    draws = show(qtbot, canvas)
    qtbot.waitUntil(lambda: draws.count("draw") == 2, timeout=5000)
    assert draws[:2] == ["draw", "measured"]
    assert canvas.figure.axes[0].get_position().bounds == pytest.approx(right)  # type: ignore[union-attr]


def test_a_figure_drawn_in_a_recalled_layout_looks_as_a_measured_one(
    qtbot, canvas: ChartCanvas, places: list[bool]
) -> None:
    import numpy as np

    show(qtbot, canvas)
    show(qtbot, canvas)
    places.clear()
    show(qtbot, canvas)  # drawn in the recalled layout…
    engine = common.fitting(canvas.figure)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: not engine.unverified, timeout=5000)
    trusted = canvas.frame()
    assert trusted is not None and places[0] is True  # (measured after it was drawn)
    # …is pixel for pixel what measuring it first gives: the title, the note, the axes and
    # the legend all in the same place
    measured = canvas.draw_frame(relationship.build_relationship(sample(), ChartTheme.light()))
    assert measured is not None
    assert np.array_equal(trusted.pixels, measured.pixels)
