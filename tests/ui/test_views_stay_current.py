"""Every view that shows some data is current after every kind of write to it, wherever the
write comes from (a dialog, another view, a background job), without the client navigating:
the view on screen updates by itself, and a view that was not on screen is current the
moment it is shown.

Each case is one write and one view. The write goes through the services (as a dialog or a
background job would); the check reads what the view shows as text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from companion.domain.agenda import SessionNotes
from companion.domain.checkins import CheckInDraft
from companion.domain.counselors import CounselorDraft
from companion.domain.enums import FeedbackKind, FeedbackStatus, RelationshipQuality, SessionStatus
from companion.domain.feedback import FeedbackDraft
from companion.domain.goals import GoalDraft
from companion.domain.journal import EntryDraft
from companion.domain.sessions import SessionDraft
from companion.formats.importers.batch import ImportKind
from companion.services.agenda import AgendaService
from companion.services.checkins import CheckInService
from companion.services.feedback import FeedbackService
from companion.services.goals import GoalService
from companion.services.importing import ImportService
from companion.services.profile import UnlockedProfile
from companion.services.sessions import SessionService
from companion.ui.home.view import HomeView
from companion.ui.main_window import MainWindow
from companion.ui.tasks import run_in_background, wait_for_background_work
from tests.support.shown_text import shown_text

ZONE = "Europe/Berlin"


@dataclass
class World:
    """The profile every case starts from."""

    profile: UnlockedProfile
    dana: int
    attended: int  # three days ago
    planned: int  # in five days
    entry: int
    goal: int
    note: int
    tmp: Path

    @property
    def sessions(self) -> SessionService:
        return self.profile.service(SessionService)


def _world(profile: UnlockedProfile, tmp: Path) -> World:
    dana = profile.counselors.create(CounselorDraft(name="Dana")).id
    sessions = profile.service(SessionService)
    today = date.today()
    attended = sessions.plan(SessionDraft.at(dana, today - timedelta(days=3), time(17, 0), ZONE)).id
    sessions.mark(attended, SessionStatus.ATTENDED, now=datetime.now(UTC))
    planned = sessions.plan(SessionDraft.at(dana, today + timedelta(days=5), time(17, 0), ZONE)).id
    profile.service(AgendaService).add(dana, "Talk about the move")
    entry = profile.journal.create(EntryDraft(title="Quiet morning", body="b", mood=5)).id
    goal = profile.service(GoalService).create(GoalDraft(title="Sleep by eleven")).id
    note = (
        profile.service(FeedbackService)
        .create(FeedbackDraft(FeedbackKind.REQUEST, "Slower pace please", counselor_id=dana))
        .id
    )
    return World(profile, dana, attended, planned, entry, goal, note, tmp)


# -- the writes --------------------------------------------------------------------------------


def entry_create(w: World) -> str:
    w.profile.journal.create(EntryDraft(title="Lantern walk", body="b", mood=2))
    return "Lantern walk"


def entry_flag(w: World) -> str:
    w.profile.journal.update(
        w.entry, EntryDraft(title="Quiet morning", body="b", mood=5, bring_to_session=True)
    )
    return "Quiet morning"


def entry_delete(w: World) -> str:
    w.profile.journal.delete(w.entry)
    return "Quiet morning"


def entry_undo_delete(w: World) -> str:
    gone = w.profile.journal.delete(w.entry)
    w.profile.journal.undo_delete(gone)
    return "Quiet morning"


def session_add(w: World) -> str:
    day = date.today() + timedelta(days=2)
    w.sessions.plan(SessionDraft.at(w.dana, day, time(9, 30), ZONE))
    return ""


def session_status(w: World) -> str:
    w.sessions.mark(w.planned, SessionStatus.CANCELLED)
    return ""


def session_reschedule(w: World) -> str:
    day = date.today() + timedelta(days=1)
    w.sessions.reschedule(w.planned, SessionDraft.at(w.dana, day, time(8, 15), ZONE))
    return ""


def counselor_add(w: World) -> str:
    w.profile.counselors.create(CounselorDraft(name="Morgan Lee"))
    return "Morgan Lee"


def counselor_end(w: World) -> str:
    w.profile.counselors.end(w.dana)
    return ""


def agenda_add(w: World) -> str:
    w.profile.service(AgendaService).add(w.dana, "Ask about homework")
    return "Ask about homework"


def agenda_reorder(w: World) -> str:
    agenda = w.profile.service(AgendaService)
    agenda.add(w.dana, "First thing")
    agenda.add(w.dana, "Second thing")
    lines = agenda.agenda(w.dana)
    agenda.move(lines[-1], 0)
    return ""


def after_session_notes(w: World) -> str:
    """Notes after the session, ticking the world's agenda line as discussed there."""
    agenda = w.profile.service(AgendaService)
    line = next(line for line in agenda.agenda(w.dana) if line.text == "Talk about the move")
    notes = SessionNotes(takeaways="Breathing exercise")
    agenda.save_after_session(w.attended, notes, [line.key])
    return "Talk about the move"


