"""A canary inside files kept with an entry never appears in plaintext outside the files the
client asked for.

Through the real window: a picture with the canary in a PNG text chunk (photo details kept,
so it is not taken out), a PDF with it in its page text and a text file with it are dropped
on the editor. One is opened (a readable copy, as another program needs, in Companion's
private folder: the positive control shows the scan finds it there), the journal is backed
up, the window is locked and closed. At each stage the profile, its backups, the temp folder,
the runtime folder and the whole temporary home are scanned, and at the end every log line.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from companion.config import ProfilePaths
from companion.services.attachments import AttachmentService
from companion.services.profile import ProfileService
from companion.ui.main_window import MainWindow
from companion.ui.preferences import Preferences
from companion.ui.tasks import wait_for_background_work
from tests.reliability.test_canary import (
    PASSPHRASE,
    captured_logs,
    log_everything,
    places,
    qt_settings,  # noqa: F401 (the fixture, as test_canary sets it up)
    scan_files,
    scan_texts,
)
from tests.services.conftest import FAST
from tests.support import attachment_samples as samples

WAIT = 10_000


def _drop(widget: QWidget, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = QPointF(widget.rect().center())
    actions = Qt.DropAction.CopyAction
    no_key = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where.toPoint(), actions, mime, Qt.MouseButton.LeftButton, no_key)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(
        widget, QDropEvent(where, actions, mime, Qt.MouseButton.LeftButton, no_key)
    )


def test_a_canary_in_kept_files_reaches_no_file_and_no_log(  # type: ignore[no-untyped-def]
    qtbot,
    qtlog,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    isolated_home: Path,
    profile_dir: Path,
    tmp_path: Path,
    qt_settings: QSettings,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    log_everything(caplog)
    word = f"Wombatcanary{secrets.token_hex(5)}"
    parts = [word, word.lower()]
    runtime = isolated_home / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    roots = [*places(profile_dir, isolated_home), runtime]
    launched: list[Path] = []

    def open_url(url: QUrl) -> bool:
        launched.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))

    source = tmp_path / "from the client"  # outside every scanned folder
    source.mkdir()
    files = {
        "drawing.png": samples.png(text={"Comment": f"about {word} here"}),
        "worksheet.pdf": samples.pdf(f"Notes {word}"),
        "letter.txt": f"Dear {word},\n".encode(),
    }
    for name, data in files.items():
        (source / name).write_bytes(data)

    service = ProfileService(ProfilePaths(profile_dir))
    profile, _recovery = service.create(use_keychain=False, passphrase=PASSPHRASE, params=FAST)
    profile.service(AttachmentService).set_keeps_photo_details(True)
    window = MainWindow(service, profile, Preferences())
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitExposed(window)
    wait_for_background_work()

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.journal_view.editor
    qtbot.keyClicks(editor.title_edit, "Things from the session")
    _drop(editor.body_edit, [source / name for name in files])
    attachments = profile.service(AttachmentService)
    qtbot.waitUntil(
        lambda: editor.entry_id is not None and len(attachments.for_entry(editor.entry_id)) == 3,
        timeout=WAIT,
    )
    stored = {a.name: attachments.data(a) for a in attachments.for_entry(editor.entry_id)}
    assert stored == files  # the canary is really in what was kept
    wait_for_background_work()
    assert scan_files(roots, parts) == [], "found before anything was opened"

    # Open one: a readable copy in the private folder, the one place the canary may be.
    strip = editor.files_strip.list
    qtbot.waitUntil(lambda: strip.model().rowCount() == 3, timeout=WAIT)
    first = strip.visualRect(strip.model().index(0, 0)).center()
    qtbot.mouseClick(strip.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseDClick(strip.viewport(), Qt.MouseButton.LeftButton, pos=first)
    note = editor.files.note_dialog
    if note is not None:
        qtbot.mouseClick(note.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(launched), timeout=WAIT)
    opened = scan_files(roots, parts)
    assert opened and all(str(launched[-1]) in hit for hit in opened), opened

    backup = profile.backup_if_due(now=datetime.now() + timedelta(days=2))
    assert backup is not None and backup.is_file()

    window.lock()
    assert window.is_locked
    assert scan_files(roots, parts) == [], "found after locking"
    window.close()
    qt_settings.sync()
    assert scan_files(roots, parts) == [], "found after closing"
    assert caplog.records
    assert scan_texts(captured_logs(caplog, qtlog, capsys), parts) == []
