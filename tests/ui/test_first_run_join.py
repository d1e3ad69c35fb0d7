"""The first start for someone who already uses Companion on another computer: choosing the
shared folder, typing the recovery key, choosing how this computer opens the journal, and
bringing it over (with Cancel), pressing the real buttons and keys.

The "other computer" is a journal made in a temporary folder and synced through a plain
folder, as if the sync program had already copied every file."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QRadioButton

from companion.config import ProfilePaths
from companion.domain.journal import EntryDraft, EntryFilter
from companion.formats.sync_folder import SyncFolderError
from companion.security.recovery import normalize_recovery_key
from companion.services.profile import (
    JOIN_MARKER,
    KeychainStatus,
    ProfileService,
    ProfileState,
)
from companion.services.sync import SyncService
from companion.ui.first_run import (
    FOLDER,
    JOIN_KEY,
    JOINED,
    JOINING,
    UNLOCK,
    WELCOME,
    FirstRunDialog,
)
from tests.services.conftest import FAST
from tests.support.file_dialogs import answer_folder_dialog
from tests.support.memory_keyring import MemoryKeyring

KEYCHAIN = KeychainStatus(True, "Test keychain")
NO_KEYCHAIN = KeychainStatus(False, "no keychain service is running")
CLICK = Qt.MouseButton.LeftButton


@dataclass(frozen=True)
class OtherComputer:
    folder: Path
    recovery_key: str


def _journal(tmp_path: Path, name: str, titles: list[str]) -> tuple[ProfileService, str]:
    service = ProfileService(ProfilePaths(tmp_path / name))
    profile, key = service.create(use_keychain=False, passphrase="other phrase 1", params=FAST)
    for title in titles:
        profile.journal.create(EntryDraft(title=title, body=f"{title} body"))
    profile.lock()
    return service, key


@pytest.fixture
def other(tmp_path: Path) -> OtherComputer:
    """A journal with three entries on "another computer", syncing through ``Shared``."""
    folder = tmp_path / "Shared"
    folder.mkdir()
    service = ProfileService(ProfilePaths(tmp_path / "laptop"))
    profile, key = service.create(use_keychain=False, passphrase="laptop phrase", params=FAST)
    for title in ("Monday", "Tuesday", "Wednesday"):
        profile.journal.create(EntryDraft(title=title, body=f"{title} body"))
    profile.sync.set_up(folder, name="Laptop")
    profile.lock()
    return OtherComputer(folder, key)


def _open(qtbot, service: ProfileService, keychain: KeychainStatus = KEYCHAIN) -> FirstRunDialog:
    dialog = FirstRunDialog(service, keychain)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def _pick(qtbot, choice: QRadioButton) -> None:
    """Click a choice on its circle (the button is as wide as the page; only the circle and
    its words take clicks)."""
    qtbot.mouseClick(choice, CLICK, pos=QPoint(8, choice.height() // 2))


def _to_folder_page(qtbot, dialog: FirstRunDialog) -> None:
    _pick(qtbot, dialog.join_choice)
    qtbot.mouseClick(dialog.next_button, CLICK)
    assert dialog.pages.currentIndex() == FOLDER


def _choose(qtbot, dialog: FirstRunDialog, monkeypatch, folder: Path | None) -> list[str]:
    asked = answer_folder_dialog(monkeypatch, folder)
    qtbot.mouseClick(dialog.folder_page.choose_button, CLICK)
    return asked


def _type_key(qtbot, dialog: FirstRunDialog, key: str) -> None:
    dialog.join_key_page.key_edit.clear()
    qtbot.keyClicks(dialog.join_key_page.key_edit, key)
    qtbot.mouseClick(dialog.next_button, CLICK)


def _to_unlock_page(qtbot, dialog: FirstRunDialog, monkeypatch, other: OtherComputer) -> None:
    _to_folder_page(qtbot, dialog)
    _choose(qtbot, dialog, monkeypatch, other.folder)
    qtbot.mouseClick(dialog.next_button, CLICK)
    _type_key(qtbot, dialog, other.recovery_key)
    assert dialog.pages.currentIndex() == UNLOCK


def _page_text(dialog: FirstRunDialog, index: int) -> str:
    return " ".join(label.text() for label in dialog.pages.widget(index).findChildren(QLabel))


def _titles(profile) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(entry.title for entry in profile.journal.list(EntryFilter()))


def _nothing_made(service: ProfileService) -> bool:
    root = service.paths.root
    left = {p.name for p in root.iterdir()} if root.exists() else set()
    return service.state() is ProfileState.NEW and left <= {"backups"}


def _focused() -> object:
    return QApplication.focusWidget()


def _key(qtbot, key: Qt.Key) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key)


# -- the whole way ---------------------------------------------------------------------------


def test_joining_brings_the_other_computers_journal(
    qtbot, service: ProfileService, other: OtherComputer, monkeypatch, memory_keyring
) -> None:
    dialog = _open(qtbot, service)
    assert dialog.new_choice.isChecked()  # a new journal stays the usual way
    assert "another computer" in dialog.join_choice.text()
    _to_folder_page(qtbot, dialog)
    explained = _page_text(dialog, FOLDER)
    assert "sync program" in explained and "wait until it is done" in explained
    asked = _choose(qtbot, dialog, monkeypatch, other.folder)
    assert asked == ["Choose the shared folder"]
    assert dialog.folder_page.folder_edit.text() == str(other.folder)
    assert "holds a Companion journal" in dialog.folder_page.message.text()
    qtbot.mouseClick(dialog.next_button, CLICK)
    assert dialog.pages.currentIndex() == JOIN_KEY
    # typed in small letters with spaces between the groups
    _type_key(qtbot, dialog, other.recovery_key.lower().replace("-", " "))
    assert dialog.pages.currentIndex() == UNLOCK
    assert "on this computer" in dialog.unlock_heading.text()
    assert dialog.keychain_box.isChecked() and not dialog.passphrase_box.isChecked()
    qtbot.mouseClick(dialog.next_button, CLICK)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == JOINED, timeout=20_000)

    done = _page_text(dialog, JOINED)
    assert "recovery key stays the same" in done and "other computer" in done
    assert other.recovery_key not in done  # not shown again: the client has it
    assert normalize_recovery_key(other.recovery_key) not in done
    assert dialog.join_key_page.key_edit.text() == ""
    assert dialog.next_button.text() == "Start writing"
    qtbot.mouseClick(dialog.next_button, CLICK)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted

    profile = dialog.profile
    assert profile is not None
    try:
        assert _titles(profile) == ["Monday", "Tuesday", "Wednesday"]
        assert profile.sync.folder == other.folder.resolve()
        assert profile.recovery_key() == normalize_recovery_key(other.recovery_key)
        methods = profile.unlock_methods()
        assert methods.keychain and not methods.passphrase
        names = {c.name for c in profile.sync.status().computers}
        assert "Laptop" in names and len(names) == 2
    finally:
        profile.lock()
    assert service.state() is ProfileState.EXISTING
    assert not (service.paths.root / JOIN_MARKER).exists()
    assert len(memory_keyring.items) == 1
    service.unlock_with_keychain().lock()


def test_without_a_keychain_a_passphrase_is_required_and_checked(
    qtbot, service: ProfileService, other: OtherComputer, monkeypatch
) -> None:
    dialog = _open(qtbot, service, NO_KEYCHAIN)
    _to_unlock_page(qtbot, dialog, monkeypatch, other)
    assert not dialog.keychain_box.isEnabled() and dialog.passphrase_box.isChecked()
    assert "different from the one on your other computer" in dialog.join_unlock_note.text()
    qtbot.keyClicks(dialog.passphrase_edit, "short")
    qtbot.keyClicks(dialog.confirm_edit, "short")
    qtbot.mouseClick(dialog.next_button, CLICK)
    assert "at least" in dialog.message.text()
    assert dialog.pages.currentIndex() == UNLOCK
    assert _nothing_made(service)
    dialog.passphrase_edit.clear()
    dialog.confirm_edit.clear()
    qtbot.keyClicks(dialog.passphrase_edit, "a long enough phrase")
    qtbot.keyClicks(dialog.confirm_edit, "a different phrase!!")
    qtbot.mouseClick(dialog.next_button, CLICK)
    assert "not the same" in dialog.message.text()
    assert _nothing_made(service)
    dialog.confirm_edit.clear()
    qtbot.keyClicks(dialog.confirm_edit, "a long enough phrase")
    qtbot.mouseClick(dialog.next_button, CLICK)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == JOINED, timeout=20_000)
    assert dialog.passphrase_edit.text() == "" and dialog.confirm_edit.text() == ""
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # closing the last page keeps the journal
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert dialog.profile is not None
    dialog.profile.lock()
    reopened = service.unlock_with_passphrase("a long enough phrase")
    assert _titles(reopened) == ["Monday", "Tuesday", "Wednesday"]
    reopened.lock()


# -- what cannot be used ----------------------------------------------------------------------


def test_a_wrong_recovery_key_is_said_plainly_and_makes_nothing(
    qtbot, service: ProfileService, other: OtherComputer, monkeypatch, tmp_path: Path
) -> None:
    _service, another_key = _journal(tmp_path, "someone-else", ["Elsewhere"])
    dialog = _open(qtbot, service)
    _to_folder_page(qtbot, dialog)
    _choose(qtbot, dialog, monkeypatch, other.folder)
    qtbot.mouseClick(dialog.next_button, CLICK)
    _type_key(qtbot, dialog, another_key)
    assert dialog.pages.currentIndex() == JOIN_KEY
    assert "does not open the journal in this folder" in dialog.join_key_page.message.text()
    assert _focused() is dialog.join_key_page.key_edit
    assert dialog.join_key_page.key_edit.text() == another_key  # kept, to fix a typo
    assert _nothing_made(service)
    # a mistyped key (a group short) says what is wrong with it
    _type_key(qtbot, dialog, other.recovery_key[:-5])
    assert "32 letters and digits" in dialog.join_key_page.message.text()
    assert _focused() is dialog.join_key_page.key_edit
    assert _nothing_made(service)
    # typing again clears the message; the right key goes on
    qtbot.keyClicks(dialog.join_key_page.key_edit, "x")
    assert dialog.join_key_page.message.text() == ""
    _type_key(qtbot, dialog, other.recovery_key)
    assert dialog.pages.currentIndex() == UNLOCK


def test_a_folder_that_is_not_a_sync_folder_is_said_right_there(
    qtbot, service: ProfileService, other: OtherComputer, monkeypatch, tmp_path: Path
) -> None:
    plain = tmp_path / "Photos"
    plain.mkdir()
    dialog = _open(qtbot, service)
    _to_folder_page(qtbot, dialog)
    qtbot.mouseClick(dialog.next_button, CLICK)  # nothing chosen yet
    assert "choose the shared folder first" in dialog.folder_page.message.text()
    _choose(qtbot, dialog, monkeypatch, plain)
    message = dialog.folder_page.message.text()
    assert "does not hold a Companion journal" in message and "still be copying" in message
    qtbot.mouseClick(dialog.next_button, CLICK)
    assert dialog.pages.currentIndex() == FOLDER
    # closing the folder dialog without choosing changes nothing
    _choose(qtbot, dialog, monkeypatch, None)
    assert dialog.folder_page.folder_edit.text() == str(plain)
    _choose(qtbot, dialog, monkeypatch, other.folder)
    qtbot.mouseClick(dialog.next_button, CLICK)
    assert dialog.pages.currentIndex() == JOIN_KEY
    assert _nothing_made(service)


def test_a_folder_that_is_not_there_is_said_right_there(
    qtbot, service: ProfileService, other: OtherComputer, monkeypatch, tmp_path: Path
) -> None:
    dialog = _open(qtbot, service)
    _to_folder_page(qtbot, dialog)
    # typed (or pasted) rather than chosen
    qtbot.keyClicks(dialog.folder_page.folder_edit, str(tmp_path / "USB stick" / "Shared"))
    qtbot.mouseClick(dialog.next_button, CLICK)
    assert dialog.pages.currentIndex() == FOLDER
    assert "cannot find this folder" in dialog.folder_page.message.text()
    assert _focused() is dialog.folder_page.folder_edit
    # the folder goes away after it was chosen: the key page sends the client back
    moved = tmp_path / "Shared, moved"
    _choose(qtbot, dialog, monkeypatch, other.folder)
    qtbot.mouseClick(dialog.next_button, CLICK)
    other.folder.rename(moved)
    _type_key(qtbot, dialog, other.recovery_key)
    assert dialog.pages.currentIndex() == FOLDER
    assert "cannot find this folder" in dialog.folder_page.message.text()
    assert _nothing_made(service)
    _choose(qtbot, dialog, monkeypatch, moved)
    qtbot.mouseClick(dialog.next_button, CLICK)
    assert dialog.pages.currentIndex() == JOIN_KEY
    assert dialog.join_key_page.key_edit.text() == other.recovery_key


# -- going back, cancelling, failing ----------------------------------------------------------


def test_back_leads_the_way_it_came_and_keeps_what_was_typed(
    qtbot, service: ProfileService, other: OtherComputer, monkeypatch
) -> None:
    dialog = _open(qtbot, service)
    _to_folder_page(qtbot, dialog)
    qtbot.mouseClick(dialog.back_button, CLICK)
    assert dialog.pages.currentIndex() == WELCOME
    assert not dialog.back_button.isVisible()
    assert dialog.join_choice.isChecked()
    qtbot.mouseClick(dialog.next_button, CLICK)
    _choose(qtbot, dialog, monkeypatch, other.folder)
    qtbot.mouseClick(dialog.next_button, CLICK)
    _type_key(qtbot, dialog, other.recovery_key)
    assert dialog.pages.currentIndex() == UNLOCK
    qtbot.mouseClick(dialog.back_button, CLICK)
    assert dialog.pages.currentIndex() == JOIN_KEY
    assert dialog.join_key_page.key_edit.text() == other.recovery_key
    qtbot.mouseClick(dialog.back_button, CLICK)
    assert dialog.pages.currentIndex() == FOLDER
    assert dialog.folder_page.folder_edit.text() == str(other.folder)
    qtbot.mouseClick(dialog.back_button, CLICK)
    # changing one's mind: a new journal after all, with the usual heading
    _pick(qtbot, dialog.new_choice)
    qtbot.mouseClick(dialog.next_button, CLICK)
    assert dialog.pages.currentIndex() == UNLOCK
    assert dialog.unlock_heading.text() == "How should Companion open?"
    assert not dialog.join_unlock_note.isVisible()
    qtbot.mouseClick(dialog.back_button, CLICK)
    assert dialog.pages.currentIndex() == WELCOME
    assert _nothing_made(service)
    # before anything is made, closing the window simply ends the first start
    dialog.close()
    assert dialog.result() == FirstRunDialog.DialogCode.Rejected
    assert dialog.join_key_page.key_edit.text() == ""  # not kept once the dialog is over


@pytest.fixture
def held_round(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The first sync round waits until the returned event is set (so the test can press
    Cancel while the journal is being brought over)."""
    release = threading.Event()
    real = SyncService.sync_now

    def held(self: SyncService, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        release.wait(20)
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(SyncService, "sync_now", held)
    yield release
    release.set()


def test_cancel_while_joining_leaves_nothing_and_a_retry_works(
    qtbot,
    service: ProfileService,
    other: OtherComputer,
    monkeypatch,
    held_round: threading.Event,
    memory_keyring: MemoryKeyring,
) -> None:
    dialog = _open(qtbot, service)
    _to_unlock_page(qtbot, dialog, monkeypatch, other)
    qtbot.mouseClick(dialog.next_button, CLICK)
    assert dialog.pages.currentIndex() == JOINING
    assert dialog.cancel_button.isVisible() and not dialog.next_button.isVisible()
    assert not dialog.back_button.isVisible()
    qtbot.waitUntil(lambda: service.paths.keystore.exists(), timeout=10_000)
    # Escape (or closing the window) asks to stop: the dialog stays until the work has
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and not dialog.cancel_button.isEnabled()
    assert "Stopping" in dialog.message.text()
    held_round.set()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == JOIN_KEY, timeout=20_000)
    assert "stopped" in dialog.join_key_page.message.text()
    assert "nothing of it was kept" in dialog.join_key_page.message.text()
    assert dialog.profile is None and dialog.isVisible()
    assert _nothing_made(service)
    assert not memory_keyring.items
    # the key is still in its field: trying again is Continue, Continue
    qtbot.mouseClick(dialog.next_button, CLICK)
    assert dialog.pages.currentIndex() == UNLOCK
    qtbot.mouseClick(dialog.next_button, CLICK)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == JOINED, timeout=20_000)
    assert dialog.profile is not None
    assert _titles(dialog.profile) == ["Monday", "Tuesday", "Wednesday"]
    dialog.profile.lock()


