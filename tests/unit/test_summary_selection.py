"""The summary's selection rules: private entries (and anything kept with them) and unticked
items never reach any format, pictures go only with their entry and only when chosen, and
the preview HTML is the HTML file."""

from __future__ import annotations

import base64
import re
import subprocess
import tempfile
import unicodedata
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.domain.agenda import AgendaLine, LineKind, SessionNotes
from companion.domain.attachments import Attachment
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
    pictures_to_remember,
)
from companion.export.summary_model import fit_picture
from companion.services.summary import build_document, raw_picture
from tests.support import attachment_samples as samples

PERIOD = SummaryPeriod(date(2026, 3, 1), date(2026, 3, 14), "Since our last session")


def token(kind: str, i: int) -> str:
    return f"zq{kind}{i}x"


#: Each entry i holds a picture (id PICTURE + i) and a PDF file (id FILE + i).
PICTURE = 100
FILE = 200


def picture_size(i: int) -> tuple[int, int]:
    """Each entry's picture has its own size: the PDF's image list tells them apart."""
    return 17 + i, 11 + i


def attachment(i: int, *, pdf: bool = False, in_summary: bool = False) -> Attachment:
    width, height = picture_size(i)
    return Attachment(
        id=(FILE if pdf else PICTURE) + i,
        entry_id=i,
        digest=f"{'f' if pdf else 'p'}{i:063d}",
        name=f"{token('pdf' if pdf else 'pn', i)}.{'pdf' if pdf else 'png'}",
        media_type="application/pdf" if pdf else "image/png",
        size=100,
        width=None if pdf else width,
        height=None if pdf else height,
        position=1 if pdf else 0,
        added_at=datetime(2026, 3, 2, 9, 0),
        in_summary=in_summary,
    )


def attachment_bytes(a: Attachment) -> bytes:
    """A real file with a canary in its bytes (``zqpb<i>x`` / ``zqpdfb<i>x``)."""
    i = a.entry_id
    if a.media_type == "application/pdf":
        return samples.pdf(token("pdfb", i))
    return samples.png(*picture_size(i), text={"canary": token("pb", i)})


def make_candidates(
    n_entries: int,
    privates: set[int],
    flagged: set[int],
    *,
    remembered: set[int] | None = None,
) -> Candidates:
    """Entries with a picture and a PDF file each; the pictures of ``remembered`` entries
    were chosen for an earlier summary, and so were every private entry's (chosen before the
    entry was made private) and every PDF's."""
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
        pictures=tuple(
            a
            for i in range(n_entries)
            for a in (
                attachment(i, in_summary=i in (remembered or set()) or i in privates),
                attachment(i, pdf=True, in_summary=True),
            )
        ),
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


def test_pictures_are_off_by_default_and_go_only_with_their_entry() -> None:
    candidates = make_candidates(3, privates=set(), flagged={0, 1, 2})
    selection = default_selection(candidates)
    assert selection.entries == {0, 1, 2} and selection.pictures == frozenset()
    assert chosen(candidates, selection).pictures == ()
    with_pictures = replace(selection, entries=frozenset({0, 1}), pictures=frozenset({100, 102}))
    picked = chosen(candidates, with_pictures)
    assert [p.id for p in picked.pictures] == [100]  # entry 2 is not chosen: nor its picture
    assert picked.pictures_of(0)[0].name == "zqpn0x.png" and picked.pictures_of(1) == ()


def test_a_remembered_choice_is_ticked_next_time() -> None:
    candidates = make_candidates(3, privates=set(), flagged={0, 1}, remembered={1, 2})
    assert default_selection(candidates).pictures == {101, 102}
    selection = replace(default_selection(candidates), pictures=frozenset({100, 102}))
    # entry 0 chosen now, entry 1 no longer; entry 2 unchanged; PDF files never
    assert sorted(pictures_to_remember(candidates, selection)) == [(100, True), (101, False)]


