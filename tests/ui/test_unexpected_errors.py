"""An error nobody expected: the log says what and where, never the text; the client gets one
calm message and Companion goes on."""

from __future__ import annotations

import logging
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from companion.ui import unexpected_errors
from companion.ui.main_window import MainWindow

CANARY = "CANARY-my-private-words-7319"


class Boom(RuntimeError):
    pass


def _explode() -> None:
    raise Boom(f"while saving {CANARY}")


@pytest.fixture
def hooks(qapp, tmp_path: Path) -> Iterator[unexpected_errors.UnexpectedErrors]:
    installed = unexpected_errors.install(qapp, tmp_path / "logs")
    yield installed
    if installed.box is not None:
        installed.box.close()
    unexpected_errors.uninstall()


def _boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_click_is_logged_without_its_text_and_explained(
    qtbot, window: MainWindow, hooks: unexpected_errors.UnexpectedErrors, caplog
) -> None:
    button = QPushButton("Do it", window)
    button.clicked.connect(_explode)
    button.show()
    caplog.set_level(logging.ERROR, logger="companion")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_boxes()) == 1, timeout=3000)

    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "test_unexpected_errors.Boom" in logged
    assert "tests.ui.test_unexpected_errors._explode:" in logged  # module, function, line
    assert CANARY not in logged and "while saving" not in logged
    in_file = hooks.log_file.read_text(encoding="utf-8")
    assert "Boom" in in_file and "_explode" in in_file and CANARY not in in_file
    assert stat.S_IMODE(hooks.log_file.stat().st_mode) == 0o600

    (box,) = _boxes()
    shown = box.text() + box.informativeText() + box.detailedText()
    assert "your journal is safe" in shown and "already saved" in shown
    assert "restart Companion" in shown and str(hooks.log_file) in shown
    assert CANARY not in shown and "Traceback" not in shown and "Boom" not in shown

    # a second error while the message is open: still one message
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert len(_boxes()) == 1

    # Companion goes on: the message closes and the journal still works
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not _boxes(), timeout=3000)
    assert window.isVisible() and not window.is_locked
    editor = window.journal_view.editor
    qtbot.keyClicks(editor.title_edit, "Still here")
    assert editor.flush()
    assert window.profile is not None and window.profile.journal.count() == 1


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_worker_thread_is_reported_on_the_ui_thread(
    qtbot, hooks: unexpected_errors.UnexpectedErrors, caplog
) -> None:
    caplog.set_level(logging.ERROR, logger="companion")
    worker = threading.Thread(target=_explode, name="worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(_boxes()) == 1, timeout=3000)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "Boom" in logged and "_explode" in logged and CANARY not in logged
