"""The PDF takes a chart's pixels as they were drawn: the same picture as from its PNG."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QImage

from companion.export.render_pdf import _qimage, write_pdf
from companion.export.summary_model import Image, Section
from tests.unit.test_summary_render import DOC


def _pixels() -> bytes:
    # a gradient with a transparent corner, so that a swapped channel or row would show
    rows = []
    for y in range(7):
        for x in range(5):
            rows.append(bytes([x * 50, y * 30, 200 - x * 20, 0 if (x, y) == (0, 0) else 255]))
    return b"".join(rows)


def test_pixels_and_png_give_the_same_qimage() -> None:
    raw = Image("mood", "Chart: mood", _pixels(), 5, 7, 200, rgba=True)
    from_png = Image("mood", "Chart: mood", raw.png, 5, 7, 200)
    argb = QImage.Format.Format_ARGB32
    drawn, decoded = _qimage(raw), _qimage(from_png)
    assert (drawn.width(), drawn.height()) == (5, 7)
    assert drawn.convertToFormat(argb) == decoded.convertToFormat(argb)


def test_a_pdf_with_a_chart_drawn_as_pixels(tmp_path: Path) -> None:
    chart = Image("mood", "Chart: mood", _pixels(), 5, 7, 200, rgba=True)
    doc = replace(DOC, sections=(Section("mood", "My mood", (chart,)),))
    path = write_pdf(doc, tmp_path / "summary.pdf")
    listed = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, check=True)
    images = listed.stdout.decode().splitlines()[2:]
    assert len(images) >= 1 and images[0].split()[3:5] == ["5", "7"]
    assert "png" not in vars(chart)  # the PDF never needed a PNG


def test_the_footer_alignments_are_qts() -> None:
    from PySide6.QtCore import Qt

    from companion.export import render_pdf

    flag = Qt.AlignmentFlag
    assert flag.AlignLeft.value == render_pdf.ALIGN_LEFT
    assert flag.AlignRight.value == render_pdf.ALIGN_RIGHT
    assert flag.AlignHCenter.value == render_pdf.ALIGN_H_CENTER
    assert flag.AlignTop.value == render_pdf.ALIGN_TOP
