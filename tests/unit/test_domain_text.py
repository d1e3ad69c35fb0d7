"""Text as Companion stores it: valid Unicode whatever comes in, and the journal's size limit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.domain.journal import BODY_MAX, EntryDraft, InvalidEntry
from companion.domain.text import REPLACEMENT, storable


def test_a_lone_surrogate_becomes_the_replacement_character() -> None:
    assert storable("a\ud800b") == f"a{REPLACEMENT}b"
    assert storable("\udfff") == REPLACEMENT


def test_normal_text_is_kept_exactly() -> None:
    text = "Grüße 🙂 — ünïcödé\n\ttabs"
    assert storable(text) is text or storable(text) == text


@given(st.text())
def test_whatever_comes_in_can_be_encoded(text: str) -> None:
    storable(text).encode("utf-8")


def test_an_entry_with_a_lone_surrogate_validates_to_storable_text() -> None:
    draft = EntryDraft(title="t\ud83d", body="b\udc00", tags=("x\ud800",)).validated()
    for value in (draft.title, draft.body, *draft.tags):
        value.encode("utf-8")


def test_the_longest_allowed_body_is_accepted_and_one_more_is_refused() -> None:
    assert len(EntryDraft(body="x" * BODY_MAX).validated().body) == BODY_MAX
    with pytest.raises(InvalidEntry) as caught:
        EntryDraft(body="x" * (BODY_MAX + 1)).validated()
    assert "100,001" in str(caught.value)
    assert "x" * 10 not in str(caught.value)