def checkin_add(w: World) -> str:
    ratings = {quality: 4 for quality in RelationshipQuality}
    w.profile.service(CheckInService).save(CheckInDraft(w.attended, ratings))
    return ""


def checkin_edit(w: World) -> str:
    checkins = w.profile.service(CheckInService)
    ratings = {quality: 9 for quality in RelationshipQuality}
    checkins.save(CheckInDraft(w.attended, ratings))
    ratings[RelationshipQuality.HEARD] = 2
    checkins.save(CheckInDraft(w.attended, ratings))
    return ""


def goal_add(w: World) -> str:
    w.profile.service(GoalService).create(GoalDraft(title="Call my sister weekly"))
    return "Call my sister weekly"


def goal_progress(w: World) -> str:
    w.profile.service(GoalService).add_progress(w.goal, 8)
    return ""


def feedback_status(w: World) -> str:
    w.profile.service(FeedbackService).set_status(w.note, FeedbackStatus.READY)
    return "Slower pace please"


def journal_import(w: World) -> str:
    """An import as the import dialog runs it: on a worker thread."""
    source = w.tmp / f"{date.today().isoformat()} harbour.md"
    source.write_text("# Imported harbour notes\n\nWe walked by the water.\n", encoding="utf-8")
    service = w.profile.service(ImportService)
    done: list[object] = []

    def work() -> int:
        preview = service.preview(source, ImportKind.MARKDOWN)
        return service.apply(preview).entries

    def failed(exc: BaseException) -> None:
        raise exc

    run_in_background(work, done.append, failed)
    return "Imported harbour notes"


Write = Callable[[World], str]


def _contains(marker: str) -> Callable[[str, str, str], bool]:
    return lambda _before, after, _m: marker in after


def _lacks(marker: str) -> Callable[[str, str, str], bool]:
    return lambda _before, after, _m: marker not in after


def _differs(before: str, after: str, _marker: str) -> bool:
    return before != after


def _marker_shown(_before: str, after: str, marker: str) -> bool:
    return marker in after


