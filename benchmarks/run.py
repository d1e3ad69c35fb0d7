#!/usr/bin/env python3
"""Companion's performance benchmark against the targets in docs/design.md §5.

    python benchmarks/run.py [--years 10] [--rounds 5] [--json OUT] [--mode auto]

One run, on data generated for it in a temporary profile:

1. ``companion demo-data`` fills a new profile with ``--years`` of daily entries (keychain mode
   when a trustworthy keychain is available, otherwise passphrase mode).
2. Start-up: a bare PySide6 window (``benchmarks/bare_window.py``) and
   ``companion --exit-when-ready`` are started as processes, alternating, ``--rounds`` times
   each after one warm-up run each; the median wall times and their ratio are reported
   (target 3.0x). When the app reports its first painted frame (``COMPANION_REPORT_PAINT=1``:
   a line ``first-paint <time.time()>`` on standard error), that moment, counted from the
   start of the process, is compared with the bare window's whole process (target 2.0x).
3. Search as you type: the profile is opened in this process and every prefix of a set of
   words from the generated text is searched as it would be typed, timing each
   ``journal.list(EntryFilter(text=prefix), limit=150)``.
4. Memory: the peak resident set size of the ``--exit-when-ready`` processes (from the kernel's
   accounting of each finished child, reaped by a small launcher process), plus a run sampled
   with psutil for context.

The exit status is 0 when the measurements were made, whether or not the targets were met;
it is 1 only when the benchmark itself could not run (for example the app failed to start).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from companion.domain.journal import LIST_PAGE_SIZE  # noqa: E402

BARE_WINDOW_SCRIPT = Path(__file__).resolve().parent / "bare_window.py"

#: docs/design.md §5 targets.
STARTUP_RATIO_TARGET = 3.0
FIRST_PAINT_RATIO_TARGET = 2.0
SEARCH_TARGET_MS = 20.0  # every query
SEARCH_P95_TARGET_MS = 10.0
MEMORY_TARGET_MIB = 200.0

#: Page size of a search, as the journal list asks for it.
SEARCH_LIMIT = LIST_PAGE_SIZE  # rows the journal list asks for per keystroke

#: What a client might type into the search box, letter by letter. Every word occurs in the
#: generated demo text (checked at run time); they range from very common to rare.
SEARCH_PHRASES = (
    "sister",
    "manager",
    "breathing exercise",
    "tired",
    "laughter",
    "resentful",
    "perfect",
    "counselor",
    "apologised",
    "walk",
    "tightness",
    "session",
    "bed earlier",
)

#: No process of this benchmark may run longer than this (seconds).
PROCESS_TIMEOUT_S = 120.0

MIB = 1024 * 1024


# -- small helpers ---------------------------------------------------------------------------


def _say(text: str = "") -> None:
    print(text, flush=True)


def _median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile: the smallest value with at least ``fraction`` of the values at
    or below it."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, math.ceil(len(ordered) * fraction))
    return ordered[rank - 1]


def _maxrss_bytes(ru_maxrss: int) -> int:
    """``ru_maxrss`` is in KiB on Linux and the BSDs, in bytes on macOS."""
    return ru_maxrss if sys.platform == "darwin" else ru_maxrss * 1024


def qt_platform_env() -> dict[str, str]:
    """Offscreen Qt unless the caller chose a platform or a display is there."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return {}
    on_x11ish = sys.platform.startswith("linux") or "bsd" in sys.platform
    if on_x11ish and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return {"QT_QPA_PLATFORM": "offscreen"}
    return {}


# -- processes -------------------------------------------------------------------------------


@dataclass
class ProcessRun:
    """One finished child process."""

    seconds: float
    returncode: int
    #: Peak resident set size from the kernel (None where it cannot be had per child).
    peak_rss_bytes: int | None
    #: Peak RSS of the launcher that started it: the child's figure cannot be below this.
    floor_rss_bytes: int | None = None
    stderr_tail: str = ""
    #: Moments the child reported on standard error (``first-paint``, ``ready``; see
    #: :data:`REPORT_PAINT_ENV`), in seconds after it was started.
    reported: dict[str, float] = field(default_factory=dict)


