"""Realistic generated data for the demo profile and the benchmarks.

Everything here is invented for Companion; it is deterministic for a given seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

from companion.domain.journal import EntryDraft

_TAGS = (
    "work",
    "family",
    "sleep",
    "friends",
    "anxiety",
    "exercise",
    "partner",
    "self-care",
    "therapy",
    "kids",
    "health",
    "money",
)

_OPENINGS = (
    "Woke up tired again.",
    "A calmer day than I expected.",
    "Hard conversation with my sister this morning.",
    "Went for a long walk after work.",
    "Could not focus at all today.",
    "Slept well for once.",
    "Felt on edge most of the afternoon.",
    "Had lunch with a friend I haven't seen in months.",
    "Spent the evening tidying and it helped.",
    "Work was a lot today.",
)
_MIDDLES = (
    "I noticed the tightness in my chest came back when my manager asked for an update.",
    "I tried the breathing exercise we practised and it took the edge off.",
    "I keep going back to what was said in the last session about needing to be perfect.",
    "I wanted to say no but said yes again, and then felt resentful.",
    "Small things felt manageable, which is new.",
    "I caught myself expecting the worst, and then it didn't happen.",
    "I wrote down three things that went fine, like my counselor suggested.",
    "There was a moment of real laughter and I want to remember it.",
    "I was short with the kids and apologised afterwards.",
    "I didn't want to get out of bed, but I did.",
)
_CLOSINGS = (
    "I want to bring this up next time.",
    "Not sure what to make of it yet.",
    "Tomorrow I'll try to go to bed earlier.",
    "Proud of myself for that, quietly.",
    "I'd like to understand why this keeps happening.",
    "Writing it down helps.",
    "",
)
_TITLES = (
    "",
    "",
    "",
    "Evening thoughts",
    "After the session",
    "A good moment",
    "Rough day",
    "Something to remember",
    "Questions for next time",
    "Sunday",
)


def _body(rng: random.Random) -> str:
    paragraphs = [f"{rng.choice(_OPENINGS)} {rng.choice(_MIDDLES)}"]
    if rng.random() < 0.6:
        paragraphs.append(rng.choice(_MIDDLES))
    closing = rng.choice(_CLOSINGS)
    if closing:
        paragraphs.append(closing)
    if rng.random() < 0.15:
        paragraphs.append(
            "- "
            + "\n- ".join(
                rng.sample(
                    [
                        "slept 7 hours",
                        "walked 30 minutes",
                        "called mum",
                        "skipped lunch",
                        "read before bed",
                        "stayed off my phone",
                    ],
                    3,
                )
            )
        )
    return "\n\n".join(paragraphs)


#: Most entries :func:`generate_entries` writes a day (``demo-data --entries-per-day``).
MAX_ENTRIES_PER_DAY = 10

#: Hours of the day one entry a day is written at.
_HOURS = (7, 8, 12, 19, 21, 22)


def generate_entries(
    days: int, *, end: date | None = None, seed: int = 7, per_day: int = 1
) -> Iterator[tuple[datetime, EntryDraft]]:
    """About ``per_day`` entries a day (1 to :data:`MAX_ENTRIES_PER_DAY`) for ``days`` days up
    to ``end`` (default: yesterday, so no entry lies in the future), with a slow mood drift, a
    difficult stretch and recovery, varied tags and both flags. With ``per_day=1`` the entries
    are the same as they always were for a seed; more a day are spread over the day."""
    if not 1 <= per_day <= MAX_ENTRIES_PER_DAY:
        raise ValueError(f"per_day must be from 1 to {MAX_ENTRIES_PER_DAY}")
    rng = random.Random(seed)
    end = end or date.today() - timedelta(days=1)
    start = end - timedelta(days=days - 1)
    for offset in range(days):
        day = start + timedelta(days=offset)
        if rng.random() < 0.12:  # skipped days, as in real life
            continue
        phase = offset / max(days - 1, 1)
        base = 5.5 + 1.5 * phase
        if 0.35 < (offset % 365) / 365 < 0.45:  # a hard stretch each year
            base -= 2.0
        recent = offset >= days - 14
        if per_day == 1:  # the order of the draws of the first version, kept for its seeds
            mood = _mood(rng, base)
            at = datetime.combine(day, time(hour=rng.choice(_HOURS), minute=rng.randrange(60)))
            yield at, _entry(rng, mood, recent=recent)
            continue
        minutes = sorted(rng.sample(range(6 * 60, 24 * 60), per_day))  # 6:00 to midnight
        for minute in minutes:
            at = datetime.combine(day, time(hour=minute // 60, minute=minute % 60))
            yield at, _entry(rng, _mood(rng, base), recent=recent)


def _mood(rng: random.Random, base: float) -> int | None:
    mood = max(0, min(10, round(rng.gauss(base, 1.5))))
    return None if rng.random() < 0.1 else mood


def _entry(rng: random.Random, mood: int | None, *, recent: bool) -> EntryDraft:
    return EntryDraft(
        title=rng.choice(_TITLES),
        body=_body(rng),
        mood=mood,
        tags=tuple(rng.sample(_TAGS, rng.choice([0, 1, 1, 2, 3]))),
        private=rng.random() < 0.1,
        # what is still waiting for the next session: a few recent entries
        bring_to_session=recent and rng.random() < 0.3,
    )
