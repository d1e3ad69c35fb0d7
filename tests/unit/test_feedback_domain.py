"""Rules for feedback notes and the I-statement starters (no Qt, no database)."""

from __future__ import annotations

import pytest

from companion.domain.enums import FeedbackKind, FeedbackStatus
from companion.domain.errors import InvalidInput
from companion.domain.feedback import (
    BODY_MAX,
    STARTERS,
    FeedbackDraft,
    FeedbackNote,
    compose,
    compose_starters,
    next_status,
    preview,
)


def test_draft_is_cleaned() -> None:
    clean = FeedbackDraft(kind=FeedbackKind.CONCERN, body="\n  It felt rushed. \n").validated()
    assert clean.body == "It felt rushed."
    assert clean.status is FeedbackStatus.DRAFT


@pytest.mark.parametrize(
    ("draft", "words"),
    [
        (FeedbackDraft(kind=FeedbackKind.QUESTION, body="  \n "), "empty"),
        (FeedbackDraft(kind=FeedbackKind.QUESTION, body="x" * (BODY_MAX + 1)), "at most"),
        (FeedbackDraft(kind="complaint", body="hi"), "options"),  # type: ignore[arg-type]
        (
            FeedbackDraft(kind=FeedbackKind.REQUEST, body="hi", status="sent"),  # type: ignore[arg-type]
            "options",
        ),
    ],
)
def test_bad_drafts_are_refused(draft: FeedbackDraft, words: str) -> None:
    with pytest.raises(InvalidInput, match=words):
        draft.validated()


def test_statuses_move_forward_until_discussed() -> None:
    assert next_status(FeedbackStatus.DRAFT) is FeedbackStatus.READY
    assert next_status(FeedbackStatus.READY) is FeedbackStatus.SHARED
    assert next_status(FeedbackStatus.SHARED) is FeedbackStatus.DISCUSSED
    assert next_status(FeedbackStatus.DISCUSSED) is None
    note = FeedbackNote(id=1, kind=FeedbackKind.APPRECIATION, body="Thank you " * 40)
    assert note.is_open and note.preview.endswith("…") and len(note.preview) == 120
    assert preview("a\n b") == "a b"


def test_every_starter_has_a_hint_per_blank() -> None:
    assert len({s.key for s in STARTERS}) == len(STARTERS)
    for starter in STARTERS:
        blanks = starter.template.count("{")
        assert blanks == len(starter.hints) >= 1
    texts = " ".join(s.template for s in STARTERS)
    for phrase in (
        "When {0}, I felt",
        "What would help me is",
        "I noticed that",
        "I'd like to try",
    ):
        assert phrase in texts


def test_compose_fills_blanks_without_double_full_stops() -> None:
    felt = STARTERS[0]
    assert felt.compose(["we ran out of time ", "rushed."]) == (
        "When we ran out of time, I felt rushed."
    )
    assert compose("{1} then {0}", ["a", "b"]) == "b then a"


def test_compose_starters_skips_empty_and_refuses_half_filled() -> None:
    felt, noticed, helps = STARTERS[0], STARTERS[1], STARTERS[2]
    text = compose_starters(
        [
            (felt.template, ["you checked the clock", "hurried"]),
            (noticed.template, ["", "  "]),
            (helps.template, ["a few minutes at the end"]),
        ]
    )
    assert text == (
        "When you checked the clock, I felt hurried. "
        "What would help me is a few minutes at the end."
    )
    assert compose_starters([(felt.template, ["", ""])]) == ""
    with pytest.raises(InvalidInput, match="blank"):
        compose_starters([(felt.template, ["something happened", ""])])
