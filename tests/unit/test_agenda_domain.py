"""The agenda's rules: order, carry-over, what counts as discussed, labels, sessions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from companion.domain.agenda import (
    AGENDA_PROMPTS,
    AgendaLine,
    AgendaSession,
    LineKey,
    LineKind,
    SessionNotes,
    arrange,
    can_mark_attended,
    clean_item_text,
    default_session,
    feedback_line_text,
    journal_line_text,
    journal_record_label,
    next_planned,
    plan_after_session,
    reorder,
    sessions_for_notes,
)
from companion.domain.enums import SessionStatus
from companion.domain.errors import InvalidInput

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def item(item_id: int, position: int, text: str = "x") -> AgendaLine:
    return AgendaLine(LineKind.ITEM, item_id, 1, text, position=position, row_id=item_id)


def entry(entry_id: int, *, row_id: int | None = None, position: int = 0) -> AgendaLine:
    return AgendaLine(LineKind.JOURNAL, entry_id, 1, "entry", position=position, row_id=row_id)


def feedback(note_id: int, *, row_id: int | None = None, position: int = 0) -> AgendaLine:
    return AgendaLine(LineKind.FEEDBACK, note_id, 1, "note", position=position, row_id=row_id)


def session(
    session_id: int, hours_from_now: float, status: SessionStatus = SessionStatus.PLANNED
) -> AgendaSession:
    return AgendaSession(
        session_id, 1, NOW + timedelta(hours=hours_from_now), "Europe/Berlin", status
    )


# --- order ---------------------------------------------------------------------------------


def test_arrange_puts_placed_lines_in_their_order_and_newcomers_after() -> None:
    lines = [
        feedback(7),
        item(3, 2),
        entry(5),
        item(1, 0),
        entry(4, row_id=9, position=1),
        entry(2),
    ]
    arranged = arrange(lines)
    assert [line.key for line in arranged] == [
        LineKey(LineKind.ITEM, 1),
        LineKey(LineKind.JOURNAL, 4),
        LineKey(LineKind.ITEM, 3),
        LineKey(LineKind.JOURNAL, 2),
        LineKey(LineKind.JOURNAL, 5),
        LineKey(LineKind.FEEDBACK, 7),
    ]
    assert [line.position for line in arranged] == list(range(6))


def test_reorder_moves_one_line_and_clamps_the_index() -> None:
    lines = arrange([item(1, 0), item(2, 1), item(3, 2)])
    up = reorder(lines, LineKey(LineKind.ITEM, 3), 0)
    assert [line.id for line in up] == [3, 1, 2]
    assert [line.position for line in up] == [0, 1, 2]
    assert [line.id for line in reorder(lines, LineKey(LineKind.ITEM, 1), 99)] == [2, 3, 1]
    assert [line.id for line in reorder(lines, LineKey(LineKind.ITEM, 2), -4)] == [2, 1, 3]


def test_reorder_of_a_line_not_on_the_agenda_is_refused() -> None:
    with pytest.raises(InvalidInput, match="no longer on the agenda"):
        reorder([item(1, 0)], LineKey(LineKind.JOURNAL, 1), 0)


# --- after a session -----------------------------------------------------------------------


def test_ticked_lines_are_discussed_and_the_rest_carries_over() -> None:
    lines = arrange([item(1, 0), entry(4), feedback(6)])
    plan = plan_after_session(lines, {LineKey(LineKind.JOURNAL, 4), LineKey(LineKind.ITEM, 1)})
    assert [line.key for line in plan.discussed] == [
        LineKey(LineKind.ITEM, 1),
        LineKey(LineKind.JOURNAL, 4),
    ]
    assert [line.key for line in plan.carried_over] == [LineKey(LineKind.FEEDBACK, 6)]


def test_nothing_ticked_carries_everything_over() -> None:
    lines = arrange([item(1, 0), item(2, 1)])
    plan = plan_after_session(lines, [])
    assert plan.discussed == ()
    assert plan.carried_over == tuple(lines)


def test_ticking_a_line_that_is_not_on_the_agenda_is_refused() -> None:
    lines = arrange([item(1, 0)])
    with pytest.raises(InvalidInput, match="no longer on the agenda"):
        plan_after_session(lines, {LineKey(LineKind.ITEM, 1), LineKey(LineKind.ITEM, 2)})
    # a journal entry with the same id as an item is a different line
    with pytest.raises(InvalidInput):
        plan_after_session(lines, {LineKey(LineKind.JOURNAL, 1)})


# --- text ----------------------------------------------------------------------------------


def test_item_text_is_cleaned_and_checked() -> None:
    assert clean_item_text("  ask about\n the  homework ") == "ask about the homework"
    with pytest.raises(InvalidInput, match="few words"):
        clean_item_text(" \n\t ")
    with pytest.raises(InvalidInput, match="at most"):
        clean_item_text("a" * 501)


def test_labels_never_carry_more_than_a_title_or_a_short_start() -> None:
    assert journal_line_text("  Sunday  ", "long body") == "Sunday"
    assert journal_line_text("", "# Heading\n**I felt** tired") == "Heading I felt tired"
    assert len(journal_line_text("", "word " * 100)) <= 90
    assert journal_record_label("", date(2026, 3, 4)) == "Journal entry of 4 Mar 2026"
    assert journal_record_label("Sunday", date(2026, 3, 4)) == "Sunday"
    private = journal_record_label("Sunday", date(2026, 3, 4), private=True)
    assert private == "Journal entry of 4 Mar 2026"
    assert feedback_line_text("\n\n  When you *said* that\nmore") == "When you said that"
    assert feedback_line_text("") == ""


def test_notes_are_trimmed_and_long_notes_refused() -> None:
    notes = SessionNotes(takeaways=" a \n", to_try="b", not_right="")
    assert notes.validated() == SessionNotes("a", "b", "")
    assert SessionNotes(" ", "\n").is_blank()
    with pytest.raises(InvalidInput, match="at most"):
        SessionNotes(to_try="x" * 20_001).validated()


def test_prompts_are_a_handful_of_questions() -> None:
    assert 5 <= len(AGENDA_PROMPTS) <= 8
    assert all(p.endswith("?") for p in AGENDA_PROMPTS)


# --- sessions ------------------------------------------------------------------------------


def test_default_session_is_the_latest_that_started_else_the_next() -> None:
    sessions = [session(1, -24 * 14), session(2, -24 * 7), session(3, 24 * 7)]
    picked = default_session(sessions, NOW)
    assert picked is not None and picked.id == 2
    upcoming = default_session([session(3, 24 * 7), session(4, 2)], NOW)
    assert upcoming is not None and upcoming.id == 4
    assert default_session([], NOW) is None


def test_sessions_for_notes_skip_cancelled_and_far_future_ones() -> None:
    sessions = [
        session(1, -48, SessionStatus.ATTENDED),
        session(2, -24, SessionStatus.CANCELLED),
        session(3, 5),
        session(4, 24 * 7),
    ]
    assert [s.id for s in sessions_for_notes(sessions, NOW)] == [3, 1]
    assert [s.id for s in sessions_for_notes(sessions, NOW, keep=2)] == [3, 2, 1]


def test_next_planned_and_marking_attended() -> None:
    sessions = [session(1, -2), session(2, 30), session(3, 5, SessionStatus.CANCELLED)]
    upcoming = next_planned(sessions, NOW)
    assert upcoming is not None and upcoming.id == 2
    assert next_planned([session(1, -2)], NOW) is None
    assert can_mark_attended(session(1, -2), NOW)
    assert can_mark_attended(session(1, 0.1), NOW)  # about to start
    assert not can_mark_attended(session(2, 30), NOW)
    assert not can_mark_attended(session(1, -2, SessionStatus.ATTENDED), NOW)
