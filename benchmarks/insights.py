#!/usr/bin/env python3
"""Insights charts against docs/design.md §5: first open under 1 s including the matplotlib import,
redraw after a filter change under 150 ms.

    python benchmarks/insights.py [--years 10] [--rounds 3] [--redraws 12] [--keep]

1. A new profile in a temporary folder gets ``--years`` of generated journal entries
   (``companion.services.demo.generate_entries``) and counseling history with weekly sessions
   (``DemoCounselingService``); when that history has no check-ins, one per attended session is
   added here with plain SQL.
2. ``--rounds`` times, a fresh interpreter (offscreen Qt) unlocks the profile, creates the
   QApplication and then times the *first open*: importing the Insights view (and with it
   matplotlib), building ``InsightsView(profile)``, showing it and drawing its first chart
   (the relationship chart over the last 12 months). Unlocking and the QApplication are not
   part of it: the main window has both before the area is opened.
3. In the same process it changes the filters ``--redraws`` times, cycling through the
   periods (3 months, 12 months, everything) and the counselors, and times each *redraw*:
   reading the data again and drawing the chart in view, until the events are processed.
   This is done on the relationship chart and on the mood chart (the one with the most
   points: every day of ten years under "everything").

The exit status is 0 whenever the measurements were made (met or not).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

#: targets, as ratios to the plain matplotlib reference of the same run (docs/design.md §5)
FIRST_OPEN_TARGET = 0.5
REDRAW_TARGET = 1.0
REDRAW_SLOWEST_TARGET = 1.5
BLOCK_TARGET_MS = 50.0
PASSPHRASE = "benchmark passphrase for insights"
QUALITIES = ("heard", "respected", "supported", "understood", "trust", "open", "safe", "together")


def _say(text: str = "") -> None:
    print(text, flush=True)


def _fast_params() -> object:
    from companion.security.crypto import KdfParams

    # cheap key derivation: unlocking is not what is measured here
    return KdfParams(memory_cost_kib=1024, iterations=1, lanes=1)


def _database(db: object) -> object:
    return db


def make_profile(folder: Path, years: float) -> dict[str, int]:
    from companion.config import ProfilePaths
    from companion.services.demo import generate_entries
    from companion.services.demo_counseling import DemoCounselingService
    from companion.services.profile import ProfileService

    profile, _recovery = ProfileService(ProfilePaths(folder)).create(
        use_keychain=False,
        passphrase=PASSPHRASE,
        params=_fast_params(),  # type: ignore[arg-type]
    )
    try:
        days = max(7, round(years * 365))
        entries = profile.journal.add_many(generate_entries(days))
        counts = profile.service(DemoCounselingService).add(days)
        db = profile.service(_database)
        with db.read() as conn:  # type: ignore[attr-defined]
            checkins = conn.execute("SELECT count(*) FROM check_in").fetchone()[0]
        added = 0 if checkins else add_checkins(db)
        with db.read() as conn:  # type: ignore[attr-defined]
            checkins = conn.execute("SELECT count(*) FROM check_in").fetchone()[0]
            ratings = conn.execute("SELECT count(*) FROM check_in_rating").fetchone()[0]
        return {
            "journal entries": entries,
            "sessions": counts.get("sessions", 0),
            "check-ins": checkins,
            "check-in ratings": ratings,
            "check-ins added by the benchmark": added,
        }
    finally:
        profile.lock()


def add_checkins(db: object) -> int:
    """A check-in an hour after every attended session, all eight qualities rated."""
    from datetime import UTC, datetime, timedelta

    rng = random.Random(5)
    with db.read() as conn:  # type: ignore[attr-defined]
        sessions = conn.execute(
            "SELECT id, counselor_id, starts_at FROM counseling_session "
            "WHERE status = 'attended' ORDER BY starts_at"
        ).fetchall()
        conn.execute("BEGIN IMMEDIATE")
        try:
            for session_id, counselor_id, starts_at in sessions:
                start = datetime.fromisoformat(str(starts_at)).replace(tzinfo=UTC)
                when = (start.astimezone() + timedelta(hours=1)).replace(tzinfo=None)
                cursor = conn.execute(
                    "INSERT INTO check_in (counselor_id, session_id, created_at, comment) "
                    "VALUES (?, ?, ?, '')",
                    (counselor_id, session_id, when.isoformat(sep=" ", timespec="microseconds")),
                )
                base = rng.gauss(7.5, 1.0)
                conn.executemany(
                    "INSERT INTO check_in_rating (check_in_id, quality, rating) VALUES (?, ?, ?)",
                    [
                        (cursor.lastrowid, q, max(0, min(10, round(rng.gauss(base, 1.0)))))
                        for q in QUALITIES
                    ],
                )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return len(sessions)


# -- the measured child process ----------------------------------------------------------------


def warm_up(app: object) -> dict[str, float]:
    """Run the app's background warm-up (:mod:`companion.ui.warm_up`) at once, with a 1 ms
    heartbeat timer on the UI thread; then stay idle for a second. Returns the longest gap
    between heartbeats while the warm-up ran and how long it took."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from companion.ui.warm_up import ChartWarmUp

    clock = QElapsedTimer()
    clock.start()
    beats: list[int] = []
    heart = QTimer()
    heart.setInterval(1)
    heart.timeout.connect(lambda: beats.append(clock.nsecsElapsed()))
    heart.start()
    loop = QEventLoop()
    began = clock.nsecsElapsed()
    warm = ChartWarmUp(idle_ms=0)
    warm.finished.connect(lambda _ok: loop.quit())
    loop.exec()
    ended = clock.nsecsElapsed()
    heart.stop()
    assert warm.ran_on is not None, "the warm-up failed"
    gaps = [b - a for a, b in zip([began, *beats], [*beats, ended], strict=True)]
    idle = time.perf_counter() + 1.0
    while time.perf_counter() < idle:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)
    return {"longest_gap_s": max(gaps) / 1e9, "warm_up_s": (ended - began) / 1e9}


