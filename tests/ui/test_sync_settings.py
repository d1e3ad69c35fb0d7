"""Settings, "Sync between computers": setting sync up in a folder, the computers sharing the
journal, Sync now, taking a computer off the list, stopping; the folder away and a damaged
file in plain words. Real buttons; a second computer joins through the same folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from companion.config import ProfilePaths
from companion.domain.journal import EntryDraft
from companion.services.profile import ProfileService
from companion.ui.main_window import MainWindow
from companion.ui.settings_dialog import SettingsDialog
from companion.ui.sync_settings import SyncSettingsGroup
from tests.services.conftest import FAST
from tests.support.file_dialogs import answer_folder_dialog
from tests.support.shown_text import shown_text
from tests.support.sync_folders import other_computer, titles, write_and_send

WAIT = 10_000


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shared = tmp_path / "Sync" / "Companion"
    shared.mkdir(parents=True)
    return shared


def _open(qtbot, window: MainWindow) -> SyncSettingsGroup:
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    return dialog.sync_box


def _click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _answer(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    """Questions are answered with ``answer``; returns what was asked."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object, **_k: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _settled(group: SyncSettingsGroup, computers: int) -> bool:
    return not group.busy and group.computers.count() == computers


def _click_computer(qtbot, group: SyncSettingsGroup, word: str) -> None:
    view = group.computers
    (item,) = [view.item(i) for i in range(view.count()) if word in view.item(i).text()]
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(item).center()
    )
    assert view.currentItem() is item


