"""The export dialog and pictures: each entry with pictures has a row "With 1 picture",
off by default and usable only while its entry is ticked; ticking it (a real click on its
box) puts the picture in the preview exactly as in the file; saving remembers the choice;
a private entry's pictures are not even listed."""

from __future__ import annotations

import base64
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QPixmap, QTextDocument
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTreeWidget, QTreeWidgetItem

from companion.export.summary_files import SummaryFormat
from companion.services.attachments import AttachmentService
from companion.services.profile import UnlockedProfile
from companion.ui.export import ExportSummaryDialog
from tests.support import summary_data as data


@pytest.fixture
def scenario(profile: UnlockedProfile) -> tuple[data.Scenario, data.Pictures]:
    scenario = data.fill(profile)
    return scenario, data.add_pictures(profile, scenario)


def open_dialog(qtbot, profile: UnlockedProfile) -> ExportSummaryDialog:
    dialog = ExportSummaryDialog(profile)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def tree(dialog: ExportSummaryDialog) -> QTreeWidget:
    return dialog._items


def row(dialog: ExportSummaryDialog, kind: str, value: object) -> QTreeWidgetItem:
    from PySide6.QtCore import Qt

    for item in tree(dialog).rows():
        if item.data(0, Qt.ItemDataRole.UserRole) == (kind, value):
            return item
    raise AssertionError(f"no row {kind} {value}")


def click_box(qtbot, dialog: ExportSummaryDialog, item: QTreeWidgetItem) -> None:
    """A click on the row's check box, where the style draws it."""
    from PySide6.QtCore import Qt

    view = tree(dialog)
    view.scrollToItem(item)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualItemRect(item)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def preview_images(dialog: ExportSummaryDialog) -> list[QImage]:
    """The pictures the preview has drawn from its HTML (its data: URIs, decoded by Qt)."""
    from PySide6.QtGui import QTextImageFormat

    found = []
    document = dialog.preview.document()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isImageFormat():
                name = QTextImageFormat(fragment.charFormat()).name()
                if name.startswith("data:image/jpeg"):
                    image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
                    found.append(image.toImage() if isinstance(image, QPixmap) else image)
            it += 1
        block = block.next()
    return found


