"""Relationship check-ins: after a session the client rates how it felt, 0 (not at all) to 10
(completely), on the qualities of docs/design.md §1, and Companion may point out gently when a
rating is low or lower than usual.

The statements are reflection aids written for Companion, not a clinical measure.

The gentle signal (:func:`signals`) looks at one check-in against the client's own history
with the same counselor: a rating at or below the client's threshold, or at least
:data:`DROP_POINTS` below the median of the previous :data:`MEDIAN_WINDOW` ratings of that
quality (only once :data:`MIN_HISTORY` earlier ratings exist).
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum

from companion.domain.enums import RelationshipQuality
from companion.domain.errors import InvalidInput
from companion.domain.wording import tr, tr_n

RATING_MIN = 0
RATING_MAX = 10
COMMENT_MAX = 4_000
DEFAULT_THRESHOLD = 6
#: How many earlier ratings the median is taken over, at most.
MEDIAN_WINDOW = 5
#: How many earlier ratings there must be before "lower than usual" is considered.
MIN_HISTORY = 3
#: How far below the median a rating must be to count as a drop.
DROP_POINTS = 2
#: For how many days after a session Companion offers (nudges) a check-in on it, unless the
#: client chooses another number; the choice is kept within NUDGE_DAYS_MIN..NUDGE_DAYS_MAX.
DEFAULT_NUDGE_DAYS = 14
NUDGE_DAYS_MIN = 1
NUDGE_DAYS_MAX = 90
#: The sessions the client may pick for a check-in themselves: attended in this many days.
RECENT_DAYS = 90


@dataclass(frozen=True)
class Quality:
    """One quality of the relationship and how the app speaks about it (English defaults;
    the UI has its own translated labels for each key)."""

    key: RelationshipQuality
    name: str
    statement: str
    core: bool
    order: int
    #: First person, for a note to the counselor: "I felt ... than usual".
    felt_less: str


#: The eight qualities in the order they are asked; the first three are the core set.
QUALITIES: tuple[Quality, ...] = (
    Quality(
        RelationshipQuality.HEARD,
        "active listening",
        "I felt heard and listened to.",
        True,
        0,
        "less heard",
    ),
    Quality(
        RelationshipQuality.RESPECTED,
        "respect",
        "I felt respected, including my choices.",
        True,
        1,
        "less respected",
    ),
    Quality(
        RelationshipQuality.SUPPORTED,
        "support",
        "I felt supported and encouraged.",
        True,
        2,
        "less supported",
    ),
    Quality(
        RelationshipQuality.UNDERSTOOD,
        "empathy",
        "My counselor understood how I was feeling.",
        False,
        3,
        "less understood",
    ),
    Quality(
        RelationshipQuality.TRUST,
        "trust",
        "I trust that my counselor has my best interests at heart.",
        False,
        4,
        "less sure that you have my best interests at heart",
    ),
    Quality(
        RelationshipQuality.OPEN,
        "non-judgment",
        "I could be myself without fear of being judged.",
        False,
        5,
        "less free to be myself",
    ),
    Quality(
        RelationshipQuality.SAFE,
        "boundaries",
        "The session felt professional and safe.",
        False,
        6,
        "less safe",
    ),
    Quality(
        RelationshipQuality.TOGETHER,
        "collaboration",
        "We worked together on what matters to me.",
        False,
        7,
        "less like we were working together",
    ),
)
QUALITY_BY_KEY: Mapping[RelationshipQuality, Quality] = {q.key: q for q in QUALITIES}
CORE_QUALITIES: tuple[RelationshipQuality, ...] = tuple(q.key for q in QUALITIES if q.core)
MORE_QUALITIES: tuple[RelationshipQuality, ...] = tuple(q.key for q in QUALITIES if not q.core)


def quality(key: RelationshipQuality | str) -> Quality:
    return QUALITY_BY_KEY[RelationshipQuality(key)]


def _clean_ratings(
    ratings: Mapping[RelationshipQuality, int | None] | Mapping[str, int | None],
) -> dict[RelationshipQuality, int]:
    clean: dict[RelationshipQuality, int] = {}
    for key, value in ratings.items():
        try:
            chosen = RelationshipQuality(key)
        except ValueError:
            raise InvalidInput(
                tr("domain.checkins", "Please rate only the statements offered.")
            ) from None
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInput(tr("domain.checkins", "Each rating is a whole number from 0 to 10."))
        if not RATING_MIN <= value <= RATING_MAX:
            raise InvalidInput(tr("domain.checkins", "Each rating is a whole number from 0 to 10."))
        clean[chosen] = value
    return {k: clean[k] for k in RelationshipQuality if k in clean}


@dataclass(frozen=True)
class CheckInDraft:
    """What the client enters for a check-in about one session. Optional qualities may be
    left out or set to None."""

    session_id: int
    ratings: Mapping[RelationshipQuality, int | None] = field(default_factory=dict)
    comment: str = ""

    def validated(self) -> CheckInDraft:
        """A cleaned copy, or :class:`InvalidInput` with a message fit to show."""
        ratings = _clean_ratings(self.ratings)
        if any(key not in ratings for key in CORE_QUALITIES):
            raise InvalidInput(
                tr(
                    "domain.checkins",
                    "Please rate the first three statements (heard, respected, supported); "
                    "the others can stay empty.",
                )
            )
        comment = self.comment.strip()
        if len(comment) > COMMENT_MAX:
            raise InvalidInput(
                tr_n(
                    "domain.checkins",
                    "The comment can be at most %n [character|characters] long.",
                    COMMENT_MAX,
                )
            )
        return CheckInDraft(session_id=self.session_id, ratings=ratings, comment=comment)


@dataclass(frozen=True)
class CheckIn:
    """A stored check-in. ``created_at`` is a naive local wall-clock time; ``session_starts_at``
    is the (aware, UTC) start of its session, None when that session was deleted."""

    id: int
    counselor_id: int
    session_id: int | None
    created_at: datetime
    ratings: Mapping[RelationshipQuality, int] = field(default_factory=dict)
    comment: str = ""
    session_starts_at: datetime | None = None

    def rating(self, key: RelationshipQuality | str) -> int | None:
        return self.ratings.get(RelationshipQuality(key))

    @property
    def moment(self) -> datetime:
        """When the check-in is about (aware): the session's start, else when it was made."""
        if self.session_starts_at is not None:
            start = self.session_starts_at
            return start if start.tzinfo else start.replace(tzinfo=UTC)
        made = self.created_at
        return made if made.tzinfo else made.astimezone()


