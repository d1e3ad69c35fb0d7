"""Shared pieces of the chart builders: a new figure, the empty state, the note under
check-in scores, date conversion."""

from __future__ import annotations

import itertools
import math
import re
import textwrap
import weakref
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, Literal

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.legend import Legend
from matplotlib.text import Text
from matplotlib.transforms import Bbox
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
    fig = Figure(figsize=size, dpi=100, layout=FittingLayout())
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


# -- fitting texts to the size the figure is drawn at -----------------------------------------
#
# The canvas resizes a figure to its widget, so a builder cannot know how much room its texts
# will have. :class:`FittingLayout` runs constrained layout, then breaks axis labels and titles
# that are longer than their axes onto more lines, sets category names on two lines or turns
# them when they crowd each other, puts a legend in fewer columns when it is wider than the
# figure, and lays out again. It starts from the original texts on every draw, so that they
# unwrap again when the window grows.

#: Given the renderer, fit something and say whether that changed it; given None, put it back
#: as the builder made it.
Fitter = Callable[[Figure, Any], bool]
GAP = 6.0  # pixels at least between neighbouring category names
#: On screen, a legend stays where it is when its place under the axes moved by less than
#: this (pixels): tick labels with and without descenders differ by about one.
DROP_SLACK = 1.5


class FittingLayout(ConstrainedLayoutEngine):
    """Constrained layout that fits the texts to the room the figure has when drawn.

    A figure with one plain axes (every chart but the journaling calendar) is laid out by
    :meth:`_place` instead of matplotlib's constrained layout: the same margins (the axes'
    decorations plus the same padding, the title at the top and the note at the bottom),
    found with one or two measurements of the axes instead of the four to six that
    constrained layout and its solver need (that was most of the time a chart took to draw).
    What a layout found is remembered for the next figure with the same size and texts
    (titles, axis labels, legend names): a redraw after a filter change starts from there,
    and usually needs one measurement. It is a starting guess only: every draw measures
    and corrects it.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.fitters: list[Fitter] = []
        self._originals: dict[Text, str] = {}
        #: what the layout found at the last draw (axes position, legend drop, label mode)
        self.memory: dict[str, Any] = {}
        self._recalled: dict[str, Any] = {}
        #: The screen sets this. On screen, a figure starts from the layout found for the last
        #: figure of the same size and texts, its first draw uses that layout unmeasured
        #: (:meth:`verify` measures it afterwards), and a legend that would move by less
        #: than DROP_SLACK pixels stays put. Elsewhere (saved images, exports) a figure is
        #: laid out from nothing: the same figure always comes out the same.
        self.on_screen = False
        self._verifying = False
        #: True after a draw in a layout that was recalled, not measured
        self.unverified = False
        #: set after laying a figure out ahead of drawing it: the draw keeps that layout
        self.skip_next = False

    def recalled(self, key: str) -> Any:
        return self._recalled.get(key)

    def execute(self, fig: Any) -> Any:
        if self.skip_next:
            self.skip_next = False
            return None
        texts = self._texts(fig)
        for text in texts:
            text.set_text(self._originals.setdefault(text, text.get_text()))
        key = _signature(fig)
        if not self.memory:  # the first draw: start from the last figure drawn like this one
            self._recalled = dict(_REMEMBERED.get(key, {})) if self.on_screen else {}
        for fitter in self.fitters:
            fitter(fig, None)
        quick = _one_plain_axes(fig)
        where = self.recalled("position")
        if quick is not None and where is not None and not self.memory:
            quick._set_position(Bbox.from_bounds(*where))  # type: ignore[attr-defined]
            if self.on_screen and not self._verifying and self._recalled.get("wrapped") is False:
                # drawn as the last figure like it was laid out; measured after it is shown
                pin_title_and_note(fig, self.get()["h_pad"])
                self.memory = dict(self._recalled)
                self.unverified = True
                return None
        self.unverified = False
        result = self._place(fig, quick)
        renderer = fig._get_renderer()
        for _round in range(3):
            changed = False
            legend_only = True  # only a legend moved: the axes' own decorations are as measured
            for fitter in self.fitters:
                moved = fitter(fig, renderer)
                changed = moved or changed
                legend_only = legend_only and not (moved and not _moves_legend_only(fitter))
            for text, room, along in self._rooms(fig):
                wrapped = _wrap_to(text, self._originals[text], room, along, renderer)
                changed = wrapped or changed
                legend_only = legend_only and not wrapped
            if not changed:
                break
            result = self._place(fig, quick, measured=legend_only)
        if quick is not None:
            self.memory["position"] = quick.get_position(original=True).bounds
        self.memory["wrapped"] = any(t.get_text() != self._originals[t] for t in texts)
        self._recalled = dict(self.memory)
        _REMEMBERED.pop(key, None)
        _REMEMBERED[key] = dict(self.memory)
        while len(_REMEMBERED) > REMEMBERED_LAYOUTS:
            del _REMEMBERED[next(iter(_REMEMBERED))]
        return result

    def verify(self, fig: Figure) -> bool:
        """Measure a figure drawn in a recalled layout (:attr:`unverified`); True when the
        measured layout differs from the recalled one (it must be drawn again)."""
        if not self.unverified:
            return False
        recalled = dict(self.memory)
        self.unverified = False
        self.memory = {}
        self._verifying = True
        try:
            self.execute(fig)
        finally:
            self._verifying = False
        return not _same_layout(recalled, self.memory, fig)

    def _place(self, fig: Any, quick: Axes | None, *, measured: bool = False) -> Any:
        """Lay out; ``measured``: the axes' decorations (without a legend) are as the last
        measurement found them."""
        if quick is None:
            return super().execute(fig)
        params = self.get()
        place_axes(fig, quick, params["w_pad"], params["h_pad"], measured=measured)
        return None

    @staticmethod
    def _rooms(fig: Figure) -> list[tuple[Text, float, int]]:
        """Each fitted text, the pixels it may take, and along which side (0 wide, 1 tall)."""
        found: list[tuple[Text, float, int]] = []
        for ax in fig.axes:
            if ax.get_subplotspec() is None:
                continue  # a colour bar
            box = ax.get_window_extent()
            found.append((ax.xaxis.label, box.width, 0))
            found.append((ax.yaxis.label, box.height, 1))
            for title in (ax.title, ax._left_title, ax._right_title):  # type: ignore[attr-defined]
                found.append((title, box.width, 0))
        for text in (fig._suptitle, fig._supxlabel):  # type: ignore[attr-defined]
            if text is not None:
                found.append((text, fig.bbox.width * 0.98, 0))
        return found

    def _texts(self, fig: Figure) -> list[Text]:
        return [text for text, _room, _along in self._rooms(fig)]


def _same_layout(one: dict[str, Any], other: dict[str, Any], fig: Figure) -> bool:
    """Whether two layouts put everything within half a pixel of the same place."""
    if one.keys() != other.keys():
        return False
    width, height = fig.bbox.size
    for key, value in one.items():
        found = other[key]
        if key == "position":
            scale = (width, height, width, height)
            if any(abs(a - b) * s >= 0.5 for a, b, s in zip(value, found, scale, strict=True)):
                return False
        elif key == "legend":
            if round(float(value)) != round(float(found)):
                return False
        elif value != found:
            return False
    return True


#: What the last layouts found, by :func:`_signature` of their figure (oldest first).
_REMEMBERED: dict[tuple[object, ...], dict[str, Any]] = {}
REMEMBERED_LAYOUTS = 24


def _signature(fig: Figure) -> tuple[object, ...]:
    """What a figure's layout depends on besides its data: its size and its texts."""
    width, height = fig.bbox.size
    texts: list[str] = [
        t.get_text()
        for t in (fig._suptitle, fig._supxlabel)  # type: ignore[attr-defined]
        if t is not None
    ]
    for ax in fig.axes:
        texts += [ax.get_title(loc) for loc in ("left", "center", "right")]
        texts += [ax.get_xlabel(), ax.get_ylabel(), "|"]
        legend = ax.get_legend()
        if legend is not None:
            texts += [t.get_text() for t in legend.get_texts()]
    return (round(width), round(height), len(fig.axes), *texts)


