"""The areas of the main window besides the journal, and what each area view provides.

An area view is built from the unlocked profile when the window opens or is unlocked, and
thrown away when Companion locks (so no content stays in widgets while locked). Before that
it is asked to save pending edits and to say where the client was (ids and choices only,
never text), which it gets back after unlocking.

Every view says which areas of the profile it shows (``shows``); whenever something in one
of them is committed, from anywhere, the window calls its ``refresh`` with what changed (at
once when the view is on screen, else when it is next shown). Views never need to be told
by whoever wrote.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Protocol, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from companion.domain.changes import Area, Changes
from companion.services.profile import UnlockedProfile


class AreaView(Protocol):
    #: the areas of the profile this view shows
    shows: frozenset[Area]

    def load(self) -> None:
        """Fill the view from the services."""

    def refresh(self, changes: Changes) -> None:
        """Bring what is shown up to date after ``changes`` (only areas in ``shows``) were
        committed, keeping the client's place, selection and unsaved text."""

    def flush(self) -> bool:
        """Save pending edits now; False when something could not be saved."""

    def remembered(self) -> object:
        """Where the client is (selected ids, filters), to restore after unlocking."""

    def restore(self, state: object) -> None:
        """Go back to a place returned by :meth:`remembered`."""


def shown_areas(view: QWidget) -> frozenset[Area]:
    """The areas ``view`` shows (every area for a view that does not say)."""
    shows = getattr(view, "shows", None)
    return shows if isinstance(shows, frozenset) else frozenset(Area)


def refresh_view(view: QWidget, changes: Changes) -> None:
    """Tell ``view`` what changed (a view without ``refresh`` loads again)."""
    refresh = getattr(view, "refresh", None)
    if callable(refresh):
        refresh(changes)
    else:
        cast(AreaView, view).load()


AreaFactory = Callable[[UnlockedProfile], QWidget]
#: (key, navigation label, factory); the journal's factory is None (the window keeps it).
AreaEntry = tuple[str, str, AreaFactory | None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Areas", text)


def _lazy(module: str, name: str) -> AreaFactory:
    """A factory that imports its view's module only when the area is first opened, which
    keeps start-up short."""

    def build(profile: UnlockedProfile) -> QWidget:
        view_class = getattr(importlib.import_module(module), name)
        view: QWidget = view_class(profile)
        return view

    return build


def area_entries() -> list[AreaEntry]:
    """Every area of the main window, in navigation order."""
    return [
        ("home", _tr("Home"), _lazy("companion.ui.home.view", "HomeView")),
        ("journal", _tr("Journal"), None),
        ("agenda", _tr("Agenda"), _lazy("companion.ui.agenda.view", "AgendaView")),
        ("sessions", _tr("Sessions"), _lazy("companion.ui.sessions.view", "SessionsView")),
        ("insights", _tr("Insights"), _lazy("companion.ui.insights.view", "InsightsView")),
        ("goals", _tr("Goals"), _lazy("companion.ui.goals.view", "GoalsView")),
        ("feedback", _tr("Feedback"), _lazy("companion.ui.feedback.view", "FeedbackView")),
        ("safety", _tr("Safety plan"), _lazy("companion.ui.safety_plan", "SafetyPlanPage")),
    ]
