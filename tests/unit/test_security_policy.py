"""Tests for the wait between failed unlock attempts."""

from __future__ import annotations

import pytest

from companion.security.policy import MAX_DELAY_SECONDS, retry_delay_seconds


@pytest.mark.parametrize(
    ("failures", "delay"),
    [(0, 0), (1, 0), (2, 1), (3, 2), (4, 4), (5, 8), (6, 16), (7, 30), (8, 30), (1000, 30)],
)
def test_delay_grows_then_stops_at_the_cap(failures: int, delay: float) -> None:
    assert retry_delay_seconds(failures) == delay


def test_delay_never_shrinks() -> None:
    delays = [retry_delay_seconds(n) for n in range(50)]
    assert delays == sorted(delays)
    assert max(delays) == MAX_DELAY_SECONDS


def test_negative_counts_mean_no_wait() -> None:
    assert retry_delay_seconds(-3) == 0