def _one_plain_axes(fig: Figure) -> Axes | None:
    """The only axes of ``fig`` when it has no others (no colour bar) and no figure legend."""
    if len(fig.axes) != 1 or fig.legends or fig.subfigs:
        return None
    ax = fig.axes[0]
    return ax if ax.get_subplotspec() is not None and ax.get_in_layout() else None


def _moves_legend_only(fitter: Fitter) -> bool:
    return bool(getattr(fitter, "moves_legend_only", False))


def pin_title_and_note(fig: Figure, h_pad: float) -> tuple[Text | None, Text | None]:
    """Put the figure's title ``h_pad`` inches below its top and the note as far above its
    bottom (where constrained layout puts them); the two, when the layout places them."""
    height = fig.bbox.height
    if height < 1:
        return None, None
    hp = h_pad * fig.dpi
    title = fig._suptitle  # type: ignore[attr-defined]
    if title is not None and title.get_in_layout() and getattr(title, "_autopos", False):
        title.set_y(1 - hp / height)
    else:
        title = None
    note = fig._supxlabel  # type: ignore[attr-defined]
    if note is not None and note.get_in_layout() and getattr(note, "_autopos", False):
        note.set_y(hp / height)
    else:
        note = None
    return title, note


def place_axes(
    fig: Figure, ax: Axes, w_pad: float, h_pad: float, *, measured: bool = False
) -> None:
    """Put ``ax`` where constrained layout would, in the figure's room less the title and
    the note: its decorations (tick labels, axis labels, titles, a legend in the layout)
    and a pad of ``w_pad``/``h_pad`` inches on every side inside the figure.

    Measured once: the decorations move with the axes, and their size does not change with
    the axes' size in these charts (the tick positions come from the data and a fixed
    scale, not from the room). A change a new size brings (a label broken onto more lines,
    names turned) is made by the fitters, and the layout then places the axes again."""
    renderer = fig._get_renderer()  # type: ignore[attr-defined]
    width, height = fig.bbox.size
    if width < 1 or height < 1:
        return
    wp, hp = w_pad * fig.dpi, h_pad * fig.dpi  # pixels
    top = bottom = 0.0
    title, note = pin_title_and_note(fig, h_pad)
    if title is not None:
        top = title.get_window_extent(renderer).height + 2 * hp if title.get_text() else 0.0
    if note is not None:
        bottom = note.get_window_extent(renderer).height + 2 * hp if note.get_text() else 0.0
    box = ax.get_window_extent(renderer)
    tight = _decorations(ax, renderer, measured=measured)
    if tight is None:
        return
    x0 = wp + (box.x0 - tight.x0)
    x1 = width - wp - (tight.x1 - box.x1)
    y0 = bottom + hp + (box.y0 - tight.y0)
    y1 = height - top - hp - (tight.y1 - box.y1)
    if x1 - x0 < 10 or y1 - y0 < 10:
        return  # no room left for the axes: leave them (as constrained layout does)
    moved = max(abs(x0 - box.x0), abs(x1 - box.x1), abs(y0 - box.y0), abs(y1 - box.y1))
    if moved >= 0.5:
        ax._set_position(  # type: ignore[attr-defined]
            Bbox.from_extents(x0 / width, y0 / height, x1 / width, y1 / height)
        )