def test_the_pictures_row_is_off_by_default_and_a_click_shows_the_picture(
    qtbot, profile: UnlockedProfile, scenario, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    found, _pictures = scenario
    dialog = open_dialog(qtbot, profile)
    listed = "\n".join(dialog.listed_texts())
    assert "With 1 picture" in listed
    assert data.PRIVATE_PICTURE not in listed and data.SHARED_FILE not in listed
    shared = row(dialog, "pictures", found.shared_entry)
    assert shared.text(0) == "With 1 picture"
    assert shared.checkState(0) == Qt.CheckState.Unchecked and not shared.isDisabled()
    assert "<img" not in dialog.preview_html.split('id="journal"')[1]
    assert preview_images(dialog) == []

    click_box(qtbot, dialog, shared)
    assert shared.checkState(0) == Qt.CheckState.Checked
    qtbot.waitUntil(lambda: "data:image/jpeg" in dialog.preview_html)
    assert f'alt="{data.SHARED_PICTURE}"' in dialog.preview_html
    (shown,) = preview_images(dialog)
    assert (shown.width(), shown.height()) == data.SHARED_PICTURE_SIZE
    assert shown.pixelColor(10, 10).red() > 150  # the orange photo, drawn

    html_path = tmp_path / "s.html"
    assert dialog.export_to(html_path, SummaryFormat.HTML) == [html_path]
    assert html_path.read_text("utf-8") == dialog.preview_html


def test_the_pictures_row_works_only_while_its_entry_is_ticked(
    qtbot, profile: UnlockedProfile, scenario
) -> None:
    from PySide6.QtCore import Qt

    found, _pictures = scenario
    dialog = open_dialog(qtbot, profile)
    plain = row(dialog, "pictures", found.plain_entry)
    assert plain.isDisabled()  # the plain entry is not ticked
    shared_entry = row(dialog, "entry", found.shared_entry)
    shared = row(dialog, "pictures", found.shared_entry)
    click_box(qtbot, dialog, shared)
    click_box(qtbot, dialog, shared_entry)
    assert shared_entry.checkState(0) == Qt.CheckState.Unchecked
    assert shared.isDisabled()
    dialog.refresh_preview()
    assert data.SHARED_PICTURE not in dialog.preview_html  # goes only with its entry
    click_box(qtbot, dialog, shared_entry)
    assert not shared.isDisabled() and shared.checkState(0) == Qt.CheckState.Checked
    dialog.refresh_preview()
    assert data.SHARED_PICTURE in dialog.preview_html


def test_saving_remembers_the_choice_and_the_pdf_holds_the_picture(
    qtbot, profile: UnlockedProfile, scenario, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtCore import Qt

    found, pictures = scenario
    dialog = open_dialog(qtbot, profile)
    click_box(qtbot, dialog, row(dialog, "pictures", found.shared_entry))
    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(dialog, "ask_path", lambda _fmt: target)
    qtbot.mouseClick(dialog._export, Qt.MouseButton.LeftButton)
    assert "Saved to" in dialog.message()
    listed = subprocess.run(["pdfimages", "-list", str(target)], capture_output=True, check=True)
    sizes = [r.split()[3:5] for r in listed.stdout.decode().splitlines()[2:]]
    assert ["64", "48"] in sizes
    assert ["37", "29"] not in sizes  # the private entry's picture, chosen once: never

    files = profile.service(AttachmentService)
    assert files.get(pictures.shared_picture).in_summary
    assert not files.get(pictures.plain_picture).in_summary
    again = open_dialog(qtbot, profile)
    assert row(again, "pictures", found.shared_entry).checkState(0) == Qt.CheckState.Checked
    assert data.SHARED_PICTURE in again.preview_html


def test_a_half_chosen_entry_says_so_and_a_click_takes_all(
    qtbot, profile: UnlockedProfile, scenario
) -> None:
    from PySide6.QtCore import Qt

    from tests.support import attachment_samples as samples

    found, pictures = scenario
    files = profile.service(AttachmentService)
    second = files.add(found.shared_entry, "zqsecond.png", samples.png(20, 10))
    files.set_in_summary(second.id, True)
    dialog = open_dialog(qtbot, profile)
    shared = row(dialog, "pictures", found.shared_entry)
    assert shared.text(0) == "With 1 of 2 pictures"
    assert shared.checkState(0) == Qt.CheckState.PartiallyChecked
    assert dialog.selection().pictures == {second.id}
    click_box(qtbot, dialog, shared)
    assert shared.checkState(0) == Qt.CheckState.Checked
    assert shared.text(0) == "With 2 pictures"
    assert dialog.selection().pictures == {second.id, pictures.shared_picture}


def test_the_picture_in_the_html_is_the_one_made_for_print(
    qtbot, profile: UnlockedProfile, tmp_path: Path
) -> None:
    """A 4 MB photo lying on its side: the page gets it upright, 975 pixels wide at most."""
    from tests.support import attachment_samples as samples

    found = data.fill(profile)
    files = profile.service(AttachmentService)
    photo = samples.jpeg(1500, 2250, noise=True, quality=95, orientation=6)
    added = files.add(found.shared_entry, "side.jpg", photo)
    files.set_in_summary(added.id, True)
    dialog = open_dialog(qtbot, profile)
    (picture,) = dialog.document().pictures()
    assert (picture.width_px, picture.height_px) == (975, 650)
    assert picture.shown == (624, 416)
    encoded = base64.b64encode(picture.data).decode()
    assert encoded in dialog.preview_html
    assert len(dialog.preview_html) < 600_000


def test_pictures_are_made_ready_off_the_ui_thread(
    qtbot, profile: UnlockedProfile, scenario, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading and scaling a chosen photo (a tenth of a second for a 4 MB one) happens on a
    worker thread; the dialog says it is getting them ready, then shows them."""
    import threading

    from companion.export import print_pictures

    found, _pictures = scenario
    threads: list[threading.Thread] = []
    real = print_pictures.make_ready

    def make_ready(picture):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(picture)

    monkeypatch.setattr(print_pictures, "make_ready", make_ready)
    dialog = open_dialog(qtbot, profile)
    click_box(qtbot, dialog, row(dialog, "pictures", found.shared_entry))
    qtbot.waitUntil(lambda: "data:image/jpeg" in dialog.preview_html)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert dialog._message.text() == ""
    dialog.refresh_preview()  # ready now: building again makes nothing
    assert len(threads) == 1