def test_not_set_up_explains_in_plain_words_and_a_cancelled_choice_changes_nothing(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    group = _open(qtbot, window)
    assert not group.is_set_up
    words = group.intro.text() + group.how_to.text()
    for expected in ("never goes online", "Syncthing", "Dropbox", "USB stick", "recovery key"):
        assert expected in words
    assert "I already use Companion on another computer" in words
    assert not group.sync_button.isVisible() and not group.computers.isVisible()
    asked = answer_folder_dialog(monkeypatch, None)
    _click(qtbot, group.choose_button)
    assert asked == ["Choose the sync folder"]
    assert not group.is_set_up and not group.busy
    assert window.profile is not None and window.profile.sync.folder is None


def test_set_up_two_computers_sync_now_remove_and_stop(
    qtbot, window: MainWindow, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = window.profile
    assert profile is not None
    group = _open(qtbot, window)
    answer_folder_dialog(monkeypatch, folder)
    _click(qtbot, group.choose_button)
    assert group.busy and not group.choose_button.isEnabled()  # work runs off the UI thread
    qtbot.waitUntil(lambda: group.is_set_up and _settled(group, 1), timeout=WAIT)
    assert str(folder) in group.folder_label.toolTip()
    assert "(this computer)" in group.computers.item(0).text()
    assert "Sync is set up" in group.message.text()
    assert (folder / "companion-journal.json").exists()
    # the status bar says so too
    label = window.sync_status
    qtbot.waitUntil(lambda: label is not None and label.isVisible(), timeout=WAIT)

    with other_computer(tmp_path, folder, profile.recovery_key()) as work:
        write_and_send(work, "Written at work")
        _click(qtbot, group.sync_button)
        qtbot.waitUntil(lambda: _settled(group, 2), timeout=WAIT)
        assert group.message.text().startswith("Up to date")
        shown = [group.computers.item(i).text() for i in range(2)]
        assert any("Work laptop — last sent changes" in text for text in shown), shown
        assert titles(profile) == ["Written at work"]
        # the journal shows it without anyone going there
        window.show_area_key("journal")
        qtbot.waitUntil(lambda: "Written at work" in shown_text(window.journal_view), timeout=WAIT)

        # this computer cannot be removed; the other can
        _click_computer(qtbot, group, "this computer")
        assert not group.forget_button.isEnabled()
        _click_computer(qtbot, group, "Work laptop")
        asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
        _click(qtbot, group.forget_button)
        assert "Work laptop" in asked[0] and "files stay in the sync folder" in asked[0]
        qtbot.waitUntil(lambda: _settled(group, 1), timeout=WAIT)
        assert "this computer" in group.computers.item(0).text()

    # stopping: asked first; the journal and the folder's files stay
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    _click(qtbot, group.stop_button)
    assert group.is_set_up and "journal here stays" in asked[0]
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    _click(qtbot, group.stop_button)
    qtbot.waitUntil(lambda: not group.is_set_up and not group.busy, timeout=WAIT)
    assert group.choose_button.isVisible() and not group.sync_button.isVisible()
    assert "Sync is off on this computer" in group.message.text()
    assert profile.sync.folder is None
    assert titles(profile) == ["Written at work"]
    assert list(folder.glob("devices/*/*.csync"))
    qtbot.waitUntil(lambda: label is not None and not label.isVisible(), timeout=WAIT)


def test_a_folder_holding_another_journal_is_refused_kindly(
    qtbot, window: MainWindow, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stranger, _key = ProfileService(ProfilePaths(tmp_path / "stranger")).create(
        use_keychain=False, passphrase="stranger phrase", params=FAST
    )
    try:
        stranger.sync.set_up(folder)
    finally:
        stranger.lock()
    group = _open(qtbot, window)
    answer_folder_dialog(monkeypatch, folder)
    _click(qtbot, group.choose_button)
    qtbot.waitUntil(lambda: not group.busy, timeout=WAIT)
    assert not group.is_set_up
    assert "another Companion journal" in group.message.text()
    assert group.choose_button.isEnabled()


def test_the_folder_away_is_said_plainly_and_nothing_is_lost(
    qtbot, window: MainWindow, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = window.profile
    assert profile is not None
    group = _open(qtbot, window)
    answer_folder_dialog(monkeypatch, folder)
    _click(qtbot, group.choose_button)
    qtbot.waitUntil(lambda: group.is_set_up and _settled(group, 1), timeout=WAIT)
    away = folder.rename(folder.with_name("unplugged"))
    profile.journal.create(EntryDraft(title="While away", body="kept"))
    _click(qtbot, group.sync_button)
    qtbot.waitUntil(lambda: not group.busy, timeout=WAIT)
    assert "not available right now" in group.problem_label.text()
    assert group.problem_label.isVisible()
    assert group.waiting_label.isVisible()
    assert "1 change waiting" in group.waiting_label.text()
    label = window.sync_status
    assert label is not None and label.text() == "Sync folder not available right now"

    away.rename(folder)
    _click(qtbot, group.sync_button)
    qtbot.waitUntil(lambda: not group.busy and not group.waiting_label.isVisible(), timeout=WAIT)
    assert not group.problem_label.isVisible()
    with other_computer(tmp_path, folder, profile.recovery_key()) as work:
        assert titles(work) == ["While away"]


def test_a_damaged_file_shows_the_problem_in_plain_words(
    qtbot, window: MainWindow, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = window.profile
    assert profile is not None
    group = _open(qtbot, window)
    answer_folder_dialog(monkeypatch, folder)
    _click(qtbot, group.choose_button)
    qtbot.waitUntil(lambda: group.is_set_up and _settled(group, 1), timeout=WAIT)
    with other_computer(tmp_path, folder, profile.recovery_key()) as work:
        write_and_send(work, "Fine")
        work_id = work.sync.device_id()
    # a file that does not open (a good one under another number)
    devices = folder / "devices" / work_id
    (good,) = sorted(devices.glob("c-*.csync"))
    (devices / "c-0000000099.csync").write_bytes(good.read_bytes())
    _click(qtbot, group.sync_button)
    qtbot.waitUntil(lambda: not group.busy and group.problem_label.isVisible(), timeout=WAIT)
    assert "could not be read" in group.problem_label.text()
    assert "Nothing from it was used" in group.problem_label.text()
    assert titles(profile) == ["Fine"]  # the good one came in all the same


def test_a_folder_holding_other_files_is_used_only_when_the_client_says_so(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    busy = tmp_path / "Documents"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine")
    group = _open(qtbot, window)
    answer_folder_dialog(monkeypatch, busy)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    _click(qtbot, group.choose_button)
    assert "already holds other files" in asked[0]
    assert not group.is_set_up and not (busy / "companion-journal.json").exists()
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    _click(qtbot, group.choose_button)
    qtbot.waitUntil(lambda: group.is_set_up and not group.busy, timeout=WAIT)
    assert (busy / "notes.txt").read_text() == "mine"


def test_sync_now_leaves_the_keyboard_on_its_button(
    qtbot, window: MainWindow, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    group = _open(qtbot, window)
    answer_folder_dialog(monkeypatch, folder)
    _click(qtbot, group.choose_button)
    qtbot.waitUntil(lambda: group.is_set_up and not group.busy, timeout=WAIT)
    group.sync_button.setFocus()
    qtbot.keyClick(group.sync_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not group.busy, timeout=WAIT)
    assert group.sync_button.hasFocus()
