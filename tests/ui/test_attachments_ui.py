"""Files kept with journal entries, as a client uses them in the window: adding (the button,
dropping, pasting), what is refused, removing with Undo, opening a readable copy (private,
gone after locking and quitting), the read view, thumbnails made off the UI thread, pictures
that cannot be shown, and every view kept current through the change feed."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QImage, QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from companion.domain.attachments import CheckedFile
from companion.domain.journal import EntryDraft
from companion.services.attachments import AttachmentService
from companion.ui.attachments import pictures
from companion.ui.attachments.entry_files import OpeningNote
from companion.ui.attachments.opened_files import PREFIX, OpenedFiles, sweep_leftovers
from companion.ui.attachments.pictures import Kind
from companion.ui.attachments.strip import AttachmentStrip
from companion.ui.journal.editor import EntryEditor
from companion.ui.main_window import MainWindow
from companion.ui.preferences import OPENING_FILES_EXPLAINED, Preferences
from companion.ui.tasks import wait_for_background_work
from tests.support import attachment_samples as samples

WAIT = 5000


@pytest.fixture(autouse=True)
def runtime_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Opened files go to a runtime folder of the test's own."""
    folder = tmp_path / "runtime"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    return folder


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """What Companion asked the computer to open (nothing is really opened)."""
    opened: list[Path] = []

    def open_url(url: QUrl) -> bool:
        opened.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return opened


def _files(window: MainWindow) -> AttachmentService:
    assert window.profile is not None
    return window.profile.service(AttachmentService)


def _editor(window: MainWindow) -> EntryEditor:
    return window.journal_view.editor


def _strip(window: MainWindow) -> AttachmentStrip:
    return _editor(window).files_strip


def _names(window: MainWindow) -> list[str]:
    model = _strip(window).model
    return [model.attachment_at(row).name for row in range(model.rowCount())]  # type: ignore[union-attr]


def _entry(window: MainWindow, title: str = "By the lake", body: str = "A calm walk.") -> int:
    assert window.profile is not None
    entry = window.profile.journal.create(EntryDraft(title=title, body=body))
    window.journal_view.load()
    window.journal_view.open_entry(entry.id)
    assert _editor(window).entry_id == entry.id
    return entry.id


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _answer_open_dialog(monkeypatch: pytest.MonkeyPatch, paths: list[Path]) -> list[str]:
    asked: list[str] = []

    def get_open_file_names(parent: object, caption: str = "", *_a: object, **_k: object):
        asked.append(caption)
        return [str(p) for p in paths], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(get_open_file_names))
    return asked


def _drop(widget: QWidget, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = QPointF(widget.rect().center())
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    enter = QDragEnterEvent(
        where.toPoint(), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        where, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, drop)
    return drop


def _click_file(qtbot, window: MainWindow, row: int) -> None:
    """Go to file ``row`` with the keyboard: Tab from the text into the strip, then right."""
    editor = _editor(window)
    strip = _strip(window)
    editor.body_edit.setFocus()
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Tab)
    assert strip.list.hasFocus()
    for _ in range(row):
        qtbot.keyClick(strip.list, Qt.Key.Key_Right)
    assert strip.list.currentIndex().row() == row


# -- adding --------------------------------------------------------------------------------------


