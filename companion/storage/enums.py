"""The fixed sets of values that some columns may hold: the domain's enums (re-exported
here), enforced by the tables with CHECK constraints (see :func:`check_in`)."""

from __future__ import annotations

from enum import StrEnum

from companion.domain.enums import (
    AgendaStatus,
    CounselorKind,
    FeedbackKind,
    FeedbackStatus,
    GoalDiscussion,
    GoalKind,
    GoalStatus,
    RelationshipQuality,
    SessionMode,
    SessionStatus,
)

__all__ = [
    "AgendaStatus",
    "CounselorKind",
    "FeedbackKind",
    "FeedbackStatus",
    "GoalDiscussion",
    "GoalKind",
    "GoalStatus",
    "RelationshipQuality",
    "SessionMode",
    "SessionStatus",
    "check_in",
]


def check_in(column: str, values: type[StrEnum]) -> str:
    """SQL for a CHECK constraint that ``column`` holds one of ``values``."""
    allowed = ", ".join(f"'{member.value}'" for member in values)
    return f"{column} IN ({allowed})"
