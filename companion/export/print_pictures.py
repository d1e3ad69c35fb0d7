"""Pictures made ready for print: the one place a summary decodes a picture's pixels.

A picture kept with an entry is a file as the client added it: a 4 MB photo of 12
megapixels, perhaps lying on its side with an EXIF note saying which way is up. Before it goes
into a summary it is read with Qt's ``QImageReader`` (under an allocation limit, so that a
file claiming a huge size cannot take the memory), turned the right way up, scaled to the
pixels its printed size needs (:func:`companion.export.summary_model.fit_picture`: the width
of the page at most, never enlarged, about 150 pixels to the inch), laid on white where it is
transparent, and written again as a JPEG (photos) or PNG (drawings, screenshots). The
preview, the HTML file and the PDF all take that same picture, so the preview shows exactly
what the file holds and the file stays small.

This module imports Qt (PySide6), like the PDF renderer. It needs no QGuiApplication.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QImage, QImageIOHandler, QImageReader, QImageWriter, QPainter

from companion.charts.text import tr
from companion.domain.attachments import MAX_PIXELS, Attachment
from companion.export.summary_model import (
    Block,
    Note,
    Picture,
    Section,
    SummaryDocument,
    fit_picture,
)

#: The most memory one decoded picture may take (Qt's own default in Qt 6; set here so that
#: it holds whatever else changed it).
ALLOCATION_LIMIT_MB = 256
#: JPEG quality of a photo made ready for print.
JPEG_QUALITY = 85
#: Pictures kept ready, by the stored file's digest (the export dialog builds its preview
#: again at every tick; a picture is read and scaled once).
CACHE_SIZE = 48

#: Kept as drawn (no JPEG smudges on lines and letters): drawings and screenshots.
_LOSSLESS = frozenset({"image/png", "image/gif"})


def unreadable(name: str) -> Note:
    """What the summary says in place of a picture that could not be read."""
    return Note(tr("The picture “%1” could not be included.").replace("%1", name))


def _limit_memory() -> None:
    current = QImageReader.allocationLimit()
    if current == 0 or current > ALLOCATION_LIMIT_MB:
        QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)


def _rotated(transformation: QImageIOHandler.Transformation) -> bool:
    return bool(transformation & QImageIOHandler.Transformation.TransformationRotate90)


def _on_white(image: QImage) -> QImage:
    """``image`` without transparency, laid on white paper (32-bit RGB)."""
    if not image.hasAlphaChannel():
        return image.convertToFormat(QImage.Format.Format_RGB32)
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(QColor("#ffffff"))
    painter = QPainter(paper)
    try:
        painter.drawImage(0, 0, image)
    finally:
        painter.end()
    return paper


def _encoded(image: QImage, lossless: bool) -> tuple[bytes, str]:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, b"png" if lossless else b"jpeg")
    if not lossless:
        writer.setQuality(JPEG_QUALITY)
        writer.setOptimizedWrite(True)
    if not writer.write(image):
        raise ValueError("the picture could not be written")
    buffer.close()
    return bytes(data.data()), "image/png" if lossless else "image/jpeg"


def make_ready(picture: Picture) -> Picture | Note:
    """``picture`` ready for print (see the module's docstring), or a note saying it could
    not be included when its file cannot be read as a picture."""
    if picture.ready:
        return picture
    _limit_memory()
    source = QBuffer()
    source.setData(QByteArray(picture.data))
    source.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(source)
    reader.setDecideFormatFromContent(True)
    reader.setAutoTransform(True)
    reader.setQuality(90)  # smooth scaling (JPEG: the accurate DCT)
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_PIXELS:
        return unreadable(picture.name)
    turned = _rotated(reader.transformation())
    width, height = (size.height(), size.width()) if turned else (size.width(), size.height())
    _shown, (keep_w, keep_h) = fit_picture(width, height)
    # the scaled size is the file's own, before it is turned
    reader.setScaledSize(QSize(keep_h, keep_w) if turned else QSize(keep_w, keep_h))
    image = reader.read()
    source.close()
    if image.isNull():
        return unreadable(picture.name)
    try:
        data, media_type = _encoded(_on_white(image), picture.media_type in _LOSSLESS)
    except ValueError:
        return unreadable(picture.name)
    return Picture(
        key=picture.key,
        name=picture.name,
        data=data,
        media_type=media_type,
        width_px=image.width(),
        height_px=image.height(),
        ready=True,
    )


def ready_for_print(document: SummaryDocument) -> SummaryDocument:
    """``document`` with every picture made ready for print (those that are stay as they
    are; one that cannot be read becomes a note saying so)."""
    if all(p.ready for p in document.pictures()):
        return document

    def section(found: Section) -> Section:
        blocks: list[Block] = [make_ready(b) if isinstance(b, Picture) else b for b in found.blocks]
        return replace(found, blocks=tuple(blocks))

    return replace(
        document,
        overview=tuple(section(s) for s in document.overview),
        sections=tuple(section(s) for s in document.sections),
    )


class PrintPictures:
    """Makes pictures ready for print as a summary is built, keeping the latest ones (by the
    stored file's digest), so that building it again reads and scales nothing new. Its call
    matches :data:`companion.services.summary.PictureMaker`."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self._size = size
        self._ready: OrderedDict[str, Picture | Note] = OrderedDict()
        #: the dialog makes pictures on a worker thread and builds from them on its own
        self._lock = threading.Lock()

    def holds(self, attachment: Attachment) -> bool:
        """True when the picture is ready (building with it reads and scales nothing)."""
        with self._lock:
            return attachment.digest in self._ready

    def __call__(self, attachment: Attachment, load: Callable[[], bytes]) -> Picture | Note:
        key = f"picture-{attachment.id}"
        with self._lock:
            found = self._ready.get(attachment.digest)
            if found is not None:
                self._ready.move_to_end(attachment.digest)
        if found is None:
            raw = Picture(
                key=key,
                name=attachment.name,
                data=load(),
                media_type=attachment.media_type,
                width_px=attachment.width or 1,
                height_px=attachment.height or 1,
            )
            found = make_ready(raw)
            with self._lock:
                self._ready[attachment.digest] = found
                while len(self._ready) > self._size:
                    self._ready.popitem(last=False)
        if isinstance(found, Note):
            return unreadable(attachment.name)
        return replace(found, key=key, name=attachment.name)

    def clear(self) -> None:
        with self._lock:
            self._ready.clear()
