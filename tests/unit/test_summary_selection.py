"""The summary's selection rules: private entries and unticked items never reach any format,
and the preview HTML is the HTML file."""

from __future__ import annotations

import subprocess
import tempfile
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.domain.agenda import AgendaLine, LineKind, SessionNotes
from companion.domain.enums import FeedbackKind, FeedbackStatus
from companion.domain.errors import InvalidInput
from companion.domain.feedback import FeedbackNote
from companion.domain.goals import Goal
from companion.domain.journal import JournalEntry
from companion.export.render_html import render_html
from companion.export.render_markdown import render_markdown
from companion.export.selection import (
    Candidates,
    GoalCandidate,
    PeriodChoice,
    PeriodKind,
    Selection,
    SummaryPeriod,
    chosen,
    default_selection,
    first_paragraph,
    offered,
)
from companion.services.summary import build_document

PERIOD = SummaryPeriod(date(2026, 3, 1), date(2026, 3, 14), "Since our last session")


def token(kind: str, i: int) -> str:
    return f"zq{kind}{i}x"


def make_candidates(n_entries: int, privates: set[int], flagged: set[int]) -> Candidates:
    entries = tuple(
        JournalEntry(
            id=i,
            created_at=datetime(2026, 3, 2 + i % 10, 9, 0),
            updated_at=datetime(2026, 3, 2 + i % 10, 9, 0),
            title=f"Title {token('et', i)}",
            body=f"First {token('ea', i)}\n\nSecond {token('eb', i)}",
            private=i in privates,
            bring_to_session=i in flagged,
        )
        for i in range(n_entries)
    )
    agenda = tuple(
        AgendaLine(LineKind.ITEM, i, 1, f"Agenda {token('ag', i)}", position=i) for i in range(3)
    ) + tuple(
        AgendaLine(
            LineKind.JOURNAL,
            e.id,
            1,
            f"Agenda entry {token('aj', e.id)}",
            private=e.private,
        )
        for e in entries
        if e.bring_to_session
    )
    goals = tuple(GoalCandidate(Goal(id=i, title=f"Goal {token('go', i)}")) for i in range(3))
    feedback = tuple(
        FeedbackNote(
            id=i,
            kind=FeedbackKind.REQUEST,
            body=f"Note {token('fb', i)}",
            status=FeedbackStatus.READY,
        )
        for i in range(3)
    )
    notes = SessionNotes(
        takeaways=f"Took {token('nt', 0)}",
        to_try=f"Try {token('nt', 1)}",
        not_right=f"Not right {token('nt', 2)}",
    )
    return Candidates(
        period=PERIOD,
        counselor_id=1,
        counselor_name="Dana",
        agenda=agenda,
        entries=entries,
        goals=goals,
        feedback=feedback,
        notes=notes,
        notes_session_day=date(2026, 3, 1),
    )


def pdf_text(pdf: bytes) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True
        )
    # NFKC folds any compatibility characters a PDF tool might still produce
    return unicodedata.normalize("NFKC", out.stdout.decode("utf-8"))


def test_private_entries_are_never_offered() -> None:
    candidates = make_candidates(4, privates={1, 3}, flagged={0, 1, 2, 3})
    safe = offered(candidates)
    assert [e.id for e in safe.entries] == [0, 2]
    assert all(not line.private for line in safe.agenda)
    selection = default_selection(candidates)
    assert selection.entries == {0, 2}


def test_private_entry_chosen_by_id_still_stays_out() -> None:
    candidates = make_candidates(2, privates={1}, flagged=set())
    picked = chosen(candidates, Selection(entries=frozenset({0, 1, 99})))
    assert [e.id for e in picked.entries] == [0]


