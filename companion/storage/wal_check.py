"""Checking a write-ahead log before SQLite replays it.

After Companion stops without closing the journal (a crash, a kill, a power cut), the latest
saves may still be in ``companion.db-wal``. When the database is opened next, SQLite replays
the WAL's frames up to the first frame that fails its checks, keeps everything up to the last
complete transaction before it and then deletes the log. If a byte in the middle of the WAL
is damaged, every save after it is dropped without a word. This module reads the WAL (and
SQLite's shared-memory index, ``-shm``) *before* anything opens the database, and tells
whether committed saves would be lost that way.

The structures are SQLite's own and are not encrypted (SQLCipher encrypts page contents
only): a 32-byte header, then frames of a 24-byte header plus one page. Every frame carries
the header's two salts and a running checksum over the frame headers and pages so far.

What counts as a loss:

- a commit frame of this WAL (the header's salts) *after* the first frame that fails;
- the WAL-index in ``-shm`` (when its own checksum and salts match) says more frames were
  committed than can be replayed;
- a damaged WAL header while frames follow it.

What does not: frames after the last commit (a transaction that was cut off by the crash and
never reported as saved), a partial last frame, and frames left over from an earlier round of
the log (other salts).
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path

WAL_MAGIC = 0x377F0682
WAL_VERSION = 3007000
WAL_HEADER_SIZE = 32
FRAME_HEADER_SIZE = 24
#: The first 48-byte copy of the WAL-index header in ``-shm``, then its second copy.
_SHM_HEADER_SIZE = 48
_SHM_CHECKSUMMED = 40
#: Reading a WAL larger than this is not attempted (a real one is a few MB).
MAX_WAL_BYTES = 1024 * 1024 * 1024


@dataclass(frozen=True)
class WalReport:
    """What replaying a WAL would keep and lose."""

    #: Complete frames in the file.
    frames: int
    #: Frames SQLite will replay (up to the last intact commit).
    replayable_frames: int
    #: Transactions SQLite will replay.
    replayable_commits: int
    #: True when committed saves would be lost.
    damaged: bool
    #: How many committed transactions would be lost, when that can be counted (None: some,
    #: but how many cannot be told from what is left of the file).
    lost_commits: int | None = None

    @property
    def intact(self) -> bool:
        return not self.damaged


def _checksum(data: bytes | memoryview, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    """SQLite's WAL checksum: a running pair of 32-bit sums over pairs of 32-bit words."""
    fmt = ">II" if big_endian else "<II"
    for x0, x1 in struct.iter_unpack(fmt, data):
        s0 = (s0 + x0 + s1) & 0xFFFFFFFF
        s1 = (s1 + x1 + s0) & 0xFFFFFFFF
    return s0, s1


@dataclass(frozen=True)
class _Header:
    big_endian: bool
    page_size: int
    salts: tuple[int, int]
    checksum: tuple[int, int]


def _read_header(data: bytes) -> _Header | None:
    """The WAL header, or None when it is missing or damaged."""
    if len(data) < WAL_HEADER_SIZE:
        return None
    magic, version, page_size, _seq, salt1, salt2, ck1, ck2 = struct.unpack(
        ">8I", data[:WAL_HEADER_SIZE]
    )
    if magic & 0xFFFFFFFE != WAL_MAGIC or version != WAL_VERSION:
        return None
    if page_size == 1:
        page_size = 65536
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return None
    big_endian = bool(magic & 1)
    if _checksum(data[:24], 0, 0, big_endian) != (ck1, ck2):
        return None
    return _Header(big_endian, page_size, (salt1, salt2), (ck1, ck2))


@dataclass(frozen=True)
class _Frame:
    index: int  # 1-based, as SQLite counts
    commit: bool
    salts: tuple[int, int]
    stored: tuple[int, int]


@dataclass(frozen=True)
class _IndexHeader:
    """The parts of SQLite's WAL-index header (in ``-shm``) that matter here."""

    max_frame: int
    salts: tuple[int, int]


def _read_index_header(shm: Path) -> _IndexHeader | None:
    """The WAL-index header from ``-shm`` if both of its copies agree and its checksum holds.
    It is written in the machine's own byte order."""
    try:
        with open(shm, "rb") as handle:
            raw = handle.read(2 * _SHM_HEADER_SIZE)
    except OSError:
        return None
    if len(raw) < 2 * _SHM_HEADER_SIZE or raw[:_SHM_HEADER_SIZE] != raw[_SHM_HEADER_SIZE:]:
        return None
    fmt = "<" if struct.pack("=I", 1) == struct.pack("<I", 1) else ">"
    version, _unused, _change = struct.unpack(fmt + "3I", raw[:12])
    is_init = raw[12]
    max_frame, _pages, _f1, _f2, _s1, _s2, ck1, ck2 = struct.unpack(fmt + "8I", raw[16:48])
    if version != WAL_VERSION or not is_init:
        return None
    if _checksum(raw[:_SHM_CHECKSUMMED], 0, 0, fmt == ">") != (ck1, ck2):
        return None
    # The salts are copied byte for byte from the WAL header (big-endian there).
    salts = struct.unpack(">2I", raw[32:40])
    return _IndexHeader(max_frame=max_frame, salts=(salts[0], salts[1]))


