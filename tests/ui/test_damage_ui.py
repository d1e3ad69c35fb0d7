"""What the client sees when files are damaged or belong to another journal, driven through
the real buttons: a damaged crash log, a damaged first page, another journal's backup, a
journal without its keystore, and a setup that was interrupted."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QPushButton

from companion import app as app_module
from companion.config import ProfilePaths
from companion.domain.journal import EntryDraft
from companion.services.backups import BackupService
from companion.services.profile import SETUP_MARKER, ProfileService, ProfileState
from companion.ui.backup_dialog import BackupDialog
from companion.ui.main_window import MainWindow
from companion.ui.unlock_dialog import UnlockDialog
from tests.services.conftest import FAST
from tests.storage.helpers import flip_byte
from tests.ui.conftest import PASSPHRASE


def click_in_message_box(qtbot, text: str, seen: list[str]) -> None:
    """When the next message box appears, note its text and press the button named ``text``
    with the mouse."""

    def press() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text() + "\n" + widget.informativeText())
                for button in widget.findChildren(QPushButton):
                    if button.text().replace("&", "") == text:
                        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                        return
        QTimer.singleShot(50, press)

    QTimer.singleShot(50, press)


def _unlock_with_passphrase(qtbot, dialog: UnlockDialog) -> None:
    dialog.show()
    qtbot.keyClicks(dialog.panel.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(dialog.panel.passphrase_edit, Qt.Key.Key_Return)


@pytest.fixture
def crashed(service: ProfileService, tmp_path: Path) -> ProfileService:
    """A profile killed with 30 saves in its log, then the log damaged in the middle."""
    profile, _ = service.create(use_keychain=False, passphrase=PASSPHRASE, params=FAST)
    profile.backup_if_due()
    for i in range(30):
        profile.journal.create(EntryDraft(title=f"entry {i}", body="words " * 40))
    image = tmp_path / "crashed"
    shutil.copytree(service.paths.root, image)
    profile.lock()
    wal = ProfilePaths(image).sidecars()[0]
    flip_byte(wal, wal.stat().st_size // 2)
    return ProfileService(ProfilePaths(image))


def test_a_damaged_log_offers_to_open_what_could_be_recovered(qtbot, crashed) -> None:
    dialog = UnlockDialog(crashed)
    qtbot.addWidget(dialog)
    _unlock_with_passphrase(qtbot, dialog)
    panel = dialog.panel
    qtbot.waitUntil(panel.recover_button.isVisible, timeout=10_000)
    assert panel.restore_button.isVisible()
    message = panel.error_label.text()
    assert "not closed properly" in message and "copied aside" in message
    assert list(crashed.paths.backups.glob("*damaged-log.companion-backup"))
    qtbot.mouseClick(panel.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.profile is not None, timeout=10_000)
    try:
        assert 0 < dialog.profile.journal.count() < 30
    finally:
        dialog.profile.lock()


def test_damage_to_the_first_page_offers_the_backup_not_a_wrong_key(
    qtbot, service: ProfileService
) -> None:
    profile, _ = service.create(use_keychain=False, passphrase=PASSPHRASE, params=FAST)
    profile.journal.create(EntryDraft(title="kept"))
    profile.backup_if_due()
    profile.lock()
    flip_byte(service.paths.database, 100)
    dialog = UnlockDialog(service)
    qtbot.addWidget(dialog)
    _unlock_with_passphrase(qtbot, dialog)
    qtbot.waitUntil(dialog.panel.restore_button.isVisible, timeout=10_000)
    assert "damaged" in dialog.panel.error_label.text()
    assert "another profile" not in dialog.panel.error_label.text()
    assert not dialog.panel.recover_button.isVisible()
    qtbot.mouseClick(dialog.panel.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.profile is not None, timeout=10_000)
    try:
        assert dialog.profile.journal.count() == 1
    finally:
        dialog.profile.lock()


def _other_journals_backup(tmp_path: Path) -> Path:
    other = ProfileService(ProfilePaths(tmp_path / "other"))
    profile, _ = other.create(use_keychain=False, passphrase=PASSPHRASE, params=FAST)
    for i in range(3):
        profile.journal.create(EntryDraft(title=f"theirs {i}"))
    backup = profile.service(BackupService).back_up_to(tmp_path / "other.companion-backup")
    profile.lock()
    return backup


def _answer_restore_questions(monkeypatch: pytest.MonkeyPatch, secret: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (secret, True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def _open_backups(qtbot, window: MainWindow) -> BackupDialog:
    window.open_backups()
    dialog = window.backup_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_another_journals_backup_asks_first_and_keeping_mine_changes_nothing(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.profile.journal.create(EntryDraft(title="mine"))
    backup = _other_journals_backup(tmp_path)
    seen: list[str] = []
    click_in_message_box(qtbot, "Keep my journal", seen)
    _answer_restore_questions(monkeypatch, PASSPHRASE)
    assert not window.restore_backup(backup, _secret())
    assert "different journal" in seen[0]
    assert "entries in your current journal: 1" in seen[0].lower()
    assert "in the backup: 3" in seen[0]
    assert window.profile is not None  # never locked
    assert window.profile.journal.count() == 1


def _secret():
    from companion.services.backups import Secret

    return Secret(passphrase=PASSPHRASE)


def test_replacing_with_another_journal_keeps_mine_aside_and_it_restores(
    qtbot, window: MainWindow, service: ProfileService, tmp_path: Path, monkeypatch
) -> None:
    window.profile.journal.create(EntryDraft(title="mine"))
    backup = _other_journals_backup(tmp_path)
    seen: list[str] = []
    click_in_message_box(qtbot, "Replace it with the backup", seen)
    assert window.restore_backup(backup, _secret())
    assert window.profile is None  # locked, waiting for the unlock
    unlock(qtbot, window)
    assert window.profile.journal.count() == 3

    # my journal, kept aside as a whole, is in the list and restores from there
    dialog = _open_backups(qtbot, window)
    rows = [dialog.backup_list.item(i) for i in range(dialog.backup_list.count())]
    mine = next(r for r in rows if "before a restore" in r.text())
    dialog.backup_list.setCurrentItem(mine)
    assert dialog.restore_selected_button.isEnabled()
    _answer_restore_questions(monkeypatch, PASSPHRASE)
    click_in_message_box(qtbot, "Replace it with the backup", seen)
    qtbot.mouseClick(dialog.restore_selected_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.profile is None, timeout=10_000)
    unlock(qtbot, window)
    assert [e.title for e in _entries(window)] == ["mine"]


def _entries(window: MainWindow) -> list:
    from companion.domain.journal import EntryFilter

    return window.profile.journal.list(EntryFilter())


def unlock(qtbot, window: MainWindow) -> None:
    panel = window.lock_panel
    assert panel is not None
    qtbot.keyClicks(panel.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(panel.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.profile is not None, timeout=10_000)


def test_a_journal_without_its_keystore_can_be_kept_aside_for_a_new_start(
    qtbot, qapp, service: ProfileService
) -> None:
    profile, _ = service.create(use_keychain=False, passphrase=PASSPHRASE, params=FAST)
    profile.lock()
    service.paths.keystore.unlink()
    database = service.paths.database.read_bytes()
    seen: list[str] = []
    click_in_message_box(qtbot, "Quit", seen)
    assert not app_module._offer_new_journal_without_keystore(qapp, service)
    assert service.state() is ProfileState.KEYSTORE_MISSING
    click_in_message_box(qtbot, "Keep it aside and start a new journal", seen)
    assert app_module._offer_new_journal_without_keystore(qapp, service)
    assert service.state() is ProfileState.NEW
    kept = list(service.paths.backups.glob("*keystore-missing.companion-backup"))
    assert len(kept) == 1
    import zipfile

    with zipfile.ZipFile(kept[0]) as z:
        assert z.read("companion.db") == database


def test_an_interrupted_setup_is_set_up_again(
    qtbot, qapp, service: ProfileService, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.paths.root.mkdir(parents=True, exist_ok=True)
    (service.paths.root / SETUP_MARKER).write_text("")
    service.paths.database.write_bytes(b"half made")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    from companion.ui import first_run

    shown: list[ProfileState] = []

    def first_run_exec(dialog: QDialog) -> int:
        shown.append(service.state())
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(first_run.FirstRunDialog, "exec", first_run_exec)
    profile, _ = app_module._profile_for_window(
        qapp, service, _prefs(), app_module.EarlyUnlock(), headless=False, demo=False
    )
    assert profile is None
    assert "interrupted" in told[0]
    assert shown == [ProfileState.NEW]
    assert not service.paths.database.exists()


def _prefs() -> Callable[[], object]:
    from companion.ui.preferences import Preferences

    return Preferences()  # type: ignore[return-value]


def test_the_next_start_sweeps_what_an_interrupted_backup_left(
    qtbot, service: ProfileService, profile, tmp_path: Path
) -> None:
    from companion.services.leftovers import PARTIAL_PREFIX
    from companion.ui.preferences import Preferences
    from tests.services.test_data_safety import _dead_pid

    folder = tmp_path / "usb stick"
    folder.mkdir()
    profile.service(BackupService).back_up_to(folder)
    stray = folder / f"{PARTIAL_PREFIX}{_dead_pid()}-killed.tmp"
    stray.write_bytes(b"half of a backup")
    window = MainWindow(service, profile, Preferences())
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: not stray.exists(), timeout=10_000)
    assert [p.suffix for p in folder.iterdir()] == [".companion-backup"]
    window.close()
