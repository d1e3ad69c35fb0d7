"""A matplotlib Agg renderer that keeps the glyph images of the texts it drew.

Half the time a chart took to draw on screen went to text: matplotlib lays out every string
and asks FreeType for every glyph again on every draw, although a redraw after a filter
change shows mostly the same texts (the titles, the axis labels, the legend, the scale's
numbers, month names). :class:`TextKeepingRenderer` lays out and renders a string once and
keeps its glyph images; the next time the same string is drawn in the same font, size,
angle and resolution, only the images are copied onto the canvas.

For that, a text's anchor is put on whole pixels before its glyphs are rendered (the glyphs
keep their positions inside the text to 1/64 of a pixel, so the text looks the same), which
makes the images independent of where the text stands. matplotlib before 3.11 placed a
text's bitmap on whole pixels too.

Only the screen uses it (:mod:`companion.charts.qt_canvas`); saved images and exports are
drawn by matplotlib's own renderers. With a matplotlib whose Agg renderer works differently
(its private glyph functions gone), it draws texts as matplotlib does.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from typing import Any

import numpy as np
from matplotlib.backends.backend_agg import RendererAgg, get_hinting_flag
from matplotlib.ft2font import FT2Font

#: Texts whose glyph images are kept (the least recently drawn go first).
KEPT_TEXTS = 2000

#: The glyph images of one text: (image, left, top) per glyph, in pixels from the text's
#: whole-pixel anchor (FreeType's y is upwards).
Glyphs = tuple[tuple[Any, int, int], ...]

_KEPT: OrderedDict[tuple[object, ...], Glyphs] = OrderedDict()


def _supported() -> bool:
    return all(
        hasattr(FT2Font, name) for name in ("_layout", "_render_glyph", "_set_transform")
    ) and hasattr(RendererAgg, "_draw_text_glyphs_and_boxes")


SUPPORTED = _supported()


def forget() -> None:
    """Drop every kept glyph image (tests; a change of fonts)."""
    _KEPT.clear()


def kept_count() -> int:
    return len(_KEPT)


def _font_key(prop: Any) -> tuple[object, ...]:
    return (
        tuple(prop.get_family()),
        prop.get_style(),
        prop.get_variant(),
        prop.get_weight(),
        prop.get_stretch(),
        prop.get_size_in_points(),
        prop.get_file(),
    )


class TextKeepingRenderer(RendererAgg):
    """``RendererAgg`` that renders each distinct text once (see the module's doc)."""

    def draw_text(
        self,
        gc: Any,
        x: float,
        y: float,
        s: str,
        prop: Any,
        angle: float,
        ismath: bool | str = False,
        mtext: Any = None,
    ) -> None:
        if ismath or not SUPPORTED:
            super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)  # type: ignore[no-untyped-call]
            return
        features = mtext.get_fontfeatures() if mtext is not None else None
        language = mtext.get_language() if mtext is not None else None
        antialiased = bool(gc.get_antialiased())
        flags = get_hinting_flag()  # type: ignore[no-untyped-call]
        key = (
            s,
            _font_key(prop),
            float(angle),
            float(self.dpi),
            antialiased,
            flags,
            tuple(features) if features else None,
            language if isinstance(language, str | None) else repr(language),
        )
        # the anchor on whole pixels, in FreeType's coordinates (y upwards)
        left = round(x)
        bottom = round(self.height - y)
        glyphs = _KEPT.get(key)
        if glyphs is None:
            glyphs = self._render(s, prop, angle, antialiased, flags, features, language)
            _KEPT[key] = glyphs
            while len(_KEPT) > KEPT_TEXTS:
                _KEPT.popitem(last=False)
        else:
            _KEPT.move_to_end(key)
        height = int(self.height)
        for image, glyph_left, glyph_top in glyphs:
            self._renderer.draw_text_image(
                image, left + glyph_left, height - (bottom + glyph_top) + image.shape[0], 0, gc
            )

    def _render(
        self,
        s: str,
        prop: Any,
        angle: float,
        antialiased: bool,
        flags: Any,
        features: Any,
        language: Any,
    ) -> Glyphs:
        """The glyph images of ``s`` with its anchor at (0, 0), as matplotlib's Agg renderer
        makes them (the same FreeType calls)."""
        from matplotlib.ft2font import RenderMode

        font = self._prepare_font(prop)  # type: ignore[no-untyped-call]
        items = font._layout(s, flags=flags, features=features, language=language)
        size = prop.get_size_in_points()
        cos = math.cos(math.radians(angle))
        sin = math.sin(math.radians(angle))
        matrix = (0x10000 * np.array([[cos, -sin], [sin, cos]])).round().astype(int)
        mode = RenderMode.NORMAL if antialiased else RenderMode.MONO
        found = []
        for item in items:
            glyph_font = item.ft_object
            glyph_font.set_size(size, self.dpi)
            dx, dy = item.x, item.y  # dy is upwards
            glyph_font._set_transform(
                matrix, [round(0x40 * (dx * cos - dy * sin)), round(0x40 * (dx * sin + dy * cos))]
            )
            bitmap = glyph_font._render_glyph(item.glyph_index, flags, mode)
            image = np.array(bitmap.buffer, dtype=np.uint8, copy=True)
            if not antialiased:
                image *= 0xFF
            found.append((image, int(bitmap.left), int(bitmap.top)))
        return tuple(found)