def _frames(data: bytes, page_size: int) -> list[_Frame]:
    size = FRAME_HEADER_SIZE + page_size
    count = (len(data) - WAL_HEADER_SIZE) // size
    frames = []
    for i in range(count):
        offset = WAL_HEADER_SIZE + i * size
        _page, commit_size, salt1, salt2, ck1, ck2 = struct.unpack(
            ">6I", data[offset : offset + FRAME_HEADER_SIZE]
        )
        frames.append(_Frame(i + 1, commit_size != 0, (salt1, salt2), (ck1, ck2)))
    return frames


def _frame_checksum(
    data: bytes, frame: _Frame, page_size: int, seed: tuple[int, int], big_endian: bool
) -> tuple[int, int]:
    offset = WAL_HEADER_SIZE + (frame.index - 1) * (FRAME_HEADER_SIZE + page_size)
    view = memoryview(data)
    s0, s1 = _checksum(view[offset : offset + 8], seed[0], seed[1], big_endian)
    start = offset + FRAME_HEADER_SIZE
    return _checksum(view[start : start + page_size], s0, s1, big_endian)


def inspect_wal(database: Path) -> WalReport | None:
    """Check the WAL of ``database`` without changing anything; None when there is no WAL
    or it is empty (nothing to replay). Raises OSError when the files cannot be read."""
    wal = database.with_name(database.name + "-wal")
    shm = database.with_name(database.name + "-shm")
    try:
        size = wal.stat().st_size
    except FileNotFoundError:
        return None
    if size == 0:
        return None
    if size > MAX_WAL_BYTES:
        return WalReport(frames=0, replayable_frames=0, replayable_commits=0, damaged=True)
    # The index first, then the log: a writer updates the index only after the frames it
    # describes are written, so this order never makes a live log look short.
    index = _read_index_header(shm)
    with open(wal, "rb") as handle:
        data = handle.read()
    header = _read_header(data)
    if header is None:
        return _damaged_header_report(data, index)
    frames = _frames(data, header.page_size)

    seed = header.checksum
    replayable = replayable_commits = 0
    broken_at: int | None = None
    for frame in frames:
        ok = frame.salts == header.salts and (
            _frame_checksum(data, frame, header.page_size, seed, header.big_endian) == frame.stored
        )
        if not ok:
            broken_at = frame.index
            break
        seed = frame.stored
        if frame.commit:
            replayable = frame.index
            replayable_commits += 1

    index_frames = index.max_frame if index is not None and index.salts == header.salts else None
    damaged = False
    lost: int | None = 0
    if index_frames is not None and index_frames > replayable:
        # The index says more was committed than can be replayed: count the commit frames
        # in between that are still in the file.
        damaged = True
        lost = sum(
            1 for f in frames[replayable:index_frames] if f.commit and f.salts == header.salts
        )
        if index_frames > len(frames) and not lost:
            lost = None  # the log was cut before them: some, but not how many
    elif broken_at is not None:
        # Without the index: a commit frame of this log *after* the one that broke the chain
        # was written (and so committed) later, which proves a loss. The breaking frame alone
        # could be the last one of a commit the crash cut in half (header written, page not).
        same = [f for f in frames[broken_at - 1 :] if f.salts == header.salts]
        later = sum(1 for f in same if f.commit and f.index > broken_at)
        if later:
            damaged = True
            first_is_commit = bool(same) and same[0].index == broken_at and same[0].commit
            lost = later + (1 if first_is_commit else 0)
    return WalReport(
        frames=len(frames),
        replayable_frames=replayable,
        replayable_commits=replayable_commits,
        damaged=damaged,
        lost_commits=lost if damaged else 0,
    )


def _damaged_header_report(data: bytes, index: _IndexHeader | None) -> WalReport:
    """The header is missing or fails its checks: SQLite will replay nothing."""
    # Frames may still follow; with a page size guessed from the usual one, count the commit
    # frames that share the most common salts.
    has_frames = len(data) > WAL_HEADER_SIZE + FRAME_HEADER_SIZE
    if not has_frames and (index is None or index.max_frame == 0):
        return WalReport(frames=0, replayable_frames=0, replayable_commits=0, damaged=False)
    lost: int | None = None
    for page_size in (4096, 1024, 8192, 16384, 32768, 65536, 2048, 512):
        frames = _frames(data, page_size)
        if not frames:
            continue
        salts = max({f.salts for f in frames}, key=lambda s: sum(1 for f in frames if f.salts == s))
        same = [f for f in frames if f.salts == salts]
        if len(same) * 2 > len(frames):
            lost = sum(1 for f in same if f.commit) or None
            break
    return WalReport(
        frames=0, replayable_frames=0, replayable_commits=0, damaged=True, lost_commits=lost
    )


def wal_files(database: Path) -> list[Path]:
    """The WAL and shared-memory files of ``database`` that exist."""
    found = []
    for suffix in ("-wal", "-shm"):
        path = database.with_name(database.name + suffix)
        if os.path.lexists(path):
            found.append(path)
    return found
