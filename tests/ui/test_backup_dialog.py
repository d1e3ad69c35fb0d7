"""Backups and archive from the window: back up now, export everything, restore."""

from __future__ import annotations

import zipfile
from pathlib import Path

from companion.domain.journal import EntryDraft
from companion.services.backups import Secret
from companion.ui.backup_dialog import BackupDialog
from companion.ui.main_window import MainWindow
from tests.ui.conftest import PASSPHRASE
from tests.ui.test_lock_ui import _unlock


def _dialog(qtbot, window: MainWindow) -> BackupDialog:
    window.backup_action.trigger()
    dialog = window.backup_dialog
    assert isinstance(dialog, BackupDialog)
    return dialog


def test_back_up_now_and_export_everything(qtbot, window: MainWindow, tmp_path: Path) -> None:
    profile = window.profile
    assert profile is not None
    profile.journal.create(EntryDraft(body="kept safe", private=True))
    dialog = _dialog(qtbot, window)
    dialog.back_up_to(tmp_path)
    qtbot.waitUntil(lambda: "saved as" in dialog.message.text(), timeout=15_000)
    assert list(tmp_path.glob("*.companion-backup"))
    archive = tmp_path / "all.zip"
    dialog.export_archive_to(archive)
    qtbot.waitUntil(lambda: "not encrypted" in dialog.message.text(), timeout=15_000)
    with zipfile.ZipFile(archive) as z:
        assert "archive.json" in z.namelist()
        assert b"kept safe" not in z.read("archive.json")  # private entries stay out


def test_restore_replaces_the_journal_after_locking(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    profile = window.profile
    assert profile is not None
    profile.journal.create(EntryDraft(body="before the backup"))
    dialog = _dialog(qtbot, window)
    dialog.back_up_to(tmp_path)
    qtbot.waitUntil(lambda: "saved as" in dialog.message.text(), timeout=15_000)
    backup = next(tmp_path.glob("*.companion-backup"))
    profile.journal.create(EntryDraft(body="after the backup"))
    assert window.restore_backup(backup, Secret(passphrase=PASSPHRASE))
    assert window.is_locked
    _unlock(qtbot, window)
    assert window.profile is not None
    assert window.profile.journal.count() == 1


def test_a_wrong_secret_restores_nothing(qtbot, window: MainWindow, tmp_path: Path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    profile = window.profile
    assert profile is not None
    profile.journal.create(EntryDraft(body="one"))
    dialog = _dialog(qtbot, window)
    dialog.back_up_to(tmp_path)
    qtbot.waitUntil(lambda: "saved as" in dialog.message.text(), timeout=15_000)
    backup = next(tmp_path.glob("*.companion-backup"))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    assert not window.restore_backup(backup, Secret(passphrase="not the passphrase"))
    assert warnings
    # the backup is checked before anything is locked or replaced
    assert window.profile is not None and window.profile.journal.count() == 1


def test_cancelling_an_archive_writes_nothing(qtbot, window: MainWindow, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, window)
    archive = tmp_path / "all.zip"
    original = dialog._busy

    def busy_but_cancelled(busy: bool, text: str = "") -> None:
        original(busy, text)
        if busy:
            dialog.cancel()  # as if Cancel were pressed at once: the worker stops at its check

    dialog._busy = busy_but_cancelled  # type: ignore[method-assign]
    dialog.export_archive_to(archive)
    qtbot.waitUntil(lambda: "Nothing was written" in dialog.message.text(), timeout=15_000)
    assert not archive.exists()
    assert not dialog.progress.isVisible()


def test_the_backup_list_says_why_in_the_chosen_language(qtbot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    from companion.services.backups import BackupService
    from companion.ui import i18n

    profile = window.profile
    assert profile is not None
    profile.service(BackupService).backup_if_due()
    app = QApplication.instance()
    i18n.install_translator(app, "de")
    try:
        dialog = _dialog(qtbot, window)
        rows = [dialog.backup_list.item(i).text() for i in range(dialog.backup_list.count())]
        assert any(row.endswith("· täglich") for row in rows), rows
    finally:
        i18n.remove_translators(app)


def test_keeping_fewer_backups_asks_before_removing_any(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    from datetime import datetime, timedelta

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from companion.services.backups import BackupService

    backups = window.profile.service(BackupService)
    for days in (3, 2, 1):
        backups.backup_if_due(datetime.now() + timedelta(days=days))
    monkeypatch.setattr("companion.storage.backup._now", lambda: datetime.now())
    count = len([i for i in backups.list_backups() if not i.is_set])
    assert count >= 2
    dialog = _dialog(qtbot, window)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), answers.pop(0))[1]
    )
    for _attempt in range(2):
        dialog.keep_spin.selectAll()
        qtbot.keyClicks(dialog.keep_spin, "1")
        qtbot.keyClick(dialog.keep_spin, Qt.Key.Key_Return)
    assert len(asked) == 2 and "removes" in asked[0]
    assert dialog.isVisible()  # Enter in the box only confirmed the number
    assert len([i for i in backups.list_backups() if not i.is_set]) == 1


def test_a_refused_restore_leaves_the_dialog_open_for_another_choice(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    """Found by a user test: after "this backup is damaged" the whole dialog closed."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from companion.services.backups import BackupService

    profile = window.profile
    assert profile is not None
    profile.journal.create(EntryDraft(body="one"))
    backups = profile.service(BackupService)
    backups.backup_if_due()
    made = backups.list_backups()[0].path
    with made.open("r+b") as handle:  # damaged on disk
        handle.seek(5000)
        handle.write(b"\x00" * 64)
    dialog = _dialog(qtbot, window)
    qtbot.waitExposed(dialog)
    dialog.backup_list.setCurrentRow(0)
    questions: list[str] = []
    warnings: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (PASSPHRASE, True))

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        questions.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(str(a[2])))
    qtbot.mouseClick(dialog.restore_selected_button, Qt.MouseButton.LeftButton)
    assert warnings  # it said why
    assert "from" in questions[0]  # the question named when the backup was made
    assert dialog.isVisible()
    assert not window.is_locked and window.profile is not None
    assert window.profile.journal.count() == 1