def child(folder: Path, redraws: int, warm: bool) -> None:
    from companion.config import ProfilePaths
    from companion.services.profile import ProfileService

    profile = ProfileService(ProfilePaths(folder)).unlock_with_passphrase(PASSPHRASE)
    from PySide6.QtWidgets import QApplication

    from companion.ui.theme import ThemeChoice, apply_theme

    app = QApplication([])
    apply_theme(app, ThemeChoice.LIGHT)
    assert "matplotlib" not in sys.modules, "matplotlib was imported before the view"
    warmed = warm_up(app) if warm else {}

    started = time.perf_counter()
    from companion.ui.insights.view import InsightsView

    imported = time.perf_counter()
    view = InsightsView(profile)
    built = time.perf_counter()
    view.resize(1100, 760)
    view.show()
    app.processEvents()
    assert view.panels[0].figure() is not None
    first_open = time.perf_counter() - started

    # a walk through every period and counselor that changes one of them at each step, as
    # the client would (choices seen before come from the view's memory of what it read)
    counselors = list(range(view.counselor_filter.count()))
    walk = [(p, c) for p in (0, 1, 2) for c in (counselors if p % 2 == 0 else counselors[::-1])]
    results: dict[str, list[float]] = {}
    for tab in (0, 2):
        view.tabs.setCurrentIndex(tab)
        view.period_box.setCurrentIndex(walk[0][0])
        view.counselor_filter.setCurrentIndex(walk[0][1])
        view.counselor_filter.activated.emit(walk[0][1])
        app.processEvents()
        times = []
        for n in range(redraws):
            period, counselor = walk[(n + 1) % len(walk)]
            t = time.perf_counter()
            if period != view.period_box.currentIndex():
                view.period_box.setCurrentIndex(period)
            if counselor != view.counselor_filter.currentIndex():
                view.counselor_filter.setCurrentIndex(counselor)
                view.counselor_filter.activated.emit(counselor)
            app.processEvents()
            times.append(time.perf_counter() - t)
        results[view.panels[tab].spec.key] = times
    # the whole ten years of the mood chart, alone
    view.period_box.setCurrentIndex(2)
    view.counselor_filter.setCurrentIndex(0)
    everything = []
    for _ in range(5):
        t = time.perf_counter()
        view.reload()
        app.processEvents()
        everything.append(time.perf_counter() - t)
    data_times = []
    for _ in range(5):
        t = time.perf_counter()
        view.data()
        from companion.domain.insights import Period, PeriodKind
        from companion.services.insights import InsightsService

        profile.service(InsightsService).data(Period(PeriodKind.ALL), None)
        data_times.append(time.perf_counter() - t)
    print(
        json.dumps(
            {
                "first_open_s": first_open,
                "import_s": imported - started,
                "build_s": built - imported,
                "redraws_s": results,
                "mood_everything_s": everything,
                "data_everything_s": data_times,
                **warmed,
            }
        ),
        flush=True,
    )
    view.close()
    profile.lock()


