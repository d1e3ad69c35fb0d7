"""A relationship check-in as the charts and Home take it, and the few rules about check-ins
that Home needs too (the rest are in ``companion.domain.insights``, which re-exports these).

Kept apart so that the window's start, which shows the latest check-in on Home, does not load
everything the Insights charts use. Standard library only.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from companion.domain.enums import RelationshipQuality

#: The qualities shown by default (docs/design.md §1).
CORE_QUALITIES: tuple[str, ...] = (
    RelationshipQuality.HEARD.value,
    RelationshipQuality.RESPECTED.value,
    RelationshipQuality.SUPPORTED.value,
)
ALL_QUALITIES: tuple[str, ...] = tuple(q.value for q in RelationshipQuality)

#: Fewer ratings than this give no usual range.
BASELINE_MIN = 3


@dataclass(frozen=True)
class CheckInPoint:
    """One relationship check-in: when, for which session and counselor, and each rating
    (0 to 10; None or missing when that quality was not rated).

    ``when`` is what the check-in is about, as a naive local time: its session's start, or
    when it was written for one whose session is gone. Charts, tables, periods and "latest"
    go by it. ``written`` is when the client wrote it (None: at ``when``); a check-in written
    days after its session keeps that date apart."""

    when: datetime
    session_id: int | None
    counselor_id: int
    ratings: Mapping[str, int | None]
    written: datetime | None = None

    def rating(self, quality: str) -> int | None:
        return self.ratings.get(quality)

    @property
    def written_at(self) -> datetime:
        return self.written if self.written is not None else self.when

    @property
    def written_later(self) -> bool:
        """Written on another day than the session it is about."""
        return self.written_at.date() != self.when.date()

    def order(self) -> tuple[datetime, datetime]:
        """Oldest first by session, then by when written."""
        return (self.when, self.written_at)

    def core_average(self) -> float | None:
        """The mean of the core three that were rated, or None when none was."""
        values = [v for q in CORE_QUALITIES if (v := self.ratings.get(q)) is not None]
        return statistics.fmean(values) if values else None


def latest_checkin(checkins: Iterable[CheckInPoint]) -> CheckInPoint | None:
    """The check-in about the latest session (by its date, not when it was written)."""
    return max(checkins, key=CheckInPoint.order, default=None)
