from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from companion.domain.journal import EntryDraft
from companion.ui.home.view import HomeView
from companion.ui.main_window import MainWindow


def test_home_is_warm_when_empty_and_buttons_move_to_the_areas(qtbot, window: MainWindow) -> None:
    home = window.show_area_key("home")
    assert isinstance(home, HomeView)
    assert home.welcome.isVisible() and not home.dashboard.isVisible()
    assert not home.counselor_filter.isVisible()  # nothing to choose from yet
    qtbot.mouseClick(home.welcome_write_button, Qt.MouseButton.LeftButton)
    assert window.areas.currentWidget() is window.journal_view
    home = window.show_area_key("home")
    qtbot.mouseClick(home.welcome_counselor_button, Qt.MouseButton.LeftButton)
    assert window.areas.currentWidget() is window.show_area_key("sessions")
    home = window.show_area_key("home")
    qtbot.mouseClick(home.welcome_goals_button, Qt.MouseButton.LeftButton)
    assert type(window.areas.currentWidget()).__name__ == "GoalsView"


def test_home_counts_entries(qtbot, window: MainWindow) -> None:
    profile = window.profile
    assert profile is not None
    profile.journal.create(EntryDraft(body="x", mood=3, bring_to_session=True))
    profile.journal.create(EntryDraft(body="y", mood=7))
    home = window.show_area_key("home")
    assert isinstance(home, HomeView)
    home.load()
    assert home.dashboard.isVisible() and not home.welcome.isVisible()
    assert home.entries_label.text() == "2 entries since then, mood between 3 and 7."
    assert "1 entry flagged" in home.flagged_label.text()
    assert home.mood_line.values == [5.0]  # the day's mean


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
    assert home.checkin_button.isVisible() and "Dana" in home.checkin_label.text()
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


def test_ctrl_k_in_a_new_journal_says_where_sessions_are_added(qtbot, window: MainWindow) -> None:
    """A user test: on a new journal Ctrl+K only said there was no session to check in on,
    not how to get one."""
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert getattr(window, "checkin_dialog", None) is None
    message = window.statusBar().currentMessage()
    assert "no recent session" in message and "under Sessions" in message


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


# -- the parts of Home over a profile with data ------------------------------------------------


def _session(profile, counselor_id: int, days: float, status: str = "attended") -> int:
    from datetime import UTC, datetime, timedelta

    from companion.domain.enums import SessionStatus
    from companion.domain.sessions import SessionDraft
    from companion.services.sessions import SessionService

    sessions = profile.service(SessionService)
    planned = sessions.plan(
        SessionDraft(counselor_id, datetime.now(UTC) + timedelta(days=days), "Europe/Berlin")
    )
    if status == "attended":
        sessions.mark(planned.id, SessionStatus.ATTENDED)
    return planned.id


def test_a_click_on_a_recent_entry_opens_it_in_the_journal(qtbot, window: MainWindow) -> None:
    profile = window.profile
    assert profile is not None
    first = profile.journal.create(EntryDraft(title="Quiet morning", body="a", mood=4)).id
    profile.journal.create(EntryDraft(title="Lantern walk", body="b"))
    home = _home(window)
    texts = [b.text() for b in home.entry_buttons]
    assert len(texts) == 2 and "Lantern walk" in texts[0] and "Quiet morning" in texts[1]
    assert "mood 4" in texts[1]
    qtbot.mouseClick(home.entry_buttons[1], Qt.MouseButton.LeftButton)
    assert window.areas.currentWidget() is window.journal_view
    assert window.journal_view.editor.entry_id == first


def test_the_next_session_and_its_agenda_and_the_button_to_it(qtbot, window: MainWindow) -> None:
    from companion.services.agenda import AgendaService
    from companion.ui.agenda.view import AgendaView

    profile = window.profile
    assert profile is not None
    dana = _counselor(profile, "Dana")
    _session(profile, dana, 5, status="planned")
    home = _home(window)
    assert "with Dana, in 5 days" in home.next_label.text()
    assert home.agenda_label.text() == "Nothing on the agenda yet."
    assert home.agenda_button.text() == "Add to the agenda"
    agenda = profile.service(AgendaService)
    for text in ("Talk about the move", "Ask about homework", "Sleep"):
        agenda.add(dana, text)
    qtbot.waitUntil(lambda: home.agenda_label.text() == "3 things to bring.", timeout=3000)
    assert "• Talk about the move" in home.agenda_items_label.text()
    qtbot.mouseClick(home.agenda_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.areas.currentWidget(), AgendaView)


