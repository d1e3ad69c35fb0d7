"""The Sessions area with real widgets: adding a counselor, planning sessions and schedules,
marking them, importing a calendar file, and doing it from the keyboard. Dialogs open
without blocking; the tests fill and save them the way a client would."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from companion.domain.counselors import CounselorDraft
from companion.domain.enums import CounselorKind, SessionMode, SessionStatus
from companion.domain.sessions import SessionDraft
from companion.services.profile import UnlockedProfile
from companion.services.sessions import SessionService
from companion.ui.sessions.counselor_dialog import CounselorDialog
from companion.ui.sessions.import_dialog import ImportDialog
from companion.ui.sessions.schedule_dialog import ScheduleDialog
from companion.ui.sessions.session_dialog import SessionDialog
from companion.ui.sessions.view import DELETE_ONE, SessionsView

ZONE = "Europe/Berlin"
TZ = ZoneInfo(ZONE)
# Monday 9 March 2026, 10:00 in Berlin
NOW = datetime(2026, 3, 9, 10, tzinfo=TZ)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def view(qtbot, profile: UnlockedProfile, computer_zone) -> Iterator[SessionsView]:
    computer_zone(ZONE)  # the client plans where the computer is (see test_clock_ui.py)
    v = SessionsView(profile)
    v.clock = lambda: NOW
    v.time_zone = ZONE
    qtbot.addWidget(v)
    v.resize(900, 640)
    v.show()
    v.activateWindow()
    qtbot.waitActive(v)
    v.load()
    yield v
    if v.dialog is not None:
        v.dialog.reject()


@pytest.fixture
def sessions(profile: UnlockedProfile) -> SessionService:
    return profile.service(SessionService)


def _with_counselor(profile: UnlockedProfile, view: SessionsView, name: str = "Dana") -> int:
    counselor = profile.counselors.create(CounselorDraft(name=name))
    view.load()
    return counselor.id


def _save(qtbot, buttons: QDialogButtonBox) -> None:
    button = buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _rows(tree) -> list[list[str]]:
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]


# --- counselors ------------------------------------------------------------------------------


def test_empty_state_invites_adding_a_counselor_first(qtbot, view: SessionsView) -> None:
    assert view.pages.currentIndex() == 0
    assert "adding the counselor" in view.welcome_label.text()
    assert not view.plan_action.isEnabled() and not view.import_action.isEnabled()
    qtbot.mouseClick(view.welcome_button, Qt.MouseButton.LeftButton)
    assert isinstance(view.dialog, CounselorDialog)


def test_add_a_counselor(qtbot, view: SessionsView, profile: UnlockedProfile) -> None:
    view.counselor_menu.add()
    dialog = view.dialog
    assert isinstance(dialog, CounselorDialog)
    qtbot.keyClicks(dialog.name_edit, "Dana Reyes")
    qtbot.keyClicks(dialog.practice_edit, "Riverside")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(CounselorKind.COUPLES.value))
    qtbot.keyClicks(dialog.notes_edit, "Second floor")
    _save(qtbot, dialog.buttons)
    [dana] = profile.counselors.list()
    assert (dana.name, dana.practice, dana.kind, dana.notes) == (
        "Dana Reyes",
        "Riverside",
        CounselorKind.COUPLES,
        "Second floor",
    )
    assert view.pages.currentIndex() == 1
    assert view.upcoming_empty.isVisible() and "Nothing planned yet" in view.upcoming_empty.text()
    assert view.plan_action.isEnabled()


def test_counselor_without_a_name_keeps_the_dialog_open(
    qtbot, view: SessionsView, profile: UnlockedProfile
) -> None:
    view.counselor_menu.add()
    dialog = view.dialog
    assert isinstance(dialog, CounselorDialog)
    qtbot.keyClicks(dialog.practice_edit, "Riverside")
    _save(qtbot, dialog.buttons)
    assert dialog.isVisible() and dialog.message.isVisible()
    assert "name" in dialog.message.text()
    assert dialog.practice_edit.text() == "Riverside"  # nothing typed is lost
    assert profile.counselors.list() == []


def test_edit_end_reactivate_and_delete_a_counselor(
    qtbot, view: SessionsView, profile: UnlockedProfile, sessions: SessionService
) -> None:
    dana = _with_counselor(profile, view)
    sessions.plan(SessionDraft.at(dana, date(2026, 3, 12), time(17), ZONE))
    view.load()
    assert view.counselor_menu.current() is not None  # the only one: the menu acts on her
    view.counselor_menu.edit()
    dialog = view.dialog
    assert isinstance(dialog, CounselorDialog) and dialog.name_edit.text() == "Dana"
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_End)
    qtbot.keyClicks(dialog.name_edit, " R.")
    _save(qtbot, dialog.buttons)
    assert profile.counselors.get(dana).name == "Dana R."
    view.counselor_menu.toggle_active()
    assert not profile.counselors.get(dana).active
    view.counselor_menu.toggle_active()
    assert profile.counselors.get(dana).active

    asked: list[str] = []

    def answer(title: str, text: str, *, yes: bool) -> bool:
        asked.append(text)
        return yes

    view.counselor_menu.confirm = lambda title, text: answer(title, text, yes=False)  # type: ignore[method-assign]
    view.counselor_menu.delete()
    assert profile.counselors.list() != [] and "Their session" in asked[-1]
    view.counselor_menu.confirm = lambda title, text: answer(title, text, yes=True)  # type: ignore[method-assign]
    view.counselor_menu.delete()
    assert profile.counselors.list() == [] and sessions.count() == 0
    assert view.pages.currentIndex() == 0


# --- planning --------------------------------------------------------------------------------


def test_plan_a_session_from_the_keyboard(
    qtbot, view: SessionsView, profile: UnlockedProfile, sessions: SessionService
) -> None:
    dana = _with_counselor(profile, view)
    view.upcoming_empty.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_N, CTRL_SHIFT)
    dialog = view.dialog
    assert isinstance(dialog, SessionDialog)
    assert dialog.date_edit.date() == QDate(2026, 3, 16)  # a week from today by default
    assert dialog.duration_spin.value() == 50
    dialog.date_edit.setDate(QDate(2026, 3, 31))
    dialog.time_edit.setTime(QTime(17, 30))
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData(SessionMode.VIDEO.value))
    qtbot.keyClick(dialog.mode_combo, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    [planned] = sessions.upcoming(dana, NOW)
    assert planned.local_start == datetime(2026, 3, 31, 17, 30, tzinfo=TZ)
    assert planned.mode is SessionMode.VIDEO
    rows = _rows(view.upcoming_tree)
    assert len(rows) == 1
    assert "17:30" in rows[0][0] and "2026" in rows[0][0]
    assert rows[0][2:] == ["50 min", "Video call", "Planned"]
    assert view.selected_id() == planned.id
    # Tab moves from the filter through the buttons to the lists
    view.counselor_filter.setFocus()
    qtbot.keyClick(view.counselor_filter, Qt.Key.Key_Tab)
    assert view.focusWidget() is view.counselors_button
    view.import_button.setFocus()
    qtbot.keyClick(view.import_button, Qt.Key.Key_Tab)
    assert view.focusWidget() is view.upcoming_tree


def test_planning_twice_at_the_same_time_says_so(
    qtbot, view: SessionsView, profile: UnlockedProfile, sessions: SessionService
) -> None:
    dana = _with_counselor(profile, view)
    sessions.plan(SessionDraft.at(dana, date(2026, 3, 16), time(17), ZONE))
    view.plan_session()
    dialog = view.dialog
    assert isinstance(dialog, SessionDialog)
    _save(qtbot, dialog.buttons)
    assert dialog.isVisible() and "already a session" in dialog.message.text()
    assert sessions.count() == 1


def test_plan_a_schedule_every_two_weeks(
    qtbot, view: SessionsView, profile: UnlockedProfile, sessions: SessionService
) -> None:
    dana = _with_counselor(profile, view)
    qtbot.keyClick(view, Qt.Key.Key_R, CTRL_SHIFT)
    dialog = view.dialog
    assert isinstance(dialog, ScheduleDialog)
    dialog.interval_combo.setCurrentIndex(dialog.interval_combo.findData(2))
    dialog.weekday_combo.setCurrentIndex(dialog.weekday_combo.findData(1))  # Tuesday
    dialog.time_edit.setTime(QTime(17, 0))
    dialog.until_edit.setDate(QDate(2026, 4, 30))  # switches to "until"
    assert dialog.until_radio.isChecked()
    assert dialog.summary.text().startswith("4 sessions")
    _save(qtbot, dialog.buttons)
    found = sessions.upcoming(dana, NOW)
    assert [s.local_start.date() for s in found] == [
        date(2026, 3, 10),
        date(2026, 3, 24),
        date(2026, 4, 7),
        date(2026, 4, 21),
    ]
    assert {s.local_start.time() for s in found} == {time(17)}  # across the clock change
    assert view.upcoming_tree.topLevelItemCount() == 4
    assert view.upcoming_tree.topLevelItem(0).text(0) == "Tomorrow, 17:00"


def test_schedule_summary_explains_a_problem(qtbot, view: SessionsView, profile) -> None:
    _with_counselor(profile, view)
    view.plan_schedule()
    dialog = view.dialog
    assert isinstance(dialog, ScheduleDialog)
    dialog.until_edit.setDate(QDate(2026, 3, 1))
    assert "before the first date" in dialog.summary.text()
    _save(qtbot, dialog.buttons)
    assert dialog.isVisible() and dialog.message.isVisible()


# --- marking, moving, deleting ---------------------------------------------------------------


def test_mark_attended_with_the_keyboard_and_undo_it(
    qtbot, view: SessionsView, profile: UnlockedProfile, sessions: SessionService
) -> None:
    dana = _with_counselor(profile, view)
    last_week = sessions.plan(SessionDraft.at(dana, date(2026, 3, 2), time(17), ZONE))
    future = sessions.plan(SessionDraft.at(dana, date(2026, 3, 23), time(17), ZONE))
    view.load()
    assert _rows(view.past_tree)[0][4] == "How did it go?"
    view.past_tree.setFocus()
    view.past_tree.setCurrentItem(view.past_tree.topLevelItem(0))
    qtbot.keyClick(view.past_tree, Qt.Key.Key_A, CTRL_SHIFT)
    assert sessions.get(last_week.id).status is SessionStatus.ATTENDED
    assert _rows(view.past_tree)[0][4] == "Attended"
    assert view.attended_action.isChecked()
    # the same again makes it planned again (a mistake is easy to undo)
    qtbot.mouseClick(view.action_buttons[0], Qt.MouseButton.LeftButton)
    assert sessions.get(last_week.id).status is SessionStatus.PLANNED
    # a session still ahead can be cancelled, not marked attended
    view.reveal(future.id)
    assert not view.attended_action.isEnabled() and view.cancelled_action.isEnabled()
    qtbot.keyClick(view.upcoming_tree, Qt.Key.Key_X, CTRL_SHIFT)
    assert sessions.get(future.id).status is SessionStatus.CANCELLED
    assert _rows(view.upcoming_tree)[0][4] == "Cancelled"
    assert sessions.next_session(dana, NOW) is None


def test_reschedule_and_delete(
    qtbot, view: SessionsView, profile: UnlockedProfile, sessions: SessionService
) -> None:
    dana = _with_counselor(profile, view)
    s = sessions.plan(SessionDraft.at(dana, date(2026, 3, 12), time(17), ZONE))
    view.load()
    view.reveal(s.id)
    qtbot.keyClick(view.upcoming_tree, Qt.Key.Key_F2)
    dialog = view.dialog
    assert isinstance(dialog, SessionDialog) and not dialog.counselor_combo.isEnabled()
    assert dialog.time_edit.time() == QTime(17, 0)
    dialog.date_edit.setDate(QDate(2026, 3, 13))
    dialog.time_edit.setTime(QTime(8, 15))
    _save(qtbot, dialog.buttons)
    moved = sessions.get(s.id)
    assert moved.local_start == datetime(2026, 3, 13, 8, 15, tzinfo=TZ)

    view.ask_delete = lambda session: None  # type: ignore[method-assign]
    qtbot.keyClick(view.upcoming_tree, Qt.Key.Key_Delete)
    assert sessions.count() == 1
    view.ask_delete = lambda session: DELETE_ONE  # type: ignore[method-assign]
    qtbot.keyClick(view.upcoming_tree, Qt.Key.Key_Delete)
    assert sessions.count() == 0
    assert view.upcoming_empty.isVisible()


def test_filter_by_counselor_and_remember(
    qtbot, view: SessionsView, profile: UnlockedProfile, sessions: SessionService
) -> None:
    dana = _with_counselor(profile, view, "Dana")
    sam = _with_counselor(profile, view, "Sam")
    sessions.plan(SessionDraft.at(dana, date(2026, 3, 12), time(17), ZONE))
    s = sessions.plan(SessionDraft.at(sam, date(2026, 3, 13), time(9), ZONE))
    view.load()
    assert [r[1] for r in _rows(view.upcoming_tree)] == ["Dana", "Sam"]
    view.counselor_filter.set_counselor(sam)
    view.counselor_filter.counselorChanged.emit(sam)
    assert view.upcoming_tree.topLevelItemCount() == 1
    assert view.upcoming_tree.isColumnHidden(1)
    view.reveal(s.id)
    state = view.remembered()
    fresh = SessionsView(profile)
    qtbot.addWidget(fresh)
    fresh.clock = lambda: NOW
    fresh.load()
    fresh.restore(state)
    assert fresh.counselor_filter.counselor_id() == sam and fresh.selected_id() == s.id


# --- importing a calendar file ---------------------------------------------------------------

ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Practice//EN\r\n"
    "BEGIN:VEVENT\r\nUID:weekly@practice\r\nDTSTART;TZID=Europe/Berlin:20260317T170000\r\n"
    "DTEND;TZID=Europe/Berlin:20260317T174500\r\nRRULE:FREQ=WEEKLY;COUNT=4\r\n"
    "EXDATE;TZID=Europe/Berlin:20260331T170000\r\nSUMMARY:Session\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:old@practice\r\nDTSTART:20260302T160000Z\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:closed@practice\r\nDTSTART;VALUE=DATE:20260406\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def _load(qtbot, dialog: ImportDialog, path: Path) -> None:
    with qtbot.waitSignal(dialog.previewReady, timeout=10_000):
        dialog.load_file(path)


def test_import_a_calendar_file_with_preview(
    qtbot, view: SessionsView, profile: UnlockedProfile, sessions: SessionService, tmp_path: Path
) -> None:
    _with_counselor(profile, view, "Dana")
    sam = _with_counselor(profile, view, "Sam")
    path = tmp_path / "practice.ics"
    path.write_text(ICS, encoding="utf-8")
    qtbot.keyClick(view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = view.dialog
    assert isinstance(dialog, ImportDialog) and not dialog.import_button.isEnabled()
    _load(qtbot, dialog, path)
    table = dialog.table
    assert table.rowCount() == 4  # 3 weekly (one excluded) and the one already over
    assert [table.item(r, 4).text() for r in range(4)] == [
        "Already over, left out",
        "New",
        "New",
        "New",
    ]
    assert [table.item(r, 1).text() for r in range(4)] == ["17:00"] * 4
    assert table.item(1, 2).text() == "45 min"
    assert "3 sessions will be added" in dialog.summary.text()
    assert "1 all-day event is left out" in dialog.summary.text()
    assert sessions.count() == 0  # the preview changes nothing
    dialog.past_box.setChecked(True)
    assert "4 sessions" in dialog.summary.text()
    dialog.past_box.setChecked(False)
    dialog.counselor_combo.setCurrentIndex(dialog.counselor_combo.findData(sam))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    found = sessions.upcoming(sam, NOW)
    assert [s.local_start.day for s in found] == [17, 24, 7]
    assert view.upcoming_tree.topLevelItemCount() == 3

    # the same file again: everything is marked and nothing can be imported twice
    view.import_calendar()
    again = view.dialog
    assert isinstance(again, ImportDialog)
    _load(qtbot, again, path)
    notes = [again.table.item(r, 4).text() for r in range(again.table.rowCount())]
    assert notes.count("Already imported, skipped") == 3
    assert not again.import_button.isEnabled()
    assert "nothing new" in again.summary.text()
    assert sessions.count() == 3


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b"Dear client, see you Tuesday.", "not a calendar"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2026", "could not read"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "no appointments"),
    ],
)
def test_a_bad_file_says_why_and_adds_nothing(
    qtbot,
    view: SessionsView,
    profile: UnlockedProfile,
    sessions: SessionService,
    tmp_path: Path,
    content: bytes,
    words: str,
) -> None:
    _with_counselor(profile, view)
    path = tmp_path / "file.ics"
    path.write_bytes(content)
    view.import_calendar()
    dialog = view.dialog
    assert isinstance(dialog, ImportDialog)
    _load(qtbot, dialog, path)
    assert dialog.message.isVisible() and words in dialog.message.text()
    assert not dialog.import_button.isEnabled() and dialog.table.rowCount() == 0
    assert not dialog.apply()
    assert sessions.count() == 0


def test_times_are_shown_on_the_sessions_clock(
    view: SessionsView, profile: UnlockedProfile, sessions: SessionService
) -> None:
    dana = _with_counselor(profile, view)
    moment = datetime(2026, 3, 20, 16, tzinfo=UTC)  # 17:00 in Berlin
    sessions.plan(SessionDraft(dana, moment, ZONE))
    view.load()
    when = view.upcoming_tree.topLevelItem(0).text(0)
    assert "17:00" in when and "20" in when
    assert view.upcoming_tree.topLevelItem(0).toolTip(0).endswith("17:00")


def test_import_preview_says_what_came_from_extra_dates_and_what_was_left_out(
    qtbot, view: SessionsView, profile: UnlockedProfile, tmp_path: Path
) -> None:
    _with_counselor(profile, view, "Dana")
    path = tmp_path / "extra.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Practice//EN\r\n"
        "BEGIN:VEVENT\r\nUID:extra@practice\r\nDTSTART:20260317T160000Z\r\n"
        "RDATE;VALUE=PERIOD:20260324T160000Z/PT1H\r\nRDATE;VALUE=DATE:20260331\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    view.import_calendar()
    dialog = view.dialog
    assert isinstance(dialog, ImportDialog)
    _load(qtbot, dialog, path)
    assert dialog.table.rowCount() == 2
    summary = dialog.summary.text()
    assert "2 sessions will be added." in summary
    assert "1 appointment comes from extra dates listed in the file." in summary
    assert (
        "The appointment on 17 Mar 2026 lists 1 extra date without a time of day; "
        "it was left out." in summary
    )
