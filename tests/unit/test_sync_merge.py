"""Merging a record's versions from several computers: the rules that make replicas agree."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.domain.sync_merge import (
    MAX_PULL_AHEAD_MS,
    Clock,
    HybridClock,
    InvalidSyncData,
    Version,
    covers,
    edited,
    in_conflict,
    merge,
    shown,
    vector,
)

A, B, C = "a" * 32, "b" * 32, "c" * 32


def v(counts: dict[str, int], wall: int, device: str, payload: str | None) -> Version:
    return Version(vector(counts), Clock(wall, 0, device), payload)


def test_a_later_edit_replaces_the_one_it_saw() -> None:
    first = v({A: 1}, 10, A, "one")
    second = v({A: 1, B: 1}, 5, B, "two")  # an earlier wall clock, but it saw "one"
    assert merge([first], [second]) == (second,)
    assert merge([second], [first]) == (second,)


def test_edits_that_did_not_see_each_other_are_both_kept_and_the_later_is_shown() -> None:
    left = v({A: 2}, 10, A, "left")
    right = v({A: 1, B: 1}, 20, B, "right")
    kept = merge([left], [right])
    assert set(kept) == {left, right}
    assert shown(kept) == right
    assert in_conflict(kept)


def test_an_edit_beats_a_deletion_it_did_not_see() -> None:
    deleted = v({A: 2}, 50, A, None)
    edit = v({A: 1, B: 1}, 20, B, "kept")
    assert shown(merge([deleted], [edit])).payload == "kept"


def test_an_edit_made_after_a_conflict_replaces_both() -> None:
    kept = merge([v({A: 2}, 10, A, "x")], [v({A: 1, B: 1}, 20, B, "y")])
    after = edited(kept, Clock(30, 0, C), "z")
    assert merge(kept, [after]) == (after,)
    assert not in_conflict((after,))


def test_the_clock_never_runs_backwards_and_is_pulled_only_so_far() -> None:
    now = [1_000]
    clock = HybridClock(A, lambda: now[0])
    first = clock.tick()
    now[0] = 500  # the wall clock was set back
    second = clock.tick()
    assert second > first
    clock.observe(Clock(5_000, 7, B))
    assert clock.tick() > Clock(5_000, 7, B)
    clock.observe(Clock(10**14, 0, B))  # years ahead
    assert clock.tick().wall_ms <= now[0] + MAX_PULL_AHEAD_MS


def test_stamps_and_versions_read_from_elsewhere_are_checked() -> None:
    version = v({A: 1}, 10, A, "x")
    assert Version.from_json(version.to_json()) == version
    assert Clock.decode(version.clock.encode()) == version.clock
    for bad in (
        {"v": {A: 1}, "c": "nope", "p": "x"},
        {"v": {"A": 1}, "c": version.clock.encode(), "p": "x"},
        {"v": {A: 0}, "c": version.clock.encode(), "p": "x"},
        {"v": {A: True}, "c": version.clock.encode(), "p": "x"},
        {"v": {A: 1}, "c": version.clock.encode(), "p": 3},
        [],
    ):
        with pytest.raises(InvalidSyncData):
            Version.from_json(bad)


# -- the laws, on random histories -----------------------------------------------------------

DEVICES = (A, B, C)


@st.composite
def histories(draw: st.DrawFn) -> list[Version]:
    """Versions of one record written by three computers that see some of each other's."""
    made: list[Version] = []
    wall = 0
    for _ in range(draw(st.integers(1, 8))):
        device = draw(st.sampled_from(DEVICES))
        seen = [x for x in made if draw(st.booleans())]
        wall += draw(st.integers(-3, 5))
        payload = draw(st.one_of(st.none(), st.sampled_from(["p", "q", "r", "s"])))
        made.append(edited(merge([], seen), Clock(max(wall, 0), len(made), device), payload))
    return made


@given(histories(), st.randoms(use_true_random=False))
def test_any_order_and_grouping_gives_the_same_state(made: list[Version], rnd: object) -> None:
    expected = merge([], made)
    shuffled = list(made) * 2  # delivered twice
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    state: tuple[Version, ...] = ()
    for version in shuffled:
        state = merge(state, [version])
    assert state == expected
    split = len(shuffled) // 2
    assert merge(merge([], shuffled[:split]), merge([], shuffled[split:])) == expected


@given(histories())
def test_nothing_seen_is_lost(made: list[Version]) -> None:
    state = merge([], made)
    for version in made:
        assert version in state or any(covers(k.vector, version.vector) for k in state)
    # the shown one is the first and nothing kept supersedes another
    assert state[0] == shown(state)
    for x, y in itertools.permutations(state, 2):
        assert not x.supersedes(y)