def test_the_actions_that_matter_now(qtbot, window: MainWindow) -> None:
    """Just after a session: check in, and notes after it; with no next session and the
    notes written: plan one (the Sessions area's dialog opens)."""
    from companion.domain.agenda import SessionNotes
    from companion.services.agenda import AgendaService
    from companion.ui.sessions.view import SessionsView

    profile = window.profile
    assert profile is not None
    dana = _counselor(profile, "Dana")
    last = _session(profile, dana, -1)
    home = _home(window)
    assert [s.step.value for s in home.steps] == ["check_in", "after_session"]
    assert home.after_button.isVisible() and "Dana" in home.after_label.text()
    assert not home.plan_button.isVisible()
    qtbot.mouseClick(home.after_button, Qt.MouseButton.LeftButton)
    agenda = window.areas.currentWidget()
    assert type(agenda).__name__ == "AgendaView"
    dialog = agenda.after_session_dialog
    assert dialog is not None and dialog.session_combo.currentData().id == last
    dialog.close()
    profile.service(AgendaService).save_notes(last, SessionNotes(takeaways="Go slower"))
    home = _home(window)
    assert [s.step.value for s in home.steps] == ["check_in", "plan_session"]
    qtbot.mouseClick(home.plan_button, Qt.MouseButton.LeftButton)
    sessions = window.areas.currentWidget()
    assert isinstance(sessions, SessionsView) and sessions.dialog is not None
    sessions.dialog.close()


def test_how_the_sessions_felt_and_what_is_still_open(qtbot, window: MainWindow) -> None:
    from companion.domain.checkins import CheckInDraft
    from companion.domain.enums import FeedbackKind, RelationshipQuality
    from companion.domain.feedback import FeedbackDraft
    from companion.domain.goals import GoalDraft
    from companion.services.checkins import CheckInService
    from companion.services.feedback import FeedbackService
    from companion.services.goals import GoalService

    profile = window.profile
    assert profile is not None
    dana = _counselor(profile, "Dana")
    home = _home(window)
    assert "After a few check-ins" in home.relationship_label.text()
    assert not home.relationship_line.isVisible()
    q = RelationshipQuality
    for days, (heard, respected, supported) in zip(
        (-30, -20, -10), ((6, 7, 8), (7, 8, 9), (9, 9, 9)), strict=True
    ):
        session = _session(profile, dana, days)
        ratings = {q.HEARD: heard, q.RESPECTED: respected, q.SUPPORTED: supported}
        profile.service(CheckInService).save(CheckInDraft(session, ratings))
    profile.service(FeedbackService).create(
        FeedbackDraft(FeedbackKind.REQUEST, "Slower pace please", counselor_id=dana)
    )
    profile.service(GoalService).create(GoalDraft(title="Sleep by eleven"))
    home = _home(window)
    assert home.relationship_line.values == [7.0, 8.0, 9.0]
    assert home.relationship_line.band is not None
    assert home.relationship_label.text() == ("Last check-in: heard 9, respected 9, supported 9.")
    assert "Usual range over the last 3 check-ins" in home.relationship_range_label.text()
    rows = [b.text() for b in home.open_buttons]
    assert rows == ["Slower pace please · draft", "Sleep by eleven"]
    qtbot.mouseClick(home.open_buttons[0], Qt.MouseButton.LeftButton)
    assert type(window.areas.currentWidget()).__name__ == "FeedbackView"
    home = window.show_area_key("home")
    qtbot.mouseClick(home.insights_button, Qt.MouseButton.LeftButton)
    assert type(window.areas.currentWidget()).__name__ == "InsightsView"


def test_a_falling_mood_is_not_worded_as_a_rise(qtbot, window: MainWindow) -> None:
    """The pair is the lowest and the highest mood since the last session: 8 and then 7 was
    shown as "mood from 7 to 8", which reads as a rise."""
    profile = window.profile
    assert profile is not None
    profile.journal.create(EntryDraft(body="earlier", mood=8))
    profile.journal.create(EntryDraft(body="later", mood=7))
    home = _home(window)
    assert home.entries_label.text() == "2 entries since then, mood between 7 and 8."


def test_the_agenda_lines_not_listed_are_counted_and_lead_to_the_agenda(
    qtbot, window: MainWindow
) -> None:
    from companion.services.agenda import AgendaService
    from companion.ui.agenda.view import AgendaView

    profile = window.profile
    assert profile is not None
    dana = _counselor(profile, "Dana")
    _session(profile, dana, 5, status="planned")
    agenda = profile.service(AgendaService)
    for text in ("Talk about the move", "Ask about homework", "Sleep"):
        agenda.add(dana, text)
    home = _home(window)
    assert home.agenda_items_label.text().count("•") == 3
    assert not home.agenda_more_button.isVisible()  # all of them are listed
    for text in ("Money worries", "My sister", "The new job"):
        agenda.add(dana, text)
    home = _home(window)
    assert home.agenda_label.text() == "6 things to bring."
    assert home.agenda_items_label.text().count("•") == 3
    assert home.agenda_more_button.isVisible()
    assert home.agenda_more_button.text() == "…and 3 more in the agenda"
    qtbot.mouseClick(home.agenda_more_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.areas.currentWidget(), AgendaView)


