#!/usr/bin/env python3
"""How Companion copes with a long history: a 1-year and a 20-year profile, both with several
journal entries a day, measured side by side in one run against the targets of issue 14.

    python benchmarks/growth.py [--years 1 20] [--entries-per-day 3] [--rounds 3]
                                [--json OUT] [--mode auto] [--keep]

Two profiles are generated with ``companion demo-data --entries-per-day 3`` (about 88% of the
days have entries; weekly sessions with check-ins, about a thousand over twenty years), in
keychain mode when one is available, else passphrase mode (as ``run.py``). Then, reusing the
other benchmarks' functions, all processes alternating with their reference, medians of
``--rounds``:

* start-up: ``companion --exit-when-ready`` on each profile and the bare PySide6 window, in a
  rotating order; the ratio of each to the bare window (target 3.0x) and the growth from the
  small profile to the large one (target: at most 10%); peak memory of those processes
  (target: under 200 MiB);
* search as you type (``run.py``'s words, every prefix, ``--rounds`` passes): p95 (target
  under 10 ms) and the slowest query (under 20 ms);
* Insights: the redraw after switching the period to "everything" (the relationship and mood
  charts, in the real app, keys in the period box), as a ratio to the reference script's
  redraw (``mpl_reference.py``; target 1.0x, for information here);
* the PDF summary for the last twelve months as a cold process, as a ratio to the reference
  script as a whole process (target 1.1x);
* the full archive (private entries and safety plan included): export, and import into a new
  empty profile, in this process, for information (the target, each under 5 s, is for ten
  years at one entry a day: ``archive.py``).

Takes a few minutes on two cores. The exit status is 0 whenever the measurements were made.
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
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
for folder in (REPO, HERE):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import export_summary  # noqa: E402
import insights  # noqa: E402
import mpl_reference  # noqa: E402
import run as bench  # noqa: E402

GROWTH_TARGET = 0.10
MIB = 1024 * 1024


def _say(text: str = "") -> None:
    print(text, flush=True)


def measure_startup(
    profiles: dict[str, Path],
    mode: str,
    passphrase: str,
    rounds: int,
    env: dict[str, str],
    scratch: Path,
) -> dict[str, Any]:
    """Bare window and the app on each profile, rotating; seconds and peak memory."""
    commands: dict[str, tuple[list[str], str | None]] = {
        "bare": ([sys.executable, str(bench.BARE_WINDOW_SCRIPT)], None)
    }
    for name, profile in profiles.items():
        commands[name] = bench.app_command(profile, mode, passphrase)
    kinds = list(commands)

    def one(kind: str) -> bench.ProcessRun:
        command, stdin_text = commands[kind]
        done = bench.run_process(command, env, stdin_text, scratch)
        if done.returncode != 0:
            raise RuntimeError(
                f"start-up of {kind} exited with {done.returncode}:\n{done.stderr_tail}"
            )
        return done

    for kind in kinds:  # warm-up, and the day's backup of each profile
        one(kind)
    runs: dict[str, list[bench.ProcessRun]] = {kind: [] for kind in kinds}
    for round_ in range(rounds):
        shift = round_ % len(kinds)
        for kind in [*kinds[shift:], *kinds[:shift]]:
            runs[kind].append(one(kind))
    medians = {kind: statistics.median(r.seconds for r in values) for kind, values in runs.items()}
    peaks = {
        kind: max((r.peak_rss_bytes or 0) / MIB for r in values) for kind, values in runs.items()
    }
    return {
        "seconds": {kind: [r.seconds for r in values] for kind, values in runs.items()},
        "medians_s": medians,
        "ratios": {k: medians[k] / medians["bare"] for k in kinds if k != "bare"},
        "peak_rss_mib": peaks,
    }


def measure_insights(
    profiles: dict[str, Path],
    mode: str,
    passphrase: str,
    rounds: int,
    env: dict[str, str],
    root: Path,
) -> dict[str, Any]:
    """The redraw to "everything" in the app on each profile, and the reference's redraw."""
    redraws = 2 * len(insights.ACTIONS)  # twice "everything" per chart and run
    kinds = ["reference", *profiles]

    def one(kind: str) -> dict[str, Any]:
        if kind == "reference":
            return mpl_reference.run_reference(redraws=10, env=env)
        return insights.run_app_process(
            profiles[kind], mode, passphrase, 0.0, redraws, env, root / "config-insights"
        )

    for kind in kinds:
        one(kind)
    runs: dict[str, list[dict[str, Any]]] = {kind: [] for kind in kinds}
    for round_ in range(rounds):
        shift = round_ % len(kinds)
        for kind in [*kinds[shift:], *kinds[:shift]]:
            runs[kind].append(one(kind))
    reference = statistics.median(s for r in runs["reference"] for s in r["redraws_s"])
    out: dict[str, Any] = {"reference_redraw_median_s": reference, "profiles": {}}
    for name in profiles:
        charts: dict[str, Any] = {}
        for r in runs[name]:
            for item in r["redraws"]:
                # the first time "everything" is shown in the run (the second time it is
                # shown from the pixels drawn the first time)
                if item["change"] == "period: everything" and item.get("first", True):
                    charts.setdefault(item["chart"], []).append(item["s"])
        out["profiles"][name] = {
            chart: {
                "median_s": statistics.median(values),
                "slowest_s": max(values),
                "ratio": statistics.median(values) / reference,
                "slowest_ratio": max(values) / reference,
            }
            for chart, values in charts.items()
        }
        out["profiles"][name]["first_open_cold_s"] = statistics.median(
            r["first_open_s"] for r in runs[name]
        )
    return out