class SignalReason(StrEnum):
    """Why a rating was pointed out."""

    AT_THRESHOLD = "at_threshold"
    BELOW_USUAL = "below_usual"


@dataclass(frozen=True)
class Signal:
    """A rating worth a gentle word. ``threshold`` is set when the rating is at or below it;
    ``median`` when the rating is at least :data:`DROP_POINTS` below the median of the
    client's earlier ratings (the median may end in .5)."""

    quality: RelationshipQuality
    rating: int
    threshold: int | None = None
    median: float | None = None

    @property
    def reasons(self) -> tuple[SignalReason, ...]:
        found = []
        if self.threshold is not None:
            found.append(SignalReason.AT_THRESHOLD)
        if self.median is not None:
            found.append(SignalReason.BELOW_USUAL)
        return tuple(found)

    @property
    def below_usual(self) -> bool:
        return self.median is not None


def clamp_threshold(value: object) -> int:
    """A threshold from a setting: whole number 0-10, the default when unreadable."""
    if isinstance(value, bool):
        return DEFAULT_THRESHOLD
    if isinstance(value, int):
        number = value
    else:
        try:
            number = int(str(value).strip())
        except ValueError:
            return DEFAULT_THRESHOLD
    return max(RATING_MIN, min(RATING_MAX, number))


def clamp_nudge_days(value: object) -> int:
    """The days a check-in is offered after a session, from a setting: a whole number within
    :data:`NUDGE_DAYS_MIN`..:data:`NUDGE_DAYS_MAX`, the default when unreadable."""
    if isinstance(value, bool):
        return DEFAULT_NUDGE_DAYS
    try:
        number = value if isinstance(value, int) else int(str(value).strip())
    except ValueError:
        return DEFAULT_NUDGE_DAYS
    return max(NUDGE_DAYS_MIN, min(NUDGE_DAYS_MAX, number))


def earlier(current: CheckIn, previous: Sequence[CheckIn]) -> list[CheckIn]:
    """The check-ins that count as history for ``current``: same counselor, not ``current``
    itself (so editing does not compare a check-in with its old self), and about an earlier
    moment; oldest first."""
    found = [
        c
        for c in previous
        if c.id != current.id
        and c.counselor_id == current.counselor_id
        and (c.moment, c.id) < (current.moment, current.id)
    ]
    return sorted(found, key=lambda c: (c.moment, c.id))


def signals(current: CheckIn, previous: Sequence[CheckIn], threshold: int) -> list[Signal]:
    """The ratings of ``current`` worth a gentle word, in the order of :data:`QUALITIES`.

    ``previous`` may hold any check-ins (other counselors, later ones, ``current`` itself):
    only :func:`earlier` ones count. For each quality the median is taken over the last
    :data:`MEDIAN_WINDOW` earlier check-ins that rated it, once there are
    :data:`MIN_HISTORY` of them.
    """
    limit = clamp_threshold(threshold)
    history = earlier(current, previous)
    found: list[Signal] = []
    for q in QUALITIES:
        rating = current.rating(q.key)
        if rating is None:
            continue
        past = [r for c in history if (r := c.rating(q.key)) is not None][-MEDIAN_WINDOW:]
        median: float | None = None
        if len(past) >= MIN_HISTORY:
            usual = float(statistics.median(past))
            if rating <= usual - DROP_POINTS:
                median = usual
        at_threshold = limit if rating <= limit else None
        if at_threshold is not None or median is not None:
            found.append(Signal(q.key, rating, at_threshold, median))
    return found


def _join(parts: Sequence[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def feedback_text(found: Sequence[Signal], day: date | None) -> str:
    """A private draft in the client's voice (English; the UI passes its own translation)
    naming what dropped, ending with an open sentence for the client to finish."""
    dropped = [quality(s.quality).felt_less for s in found if s.below_usual]
    low = [quality(s.quality).felt_less for s in found if not s.below_usual]
    opening = (
        f"In our session on {day.day} {day:%B %Y}" if day is not None else "In our last session"
    )
    sentences = []
    if dropped:
        sentences.append(f"{opening} I felt {_join(dropped)} than usual.")
    if low:
        if dropped:
            sentences.append(f"I also felt {_join(low)} than I would like.")
        else:
            sentences.append(f"{opening} I felt {_join(low)} than I would like.")
    sentences.append("What would help me is …")
    return " ".join(sentences)