#: Where an axes' own decorations (without its legend) reached below it at the last
#: measurement, by axes: (axes width, axes height, pixels below the axes); the legend under
#: the axes uses it instead of measuring the axes again.
_BELOW: weakref.WeakKeyDictionary[Axes, tuple[float, float, float]] = weakref.WeakKeyDictionary()


#: How far the decorations of an axes (without its legend) reached past each side at its last
#: measurement, by axes: (left, bottom, right, top) in pixels.
_OVERHANG: weakref.WeakKeyDictionary[Axes, tuple[float, float, float, float]] = (
    weakref.WeakKeyDictionary()
)


def _decorations(ax: Axes, renderer: Any, *, measured: bool = False) -> Bbox | None:
    """The tight box of ``ax`` for the layout, legend included; notes (in :data:`_BELOW`)
    how far its decorations without the legend reach below it. ``measured``: nothing but a
    legend changed since the last measurement of ``ax``, so only the legend is measured."""
    legend = ax.get_legend()
    box = ax.get_window_extent(renderer)
    overhang = _OVERHANG.get(ax) if measured else None
    if overhang is not None:
        left, bottom, right, top = overhang
        known = Bbox.from_extents(box.x0 - left, box.y0 - bottom, box.x1 + right, box.y1 + top)
        if legend is not None and legend.get_in_layout():
            extra = legend.get_tightbbox(renderer)
            if extra is not None:
                return Bbox.from_extents(
                    known.x0, min(known.y0, extra.y0), known.x1, max(known.y1, extra.y1)
                )
        return known
    if legend is None or not legend.get_in_layout():
        bare = ax.get_tightbbox(renderer, for_layout_only=True)
        whole = bare
    else:
        legend.set_in_layout(False)
        try:
            bare = ax.get_tightbbox(renderer, for_layout_only=True)
        finally:
            legend.set_in_layout(True)
        extra = legend.get_tightbbox(renderer)
        whole = bare
        if bare is not None and extra is not None:
            # only its height: a legend under the axes hangs from them, but its left edge
            # is the figure's (its width is fitted to the figure by legend_below)
            whole = Bbox.from_extents(
                bare.x0, min(bare.y0, extra.y0), bare.x1, max(bare.y1, extra.y1)
            )
    if bare is not None:
        _BELOW[ax] = (box.width, box.height, box.y0 - bare.y0)
        _OVERHANG[ax] = (box.x0 - bare.x0, box.y0 - bare.y0, bare.x1 - box.x1, bare.y1 - box.y1)
    return whole