#: Starts one command, times it and reaps it with ``os.wait4`` to get that child's peak RSS.
#: A separate small launcher is needed because on Linux a new process's ``ru_maxrss`` starts
#: from the high-water mark of the process that spawned it (it is carried over on exec), so
#: spawning from this benchmark, which grows while it works, would inflate the figure.
_LAUNCHER = """
import json, os, subprocess, sys, time
cmd, result_path = json.loads(sys.argv[1]), sys.argv[2]
started_wall = time.time()
started = time.perf_counter()
proc = subprocess.Popen(cmd)
_pid, status, usage = os.wait4(proc.pid, 0)
seconds = time.perf_counter() - started
proc.returncode = os.waitstatus_to_exitcode(status)
own_peak = None  # this launcher's own high-water mark, which the child starts from
try:
    with open("/proc/self/status") as status_file:
        for line in status_file:
            if line.startswith("VmHWM:"):
                own_peak = int(line.split()[1])
except OSError:
    pass
with open(result_path, "w") as out:
    json.dump({"seconds": seconds, "returncode": proc.returncode, "maxrss": usage.ru_maxrss,
               "launcher_peak_kib": own_peak, "started_wall": started_wall}, out)
"""


def _feed(proc: subprocess.Popen[bytes], stdin_text: str | None) -> None:
    if stdin_text is None:
        return
    assert proc.stdin is not None
    try:
        proc.stdin.write(stdin_text.encode())
        proc.stdin.close()
    except BrokenPipeError:
        pass


