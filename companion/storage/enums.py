"""The fixed sets of values that some columns may hold.

Each is a :class:`enum.StrEnum` whose values are what is stored; the tables enforce them with
CHECK constraints (see :func:`check_in`). Any ``str`` with the same value, such as a domain
enum, can be written to these columns.
"""

from __future__ import annotations

from enum import StrEnum


class CounselorKind(StrEnum):
    """Who the counseling is for."""

    INDIVIDUAL = "individual"
    COUPLES = "couples"
    FAMILY = "family"
    GROUP = "group"


class SessionMode(StrEnum):
    """How a session takes place."""

    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"


class SessionStatus(StrEnum):
    """What became of a session."""

    PLANNED = "planned"
    ATTENDED = "attended"
    CANCELLED = "cancelled"
    MISSED = "missed"


class AgendaStatus(StrEnum):
    """Whether an agenda item was raised in a session."""

    OPEN = "open"
    DISCUSSED = "discussed"
    DROPPED = "dropped"


class GoalKind(StrEnum):
    """An expectation of counseling, or a goal to work towards."""

    EXPECTATION = "expectation"
    GOAL = "goal"


class GoalDiscussion(StrEnum):
    """Whether the goal was talked through with the counselor."""

    NOT_YET = "not_yet"
    AGREED = "agreed"
    REVISED = "revised"


class GoalStatus(StrEnum):
    """Where a goal stands."""

    ACTIVE = "active"
    ACHIEVED = "achieved"
    LET_GO = "let_go"


class FeedbackKind(StrEnum):
    """What a feedback note is."""

    APPRECIATION = "appreciation"
    CONCERN = "concern"
    REQUEST = "request"
    QUESTION = "question"


class FeedbackStatus(StrEnum):
    """How far a feedback note has come, from private draft to talked about."""

    DRAFT = "draft"
    READY = "ready"
    SHARED = "shared"
    DISCUSSED = "discussed"


class RelationshipQuality(StrEnum):
    """The check-in dimensions of DESIGN §1; the first three are the default set."""

    HEARD = "heard"
    RESPECTED = "respected"
    SUPPORTED = "supported"
    UNDERSTOOD = "understood"
    TRUST = "trust"
    OPEN = "open"
    SAFE = "safe"
    TOGETHER = "together"


def check_in(column: str, values: type[StrEnum]) -> str:
    """SQL for a CHECK constraint that ``column`` holds one of ``values``."""
    allowed = ", ".join(f"'{member.value}'" for member in values)
    return f"{column} IN ({allowed})"
