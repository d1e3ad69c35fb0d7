#!/usr/bin/env python3
"""The PDF session summary with charts, as a cold process, against the plain matplotlib
script (``benchmarks/mpl_reference.py``) as a whole process, measured in the same run.

    python benchmarks/export_summary.py [--years 10] [--entries-per-day 1] [--rounds 5]
                                        [--photos N] [--json OUT] [--mode auto] [--keep]

1. ``companion demo-data`` fills a new profile (entries, weekly sessions with check-ins,
   goals), in keychain mode when one is available, else passphrase mode (as ``run.py``;
   keychain mode is what a client normally has, see ``with_keychain.sh``).
2. Three kinds of process, each timed from start to exit (interpreter start-up included),
   after one untimed warm-up run of each (bytecode and font caches), then ``--rounds`` times
   in an order that rotates from round to round:

   * the reference: ``python benchmarks/mpl_reference.py`` (creates a QApplication, imports
     matplotlib and the QtAgg canvas, draws three 430-point lines, redraws them once, exits);
   * ``companion export summary -o FILE.pdf``: the default period (since the last session)
     and what the dialog ticks by default, charts included;
   * the same for the last twelve months (``--from``/``--to``);
   * with ``--photos N``: the default summary with N photos of about 4 MB each (JPEG made of
     noise, so that they really are that large; each its own) kept with an entry it
     includes and chosen for the summary (``--pictures chosen``). The summaries without
     ``--pictures`` include no picture, so they measure what they did before pictures.

Target: the summary (default period) at most 1.1x the reference (medians). The
twelve-month summary and the one with photos are shown with their ratio, time and PDF size
for information. The exit status is 0 whenever
the measurements were made (met or not), 1 when the benchmark could not run.
"""

from __future__ import annotations

import argparse
import json
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
for folder in (REPO, HERE):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import mpl_reference  # noqa: E402
import run as bench  # noqa: E402

RATIO_TARGET = 1.1
KINDS = ("reference", "summary", "twelve months")
WITH_PHOTOS = "with photos"


def _say(text: str = "") -> None:
    print(text, flush=True)


def summary_command(profile: Path, mode: str, out: Path, period: str) -> list[str]:
    command = [sys.executable, "-m", "companion", "export", "summary"]
    command += ["--data-dir", str(profile), "--format", "pdf", "-o", str(out)]
    if period == "twelve months":
        today = date.today()
        command += ["--from", (today - timedelta(days=364)).isoformat(), "--to", today.isoformat()]
    if period == WITH_PHOTOS:
        command += ["--pictures", "chosen"]
    if mode == "passphrase":
        command.append("--passphrase-stdin")
    return command


def add_photos(profile: Path, mode: str, passphrase: str, count: int) -> dict[str, Any]:
    """Keep ``count`` photos of about 4 MB with an entry the default summary includes (one is
    flagged for the session if none is), chosen for the summary."""
    from companion.cli.summary import _pick_counselor
    from companion.domain.journal import EntryDraft
    from companion.export.selection import PeriodChoice, default_selection
    from companion.services.attachments import AttachmentService
    from companion.services.summary import SummaryService
    from tests.support import attachment_samples

    opened = bench.open_profile(profile, mode, passphrase)
    try:
        summaries = opened.service(SummaryService)
        counselor = _pick_counselor(opened.counselors.list(), None)
        period = summaries.resolve_period(PeriodChoice(), counselor)
        candidates = summaries.candidates(period, counselor)
        chosen = sorted(default_selection(candidates).entries)
        if chosen:
            entry_id = chosen[-1]
        else:
            entry = candidates.entries[-1]
            entry_id = entry.id
            opened.journal.update(
                entry_id,
                EntryDraft(
                    title=entry.title, body=entry.body, mood=entry.mood, bring_to_session=True
                ),
            )
        files = opened.service(AttachmentService)
        sizes = []
        for i in range(count):
            # each its own noise (its own size), so that none is stored twice
            data = attachment_samples.jpeg(2250 + i, 1500, noise=True, quality=95)
            sizes.append(len(data))
            added = files.add(entry_id, f"photo-{i + 1}.jpg", data)
            files.set_in_summary(added.id, True)
    finally:
        opened.lock()
    return {"count": count, "bytes_each": sizes}