def below_axes(ax: Axes, renderer: Any) -> float:
    """How many pixels the decorations of ``ax`` (tick labels, axis label; not its legend)
    reach below it: from the last layout measurement when the axes still have that size,
    else measured now."""
    known = _BELOW.get(ax)
    box = ax.get_window_extent(renderer)
    if known is not None:
        # also after a change of the axes' size: what lies below them (a line of tick labels
        # and the axis label) keeps its height; a label broken onto more lines, or turned,
        # is a change, after which the layout measures the axes again
        return known[2]
    legend = ax.get_legend()
    if legend is not None:
        legend.set_in_layout(False)
    try:
        below = ax.get_tightbbox(renderer, for_layout_only=True)
    finally:
        if legend is not None:
            legend.set_in_layout(True)
    return box.y0 - below.y0 if below is not None else 0.0


def _wrap_to(text: Text, original: str, room: float, along: int, renderer: Any) -> bool:
    """Break ``text`` onto as few lines (up to four) as keep it within ``room`` pixels;
    True when that changed it."""
    if not original.strip() or not text.get_visible():
        return False

    def length() -> float:
        box = text.get_window_extent(renderer)
        return float(box.height if along else box.width)

    if length() <= room:
        return False
    before = text.get_text()
    lines = before.count("\n") + 1
    while length() > room and lines < 4:
        lines += 1
        text.set_text(wrapped(original, lines))
    return text.get_text() != before


def wrapped(text: str, lines: int) -> str:
    """``text`` broken at spaces into about ``lines`` lines of similar length."""
    if lines <= 1:
        return text
    head, bracket, rest = text.partition(" (")
    if bracket and len(head) >= 5:  # "How much\n(0 = not at all, 10 = completely)"
        return f"{head}\n{wrapped('(' + rest, lines - 1)}"
    width = max(1, math.ceil(len(text) / lines))
    while True:
        found = textwrap.fill(text, width=width, break_long_words=False, break_on_hyphens=False)
        if found.count("\n") < lines or width >= len(text):
            return found
        width += 1


def fitting(fig: Figure) -> FittingLayout:
    engine = fig.get_layout_engine()
    assert isinstance(engine, FittingLayout), "a figure made by new_figure"
    return engine