def reference_child(redraws: int) -> None:
    """The plain matplotlib script the targets are ratios of: import ``Figure`` and the QtAgg
    canvas, draw three 430-point line series in a shown canvas (the *first draw*: import,
    build and draw), then ``redraws`` times clear the axes, plot three new series and draw
    (a *redraw*)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    rng = random.Random(7)

    def series() -> list[list[float]]:
        return [[rng.uniform(0, 10) for _ in range(430)] for _ in range(3)]

    xs = list(range(430))
    data = series()
    started = time.perf_counter()
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8.0, 4.6), dpi=100)
    canvas = FigureCanvasQTAgg(figure)  # type: ignore[no-untyped-call]
    ax = figure.add_subplot()
    for ys in data:
        ax.plot(xs, ys)
    canvas.resize(1100, 640)
    canvas.show()
    canvas.draw()  # type: ignore[no-untyped-call]
    app.processEvents()
    first = time.perf_counter() - started
    times = []
    for _ in range(redraws):
        data = series()
        t = time.perf_counter()
        ax.clear()
        for ys in data:
            ax.plot(xs, ys)
        canvas.draw()  # type: ignore[no-untyped-call]
        app.processEvents()
        times.append(time.perf_counter() - t)
    print(json.dumps({"first_s": first, "redraws_s": times}), flush=True)


# -- the runner --------------------------------------------------------------------------------


def _verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def _ratio(value: float, reference: float) -> str:
    return f"{value / reference:.2f}x" if reference > 0 else "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--years", type=float, default=10.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--redraws", type=int, default=12)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--profile", type=Path, help="a profile kept by --keep, used again")
    parser.add_argument(
        "--no-warm-up", action="store_true", help="only cold opens (for trees without one)"
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--warm", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--reference", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.reference:
        reference_child(args.redraws)
        return 0
    if args.child:
        child(args.child, args.redraws, args.warm)
        return 0

    folder = Path(tempfile.mkdtemp(prefix="companion-insights-"))
    try:
        if args.profile:
            profile_dir = args.profile
        else:
            _say(f"Generating {args.years:g} years of data in {folder} …")
            t = time.perf_counter()
            profile_dir = folder / "profile"
            counts = make_profile(profile_dir, args.years)
            _say(
                ", ".join(f"{n} {what}" for what, n in counts.items())
                + f" ({time.perf_counter() - t:.1f} s)"
            )
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["XDG_CONFIG_HOME"] = str(folder / "config")
        env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        base = [sys.executable, str(Path(__file__).resolve()), "--redraws", str(args.redraws)]
        kinds = {
            "reference": [*base, "--reference"],
            "cold": [*base, "--child", str(profile_dir)],
            "warm": [*base, "--child", str(profile_dir), "--warm"],
        }
        if args.no_warm_up:
            del kinds["warm"]
        runs: dict[str, list[dict[str, Any]]] = {kind: [] for kind in kinds}
        # the first round (compiling bytecode) is a warm-up; then the kinds take turns
        for round_ in range(args.rounds + 1):
            for kind, command in kinds.items():
                done = subprocess.run(
                    command, env=env, capture_output=True, text=True, timeout=300, check=False
                )
                if done.returncode != 0:
                    _say(done.stdout + done.stderr)
                    return 1
                if round_:
                    runs[kind].append(json.loads(done.stdout.strip().splitlines()[-1]))
        report(runs, args.years)
    finally:
        if args.keep:
            _say(f"Kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


def report(runs: dict[str, list[dict[str, Any]]], years: float) -> None:
    median = statistics.median
    ref_first = median(r["first_s"] for r in runs["reference"])
    ref_redraw = median(v for r in runs["reference"] for v in r["redraws_s"])
    _say()
    _say(
        f"reference (plain matplotlib, three 430-point lines): first draw "
        f"{ref_first * 1000:.0f} ms (import + build + draw), redraw {ref_redraw * 1000:.0f} ms"
    )
    _say()
    _say(f"{'measurement':<54}{'median':>9}{'ratio':>8}{'target':>8}  result")

    def line(what: str, value: float, target: float | None = None, ref: float = 0.0) -> None:
        ratio = _ratio(value, ref) if ref else ""
        verdict = ""
        if target is not None and ref:
            verdict = _verdict(value / ref <= target)
        wanted = f"{target:.1f}x" if target is not None else ""
        _say(f"{what:<54}{value * 1000:>7.0f}ms{ratio:>8}{wanted:>8}  {verdict}")

    main = "warm" if "warm" in runs else "cold"  # the redraws are measured in both
    for kind, label in (("warm", "after the warm-up"), ("cold", "without a warm-up")):
        if kind not in runs:
            continue
        first = median(r["first_open_s"] for r in runs[kind])
        target = FIRST_OPEN_TARGET if kind == "warm" else None
        line(f"first open of Insights, {label}", first, target, ref_first)
        line("  importing the view module", median(r["import_s"] for r in runs[kind]))
        line("  building the view", median(r["build_s"] for r in runs[kind]))
    if "warm" in runs:
        gaps = [r["longest_gap_s"] for r in runs["warm"]]
        warmups = [r["warm_up_s"] for r in runs["warm"]]
        _say(
            f"{'UI thread during the warm-up: longest block':<54}{max(gaps) * 1000:>7.0f}ms"
            f"{'':>8}{BLOCK_TARGET_MS:>6.0f}ms  "
            f"{_verdict(max(gaps) * 1000 <= BLOCK_TARGET_MS)}"
            f"  (warm-up took {median(warmups) * 1000:.0f} ms)"
        )
    keys = runs[main][0]["redraws_s"].keys()
    for key in keys:
        values = [v for r in runs[main] for v in r["redraws_s"][key]]
        line(f"redraw after a filter change: {key}", median(values), REDRAW_TARGET, ref_redraw)
        line("  slowest", max(values), REDRAW_SLOWEST_TARGET, ref_redraw)
    everything = [v for r in runs[main] for v in r["mood_everything_s"]]
    line(f"redraw: mood chart, all {years:g} years", median(everything), None, ref_redraw)
    data = [v for r in runs[main] for v in r["data_everything_s"]]
    line("  reading all the data (service), not kept", median(data))
    _say()
    _say(
        f"first open per round ({main}): "
        + ", ".join(f"{r['first_open_s'] * 1000:.0f} ms" for r in runs[main])
        + "; reference first draws: "
        + ", ".join(f"{r['first_s'] * 1000:.0f} ms" for r in runs["reference"])
    )


if __name__ == "__main__":
    sys.exit(main())
