"""Comparing an earlier version with the current text, and the history settings."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.domain.errors import InvalidInput
from companion.domain.journal_history import (
    HISTORY_DAY_CHOICES,
    NO_HISTORY,
    Change,
    ComparedLine,
    compare_texts,
    validate_history_days,
)


def test_only_changed_lines_and_their_neighbours_are_shown() -> None:
    earlier = "\n".join(f"line {i}" for i in range(10))
    current = earlier.replace("line 5", "line five")
    assert compare_texts(earlier, current, context=1) == [
        None,
        ComparedLine(Change.SAME, "line 4"),
        ComparedLine(Change.REMOVED, "line 5"),
        ComparedLine(Change.ADDED, "line five"),
        ComparedLine(Change.SAME, "line 6"),
        None,
    ]


def test_the_same_text_has_nothing_to_show() -> None:
    assert compare_texts("same\ntext", "same\ntext") == []


def test_a_long_paragraph_is_compared_by_sentence() -> None:
    sentences = [f"This is sentence number {i} of a long paragraph." for i in range(12)]
    earlier = " ".join(sentences)
    current = earlier.replace("number 7", "seven")
    changed = [c for c in compare_texts(earlier, current) if c and c.change is not Change.SAME]
    assert [c.change for c in changed] == [Change.REMOVED, Change.ADDED]
    assert "seven" in changed[1].text and len(changed[1].text) < 60


@given(st.text(max_size=200), st.text(max_size=200))
def test_the_whole_comparison_holds_both_texts(earlier: str, current: str) -> None:
    """With all unchanged lines shown, the kept and removed lines are the earlier text's lines
    in order, and the kept and added ones the current text's (short lines: none is split)."""
    full = compare_texts(earlier, current, context=10_000)
    if earlier == current:
        assert full == []
        return
    assert None not in full
    lines = [c for c in full if c is not None]
    assert [c.text for c in lines if c.change is not Change.ADDED] == earlier.split("\n")
    assert [c.text for c in lines if c.change is not Change.REMOVED] == current.split("\n")


def test_history_days_are_one_of_the_choices_or_none() -> None:
    for days in (*HISTORY_DAY_CHOICES, NO_HISTORY):
        assert validate_history_days(days) == days
    for bad in (-1, 12, True, "30", None):
        with pytest.raises(InvalidInput):
            validate_history_days(bad)