def test_the_button_adds_several_files_to_the_entry(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry_id = _entry(window)
    photo = _write(tmp_path, "lake.jpg", samples.jpeg(800, 600))
    sheet = _write(tmp_path, "worksheet.pdf", samples.pdf())
    asked = _answer_open_dialog(monkeypatch, [photo, sheet])
    strip = _strip(window)
    assert strip.add_button.isVisible() and not strip.list.isVisible()
    qtbot.mouseClick(strip.add_button, Qt.MouseButton.LeftButton)
    assert asked
    qtbot.waitUntil(lambda: _names(window) == ["lake.jpg", "worksheet.pdf"], timeout=WAIT)
    assert strip.list.isVisible()
    stored = _files(window).for_entry(entry_id)
    assert [a.name for a in stored] == ["lake.jpg", "worksheet.pdf"]
    assert stored[0].width == 800
    assert "2 files added" in strip.notice_label.text()
    assert strip.add_button.isEnabled() and not strip.busy_bar.isVisible()


def test_adding_to_a_new_entry_saves_it_first_and_keeps_what_was_typed(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = _editor(window)
    qtbot.keyClicks(editor.title_edit, "Drawing")
    qtbot.keyClicks(editor.body_edit, "What I drew today")
    assert editor.entry_id is None
    _answer_open_dialog(monkeypatch, [_write(tmp_path, "drawing.png", samples.png())])
    qtbot.keyClick(
        editor.body_edit,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: _names(window) == ["drawing.png"], timeout=WAIT)
    assert editor.entry_id is not None
    assert window.profile is not None
    stored = window.profile.journal.get(editor.entry_id)
    assert (stored.title, stored.body) == ("Drawing", "What I drew today")
    assert [a.name for a in _files(window).for_entry(editor.entry_id)] == ["drawing.png"]


def test_a_blank_new_entry_is_kept_for_a_file_and_not_for_a_refused_one(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from companion.domain.journal import EntryFilter

    assert window.profile is not None
    journal = window.profile.journal
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = _editor(window)
    bad = _write(tmp_path, "scan.pdf", b"not a pdf at all")
    _answer_open_dialog(monkeypatch, [bad])
    qtbot.mouseClick(_strip(window).add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "scan.pdf" in _strip(window).notice_label.text(), timeout=WAIT)
    assert editor.entry_id is None  # the empty entry made for it went again
    assert journal.list(EntryFilter()) == []
    assert journal.history.deleted() == []  # for good: not among the deleted entries
    _answer_open_dialog(monkeypatch, [_write(tmp_path, "ok.png", samples.png())])
    qtbot.mouseClick(_strip(window).add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _names(window) == ["ok.png"], timeout=WAIT)
    assert editor.entry_id is not None
    assert [s.id for s in journal.list(EntryFilter())] == [editor.entry_id]


def test_files_dropped_on_the_text_or_the_strip_are_added(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    entry_id = _entry(window)
    editor = _editor(window)
    text_before = editor.body_edit.toPlainText()
    photo = _write(tmp_path, "sky.webp", samples.webp())
    _drop(editor.body_edit.viewport(), [photo])
    qtbot.waitUntil(lambda: _names(window) == ["sky.webp"], timeout=WAIT)
    assert editor.body_edit.toPlainText() == text_before  # no file name typed into the text
    notes = _write(tmp_path, "notes.txt", b"Things to remember\n")
    sheet = _write(tmp_path, "sheet.pdf", samples.pdf())
    drop = _drop(_strip(window).list.viewport(), [notes, sheet])
    assert drop.isAccepted() and drop.dropAction() == Qt.DropAction.CopyAction
    qtbot.waitUntil(lambda: len(_names(window)) == 3, timeout=WAIT)
    _drop(editor.title_edit, [_write(tmp_path, "more.gif", samples.gif())])
    qtbot.waitUntil(lambda: len(_names(window)) == 4, timeout=WAIT)
    assert editor.title_edit.text() == "By the lake"
    assert [a.name for a in _files(window).for_entry(entry_id)] == [
        "sky.webp",
        "notes.txt",
        "sheet.pdf",
        "more.gif",
    ]
    assert photo.exists()  # a copy is kept; the file stays where it was


def test_a_pasted_picture_is_added_and_pasted_text_still_goes_into_the_text(
    qtbot, window: MainWindow
) -> None:
    entry_id = _entry(window, body="")
    editor = _editor(window)
    clipboard = QApplication.clipboard()
    picture = QImage(120, 80, QImage.Format.Format_RGB32)
    picture.fill(Qt.GlobalColor.darkCyan)
    clipboard.setImage(picture)
    editor.body_edit.setFocus()
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(_names(window)) == 1, timeout=WAIT)
    name = _names(window)[0]
    assert name.startswith("Pasted picture ") and name.endswith(".png")
    stored = _files(window).for_entry(entry_id)[0]
    assert (stored.media_type, stored.width, stored.height) == ("image/png", 120, 80)
    assert editor.body_edit.toPlainText() == ""
    clipboard.setText("words from elsewhere")
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.body_edit.toPlainText() == "words from elsewhere"
    wait_for_background_work()
    assert len(_files(window).for_entry(entry_id)) == 1


# -- refused -------------------------------------------------------------------------------------


def test_a_refused_file_says_why_and_nothing_is_stored(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    entry_id = _entry(window)
    fake = _write(tmp_path, "holiday.jpg", samples.pdf())  # a PDF calling itself a photo
    _drop(_editor(window).body_edit.viewport(), [fake])
    notice = _strip(window).notice_label
    qtbot.waitUntil(notice.isVisible, timeout=WAIT)
    assert "“holiday.jpg” was not added" in notice.text()
    assert notice.property("problem") is True
    assert _files(window).for_entry(entry_id) == []
    assert _files(window).usage().stored_bytes == 0  # nothing half-stored
    assert _names(window) == []


def test_several_refusals_are_summed_up_and_the_good_files_are_kept(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    entry_id = _entry(window)
    good = _write(tmp_path, "good.png", samples.png())
    empty = _write(tmp_path, "empty.txt", b"")
    program = _write(tmp_path, "setup.exe", b"MZ\x90\x00" + b"\x00" * 64)
    _drop(_editor(window).body_edit.viewport(), [empty, good, program])
    notice = _strip(window).notice_label
    qtbot.waitUntil(lambda: "not added" in notice.text(), timeout=WAIT)
    text = notice.text()
    assert text.startswith("2 files were not added:")
    assert "“empty.txt”" in text and "“setup.exe”" in text
    assert [a.name for a in _files(window).for_entry(entry_id)] == ["good.png"]
    assert _names(window) == ["good.png"]


# -- removing ------------------------------------------------------------------------------------


def test_delete_removes_a_file_and_undo_brings_it_back_by_keys(qtbot, window: MainWindow) -> None:
    entry_id = _entry(window)
    service = _files(window)
    service.add(entry_id, "one.png", samples.png())
    service.add(entry_id, "two.pdf", samples.pdf())
    service.add(entry_id, "three.txt", b"three\n")
    qtbot.waitUntil(lambda: len(_names(window)) == 3, timeout=WAIT)
    _click_file(qtbot, window, 1)
    strip = _strip(window)
    qtbot.keyClick(strip.list, Qt.Key.Key_Delete)
    assert _names(window) == ["one.png", "three.txt"]
    assert [a.name for a in service.for_entry(entry_id)] == ["one.png", "three.txt"]
    bar = window.journal_view.undo_bar
    assert bar.offering and "“two.pdf” removed" in bar.label.text()
    assert strip.list.hasFocus()  # the keyboard stays in the strip
    assert strip.list.currentIndex().row() == 1  # on the file after the one removed
    qtbot.keyClick(strip.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [a.name for a in service.for_entry(entry_id)] == ["one.png", "two.pdf", "three.txt"]
    qtbot.waitUntil(lambda: len(_names(window)) == 3, timeout=WAIT)
    assert not bar.offering


def test_the_menu_offers_open_save_a_copy_and_remove(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.support.file_dialogs import answer_save_dialog

    entry_id = _entry(window)
    data = samples.pdf("Sleep routines")
    _files(window).add(entry_id, "sheet.pdf", data)
    qtbot.waitUntil(lambda: len(_names(window)) == 1, timeout=WAIT)
    _click_file(qtbot, window, 0)
    strip = _strip(window)
    qtbot.keyClick(strip.list, Qt.Key.Key_Menu)
    menu = strip.context_menu
    texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Open", "Save a copy…", "Remove from entry"]
    target = tmp_path / "out" / "copy.pdf"
    target.parent.mkdir()
    answer_save_dialog(monkeypatch, target)
    menu.actions()[1].trigger()
    qtbot.waitUntil(
        lambda: "A copy of “sheet.pdf” is saved" in strip.notice_label.text(), timeout=WAIT
    )
    assert target.read_bytes() == data
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["copy.pdf"]  # no temp file left
    menu.close()


# -- opening -------------------------------------------------------------------------------------


def _open_first_file(qtbot, window: MainWindow, launched: list[Path]) -> Path:
    _click_file(qtbot, window, 0)
    strip = _strip(window)
    qtbot.keyClick(strip.list, Qt.Key.Key_Return)
    note = _editor(window).files.note_dialog
    if note is not None:  # the first time: where the copy goes, said before it is made
        assert isinstance(note, OpeningNote)
        assert "private temporary folder" in note.findChildren(type(strip.hint))[0].text()
        qtbot.mouseClick(note.open_button, Qt.MouseButton.LeftButton)
        window.activateWindow()  # as the window manager does when a dialog closes
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)
    qtbot.waitUntil(lambda: bool(launched), timeout=WAIT)
    return launched[-1]


def test_an_opened_file_is_a_private_copy_gone_after_locking(
    qtbot, window: MainWindow, launched: list[Path], runtime_folder: Path
) -> None:
    entry_id = _entry(window)
    data = samples.jpeg(64, 48)
    _files(window).add(entry_id, "lake", data)  # a name without its kind's extension
    qtbot.waitUntil(lambda: len(_names(window)) == 1, timeout=WAIT)
    copy = _open_first_file(qtbot, window, launched)
    assert copy.read_bytes() != b"" and copy.name == "lake.jpg"
    folder = window.opened_files.folder
    assert folder is not None and folder.parent == runtime_folder
    assert folder.name.startswith(PREFIX)
    assert copy.is_relative_to(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    # the second time, no question: it opens at once
    launched.clear()
    qtbot.keyClick(_strip(window).list, Qt.Key.Key_Return)
    assert _editor(window).files.note_dialog is None
    qtbot.waitUntil(lambda: bool(launched), timeout=WAIT)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked
    assert not folder.exists()
    assert list(runtime_folder.iterdir()) == []


def test_opened_files_are_removed_when_companion_quits(
    qtbot, window: MainWindow, launched: list[Path], runtime_folder: Path
) -> None:
    entry_id = _entry(window)
    _files(window).add(entry_id, "sheet.pdf", samples.pdf())
    qtbot.waitUntil(lambda: len(_names(window)) == 1, timeout=WAIT)
    copy = _open_first_file(qtbot, window, launched)
    assert copy.exists()
    window.close()  # the window's close button, or Quit in the menu
    assert not window.isVisible() and window.profile is None
    assert not copy.exists() and list(runtime_folder.iterdir()) == []


def test_the_read_view_opens_a_file_from_its_link(
    qtbot, window: MainWindow, launched: list[Path]
) -> None:
    entry_id = _entry(window)
    _files(window).add(entry_id, "sheet.pdf", samples.pdf())
    qtbot.waitUntil(lambda: len(_names(window)) == 1, timeout=WAIT)
    editor = _editor(window)
    qtbot.mouseClick(editor.read_button, Qt.MouseButton.LeftButton)
    assert not _strip(window).isVisible()  # the read view lists the files itself
    found = editor.reader.document().find("Open")
    assert not found.isNull()
    spot = QTextCursor(found)
    spot.setPosition(found.selectionStart() + 1)
    where = editor.reader.cursorRect(spot).center()
    qtbot.mouseClick(editor.reader.viewport(), Qt.MouseButton.LeftButton, pos=where)
    note = editor.files.note_dialog
    assert note is not None
    qtbot.mouseClick(note.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(launched), timeout=WAIT)
    assert launched[0].read_bytes() == samples.pdf()


def test_a_file_that_cannot_be_opened_while_reading_says_so(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by a user: with no app for the file, Open in the read view did nothing visible
    (the message went to the strip, which reading hides)."""
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))
    Preferences().write(OPENING_FILES_EXPLAINED, True)
    entry_id = _entry(window)
    _files(window).add(entry_id, "sheet.pdf", samples.pdf())
    qtbot.waitUntil(lambda: len(_names(window)) == 1, timeout=WAIT)
    editor = _editor(window)
    qtbot.mouseClick(editor.read_button, Qt.MouseButton.LeftButton)
    found = editor.reader.document().find("Open")
    spot = QTextCursor(found)
    spot.setPosition(found.selectionStart() + 1)
    where = editor.reader.cursorRect(spot).center()
    qtbot.mouseClick(editor.reader.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: editor.files_message is not None, timeout=WAIT)
    assert "save a copy" in editor.files_message.text().lower()  # type: ignore[union-attr]
    editor.files_message.close()  # type: ignore[union-attr]


CRASHING_RUN = r"""
import os, sys
from pathlib import Path
from companion.ui.attachments.opened_files import OpenedFiles
copy = OpenedFiles(Path(sys.argv[1])).write("sheet.pdf", "application/pdf", b"%PDF-1.4 x")
print(copy, flush=True)
os._exit(0)  # no clean-up: as a crash would end it
"""


def test_copies_left_by_a_run_that_crashed_are_removed_at_the_next_start(
    tmp_path: Path,
) -> None:
    base = tmp_path / "run"
    base.mkdir()
    result = subprocess.run(
        [sys.executable, "-c", CRASHING_RUN, str(base)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env=dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2])),
    )
    left = Path(result.stdout.strip())
    assert left.exists()
    running = OpenedFiles(base)  # a Companion running now keeps its own
    mine = running.write("notes.txt", "text/plain", b"mine")
    (base / "something-else").mkdir()
    assert sweep_leftovers(base) == 1
    assert not left.exists() and mine.exists()
    assert sorted(p.name for p in base.iterdir()) == sorted(
        [mine.parent.parent.name, "something-else"]
    )
    running.remove_all()
    assert sorted(p.name for p in base.iterdir()) == ["something-else"]


# -- current everywhere ------------------------------------------------------------------------


def test_the_strip_and_the_read_view_follow_files_added_elsewhere(
    qtbot, window: MainWindow
) -> None:
    entry_id = _entry(window)
    service = _files(window)
    service.add(entry_id, "from elsewhere.png", samples.png())  # another writer
    qtbot.waitUntil(lambda: _names(window) == ["from elsewhere.png"], timeout=WAIT)
    editor = _editor(window)
    qtbot.mouseClick(editor.read_button, Qt.MouseButton.LeftButton)
    assert "from elsewhere.png" in editor.reader.toPlainText()
    service.add(entry_id, "letter.txt", b"Dear me\n")
    qtbot.waitUntil(lambda: "letter.txt" in editor.reader.toPlainText(), timeout=WAIT)
    assert "Text file" in editor.reader.toPlainText()
    service.remove(service.for_entry(entry_id)[0].id)
    qtbot.waitUntil(lambda: "from elsewhere.png" not in editor.reader.toPlainText(), timeout=WAIT)


def test_files_follow_their_entry_to_recently_deleted_and_back(qtbot, window: MainWindow) -> None:
    entry_id = _entry(window)
    _files(window).add(entry_id, "kept.png", samples.png())
    qtbot.waitUntil(lambda: _names(window) == ["kept.png"], timeout=WAIT)
    editor = _editor(window)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert editor.entry_id is None and _names(window) == []
    qtbot.mouseClick(window.journal_view.undo_button, Qt.MouseButton.LeftButton)
    assert editor.entry_id is not None
    qtbot.waitUntil(lambda: _names(window) == ["kept.png"], timeout=WAIT)


def test_settings_show_the_files_and_keep_current(qtbot, window: MainWindow) -> None:
    entry_id = _entry(window)
    service = _files(window)
    service.add(entry_id, "one.png", samples.png())
    window.open_settings()
    dialog = window.settings_dialog
    assert dialog is not None
    group = dialog.files_box
    qtbot.waitExposed(dialog)
    assert group.title() == "Files in entries"
    assert group.usage_label.text().startswith("1 file, ")
    service.add(entry_id, "two.pdf", samples.pdf())
    qtbot.waitUntil(lambda: group.usage_label.text().startswith("2 files, "), timeout=WAIT)
    box = group.details_box
    assert not box.isChecked() and not service.keeps_photo_details()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert service.keeps_photo_details()
    dialog.close()


# -- pictures ------------------------------------------------------------------------------------


def test_thumbnails_and_previews_are_made_off_the_ui_thread_and_kept(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real_decode = pictures.decode

    def decode(data: bytes, longest: int) -> QImage | None:
        threads.append(threading.current_thread())
        return real_decode(data, longest)

    monkeypatch.setattr(pictures, "decode", decode)
    entry_id = _entry(window)
    service = _files(window)
    photo = service.add(entry_id, "big.jpg", samples.jpeg(4000, 3000, orientation=6))
    strip = _strip(window)
    loader = _editor(window).files.pictures
    qtbot.waitUntil(lambda: loader.has(photo, Kind.THUMBNAIL), timeout=WAIT)
    assert threads and all(t is not threading.main_thread() for t in threads)
    thumbnail = loader.image(photo, Kind.THUMBNAIL)
    assert thumbnail is not None
    assert max(thumbnail.width(), thumbnail.height()) == pictures.THUMBNAIL_SIDE
    assert thumbnail.height() > thumbnail.width()  # turned as the camera was held
    kept_thumbnail, kept_preview = service.pictures(photo.digest)
    assert kept_thumbnail and kept_preview
    preview = QImage.fromData(kept_preview)
    assert (preview.width(), preview.height()) == (900, 1200)
    assert strip.model.thumbnail(photo) is not None
    # shown again later (after locking, say): the kept pictures are used, nothing is made
    loader.forget()
    monkeypatch.setattr(pictures, "make_pictures", lambda _data: pytest.fail("made again"))
    qtbot.mouseClick(_editor(window).read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: loader.has(photo, Kind.PREVIEW), timeout=WAIT)
    assert loader.image(photo, Kind.PREVIEW) is not None


def test_pictures_are_made_from_their_originals_one_at_a_time(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each original may take up to the reader's allocation limit to decode: the strip asks
    for all of them at once, yet they are made one after the other."""
    import time

    busy, most = [0], [0]
    real_make = pictures.make_pictures

    def make_pictures(data: bytes):  # type: ignore[no-untyped-def]
        busy[0] += 1
        most[0] = max(most[0], busy[0])
        time.sleep(0.05)
        try:
            return real_make(data)
        finally:
            busy[0] -= 1

    monkeypatch.setattr(pictures, "make_pictures", make_pictures)
    entry_id = _entry(window)
    service = _files(window)
    photos = [service.add(entry_id, f"p{i}.png", samples.png(40 + i, 30)) for i in range(4)]
    loader = _editor(window).files.pictures
    qtbot.waitUntil(lambda: all(loader.has(p, Kind.THUMBNAIL) for p in photos), timeout=WAIT)
    assert most[0] == 1


def test_pictures_that_cannot_be_shown_get_a_placeholder(qtbot, window: MainWindow) -> None:
    entry_id = _entry(window)
    service = _files(window)
    # as an older version or another computer might have kept them: a damaged photo and an
    # "image bomb" whose small file claims 10,000 x 9,000 pixels
    damaged = service.add_checked(
        entry_id, CheckedFile("damaged.jpg", "image/jpeg", b"\xff\xd8\xff" + b"\x00" * 40, 10, 10)
    )
    bomb = service.add_checked(
        entry_id,
        CheckedFile("bomb.png", "image/png", samples.png_claiming(10_000, 9_000), 10_000, 9_000),
    )
    loader = _editor(window).files.pictures
    qtbot.waitUntil(
        lambda: loader.failed(damaged, Kind.THUMBNAIL) and loader.failed(bomb, Kind.THUMBNAIL),
        timeout=WAIT,
    )
    strip = _strip(window)
    assert _names(window) == ["damaged.jpg", "bomb.png"]
    assert not strip.list.grab().isNull()  # painted, with the placeholder sign
    editor = _editor(window)
    qtbot.mouseClick(editor.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: loader.failed(damaged, Kind.PREVIEW) and loader.failed(bomb, Kind.PREVIEW),
        timeout=WAIT,
    )
    assert "bomb.png" in editor.reader.toPlainText()
    assert not editor.reader.grab().isNull()
    assert service.pictures(bomb.digest) == (None, None)


# -- the keyboard and screen readers -------------------------------------------------------------


def test_files_are_named_for_screen_readers_and_reached_by_keyboard(
    qtbot, window: MainWindow
) -> None:
    entry_id = _entry(window)
    service = _files(window)
    service.add(entry_id, "lake.jpg", samples.jpeg())
    service.add(entry_id, "sheet.pdf", samples.pdf())
    qtbot.waitUntil(lambda: len(_names(window)) == 2, timeout=WAIT)
    strip = _strip(window)
    names = [strip.model.index(row).data(Qt.ItemDataRole.AccessibleTextRole) for row in range(2)]
    assert names[0].startswith("lake.jpg, Picture, ") and names[0].endswith("bytes")
    assert names[1].startswith("sheet.pdf, PDF, ")
    assert strip.list.accessibleName() == "Files kept with this entry"
    editor = _editor(window)
    editor.body_edit.setFocus()
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Tab)
    assert strip.list.hasFocus()
    assert strip.list.currentIndex().row() == 0
    qtbot.keyClick(strip.list, Qt.Key.Key_Right)
    assert strip.list.currentIndex().row() == 1
    qtbot.keyClick(strip.list, Qt.Key.Key_Tab)
    assert strip.add_button.hasFocus()


def test_a_journal_view_without_files_shows_no_strip(qtbot, profile) -> None:
    """A view built without the files' service (a benchmark) shows no strip, takes no files."""
    from companion.ui.journal.view import JournalView

    view = JournalView(profile.journal)
    qtbot.addWidget(view)
    view.show()
    assert not view.editor.files_strip.isVisible()
    assert not view.editor.body_edit.takes_files
    assert not view.editor.add_file_action.isEnabled()


def _picture_widths(editor: EntryEditor) -> list[int]:
    from companion.ui.attachments.read_view import PICTURE_SCHEME

    widths = []
    block = editor.reader.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fmt = fragments.fragment().charFormat()
            if fmt.isImageFormat() and fmt.toImageFormat().name().startswith(PICTURE_SCHEME):
                widths.append(round(fmt.toImageFormat().width()))
            fragments += 1
        block = block.next()
    return widths


def test_the_read_view_shows_pictures_as_wide_as_it_is(qtbot, window: MainWindow) -> None:
    from companion.ui.attachments.read_view import room_for_pictures

    entry_id = _entry(window)
    photo = _files(window).add(entry_id, "wide.jpg", samples.jpeg(2400, 1200))
    editor = _editor(window)
    qtbot.mouseClick(editor.read_button, Qt.MouseButton.LeftButton)
    loader = editor.files.pictures
    qtbot.waitUntil(lambda: loader.has(photo, Kind.PREVIEW), timeout=WAIT)
    qtbot.waitUntil(
        lambda: _picture_widths(editor) == [room_for_pictures(editor.reader)], timeout=WAIT
    )
    narrow = _picture_widths(editor)[0]
    splitter = window.journal_view.splitter  # the client drags the list narrower
    splitter.setSizes([splitter.widget(0).minimumSizeHint().width(), sum(splitter.sizes())])
    qtbot.waitUntil(lambda: _picture_widths(editor)[0] > narrow, timeout=WAIT)
    assert _picture_widths(editor) == [room_for_pictures(editor.reader)]


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("aux.txt", "_aux.txt"),
        ("a:b.txt", "a_b.txt"),
        ('what?*<>|".txt', "what______.txt"),
        ("com1", "_com1.txt"),
        ("notes. ", "notes.txt"),
        ("lake", "lake.txt"),
    ],
)
def test_a_copy_is_named_so_that_every_computer_can_write_it(name: str, written: str) -> None:
    from companion.ui.attachments.opened_files import file_name

    assert file_name(name, "text/plain") == written


def test_a_click_in_a_scrolled_strip_chooses_the_file_under_the_pointer(
    qtbot, window: MainWindow
) -> None:
    """Found by a user: after scrolling the strip, a click (while the strip had no keyboard
    focus) chose another file, and Delete then removed that one."""
    window.resize(900, 600)
    entry_id = _entry(window)
    service = _files(window)
    for i in range(12):
        service.add(entry_id, f"note {i}.txt", f"words {i}".encode())
    qtbot.waitUntil(lambda: len(_names(window)) == 12, timeout=WAIT)
    strip = _strip(window).list
    strip.clearFocus()
    strip.setCurrentIndex(QModelIndex())
    bar = strip.verticalScrollBar()
    assert bar.maximum() > 0, "the strip should need scrolling for this test"
    bar.setValue(bar.maximum())
    last = strip.model().index(11, 0)
    where = strip.visualRect(last).center()
    assert strip.viewport().rect().contains(where)
    qtbot.mouseClick(strip.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert strip.currentIndex().row() == 11
    qtbot.keyClick(strip, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(_names(window)) == 11, timeout=WAIT)
    assert "note 11.txt" not in _names(window)


def test_ctrl_shift_a_adds_a_file_from_anywhere_and_the_edit_menu_offers_it(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by a user: the key worked only while typing in the entry, and no menu had it."""
    entry_id = _entry(window)
    asked = _answer_open_dialog(monkeypatch, [_write(tmp_path, "a.png", samples.png())])
    window.journal_view.list_view.setFocus()
    qtbot.keyClick(
        window.journal_view.list_view,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: _names(window) == ["a.png"], timeout=WAIT)
    assert asked and [a.name for a in _files(window).for_entry(entry_id)] == ["a.png"]
    assert window.add_file_action in window.edit_menu.actions()
    assert window.add_file_action.text().replace("&", "").startswith("Add a file")


def test_removing_clears_the_added_message_and_undo_past_the_limit_says_why(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by a user: "1 file added." stayed after the file was removed. And bringing a file
    back to an entry that is full again says so, rather than "could not"."""
    from companion.domain.attachments import MAX_PER_ENTRY

    entry_id = _entry(window)
    service = _files(window)
    for i in range(MAX_PER_ENTRY - 1):
        service.add(entry_id, f"n{i}.txt", f"note {i}".encode())
    _answer_open_dialog(monkeypatch, [_write(tmp_path, "last.png", samples.png())])
    strip = _strip(window)
    qtbot.mouseClick(strip.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "1 file added" in strip.notice_label.text(), timeout=WAIT)
    _click_file(qtbot, window, 0)
    qtbot.keyClick(strip.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(_names(window)) == MAX_PER_ENTRY - 1, timeout=WAIT)
    assert "added" not in strip.notice_label.text()
    service.add(entry_id, "another.txt", b"another")  # full again, from elsewhere
    qtbot.waitUntil(lambda: len(_names(window)) == MAX_PER_ENTRY, timeout=WAIT)
    strip.list.setFocus()
    qtbot.keyClick(strip.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "at most" in strip.notice_label.text(), timeout=WAIT)
    assert len(service.for_entry(entry_id)) == MAX_PER_ENTRY