def category_axis(ax: Axes, labels: Sequence[str]) -> None:
    """Names along the bottom at 0, 1, 2…: on one line when they fit side by side, else
    broken onto two lines, else turned so that they never run into each other."""
    names = list(labels)
    positions = list(range(len(names)))
    two_lines = [wrapped(n, 2) for n in names]
    state = {"mode": "plain"}

    def show(mode: str) -> bool:
        if mode == state["mode"]:
            return False
        state["mode"] = mode
        ax.set_xticks(positions, two_lines if mode == "two lines" else names)
        angle = {"turned": 35, "upright": 90}.get(mode, 0)
        ax.tick_params(axis="x", labelrotation=angle)
        for text in ax.get_xticklabels():
            text.set_horizontalalignment("right" if mode == "turned" else "center")
            text.set_rotation_mode("anchor" if mode == "turned" else "default")
        return True

    def fit(fig: Figure, renderer: Any) -> bool:
        if renderer is None:
            # where the last figure of this chart ended (a guess, checked below), else plain
            return show(engine.recalled("category") or "plain")
        if len(names) < 2:
            return False
        step = abs(ax.transData.transform((1, 0))[0] - ax.transData.transform((0, 0))[0])
        prop = ax.get_xticklabels()[0].get_fontproperties()

        def size(line: str) -> tuple[float, float]:
            width, height, _descent = renderer.get_text_width_height_descent(
                line, prop, ismath=False
            )
            return float(width), float(height)

        def side_by_side(candidate: list[str]) -> bool:
            widths = [max(size(line)[0] for line in n.split("\n")) for n in candidate]
            return all((a + b) / 2 + GAP <= step for a, b in itertools.pairwise(widths))

        if side_by_side(names):
            mode = "plain"
        elif side_by_side(two_lines):
            mode = "two lines"
        else:
            line_height = size("Ag")[1]
            turned_fits = line_height / math.sin(math.radians(35)) + GAP <= step
            mode = "turned" if turned_fits else "upright"
        engine.memory["category"] = mode
        return show(mode)

    ax.set_xticks(positions, names)
    engine = fitting(ax.get_figure())  # type: ignore[arg-type]
    engine.fitters.append(fit)


def legend_below(ax: Axes, *, wrap: int = 0) -> Legend:
    """The legend of ``ax`` under its axis label, from the figure's left edge (where the
    title and the note start), in as many columns as fit the figure's width; names longer
    than ``wrap`` characters go onto more lines instead of being cut."""
    import matplotlib
    from matplotlib.transforms import ScaledTranslation, blended_transform_factory

    fig = ax.get_figure()
    assert isinstance(fig, Figure)
    handles, labels = ax.get_legend_handles_labels()
    if wrap:
        labels = [
            textwrap.fill(label, width=wrap, break_long_words=False, break_on_hyphens=False)
            for label in labels
        ]
    # the legend is made again while drawing, outside the builder's theme: keep its style
    params = matplotlib.rcParams  # (reading "backend" from it would import pyplot)
    style = {key: params[key] for key in params if key.startswith(("legend.", "font.", "text."))}
    most = len(handles)
    state: dict[str, Any] = {"columns": 0, "drop": -1.0, "fitted": False}
    engine = fitting(fig)

    def place(columns: int, drop: float) -> bool:
        if (columns, round(drop)) == (state["columns"], round(state["drop"])):
            return False
        state.update(columns=columns, drop=drop)
        at = blended_transform_factory(fig.transFigure, ax.transAxes) + ScaledTranslation(
            0, -drop / fig.dpi, fig.dpi_scale_trans
        )
        with matplotlib.rc_context(style):
            ax.legend(
                handles,
                labels,
                loc="upper left",
                bbox_to_anchor=(0.01, 0.0),
                bbox_transform=at,
                borderaxespad=0,
                borderpad=0,
                ncols=columns,
                frameon=False,
            )
        return True

    def fit(fig: Figure, renderer: Any) -> bool:
        if renderer is None:
            # the drop and columns found at the last draw, or for the last figure of this
            # chart (a guess, measured below)
            if state["fitted"]:
                return place(most, state["drop"])
            drop = engine.recalled("legend") or 40.0
            columns = engine.recalled("legend columns") or most
            return place(min(most, columns), drop)
        drop = below_axes(ax, renderer) + 4
        if engine.on_screen and abs(drop - state["drop"]) < DROP_SLACK:
            drop = state["drop"]  # a pixel's difference is not worth drawing again
        state["fitted"] = True
        engine.memory["legend"] = drop
        changed = place(state["columns"], drop)
        while (
            state["columns"] > 1
            and ax.get_legend().get_window_extent(renderer).x1 > fig.bbox.x1 - 2  # type: ignore[union-attr]
        ):
            changed = place(state["columns"] - 1, drop) or changed
        engine.memory["legend columns"] = state["columns"]
        return changed

    place(most, 40.0)
    fit.moves_legend_only = True  # type: ignore[attr-defined]
    engine.fitters.append(fit)
    legend = ax.get_legend()
    assert legend is not None
    return legend