def test_cancel_button_stops_joining(
    qtbot, service: ProfileService, other: OtherComputer, monkeypatch, held_round
) -> None:
    dialog = _open(qtbot, service)
    _to_unlock_page(qtbot, dialog, monkeypatch, other)
    qtbot.mouseClick(dialog.next_button, CLICK)
    qtbot.mouseClick(dialog.cancel_button, CLICK)
    dialog.close()  # also only asks to stop
    assert dialog.isVisible()
    held_round.set()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == JOIN_KEY, timeout=20_000)
    assert _nothing_made(service)


def test_a_failure_after_the_journal_was_made_leaves_nothing_behind(
    qtbot, service: ProfileService, other: OtherComputer, monkeypatch
) -> None:
    dialog = _open(qtbot, service)
    _to_unlock_page(qtbot, dialog, monkeypatch, other)

    def fails(self: SyncService, *_a: object, **_k: object) -> None:
        assert service.paths.keystore.exists()  # the journal here was made already
        raise SyncFolderError("Companion could not write to the sync folder.")

    with monkeypatch.context() as patched:
        patched.setattr(SyncService, "set_up", fails)
        qtbot.mouseClick(dialog.next_button, CLICK)
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == FOLDER, timeout=20_000)
    message = dialog.folder_page.message.text()
    assert "could not write" in message and "Nothing was kept on this computer" in message
    assert _nothing_made(service)
    qtbot.mouseClick(dialog.next_button, CLICK)  # the same folder, the same key
    assert dialog.pages.currentIndex() == JOIN_KEY
    qtbot.mouseClick(dialog.next_button, CLICK)
    qtbot.mouseClick(dialog.next_button, CLICK)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == JOINED, timeout=20_000)
    assert dialog.profile is not None
    dialog.profile.lock()


