"""Small real files of every kind Companion keeps with entries, made in memory for tests
(images with Pillow, which matplotlib brings), some with location details or a canary in
their metadata."""

from __future__ import annotations

import io
import struct
import zlib

#: GPS latitude as EXIF stores it (degrees, minutes, seconds) that a test looks for
GPS_LATITUDE = (52.0, 31.0, 12.34)


def jpeg(
    width: int = 64,
    height: int = 48,
    *,
    orientation: int | None = None,
    gps: bool = False,
    comment: bytes | None = None,
    quality: int = 85,
    noise: bool = False,
) -> bytes:
    from PIL import Image

    image = Image.new("RGB", (width, height), (200, 120, 40))
    if noise:
        image = Image.frombytes("RGB", (width, height), _noise(width * height * 3))
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    if gps:
        exif[0x010F] = "CameraMaker"
        gps_ifd = exif.get_ifd(0x8825)
        gps_ifd[1] = "N"
        gps_ifd[2] = GPS_LATITUDE
    out = io.BytesIO()
    extra = {"comment": comment} if comment else {}
    image.save(out, "JPEG", exif=exif.tobytes(), quality=quality, **extra)
    return out.getvalue()


def _noise(n: int) -> bytes:
    import random

    rng = random.Random(n)
    return rng.randbytes(n)


def png(width: int = 40, height: int = 30, *, text: dict[str, str] | None = None) -> bytes:
    from PIL import Image, PngImagePlugin

    info = PngImagePlugin.PngInfo()
    for key, value in (text or {}).items():
        info.add_text(key, value)
        info.add_itxt(key + "i", value)
    out = io.BytesIO()
    Image.new("RGBA", (width, height), (10, 200, 90, 255)).save(out, "PNG", pnginfo=info)
    return out.getvalue()


def webp(width: int = 32, height: int = 32, *, gps: bool = False) -> bytes:
    from PIL import Image

    exif = Image.Exif()
    if gps:
        exif.get_ifd(0x8825)[2] = GPS_LATITUDE
    out = io.BytesIO()
    Image.new("RGB", (width, height), (1, 2, 3)).save(out, "WEBP", exif=exif.tobytes())
    return out.getvalue()


def gif() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("P", (8, 8)).save(out, "GIF")
    return out.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` x ``height`` (an image bomb's first bytes)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    ihdr = b"IHDR" + header
    chunk = struct.pack(">I", len(header)) + ihdr + struct.pack(">I", zlib.crc32(ihdr))
    idat = b"IDAT" + zlib.compress(b"\x00" * 64)
    chunk += struct.pack(">I", len(idat) - 4) + idat + struct.pack(">I", zlib.crc32(idat))
    end = b"IEND"
    chunk += struct.pack(">I", 0) + end + struct.pack(">I", zlib.crc32(end))
    return b"\x89PNG\r\n\x1a\n" + chunk


def pdf(text: str = "Worksheet") -> bytes:
    """A small, whole, one-page PDF with ``text`` in its content stream (uncompressed)."""
    stream = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out