def test_default_selection_ticks_flagged_entries_open_goals_ready_notes() -> None:
    candidates = make_candidates(3, privates=set(), flagged={2})
    selection = default_selection(candidates)
    assert selection.entries == {2}
    assert selection.goals == {0, 1, 2}
    assert selection.feedback == {0, 1, 2}
    assert selection.note_fields == {"takeaways", "to_try"}
    assert not selection.checkins and not selection.mood  # nothing to chart


def test_first_paragraph() -> None:
    assert first_paragraph("\n\nOne\nline two\n\nThree") == "One\nline two"
    assert first_paragraph("") == ""
    assert first_paragraph("Only") == "Only"


def test_period_choice_needs_both_days_in_order() -> None:
    with pytest.raises(InvalidInput):
        PeriodChoice(PeriodKind.CUSTOM, start=date(2026, 3, 2)).validated()
    with pytest.raises(InvalidInput):
        PeriodChoice(PeriodKind.CUSTOM, start=date(2026, 3, 2), end=date(2026, 3, 1)).validated()
    with pytest.raises(InvalidInput):
        PeriodChoice(PeriodKind.BETWEEN_SESSIONS, first_session_id=1).validated()


selections = st.builds(
    Selection,
    agenda=st.frozensets(st.sampled_from([(LineKind.ITEM, i) for i in range(3)])).map(
        lambda keys: frozenset(AgendaLine(k, i, 1, "").key for k, i in keys)
    ),
    entries=st.frozensets(st.integers(0, 5)),
    goals=st.frozensets(st.integers(0, 2)),
    feedback=st.frozensets(st.integers(0, 2)),
    note_fields=st.frozensets(st.sampled_from(["takeaways", "to_try", "not_right"])),
    first_paragraph_only=st.booleans(),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    privates=st.sets(st.integers(0, 5)),
    flagged=st.sets(st.integers(0, 5)),
    selection=selections,
    with_pdf=st.booleans(),
)
def test_only_ticked_shareable_items_reach_any_format(
    qapp: object, privates: set[int], flagged: set[int], selection: Selection, with_pdf: bool
) -> None:
    candidates = make_candidates(6, privates, flagged)
    # Tick the agenda lines of flagged entries too when their entry is ticked.
    agenda = selection.agenda | {
        line.key
        for line in candidates.agenda
        if line.kind is LineKind.JOURNAL and line.id in selection.entries
    }
    selection = Selection(
        agenda=frozenset(agenda),
        entries=selection.entries,
        goals=selection.goals,
        feedback=selection.feedback,
        note_fields=selection.note_fields,
        first_paragraph_only=selection.first_paragraph_only,
    )
    document = build_document(
        candidates, chosen(candidates, selection), None, today=date(2026, 3, 15)
    )
    outputs = {"md": render_markdown(document), "html": render_html(document)}
    if with_pdf:
        from companion.export.render_pdf import Paper, render_pdf

        outputs["pdf"] = pdf_text(render_pdf(document, Paper.A4))

    expected_in: set[str] = set()
    expected_out: set[str] = set()
    for i in range(6):
        shown = i in selection.entries and i not in privates
        for part in ("et", "ea"):
            (expected_in if shown else expected_out).add(token(part, i))
        second = shown and not selection.first_paragraph_only
        (expected_in if second else expected_out).add(token("eb", i))
        on_agenda = i in flagged and i not in privates and i in selection.entries
        (expected_in if on_agenda else expected_out).add(token("aj", i))
    for i in range(3):
        (
            expected_in
            if (LineKind.ITEM, i) in {(k.kind, k.id) for k in selection.agenda}
            else expected_out
        ).add(token("ag", i))
        (expected_in if i in selection.goals else expected_out).add(token("go", i))
        (expected_in if i in selection.feedback else expected_out).add(token("fb", i))
    for i, field in enumerate(("takeaways", "to_try", "not_right")):
        (expected_in if field in selection.note_fields else expected_out).add(token("nt", i))

    for name, text in outputs.items():
        for t in expected_out:
            assert t not in text, (name, t)
        for t in expected_in:
            assert t in text, (name, t)