def test_home_speaks_to_the_client_as_you_in_english_and_german(
    qtbot, qapp, window: MainWindow
) -> None:
    from companion.ui import i18n

    profile = window.profile
    assert profile is not None
    _session(profile, _counselor(profile, "Dana"), -10)
    profile.journal.create(EntryDraft(body="x", mood=5))
    home = _home(window)
    headings = [home.title.text(), home.mood_heading.text()]
    assert headings == ["Since your last session", "Mood since your last session"]
    i18n.install_translator(qapp, "de")
    try:
        german = HomeView(profile)
        qtbot.addWidget(german)
        german.load()
        headings = [german.title.text(), german.mood_heading.text()]
    finally:
        i18n.remove_translators(qapp)
    assert headings == ["Seit deinem letzten Gespräch", "Stimmung seit deinem letzten Gespräch"]


def _writes(home: HomeView) -> list:
    from PySide6.QtWidgets import QPushButton

    return [
        b
        for b in home.findChildren(QPushButton)
        if b.isVisibleTo(home) and b.text() == "Write an entry"
    ]


def test_home_offers_to_write_an_entry_once(qtbot, window: MainWindow) -> None:
    profile = window.profile
    assert profile is not None
    dana = _counselor(profile, "Dana")
    _session(profile, dana, -40)  # too long ago for a check-in
    _session(profile, dana, 20, status="planned")
    home = _home(window)  # nothing written since the last session: a step to write
    assert [s.step.value for s in home.steps] == ["write_entry"]
    assert _writes(home) == [home.write_button]
    profile.journal.create(EntryDraft(body="x", mood=5))
    home = _home(window)  # nothing to do: the calm line offers it
    assert home.steps == []
    assert _writes(home) == [home.calm_write_button]
    qtbot.mouseClick(home.calm_write_button, Qt.MouseButton.LeftButton)
    assert window.areas.currentWidget() is window.journal_view
    _session(profile, dana, -1)  # just after a session: other steps, so under the entries
    home = _home(window)
    assert [s.step.value for s in home.steps] == ["check_in", "after_session"]
    assert _writes(home) == [home.journal_button]
    qtbot.mouseClick(home.journal_button, Qt.MouseButton.LeftButton)
    assert window.areas.currentWidget() is window.journal_view


def test_now_is_as_tall_as_its_lines(qtbot, window: MainWindow) -> None:
    """ "Now" used to stretch to the height of the card beside it and stand mostly empty."""
    profile = window.profile
    assert profile is not None
    dana = _counselor(profile, "Dana")
    _session(profile, dana, -10)
    _session(profile, dana, 5, status="planned")
    profile.journal.create(EntryDraft(body="x", mood=5))
    for width, height in ((1100, 720), (1920, 1080), (900, 600)):
        window.resize(width, height)
        home = _home(window)
        qtbot.wait(20)
        card = home.calm_label.parentWidget()  # the "Now" card
        assert card.isVisible()
        assert card.height() <= card.heightForWidth(card.width()) + 2, (width, card.height())


def test_tab_goes_through_home_in_reading_order(qtbot, window: MainWindow) -> None:
    """Rows Home adds as it fills (the steps of "Now", recent entries, open notes) come in
    Tab where they are shown, not after everything made before them (found by the screen
    reader walk, tests/accessibility)."""
    from companion.services.demo import generate_entries
    from companion.services.demo_counseling import DemoCounselingService
    from tests.support.reading_order import backwards

    profile = window.profile
    assert profile is not None
    profile.journal.add_many(generate_entries(60))
    profile.service(DemoCounselingService).add(60)
    _attended(profile, profile.counselors.list()[0].id, 0.1)  # "Now" offers a check-in
    window.resize(1100, 720)
    with qtbot.waitActive(window):
        window.activateWindow()
    home = _home(window)
    qtbot.wait(20)
    home.counselor_filter.setFocus()
    page = home.counselor_filter.parentWidget()
    assert page is not None
    stops: list = []
    stops_at: list = []
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None or not home.isAncestorOf(now) or now in stops:
            break
        corner = now.mapTo(page, QPoint(0, 0))
        stops.append(now)
        stops_at.append((now, [corner.x(), corner.y(), now.width(), now.height()]))
    print([(type(s).__name__, getattr(s, "text", str)(), b) for s, b in stops_at])
    assert len(stops) > 8, "Home has its steps, entries and notes"
    # the cards in reading order: "Now" above the grid, the grid row by row
    grid = home.grid
    placed = sorted(
        (grid.getItemPosition(grid.indexOf(card))[:2], i) for i, card in enumerate(home.cards)
    )
    cards = [home.now_card, *(home.cards[i] for _place, i in placed)]
    order = [next(i for i, card in enumerate(cards) if card.isAncestorOf(w)) for w in stops]
    assert order == sorted(order), [
        (type(w).__name__, getattr(w, "text", str)(), i) for w, i in zip(stops, order, strict=True)
    ]
    wrong = [
        f"{type(a).__name__} {getattr(a, 'text', str)()!r} -> {type(b).__name__} "
        f"{getattr(b, 'text', str)()!r}: {how}"
        for (a, box_a), (b, box_b) in itertools.pairwise(stops_at)
        if (how := backwards(box_a, box_b))
    ]
    assert not wrong, "\n".join(wrong)