def run_process(
    cmd: list[str], env: dict[str, str], stdin_text: str | None, scratch: Path
) -> ProcessRun:
    """Run ``cmd`` to its end with ``stdin_text`` on its standard input; the wall time of the
    whole process and (on POSIX) its peak resident set size."""
    out_path = scratch / "child-stdout.txt"
    err_path = scratch / "child-stderr.txt"
    result_path = scratch / "launcher-result.json"
    result_path.unlink(missing_ok=True)
    stdin = subprocess.PIPE if stdin_text is not None else subprocess.DEVNULL
    with out_path.open("wb") as out, err_path.open("wb") as err:
        if hasattr(os, "wait4"):
            proc = subprocess.Popen(
                [sys.executable, "-c", _LAUNCHER, json.dumps(cmd), str(result_path)],
                cwd=REPO,
                env=env,
                stdin=stdin,
                stdout=out,
                stderr=err,
                start_new_session=True,
            )
            _feed(proc, stdin_text)
            try:
                proc.wait(timeout=PROCESS_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            errors = err_path.read_text(errors="replace")
            tail = errors[-2000:]
            if proc.returncode != 0 or not result_path.exists():
                return ProcessRun(float("nan"), proc.returncode or 1, None, None, tail)
            result = json.loads(result_path.read_text())
            return ProcessRun(
                result["seconds"],
                result["returncode"],
                _maxrss_bytes(result["maxrss"]),
                None if result["launcher_peak_kib"] is None else result["launcher_peak_kib"] * 1024,
                tail,
                reported_moments(errors, result["started_wall"]),
            )
        started_wall = time.time()
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdin=stdin, stdout=out, stderr=err)
        _feed(proc, stdin_text)
        try:
            proc.wait(timeout=PROCESS_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        seconds = time.perf_counter() - started
    errors = err_path.read_text(errors="replace")
    return ProcessRun(
        seconds, proc.returncode, None, None, errors[-2000:], reported_moments(errors, started_wall)
    )


#: With this set to 1 the app prints ``first-paint <time.time()>`` on standard error when the
#: first frame of its window has been painted, and ``ready <time.time()>`` when the window is
#: ready; the benchmark subtracts the moment it started the process.
REPORT_PAINT_ENV = "COMPANION_REPORT_PAINT"
REPORTED_EVENTS = ("first-paint", "ready")


def reported_moments(stderr_text: str, started_wall: float) -> dict[str, float]:
    """The first ``first-paint``/``ready`` line of each kind in ``stderr_text``, as seconds
    after ``started_wall`` (a ``time.time()`` value taken just before the process started)."""
    found: dict[str, float] = {}
    for line in stderr_text.splitlines():
        parts = line.strip().split()
        if len(parts) != 2 or parts[0] not in REPORTED_EVENTS or parts[0] in found:
            continue
        try:
            found[parts[0]] = float(parts[1]) - started_wall
        except ValueError:
            continue
    return found


def sample_process_memory(
    cmd: list[str], env: dict[str, str], stdin_text: str | None, interval_s: float = 0.005
) -> dict[str, float]:
    """Run ``cmd`` once, polling its resident set size with psutil; MiB figures."""
    import psutil

    proc = subprocess.Popen(
        cmd,
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.PIPE if stdin_text is not None else subprocess.DEVNULL,
    )
    _feed(proc, stdin_text)
    samples: list[int] = []
    deadline = time.monotonic() + PROCESS_TIMEOUT_S
    try:
        watched = psutil.Process(proc.pid)
        while proc.poll() is None and time.monotonic() < deadline:
            try:
                rss = watched.memory_info().rss
            except psutil.Error:
                break
            if rss > 0:  # 0 once the process has exited but is not yet reaped
                samples.append(rss)
            time.sleep(interval_s)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
    if not samples:
        return {"samples": 0}
    return {
        "samples": len(samples),
        "max_sampled_mib": max(samples) / MIB,
        "last_sampled_mib": samples[-1] / MIB,
    }


# -- the benchmark ---------------------------------------------------------------------------


@dataclass
class Row:
    measure: str
    value: str
    target: str
    passed: bool | None  # None: informational

    @property
    def verdict(self) -> str:
        if self.passed is None:
            return "info"
        return "PASS" if self.passed else "FAIL"


@dataclass
class Report:
    started: str
    environment: dict[str, Any]
    data: dict[str, Any] = field(default_factory=dict)
    startup: dict[str, Any] = field(default_factory=dict)
    search: dict[str, Any] = field(default_factory=dict)
    memory: dict[str, Any] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)
    total_seconds: float = 0.0


