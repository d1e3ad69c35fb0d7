"""How long to wait after failed unlock attempts. Pure functions, no clock."""

from __future__ import annotations

#: The longest wait between attempts, in seconds.
MAX_DELAY_SECONDS = 30.0


def retry_delay_seconds(failed_attempts: int) -> float:
    """Seconds to wait before the next try after ``failed_attempts`` failures in a row.

    The first failure costs nothing (typos happen); after that the wait doubles from one
    second: 1, 2, 4, 8, 16, then 30 at most.
    """
    if failed_attempts <= 1:
        return 0.0
    exponent = failed_attempts - 2
    if exponent >= 5:  # 2**5 = 32 is already past the cap
        return MAX_DELAY_SECONDS
    return min(float(2**exponent), MAX_DELAY_SECONDS)
