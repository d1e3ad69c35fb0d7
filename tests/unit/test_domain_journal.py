from datetime import datetime

import pytest

from companion.domain.journal import (
    PREVIEW_CHARS,
    EntryDraft,
    EntryFilter,
    InvalidEntry,
    JournalEntry,
    clipped,
    normalize_tags,
    preview_text,
    summary_of,
    validate_mood,
)
from companion.domain.prompts import PROMPTS, prompt_themes


def test_tags_are_trimmed_lowercased_deduplicated_and_keep_order() -> None:
    assert normalize_tags(" Work, #family,work ,  ,Self  care") == ("work", "family", "self care")
    assert normalize_tags(["A", "a", "b"]) == ("a", "b")


def test_overlong_tag_is_refused_with_a_clear_message() -> None:
    with pytest.raises(InvalidEntry, match="at most 40"):
        normalize_tags(["x" * 41])


@pytest.mark.parametrize("mood", [None, 0, 5, 10])
def test_valid_moods(mood: int | None) -> None:
    assert validate_mood(mood) == mood


@pytest.mark.parametrize("mood", [-1, 11, True, 5.5])
def test_invalid_moods_are_refused(mood: object) -> None:
    with pytest.raises(InvalidEntry):
        validate_mood(mood)  # type: ignore[arg-type]


def test_validated_draft_cleans_title_and_tags_but_keeps_body_exactly() -> None:
    body = "  line one\n\n  indented  \n"
    draft = EntryDraft(title="  A   title ", body=body, tags=("X", "x"), mood=3).validated()
    assert draft.title == "A title"
    assert draft.body == body
    assert draft.tags == ("x",)


def test_title_too_long() -> None:
    with pytest.raises(InvalidEntry, match="200"):
        EntryDraft(title="t" * 201).validated()


def test_blank_draft() -> None:
    assert EntryDraft().is_blank()
    assert EntryDraft(body="   \n").is_blank()
    assert not EntryDraft(mood=0).is_blank()
    assert not EntryDraft(private=True).is_blank()


def test_preview_collapses_whitespace_and_cuts_long_text() -> None:
    assert preview_text("", "a\n\nb   c") == "a b c"
    long = preview_text("", "word " * 100, limit=20)
    assert len(long) <= 20 and long.endswith("…")


def test_summary_of_entry() -> None:
    at = datetime(2026, 3, 1, 9, 30)
    entry = JournalEntry(
        id=4,
        created_at=at,
        updated_at=at,
        title="T",
        body="Body text",
        mood=7,
        tags=("a",),
        private=True,
        bring_to_session=False,
    )
    s = summary_of(entry)
    assert (s.id, s.title, s.preview, s.mood, s.tags, s.private) == (
        4,
        "T",
        "Body text",
        7,
        ("a",),
        True,
    )


def test_filter_emptiness() -> None:
    assert EntryFilter().is_empty()
    assert EntryFilter(text="  ").is_empty()
    assert not EntryFilter(text="x").is_empty()
    assert not EntryFilter(flagged_only=True).is_empty()


def test_prompts_are_grouped_by_theme_and_phrased_as_questions() -> None:
    assert len(PROMPTS) >= 10
    themes = prompt_themes()
    assert len(themes) == len(set(themes)) >= 5
    assert all(p.text.endswith("?") for p in PROMPTS)


def test_plain_text_drops_markdown_marks() -> None:
    from companion.domain.journal import plain_text

    md = "## What I want\n\n- The **sleep** problems\n> a *quote* and [a link](x.md)\n1. `code`"
    assert plain_text(md) == "What I want The sleep problems a quote and a link code"
    assert plain_text("snake_case stays, 2 * 3 stays") == "snake_case stays, 2 * 3 stays"


def test_a_preview_ends_with_an_ellipsis_whenever_the_text_goes_on() -> None:
    # the part read for the preview is mostly blank lines and marks: short, but cut
    body = "Short start\n" + "\n" * (4 * PREVIEW_CHARS) + "and much more later"
    assert preview_text("", body) == "Short start…"
    assert preview_text("", "Short start\n\n   \n") == "Short start"  # nothing follows
    assert preview_text("", "") == ""
    assert clipped("abc", 3) == "abc" and clipped("abcd", 3) == "ab…"


def test_a_cut_falls_between_words() -> None:
    """An agenda item read "…my chest came b…" on screen."""
    text = "I noticed the tightness in my chest came back when my manager asked"
    assert clipped(text, 42) == "I noticed the tightness in my chest came…"
    assert clipped("We talked, then more", 12) == "We talked…"  # no comma before the dots
    assert clipped("word " * 3, 10) == "word word…"  # the cut fell on a space already
    assert clipped("x" * 50, 10) == "x" * 9 + "…"  # one long word: cut inside it
    assert clipped("a " + "y" * 40, 20) == "a " + "y" * 17 + "…"  # no word end near the cut
