"""Starting Companion: the opening window while the journal unlocks on a thread, and a journal
view that is built the first time the journal is opened (the app starts on Home)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from companion.app import EarlyUnlocking
from companion.domain.journal import EntryDraft
from companion.services.profile import ProfileService, UnlockedProfile
from companion.ui.first_paint import when_painted
from companion.ui.main_window import MainWindow
from companion.ui.opening_window import WAIT_PAUSE_S, OpeningWindow
from companion.ui.preferences import Preferences
from tests.support.window_actions import go_to_area
from tests.ui.conftest import PASSPHRASE


@pytest.fixture
def home_window(qtbot, service: ProfileService, profile: UnlockedProfile):
    """The window as the app opens it: on Home, nothing else asked for."""
    win = MainWindow(service, profile, Preferences())
    qtbot.addWidget(win)
    win.show()
    win.start(background_work=False)
    qtbot.waitExposed(win)
    yield win
    if win.profile is not None:
        win.profile.lock()


# -- unlocking on a thread --------------------------------------------------------------------


def test_the_early_unlock_runs_on_its_own_thread_and_wipes_the_passphrase(
    service: ProfileService, profile: UnlockedProfile, monkeypatch
) -> None:
    profile.lock()
    threads: list[str] = []
    unlock = ProfileService.unlock_with_passphrase

    def recording(self: ProfileService, passphrase: str, **options: bool) -> UnlockedProfile:
        threads.append(threading.current_thread().name)
        return unlock(self, passphrase, **options)

    monkeypatch.setattr(ProfileService, "unlock_with_passphrase", recording)
    secret = "".join(PASSPHRASE)  # a string of its own, which wipe() overwrites
    unlocking = EarlyUnlocking(service, secret)
    assert unlocking.tries
    early = unlocking.outcome()
    assert early.profile is not None and not early.profile.is_locked
    assert threads == ["companion-unlock"]
    assert secret != PASSPHRASE  # overwritten in memory once used
    early.profile.lock()


def test_a_wrong_passphrase_is_reported_by_the_outcome(
    service: ProfileService, profile: UnlockedProfile
) -> None:
    profile.lock()
    early = EarlyUnlocking(service, "".join("not the passphrase")).outcome()
    assert early.profile is None
    assert "did not open" in early.message


def test_nothing_is_tried_without_a_way_to_open_without_asking(
    service: ProfileService, profile: UnlockedProfile, tmp_path: Path
) -> None:
    profile.lock()
    unlocking = EarlyUnlocking(service, None)  # no keychain slot, no passphrase given
    assert not unlocking.tries and unlocking.done
    assert unlocking.outcome().profile is None
    empty = EarlyUnlocking(ProfileService(service.paths.__class__(tmp_path / "new")), None)
    assert not empty.tries


def test_an_error_on_the_thread_is_raised_where_the_outcome_is_asked_for(
    service: ProfileService, profile: UnlockedProfile, monkeypatch
) -> None:
    profile.lock()

    def broken(self: ProfileService, passphrase: str, **options: bool) -> UnlockedProfile:
        raise RuntimeError("a defect, not a message for the client")

    monkeypatch.setattr(ProfileService, "unlock_with_passphrase", broken)
    unlocking = EarlyUnlocking(service, "".join(PASSPHRASE))
    with pytest.raises(RuntimeError):
        unlocking.outcome()
    assert unlocking.opened_profile() is None


# -- the opening window -----------------------------------------------------------------------


def test_the_opening_window_is_painted_at_once_and_closes_when_the_main_window_is(
    qtbot,
) -> None:
    opening = OpeningWindow()
    opening.show_now()
    handle = opening.windowHandle()
    assert handle is not None and handle.isExposed()
    assert opening.accessibleName() == "Opening your journal"
    main = QMainWindow()
    qtbot.addWidget(main)
    main.show()
    opening.hand_over(main)
    qtbot.waitUntil(lambda: not opening.isVisible(), timeout=5000)
    assert main.isVisible()


def test_the_opening_window_waits_with_the_pause_it_is_given(qtbot) -> None:
    """The app gives ``EarlyUnlocking.wait``, which returns as soon as the unlock is over."""
    opening = OpeningWindow()
    qtbot.addWidget(opening)
    pauses: list[float] = []

    def pause(seconds: float) -> None:
        pauses.append(seconds)

    opening.wait_for(lambda: len(pauses) == 2, pause=pause)
    assert pauses == [WAIT_PAUSE_S, WAIT_PAUSE_S]
    opening.wait_for(lambda: True, pause=pause)  # done already: no pause
    assert len(pauses) == 2


def test_waiting_for_the_early_unlock_ends_when_it_is_over(
    service: ProfileService, profile: UnlockedProfile
) -> None:
    profile.lock()
    unlocking = EarlyUnlocking(service, "".join(PASSPHRASE))
    unlocking.wait(600)
    assert unlocking.done
    early = unlocking.outcome()
    assert early.profile is not None
    early.profile.lock()
    EarlyUnlocking(service, None).wait(600)  # nothing tried: nothing to wait for


def test_when_painted_calls_back_once_after_the_first_frame(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    calls: list[bool] = []
    window.show()
    when_painted(window, lambda: calls.append(bool(window.windowHandle().isExposed())))
    qtbot.waitUntil(lambda: calls == [True], timeout=5000)
    qtbot.wait(50)
    assert calls == [True]


# -- the journal view, built when first needed ------------------------------------------------


def test_the_journal_view_is_built_when_the_journal_is_first_opened(
    qtbot, home_window: MainWindow
) -> None:
    assert home_window.current_area_key() == "home"
    assert home_window._journal_view is None
    profile = home_window.profile
    assert profile is not None
    profile.journal.create(EntryDraft(title="Written while the journal was not built", body="x"))
    view = go_to_area(qtbot, home_window, "journal")
    assert view is home_window.journal_view
    assert view.isVisible()
    titles = [
        view.model.index(row, 0).data(Qt.ItemDataRole.DisplayRole)
        for row in range(view.model.rowCount())
    ]
    assert any("Written while the journal was not built" in str(t) for t in titles)


def test_new_entry_from_home_builds_the_journal_and_starts_an_entry(
    qtbot, home_window: MainWindow
) -> None:
    qtbot.keyClick(home_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert home_window.current_area_key() == "journal"
    assert home_window._journal_view is not None
    assert home_window.journal_view.editor.entry_id is None


def test_locking_unlocking_and_closing_before_the_journal_was_opened(
    qtbot, home_window: MainWindow
) -> None:
    qtbot.keyClick(home_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert home_window.is_locked
    panel = home_window.lock_panel
    assert panel is not None
    qtbot.keyClicks(panel.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(panel.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not home_window.is_locked, timeout=10_000)
    assert home_window._journal_view is None
    view = go_to_area(qtbot, home_window, "journal")
    assert view.isVisible()
    home_window.close()
    QApplication.processEvents()
    assert home_window.profile is None  # closed and locked, nothing left unsaved


def test_quitting_hides_the_window_before_waiting_for_background_work(
    qtbot, home_window: MainWindow, monkeypatch
) -> None:
    """Found by a user test: quitting took up to two seconds with the window still shown,
    while the chart warm-up or a backup finished."""
    import companion.ui.main_window as main_window_module

    seen: list[bool] = []
    wait = main_window_module.wait_for_background_work

    def recording(*args: object) -> bool:
        seen.append(home_window.isVisible())
        return wait(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(main_window_module, "wait_for_background_work", recording)
    home_window.close()  # what the window system asks when the client closes the window
    qtbot.waitUntil(lambda: home_window.profile is None, timeout=5000)
    assert seen and seen[0] is False
