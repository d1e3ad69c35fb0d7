"""Checking a file before it is kept with an entry, and taking location out of photos.

Everything here reads bytes with the standard library only (no image library): what a file
is comes from its first bytes, an image's size from its header (so that an image claiming
huge dimensions is refused before anything tries to draw it), and a PDF or text file is
checked for being whole. :func:`strip_metadata` removes from JPEG, PNG and WebP files the
parts that can hold where and when a photo was taken and with what (EXIF, XMP, IPTC, text
chunks), keeping only the EXIF orientation so that a photo still shows the right way up.
"""

from __future__ import annotations

import contextlib
import struct
from collections.abc import Iterator
from pathlib import PurePath

from companion.domain.attachments import (
    MAX_FILE_BYTES,
    MAX_PIXELS,
    MAX_SIDE,
    MEDIA_TYPES,
    AttachmentKind,
    AttachmentRefused,
    CheckedFile,
    RefusalReason,
    short_name,
)


class _Damaged(ValueError):
    pass


def sniff(data: bytes) -> str | None:
    """The media type the bytes are, of those Companion keeps (text only when it is UTF-8
    without control characters other than whitespace); None for anything else."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:1024].lstrip(b"\xef\xbb\xbf\r\n\t ").startswith(b"%PDF-"):
        return "application/pdf"
    if _is_text(data):
        return "text/plain"
    return None


_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif")


def is_heif(data: bytes) -> bool:
    """True for an HEIC or AVIF photo (an iPhone's usual kind), which Qt cannot show."""
    return data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS


def _plain_bytes(data: bytes) -> bool:
    """True for text in an older 8-bit encoding (a letter saved on Windows years ago): no
    NUL or other control bytes than whitespace."""
    return not any(b < 32 and b not in b"\n\r\t\f" for b in data) and b"\x7f" not in data


def _is_text(data: bytes) -> bool:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return not any(ord(c) < 32 and c not in "\n\r\t\f" for c in text)


def media_type_for_name(name: str) -> str | None:
    """The media type a file's name says it is (by its extension), or None."""
    suffix = PurePath(name).suffix.lower()
    for media_type, (_kind, suffixes) in MEDIA_TYPES.items():
        if suffix in suffixes:
            return media_type
    return None


# -- image sizes from headers ------------------------------------------------------------------


def image_size(data: bytes, media_type: str) -> tuple[int, int]:
    """Width and height an image's header gives; raises ValueError for a damaged header."""
    try:
        if media_type == "image/png":
            if data[12:16] != b"IHDR":
                raise _Damaged
            width, height = struct.unpack(">II", data[16:24])
            return int(width), int(height)
        if media_type == "image/gif":
            width, height = struct.unpack("<HH", data[6:10])
            return int(width), int(height)
        if media_type == "image/webp":
            return _webp_size(data)
        if media_type == "image/jpeg":
            return _jpeg_size(data)
    except struct.error as error:
        raise _Damaged from error
    raise _Damaged


def _webp_size(data: bytes) -> tuple[int, int]:
    chunk = data[12:16]
    if chunk == b"VP8X":
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return width, height
    if chunk == b"VP8 ":
        if data[23:26] != b"\x9d\x01\x2a":
            raise _Damaged
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L":
        if data[20:21] != b"\x2f":
            raise _Damaged
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    raise _Damaged


_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


#: Most segments a JPEG may have before its image data (real ones have a few dozen): a file
#: made of millions of tiny segments is refused as damaged rather than walked.
MAX_JPEG_SEGMENTS = 4096


def _jpeg_segments(data: bytes, *, whole: bool = False) -> Iterator[tuple[int, int, int]]:
    """(marker, start of the segment's marker, end of the segment) for each segment: up to
    and including the first start of scan, or with ``whole`` every segment of the image (the
    image data of each scan is skipped, and is not a segment) and last the end of image
    (``0xD9``, with its end). Anything after the end of image is not read. Raises _Damaged
    when the structure is broken or has too many segments."""
    at, count, size = 2, 0, len(data)
    while True:
        count += 1
        if count > MAX_JPEG_SEGMENTS:
            raise _Damaged
        if at + 2 > size or data[at] != 0xFF:
            raise _Damaged
        while at + 1 < size and data[at + 1] == 0xFF:
            at += 1  # fill bytes
        if at + 2 > size:
            raise _Damaged
        marker = data[at + 1]
        if marker == 0xD9:
            yield marker, at, at + 2
            return
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:
            yield marker, at, at + 2
            at += 2
            continue
        if at + 4 > size:
            raise _Damaged
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        if length < 2 or at + 2 + length > size:
            raise _Damaged
        yield marker, at, at + 2 + length
        at += 2 + length
        if marker == 0xDA:  # start of scan: the image data follows
            if not whole:
                return
            at = _after_scan(data, at)


def _after_scan(data: bytes, at: int) -> int:
    """Where the image data of a scan starting at ``at`` ends: at the next marker that is
    not a stuffed 0xFF byte or a restart marker."""
    while True:
        at = data.find(b"\xff", at)
        if at < 0 or at + 1 >= len(data):
            raise _Damaged  # the image data never ends
        following = data[at + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
            at += 1 if following == 0xFF else 2
            continue
        return at


def _jpeg_size(data: bytes) -> tuple[int, int]:
    for marker, start, end in _jpeg_segments(data):
        if marker in _SOF:
            if end - start < 11:  # a frame header too short to hold its size
                raise _Damaged
            height, width = struct.unpack(">HH", data[start + 5 : start + 9])
            return int(width), int(height)
    raise _Damaged


# -- checking ----------------------------------------------------------------------------------


def _check_pdf(data: bytes) -> None:
    tail = data[-2048:]
    if b"%%EOF" not in tail or b"startxref" not in tail:
        raise _Damaged


def check(name: str, data: bytes) -> CheckedFile:
    """The file ``name`` with ``data``, checked for being one Companion keeps, being what its
    name says and being whole; raises :class:`AttachmentRefused` with the reason otherwise."""
    shown = short_name(name)
    if not data:
        raise AttachmentRefused(RefusalReason.EMPTY, shown)
    if len(data) > MAX_FILE_BYTES:
        raise AttachmentRefused(RefusalReason.TOO_LARGE, shown)
    named = media_type_for_name(shown)
    actual = sniff(data)
    if actual is None and named == "text/plain" and _plain_bytes(data):
        actual = "text/plain"  # not UTF-8, yet plainly text: kept as it is
    if actual is None and is_heif(data):
        raise AttachmentRefused(RefusalReason.HEIC, shown)
    if actual is None:
        reason = RefusalReason.NOT_WHAT_NAME_SAYS if named else RefusalReason.UNSUPPORTED
        raise AttachmentRefused(reason, shown)
    if named is not None and named != actual:
        raise AttachmentRefused(RefusalReason.NOT_WHAT_NAME_SAYS, shown)
    if named is None and PurePath(shown).suffix and actual == "text/plain":
        # "notes.docx" that happens to be plain text is still not what its name says
        raise AttachmentRefused(RefusalReason.NOT_WHAT_NAME_SAYS, shown)
    width = height = None
    try:
        if MEDIA_TYPES[actual][0] is AttachmentKind.IMAGE:
            width, height = image_size(data, actual)
            if width <= 0 or height <= 0:
                raise _Damaged
            if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
                raise AttachmentRefused(RefusalReason.IMAGE_TOO_LARGE, shown)
        elif actual == "application/pdf":
            _check_pdf(data)
    except _Damaged:
        raise AttachmentRefused(RefusalReason.DAMAGED, shown) from None
    if named is None:
        shown = f"{shown}{MEDIA_TYPES[actual][1][0]}"
    return CheckedFile(shown, actual, data, width, height)


# -- taking location (and other details) out of photos ---------------------------------------


def strip_metadata(data: bytes, media_type: str) -> bytes | None:
    """``data`` without what can tell where, when and with what a photo was taken; other
    kinds come back as they are. None when the structure of a JPEG, PNG or WebP file cannot
    be followed to its end: what it holds cannot be known to be gone, so it is not kept."""
    try:
        if media_type == "image/jpeg":
            return _strip_jpeg(data)
        if media_type == "image/png":
            return _strip_png(data)
        if media_type == "image/webp":
            return _strip_webp(data)
    except (_Damaged, struct.error):
        return None
    return data


_EXIF = b"Exif\x00\x00"


def _orientation(exif: bytes) -> int | None:
    """The orientation (1-8) in an EXIF block (after the "Exif" header), if it has one."""
    if exif[:2] == b"II":
        order = "<"
    elif exif[:2] == b"MM":
        order = ">"
    else:
        return None
    (first,) = struct.unpack(order + "I", exif[4:8])
    (count,) = struct.unpack(order + "H", exif[first : first + 2])
    for i in range(count):
        at = first + 2 + 12 * i
        tag, kind, _n = struct.unpack(order + "HHI", exif[at : at + 8])
        if tag == 0x0112 and kind == 3:
            (value,) = struct.unpack(order + "H", exif[at + 8 : at + 10])
            return int(value) if 1 <= value <= 8 else None
    return None


def _orientation_only(orientation: int) -> bytes:
    """An APP1 EXIF segment that holds nothing but an orientation."""
    tiff = b"MM\x00\x2a" + struct.pack(">I", 8)
    tiff += struct.pack(">H", 1) + struct.pack(">HHIHH", 0x0112, 3, 1, orientation, 0)
    tiff += struct.pack(">I", 0)
    body = _EXIF + tiff
    return b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body


def _strip_jpeg(data: bytes) -> bytes:
    """The image without metadata segments anywhere (before the image data and between the
    scans of a progressive JPEG) and without anything after its end (a phone's "motion photo"
    appends a video there, a camera a second image with its own EXIF)."""
    kept = [data[:2]]
    orientation: int | None = None
    end_of_image = None
    previous_end = 2
    for marker, start, end in _jpeg_segments(data, whole=True):
        if start > previous_end:
            kept.append(data[previous_end:start])  # a scan's image data
        previous_end = end
        if marker == 0xD9:
            end_of_image = end
            kept.append(data[start:end])
            break
        payload = data[start + 4 : end]
        if marker == 0xE1 and payload.startswith(_EXIF):
            with contextlib.suppress(struct.error):
                orientation = orientation or _orientation(payload[len(_EXIF) :])
            continue
        if marker in (0xE1, 0xED, 0xFE) or 0xE3 <= marker <= 0xEC:
            continue  # XMP, IPTC/Photoshop, comments, maker segments
        if marker == 0xE2 and payload.startswith(b"MPF\x00"):
            continue  # the index of the images after this one, which are not kept
        kept.append(data[start:end])
    if end_of_image is None:
        raise _Damaged
    if orientation and orientation != 1:
        after = 2 if len(kept) > 1 and kept[1].startswith(b"\xff\xe0") else 1  # after JFIF
        kept.insert(after, _orientation_only(orientation))
    return b"".join(kept)


_PNG_DROP = {b"eXIf", b"tEXt", b"iTXt", b"zTXt", b"tIME"}


def _strip_png(data: bytes) -> bytes:
    out = [data[:8]]
    at = 8
    while at < len(data):
        if at + 12 > len(data):
            raise _Damaged
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind = data[at + 4 : at + 8]
        end = at + 12 + length
        if end > len(data):
            raise _Damaged
        if kind not in _PNG_DROP:
            out.append(data[at:end])
        at = end
        if kind == b"IEND":
            return b"".join(out)  # anything after the end is not kept
    raise _Damaged


def _strip_webp(data: bytes) -> bytes:
    chunks = []
    at = 12
    while at + 8 <= len(data):
        kind = data[at : at + 4]
        (length,) = struct.unpack("<I", data[at + 4 : at + 8])
        end = at + 8 + length + (length & 1)
        if end > len(data) + 1:
            raise _Damaged
        if kind not in (b"EXIF", b"XMP "):
            chunk = bytearray(data[at:end])
            if kind == b"VP8X":
                chunk[8] &= ~0x0C & 0xFF  # no EXIF, no XMP any more
            chunks.append(bytes(chunk))
        at = end
    body = b"WEBP" + b"".join(chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body
