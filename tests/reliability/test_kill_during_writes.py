"""kill -9 during writes loses nothing that was committed (docs/design.md §6).

A child process (:mod:`tests.reliability.writer`) writes entries through the services and
acknowledges each one on stdout after it was committed. The test kills it with SIGKILL at a
random moment, re-opens the profile and checks that every acknowledged entry is there with its
exact text, that no entry is torn, and that the file passes SQLCipher's and SQLite's checks.
The profile is kept across rounds, so each round also starts from a database a kill left
behind.

``COMPANION_KILL_ROUNDS`` raises the number of rounds (default 20); ``COMPANION_KILL_SEED``
replays a run (the seed is in every failure message).
"""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from companion.config import ProfilePaths
from companion.domain.journal import EntryFilter, JournalEntry
from companion.security.keystore import KeyStore
from companion.services.journal import EntryNotFound, JournalService
from companion.services.profile import ProfileService
from companion.storage.engine import Database
from tests.reliability.writer import expected_draft
from tests.services.conftest import FAST

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL"),
]

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "kill nine, kill nine"
ROUNDS = int(os.environ.get("COMPANION_KILL_ROUNDS", "20"))
#: Starting Python and importing the storage stack can be slow on a busy CI machine.
READY_TIMEOUT_S = 30.0
#: Longest wait for the N-th acknowledged write in the "after N writes" mode.
ACKS_TIMEOUT_S = 15.0
KILL_DELAY_S = (0.05, 0.6)
MAX_ACKS_BEFORE_KILL = 60


