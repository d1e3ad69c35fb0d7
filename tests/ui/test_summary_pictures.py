"""Pictures in the summary's files: made ready for print (upright, the page's width at most,
never enlarged, about 150 dpi, on white), shown in the PDF and the web page, named in
Markdown; a file that is not a picture Qt can read becomes a note."""

from __future__ import annotations

import base64
import re
import subprocess
from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QImage

from companion.export.print_pictures import PrintPictures, make_ready, ready_for_print
from companion.export.render_html import render_html
from companion.export.render_markdown import markdown_files, render_markdown
from companion.export.render_pdf import render_pdf, write_pdf
from companion.export.summary_files import SummaryFormat, write_summary
from companion.export.summary_model import Note, Picture, Section, Subheading
from tests.support import attachment_samples as samples
from tests.unit.test_summary_render import DOC


def raw(data: bytes, media_type: str = "image/jpeg", name: str = "photo.jpg") -> Picture:
    image = QImage.fromData(data)
    return Picture("picture-7", name, data, media_type, image.width(), image.height())


def with_pictures(*blocks: object) -> object:
    section = Section("journal", "From my journal", (Subheading("A day", "2 Mar 2026"), *blocks))
    return replace(DOC, sections=(section,), overview=())


def pdf_images(path: Path) -> list[list[str]]:
    listed = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, check=True)
    return [row.split() for row in listed.stdout.decode().splitlines()[2:]]


def test_a_photo_on_its_side_is_turned_upright() -> None:
    ready = make_ready(raw(samples.jpeg(64, 48, orientation=6)))
    assert isinstance(ready, Picture) and ready.ready
    assert (ready.width_px, ready.height_px) == (48, 64)
    decoded = QImage.fromData(ready.data)
    assert (decoded.width(), decoded.height()) == (48, 64)


def test_a_large_photo_is_scaled_to_the_page_at_150_dpi() -> None:
    photo = samples.jpeg(2250, 1500, noise=True, quality=95)
    assert len(photo) > 3_500_000
    ready = make_ready(raw(photo))
    assert isinstance(ready, Picture)
    assert ready.media_type == "image/jpeg"
    assert (ready.width_px, ready.height_px) == (975, 650)  # 6.5 inches at 150 dpi
    assert ready.shown == (624, 416)  # the page's width, in CSS pixels
    assert len(ready.data) < 400_000


def test_a_small_drawing_is_never_enlarged_and_stays_lossless() -> None:
    ready = make_ready(raw(samples.png(40, 30), "image/png", "drawing.png"))
    assert isinstance(ready, Picture)
    assert ready.media_type == "image/png"
    assert (ready.width_px, ready.height_px) == ready.shown == (40, 30)


def test_transparency_is_laid_on_white() -> None:
    clear = QImage(4, 4, QImage.Format.Format_ARGB32)
    clear.fill(0)
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    clear.save(buffer, "PNG")
    ready = make_ready(raw(bytes(data.data()), "image/png", "clear.png"))
    assert isinstance(ready, Picture)
    decoded = QImage.fromData(ready.data)
    assert not decoded.hasAlphaChannel()
    assert decoded.pixelColor(1, 1).name() == "#ffffff"


def test_what_is_not_a_readable_picture_becomes_a_note() -> None:
    for data in (b"\xff\xd8\xff\xe0 not really a jpeg", samples.png_claiming(20_000, 20_000)):
        found = make_ready(raw(data, name="broken.jpg"))
        assert isinstance(found, Note) and "“broken.jpg” could not be included" in found.text
    document = ready_for_print(with_pictures(raw(b"\xff\xd8\xff nothing", name="x.jpg")))
    assert document.pictures() == ()
    assert "could not be included" in render_html(document)


def test_a_picture_is_read_under_an_allocation_limit(qtlog) -> None:
    """81 megapixels (under the most Companion keeps) would take 324 MB decoded: Qt is not
    let to allocate that, and the summary says the picture could not be included."""
    from PySide6.QtGui import QImageReader

    from companion.export.print_pictures import ALLOCATION_LIMIT_MB

    found = make_ready(raw(samples.png_claiming(9_000, 9_000), "image/png", "huge.png"))
    assert isinstance(found, Note)
    assert 0 < QImageReader.allocationLimit() <= ALLOCATION_LIMIT_MB
    assert any("allocation limit" in record.message for record in qtlog.records)


def test_the_pdf_holds_the_picture_as_an_image_and_none_without_it(tmp_path: Path) -> None:
    photo = raw(samples.jpeg(2250, 1500, noise=True, quality=95))
    with_photo = write_pdf(with_pictures(photo), tmp_path / "with.pdf")
    images = pdf_images(with_photo)
    assert len(images) == 1
    assert images[0][3:5] == ["975", "650"]
    assert images[0][8] == "jpeg"  # Qt keeps a photo as JPEG
    assert images[0][12:14] == ["150", "150"]  # pixels per inch as printed
    assert with_photo.stat().st_size < 1_500_000  # the 4 MB photo is not in the file

    without = write_pdf(with_pictures(), tmp_path / "without.pdf")
    assert pdf_images(without) == []
    assert re.search(rb"/Subtype\s*/Image", with_photo.read_bytes())
    assert not re.search(rb"/Subtype\s*/Image", without.read_bytes())


