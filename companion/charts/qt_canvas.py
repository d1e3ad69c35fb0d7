"""The thin Qt adapter: a widget showing a chart figure, and saving a figure to a file.
The only module of :mod:`companion.charts` that imports Qt."""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from companion.charts.common import FittingLayout
from companion.charts.text_cache import TextKeepingRenderer
from companion.durable_files import write_bytes_atomically

#: Formats :func:`save_figure` writes, by file name extension.
IMAGE_FORMATS = {".png": "png", ".svg": "svg"}
PNG_DPI = 200


class UnknownImageFormat(ValueError):
    """The file name does not end in .png or .svg."""


@dataclass(frozen=True)
class Frame:
    """A figure as a canvas drew it: the figure, the size it was drawn at (physical width and
    height in pixels, and dpi) and its pixels, compressed (a chart is mostly even areas of
    colour: about 25 times smaller, a few milliseconds each way)."""

    figure: Figure
    size: tuple[int, int, float]
    packed: bytes
    shape: tuple[int, ...]

    @classmethod
    def of(cls, figure: Figure, size: tuple[int, int, float], pixels: Any) -> Frame:
        """A frame of ``pixels`` (an RGBA buffer; copied as it is compressed)."""
        array = np.asarray(pixels)
        return cls(figure, size, zlib.compress(array.tobytes(), 1), array.shape)

    @property
    def pixels(self) -> np.ndarray[Any, Any]:
        return np.frombuffer(zlib.decompress(self.packed), np.uint8).reshape(self.shape)

    @property
    def nbytes(self) -> int:
        """What keeping it costs."""
        return len(self.packed)


class OffscreenCanvas(FigureCanvasAgg):
    """An Agg canvas drawing with :class:`TextKeepingRenderer` (a redraw renders only the
    texts it has not drawn before), for pixels that are shown later; the screen's canvas
    draws the same way."""

    def get_renderer(self) -> RendererAgg:
        width, height = self.get_width_height(physical=True)
        key = width, height, self.figure.dpi
        if self._lastKey != key:
            self.renderer = TextKeepingRenderer(width, height, self.figure.dpi)  # type: ignore[no-untyped-call]
            self._lastKey = key
        renderer: RendererAgg = self.renderer
        return renderer


class ScreenCanvas(FigureCanvasQTAgg):
    """matplotlib's Qt canvas, drawing as :class:`OffscreenCanvas` does; it knows which
    figure it drew last."""

    get_renderer = OffscreenCanvas.get_renderer

    #: the figure whose drawing the renderer holds
    drawn: Figure | None = None

    def draw(self) -> None:
        super().draw()  # type: ignore[no-untyped-call]
        self.drawn = self.figure
        self.verify_soon()

    def verify_soon(self) -> None:
        """A figure drawn in a recalled layout is measured once it is on screen, and drawn
        again if the measurement moved anything (see ``FittingLayout.on_screen``)."""
        engine = self.figure.get_layout_engine()
        if isinstance(engine, FittingLayout) and engine.unverified:
            QTimer.singleShot(0, self, lambda figure=self.figure: self._verify(figure))

    def _verify(self, figure: Figure) -> None:
        engine = figure.get_layout_engine()
        if self.figure is not figure or not isinstance(engine, FittingLayout):
            return  # another figure is shown now (it is verified when shown again)
        if engine.verify(figure):
            self.draw_idle()  # type: ignore[no-untyped-call]

    def size_key(self) -> tuple[int, int, float]:
        width, height = self.get_width_height(physical=True)
        return int(width), int(height), float(self.figure.dpi)