def measure_archive(profile: Path, mode: str, passphrase: str, scratch: Path) -> dict[str, Any]:
    from companion.config import ProfilePaths
    from companion.security.crypto import KdfParams
    from companion.services.archive import ArchiveService
    from companion.services.profile import ProfileService

    target = scratch / f"{profile.name}.companion-archive.zip"
    source = bench.open_profile(profile, mode, passphrase)
    try:
        started = time.perf_counter()
        exported = source.service(ArchiveService).export(
            target, include_private=True, include_safety_plan=True
        )
        export_s = time.perf_counter() - started
    finally:
        source.lock()
    empty_folder = scratch / f"{profile.name}-imported"
    empty, _recovery = ProfileService(ProfilePaths(empty_folder)).create(
        use_keychain=False,
        passphrase="benchmark import " + secrets.token_hex(4),
        params=KdfParams(memory_cost_kib=1024, iterations=1, lanes=1),  # not what is timed
    )
    try:
        started = time.perf_counter()
        empty.service(ArchiveService).import_archive(target)
        import_s = time.perf_counter() - started
    finally:
        empty.lock()
    size = target.stat().st_size
    target.unlink()
    shutil.rmtree(empty_folder, ignore_errors=True)
    return {
        "export_s": export_s,
        "import_s": import_s,
        "records": exported.records,
        "archive_mib": size / MIB,
    }


