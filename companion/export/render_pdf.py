"""The summary as PDF with Qt's PDF writer: the same HTML as the preview, laid out page by
page with a footer ("Page n of m", the export date). Text stays real, selectable text; the
charts are the document's 200 dpi images, drawn at full resolution; the pictures chosen with
entries are drawn as :mod:`companion.export.print_pictures` made them ready for print (about
150 dpi at their printed size; Qt's PDF writer keeps them as JPEG).

This module imports Qt (PySide6). A QGuiApplication must exist (headless:
``QT_QPA_PLATFORM=offscreen``).
"""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    QSizeF,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from companion.charts.text import day_text, tr
from companion.durable_files import write_bytes_atomically
from companion.export.print_pictures import ready_for_print
from companion.export.render_html import render_html
from companion.export.summary_model import Image, Picture, SummaryDocument

#: Resolution of the PDF's coordinate system (text is vector; images keep their own pixels).
RESOLUTION = 300
#: Page margins in millimetres: left, top, right, bottom (the footer sits in the bottom one).
MARGINS_MM = (22.0, 20.0, 22.0, 22.0)
FOOTER_GAP_MM = 8.0

#: Qt::AlignmentFlag values, for QPainter.drawText's int flags. Written out: the first use of
#: PySide6's ``Qt`` namespace makes Python enums of all its flags (about 20 ms), and nothing
#: else a command-line export does needs it. (tests/ui/test_summary_pdf.py checks them.)
ALIGN_LEFT = 0x0001
ALIGN_RIGHT = 0x0002
ALIGN_H_CENTER = 0x0004
ALIGN_TOP = 0x0020


class Paper(enum.StrEnum):
    A4 = "a4"
    LETTER = "letter"


#: Where US Letter is the usual paper.
_LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.CostaRica,
        QLocale.Country.Guatemala,
        QLocale.Country.Panama,
        QLocale.Country.PuertoRico,
        QLocale.Country.Venezuela,
        QLocale.Country.DominicanRepublic,
        QLocale.Country.ElSalvador,
        QLocale.Country.Nicaragua,
        QLocale.Country.Honduras,
        QLocale.Country.Belize,
    }
)


def paper_for_locale(locale: QLocale | None = None) -> Paper:
    """Letter where it is the custom (US, Canada, Mexico, the Philippines, much of Central
    and South America), A4 everywhere else."""
    found = (locale or QLocale()).territory()
    return Paper.LETTER if found in _LETTER_TERRITORIES else Paper.A4


def _page_size(paper: Paper) -> QPageSize:
    return QPageSize(
        QPageSize.PageSizeId.Letter if paper is Paper.LETTER else QPageSize.PageSizeId.A4
    )


def _qimage(image: Image) -> QImage:
    if image.rgba:  # the pixels as drawn: nothing to decode
        pixels = QImage(
            image.data,
            image.width_px,
            image.height_px,
            image.width_px * 4,
            QImage.Format.Format_RGBA8888,
        )
        return pixels.copy()  # its own copy: the QImage above only borrows the bytes
    found = QImage()
    found.loadFromData(image.png, "PNG")
    return found


def _picture_qimage(picture: Picture) -> QImage:
    found = QImage()
    found.loadFromData(picture.data)
    return found


def _document(
    doc: SummaryDocument, width_px: float, dpi: int, device: QPagedPaintDevice
) -> QTextDocument:
    text = QTextDocument()
    text.documentLayout().setPaintDevice(device)
    font = QFont()
    font.setFamilies(["Source Serif Pro", "Georgia", "Noto Serif", "DejaVu Serif"])
    font.setPointSizeF(11)
    _no_ligatures(font)
    text.setDefaultFont(font)
    text.setDocumentMargin(0)
    for image in doc.images():
        text.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(f"summary:{image.name}"), _qimage(image)
        )
    for picture in doc.pictures():
        text.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl(f"summary:{picture.key}"),
            _picture_qimage(picture),
        )
    html = render_html(
        doc,
        image_src=lambda image: f"summary:{image.name}",
        picture_src=lambda picture: f"summary:{picture.key}",
        image_width=round(width_px * 96 / dpi),
        px=1.0,
    )
    text.setHtml(html)
    return text


def page_layout(paper: Paper) -> QPageLayout:
    left, top, right, bottom = MARGINS_MM
    return QPageLayout(
        _page_size(paper),
        QPageLayout.Orientation.Portrait,
        QMarginsF(left, top, right, bottom),
        QPageLayout.Unit.Millimeter,
    )


def paint_pages(doc: SummaryDocument, device: QPagedPaintDevice, dpi: int) -> int:
    """Lay ``doc`` out on ``device`` (a PDF writer or a printer whose page layout is set)
    page by page, with the footer; returns the number of pages."""
    doc = ready_for_print(doc)
    width = device.width()
    height = device.height()
    footer_gap = FOOTER_GAP_MM / 25.4 * dpi
    text = _document(doc, width, dpi, device)
    text.setPageSize(QSizeF(width, height))
    pages = max(1, text.pageCount())
    footer_font = QFont()
    footer_font.setFamilies(["Noto Sans", "Segoe UI", "Helvetica Neue", "Arial"])
    footer_font.setPointSizeF(8.5)
    _no_ligatures(footer_font)
    exported = tr("Exported on %1").replace("%1", day_text(doc.exported_on))
    painter = QPainter(device)
    try:
        for index in range(pages):
            if index:
                device.newPage()
            painter.save()
            painter.translate(0, -index * height)
            # one device pixel short of the next page: what starts there (a picture or
            # chart moved to the next page) drew its top edge as a line along the bottom
            text.drawContents(painter, QRectF(0, index * height, width, height - 1))
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(QColor("#57606a"))
            footer = QRectF(0, height + footer_gap, width, footer_gap * 1.5)
            page_text = tr("Page %1 of %2").replace("%1", str(index + 1)).replace("%2", str(pages))
            painter.drawText(footer, ALIGN_TOP | ALIGN_LEFT, doc.title)
            painter.drawText(footer, ALIGN_TOP | ALIGN_H_CENTER, page_text)
            painter.drawText(footer, ALIGN_TOP | ALIGN_RIGHT, exported)
    finally:
        painter.end()
    return pages


def render_pdf(doc: SummaryDocument, paper: Paper | None = None) -> bytes:
    """The PDF file's bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(doc.title)
    writer.setCreator("Companion")
    writer.setPageLayout(page_layout(paper or paper_for_locale()))
    paint_pages(doc, writer, RESOLUTION)
    del writer
    buffer.close()
    return bytes(data.data())


def write_pdf(doc: SummaryDocument, path: Path, paper: Paper | None = None) -> Path:
    return write_bytes_atomically(path, render_pdf(doc, paper))


def _no_ligatures(font: QFont) -> None:
    """Plain letters in the PDF: with "fi" drawn as one ligature glyph, text copied or searched
    in a PDF viewer would hold "\ufb01" instead of "fi"."""
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
