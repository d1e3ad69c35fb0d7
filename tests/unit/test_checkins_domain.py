"""Check-in rules: validation and the gentle signal (no Qt, no database)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from companion.domain.checkins import (
    CORE_QUALITIES,
    DEFAULT_THRESHOLD,
    MORE_QUALITIES,
    QUALITIES,
    CheckIn,
    CheckInDraft,
    Signal,
    SignalReason,
    clamp_threshold,
    earlier,
    feedback_text,
    quality,
    signals,
)
from companion.domain.enums import RelationshipQuality as Q
from companion.domain.errors import InvalidInput

START = datetime(2026, 1, 6, 16, tzinfo=UTC)
CORE_OK = {Q.HEARD: 8, Q.RESPECTED: 8, Q.SUPPORTED: 8}


def checkin(
    n: int,
    heard: int | None = 8,
    *,
    counselor: int = 1,
    checkin_id: int | None = None,
    **more: int,
) -> CheckIn:
    """Check-in number ``n`` (week ``n``) with ``heard`` and respected/supported at 8."""
    ratings = {Q.RESPECTED: 8, Q.SUPPORTED: 8, **{Q(k): v for k, v in more.items()}}
    if heard is not None:
        ratings[Q.HEARD] = heard
    when = START + timedelta(weeks=n)
    return CheckIn(
        id=checkin_id if checkin_id is not None else n + 1,
        counselor_id=counselor,
        session_id=n + 100,
        created_at=when.replace(tzinfo=None),
        ratings=ratings,
        session_starts_at=when,
    )


def heard_signal(found: list[Signal]) -> Signal | None:
    return next((s for s in found if s.quality is Q.HEARD), None)


# -- qualities -------------------------------------------------------------------------------


def test_eight_qualities_three_core_in_order() -> None:
    assert [q.key for q in QUALITIES] == list(Q)
    assert CORE_QUALITIES == (Q.HEARD, Q.RESPECTED, Q.SUPPORTED)
    assert len(MORE_QUALITIES) == 5
    assert [q.order for q in QUALITIES] == list(range(8))
    assert quality("heard").statement == "I felt heard and listened to."
    assert quality(Q.TOGETHER).statement == "We worked together on what matters to me."


# -- validation ------------------------------------------------------------------------------


def test_valid_draft_is_cleaned() -> None:
    draft = CheckInDraft(
        7, {"heard": 0, "respected": 10, "supported": 5, "trust": None}, "  more time  "
    )
    clean = draft.validated()
    assert clean.ratings == {Q.HEARD: 0, Q.RESPECTED: 10, Q.SUPPORTED: 5}
    assert clean.comment == "more time"


@pytest.mark.parametrize("missing", [Q.HEARD, Q.RESPECTED, Q.SUPPORTED])
def test_core_ratings_are_required(missing: Q) -> None:
    ratings: dict[Q, int | None] = dict(CORE_OK)
    ratings[missing] = None
    with pytest.raises(InvalidInput, match="first three"):
        CheckInDraft(1, ratings).validated()


@pytest.mark.parametrize("bad", [-1, 11, 3.5, True, "7"])
def test_ratings_are_whole_numbers_zero_to_ten(bad: object) -> None:
    ratings: dict[Q, object] = {**CORE_OK, Q.SAFE: bad}
    with pytest.raises(InvalidInput, match="0 to 10"):
        CheckInDraft(1, ratings).validated()  # type: ignore[arg-type]


def test_unknown_quality_and_long_comment_are_refused() -> None:
    with pytest.raises(InvalidInput, match="statements offered"):
        CheckInDraft(1, {**CORE_OK, "charisma": 5}).validated()  # type: ignore[dict-item]
    with pytest.raises(InvalidInput, match="at most") as info:
        CheckInDraft(1, CORE_OK, "secret " * 1000).validated()
    assert "secret" not in str(info.value)


def test_missing_optional_qualities_are_fine() -> None:
    assert CheckInDraft(1, CORE_OK).validated().ratings == CORE_OK


# -- the threshold rule ------------------------------------------------------------------------


def test_threshold_is_inclusive_and_adjustable() -> None:
    current = checkin(0, heard=6)
    (found,) = signals(current, [], DEFAULT_THRESHOLD)
    assert (found.quality, found.rating, found.threshold, found.median) == (Q.HEARD, 6, 6, None)
    assert found.reasons == (SignalReason.AT_THRESHOLD,)
    assert signals(current, [], 5) == []
    assert heard_signal(signals(checkin(0, heard=10), [], 10)) is not None
    assert signals(checkin(0, heard=0), [], 0)[0].rating == 0


def test_threshold_from_settings_is_clamped() -> None:
    assert clamp_threshold("4") == 4
    assert clamp_threshold(42) == 10
    assert clamp_threshold(-3) == 0
    assert clamp_threshold(None) == DEFAULT_THRESHOLD
    assert clamp_threshold("lots") == DEFAULT_THRESHOLD


# -- the drop rule -----------------------------------------------------------------------------


def test_fewer_than_three_earlier_only_the_threshold_counts() -> None:
    history = [checkin(0, 10), checkin(1, 10)]
    assert signals(checkin(2, heard=7), history, 6) == []
    (found,) = signals(checkin(2, heard=5), history, 6)
    assert found.median is None and found.threshold == 6


def test_drop_of_two_below_the_median() -> None:
    history = [checkin(0, 9), checkin(1, 10), checkin(2, 9)]
    found = heard_signal(signals(checkin(3, heard=7), history, 3))
    assert found is not None
    assert found.median == 9 and found.threshold is None
    assert found.reasons == (SignalReason.BELOW_USUAL,)
    assert signals(checkin(3, heard=8), history, 3) == []


def test_both_reasons_at_once() -> None:
    history = [checkin(0, 9), checkin(1, 9), checkin(2, 9)]
    found = heard_signal(signals(checkin(3, heard=4), history, 6))
    assert found is not None
    assert found.reasons == (SignalReason.AT_THRESHOLD, SignalReason.BELOW_USUAL)


def test_median_of_the_last_five_only() -> None:
    # old lows are beyond the window of five
    history = [checkin(i, 2) for i in range(3)] + [checkin(i, 9) for i in range(3, 8)]
    found = heard_signal(signals(checkin(8, heard=7), history, 3))
    assert found is not None and found.median == 9


def test_even_count_median_and_ties() -> None:
    # four earlier ratings 6, 8, 9, 10 -> median 8.5; 6.5 would be the line, so 6 drops
    history = [checkin(0, 6), checkin(1, 8), checkin(2, 9), checkin(3, 10)]
    found = heard_signal(signals(checkin(4, heard=6), history, 0))
    assert found is not None and found.median == 8.5
    assert signals(checkin(4, heard=7), history, 0) == []
    # ties: 7, 7, 7 -> median 7; exactly two below counts
    tied = [checkin(0, 7), checkin(1, 7), checkin(2, 7)]
    found = heard_signal(signals(checkin(3, heard=5), tied, 0))
    assert found is not None and found.median == 7
    assert signals(checkin(3, heard=6), tied, 0) == []


def test_editing_excludes_the_check_in_itself() -> None:
    history = [checkin(0, 9), checkin(1, 9), checkin(2, 9)]
    edited = checkin(3, heard=6)
    old_self = checkin(3, heard=9)  # same id: the stored version before the edit
    found = heard_signal(signals(edited, [*history, old_self], 0))
    assert found is not None and found.median == 9
    assert earlier(edited, [*history, old_self]) == history


def test_editing_an_old_check_in_ignores_later_ones() -> None:
    later = [checkin(5, 2), checkin(6, 2), checkin(7, 2)]
    assert signals(checkin(4, heard=2), later, 0) == []
    assert earlier(checkin(4), [checkin(1), *later]) == [checkin(1)]


def test_deleted_check_ins_are_simply_not_history() -> None:
    history = [checkin(0, 9), checkin(1, 9), checkin(2, 9)]
    assert heard_signal(signals(checkin(3, heard=6), history, 0)) is not None
    after_delete = history[1:]
    assert signals(checkin(3, heard=6), after_delete, 0) == []


def test_only_the_same_counselor_counts() -> None:
    other = [checkin(i, 10, counselor=2, checkin_id=50 + i) for i in range(5)]
    assert signals(checkin(6, heard=7), other, 0) == []
    mine = [checkin(0, 10), checkin(1, 10), checkin(2, 10)]
    found = heard_signal(signals(checkin(6, heard=7), [*other, *mine], 0))
    assert found is not None and found.median == 10


def test_missing_optional_qualities() -> None:
    history = [
        checkin(0, safe=9),
        checkin(1),  # did not rate "safe"
        checkin(2, safe=9),
        checkin(3, safe=9),
    ]
    # three earlier "safe" ratings, even though one check-in skipped it
    found = signals(checkin(4, safe=6), history, 0)
    assert [s.quality for s in found] == [Q.SAFE]
    assert found[0].median == 9
    # not rated now: nothing to say about it
    assert signals(checkin(4), history, 0) == []
    # only two earlier "safe" ratings: threshold rule only
    assert signals(checkin(4, safe=6), history[:3], 0) == []


def test_a_check_in_without_its_session_uses_when_it_was_made() -> None:
    gone = CheckIn(9, 1, None, datetime(2026, 1, 1, 12), dict(CORE_OK))
    assert gone.moment == datetime(2026, 1, 1, 12).astimezone()
    assert earlier(checkin(4), [gone]) == [gone]


# -- the draft for the counselor -------------------------------------------------------------


def test_feedback_text_names_what_dropped() -> None:
    found = [
        Signal(Q.HEARD, 5, median=8.0),
        Signal(Q.SUPPORTED, 4, median=8.0, threshold=6),
        Signal(Q.RESPECTED, 6, threshold=6),
    ]
    text = feedback_text(found, date(2026, 2, 3))
    assert text.startswith(
        "In our session on 3 February 2026 I felt less heard and less supported than usual."
    )
    assert "I also felt less respected than I would like." in text
    assert text.endswith("What would help me is …")
    only_low = feedback_text([Signal(Q.SAFE, 3, threshold=6)], None)
    assert only_low.startswith("In our last session I felt less safe than I would like.")