def environment(qt_env: dict[str, str]) -> dict[str, Any]:
    import PySide6

    return {
        "python": platform.python_version(),
        "interpreter": sys.executable,
        "platform": platform.platform(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "pyside6": PySide6.__version__,
        "qt_platform": qt_env.get("QT_QPA_PLATFORM")
        or os.environ.get("QT_QPA_PLATFORM")
        or "native",
    }


BYTECODE_NOTE = "cached in a temporary PYTHONPYCACHEPREFIX"


def child_env(root: Path, qt_env: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of every measured child process: this one's, with offscreen Qt where
    needed, this checkout first on the import path, Qt settings in ``root`` and bytecode
    cached in ``root`` (an installed app runs from compiled bytecode: the first runs fill the
    cache, even where PYTHONDONTWRITEBYTECODE is set, without writing ``__pycache__`` folders
    into the source tree)."""
    env = dict(os.environ)
    env.update(qt_platform_env() if qt_env is None else qt_env)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    if sys.platform.startswith("linux"):
        # Qt settings (window geometry) of the benchmark runs go here, not into the user's.
        env["XDG_CONFIG_HOME"] = str(root / "config")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(root / "pycache")
    return env


def choose_mode(requested: str) -> tuple[str, str]:
    """("keychain" or "passphrase", why)."""
    from companion.services.profile import keychain_status

    status = keychain_status()
    if requested == "passphrase":
        return "passphrase", "passphrase mode requested"
    if status.available:
        return "keychain", f"keychain: {status.description}"
    if requested == "keychain":
        raise SystemExit(
            f"benchmark: keychain mode requested but unavailable: {status.description}"
        )
    return "passphrase", f"no usable keychain ({status.description})"


def generate_profile(
    profile: Path,
    years: float,
    mode: str,
    passphrase: str,
    env: dict[str, str],
    scratch: Path,
    entries_per_day: int = 1,
) -> dict[str, Any]:
    cmd = [
        sys.executable,
        "-m",
        "companion",
        "demo-data",
        "--data-dir",
        str(profile),
        "--years",
        str(years),
    ]
    if entries_per_day != 1:  # (left out by default: older trees do not know the option)
        cmd += ["--entries-per-day", str(entries_per_day)]
    stdin_text = None
    if mode == "passphrase":
        cmd.append("--passphrase-stdin")
        stdin_text = passphrase + "\n"
    run = run_process(cmd, env, stdin_text, scratch)
    if run.returncode != 0:
        raise RuntimeError(f"demo-data failed ({run.returncode}):\n{run.stderr_tail}")
    out = (scratch / "child-stdout.txt").read_text(errors="replace")
    lines = [line for line in out.splitlines() if not line.startswith("Recovery key")]
    return {"seconds": run.seconds, "output": lines}


def app_command(profile: Path, mode: str, passphrase: str) -> tuple[list[str], str | None]:
    """``companion --exit-when-ready`` on the profile, and what to feed its standard input."""
    cmd = [sys.executable, "-m", "companion", "--data-dir", str(profile), "--exit-when-ready"]
    if mode == "passphrase":
        return [*cmd, "--passphrase-stdin"], passphrase + "\n"
    return cmd, None


def measure_startup(
    profile: Path, mode: str, passphrase: str, rounds: int, env: dict[str, str], scratch: Path
) -> dict[str, Any]:
    bare_cmd = [sys.executable, str(BARE_WINDOW_SCRIPT)]
    app_cmd, app_stdin = app_command(profile, mode, passphrase)
    app_env = {**env, REPORT_PAINT_ENV: "1"}

    def one(kind: str) -> ProcessRun:
        if kind == "bare":
            run = run_process(bare_cmd, env, None, scratch)
        else:
            run = run_process(app_cmd, app_env, app_stdin, scratch)
        if run.returncode != 0:
            raise RuntimeError(
                f"{kind} start-up run exited with {run.returncode}:\n{run.stderr_tail}"
            )
        return run

    # Warm-up: fills the OS file cache and lets the app make its first daily backup, so that
    # the measured rounds all do the same work.
    warm = {"bare": one("bare").seconds, "app": one("app").seconds}
    bare: list[ProcessRun] = []
    app: list[ProcessRun] = []
    for index in range(rounds):
        # alternate which one goes first, so neither always follows the other
        order = ("bare", "app") if index % 2 == 0 else ("app", "bare")
        for kind in order:
            (bare if kind == "bare" else app).append(one(kind))
    bare_median = _median([r.seconds for r in bare])
    app_median = _median([r.seconds for r in app])
    paints = [r.reported["first-paint"] for r in app if "first-paint" in r.reported]
    readies = [r.reported["ready"] for r in app if "ready" in r.reported]
    # a median only when every run reported it (else a mix of runs would be compared)
    paint_median = _median(paints) if paints and len(paints) == len(app) else None
    ready_median = _median(readies) if readies and len(readies) == len(app) else None
    return {
        "app_first_paint_s": paints,
        "app_ready_s": readies,
        "app_first_paint_median_s": paint_median,
        "app_ready_median_s": ready_median,
        "first_paint_ratio": None if paint_median is None else paint_median / bare_median,
        "rounds": rounds,
        "warm_up_seconds": warm,
        "bare_seconds": [r.seconds for r in bare],
        "app_seconds": [r.seconds for r in app],
        "bare_median_s": bare_median,
        "app_median_s": app_median,
        "ratio": app_median / bare_median,
        "bare_peak_rss_mib": [
            None if r.peak_rss_bytes is None else r.peak_rss_bytes / MIB for r in bare
        ],
        "app_peak_rss_mib": [
            None if r.peak_rss_bytes is None else r.peak_rss_bytes / MIB for r in app
        ],
        "launcher_peak_rss_mib": max(
            (r.floor_rss_bytes / MIB for r in (*bare, *app) if r.floor_rss_bytes is not None),
            default=None,
        ),
        "app_command": " ".join(app_cmd[1:]),
    }


def check_phrases(years: float) -> list[str]:
    """The search words that do not occur in the generated text (should be none)."""
    from companion.services.demo import generate_entries

    corpus = " ".join(
        f"{d.title} {d.body}" for _at, d in generate_entries(max(1, round(years * 365)))
    ).lower()
    return [p for p in SEARCH_PHRASES if p not in corpus]


def open_profile(profile: Path, mode: str, passphrase: str) -> Any:
    from companion.config import ProfilePaths
    from companion.services.profile import ProfileService

    service = ProfileService(ProfilePaths(profile))
    if mode == "keychain":
        return service.unlock_with_keychain()
    return service.unlock_with_passphrase(passphrase)


def time_passphrase_unlock(profile: Path, passphrase: str, times: int = 3) -> float:
    """Median seconds of the Argon2id key derivation that passphrase mode adds to start-up."""
    from companion.config import ProfilePaths
    from companion.security.keystore import KeyStore

    store = KeyStore.load(ProfilePaths(profile).keystore)
    spent = []
    for _ in range(times):
        started = time.perf_counter()
        store.unlock_with_passphrase(passphrase)
        spent.append(time.perf_counter() - started)
    return _median(spent)


def measure_search(profile: Path, mode: str, passphrase: str, passes: int) -> dict[str, Any]:
    import psutil

    from companion.domain.journal import EntryFilter

    opened = open_profile(profile, mode, passphrase)
    try:
        journal = opened.journal
        entries = journal.count()
        started = time.perf_counter()
        first_page = journal.list(EntryFilter(), limit=SEARCH_LIMIT)
        first_page_ms = (time.perf_counter() - started) * 1000
        journal.list(EntryFilter(text="a"), limit=SEARCH_LIMIT)  # one untimed warm-up query
        timings_ms: list[float] = []
        slowest: list[tuple[float, str]] = []
        hits: dict[str, int] = {}
        for _ in range(passes):
            for phrase in SEARCH_PHRASES:
                for length in range(1, len(phrase) + 1):
                    prefix = phrase[:length]
                    query = EntryFilter(text=prefix)
                    started = time.perf_counter()
                    found = journal.list(query, limit=SEARCH_LIMIT)
                    spent = (time.perf_counter() - started) * 1000
                    timings_ms.append(spent)
                    slowest.append((spent, prefix))
                    hits.setdefault(prefix, len(found))
        slowest.sort(reverse=True)
        rss_mib = psutil.Process().memory_info().rss / MIB
    finally:
        opened.lock()
    return {
        "entries": entries,
        "first_page_rows": len(first_page),
        "first_page_ms": first_page_ms,
        "queries": len(timings_ms),
        "passes": passes,
        "p50_ms": _percentile(timings_ms, 0.50),
        "p95_ms": _percentile(timings_ms, 0.95),
        "max_ms": max(timings_ms),
        "mean_ms": statistics.fmean(timings_ms),
        "slowest": [{"prefix": p, "ms": ms} for ms, p in slowest[:8]],
        "over_target": [{"prefix": p, "ms": ms} for ms, p in slowest if ms >= SEARCH_TARGET_MS],
        "p50_ms_by_prefix_length": {
            n: _median([ms for ms, p in slowest if len(p) == n])
            for n in sorted({len(p) for _ms, p in slowest})
        },
        "hits_per_prefix": hits,
        "in_process_rss_after_search_mib": rss_mib,
    }


def delete_keychain_item(profile: Path) -> None:
    """Remove the key the benchmark profile stored in the OS keychain."""
    from companion.config import ProfilePaths
    from companion.security.keychain import Keychain
    from companion.security.keystore import KeyStore

    paths = ProfilePaths(profile)
    if not paths.keystore.exists():
        return
    account = KeyStore.load(paths.keystore).keychain_account
    if account is not None:
        Keychain.system().delete(account)


def build_rows(report: Report) -> list[Row]:
    rows: list[Row] = []
    st = report.startup
    if st:
        rows.append(Row("bare PySide6 window, median", f"{st['bare_median_s']:.3f} s", "", None))
        rows.append(
            Row("companion --exit-when-ready, median", f"{st['app_median_s']:.3f} s", "", None)
        )
        rows.append(
            Row(
                "start-up ratio (app / bare)",
                f"{st['ratio']:.2f}x",
                f"<= {STARTUP_RATIO_TARGET:g}x",
                st["ratio"] <= STARTUP_RATIO_TARGET,
            )
        )
        if st.get("first_paint_ratio") is not None:
            rows.append(
                Row(
                    "first paint (reported by the app) / bare window",
                    f"{st['first_paint_ratio']:.2f}x",
                    f"<= {FIRST_PAINT_RATIO_TARGET:g}x",
                    st["first_paint_ratio"] <= FIRST_PAINT_RATIO_TARGET,
                )
            )
            rows.append(
                Row(
                    "  first paint, median",
                    f"{st['app_first_paint_median_s']:.3f} s",
                    "",
                    None,
                )
            )
        else:
            rows.append(
                Row(
                    "first paint / bare window",
                    "not reported",
                    f"<= {FIRST_PAINT_RATIO_TARGET:g}x",
                    None,
                )
            )
        if st.get("app_ready_median_s") is not None:
            rows.append(
                Row(
                    "  ready (reported by the app), median",
                    f"{st['app_ready_median_s']:.3f} s",
                    "",
                    None,
                )
            )
        if "argon2id_s" in st:
            rows.append(
                Row(
                    "  of which Argon2id unlock (in process)", f"{st['argon2id_s']:.3f} s", "", None
                )
            )
            rows.append(
                Row(
                    "  ratio without the Argon2id time", f"{st['ratio_without_kdf']:.2f}x", "", None
                )
            )
    se = report.search
    if se:
        rows.append(
            Row(f"search p50 ({se['queries']} queries)", f"{se['p50_ms']:.2f} ms", "", None)
        )
        rows.append(
            Row(
                "search p95",
                f"{se['p95_ms']:.2f} ms",
                f"< {SEARCH_P95_TARGET_MS:g} ms",
                se["p95_ms"] < SEARCH_P95_TARGET_MS,
            )
        )
        rows.append(
            Row(
                "search max",
                f"{se['max_ms']:.2f} ms",
                f"< {SEARCH_TARGET_MS:g} ms",
                se["max_ms"] < SEARCH_TARGET_MS,
            )
        )
        rows.append(Row("list first page, no filter", f"{se['first_page_ms']:.2f} ms", "", None))
    me = report.memory
    if me.get("app_peak_rss_mib") is not None:
        rows.append(
            Row(
                "memory: app peak RSS (max of rounds)",
                f"{me['app_peak_rss_mib']:.1f} MiB",
                f"< {MEMORY_TARGET_MIB:g} MiB",
                me["app_peak_rss_mib"] < MEMORY_TARGET_MIB,
            )
        )
    elif me.get("max_sampled_mib") is not None:
        rows.append(
            Row(
                "memory: app RSS, max sampled",
                f"{me['max_sampled_mib']:.1f} MiB",
                f"< {MEMORY_TARGET_MIB:g} MiB",
                me["max_sampled_mib"] < MEMORY_TARGET_MIB,
            )
        )
    if me.get("last_sampled_mib") is not None:
        rows.append(
            Row(
                "memory: app RSS, last sample before exit",
                f"{me['last_sampled_mib']:.1f} MiB",
                "",
                None,
            )
        )
    if me.get("launcher_peak_rss_mib") is not None:
        rows.append(
            Row(
                "  floor: peak RSS of the launcher",
                f"{me['launcher_peak_rss_mib']:.1f} MiB",
                "",
                None,
            )
        )
    if me.get("in_process_rss_after_search_mib") is not None:
        rows.append(
            Row(
                "memory: this process after open + search (no Qt)",
                f"{me['in_process_rss_after_search_mib']:.1f} MiB",
                "",
                None,
            )
        )
    if me.get("bare_peak_rss_mib") is not None:
        rows.append(
            Row("memory: bare window peak RSS", f"{me['bare_peak_rss_mib']:.1f} MiB", "", None)
        )
    return rows


def print_report(report: Report) -> None:
    env = report.environment
    data = report.data
    _say()
    _say("=" * 78)
    _say(f"Companion benchmark, {report.started}")
    _say(
        f"Python {env['python']} on {env['platform']}, {env['cpus']} CPUs, "
        f"PySide6 {env['pyside6']}, Qt platform: {env['qt_platform']}"
    )
    if env.get("bytecode"):
        _say(f"Bytecode: {env['bytecode']}")
    _say(
        f"Data: {data.get('entries', '?')} entries over {data.get('years')} years, "
        f"{data.get('entries_per_day', 1)} a day with entries "
        f"(demo-data took {data.get('seconds', float('nan')):.1f} s)"
    )
    _say(f"Unlock mode: {data.get('mode')} ({data.get('mode_reason')})")
    st = report.startup
    if st:
        _say(f"Start-up runs (s): bare {', '.join(f'{s:.3f}' for s in st['bare_seconds'])}")
        _say(f"                   app  {', '.join(f'{s:.3f}' for s in st['app_seconds'])}")
        if st.get("app_first_paint_s"):
            _say(
                "First paint (s):    app  " + ", ".join(f"{s:.3f}" for s in st["app_first_paint_s"])
            )
    se = report.search
    if se:
        slow = ", ".join(f"{s['prefix']!r} {s['ms']:.1f}" for s in se["slowest"][:5])
        _say(f"Slowest search prefixes (ms): {slow}")
        over = se["over_target"]
        if over:
            lengths = sorted({len(o["prefix"]) for o in over})
            _say(
                f"Queries at or over {SEARCH_TARGET_MS:g} ms: {len(over)} of {se['queries']}, "
                f"prefix lengths {lengths}"
            )
        by_length = se["p50_ms_by_prefix_length"]
        _say(
            "Median search ms by prefix length: "
            + ", ".join(f"{n}: {ms:.1f}" for n, ms in list(by_length.items())[:6])
            + ", …"
        )
    _say("-" * 78)
    width = max(len(r.measure) for r in report.rows) if report.rows else 10
    _say(f"{'measure':<{width}}  {'value':>12}  {'target':>12}  result")
    for row in report.rows:
        _say(f"{row.measure:<{width}}  {row.value:>12}  {row.target:>12}  {row.verdict}")
    _say("-" * 78)
    failed = [r.measure for r in report.rows if r.passed is False]
    if failed:
        _say(f"MISSED {len(failed)} target(s): {'; '.join(failed)}")
    else:
        _say("All targets met.")
    _say(f"Benchmark took {report.total_seconds:.1f} s.")


def run(args: argparse.Namespace, progress: Callable[[str], None] = _say) -> Report:
    begun = time.perf_counter()
    qt_env = qt_platform_env()
    report = Report(
        started=datetime.now().isoformat(timespec="seconds"), environment=environment(qt_env)
    )
    mode, reason = choose_mode(args.mode)
    passphrase = "benchmark " + secrets.token_hex(8)
    root = Path(tempfile.mkdtemp(prefix="companion-bench-"))
    profile = root / "profile"
    scratch = root / "scratch"
    scratch.mkdir()
    env = child_env(root, qt_env)
    report.environment["bytecode"] = BYTECODE_NOTE
    try:
        missing = check_phrases(args.years)
        if missing:
            progress(f"warning: search words not in the generated text: {missing}")
        progress(f"Generating {args.years:g} years of entries ({mode} mode)…")
        report.data = {
            "years": args.years,
            "mode": mode,
            "mode_reason": reason,
            "entries_per_day": args.entries_per_day,
            **generate_profile(
                profile, args.years, mode, passphrase, env, scratch, args.entries_per_day
            ),
        }
        progress(f"  done in {report.data['seconds']:.1f} s")

        progress(f"Start-up: {args.rounds} rounds of bare window vs companion, alternating…")
        report.startup = measure_startup(profile, mode, passphrase, args.rounds, env, scratch)
        if mode == "passphrase":
            kdf = time_passphrase_unlock(profile, passphrase)
            st = report.startup
            st["argon2id_s"] = kdf
            st["ratio_without_kdf"] = (st["app_median_s"] - kdf) / st["bare_median_s"]

        progress("Memory: one sampled run of companion…")
        app_cmd, stdin_text = app_command(profile, mode, passphrase)
        report.memory = sample_process_memory(app_cmd, env, stdin_text)
        app_peaks = [p for p in report.startup["app_peak_rss_mib"] if p is not None]
        bare_peaks = [p for p in report.startup["bare_peak_rss_mib"] if p is not None]
        report.memory["app_peak_rss_mib"] = max(app_peaks) if app_peaks else None
        report.memory["bare_peak_rss_mib"] = max(bare_peaks) if bare_peaks else None
        report.memory["launcher_peak_rss_mib"] = report.startup["launcher_peak_rss_mib"]

        progress(f"Search as you type: {args.rounds} passes over {len(SEARCH_PHRASES)} phrases…")
        report.search = measure_search(profile, mode, passphrase, args.rounds)
        report.data["entries"] = report.search["entries"]
        report.memory["in_process_rss_after_search_mib"] = report.search.pop(
            "in_process_rss_after_search_mib"
        )
    finally:
        if mode == "keychain":
            try:
                delete_keychain_item(profile)
            except Exception as exc:  # reported; the benchmark still ends
                progress(f"warning: could not remove the benchmark key from the keychain: {exc}")
        if args.keep:
            progress(f"Kept the benchmark profile in {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    report.rows = build_rows(report)
    report.total_seconds = time.perf_counter() - begun
    return report


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--years", type=float, default=10.0, help="years of generated daily entries (default 10)"
    )
    parser.add_argument(
        "--entries-per-day",
        type=int,
        default=1,
        metavar="N",
        help="entries on each day with entries (demo-data --entries-per-day, default 1)",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=5,
        help="start-up rounds per process kind, and search passes (default 5)",
    )
    parser.add_argument(
        "--json", type=Path, metavar="OUT", help="also write all measurements to this JSON file"
    )
    parser.add_argument(
        "--mode",
        choices=("auto", "keychain", "passphrase"),
        default="auto",
        help="how the profile is unlocked (default: keychain when available)",
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the temporary profile (its path is printed)"
    )
    args = parser.parse_args(argv)
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    if args.years <= 0:
        parser.error("--years must be positive")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        report = run(args)
    except RuntimeError as exc:
        print(f"benchmark: could not complete: {exc}", file=sys.stderr)
        return 1
    print_report(report)
    if args.json:
        payload = asdict(report)
        payload["rows"] = [{**asdict(r), "result": r.verdict} for r in report.rows]
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(payload, indent=2, default=str) + "\n")
        _say(f"Wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
