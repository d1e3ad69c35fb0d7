"""The range of days Companion works with.

Periods, imports and dates typed on the command line are checked against it, so that a date
far in the past or future is refused with a message instead of overflowing when a day is
added to it (Python's dates end on 31 Dec 9999).
"""

from __future__ import annotations

from datetime import date

from companion.domain.errors import InvalidInput
from companion.domain.wording import tr

FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2199, 12, 31)


def check_day(day: date) -> date:
    """``day`` itself, or :class:`InvalidInput` when it lies outside the years Companion
    works with."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise InvalidInput(
            tr(
                "domain.days",
                "Please choose a day between the years %1 and %2.",
                FIRST_DAY.year,
                LAST_DAY.year,
            )
        )
    return day
