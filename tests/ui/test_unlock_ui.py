"""The start-up unlock window: keychain trouble, the recovery key, and a damaged file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from companion.domain.journal import EntryDraft
from companion.services.profile import ProfileService
from companion.ui.main_window import MainWindow
from companion.ui.preferences import Preferences
from companion.ui.tag_edit import TagEdit
from companion.ui.unlock_dialog import UnlockDialog
from tests.services.conftest import FAST
from tests.ui.conftest import PASSPHRASE


@pytest.fixture
def keychain_profile(service: ProfileService) -> ProfileService:
    profile, _ = service.create(use_keychain=True, passphrase=PASSPHRASE, params=FAST)
    for i in range(30):
        profile.journal.create(EntryDraft(body=f"entry {i} " + "words " * 50))
    profile.backup_if_due()
    profile.lock()
    return service


def test_keychain_opens_without_a_prompt(qtbot, keychain_profile: ProfileService) -> None:
    dialog = UnlockDialog(keychain_profile)
    qtbot.addWidget(dialog)
    assert dialog.panel.method == "keychain"
    dialog.panel.try_keychain_silently()
    qtbot.waitUntil(lambda: dialog.profile is not None, timeout=10_000)
    assert dialog.profile.journal.count() == 30
    dialog.profile.lock()


def test_lost_keychain_falls_back_and_then_offers_to_store_the_key_again(
    qtbot, keychain_profile: ProfileService, memory_keyring, monkeypatch
) -> None:
    memory_keyring.items.clear()
    dialog = UnlockDialog(keychain_profile)
    qtbot.addWidget(dialog)
    dialog.panel.try_keychain_silently()
    qtbot.waitUntil(lambda: dialog.panel.method == "passphrase", timeout=10_000)
    assert "keychain" in dialog.panel.error_label.text().lower()
    qtbot.keyClicks(dialog.panel.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(dialog.panel.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.profile is not None, timeout=10_000)
    assert dialog.keychain_failed
    window = MainWindow(keychain_profile, dialog.profile, Preferences())
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.offer_keychain_again()
    assert len(memory_keyring.items) == 1
    window.close()
    assert dialog.profile.is_locked
    keychain_profile.unlock_with_keychain().lock()


def test_damaged_file_offers_the_backup(qtbot, keychain_profile: ProfileService) -> None:
    db = keychain_profile.paths.database
    data = bytearray(db.read_bytes())
    data[4096 + 1500] ^= 0x55
    db.write_bytes(bytes(data))
    dialog = UnlockDialog(keychain_profile)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.panel.try_keychain_silently()
    qtbot.waitUntil(lambda: dialog.panel.restore_button.isVisible(), timeout=10_000)
    assert "damaged" in dialog.panel.error_label.text()
    qtbot.mouseClick(dialog.panel.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.profile is not None, timeout=10_000)
    assert dialog.profile.journal.count() == 30
    dialog.profile.lock()
    kept = [p.name for p in keychain_profile.paths.backups.iterdir()]
    # the damaged file is kept aside once, as damaged (never as "before a restore", which
    # would later be offered as a good copy)
    assert sum(name.endswith("-damaged.companion-backup") for name in kept) == 1, kept
    assert not any("before-restore" in name for name in kept), kept


def test_tag_field_completes_from_existing_tags(qtbot) -> None:
    edit = TagEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.set_known_tags(["family", "friends", "work"])
    qtbot.keyClicks(edit, "work, fr")
    completer = edit._completer
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "friends"
    completer.activated.emit("friends")
    assert edit.tags() == ["work", "friends"]


def test_a_tag_typed_with_its_hash_is_completed_too(qtbot) -> None:
    """Found by a user test: "#wo" offered nothing, so the half tag was kept."""
    edit = TagEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.set_known_tags(["family", "work"])
    qtbot.keyClicks(edit, "#wo")
    assert edit._completer.completionCount() == 1
    assert edit._completer.currentCompletion() == "work"
