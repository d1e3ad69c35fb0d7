"""Rules for expectations, goals and progress ratings (no Qt, no database)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from companion.domain.enums import GoalDiscussion, GoalKind, GoalStatus
from companion.domain.errors import InvalidInput
from companion.domain.goals import (
    PROGRESS_NOTE_MAX,
    TITLE_MAX,
    Goal,
    GoalDraft,
    ProgressRating,
    SessionRef,
    progress_change,
    sort_key,
    validate_progress_note,
    validate_rating,
    validate_rating_date,
)


def test_draft_is_cleaned() -> None:
    draft = GoalDraft(
        title="  Sleep   better ",
        details="\nmost nights\n",
        kind=GoalKind("expectation"),
        discussed=GoalDiscussion.AGREED,
    ).validated()
    assert draft.title == "Sleep better"
    assert draft.details == "most nights"
    assert draft.kind is GoalKind.EXPECTATION
    assert draft.status is GoalStatus.ACTIVE


@pytest.mark.parametrize(
    ("draft", "words"),
    [
        (GoalDraft(title="   "), "title"),
        (GoalDraft(title="x" * (TITLE_MAX + 1)), "at most"),
        (GoalDraft(title="ok", status="failed"), "options"),  # type: ignore[arg-type]
    ],
)
def test_bad_drafts_are_refused_kindly(draft: GoalDraft, words: str) -> None:
    with pytest.raises(InvalidInput, match=words):
        draft.validated()


def test_message_never_repeats_the_text() -> None:
    secret = "my very private hope " * 20
    with pytest.raises(InvalidInput) as caught:
        GoalDraft(title=secret).validated()
    assert "private" not in str(caught.value)


@pytest.mark.parametrize("rating", [0, 5, 10])
def test_ratings_from_0_to_10(rating: int) -> None:
    assert validate_rating(rating) == rating


@pytest.mark.parametrize("rating", [-1, 11, 5.5, "7", True, None])
def test_other_ratings_are_refused(rating: object) -> None:
    with pytest.raises(InvalidInput, match="0 to 10"):
        validate_rating(rating)


def test_note_and_date_rules() -> None:
    assert validate_progress_note("  a  small\nstep ") == "a small step"
    with pytest.raises(InvalidInput, match=str(PROGRESS_NOTE_MAX)):
        validate_progress_note("x" * (PROGRESS_NOTE_MAX + 1))
    today = date(2026, 3, 10)
    assert validate_rating_date(today, today) == today
    with pytest.raises(InvalidInput, match="future"):
        validate_rating_date(date(2026, 3, 11), today)


def test_progress_change_and_latest() -> None:
    history = [
        ProgressRating(2, 1, date(2026, 2, 1), 6),
        ProgressRating(1, 1, date(2026, 1, 1), 2),
    ]
    assert progress_change(history) == 4
    assert progress_change(history[:1]) is None
    goal = Goal(id=1, title="t", recent_ratings=(2, 6))
    assert goal.latest_rating == 6 and goal.is_open
    assert Goal(id=2, title="t").latest_rating is None


def test_sort_key_puts_open_expectations_first() -> None:
    goals = [
        Goal(id=1, title="a", status=GoalStatus.LET_GO),
        Goal(id=2, title="b", kind=GoalKind.GOAL),
        Goal(id=3, title="c", kind=GoalKind.EXPECTATION),
        Goal(id=4, title="d", status=GoalStatus.ACHIEVED),
    ]
    assert [g.id for g in sorted(goals, key=sort_key)] == [3, 2, 4, 1]


def test_session_day_is_the_day_where_it_was_planned() -> None:
    late = SessionRef(1, 1, "Dana", datetime(2026, 3, 10, 23, 30, tzinfo=UTC), "Europe/Berlin")
    assert late.local_date == date(2026, 3, 11)
    unknown = SessionRef(2, 1, "Dana", datetime(2026, 3, 10, 23, 30), "Nowhere/Special")
    assert unknown.local_date == date(2026, 3, 10)