class ChartCanvas(QWidget):
    """Holds one ``FigureCanvasQTAgg``; :meth:`set_figure` shows another figure."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._canvas: ScreenCanvas | None = None
        self._offscreen: tuple[tuple[int, int, float], RendererAgg] | None = None
        self.setMinimumHeight(260)

    @property
    def figure(self) -> Figure | None:
        return None if self._canvas is None else self._canvas.figure

    @property
    def canvas(self) -> ScreenCanvas | None:
        return self._canvas

    def set_figure(self, figure: Figure) -> None:
        """Show ``figure``, sized to this widget; it is drawn once, when next painted.

        Once there is a canvas of a usable size, it shows the new figure itself: no new
        widget, and its renderer (with matplotlib's memory of text sizes) is used again,
        which makes a redraw after a filter change cheaper. What was connected to the
        canvas (``mpl_connect``) stays connected: matplotlib keeps those connections on the
        figure, so they are made again on the new one. The figure it showed before gets a
        plain canvas of its own, so that it still saves itself, not the new one."""
        engine = figure.get_layout_engine()
        if isinstance(engine, FittingLayout):
            engine.on_screen = True  # drawn as the last one was, measured once shown
        shown = self._canvas
        if shown is not None and shown.width() > 10 and shown.height() > 10:
            self._swap(shown, figure)
            shown.draw_idle()  # type: ignore[no-untyped-call]
            return
        old = self._canvas
        canvas = ScreenCanvas(figure)  # type: ignore[no-untyped-call]
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.setFocusPolicy(canvas.focusPolicy().NoFocus)
        if self.width() > 10 and self.height() > 10:
            figure.set_size_inches(
                self.width() / figure.dpi, self.height() / figure.dpi, forward=False
            )
        self._layout.addWidget(canvas)
        self._canvas = canvas
        if old is not None:
            self._layout.removeWidget(old)
            old.hide()
            old.deleteLater()
        canvas.draw_idle()  # type: ignore[no-untyped-call]

    def frame(self) -> Frame | None:
        """The figure shown now with a copy of its pixels, once it has been drawn at the
        canvas's present size (None before, or while a draw is pending)."""
        canvas = self._canvas
        if (
            canvas is None
            or canvas.figure is None
            or canvas.drawn is not canvas.figure
            or getattr(canvas, "_draw_pending", False)
            or getattr(canvas, "_lastKey", None) != canvas.size_key()
        ):
            return None
        return Frame.of(canvas.figure, canvas.size_key(), canvas.renderer.buffer_rgba())

    def _size_for(self, figure: Figure) -> tuple[int, int, float] | None:
        """The size :meth:`show_frame` needs a drawing of ``figure`` to have, as
        :meth:`ScreenCanvas.size_key` (None while the canvas has no usable size)."""
        shown = self._canvas
        if shown is None or shown.width() <= 10 or shown.height() <= 10:
            return None
        base_dpi = getattr(figure, "_original_dpi", figure.dpi)
        dpi = base_dpi * shown.device_pixel_ratio
        width, height = shown.width() / base_dpi, shown.height() / base_dpi
        return round(width * dpi), round(height * dpi), float(dpi)

    def frame_bytes(self) -> int | None:
        """How many bytes the canvas's pixels take at its present size (None while it has
        no usable size)."""
        shown = self._canvas
        if shown is None or shown.width() <= 10 or shown.height() <= 10:
            return None
        ratio = shown.device_pixel_ratio
        return int(round(shown.width() * ratio) * round(shown.height() * ratio) * 4)

    def frame_steps(self, figure: Figure) -> Iterator[Frame | None]:
        """Draw ``figure`` off screen as this canvas would show it now, for
        :meth:`show_frame` later, in two steps (laid out by measuring, then drawn): the
        first ``next()`` lays it out, the second yields the frame (None while the canvas
        has no usable size)."""
        shown = self._canvas
        if shown is None or self._size_for(figure) is None:
            yield None
            return
        base_dpi = getattr(figure, "_original_dpi", figure.dpi)
        figure.set_dpi(base_dpi * shown.device_pixel_ratio)
        figure.set_size_inches(shown.width() / base_dpi, shown.height() / base_dpi, forward=False)
        canvas = OffscreenCanvas(figure)
        width, height = canvas.get_width_height(physical=True)
        key = width, height, figure.dpi
        kept = self._offscreen
        if kept is not None and kept[0] == key:
            # the renderer of the last one (matplotlib keeps its text sizes by renderer)
            canvas.renderer, canvas._lastKey = kept[1], key
        self._offscreen = (key, canvas.get_renderer())
        engine = figure.get_layout_engine()
        if isinstance(engine, FittingLayout):
            engine.execute(figure)  # (needs the canvas's renderer)
            engine.skip_next = True  # the draw below keeps this layout
            yield None
        canvas.draw()  # type: ignore[no-untyped-call]
        pixels = canvas.buffer_rgba()  # type: ignore[no-untyped-call]
        yield Frame.of(figure, (int(width), int(height), float(figure.dpi)), pixels)

    def draw_frame(self, figure: Figure) -> Frame | None:
        """:meth:`frame_steps` in one go."""
        return list(self.frame_steps(figure))[-1]

    def show_frame(self, frame: Frame) -> bool:
        """Show a figure drawn before from its pixels, without drawing it again; False (and
        nothing changed) when the canvas no longer has the size it was drawn at."""
        shown = self._canvas
        size = self._size_for(frame.figure)
        if shown is None or size != frame.size or getattr(shown, "_draw_pending", False):
            return False
        self._swap(shown, frame.figure)
        if shown.size_key() != frame.size:  # (rounding): draw it as any other figure
            shown.draw_idle()  # type: ignore[no-untyped-call]
            return True
        renderer = shown.get_renderer()
        np.copyto(np.asarray(renderer.buffer_rgba()), frame.pixels)  # type: ignore[no-untyped-call]
        shown.drawn = frame.figure
        shown.update()
        shown.verify_soon()
        return True

    @staticmethod
    def _swap(shown: ScreenCanvas, figure: Figure) -> None:
        """Put ``figure`` on the canvas ``shown``, sized to it (see :meth:`set_figure`)."""
        from matplotlib.backend_bases import FigureCanvasBase

        before = shown.figure
        if before is figure:
            return
        base_dpi = getattr(figure, "_original_dpi", figure.dpi)
        figure.set_dpi(base_dpi * shown.device_pixel_ratio)
        figure.set_size_inches(shown.width() / base_dpi, shown.height() / base_dpi, forward=False)
        shown.figure = figure
        figure.set_canvas(shown)
        _carry_connections(before, figure)
        FigureCanvasBase(before)


def _carry_connections(before: Figure, figure: Figure) -> None:
    """Connect to ``figure`` what was connected with ``mpl_connect`` to the canvas while it
    showed ``before`` (matplotlib's own handlers, which every figure makes for itself,
    are left)."""
    old = before._canvas_callbacks  # type: ignore[attr-defined]
    new = figure._canvas_callbacks  # type: ignore[attr-defined]
    own = old._pickled_cids  # the figure's own handlers (keys, mouse, picking)
    for signal, refs in list(old.callbacks.items()):
        there = [ref() for ref in new.callbacks.get(signal, {}).values()]
        for cid, ref in list(refs.items()):
            func = ref()
            # (a figure shown again from a frame may have it already)
            if cid not in own and func is not None and not any(f == func for f in there):
                new.connect(signal, func)


def save_figure(figure: Figure, path: Path | str) -> Path:
    """Write ``figure`` as PNG (at 200 dpi) or SVG, chosen by the extension, atomically and
    durably (:mod:`companion.durable_files`)."""
    target = Path(path)
    kind = IMAGE_FORMATS.get(target.suffix.lower())
    if kind is None:
        raise UnknownImageFormat(target.suffix)
    image = io.BytesIO()  # a chart image is small: drawn in memory, then written durably
    figure.savefig(
        image,
        format=kind,
        dpi=PNG_DPI if kind == "png" else "figure",
        facecolor=figure.get_facecolor(),
        metadata={"Software": None} if kind == "png" else {"Creator": None, "Date": None},
    )
    write_bytes_atomically(target, image.getvalue())
    return target
