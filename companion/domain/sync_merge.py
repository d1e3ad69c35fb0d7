"""How one record's versions from several computers are merged (sync). Standard library only.

Every record that syncs carries, for each of its versions:

* a **version vector**: for each computer, how many edits of this record it had made or seen
  when it wrote the version. One version *supersedes* another when its vector is at least as
  large everywhere and larger somewhere: it was written by a computer that had seen the other.
* a **hybrid logical clock** stamp (wall time in milliseconds, a counter, the computer's id):
  a total order that follows the wall clock where it can and never runs backwards.
* whether it is a deletion, and its content (canonical JSON text) otherwise.

A record's state is the set of its versions that nothing else supersedes (usually one). Two
versions written on two computers that had not seen each other both stay in the set: nothing
is dropped. Merging is taking the union and removing what is superseded, so it does not matter
in which order, how often or in which groups versions arrive: every computer that has seen the
same versions holds the same set. The version *shown* is picked from the set by a fixed rule
(see :func:`shown`): an edit beats a deletion it did not see, then the later clock wins. The
others are kept (the journal puts them in the entry's history with a "changed on two
computers" mark) until an edit on any computer, which has seen them all, replaces the set.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

#: A computer's id in sync: 32 lower-case hex digits.
DEVICE_ID = re.compile(r"[0-9a-f]{32}")
#: How far ahead of this computer's clock another computer's stamp may pull it (a clock set
#: hours wrong elsewhere must not drag every later stamp here into the future for good).
MAX_PULL_AHEAD_MS = 24 * 3600 * 1000
_CLOCK_TEXT = re.compile(r"(\d{15})\.(\d{8})\.([0-9a-f]{32})")
_MAX_COUNTER = 10**8 - 1


class InvalidSyncData(ValueError):
    """A stamp, vector or version read from elsewhere is not well formed."""


@dataclass(frozen=True, order=True)
class Clock:
    """A hybrid logical clock stamp; compares in time order, the computer's id breaking ties."""

    wall_ms: int
    counter: int
    device: str

    def encode(self) -> str:
        """Fixed-width text that sorts like the stamp."""
        return f"{self.wall_ms:015d}.{self.counter:08d}.{self.device}"

    @classmethod
    def decode(cls, text: object) -> Clock:
        match = _CLOCK_TEXT.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            raise InvalidSyncData("clock")
        return cls(int(match.group(1)), int(match.group(2)), match.group(3))


class HybridClock:
    """One computer's clock: every stamp it gives is later than every stamp it gave or saw
    (within :data:`MAX_PULL_AHEAD_MS` of its own wall clock)."""

    def __init__(self, device: str, now_ms: Callable[[], int], last: Clock | None = None) -> None:
        if not DEVICE_ID.fullmatch(device):
            raise InvalidSyncData("device id")
        self._device = device
        self._now_ms = now_ms
        self._wall = last.wall_ms if last is not None else 0
        self._counter = last.counter if last is not None else 0

    @property
    def last(self) -> Clock:
        return Clock(self._wall, self._counter, self._device)

    def tick(self) -> Clock:
        """A new stamp for an edit made here."""
        now = self._now_ms()
        if now > self._wall:
            self._wall, self._counter = now, 0
        elif self._counter < _MAX_COUNTER:
            self._counter += 1
        else:  # a million edits in one millisecond: move the clock on by one
            self._wall, self._counter = self._wall + 1, 0
        return self.last

    def observe(self, seen: Clock) -> None:
        """Another computer's stamp was read: later stamps here come after it."""
        limit = self._now_ms() + MAX_PULL_AHEAD_MS
        wall = min(seen.wall_ms, limit)
        if wall > self._wall:
            self._wall, self._counter = wall, min(seen.counter, _MAX_COUNTER - 1)
        elif wall == self._wall:
            self._counter = max(self._counter, min(seen.counter, _MAX_COUNTER - 1))


# -- version vectors -------------------------------------------------------------------------

Vector = tuple[tuple[str, int], ...]
"""A version vector as sorted ``(device, count)`` pairs with counts above zero."""


