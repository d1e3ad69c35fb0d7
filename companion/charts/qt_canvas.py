"""The thin Qt adapter: a widget showing a chart figure, and saving a figure to a file.
The only module of :mod:`companion.charts` that imports Qt."""

from __future__ import annotations

import io
from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from companion.durable_files import write_bytes_atomically

#: Formats :func:`save_figure` writes, by file name extension.
IMAGE_FORMATS = {".png": "png", ".svg": "svg"}
PNG_DPI = 200


class UnknownImageFormat(ValueError):
    """The file name does not end in .png or .svg."""


class ChartCanvas(QWidget):
    """Holds one ``FigureCanvasQTAgg``; :meth:`set_figure` shows another figure."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._canvas: FigureCanvasQTAgg | None = None
        self.setMinimumHeight(260)

    @property
    def figure(self) -> Figure | None:
        return None if self._canvas is None else self._canvas.figure

    @property
    def canvas(self) -> FigureCanvasQTAgg | None:
        return self._canvas

    def set_figure(self, figure: Figure) -> None:
        """Show ``figure``, sized to this widget; it is drawn once, when next painted.

        Once there is a canvas of a usable size, it shows the new figure itself: no new
        widget, and its renderer (with matplotlib's memory of text sizes) is used again,
        which makes a redraw after a filter change cheaper. What was connected to the
        canvas (``mpl_connect``) stays connected: matplotlib keeps those connections on the
        figure, so they are made again on the new one. The figure it showed before gets a
        plain canvas of its own, so that it still saves itself, not the new one."""
        shown = self._canvas
        if shown is not None and shown.width() > 10 and shown.height() > 10:
            from matplotlib.backend_bases import FigureCanvasBase

            before = shown.figure
            base_dpi = getattr(figure, "_original_dpi", figure.dpi)
            figure.set_dpi(base_dpi * shown.device_pixel_ratio)
            figure.set_size_inches(
                shown.width() / base_dpi, shown.height() / base_dpi, forward=False
            )
            shown.figure = figure
            figure.set_canvas(shown)
            _carry_connections(before, figure)
            FigureCanvasBase(before)
            shown.draw_idle()  # type: ignore[no-untyped-call]
            return
        old = self._canvas
        canvas = FigureCanvasQTAgg(figure)  # type: ignore[no-untyped-call]
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


def _carry_connections(before: Figure, figure: Figure) -> None:
    """Connect to ``figure`` what was connected with ``mpl_connect`` to the canvas while it
    showed ``before`` (matplotlib's own handlers, which every figure makes for itself,
    are left)."""
    old = before._canvas_callbacks  # type: ignore[attr-defined]
    new = figure._canvas_callbacks  # type: ignore[attr-defined]
    own = old._pickled_cids  # the figure's own handlers (keys, mouse, picking)
    for signal, refs in list(old.callbacks.items()):
        for cid, ref in list(refs.items()):
            func = ref()
            if cid not in own and func is not None:
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
