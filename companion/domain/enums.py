"""The fixed sets of values of the data model (docs/design.md §4). Each value is what is stored and
what code compares against; the UI translates its own labels for them."""

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
    """The check-in dimensions of docs/design.md §1; the first three are the default set."""

    HEARD = "heard"
    RESPECTED = "respected"
    SUPPORTED = "supported"
    UNDERSTOOD = "understood"
    TRUST = "trust"
    OPEN = "open"
    SAFE = "safe"
    TOGETHER = "together"
