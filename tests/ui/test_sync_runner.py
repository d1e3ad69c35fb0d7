"""Sync running by itself while the journal is open: files another computer writes come in
and show without anyone going anywhere, a write here goes out a moment later, one round at a
time, nothing while locked, and the status bar says how it is going (at a fixed place)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from companion.domain.journal import EntryDraft
from companion.services.profile import ProfileService, UnlockedProfile
from companion.ui.main_window import MainWindow
from companion.ui.sync_runner import SyncKind
from tests.services.conftest import FAST
from tests.support.shown_text import shown_text
from tests.support.sync_folders import change_files, other_computer, titles, write_and_send
from tests.support.window_actions import activate, unlock
from tests.ui.conftest import PASSPHRASE

WAIT = 10_000


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shared = tmp_path / "Sync"
    shared.mkdir()
    return shared


@pytest.fixture
def profile(service: ProfileService, folder: Path) -> UnlockedProfile:
    """This computer's journal, syncing through ``folder`` before the window opens."""
    opened, _ = service.create(use_keychain=False, passphrase=PASSPHRASE, params=FAST)
    opened.sync.set_up(folder, name="Home")
    return opened


@pytest.fixture
def work(tmp_path: Path, folder: Path, profile: UnlockedProfile) -> Iterator[UnlockedProfile]:
    with other_computer(tmp_path, folder, profile.recovery_key()) as joined:
        yield joined


def _synced(window: MainWindow) -> bool:
    label = window.sync_status
    return label is not None and label.isVisible() and label.text() == "Synced just now"


def _place(window: MainWindow) -> tuple[int, int, int]:
    """Where the sync line sits: its distance from the status bar's right end, its width
    and height (once the status bar has laid out what it holds)."""
    bar, label = window.statusBar(), window.sync_status
    assert label is not None
    bar.layout().activate()
    return bar.width() - label.geometry().right(), label.width(), label.height()


def _type_entry(qtbot, window: MainWindow, title: str) -> None:
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.journal_view.editor
    qtbot.keyClicks(editor.title_edit, title)
    qtbot.keyClicks(editor.body_edit, "typed here")
    qtbot.waitUntil(lambda: editor.status_label.text() == "Saved", timeout=WAIT)


def test_an_entry_from_the_other_computer_shows_by_itself(
    qtbot, window: MainWindow, work: UnlockedProfile
) -> None:
    qtbot.waitUntil(lambda: _synced(window), timeout=WAIT)  # the round at unlock
    runner = window.sync_runner
    assert any(work.sync.device_id() in path for path in runner.watched)
    view = window.journal_view
    assert "Arrived from work" not in shown_text(view)
    write_and_send(work, "Arrived from work")
    # no click, no navigation: the folder's watcher starts a round, the views follow
    qtbot.waitUntil(lambda: "Arrived from work" in shown_text(view), timeout=WAIT)
    assert window.journal_view is view


def test_a_write_here_goes_out_a_moment_later(
    qtbot, window: MainWindow, folder: Path, work: UnlockedProfile
) -> None:
    profile = window.profile
    assert profile is not None
    mine = profile.sync.device_id()
    qtbot.waitUntil(lambda: _synced(window), timeout=WAIT)
    before = len(change_files(folder, mine))
    _type_entry(qtbot, window, "Typed at home")
    qtbot.waitUntil(lambda: len(change_files(folder, mine)) > before, timeout=WAIT)
    work.sync.sync_now()
    assert "Typed at home" in titles(work)


def test_rounds_never_overlap_and_one_asked_for_meanwhile_follows(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = window.profile
    assert profile is not None
    runner = window.sync_runner
    qtbot.waitUntil(lambda: _synced(window) and runner.is_idle(), timeout=WAIT)
    service = profile.sync
    real = service.sync_now
    hold = threading.Event()
    lock = threading.Lock()
    running = [0]
    most = [0]
    calls: list[bool] = []

    def held_round(progress=None, *, capture_local: bool = True):  # type: ignore[no-untyped-def]
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
            calls.append(capture_local)
        hold.wait(WAIT / 1000)
        try:
            return real(progress, capture_local=capture_local)
        finally:
            with lock:
                running[0] -= 1

    monkeypatch.setattr(service, "sync_now", held_round)
    started = runner.rounds
    runner.request_round(capture_local=False)
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=WAIT)
    for _ in range(3):
        runner.request_round(capture_local=True)
    # Sync now in Settings waits for the gate too
    window.settings_action.trigger()
    group = window.settings_dialog.sync_box
    qtbot.waitExposed(window.settings_dialog)
    qtbot.mouseClick(group.sync_button, Qt.MouseButton.LeftButton)
    assert runner.busy and len(calls) == 1
    hold.set()
    qtbot.waitUntil(lambda: runner.is_idle() and not group.busy, timeout=WAIT)
    assert most[0] == 1
    assert runner.rounds == started + 2  # the three asked for during the first: one more
    assert calls[0] is False and calls[1:] == [True, True]


