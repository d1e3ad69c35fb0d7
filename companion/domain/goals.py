"""Expectations of counseling and goals, with how close the client feels to them over time.

An *expectation* is what the client hopes to get out of counseling ("feel less alone with
this"); a *goal* is something concrete to work towards ("sleep through most nights"). Either
can be talked through with a counselor (agreed, or revised together) and ends up achieved or
let go. Letting go of a goal is a choice, never a failure: the words the UI uses say so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from companion.domain.enums import GoalDiscussion, GoalKind, GoalStatus
from companion.domain.errors import InvalidInput
from companion.domain.time_zones import known_zone
from companion.domain.wording import tr, tr_n

TITLE_MAX = 200
DETAILS_MAX = 20_000
RATING_MIN = 0
RATING_MAX = 10
PROGRESS_NOTE_MAX = 280
#: Ratings a goal in a list carries for a small trend line (the newest ones, oldest first).
RECENT_RATINGS = 12

#: How lists order goals: open ones first.
STATUS_ORDER = (GoalStatus.ACTIVE, GoalStatus.ACHIEVED, GoalStatus.LET_GO)


def validate_rating(rating: object) -> int:
    """A progress rating: a whole number from 0 to 10."""
    if isinstance(rating, bool) or not isinstance(rating, int):
        raise InvalidInput(tr("domain.goals", "How close you feel is a whole number from 0 to 10."))
    if not RATING_MIN <= rating <= RATING_MAX:
        raise InvalidInput(tr("domain.goals", "How close you feel goes from 0 to 10."))
    return rating


def validate_progress_note(note: str) -> str:
    clean = " ".join(note.split())
    if len(clean) > PROGRESS_NOTE_MAX:
        raise InvalidInput(
            tr_n(
                "domain.goals",
                "A note with a rating can be at most %n [character|characters] long.",
                PROGRESS_NOTE_MAX,
            )
        )
    return clean


def validate_rating_date(on: date, today: date) -> date:
    if on > today:
        raise InvalidInput(
            tr(
                "domain.goals",
                "A rating can't be dated in the future. Choose today or an earlier day.",
            )
        )
    return on


@dataclass(frozen=True)
class GoalDraft:
    """What the client can set about an expectation or goal."""

    title: str
    details: str = ""
    kind: GoalKind = GoalKind.GOAL
    counselor_id: int | None = None
    discussed: GoalDiscussion = GoalDiscussion.NOT_YET
    status: GoalStatus = GoalStatus.ACTIVE

    def validated(self) -> GoalDraft:
        """A cleaned copy, or :class:`InvalidInput` with a message fit to show."""
        title = " ".join(self.title.split())
        if not title:
            raise InvalidInput(
                tr("domain.goals", "Please give it a short title, a few words are enough.")
            )
        if len(title) > TITLE_MAX:
            raise InvalidInput(
                tr_n(
                    "domain.goals",
                    "A title can be at most %n [character|characters] long.",
                    TITLE_MAX,
                )
            )
        if len(self.details) > DETAILS_MAX:
            raise InvalidInput(
                tr_n(
                    "domain.goals",
                    "The details can be at most %n [character|characters] long.",
                    DETAILS_MAX,
                )
            )
        try:
            kind = GoalKind(self.kind)
            discussed = GoalDiscussion(self.discussed)
            status = GoalStatus(self.status)
        except ValueError:
            raise InvalidInput(
                tr("domain.goals", "Please choose one of the options offered.")
            ) from None
        return GoalDraft(
            title=title,
            details=self.details.strip("\n"),
            kind=kind,
            counselor_id=self.counselor_id,
            discussed=discussed,
            status=status,
        )


@dataclass(frozen=True)
class Goal:
    """A stored expectation or goal. ``recent_ratings`` are its newest progress ratings,
    oldest first (at most :data:`RECENT_RATINGS`), for lists."""

    id: int
    title: str
    details: str = ""
    kind: GoalKind = GoalKind.GOAL
    counselor_id: int | None = None
    discussed: GoalDiscussion = GoalDiscussion.NOT_YET
    status: GoalStatus = GoalStatus.ACTIVE
    created_at: datetime | None = None
    updated_at: datetime | None = None
    recent_ratings: tuple[int, ...] = ()

    def draft(self) -> GoalDraft:
        return GoalDraft(
            title=self.title,
            details=self.details,
            kind=self.kind,
            counselor_id=self.counselor_id,
            discussed=self.discussed,
            status=self.status,
        )

    @property
    def is_open(self) -> bool:
        return self.status is GoalStatus.ACTIVE

    @property
    def latest_rating(self) -> int | None:
        return self.recent_ratings[-1] if self.recent_ratings else None


@dataclass(frozen=True)
class ProgressRating:
    """How close the client felt to a goal on a day, 0 to 10, optionally after a session."""

    id: int
    goal_id: int
    rated_on: date
    rating: int
    session_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class SessionRef:
    """Just enough about a counseling session to link something to it and name it."""

    id: int
    counselor_id: int
    counselor_name: str
    starts_at: datetime
    time_zone: str = "UTC"

    def local_start(self) -> datetime:
        """The start in the time zone the session was planned in (UTC if that zone is not
        known on this computer)."""
        start = self.starts_at if self.starts_at.tzinfo else self.starts_at.replace(tzinfo=UTC)
        return start.astimezone(known_zone(self.time_zone) or UTC)

    @property
    def local_date(self) -> date:
        return self.local_start().date()


def progress_change(history: list[ProgressRating] | tuple[ProgressRating, ...]) -> int | None:
    """Newest rating minus the first one (by date), or None with fewer than two ratings."""
    if len(history) < 2:
        return None
    ordered = sorted(history, key=lambda p: (p.rated_on, p.id))
    return ordered[-1].rating - ordered[0].rating


def sort_key(goal: Goal) -> tuple[int, int, datetime, int]:
    """Open goals first, expectations before goals, then oldest first."""
    return (
        STATUS_ORDER.index(goal.status),
        0 if goal.kind is GoalKind.EXPECTATION else 1,
        goal.created_at or datetime.min,
        goal.id,
    )