def test_a_join_cut_short_last_time_does_not_block_this_one(
    qtbot, service: ProfileService, other: OtherComputer, monkeypatch
) -> None:
    # what a crash during the first round leaves: a whole journal here, still marked
    service._join(
        other.folder, other.recovery_key, use_keychain=True, passphrase=None, params=FAST,
        marker=True,
    ).lock()  # fmt: skip
    assert service.state() is ProfileState.INCOMPLETE
    service.start_over()  # what the app does at start (test_damage_ui)
    dialog = _open(qtbot, service)
    _to_unlock_page(qtbot, dialog, monkeypatch, other)
    qtbot.mouseClick(dialog.next_button, CLICK)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == JOINED, timeout=20_000)
    assert dialog.profile is not None
    assert _titles(dialog.profile) == ["Monday", "Tuesday", "Wednesday"]
    dialog.profile.lock()


# -- the keyboard alone -----------------------------------------------------------------------


def test_keyboard_only(qtbot, service: ProfileService, other: OtherComputer, monkeypatch) -> None:
    answer_folder_dialog(monkeypatch, other.folder)
    dialog = _open(qtbot, service)
    qtbot.waitUntil(lambda: _focused() is dialog.new_choice, timeout=2_000)
    _key(qtbot, Qt.Key.Key_Down)  # the other choice
    assert dialog.join_choice.isChecked()
    _key(qtbot, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == FOLDER
    assert _focused() is dialog.folder_page.choose_button
    _key(qtbot, Qt.Key.Key_Return)  # opens the folder dialog
    assert dialog.folder_page.folder_edit.text() == str(other.folder)
    assert _focused() is dialog.next_button
    _key(qtbot, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == JOIN_KEY
    assert _focused() is dialog.join_key_page.key_edit
    qtbot.keyClicks(_focused(), other.recovery_key)
    _key(qtbot, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == UNLOCK
    assert _focused() is dialog.keychain_box
    _key(qtbot, Qt.Key.Key_Tab)
    assert _focused() is dialog.passphrase_box
    _key(qtbot, Qt.Key.Key_Space)
    assert dialog.passphrase_box.isChecked()
    _key(qtbot, Qt.Key.Key_Tab)
    assert _focused() is dialog.passphrase_edit
    qtbot.keyClicks(_focused(), "typed without a mouse")
    _key(qtbot, Qt.Key.Key_Tab)
    assert _focused() is dialog.confirm_edit
    qtbot.keyClicks(_focused(), "typed without a mouse")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == JOINED, timeout=20_000)
    assert _focused() is dialog.next_button
    _key(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert dialog.profile is not None
    methods = dialog.profile.unlock_methods()
    assert methods.keychain and methods.passphrase
    dialog.profile.lock()