def kill_schedule(rng: random.Random, rounds: int) -> list[str]:
    """The kill mode of each round, in a random order: a third (rounded up) after N
    acknowledged writes, a sixth right after start, the rest a moment after "ready". Fixed
    shares rather than independent draws, so that the number of rounds killed in the middle
    of writing does not depend on luck or on how busy the machine is."""
    after_acks = -(-rounds // 3)
    after_start = rounds // 6
    modes = (
        ["after-acks"] * after_acks
        + ["after-start"] * after_start
        + ["after-ready"] * (rounds - after_acks - after_start)
    )
    rng.shuffle(modes)
    return modes


def _seed() -> int:
    fixed = os.environ.get("COMPANION_KILL_SEED")
    return int(fixed) if fixed else random.SystemRandom().randrange(2**32)


def child_env(home: Path) -> dict[str, str]:
    """The environment of a writer: its own temporary home, no desktop session."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("XDG_") and k != "DBUS_SESSION_BUS_ADDRESS"
    }
    for sub in ("data", "config", "cache", "tmp"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        TMPDIR=str(home / "tmp"),
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
        PYTHONUNBUFFERED="1",
    )
    return env


class Writer:
    """A running writer process and the lines it has printed so far."""

    def __init__(self, profile: Path, env: dict[str, str], stderr_path: Path) -> None:
        self._stderr_file = stderr_path.open("wb")
        self.stderr_path = stderr_path
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.writer", str(profile)],
            cwd=REPO,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr_file,
        )
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write((PASSPHRASE + "\n").encode())
            self.proc.stdin.close()
        except BrokenPipeError:  # it died at once; kill() and stderr() will tell
            pass
        #: Complete lines (a line without its newline was cut off and is not counted).
        self.lines: list[str] = []
        self._queue: queue.Queue[bytes | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            self._queue.put(raw)
        self._queue.put(None)

    def _take(self, raw: bytes) -> None:
        if raw.endswith(b"\n"):
            self.lines.append(raw.decode().rstrip("\n"))

    def pump(self, until: float, stop: Callable[[list[str]], bool]) -> bool:
        """Collect lines until ``stop(lines)`` is true (True) or ``until`` passes or the
        output ends (False)."""
        while not stop(self.lines):
            remaining = until - time.monotonic()
            if remaining <= 0:
                return False
            try:
                raw = self._queue.get(timeout=remaining)
            except queue.Empty:
                return False
            if raw is None:
                return stop(self.lines)
            self._take(raw)
        return True

    def kill(self) -> int:
        """SIGKILL (if still running), reap, and collect everything it printed."""
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        code = self.proc.wait(timeout=30)
        self._reader.join(timeout=30)
        while True:
            try:
                raw = self._queue.get_nowait()
            except queue.Empty:
                break
            if raw is not None:
                self._take(raw)
        assert self.proc.stdout is not None
        self.proc.stdout.close()
        self._stderr_file.close()
        return code

    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace")[-3000:]

    @property
    def ready(self) -> bool:
        return "ready" in self.lines

    def acks(self) -> list[tuple[int, str]]:
        found = []
        for line in self.lines:
            parts = line.split()
            if len(parts) == 3 and parts[0] == "ack":
                found.append((int(parts[1]), parts[2]))
        return found


@dataclass
class Ledger:
    """What the test knows about the profile across rounds."""

    acked: dict[int, str] = field(default_factory=dict)  # entry id -> marker
    checked_ids: set[int] = field(default_factory=set)
    rounds_with_acks: int = 0


def _same_as_expected(entry: JournalEntry, marker: str) -> bool:
    want = expected_draft(marker).validated()
    return entry.draft() == want


def _marker_of(entry: JournalEntry) -> str:
    return entry.body.rsplit("end of ", 1)[-1]


def check_database(paths: ProfilePaths, key: bytes, ctx: str) -> None:
    """Open the bare database (which runs both checks) and run them once more explicitly."""
    db = Database.open(paths.database, key)
    try:
        with db.read() as conn:
            assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == [], ctx
            assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)], ctx
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], ctx
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
            assert str(mode).lower() == "wal", ctx
    finally:
        db.close()


def check_entries(paths: ProfilePaths, ledger: Ledger, ctx: str) -> None:
    """Re-open through the services; every acknowledged entry is there, exactly, and every
    other entry is a complete write too (nothing torn, nothing half there)."""
    profile = ProfileService(paths).unlock_with_passphrase(PASSPHRASE)
    try:
        journal: JournalService = profile.journal
        for entry_id, marker in ledger.acked.items():
            try:
                entry = journal.get(entry_id)
            except EntryNotFound:
                pytest.fail(f"{ctx}: acknowledged entry {entry_id} is missing")
            assert _same_as_expected(entry, marker), (
                f"{ctx}: acknowledged entry {entry_id} differs from what was written"
            )
            ledger.checked_ids.add(entry_id)
        summaries = journal.list(EntryFilter(), limit=1_000_000)
        ids = {s.id for s in summaries}
        assert len(ids) == journal.count(), f"{ctx}: list and count disagree"
        assert set(ledger.acked) <= ids, f"{ctx}: acknowledged entries missing from the list"
        for entry_id in sorted(ids - ledger.checked_ids):
            entry = journal.get(entry_id)
            assert _same_as_expected(entry, _marker_of(entry)), (
                f"{ctx}: unacknowledged entry {entry_id} is incomplete or torn"
            )
            ledger.checked_ids.add(entry_id)
    finally:
        profile.lock()


def run_round(
    rng: random.Random,
    number: int,
    seed: int,
    paths: ProfilePaths,
    key: bytes,
    ledger: Ledger,
    tmp: Path,
    how: str,
) -> None:
    delay = rng.uniform(*KILL_DELAY_S)
    wanted_acks = rng.randint(1, MAX_ACKS_BEFORE_KILL)
    ctx = f"seed={seed} round={number} kill={how}"
    env = child_env(tmp / f"home-{number}")
    writer = Writer(paths.root, env, tmp / f"writer-{number}.stderr")
    try:
        if how == "after-start":
            ctx += f" delay={delay:.3f}s"
            writer.pump(time.monotonic() + delay, lambda _lines: False)
        else:
            ready = writer.pump(time.monotonic() + READY_TIMEOUT_S, lambda lines: "ready" in lines)
            assert ready, f"{ctx}: writer never became ready:\n{writer.stderr()}"
            if how == "after-ready":
                ctx += f" delay={delay:.3f}s"
                writer.pump(time.monotonic() + delay, lambda _lines: False)
            else:
                ctx += f" acks={wanted_acks}"
                got = writer.pump(
                    time.monotonic() + ACKS_TIMEOUT_S, lambda lines: len(lines) > wanted_acks
                )
                assert got, f"{ctx}: writer stalled:\n{writer.stderr()}"
    finally:
        code = writer.kill()
    assert code == -signal.SIGKILL, (
        f"{ctx}: writer ended with {code} before it was killed:\n{writer.stderr()}"
    )
    acks = writer.acks()
    ctx += f" acked={len(acks)}"
    for entry_id, marker in acks:
        assert entry_id not in ledger.acked, f"{ctx}: entry id {entry_id} acknowledged twice"
        ledger.acked[entry_id] = marker
    if acks:
        ledger.rounds_with_acks += 1
    check_database(paths, key, ctx)
    check_entries(paths, ledger, ctx)


def test_sigkill_during_writes_loses_nothing_committed(tmp_path: Path, profile_dir: Path) -> None:
    seed = _seed()
    rng = random.Random(seed)
    paths = ProfilePaths(profile_dir)
    created, _recovery = ProfileService(paths).create(
        use_keychain=False, passphrase=PASSPHRASE, params=FAST
    )
    created.lock()
    key = KeyStore.load(paths.keystore).unlock_with_passphrase(PASSPHRASE)
    ledger = Ledger()
    started = time.monotonic()
    schedule = kill_schedule(rng, ROUNDS)
    for number, how in enumerate(schedule):
        run_round(rng, number, seed, paths, key, ledger, tmp_path, how)
    elapsed = time.monotonic() - started
    print(
        f"kill test: seed={seed}, {ROUNDS} rounds, {len(ledger.acked)} acknowledged writes, "
        f"{len(ledger.checked_ids)} entries checked, {elapsed:.1f} s"
    )
    # The test means something only if many kills landed while writes were going on: every
    # "after-acks" round (a third of them) waited for acknowledged writes; the "after-ready"
    # rounds add more on a machine that is not too busy.
    wanted = schedule.count("after-acks")
    assert wanted >= ROUNDS // 3
    assert ledger.rounds_with_acks >= wanted, (
        f"seed={seed}: only {ledger.rounds_with_acks} of {ROUNDS} rounds had acknowledged "
        "writes before the kill"
    )
