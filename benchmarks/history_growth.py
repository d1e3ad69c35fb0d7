#!/usr/bin/env python3
"""Entry history against docs/design.md §5: after a year of typical edits, each save keeping the
version it replaced, how much the journal grows, and whether start-up and search as you type
still meet their targets (start-up at most 3x a bare PySide6 window, measured in the same
run; search p95 under 10 ms, every query under 20 ms).

    python benchmarks/history_growth.py [--years 10] [--rounds 5] [--saves 2-8] [--mode auto]

1. ``companion demo-data`` fills a new profile with ``--years`` of entries (as
   ``benchmarks/run.py`` does, keychain mode when available).
2. *Before*: the database's size, start-up (``companion --exit-when-ready`` against
   ``benchmarks/bare_window.py``, alternating, medians of ``--rounds``) and search as you type
   (every prefix of the words ``run.py`` uses, ``--rounds`` passes), with ``run.py``'s own
   functions.
3. A year of typical edits, through ``JournalService`` on a clock set to each moment: every
   entry of the last year is saved again a few times (``--saves``, at random in that range):
   a sentence or two added, sometimes a word corrected, the mood or a tag changed, minutes to
   days after it was written. History is kept for a year (the longest choice), so none of it
   is pruned. One entry in fifty is deleted (to Recently deleted).
4. *After*: the same three measurements, plus the time the start-up pruning takes (it runs in
   the background once the window is shown). For reference, a copy of the profile made
   before the edits gets the same edits with "keep no history": its size and search times
   show what the edits cost by themselves (longer entries), apart from the history.

The exit status is 0 whenever the measurements were made.
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import shutil
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
for folder in (REPO, HERE):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import run as bench  # noqa: E402  (benchmarks/run.py: the same measurements)

STARTUP_TARGET = 3.0
SEARCH_P95_TARGET_MS = 10.0
SEARCH_MAX_TARGET_MS = 20.0
MIB = 1024 * 1024

ADDITIONS = (
    " Later: I thought about it again on the way home.",
    " My sister called, which helped more than I expected.",
    " I want to bring this up next time.",
    "\n\nIn the evening I went for a walk and felt calmer.",
    " Sleep was better last night.",
    " The breathing exercise helped a little.",
)


def _say(text: str = "") -> None:
    print(text, flush=True)


def database_bytes(profile: Path) -> int:
    """The database and its write-ahead log, as they are on disk."""
    return sum(
        f.stat().st_size
        for f in profile.iterdir()
        if f.name.startswith("companion.db") and f.is_file()
    )


def _database(db: Any) -> Any:
    return db


def add_a_year_of_edits(
    profile: Any, saves: tuple[int, int], *, keep_history: bool = True, seed: int = 7
) -> dict[str, int]:
    """Save every entry of the last year again a few times, on a clock set to each moment
    (the same edits for the same ``seed``)."""
    from companion.domain.journal import EntryFilter
    from companion.services.journal import JournalService
    from companion.services.journal_history import EntryHistoryService

    rng = random.Random(seed)
    db = profile.service(_database)
    moment = [datetime.now()]
    journal = JournalService(db, lambda: moment[0])
    history = EntryHistoryService(db, lambda: moment[0])
    history.set_history_days(365 if keep_history else 0)
    newest = journal.list(EntryFilter(), limit=1)[0].created_at
    year = journal.list(EntryFilter(date_from=(newest - timedelta(days=365)).date()), limit=100_000)
    counts = {"entries edited": 0, "saves": 0, "deleted": 0}
    for summary in year:
        entry = journal.get(summary.id)
        when = entry.created_at
        for _ in range(rng.randint(*saves)):
            when += timedelta(minutes=rng.choice((3, 20, 90, 600, 2880)))
            moment[0] = when
            draft = entry.draft()
            body = draft.body + rng.choice(ADDITIONS)
            if rng.random() < 0.2:
                body = body.replace(" the ", " that ", 1)
            mood = draft.mood
            if rng.random() < 0.2:
                mood = rng.randint(0, 10)
            tags = draft.tags
            if rng.random() < 0.1:
                tags = (*tags, rng.choice(("sleep", "work", "family", "calm")))
            entry = journal.update(
                entry.id,
                type(draft)(
                    title=draft.title,
                    body=body,
                    mood=mood,
                    tags=tags,
                    private=draft.private,
                    bring_to_session=draft.bring_to_session,
                ),
            )
            counts["saves"] += 1
        counts["entries edited"] += 1
        if rng.random() < 0.02:
            moment[0] = when + timedelta(days=1)
            journal.delete(entry.id)
            counts["deleted"] += 1
    kept, deleted = history.counts()
    counts["versions kept"] = kept
    counts["deleted entries kept"] = deleted
    db.checkpoint()
    return counts


def time_pruning(profile: Any) -> float:
    """What the background pruning at start-up costs when nothing is old enough to go."""
    started = time.perf_counter()
    profile.journal.history.prune()
    return time.perf_counter() - started


def measure(
    label: str,
    profile: Path,
    mode: str,
    passphrase: str,
    rounds: int,
    env: dict[str, str],
    scratch: Path,
) -> dict[str, Any]:
    _say(f"{label}: start-up, {rounds} rounds against the bare window…")
    startup = bench.measure_startup(profile, mode, passphrase, rounds, env, scratch)
    if mode == "passphrase":
        kdf = bench.time_passphrase_unlock(profile, passphrase)
        startup["argon2id_s"] = kdf
        startup["ratio_without_kdf"] = (startup["app_median_s"] - kdf) / startup["bare_median_s"]
    _say(f"{label}: search as you type, {rounds} passes…")
    search = bench.measure_search(profile, mode, passphrase, rounds)
    return {"bytes": database_bytes(profile), "startup": startup, "search": search}


def _verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def report(
    before: dict[str, Any],
    after: dict[str, Any],
    control: dict[str, Any],
    edits: dict[str, int],
    prune_s: float,
    mode: str,
) -> None:
    _say()
    _say("A year of edits: " + ", ".join(f"{n:,} {what}" for what, n in edits.items()))
    grown = after["bytes"] - before["bytes"]
    _say(
        f"Database: {before['bytes'] / MIB:.1f} MiB before, {after['bytes'] / MIB:.1f} MiB "
        f"after: +{grown / MIB:.1f} MiB ({grown / before['bytes'] * 100:.0f}%), "
        f"{grown / max(edits['saves'], 1) / 1024:.1f} KiB per save"
    )
    own = after["bytes"] - control["bytes"]
    _say(
        f"Of that, history itself (against the same edits without history, "
        f"{control['bytes'] / MIB:.1f} MiB): +{own / MIB:.1f} MiB"
    )
    _say(f"Pruning at start-up (in the background), nothing old enough: {prune_s * 1000:.0f} ms")
    _say()
    _say(f"{'measurement':<36}{'before':>10}{'after':>10}{'target':>10}  result")
    for name, key, target, unit in (
        ("start-up ratio to a bare window", "ratio", STARTUP_TARGET, "x"),
        ("search p50", "p50_ms", None, "ms"),
        ("search p95", "p95_ms", SEARCH_P95_TARGET_MS, "ms"),
        ("search slowest query", "max_ms", SEARCH_MAX_TARGET_MS, "ms"),
    ):
        part = "startup" if key == "ratio" else "search"
        b, a = before[part][key], after[part][key]
        goal = "" if target is None else f"{target:g} {unit}"
        verdict = "" if target is None else _verdict(a <= target)
        same = control.get(key)
        extra = "" if same is None else f"   (same edits without history: {same:.2f} {unit})"
        _say(f"{name:<36}{b:>8.2f} {unit:<2}{a:>7.2f} {unit:<2}{goal:>8}  {verdict}{extra}")
    if mode == "passphrase":
        _say(
            "start-up ratio without the Argon2id derivation (information): "
            f"{before['startup']['ratio_without_kdf']:.2f}x before, "
            f"{after['startup']['ratio_without_kdf']:.2f}x after"
        )
    _say(
        "start-up medians: "
        f"bare {after['startup']['bare_median_s']:.2f} s, companion "
        f"{before['startup']['app_median_s']:.2f} s before and "
        f"{after['startup']['app_median_s']:.2f} s after"
    )


def parse_saves(text: str) -> tuple[int, int]:
    low, _, high = text.partition("-")
    return int(low), int(high or low)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--years", type=float, default=10.0)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--saves", type=parse_saves, default=(2, 8), metavar="LOW-HIGH")
    parser.add_argument("--mode", choices=("auto", "keychain", "passphrase"), default="auto")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args(argv)

    qt_env = bench.qt_platform_env()
    mode, reason = bench.choose_mode(args.mode)
    passphrase = "benchmark " + secrets.token_hex(8)
    root = Path(tempfile.mkdtemp(prefix="companion-bench-history-"))
    profile_dir = root / "profile"
    scratch = root / "scratch"
    scratch.mkdir()
    env = dict(os.environ)
    env.update(qt_env)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    if sys.platform.startswith("linux"):
        env["XDG_CONFIG_HOME"] = str(root / "config")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(root / "pycache")
    try:
        _say(f"Generating {args.years:g} years of entries ({mode} mode: {reason})…")
        bench.generate_profile(profile_dir, args.years, mode, passphrase, env, scratch)
        before = measure("Before", profile_dir, mode, passphrase, args.rounds, env, scratch)
        # the control: a copy that gets the same edits without keeping history
        control_dir = root / "control"
        shutil.copytree(profile_dir, control_dir)
        _say("Adding a year of edits (and the same edits to a copy that keeps no history)…")
        opened = bench.open_profile(profile_dir, mode, passphrase)
        try:
            started = time.perf_counter()
            edits = add_a_year_of_edits(opened, args.saves)
            _say(f"  done in {time.perf_counter() - started:.1f} s")
            prune_s = time_pruning(opened)
        finally:
            opened.lock()
        opened = bench.open_profile(control_dir, mode, passphrase)
        try:
            add_a_year_of_edits(opened, args.saves, keep_history=False)
        finally:
            opened.lock()
        after = measure("After", profile_dir, mode, passphrase, args.rounds, env, scratch)
        _say("Control: search as you type on the copy without history…")
        control = bench.measure_search(control_dir, mode, passphrase, args.rounds)
        control["bytes"] = database_bytes(control_dir)
        report(before, after, control, edits, prune_s, mode)
    except RuntimeError as exc:
        print(f"benchmark: could not complete: {exc}", file=sys.stderr)
        return 1
    finally:
        if mode == "keychain":
            try:
                bench.delete_keychain_item(profile_dir)
            except Exception as exc:
                _say(f"warning: could not remove the benchmark key from the keychain: {exc}")
        if args.keep:
            _say(f"Kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
