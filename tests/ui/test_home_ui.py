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


# -- which session Home and Ctrl+K offer a check-in for ---------------------------------------


def _attended(profile, counselor_id: int, days: float) -> int:
    from datetime import UTC, datetime, timedelta

    from companion.domain.enums import SessionStatus
    from companion.domain.sessions import SessionDraft
    from companion.services.sessions import SessionService

    sessions = profile.service(SessionService)
    planned = sessions.plan(
        SessionDraft(counselor_id, datetime.now(UTC) - timedelta(days=days), "Europe/Berlin")
    )
    sessions.mark(planned.id, SessionStatus.ATTENDED)
    return planned.id


def _counselor(profile, name: str) -> int:
    from companion.domain.counselors import CounselorDraft

    return profile.counselors.create(CounselorDraft(name=name)).id


def _home(window: MainWindow) -> HomeView:
    home = window.show_area_key("home")
    assert isinstance(home, HomeView)
    home.load()
    return home


def test_home_offers_no_check_in_for_old_sessions_or_ended_counselors(
    qtbot, window: MainWindow
) -> None:
    profile = window.profile
    assert profile is not None
    dana, alex = _counselor(profile, "Dana"), _counselor(profile, "Alex")
    _attended(profile, dana, 114)  # four months ago
    _attended(profile, dana, 240)  # eight months ago
    home = _home(window)
    assert not home.checkin_button.isVisible()
    _attended(profile, alex, 3)
    profile.counselors.end(alex)
    home = _home(window)
    assert not home.checkin_button.isVisible()  # Alex has ended
    recent = _attended(profile, dana, 5)
    home = _home(window)
    assert home.checkin_button.isVisible() and "Dana" in home.checkin_label.text()
    qtbot.mouseClick(home.checkin_button, Qt.MouseButton.LeftButton)
    assert window.checkin_dialog.session_id == recent


def test_the_check_in_window_setting_changes_what_home_offers(qtbot, window: MainWindow) -> None:
    from companion.ui.checkins.preferences import CheckInPreferences

    profile = window.profile
    assert profile is not None
    _attended(profile, _counselor(profile, "Dana"), 10)
    assert _home(window).checkin_button.isVisible()  # within two weeks
    CheckInPreferences().nudge_days = 7
    assert not _home(window).checkin_button.isVisible()
    CheckInPreferences().nudge_days = 30
    assert _home(window).checkin_button.isVisible()


def test_ctrl_k_offers_the_latest_session_of_a_counselor_still_seen(
    qtbot, window: MainWindow
) -> None:
    from companion.ui.checkins.dialog import CheckInDialog

    profile = window.profile
    assert profile is not None
    dana, alex = _counselor(profile, "Dana"), _counselor(profile, "Alex")
    _attended(profile, dana, 114)
    latest = _attended(profile, dana, 4)
    _attended(profile, alex, 1)
    profile.counselors.end(alex)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.checkin_dialog
    assert isinstance(dialog, CheckInDialog) and dialog.session_id == latest
    dialog.close()


def test_ctrl_k_without_a_nudge_lets_the_client_pick_or_says_there_is_none(
    qtbot, window: MainWindow
) -> None:
    from companion.services.checkins import CheckInService
    from companion.ui.checkins.dialog import CheckInDialog

    profile = window.profile
    assert profile is not None
    dana = _counselor(profile, "Dana")
    _attended(profile, dana, 114)  # too long ago even to pick
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert getattr(window, "checkin_dialog", None) is None
    assert "no recent session" in window.statusBar().currentMessage()

    month_ago = _attended(profile, dana, 30)  # past the two weeks: no nudge, but can be picked
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.checkin_dialog
    assert isinstance(dialog, CheckInDialog)
    assert dialog.session_id is None and "Which session" in dialog.heading.text()
    dialog.session_combo.setFocus()
    qtbot.keyClick(dialog.session_combo, Qt.Key.Key_Down)
    assert dialog.session_id == month_ago
    for quality, value in zip(("heard", "respected", "supported"), (8, 8, 8), strict=True):
        qtbot.mouseClick(dialog.rows[quality].buttons[value], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert profile.service(CheckInService).for_session(month_ago) is not None


def test_after_the_notes_on_a_session_its_check_in_follows_only_when_it_is_offered(
    qtbot, window: MainWindow
) -> None:
    profile = window.profile
    assert profile is not None
    dana = _counselor(profile, "Dana")
    old = _attended(profile, dana, 114)
    window._offer_check_in(old)  # the notes were about an old session: no check-in follows
    assert getattr(window, "checkin_dialog", None) is None
    window._offer_check_in(None)  # and nothing else recent is offered instead
    assert getattr(window, "checkin_dialog", None) is None
    recent = _attended(profile, dana, 0.1)
    window._offer_check_in(recent)
    assert window.checkin_dialog.session_id == recent
    window.checkin_dialog.close()
