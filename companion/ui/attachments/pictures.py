"""Thumbnails and previews of the pictures kept with entries, made off the UI thread.

A picture is decoded with Qt's :class:`QImageReader` under an allocation limit, scaled while it
is decoded (a 4000x3000 photo is read at the size shown, never whole), turned the way its
EXIF orientation says, and never read at all when its header claims more pixels than
Companion keeps (an "image bomb"). What Qt cannot decode gets a neutral placeholder.

The first time a picture is shown, its thumbnail (PNG, or JPEG for a photo) and its preview
(JPEG, at most :data:`PREVIEW_SIDE` px) are made from the file and kept with it in the journal
(``AttachmentService.keep_pictures``); later they are read from there, which is quick.
Everything here runs on a worker thread except :class:`PictureLoader`, which hands the work out
and keeps what came back (in memory, until Companion locks).
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter

from companion.domain.attachments import MAX_PER_ENTRY, MAX_PIXELS, MAX_SIDE, Attachment
from companion.services.attachments import AttachmentService
from companion.ui.tasks import run_in_background

log = logging.getLogger(__name__)

#: Longest side of a stored thumbnail (px): sharp in the strip on a screen at 200 %.
THUMBNAIL_SIDE = 256
#: Longest side of a stored preview (px): the read view shows it at most this wide.
PREVIEW_SIDE = 1200
#: Most memory (MB) Qt may take for one decoded picture; a picture that needs more is not
#: decoded (a placeholder shows instead).
ALLOCATION_LIMIT_MB = 256
JPEG_QUALITY = 85
#: Most pictures of each kind kept in memory (the oldest go first): every picture of one
#: entry fits; a preview takes about 4 MB, a thumbnail a quarter of one.
KEPT_IN_MEMORY = {"thumbnail": 400, "preview": MAX_PER_ENTRY + 10}


class Kind(enum.Enum):
    THUMBNAIL = "thumbnail"
    PREVIEW = "preview"


def _reader(data: bytes) -> tuple[QImageReader, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setDecideFormatFromContent(True)
    reader.setAutoTransform(True)  # the way the camera was held (EXIF orientation)
    return reader, buffer


def decode(data: bytes, longest: int) -> QImage | None:
    """The picture in ``data`` with its longest side at most ``longest`` px (scaled while it
    is decoded, turned by its EXIF orientation), or None when Qt cannot decode it, or it
    claims more pixels than Companion keeps, or it would need more than
    :data:`ALLOCATION_LIMIT_MB` to decode."""
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    reader, _buffer = _reader(data)
    size = reader.size()  # from the header: nothing decoded yet
    if not size.isValid() or size.isEmpty():
        return None
    if size.width() > MAX_SIDE or size.height() > MAX_SIDE:
        return None
    if size.width() * size.height() > MAX_PIXELS:
        return None
    if max(size.width(), size.height()) > longest:
        reader.setScaledSize(size.scaled(longest, longest, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    if max(image.width(), image.height()) > longest:  # a format that ignored the scaled size
        image = image.scaled(
            longest,
            longest,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image


def encode(image: QImage, fmt: str, quality: int = -1) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # the format as text: PySide6 takes it so (its stubs say bytes, which it then refuses)
    if not image.save(buffer, fmt, quality):  # type: ignore[call-overload]
        return b""
    return bytes(buffer.data().data())


def flattened(image: QImage) -> QImage:
    """``image`` on white, without transparency (JPEG keeps none)."""
    if not image.hasAlphaChannel():
        return image
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(QColor("white"))
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


@dataclass(frozen=True)
class Made:
    """The two small pictures made of an image, and their bytes as they are kept."""

    thumbnail: QImage
    preview: QImage
    thumbnail_bytes: bytes
    preview_bytes: bytes


def make_pictures(data: bytes) -> Made | None:
    """A thumbnail and a preview of the picture ``data``, or None when it cannot be shown."""
    preview = decode(data, PREVIEW_SIDE)
    if preview is None:
        return None
    thumbnail = preview
    if max(preview.width(), preview.height()) > THUMBNAIL_SIDE:
        thumbnail = preview.scaled(
            THUMBNAIL_SIDE,
            THUMBNAIL_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    if thumbnail.hasAlphaChannel():
        thumbnail_bytes = encode(thumbnail, "PNG")
    else:
        thumbnail_bytes = encode(thumbnail, "JPEG", JPEG_QUALITY)
    preview = flattened(preview)
    return Made(thumbnail, preview, thumbnail_bytes, encode(preview, "JPEG", JPEG_QUALITY))


@dataclass(frozen=True)
class Loaded:
    """What a worker made or found for one picture; None where it cannot be shown."""

    digest: str
    kind: Kind
    image: QImage | None


#: Held while a thumbnail and a preview are made from an original: decoding a large picture
#: may take up to the reader's allocation limit, and the strip asks for all of an entry's
#: pictures at once, so they are made one after the other, never side by side.
_MAKING = threading.Lock()


def load_picture(
    service: AttachmentService,
    attachment: Attachment,
    kind: Kind,
    still_wanted: Callable[[], bool] = lambda: True,
) -> Loaded:
    """The thumbnail or the preview of ``attachment``: the one kept in the journal, else made
    from the file (and kept). Runs on a worker thread."""
    if not still_wanted():
        return Loaded(attachment.digest, kind, None)
    thumbnail, preview = service.pictures(attachment.digest)
    kept = thumbnail if kind is Kind.THUMBNAIL else preview
    side = THUMBNAIL_SIDE if kind is Kind.THUMBNAIL else PREVIEW_SIDE
    if kept:
        image = decode(kept, side)
        if image is not None:
            return Loaded(attachment.digest, kind, image)
    with _MAKING:  # one original at a time: each may take up to the allocation limit
        if not still_wanted():
            return Loaded(attachment.digest, kind, None)
        made = make_pictures(service.data(attachment))
    if made is None:
        return Loaded(attachment.digest, kind, None)
    try:
        service.keep_pictures(
            attachment.digest, thumbnail=made.thumbnail_bytes or None, preview=made.preview_bytes
        )
    except Exception as exc:  # shown anyway; made again next time
        log.warning("keeping the pictures of a file failed: %s", type(exc).__name__)
    return Loaded(
        attachment.digest, kind, made.thumbnail if kind is Kind.THUMBNAIL else made.preview
    )


class PictureLoader(QObject):
    """Hands out the making of thumbnails and previews to worker threads and keeps what came
    back. ``ready`` says a picture of ``digest`` arrived (or failed: see :meth:`failed`)."""

    ready = Signal(str)

    def __init__(self, service: AttachmentService | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._images: dict[tuple[str, Kind], QImage | None] = {}
        self._pending: set[tuple[str, Kind]] = set()
        #: bumped when everything is forgotten: work handed out before is no longer wanted
        self._generation = 0

    def attach(self, service: AttachmentService | None) -> None:
        self.forget()
        self._service = service

    def image(self, attachment: Attachment, kind: Kind) -> QImage | None:
        """The picture if it is here; else None, and it is asked for (``ready`` follows)."""
        key = (attachment.digest, kind)
        if key in self._images:
            return self._images[key]
        self.request(attachment, kind)
        return None

    def has(self, attachment: Attachment, kind: Kind) -> bool:
        return (attachment.digest, kind) in self._images

    def failed(self, attachment: Attachment, kind: Kind) -> bool:
        """True when the picture was looked at and cannot be shown."""
        key = (attachment.digest, kind)
        return key in self._images and self._images[key] is None

    def request(self, attachment: Attachment, kind: Kind) -> None:
        key = (attachment.digest, kind)
        service = self._service
        if service is None or key in self._images or key in self._pending:
            return
        self._pending.add(key)
        generation = self._generation

        def wanted() -> bool:
            return self._generation == generation

        def done(loaded: Loaded) -> None:
            if generation != self._generation:
                return
            self._pending.discard(key)
            self._keep(key, loaded.image)
            self.ready.emit(loaded.digest)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            log.warning("a picture could not be made: %s", type(exc).__name__)
            self._pending.discard(key)
            self._keep(key, None)
            self.ready.emit(attachment.digest)

        run_in_background(
            lambda: load_picture(service, attachment, kind, wanted), done, failed, owner=self
        )

    def _keep(self, key: tuple[str, Kind], image: QImage | None) -> None:
        self._images[key] = image
        kind = key[1]
        same = [k for k in self._images if k[1] is kind]
        for old in same[: max(0, len(same) - KEPT_IN_MEMORY[kind.value])]:
            del self._images[old]  # the oldest first (a dict keeps the order they came in)

    def forget(self) -> None:
        """Drop every picture (Companion locks); work still running is no longer wanted."""
        self._generation += 1
        self._images.clear()
        self._pending.clear()


def placeholder(size: QSize, colour: QColor) -> QImage:
    """A plain picture in ``colour`` (where a picture is still coming, or cannot be shown)."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(colour)
    return image
