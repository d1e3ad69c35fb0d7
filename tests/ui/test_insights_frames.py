"""Going back to a filter choice shows its chart at once, from the pixels drawn the first
time, without building or drawing it again; never after a write, a theme change or a
resize, and never for other qualities (issue 14)."""

from __future__ import annotations

import dataclasses

import numpy as np
from PySide6.QtWidgets import QApplication

from companion.ui.insights.view import ChartPanel
from companion.ui.main_window import MainWindow
from companion.ui.theme import ThemeChoice, apply_theme
from tests.ui.test_insights_redraws import choose_period, heard, open_insights


def count_builds(panel: ChartPanel) -> list[int]:
    built: list[int] = []
    real = panel.spec.build

    def build(*args):  # type: ignore[no-untyped-def]
        built.append(1)
        return real(*args)

    panel.spec = dataclasses.replace(panel.spec, build=build)
    return built


def drawn(qtbot, panel: ChartPanel) -> np.ndarray:
    """Wait until the chart on screen has been drawn; its pixels."""
    qtbot.waitUntil(lambda: panel.canvas.frame() is not None, timeout=5000)
    frame = panel.canvas.frame()
    assert frame is not None and frame.figure is panel.figure()
    return frame.pixels


def test_going_back_to_a_period_shows_its_chart_without_drawing_it_again(
    qtbot, window: MainWindow
) -> None:
    view, _seeded = open_insights(qtbot, window)
    panel = view.panels[0]
    twelve = drawn(qtbot, panel)
    twelve_figure = panel.figure()
    choose_period(qtbot, view, "3m")
    three = drawn(qtbot, panel)
    assert heard(view) == [8, 9]
    built = count_builds(panel)
    draws: list[object] = []
    canvas = panel.canvas.canvas
    assert canvas is not None
    canvas.mpl_connect("draw_event", lambda event: draws.append(event))

    choose_period(qtbot, view, "12m")
    assert panel.figure() is twelve_figure
    assert heard(view) == [4, 6, 8, 9]
    assert np.array_equal(drawn(qtbot, panel), twelve)
    choose_period(qtbot, view, "3m")
    assert np.array_equal(drawn(qtbot, panel), three)
    assert heard(view) == [8, 9]
    assert built == [] and draws == []

    choose_period(qtbot, view, "all")  # a choice not seen before is built and drawn
    drawn(qtbot, panel)
    assert built == [1] and len(draws) == 1


def test_other_qualities_are_a_new_chart(qtbot, window: MainWindow) -> None:
    view, _seeded = open_insights(qtbot, window)
    panel = view.panels[0]
    drawn(qtbot, panel)
    built = count_builds(panel)
    qtbot.mouseClick(panel.quality_boxes["trust"], _left())
    drawn(qtbot, panel)
    assert built == [1]
    lines = [line.get_label() for line in panel.figure().axes[0].lines]  # type: ignore[union-attr]
    assert any("Trust" in str(label) for label in lines)


def test_a_theme_change_or_a_resize_draws_again(qtbot, window: MainWindow) -> None:
    view, _seeded = open_insights(qtbot, window)
    panel = view.panels[0]
    drawn(qtbot, panel)
    choose_period(qtbot, view, "3m")
    drawn(qtbot, panel)
    built = count_builds(panel)

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, ThemeChoice.DARK)
    try:
        qtbot.waitUntil(lambda: built == [1], timeout=5000)  # the chart in view, in dark
        drawn(qtbot, panel)
        choose_period(qtbot, view, "12m")  # drawn in light before: drawn again
        assert built == [1, 1]
        dark = drawn(qtbot, panel)
        assert heard(view) == [4, 6, 8, 9]
    finally:
        apply_theme(app, ThemeChoice.LIGHT)
    qtbot.waitUntil(lambda: len(built) == 3, timeout=5000)
    drawn(qtbot, panel)

    window.resize(window.width() + 120, window.height())
    qtbot.waitUntil(lambda: panel.canvas.frame() is None or len(built) > 3, timeout=5000)
    choose_period(qtbot, view, "3m")  # its pixels are of the narrower canvas
    assert len(built) == 4
    assert drawn(qtbot, panel).shape != dark.shape


def test_the_kept_charts_are_bounded(qtbot, window: MainWindow, monkeypatch) -> None:
    from companion.ui.insights import view as insights_view

    view, _seeded = open_insights(qtbot, window)
    view._ahead.cancel()
    view._ahead._delay.setInterval(60_000)  # (nothing drawn ahead in this test)
    panel = view.panels[0]
    drawn(qtbot, panel)
    monkeypatch.setattr(insights_view, "FRAMES_KEPT", 2)
    for period in ("3m", "all", "12m", "3m", "all"):
        choose_period(qtbot, view, period)
        drawn(qtbot, panel)
    assert len(view._frames) == 2  # at most that many
    frame = panel.canvas.frame()
    assert frame is not None
    view._frames.max_bytes = frame.nbytes - 1  # and never more bytes than allowed
    view._frames.clear()
    view._frames.put("one", frame)
    assert len(view._frames) == 0
    # kept compressed: a fraction of the pixels' size, and the same pixels back
    assert frame.nbytes < frame.pixels.nbytes / 5


def _left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