def build_rows(report: dict[str, Any], names: Sequence[str]) -> list[bench.Row]:
    Row = bench.Row
    found: list[Row] = []
    st = report["startup"]
    found.append(Row("bare PySide6 window, median", f"{st['medians_s']['bare']:.3f} s", "", None))
    for name in names:
        found.append(
            Row(
                f"start-up {name} / bare window",
                f"{st['ratios'][name]:.2f}x",
                f"<= {bench.STARTUP_RATIO_TARGET:g}x",
                st["ratios"][name] <= bench.STARTUP_RATIO_TARGET,
            )
        )
    small, large = names[0], names[-1]
    growth = st["medians_s"][large] / st["medians_s"][small] - 1
    found.append(
        Row(
            f"start-up growth {small} -> {large}",
            f"{growth * 100:+.1f}%",
            f"<= {GROWTH_TARGET * 100:.0f}%",
            growth <= GROWTH_TARGET,
        )
    )
    for name in names:
        peak = st["peak_rss_mib"][name]
        found.append(
            Row(
                f"peak memory, start-up {name}",
                f"{peak:.0f} MiB",
                f"< {bench.MEMORY_TARGET_MIB:g} MiB",
                peak < bench.MEMORY_TARGET_MIB,
            )
        )
    for name in names:
        se = report["search"][name]
        found.append(
            Row(
                f"search p95, {name} ({se['entries']} entries)",
                f"{se['p95_ms']:.1f} ms",
                f"< {bench.SEARCH_P95_TARGET_MS:g} ms",
                se["p95_ms"] < bench.SEARCH_P95_TARGET_MS,
            )
        )
        found.append(
            Row(
                f"search max, {name}",
                f"{se['max_ms']:.1f} ms",
                f"< {bench.SEARCH_TARGET_MS:g} ms",
                se["max_ms"] < bench.SEARCH_TARGET_MS,
            )
        )
    ins = report["insights"]
    found.append(
        Row(
            "reference redraw (matplotlib script), median",
            f"{ins['reference_redraw_median_s'] * 1000:.0f} ms",
            "",
            None,
        )
    )
    for name in names:
        for chart, values in ins["profiles"][name].items():
            if not isinstance(values, dict):
                continue
            found.append(
                Row(
                    f"Insights redraw to 'everything', {chart}, {name}",
                    f"{values['ratio']:.2f}x",
                    f"<= {insights.REDRAW_RATIO_TARGET:g}x",
                    values["ratio"] <= insights.REDRAW_RATIO_TARGET,
                )
            )
    pdf = report["pdf"]
    found.append(Row("reference script, whole process", f"{pdf['reference_s']:.2f} s", "", None))
    for name in names:
        ratio = pdf["ratios"][name]
        found.append(
            Row(
                f"PDF summary, twelve months, {name} / reference",
                f"{ratio:.2f}x",
                f"<= {export_summary.RATIO_TARGET:g}x",
                ratio <= export_summary.RATIO_TARGET,
            )
        )
    for name in names:
        ar = report["archive"][name]
        for what in ("export", "import"):
            # the target (under 5 s) is for ten years at one entry a day: archive.py
            found.append(
                Row(
                    f"archive {what}, {name} ({ar['records']} records)",
                    f"{ar[what + '_s']:.2f} s",
                    "",
                    None,
                )
            )
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--years", type=float, nargs=2, default=[1.0, 20.0], metavar="Y")
    parser.add_argument("--entries-per-day", type=int, default=3, metavar="N")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--mode", choices=("auto", "keychain", "passphrase"), default="auto")
    parser.add_argument("--json", type=Path, metavar="OUT")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args(argv)
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    begun = time.perf_counter()
    mode, reason = bench.choose_mode(args.mode)
    passphrase = "benchmark " + secrets.token_hex(8)
    root = Path(tempfile.mkdtemp(prefix="companion-growth-"))
    scratch = root / "scratch"
    scratch.mkdir()
    env = bench.child_env(root)
    profiles = {f"{years:g} y": root / f"profile-{years:g}y" for years in args.years}
    names = list(profiles)
    report: dict[str, Any] = {
        "years": args.years,
        "entries_per_day": args.entries_per_day,
        "mode": mode,
        "data": {},
        "search": {},
        "archive": {},
    }
    try:
        for years, (name, profile) in zip(args.years, profiles.items(), strict=True):
            _say(
                f"Generating {name}, {args.entries_per_day} entries a day ({mode} mode: {reason})…"
            )
            data = bench.generate_profile(
                profile, years, mode, passphrase, env, scratch, args.entries_per_day
            )
            report["data"][name] = data
            for line in data["output"][-2:]:
                _say("  " + line)
        _say(f"Start-up: bare window and both profiles, {args.rounds} rounds…")
        report["startup"] = measure_startup(profiles, mode, passphrase, args.rounds, env, scratch)
        _say("Search as you type…")
        for name, profile in profiles.items():
            report["search"][name] = bench.measure_search(profile, mode, passphrase, args.rounds)
        _say(f"Insights redraw to 'everything': reference and both profiles, {args.rounds} rounds…")
        report["insights"] = measure_insights(profiles, mode, passphrase, args.rounds, env, root)
        _say(f"PDF summary for twelve months: reference and both profiles, {args.rounds} rounds…")
        pdf: dict[str, Any] = {"ratios": {}, "medians_s": {}}
        for name, profile in profiles.items():
            result = export_summary.measure(
                profile,
                mode,
                passphrase,
                rounds=args.rounds,
                env=env,
                scratch=scratch,
                kinds=("reference", "twelve months"),
                progress=lambda _text: None,
            )
            pdf["ratios"][name] = result["ratios"]["twelve months"]
            pdf["medians_s"][name] = result["medians_s"]["twelve months"]
            pdf.setdefault("reference_each_s", []).append(result["medians_s"]["reference"])
        pdf["reference_s"] = statistics.median(pdf["reference_each_s"])
        report["pdf"] = pdf
        _say("Archive export and import…")
        for name, profile in profiles.items():
            report["archive"][name] = measure_archive(profile, mode, passphrase, scratch)
    except RuntimeError as exc:
        print(f"benchmark: could not complete: {exc}", file=sys.stderr)
        return 1
    finally:
        if mode == "keychain":
            for profile in profiles.values():
                try:
                    bench.delete_keychain_item(profile)
                except Exception as exc:
                    _say(f"warning: could not remove a benchmark key from the keychain: {exc}")
        if args.keep:
            _say(f"Kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    found = build_rows(report, names)
    st = report["startup"]
    _say()
    _say(
        "Start-up medians (s): "
        + ", ".join(f"{kind} {value:.3f}" for kind, value in st["medians_s"].items())
    )
    width = max(len(r.measure) for r in found)
    _say("-" * 90)
    _say(f"{'measure':<{width}}  {'value':>10}  {'target':>10}  result")
    for row in found:
        _say(f"{row.measure:<{width}}  {row.value:>10}  {row.target:>10}  {row.verdict}")
    _say("-" * 90)
    _say(f"Benchmark took {time.perf_counter() - begun:.0f} s.")
    if args.json:
        report["rows"] = [{**vars(r), "result": r.verdict} for r in found]
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2, default=str) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
