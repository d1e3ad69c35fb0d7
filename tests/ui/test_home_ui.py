from __future__ import annotations

from PySide6.QtCore import Qt

from companion.domain.journal import EntryDraft
from companion.ui.home.view import HomeView
from companion.ui.main_window import MainWindow


def test_home_is_warm_when_empty_and_buttons_move_to_the_areas(qtbot, window: MainWindow) -> None:
    home = window.show_area_key("home")
    assert isinstance(home, HomeView)
    assert "No session yet" in home.last_label.text()
    assert "Whenever you like" in home.entries_label.text()
    assert not home.after_button.isEnabled()
    qtbot.mouseClick(home.write_button, Qt.MouseButton.LeftButton)
    assert window.areas.currentWidget() is window.journal_view


def test_home_counts_entries(qtbot, window: MainWindow) -> None:
    profile = window.profile
    assert profile is not None
    profile.journal.create(EntryDraft(body="x", mood=3, bring_to_session=True))
    profile.journal.create(EntryDraft(body="y", mood=7))
    home = window.show_area_key("home")
    assert isinstance(home, HomeView)
    home.load()
    assert home.entries_label.text() == "2 entries since then, mood from 3 to 7."
    assert "1 entry flagged" in home.flagged_label.text()


def test_home_survives_lock_and_unlock(qtbot, window: MainWindow) -> None:
    from tests.ui.test_lock_ui import _unlock

    window.show_area_key("home")
    window.lock()
    assert window.area_views == []
    _unlock(qtbot, window)
    assert isinstance(window.areas.currentWidget(), HomeView)


def test_check_in_from_home_for_the_last_attended_session(qtbot, window: MainWindow) -> None:
    from datetime import UTC, datetime, timedelta

    from companion.domain.counselors import CounselorDraft
    from companion.domain.enums import SessionStatus
    from companion.domain.sessions import SessionDraft
    from companion.services.checkins import CheckInService
    from companion.services.sessions import SessionService
    from companion.ui.checkins.dialog import CheckInDialog

    profile = window.profile
    assert profile is not None
    dana = profile.counselors.create(CounselorDraft(name="Dana"))
    sessions = profile.service(SessionService)
    past = sessions.plan(
        SessionDraft(dana.id, datetime.now(UTC) - timedelta(days=2), "Europe/Berlin")
    )
    sessions.mark(past.id, SessionStatus.ATTENDED)
    home = window.show_area_key("home")
    assert isinstance(home, HomeView)
    home.load()
    assert home.checkin_button.isVisible()
    qtbot.mouseClick(home.checkin_button, Qt.MouseButton.LeftButton)
    dialog = window.checkin_dialog
    assert isinstance(dialog, CheckInDialog)
    from companion.domain.checkins import CORE_QUALITIES

    for key, value in zip(CORE_QUALITIES, (8, 9, 7), strict=True):
        dialog.rows[key].setValue(value)
    assert dialog.save()
    assert profile.service(CheckInService).for_session(past.id) is not None
    qtbot.waitUntil(lambda: not home.checkin_button.isVisible(), timeout=3000)