def test_the_web_page_holds_the_ready_picture_and_markdown_names_it(tmp_path: Path) -> None:
    photo = raw(samples.jpeg(2250, 1500, noise=True, quality=95), name="garden.jpg")
    drawing = raw(samples.png(40, 30), "image/png", "drawing.png")
    document = with_pictures(photo, drawing)

    written = write_summary(document, tmp_path / "s.html", SummaryFormat.HTML)
    html = written[0].read_text("utf-8")
    ready = make_ready(photo)
    assert isinstance(ready, Picture)
    assert "data:image/jpeg;base64," + base64.b64encode(ready.data).decode() in html
    assert 'alt="garden.jpg" width="624">' in html
    assert base64.b64encode(photo.data[:3000]).decode()[:400] not in html  # not the original
    assert html == render_html(ready_for_print(document))  # what the preview shows

    md = render_markdown(document)
    assert (
        "*2 pictures with this entry, shown in the PDF and web page versions of this summary: "
        "garden.jpg, drawing.png*"
    ) in md
    assert list(markdown_files(document, tmp_path / "s.md")) == [tmp_path / "s.md"]
    one = render_markdown(with_pictures(drawing))
    assert "*1 picture with this entry" in one


def test_pictures_made_once_while_the_dialog_builds_again() -> None:
    from datetime import datetime

    from companion.domain.attachments import Attachment

    loads: list[int] = []
    photo = samples.jpeg(300, 200)

    def load() -> bytes:
        loads.append(1)
        return photo

    def attachment(attachment_id: int, name: str) -> Attachment:
        return Attachment(
            attachment_id, 1, "d" * 64, name, "image/jpeg", len(photo), 300, 200, 0, datetime.now()
        )

    maker = PrintPictures()
    first = maker(attachment(1, "a.jpg"), load)
    again = maker(attachment(2, "b.jpg"), load)  # the same file kept with another entry
    assert loads == [1]
    assert isinstance(first, Picture) and isinstance(again, Picture)
    assert (first.key, again.key, again.name) == ("picture-1", "picture-2", "b.jpg")
    assert first.data == again.data


def test_a_pdf_of_three_4_mb_photos_stays_small(tmp_path: Path) -> None:
    photos = [
        replace(raw(samples.jpeg(2250 + i, 1500, noise=True, quality=95)), key=f"picture-{i}")
        for i in range(3)
    ]
    pdf = render_pdf(with_pictures(*photos))
    assert len(pdf) < 3 * 1_200_000


def test_a_picture_moved_to_the_next_page_leaves_no_line_on_the_page_before(
    tmp_path: Path,
) -> None:
    """A picture that does not fit below the text starts the next page; the page before
    showed its top edge as a thin blue line along the bottom of its text."""
    import io

    from PIL import Image as PillowImage

    from companion.export.render_pdf import Paper
    from companion.export.summary_model import Paragraph

    blue = io.BytesIO()
    PillowImage.new("RGB", (1300, 900), (30, 90, 230)).save(blue, "JPEG")
    picture = Picture("picture-1", "blue.jpg", blue.getvalue(), "image/jpeg", 1300, 900)
    filler = tuple(Paragraph((f"Line {i} of text that fills the page.",)) for i in range(22))
    path = write_pdf(with_pictures(*filler, picture), tmp_path / "s.pdf", Paper.A4)
    assert [row[0] for row in pdf_images(path)][-1] == "2"  # the picture is on page 2
    subprocess.run(
        ["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")],
        check=True,
    )
    (first,) = tmp_path.glob("p-*1.png")
    page = QImage(str(first))
    bluish = [
        y
        for y in range(page.height())
        for x in range(100, page.width() - 100, 7)
        if page.pixelColor(x, y).blue() > 180 and page.pixelColor(x, y).red() < 120
    ]
    assert bluish == []


def _image_blocks(preview) -> list[tuple[float, float]]:
    """Width and height of each block of the preview that holds an image."""
    document = preview.document()
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().isImageFormat():
                rect = document.documentLayout().blockBoundingRect(block)
                found.append((rect.width(), rect.height()))
                break
            it += 1
        block = block.next()
    return found


def test_a_narrow_preview_keeps_each_pictures_shape(qtbot) -> None:
    """The preview made a picture (and a chart) as narrow as itself but kept its height, so
    a round sun showed as an upright oval."""
    from companion.export.summary_model import Image
    from companion.ui.export.preview import SummaryPreview

    photo = make_ready(raw(samples.jpeg(1500, 1000)))
    chart = Image("mood", "Chart: mood", samples.png(1300, 680), 1300, 680, 200)
    preview = SummaryPreview()
    qtbot.addWidget(preview)
    preview.resize(400, 700)
    preview.show()
    preview.show_document(with_pictures(photo, chart))
    shapes = _image_blocks(preview)
    assert len(shapes) == 2
    for (width, height), expected in zip(shapes, (1500 / 1000, 1300 / 680), strict=True):
        assert width < 400
        assert abs(width / height - expected) < 0.05, (width, height)
