"""Every Insights chart reads cleanly at the sizes small windows give it, in English and
German: no text runs into other text or out of the figure (issue 13: the latest check-in's
quality names ran together, the goals' y-label ran over the title, goal names were cut)."""

from __future__ import annotations

import itertools
import math
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.transforms import Bbox
from PySide6.QtCore import Qt

from companion.ui.insights.view import InsightsView
from companion.ui.main_window import MainWindow
from tests.ui.test_accessibility import demo_profile, shown_window  # noqa: F401

WINDOW_SIZES = [(900, 600), (1366, 768)]
#: Where a developer can look at the charts as the test saw them (unset: no files).
SHOTS = os.environ.get("COMPANION_CHART_SHOTS")


@pytest.fixture(params=["en", "de"])
def language_window(request, qtbot, qapp, service, demo_profile) -> Iterator[MainWindow]:  # noqa: F811
    from companion.ui import i18n

    i18n.install_translator(qapp, request.param)
    try:
        with shown_window(qtbot, service, demo_profile) as win:
            win.language_for_test = request.param  # type: ignore[attr-defined]
            yield win
    finally:
        i18n.remove_translators(qapp)


def _texts(fig: Figure) -> dict[str, list[Text]]:
    """The figure's visible, non-empty texts, by kind."""
    kinds: dict[str, list[Text]] = {"x ticks": [], "other": []}

    def keep(kind: str, text: Text | None) -> None:
        if text is not None and text.get_visible() and text.get_text().strip():
            kinds[kind].append(text)

    for text in (fig._suptitle, fig._supxlabel, *fig.texts):  # type: ignore[attr-defined]
        keep("other", text)
    for legend in fig.legends:
        for text in legend.get_texts():
            keep("other", text)
    for ax in fig.axes:
        for label in ax.get_xticklabels():
            keep("x ticks" if ax is fig.axes[0] else "other", label)
        for label in ax.get_yticklabels():
            keep("other", label)
        keep("other", ax.xaxis.label)
        keep("other", ax.yaxis.label)
        for title in (ax.title, ax._left_title, ax._right_title):  # type: ignore[attr-defined]
            keep("other", title)
        legend = ax.get_legend()
        if legend is not None:
            for text in legend.get_texts():
                keep("other", text)
    return kinds


def _name(text: Text) -> str:
    return repr(text.get_text().replace("\n", " ")[:40])


def problems(fig: Figure) -> list[str]:
    """Texts that leave the figure, x tick labels that touch each other, and titles or axis
    labels that run into other texts."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    assert isinstance(renderer, RendererAgg)
    whole = Bbox.from_bounds(0, 0, renderer.width, renderer.height)
    kinds = _texts(fig)
    boxes = {id(t): t.get_window_extent(renderer) for ts in kinds.values() for t in ts}
    found = []
    for text in kinds["x ticks"] + kinds["other"]:
        box = boxes[id(text)]
        if not (
            box.x0 >= whole.x0 - 0.5
            and box.y0 >= whole.y0 - 0.5
            and box.x1 <= whole.x1 + 0.5
            and box.y1 <= whole.y1 + 0.5
        ):
            found.append(f"{_name(text)} leaves the figure")
    ticks = kinds["x ticks"]
    found += _crowded(ticks, boxes, renderer)
    # axis labels, titles and notes against every other text
    everything = ticks + kinds["other"]
    headings = [
        t
        for ax in fig.axes
        for t in (ax.xaxis.label, ax.yaxis.label, ax.title, ax._left_title)  # type: ignore[attr-defined]
        if t in everything
    ] + [t for t in (fig._suptitle, fig._supxlabel) if t in everything]  # type: ignore[attr-defined]
    seen: set[tuple[int, int]] = set()
    for a in headings:
        for b in everything:
            pair = (min(id(a), id(b)), max(id(a), id(b)))
            if a is not b and pair not in seen and boxes[id(a)].overlaps(boxes[id(b)]):
                seen.add(pair)
                found.append(f"{_name(a)} runs into {_name(b)}")
    return found


def cut_names(fig: Figure) -> list[str]:
    """Legend names that end in "…" (cut short) rather than being shown whole."""
    legend = fig.axes[0].get_legend() or (fig.legends[0] if fig.legends else None)
    assert legend is not None
    names = [t.get_text().replace("\n", " ") for t in legend.get_texts()]
    return [f"the legend cuts {n!r}" for n in names if n.endswith("…")]


def _crowded(ticks: list[Text], boxes: dict[int, Bbox], renderer: RendererAgg) -> list[str]:
    """Neighbouring x tick labels that overlap. Level ones overlap when their boxes do; turned
    ones (all by the same angle) when their baselines, one step apart along the axis, are
    closer than a line of text is tall."""
    found = []
    for a, b in itertools.pairwise(ticks):
        angle = a.get_rotation()
        if angle == 0:
            crowded = boxes[id(a)].overlaps(boxes[id(b)])
        else:
            assert b.get_rotation() == angle, "tick labels turned alike"
            tall = max(
                renderer.get_text_width_height_descent(line, t.get_fontproperties(), False)[1]
                for t in (a, b)
                for line in t.get_text().split("\n")
            ) * len(a.get_text().split("\n"))
            step = abs(
                a.get_transform().transform(a.get_position())[0]
                - b.get_transform().transform(b.get_position())[0]
            )
            crowded = step * math.sin(math.radians(angle)) < tall
        if crowded:
            found.append(f"x tick labels {_name(a)} and {_name(b)} overlap")
    return found


@pytest.mark.parametrize("size", WINDOW_SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_insights_chart_reads_cleanly_in_a_small_window(
    qtbot, language_window: MainWindow, size: tuple[int, int]
) -> None:
    win = language_window
    win.resize(*size)
    view = win.show_area_key("insights")
    assert isinstance(view, InsightsView)
    qtbot.waitUntil(lambda: view.data() is not None)
    found: list[str] = []
    bar = view.tabs.tabBar()
    for index, panel in enumerate(view.panels):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        assert view.tabs.currentIndex() == index
        qtbot.wait(20)
        fig = panel.figure()
        assert fig is not None and fig.axes, f"{panel.spec.key}: no chart drawn"
        width, height = panel.canvas.width(), panel.canvas.height()
        assert abs(fig.get_figwidth() * fig.dpi - width) < 2, "the figure follows its widget"
        found += [f"{panel.spec.key} at {width}×{height}: {p}" for p in problems(fig)]
        if panel.spec.key == "goals":  # the demo's goal names are short enough to show whole
            found += cut_names(fig)
        if SHOTS:
            language = win.language_for_test  # type: ignore[attr-defined]
            name = f"{panel.spec.key}_{language}_{size[0]}x{size[1]}.png"
            fig.savefig(Path(SHOTS) / name)
    assert not found, "\n".join(found)
