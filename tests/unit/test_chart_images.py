"""The summary's chart images: drawn once to pixels, the same pixels ``savefig`` writes; the
PNG made from them only when asked for."""

from __future__ import annotations

import io
import subprocess
import sys

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.image import imread

from companion.charts.mood import build_mood
from companion.charts.relationship import build_relationship
from companion.charts.theme import ChartTheme
from companion.export.chart_images import (
    CHART_DPI,
    CHART_SIZE,
    figure_rgba,
    mood_image,
    relationship_image,
)
from companion.export.summary_model import Image, png_from_rgba
from tests.unit.test_charts import empty, sample


def _decoded(png: bytes) -> np.ndarray:
    return (imread(io.BytesIO(png), format="png") * 255).round().astype(np.uint8)


@pytest.mark.parametrize("build", [build_relationship, build_mood])
def test_the_pixels_are_those_savefig_writes(build) -> None:  # type: ignore[no-untyped-def]
    saved = build(sample(), ChartTheme.light())
    saved.set_size_inches(*CHART_SIZE)
    FigureCanvasAgg(saved)
    buffer = io.BytesIO()
    saved.savefig(buffer, format="png", dpi=CHART_DPI, facecolor=saved.get_facecolor())
    drawn = build(sample(), ChartTheme.light())
    drawn.set_size_inches(*CHART_SIZE)
    rgba, width, height = figure_rgba(drawn)
    assert (width, height) == (1300, 680)
    pixels = np.frombuffer(rgba, np.uint8).reshape(height, width, 4)
    assert np.array_equal(pixels, _decoded(buffer.getvalue()))


def test_an_image_keeps_its_pixels_and_makes_the_png_when_asked() -> None:
    image = mood_image(sample(), "Chart: mood")
    assert image is not None and image.rgba
    assert (image.width_px, image.height_px, image.dpi) == (1300, 680, CHART_DPI)
    assert "png" not in vars(image)  # not made yet
    png = image.png
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    decoded = _decoded(png)
    assert decoded.shape == (680, 1300, 4)
    assert decoded.tobytes() == image.data
    assert image.png is png  # made once


def test_too_little_data_draws_no_chart() -> None:
    assert relationship_image(empty(), "Chart") is None
    assert mood_image(empty(), "Chart") is None


def test_a_png_image_is_its_own_png() -> None:
    png = png_from_rgba(bytes([255, 0, 0, 255]) * 6, 3, 2, 200)
    image = Image("mood", "Chart: mood", png, 3, 2, 200)
    assert image.png is png and not image.rgba
    assert _decoded(png)[1, 2].tolist() == [255, 0, 0, 255]


def test_pixels_that_do_not_fill_the_image_are_refused() -> None:
    with pytest.raises(ValueError):
        png_from_rgba(b"\x00" * 10, 3, 2, 200)


def test_matplotlib_imported_without_artist_docs_works_the_same() -> None:
    # a process of its own: this one has imported matplotlib already
    script = """
import sys
from companion.export.chart_images import import_matplotlib
import_matplotlib()
import matplotlib.artist
from matplotlib.lines import Line2D
from matplotlib.text import Text
line = Line2D([0, 1], [0, 1])
line.set(color="red", lw=4)  # an alias
text = Text(0, 0, "a")
text.set(text="b", fontsize=12)
assert (line.get_color(), line.get_linewidth(), text.get_text()) == ("red", 4, "b")
try:
    line.set(no_such_property=1)
except AttributeError:
    pass
else:
    raise SystemExit("an unknown property was accepted")
assert matplotlib.artist.kwdoc.__module__ == "matplotlib.artist"
assert "Artist" in repr(matplotlib.artist.Artist._update_set_signature_and_docstring)
import_matplotlib()  # again: nothing to do
print("ok")
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
