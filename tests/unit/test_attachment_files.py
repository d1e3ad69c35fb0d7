"""Checking files before they are kept with an entry, and taking location out of photos."""

from __future__ import annotations

import io
import struct

import pytest

from companion.domain.attachments import (
    MAX_FILE_BYTES,
    AttachmentRefused,
    RefusalReason,
    short_name,
)
from companion.formats.attachment_files import check, sniff, strip_metadata
from tests.support import attachment_samples as samples


@pytest.mark.parametrize(
    ("make", "name", "media_type"),
    [
        (samples.jpeg, "photo.JPG", "image/jpeg"),
        (samples.png, "drawing.png", "image/png"),
        (samples.gif, "moving.gif", "image/gif"),
        (samples.webp, "phone.webp", "image/webp"),
        (samples.pdf, "worksheet.pdf", "application/pdf"),
        (lambda: b"Dear me,\nthank you.\n", "letter.txt", "text/plain"),
    ],
)
def test_each_kept_kind_is_recognised_by_its_bytes(make, name, media_type) -> None:  # type: ignore[no-untyped-def]
    checked = check(name, make())
    assert checked.media_type == media_type
    assert checked.name == name


def test_image_dimensions_come_from_the_header() -> None:
    checked = check("p.jpg", samples.jpeg(64, 48))
    assert (checked.width, checked.height) == (64, 48)
    assert (
        check("p.png", samples.png(40, 30)).width,
        check("p.webp", samples.webp(32, 31)).height,
    ) == (
        40,
        31,
    )


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("holiday.jpg", samples.png(), RefusalReason.NOT_WHAT_NAME_SAYS),
        ("invoice.pdf", b"MZ\x90\x00\x03" + bytes(200), RefusalReason.NOT_WHAT_NAME_SAYS),
        ("notes.txt", b"\x00\x01\x02binary", RefusalReason.NOT_WHAT_NAME_SAYS),
        ("setup.exe", b"MZ\x90\x00\x03" + bytes(200), RefusalReason.UNSUPPORTED),
        ("report.docx", b"plain words pretending", RefusalReason.NOT_WHAT_NAME_SAYS),
        ("empty.png", b"", RefusalReason.EMPTY),
        ("bomb.png", samples.png_claiming(100_000, 100_000), RefusalReason.IMAGE_TOO_LARGE),
        ("wide.png", samples.png_claiming(30_000, 10), RefusalReason.IMAGE_TOO_LARGE),
        ("cut.pdf", samples.pdf()[:-40], RefusalReason.DAMAGED),
        ("cut.jpg", samples.jpeg()[:30], RefusalReason.DAMAGED),
        ("zero.png", samples.png_claiming(0, 10), RefusalReason.DAMAGED),
    ],
)
def test_bad_files_are_refused_with_their_reason(name: str, data: bytes, reason) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(AttachmentRefused) as refused:
        check(name, data)
    assert refused.value.reason is reason
    message = str(refused.value)
    assert short_name(name) in message and "{" not in message


def test_a_file_over_the_limit_is_refused() -> None:
    with pytest.raises(AttachmentRefused) as refused:
        check("big.txt", b"a" * (MAX_FILE_BYTES + 1))
    assert refused.value.reason is RefusalReason.TOO_LARGE
    assert "30 MB" in str(refused.value)


def test_a_file_without_extension_gets_one_from_what_it_is() -> None:
    assert check("scan", samples.pdf()).name == "scan.pdf"


def test_names_lose_folders_and_control_characters_and_keep_their_extension() -> None:
    assert short_name("C:\\Users\\me\\a\x1b[31mb.png") == "a[31mb.png"
    long = short_name("x" * 300 + ".jpeg")
    assert len(long) <= 120 and long.endswith(".jpeg")
    assert short_name("../../") == "file"


def _exif(data: bytes) -> dict[int, object]:
    from PIL import Image

    return dict(Image.open(io.BytesIO(data)).getexif())


def test_photo_location_and_camera_go_and_orientation_stays() -> None:
    from PIL import Image

    photo = samples.jpeg(orientation=6, gps=True, comment=b"Zebracanary comment")
    assert 0x8825 in _exif(photo)
    clean = strip_metadata(photo, "image/jpeg")
    assert b"Zebracanary" not in clean and b"CameraMaker" not in clean
    exif = _exif(clean)
    assert exif == {0x0112: 6}
    decoded = Image.open(io.BytesIO(clean))
    decoded.load()
    assert decoded.size == (64, 48)


def test_photo_without_metadata_still_decodes_after_stripping() -> None:
    from PIL import Image

    clean = strip_metadata(samples.jpeg(), "image/jpeg")
    assert _exif(clean) == {}
    Image.open(io.BytesIO(clean)).load()