def measure(
    profile: Path,
    mode: str,
    passphrase: str,
    *,
    rounds: int,
    env: dict[str, str],
    scratch: Path,
    kinds: Sequence[str] = KINDS,
    progress: Callable[[str], None] = _say,
) -> dict[str, Any]:
    """Warm-up, then ``rounds`` rounds of each kind; medians and ratios to the reference."""
    out = scratch / "summary.pdf"
    sizes: dict[str, int] = {}

    def one(kind: str) -> float:
        if kind == "reference":
            command, stdin_text = [sys.executable, str(mpl_reference.SCRIPT)], None
        else:
            out.unlink(missing_ok=True)
            command = summary_command(profile, mode, out, kind)
            stdin_text = passphrase + "\n" if mode == "passphrase" else None
        done = bench.run_process(command, env, stdin_text, scratch)
        if done.returncode != 0:
            raise RuntimeError(f"{kind} exited with {done.returncode}:\n{done.stderr_tail}")
        if kind != "reference":
            if not out.is_file():
                raise RuntimeError(f"{kind}: no PDF was written")
            sizes[kind] = out.stat().st_size
        return done.seconds

    for kind in kinds:
        one(kind)
    seconds: dict[str, list[float]] = {kind: [] for kind in kinds}
    for round_ in range(rounds):
        shift = round_ % len(kinds)
        for kind in [*kinds[shift:], *kinds[:shift]]:
            seconds[kind].append(one(kind))
        progress(
            f"  round {round_ + 1}: "
            + ", ".join(f"{kind} {seconds[kind][-1]:.2f} s" for kind in kinds)
        )
    medians = {kind: statistics.median(values) for kind, values in seconds.items()}
    return {
        "seconds": seconds,
        "medians_s": medians,
        "ratios": {k: medians[k] / medians["reference"] for k in kinds if k != "reference"},
        "pdf_bytes": sizes,
    }


def rows(result: dict[str, Any]) -> list[bench.Row]:
    medians, ratios = result["medians_s"], result["ratios"]
    found = [
        bench.Row("reference script, whole process", f"{medians['reference']:.2f} s", "", None)
    ]
    for kind, ratio in ratios.items():
        label = "PDF summary (since the last session)" if kind == "summary" else f"PDF, {kind}"
        if kind == WITH_PHOTOS:
            label = f"PDF summary with {result['photos']['count']} photos of ~4 MB"
        found.append(bench.Row(f"{label}, cold process", f"{medians[kind]:.2f} s", "", None))
        found.append(
            bench.Row(
                "  ratio to the reference",
                f"{ratio:.2f}x",
                f"<= {RATIO_TARGET:g}x" if kind == "summary" else "",
                ratio <= RATIO_TARGET if kind == "summary" else None,
            )
        )
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--years", type=float, default=10.0)
    parser.add_argument("--entries-per-day", type=int, default=1, metavar="N")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--photos",
        type=int,
        default=0,
        metavar="N",
        help="also a summary with N photos of about 4 MB kept with an entry (default: none)",
    )
    parser.add_argument("--mode", choices=("auto", "keychain", "passphrase"), default="auto")
    parser.add_argument("--json", type=Path, metavar="OUT")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    begun = time.perf_counter()
    mode, reason = bench.choose_mode(args.mode)
    passphrase = "benchmark " + secrets.token_hex(8)
    root = Path(tempfile.mkdtemp(prefix="companion-summary-bench-"))
    scratch = root / "scratch"
    scratch.mkdir()
    profile = root / "profile"
    env = bench.child_env(root)
    try:
        _say(f"Generating {args.years:g} years ({mode} mode: {reason})…")
        data = bench.generate_profile(
            profile, args.years, mode, passphrase, env, scratch, args.entries_per_day
        )
        for line in data["output"]:
            _say("  " + line)
        kinds: tuple[str, ...] = KINDS
        photos: dict[str, Any] = {}
        if args.photos > 0:
            photos = add_photos(profile, mode, passphrase, args.photos)
            kinds = (*KINDS, WITH_PHOTOS)
            mb = sum(photos["bytes_each"]) / 1e6
            _say(f"Added {args.photos} photos ({mb:.1f} MB) to an entry the summary includes.")
        _say(f"Measuring: {args.rounds} rounds after a warm-up…")
        result = measure(
            profile, mode, passphrase, rounds=args.rounds, env=env, scratch=scratch, kinds=kinds
        )
        if photos:
            result["photos"] = photos
    except RuntimeError as exc:
        print(f"benchmark: could not complete: {exc}", file=sys.stderr)
        return 1
    finally:
        if mode == "keychain":
            try:
                bench.delete_keychain_item(profile)
            except Exception as exc:
                _say(f"warning: could not remove the benchmark key from the keychain: {exc}")
        if args.keep:
            _say(f"Kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    found = rows(result)
    _say(
        "PDF sizes: "
        + ", ".join(f"{kind} {size / 1024:.0f} KiB" for kind, size in result["pdf_bytes"].items())
    )
    width = max(len(r.measure) for r in found)
    _say("-" * 78)
    _say(f"{'measure':<{width}}  {'value':>10}  {'target':>10}  result")
    for row in found:
        _say(f"{row.measure:<{width}}  {row.value:>10}  {row.target:>10}  {row.verdict}")
    _say("-" * 78)
    _say(f"Benchmark took {time.perf_counter() - begun:.0f} s.")
    if args.json:
        payload = {"years": args.years, "mode": mode, **result}
        payload["rows"] = [{**vars(r), "result": r.verdict} for r in found]
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(payload, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