def test_nothing_runs_while_locked_and_unlocking_catches_up(
    qtbot, window: MainWindow, work: UnlockedProfile
) -> None:
    qtbot.waitUntil(lambda: _synced(window), timeout=WAIT)
    runner = window.sync_runner
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked
    assert runner.watched == [] and runner.is_idle()
    label = window.sync_status
    assert label is not None and not label.isVisible()
    write_and_send(work, "Written while locked")
    unlock(qtbot, window)
    window.show_area_key("journal")
    view = window.journal_view
    qtbot.waitUntil(lambda: "Written while locked" in shown_text(view), timeout=WAIT)
    qtbot.waitUntil(lambda: _synced(window), timeout=WAIT)


def test_the_status_bar_says_when_the_folder_is_away_and_stays_in_place(
    qtbot, window: MainWindow, folder: Path
) -> None:
    qtbot.waitUntil(lambda: _synced(window), timeout=WAIT)
    label = window.sync_status
    assert label is not None
    place = _place(window)
    away = folder.rename(folder.with_name("unplugged"))
    _type_entry(qtbot, window, "Written while away")
    qtbot.waitUntil(lambda: label.text() == "Sync folder not available right now", timeout=WAIT)
    assert "USB stick" in label.toolTip()
    assert _place(window) == place
    assert window.sync_runner.watched == []
    away.rename(folder)
    profile = window.profile
    assert profile is not None
    mine = profile.sync.device_id()
    window.sync_runner.request_round()  # as the half-minute fallback would
    qtbot.waitUntil(lambda: _synced(window), timeout=WAIT)
    assert change_files(folder, mine)
    assert any(str(folder) == path for path in window.sync_runner.watched)


def test_a_problem_shows_in_the_status_bar_and_a_click_opens_the_settings(
    qtbot, window: MainWindow, folder: Path, work: UnlockedProfile
) -> None:
    qtbot.waitUntil(lambda: _synced(window), timeout=WAIT)
    write_and_send(work, "Fine")
    devices = folder / "devices" / work.sync.device_id()
    (good,) = sorted(devices.glob("c-*.csync"))
    (devices / "c-0000000099.csync").write_bytes(good.read_bytes())
    label = window.sync_status
    assert label is not None
    qtbot.waitUntil(lambda: label.text().startswith("Sync problem:"), timeout=WAIT)
    assert window.sync_runner.state.kind is SyncKind.PROBLEM
    assert "could not be read" in label.toolTip()
    place = label.width()
    assert label.fontMetrics().horizontalAdvance(label.text()) <= place
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    box = dialog.sync_box
    assert "could not be read" in box.problem_label.text()
    viewport = box.parentWidget().parentWidget()  # the settings' scroll area shows it whole
    top_left = box.mapTo(viewport, QPoint(0, 0))
    assert viewport.rect().contains(QRect(top_left, box.size()))


def test_nothing_shows_while_sync_is_not_set_up(qtbot, window: MainWindow) -> None:
    profile = window.profile
    assert profile is not None
    profile.sync.stop()
    window.sync_runner.request_round()
    qtbot.waitUntil(lambda: window.sync_runner.is_idle(), timeout=WAIT)
    assert window.sync_runner.state.kind is SyncKind.OFF
    label = window.sync_status
    assert label is None or not label.isVisible()
    profile.journal.create(EntryDraft(title="Not synced", body="here only"))
    qtbot.waitUntil(lambda: window.sync_runner.is_idle(), timeout=WAIT)
    assert window.sync_runner.watched == []


def test_the_other_computers_files_folders_are_watched_too(
    qtbot, window: MainWindow, work: UnlockedProfile
) -> None:
    """The bytes of a kept file can arrive after the change file that needs them (the sync
    program delivers files in any order): their folder is watched, so they are brought at
    once rather than at the next fallback round."""
    from companion.services.attachments import AttachmentService
    from tests.support import attachment_samples as samples

    qtbot.waitUntil(lambda: _synced(window), timeout=WAIT)
    entry = work.journal.create(EntryDraft(title="With a drawing", body="x"))
    work.service(AttachmentService).add(entry.id, "drawing.png", samples.png())
    work.sync.sync_now()
    device = work.sync.device_id()
    runner = window.sync_runner
    qtbot.waitUntil(
        lambda: any(device in p and p.endswith("files") for p in runner.watched), timeout=WAIT
    )