def vector(counts: Mapping[str, int]) -> Vector:
    """The canonical form of ``counts`` (zero counts dropped, sorted by device)."""
    return tuple(sorted((d, n) for d, n in counts.items() if n > 0))


def vector_from_json(value: object) -> Vector:
    if not isinstance(value, Mapping):
        raise InvalidSyncData("version vector")
    counts: dict[str, int] = {}
    for device, count in value.items():
        if not isinstance(device, str) or not DEVICE_ID.fullmatch(device):
            raise InvalidSyncData("version vector device")
        if not isinstance(count, int) or isinstance(count, bool) or not 0 < count < 2**53:
            raise InvalidSyncData("version vector count")
        counts[device] = count
    return vector(counts)


def covers(a: Vector, b: Vector) -> bool:
    """True when ``a`` has seen everything ``b`` has."""
    have = dict(a)
    return all(have.get(device, 0) >= count for device, count in b)


def joined(vectors: Iterable[Vector]) -> Vector:
    """The smallest vector that covers all of ``vectors``."""
    counts: dict[str, int] = {}
    for v in vectors:
        for device, count in v:
            counts[device] = max(counts.get(device, 0), count)
    return vector(counts)


# -- versions and merging --------------------------------------------------------------------


@dataclass(frozen=True)
class Version:
    """One version of a record: its vector, stamp, and content (``None``: deleted)."""

    vector: Vector
    clock: Clock
    payload: str | None

    @property
    def deleted(self) -> bool:
        return self.payload is None

    def supersedes(self, other: Version) -> bool:
        return self.vector != other.vector and covers(self.vector, other.vector)

    def to_json(self) -> dict[str, object]:
        return {"v": dict(self.vector), "c": self.clock.encode(), "p": self.payload}

    @classmethod
    def from_json(cls, value: object) -> Version:
        if not isinstance(value, Mapping):
            raise InvalidSyncData("version")
        payload = value.get("p")
        if payload is not None and not isinstance(payload, str):
            raise InvalidSyncData("version content")
        found = vector_from_json(value.get("v"))
        if not found:
            raise InvalidSyncData("empty version vector")
        return cls(found, Clock.decode(value.get("c")), payload)


def _rank(version: Version) -> tuple[bool, Clock, str]:
    return (not version.deleted, version.clock, version.payload or "")


def merge(current: Iterable[Version], incoming: Iterable[Version]) -> tuple[Version, ...]:
    """The versions of both that nothing supersedes, the shown one first.

    Union, then drop what is superseded: commutative, associative and idempotent. Two
    versions with the same vector are the same edit; should they differ (a damaged or forged
    copy that still authenticated), the higher-ranked one is kept everywhere alike."""
    by_vector: dict[Vector, Version] = {}
    for version in (*current, *incoming):
        held = by_vector.get(version.vector)
        if held is None or _rank(version) > _rank(held):
            by_vector[version.vector] = version
    candidates = list(by_vector.values())
    kept = [v for v in candidates if not any(o.supersedes(v) for o in candidates)]
    kept.sort(key=_rank, reverse=True)
    return tuple(kept)


def shown(versions: Sequence[Version]) -> Version:
    """The version a computer shows: an edit before a deletion it did not see, then the
    latest stamp (the first of what :func:`merge` returns)."""
    if not versions:
        raise ValueError("a record has at least one version")
    return max(versions, key=_rank)


def edited(versions: Sequence[Version], clock: Clock, payload: str | None) -> Version:
    """The version an edit made on ``clock.device`` writes: it has seen all of ``versions``."""
    base = dict(joined(v.vector for v in versions))
    base[clock.device] = base.get(clock.device, 0) + 1
    return Version(vector(base), clock, payload)


def in_conflict(versions: Sequence[Version]) -> bool:
    """True when the record was changed on two computers that had not seen each other's
    change and their contents differ (more than one kept version with content)."""
    contents = {v.payload for v in versions if not v.deleted}
    return len(contents) > 1