def test_png_text_chunks_go() -> None:
    from PIL import Image

    data = samples.png(text={"Comment": "Zebracanary4417", "GPS": "52.5,13.4"})
    assert b"Zebracanary4417" in data
    clean = strip_metadata(data, "image/png")
    assert b"Zebracanary4417" not in clean and b"52.5" not in clean
    image = Image.open(io.BytesIO(clean))
    image.load()
    assert image.size == (40, 30)


def test_webp_exif_goes() -> None:
    from PIL import Image

    data = samples.webp(gps=True)
    assert b"Exif" in data or b"EXIF" in data
    clean = strip_metadata(data, "image/webp")
    assert b"EXIF" not in clean
    image = Image.open(io.BytesIO(clean))
    image.load()
    assert image.size == (32, 32) and not image.getexif()


def test_other_kinds_come_back_as_they_are_and_broken_structures_not_at_all() -> None:
    pdf = samples.pdf()
    assert strip_metadata(pdf, "application/pdf") is pdf
    odd = b"\xff\xd8\xff\xe0\x00\x10JFIF"  # cut off: its structure cannot be followed
    assert strip_metadata(odd, "image/jpeg") is None


def _decodes_as(data: bytes, original: bytes) -> None:
    from PIL import Image

    before, after = Image.open(io.BytesIO(original)), Image.open(io.BytesIO(data))
    assert before.convert("RGB").tobytes() == after.convert("RGB").tobytes()


def test_what_follows_a_photo_goes_with_its_location() -> None:
    """A phone's "motion photo" appends a video (with its own GPS) after the picture, a
    camera a second picture with its own EXIF: nothing after the end of the image is kept."""
    photo = samples.jpeg(gps=True)
    video = b"\x00\x00\x00\x18ftypmp42" + b"+52.5200+013.4050/" + bytes(64)
    second = samples.jpeg(16, 16, gps=True)
    for tail in (video, second):
        clean = strip_metadata(photo + tail, "image/jpeg")
        assert clean is not None
        assert b"+52.5200" not in clean and b"CameraMaker" not in clean
        assert clean.endswith(b"\xff\xd9") and clean.count(b"\xff\xd8") == 1
        _decodes_as(clean, photo)


def test_metadata_between_the_scans_of_a_progressive_photo_goes() -> None:
    from PIL import Image

    out = io.BytesIO()
    Image.frombytes("RGB", (64, 48), bytes(range(256)) * 36).save(out, "JPEG", progressive=True)
    progressive = out.getvalue()
    second_scan = progressive.index(b"\xff\xda", progressive.index(b"\xff\xda") + 2)
    exif = b"Exif\x00\x00MM\x00\x2aZebraGPS"
    segment = b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif
    hostile = progressive[:second_scan] + segment + progressive[second_scan:]
    clean = strip_metadata(hostile, "image/jpeg")
    assert clean is not None and b"ZebraGPS" not in clean
    _decodes_as(clean, progressive)


@pytest.mark.parametrize(
    ("media_type", "make"),
    [
        ("image/png", lambda: samples.png(text={"GPS": "52.5"})[:-4]),  # IEND without CRC
        ("image/webp", lambda: samples.webp(gps=True)[:-2]),  # a chunk cut short
        ("image/webp", lambda: samples.webp() + b"EXIF" + struct.pack("<I", 2**31) + b"x"),
        ("image/jpeg", lambda: samples.jpeg(gps=True)[:-2]),  # no end of image
    ],
)
def test_a_photo_whose_details_cannot_be_found_to_their_end_is_not_kept(media_type, make) -> None:  # type: ignore[no-untyped-def]
    assert strip_metadata(make(), media_type) is None


def test_a_jpeg_of_countless_tiny_segments_is_refused_quickly() -> None:
    photo = samples.jpeg()
    filler = b"\xff\xfe\x00\x02" * 1_000_000  # a million empty comments
    hostile = photo[:2] + filler + photo[2:]
    with pytest.raises(AttachmentRefused) as refused:
        check("many.jpg", hostile)
    assert refused.value.reason is RefusalReason.DAMAGED
    assert strip_metadata(hostile, "image/jpeg") is None


def test_a_frame_header_too_short_for_a_size_is_damaged() -> None:
    photo = samples.jpeg()
    at = photo.index(b"\xff\xc0")
    broken = photo[:at] + b"\xff\xc0\x00\x02" + photo[at:]
    with pytest.raises(AttachmentRefused) as refused:
        check("short.jpg", broken)
    assert refused.value.reason is RefusalReason.DAMAGED


def test_sniff_does_not_take_binary_for_text() -> None:
    assert sniff(b"\xfe\xff\x00a") is None
    assert sniff("Grüße, tschüss\n".encode()) == "text/plain"
