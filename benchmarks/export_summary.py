#!/usr/bin/env python3
"""PDF session summary with charts against docs/design.md §5: under 1.5 s.

    python benchmarks/export_summary.py [--years 10] [--rounds 3] [--keep]

1. A new profile in a temporary folder gets ``--years`` of generated journal entries
   (``companion.services.demo.generate_entries``) and counseling history with weekly
   sessions, notes, goals, feedback and check-ins (``DemoCounselingService``).
2. ``--rounds`` times, a fresh interpreter (offscreen Qt) unlocks the profile and creates
   the QGuiApplication (not measured: the app has both before the dialog opens), then times
   the export as the dialog and ``companion export summary`` do it, cold (the matplotlib
   import included): the period "since the last session", the candidates, the document
   with the default selection (both charts drawn at 200 dpi), the PDF laid out and written
   atomically. The same is then timed for a twelve-month period (warm).

The exit status is 0 whenever the measurements were made (met or not).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

TARGET_S = 1.5
PASSPHRASE = "benchmark passphrase for the summary"


def make_profile(folder: Path, years: float) -> dict[str, int]:
    from companion.config import ProfilePaths
    from companion.security.crypto import KdfParams
    from companion.services.demo import generate_entries
    from companion.services.demo_counseling import DemoCounselingService
    from companion.services.profile import ProfileService

    profile, _recovery = ProfileService(ProfilePaths(folder)).create(
        use_keychain=False,
        passphrase=PASSPHRASE,
        params=KdfParams(memory_cost_kib=1024, iterations=1, lanes=1),
    )
    try:
        days = max(7, round(years * 365))
        entries = profile.journal.add_many(generate_entries(days))
        counts = profile.service(DemoCounselingService).add(days)
        return {"journal entries": entries, **counts}
    finally:
        profile.lock()


def child(folder: Path, out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from datetime import date, timedelta

    from companion.config import ProfilePaths
    from companion.services.profile import ProfileService

    profile = ProfileService(ProfilePaths(folder)).unlock_with_passphrase(PASSPHRASE)
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([])

    def export(choice_kind: str) -> dict[str, float]:
        times: dict[str, float] = {}
        started = time.perf_counter()
        from companion.export.selection import PeriodChoice, PeriodKind, default_selection
        from companion.export.summary_files import SummaryFormat, write_summary
        from companion.services.summary import SummaryRequest, SummaryService

        service = profile.service(SummaryService)
        counselor = next(c for c in profile.counselors.list() if c.active).id
        if choice_kind == "since-last-session":
            choice = PeriodChoice()
        else:
            today = date.today()
            choice = PeriodChoice(PeriodKind.CUSTOM, start=today - timedelta(days=364), end=today)
        period = service.resolve_period(choice, counselor)
        candidates = service.candidates(period, counselor)
        times["candidates"] = time.perf_counter() - started
        mark = time.perf_counter()
        document = service.build(SummaryRequest(candidates, default_selection(candidates)))
        times["document and charts"] = time.perf_counter() - mark
        mark = time.perf_counter()
        write_summary(document, out, SummaryFormat.PDF, "a4")
        times["pdf"] = time.perf_counter() - mark
        times["total"] = time.perf_counter() - started
        times["pages_bytes"] = float(out.stat().st_size)
        return times

    result = {"cold": export("since-last-session"), "twelve months": export("12m")}
    profile.lock()
    del app
    print(json.dumps(result))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=float, default=10.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the profile folder")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.out)
        return 0
    folder = Path(tempfile.mkdtemp(prefix="companion-summary-bench-"))
    try:
        started = time.perf_counter()
        counts = make_profile(folder / "profile", args.years)
        print(f"Profile: {counts} in {time.perf_counter() - started:.1f} s", flush=True)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        cold: list[float] = []
        warm: list[float] = []
        for round_number in range(args.rounds):
            out = folder / f"summary-{round_number}.pdf"
            done = subprocess.run(
                [sys.executable, __file__, "--child", str(folder / "profile"), "--out", str(out)],
                capture_output=True,
                text=True,
                env=env,
                check=True,
            )
            result = json.loads(done.stdout.strip().splitlines()[-1])
            cold.append(result["cold"]["total"])
            warm.append(result["twelve months"]["total"])
            parts = ", ".join(
                f"{k} {v * 1000:.0f} ms" for k, v in result["cold"].items() if k != "pages_bytes"
            )
            print(
                f"Round {round_number + 1}: since the last session (cold) {parts}; "
                f"twelve months (warm) {result['twelve months']['total'] * 1000:.0f} ms; "
                f"PDF {result['cold']['pages_bytes'] / 1024:.0f} KiB",
                flush=True,
            )
        median = statistics.median(cold)
        verdict = "met" if median < TARGET_S else "NOT met"
        print(
            f"PDF summary with charts, cold, median of {len(cold)}: {median:.2f} s "
            f"(target < {TARGET_S} s: {verdict}); twelve months warm: "
            f"{statistics.median(warm):.2f} s"
        )
    finally:
        if args.keep:
            print(f"Kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
