"""The home screen's digest: what happened since the last session, what comes next, and the
one or two things worth doing now."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

from companion.domain.checkin_points import BASELINE_MIN, CheckInPoint


@dataclass(frozen=True)
class SessionMoment:
    session_id: int
    #: The session's start on this computer's clock (naive wall-clock time).
    starts_at: datetime
    counselor_id: int
    counselor_name: str
    #: False once the client has ended with this counselor (no check-in is offered then).
    counselor_active: bool = True
    #: The IANA zone the session was planned in ("" when not known).
    time_zone: str = ""
    #: The start as a moment (aware); None when only the wall-clock time is known.
    moment: datetime | None = None

    @property
    def instant(self) -> datetime:
        """The start as an aware moment, to show it with the zone it was planned in."""
        if self.moment is not None:
            return self.moment
        return self.starts_at.astimezone(UTC)


@dataclass(frozen=True)
class RecentEntry:
    """A journal entry in Home's short list of the latest ones."""

    entry_id: int
    created_at: datetime
    title: str
    #: the start of the body, without Markdown marks (for entries without a title)
    preview: str
    mood: int | None
    bring_to_session: bool


@dataclass(frozen=True)
class MoodDay:
    """The mean mood of the entries of one day."""

    day: date
    mood: float


@dataclass(frozen=True)
class OpenFeedback:
    """A feedback note not yet shared: a draft, or ready to share."""

    note_id: int
    ready: bool
    preview: str


@dataclass(frozen=True)
class TouchedGoal:
    """A goal changed or rated since the last session, with its latest rating."""

    goal_id: int
    title: str
    rating: int | None


@dataclass(frozen=True)
class UsualRange:
    """The middle half (lower to upper quartile) of some ratings, and their median."""

    low: float
    median: float
    high: float


def usual_range(values: Sequence[float]) -> UsualRange | None:
    """The client's usual range of ``values``; None with fewer than BASELINE_MIN of them."""
    if len(values) < BASELINE_MIN:
        return None
    low, median, high = statistics.quantiles(sorted(values), n=4, method="inclusive")
    return UsualRange(low, median, high)


@dataclass(frozen=True)
class HomeDigest:
    today: date
    last_session: SessionMoment | None
    next_session: SessionMoment | None
    #: Everything below counts from the last session (or the last 30 days without one).
    since: datetime
    entries_since: int
    mood_low: int | None
    mood_high: int | None
    flagged_entries: int
    open_agenda_items: int
    draft_feedback: int
    ready_feedback: int
    goals_touched: int
    #: the first lines of the agenda (a few, in the Agenda's order, one line each)
    agenda_preview: tuple[str, ...] = ()
    #: the latest entries (newest first; a few only)
    recent_entries: tuple[RecentEntry, ...] = ()
    #: the mean mood of each day since :attr:`since` (oldest first; at most a few months)
    moods: tuple[MoodDay, ...] = ()
    #: the latest check-ins (oldest first; a dozen at most)
    checkins: tuple[CheckInPoint, ...] = ()
    #: feedback not yet shared (a few; ready ones first)
    open_feedback: tuple[OpenFeedback, ...] = ()
    #: goals changed or rated since :attr:`since` (a few; latest first)
    touched_goals: tuple[TouchedGoal, ...] = ()
    #: whether the client has a counselor they still see
    has_counselor: bool = False
    #: whether the last session has notes written after it
    last_session_has_notes: bool = False
    #: the session a check-in is offered for now (see CheckInService.nudges), if any
    check_in_due: SessionMoment | None = None

    @property
    def days_since_last(self) -> int | None:
        if self.last_session is None:
            return None
        return (self.today - self.last_session.starts_at.date()).days

    @property
    def days_until_next(self) -> int | None:
        if self.next_session is None:
            return None
        return (self.next_session.starts_at.date() - self.today).days

    def relationship_line(self) -> list[float]:
        """The mean of the core three qualities of each check-in, oldest first."""
        return [v for c in self.checkins if (v := c.core_average()) is not None]

    def relationship_range(self) -> UsualRange | None:
        return usual_range(self.relationship_line())

    @property
    def has_anything(self) -> bool:
        """False for a brand-new profile: the home screen then shows a welcome instead."""
        return bool(
            self.last_session
            or self.next_session
            or self.entries_since
            or self.flagged_entries
            or self.open_agenda_items
            or self.draft_feedback
            or self.ready_feedback
            or self.goals_touched
            or self.recent_entries
            or self.has_counselor
        )


#: Without a session yet, the digest looks back this many days.
DEFAULT_LOOKBACK_DAYS = 30

#: How many recent entries, check-ins, feedback notes and goals Home lists at most.
RECENT_ENTRIES = 5
RECENT_CHECKINS = 12
OPEN_FEEDBACK = 3
TOUCHED_GOALS = 3
AGENDA_PREVIEW = 3
#: Mood days at most on Home's mood line (the period since the last session).
MOOD_DAYS = 120
#: Notes after a session are suggested for this many days after it.
NOTES_DAYS = 3
#: Preparing the agenda is suggested from this many days before the next session.
PREPARE_DAYS = 3


class Step(StrEnum):
    """Something worth doing now, offered as a button on Home."""

    ADD_COUNSELOR = "add_counselor"
    CHECK_IN = "check_in"
    AFTER_SESSION = "after_session"
    PREPARE_AGENDA = "prepare_agenda"
    PLAN_SESSION = "plan_session"
    WRITE_ENTRY = "write_entry"


@dataclass(frozen=True)
class NextStep:
    step: Step
    #: the session the step is about (check in, notes after, prepare for), if any
    session: SessionMoment | None = None


def next_steps(d: HomeDigest, most: int = 2) -> list[NextStep]:
    """The one or two things that matter now, most pressing first."""
    found: list[NextStep] = []
    if not d.has_counselor and d.last_session is None and d.next_session is None:
        found.append(NextStep(Step.ADD_COUNSELOR))
    if d.check_in_due is not None:
        found.append(NextStep(Step.CHECK_IN, d.check_in_due))
    since_last = d.days_since_last
    if (
        d.last_session is not None
        and since_last is not None
        and since_last <= NOTES_DAYS
        and not d.last_session_has_notes
    ):
        found.append(NextStep(Step.AFTER_SESSION, d.last_session))
    until_next = d.days_until_next
    if d.next_session is not None and until_next is not None and until_next <= PREPARE_DAYS:
        if d.open_agenda_items == 0:
            found.append(NextStep(Step.PREPARE_AGENDA, d.next_session))
    elif d.next_session is None and d.has_counselor:
        found.append(NextStep(Step.PLAN_SESSION))
    if d.entries_since == 0:
        found.append(NextStep(Step.WRITE_ENTRY))
    return found[:most]