def test_a_private_entrys_pictures_are_never_offered_whatever_was_chosen_before() -> None:
    """The picture was chosen for a summary while its entry was shared; the entry is private
    now. Neither its picture nor its choice is offered, chosen or touched."""
    candidates = make_candidates(2, privates={1}, flagged={0, 1})
    assert [p.id for p in offered(candidates).pictures] == [100]
    assert default_selection(candidates).pictures == frozenset()
    everything = Selection(entries=frozenset({0, 1}), pictures=frozenset({100, 101, 200, 201}))
    assert [p.id for p in chosen(candidates, everything).pictures] == [100]
    assert pictures_to_remember(candidates, Selection()) == ()
    assert pictures_to_remember(candidates, everything) == ((100, True),)


def test_pdf_and_text_files_are_never_offered() -> None:
    candidates = make_candidates(2, privates=set(), flagged={0, 1})
    assert all(p.is_image for p in offered(candidates).pictures)
    picked = chosen(candidates, Selection(entries=frozenset({0, 1}), pictures=frozenset({200})))
    assert picked.pictures == ()


def test_a_picture_is_fitted_to_the_page_and_never_enlarged() -> None:
    # a 12-megapixel photo: 4.5 inches tall (two fit on a page), 150 pixels to the inch
    assert fit_picture(4000, 3000) == ((576, 432), (900, 675))
    # a portrait photo: 4.5 inches tall
    assert fit_picture(3000, 4000) == ((324, 432), (506, 675))
    # a small drawing: as large as its pixels, not one pixel more
    assert fit_picture(300, 200) == ((300, 200), (300, 200))
    # between: shown at the page's width, keeping all its pixels
    assert fit_picture(800, 400) == ((624, 312), (800, 400))


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
    pictures=st.frozensets(
        st.sampled_from([base + i for base in (PICTURE, FILE) for i in range(6)])
    ),
)


def _embedded(html: str) -> bytes:
    """Every file the HTML carries as a data URI, decoded, one after the other."""
    return b"".join(
        base64.b64decode(found)
        for found in re.findall(r"data:[a-z/]+;base64,([A-Za-z0-9+/=]+)", html)
    )


def _pdf_image_sizes(pdf: bytes) -> set[tuple[int, int]]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.pdf"
        path.write_bytes(pdf)
        listed = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, check=True)
    rows = listed.stdout.decode().splitlines()[2:]
    return {(int(r.split()[3]), int(r.split()[4])) for r in rows}


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
        pictures=selection.pictures,
    )
    # every file of every entry made, private ones' and PDFs too: only what was chosen may
    # be taken from here
    made = {a.id: raw_picture(a, lambda a=a: attachment_bytes(a)) for a in candidates.pictures}
    document = build_document(
        candidates, chosen(candidates, selection), None, today=date(2026, 3, 15), pictures=made
    )
    html = render_html(document)
    outputs = {"md": render_markdown(document), "html": html}
    embedded = _embedded(html)
    pdf_sizes: set[tuple[int, int]] = set()
    if with_pdf:
        from companion.export.render_pdf import Paper, render_pdf

        pdf = render_pdf(document, Paper.A4)
        outputs["pdf"] = pdf_text(pdf)
        pdf_sizes = _pdf_image_sizes(pdf)

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
    # pictures: with their chosen, shared entry, when chosen; files that are not pictures never
    shown_pictures = {
        i
        for i in range(6)
        if i in selection.entries and i not in privates and PICTURE + i in selection.pictures
    }
    for i in range(6):
        expected_out.update((token("pdf", i), token("pdfb", i)))
        if i not in shown_pictures:
            expected_out.update((token("pn", i), token("pb", i)))
            assert token("pb", i).encode() not in embedded
    for i in shown_pictures:
        assert token("pb", i).encode() in embedded  # the very file, in the web page
        for name in ("md", "html"):
            assert token("pn", i) in outputs[name], name  # named (Markdown) or its alt text
    for i in range(6):
        assert token("pdfb", i).encode() not in embedded
    if with_pdf:
        assert pdf_sizes == {picture_size(i) for i in shown_pictures}

    for name, text in outputs.items():
        for t in expected_out:
            assert t not in text, (name, t)
        for t in expected_in:
            assert t in text, (name, t)
