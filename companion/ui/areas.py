"""The areas of the main window besides the journal, and what each area view provides.

An area view is built from the unlocked profile when the window opens or is unlocked, and
thrown away when Companion locks (so no content stays in widgets while locked). Before that
it is asked to save pending edits and to say where the client was (ids and choices only,
never text), which it gets back after unlocking.

Every view says which areas of the profile it shows (``shows``); whenever something in one
of them is committed, from anywhere, the window calls its ``refresh`` with what changed (at
once when the view is on screen, else when it is next shown). Views never need to be told
by whoever wrote.

Every area view is a QWidget that implements :class:`AreaView`; mypy checks each against it
where :func:`area_entries` builds it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from companion.domain.changes import Area, Changes
from companion.services.profile import UnlockedProfile


class LiveView(Protocol):
    """A view the window keeps current: every area view, and the journal's."""

    #: the areas of the profile this view shows
    shows: frozenset[Area]

    def refresh(self, changes: Changes) -> None:
        """Bring what is shown up to date after ``changes`` (only areas in ``shows``) were
        committed, keeping the client's place, selection and unsaved text."""

    def isVisible(self) -> bool:
        """Whether the view is on screen (else it catches up when next shown)."""


class AreaView(LiveView, Protocol):
    """What every area view implements besides :class:`LiveView`."""

    def load(self) -> None:
        """Fill the view from the services."""

    def flush(self) -> bool:
        """Save pending edits now; False when something could not be saved."""

    def remembered(self) -> object:
        """Where the client is (selected ids, filters), to restore after unlocking."""

    def restore(self, state: object) -> None:
        """Go back to a place returned by :meth:`remembered`."""


AreaFactory = Callable[[UnlockedProfile], AreaView]
#: (key, navigation label, factory); the journal's factory is None (the window keeps it).
AreaEntry = tuple[str, str, AreaFactory | None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Areas", text)


# Each factory imports its view's module only when the area is first opened, which keeps
# start-up short.


def _home(profile: UnlockedProfile) -> AreaView:
    from companion.ui.home.view import HomeView

    return HomeView(profile)


def _agenda(profile: UnlockedProfile) -> AreaView:
    from companion.ui.agenda.view import AgendaView

    return AgendaView(profile)


def _sessions(profile: UnlockedProfile) -> AreaView:
    from companion.ui.sessions.view import SessionsView

    return SessionsView(profile)


def _insights(profile: UnlockedProfile) -> AreaView:
    from companion.ui.insights.view import InsightsView

    return InsightsView(profile)


def _goals(profile: UnlockedProfile) -> AreaView:
    from companion.ui.goals.view import GoalsView

    return GoalsView(profile)


def _feedback(profile: UnlockedProfile) -> AreaView:
    from companion.ui.feedback.view import FeedbackView

    return FeedbackView(profile)


def _safety_plan(profile: UnlockedProfile) -> AreaView:
    from companion.ui.safety_plan import SafetyPlanPage

    return SafetyPlanPage(profile)


def area_entries() -> list[AreaEntry]:
    """Every area of the main window, in navigation order."""
    return [
        ("home", _tr("Home"), _home),
        ("journal", _tr("Journal"), None),
        ("agenda", _tr("Agenda"), _agenda),
        ("sessions", _tr("Sessions"), _sessions),
        ("insights", _tr("Insights"), _insights),
        ("goals", _tr("Goals"), _goals),
        ("feedback", _tr("Feedback"), _feedback),
        ("safety", _tr("Safety plan"), _safety_plan),
    ]