#: (write, area, what must hold of the view's text before and after)
CASES: list[tuple[Write, str, Callable[[str, str, str], bool]]] = [
    (entry_create, "journal", _marker_shown),
    (entry_create, "home", _differs),
    (entry_create, "insights", _differs),
    (entry_flag, "agenda", _marker_shown),
    (entry_flag, "home", _differs),
    (entry_flag, "journal", _differs),
    (entry_delete, "journal", _lacks("Quiet morning")),
    (entry_delete, "home", _differs),
    (entry_undo_delete, "journal", _marker_shown),
    (session_add, "sessions", _differs),
    (session_add, "home", _differs),
    (session_add, "agenda", _differs),
    (session_status, "sessions", _differs),
    (session_status, "home", _differs),
    (session_reschedule, "sessions", _differs),
    (session_reschedule, "home", _differs),
    (session_reschedule, "agenda", _differs),
    (counselor_add, "insights", _marker_shown),
    (counselor_add, "sessions", _marker_shown),
    (counselor_add, "home", _marker_shown),
    (counselor_add, "agenda", _marker_shown),
    (counselor_add, "goals", _marker_shown),
    (counselor_add, "feedback", _marker_shown),
    (counselor_end, "sessions", _differs),
    (counselor_end, "insights", _differs),
    (agenda_add, "agenda", _marker_shown),
    (agenda_add, "home", _differs),
    (agenda_reorder, "agenda", _differs),
    (after_session_notes, "agenda", _lacks("Talk about the move")),
    (after_session_notes, "home", _differs),
    (checkin_add, "insights", _differs),
    (checkin_add, "home", _differs),
    (checkin_edit, "insights", _differs),
    (checkin_edit, "home", _differs),
    (goal_add, "goals", _marker_shown),
    (goal_progress, "goals", _differs),
    (goal_progress, "insights", _differs),
    (goal_progress, "home", _differs),
    (goal_add, "home", _differs),
    (feedback_status, "feedback", _differs),
    (feedback_status, "agenda", _marker_shown),
    (feedback_status, "home", _differs),
    (journal_import, "journal", _marker_shown),
    (journal_import, "home", _differs),
]


def _id(case: tuple[Write, str, object]) -> str:
    return f"{case[0].__name__}-{case[1]}"


@pytest.fixture
def world(window: MainWindow, tmp_path: Path) -> World:
    assert window.profile is not None
    w = _world(window.profile, tmp_path)
    for key in ("home", "agenda", "sessions", "insights", "goals", "feedback", "journal"):
        window.show_area_key(key)  # every view is built (and reads the world above)
    return w


def snapshot(view: QWidget) -> str:
    """What the view shows; for Insights also the data its charts are drawn from."""
    data = getattr(view, "data", None)
    drawn = repr(data()) if callable(data) else ""
    return shown_text(view) + "\n" + drawn


def _view(window: MainWindow, key: str) -> QWidget:
    view = window.show_area_key(key)
    assert view is not None
    return view


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_the_view_on_screen_follows_the_write(
    qtbot, window: MainWindow, world: World, case: tuple[Write, str, Callable[..., bool]]
) -> None:
    write, key, holds = case
    view = _view(window, key)
    qtbot.wait(50)  # anything announced while building the world has arrived
    before = snapshot(view)
    marker = write(world)
    qtbot.waitUntil(lambda: holds(before, snapshot(view), marker), timeout=3000)
    assert window.areas.currentWidget() is view  # nobody navigated


@pytest.mark.parametrize(
    "case",
    [c for c in CASES if c[1] != "journal"],
    ids=[_id(c) for c in CASES if c[1] != "journal"],
)
def test_a_view_not_on_screen_is_current_when_shown(
    qtbot, window: MainWindow, world: World, case: tuple[Write, str, Callable[..., bool]]
) -> None:
    write, key, holds = case
    view = _view(window, key)
    before = snapshot(view)
    window.show_area_key("journal")
    marker = write(world)
    wait_for_background_work()  # a write made on a worker thread (the import) is done
    # and announced: the hidden view is marked out of date (on a busy machine the
    # announcement can take longer than any fixed wait)
    qtbot.waitUntil(lambda: view in window._stale, timeout=5000)
    assert window.show_area_key(key) is view
    assert holds(before, snapshot(view), marker)


def test_home_counts_the_lines_the_agenda_shows(qtbot, window: MainWindow, world: World) -> None:
    """Found by a user test: Home said "2 items open" while the Agenda listed 8 lines
    (flagged entries and feedback ready to share are agenda lines too)."""
    import re

    entry_flag(world)
    feedback_status(world)
    agenda = _view(window, "agenda")
    qtbot.wait(100)
    shown = world.profile.service(AgendaService).agenda(world.dana)
    assert len(shown) >= 3  # the world's item, the flagged entry, the ready note
    home = _view(window, "home")
    assert isinstance(home, HomeView)
    label = home.agenda_label.text()
    assert re.search(rf"\b{len(shown)} things\b", label), label
    assert agenda is not None
