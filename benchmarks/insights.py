#!/usr/bin/env python3
"""Insights against the targets of issue 14, as ratios to a plain matplotlib script measured
in the same run (``benchmarks/mpl_reference.py``).

    python benchmarks/insights.py [--years 10] [--entries-per-day 1] [--rounds 3]
                                  [--redraws 12] [--idle 3] [--json OUT] [--mode auto] [--keep]

1. ``companion demo-data`` fills a new profile (entries, weekly sessions with check-ins,
   goals), in keychain mode when one is available, else passphrase mode (as ``run.py``).
2. Each round starts three processes, in an order that rotates from round to round (after
   one warm-up run of each, which also makes the day's backup and fills the bytecode and
   font caches):

   * the reference, ``mpl_reference.py --json``: its in-process *first draw* (importing
     matplotlib and the QtAgg canvas, building a figure of three 430-point lines, showing
     and painting it) and its *redraws* (new data in the lines, painted again);
   * the app, *after idle*: the real app (``python -m companion``, the window, its start-up
     and whatever background work it starts, exactly as for a user) shows its window; when
     the first frame has been painted it is left idle for ``--idle`` seconds while a 1 ms
     heartbeat timer records the longest gap between its ticks (the longest time the UI
     thread was blocked while the app warmed up); then the Insights item of the navigation
     is clicked (a real mouse click) and the time until a chart canvas has been painted is
     the *first open*. Then the filters are changed with the keyboard (the period and the
     counselor boxes, Down/Up), ``--redraws`` times on the relationship chart and again on
     the mood chart (its tab clicked), each timed from the key to the chart painted;
   * the app, *cold*: the same without the idle time (Insights clicked as soon as the first
     frame is painted), for information.

Targets: first open after idle <= 0.5x the reference's first draw (medians); redraw after a
filter change <= 1.0x the reference's redraw (median), the slowest <= 1.5x; the longest block
of the UI thread while idle <= 50 ms. The exit status is 0 whenever the measurements were made
(met or not), 1 when the benchmark could not run.

The app is measured by hooking into nothing but its event loop: a timer is queued when its
QApplication is created, and the measurement runs from the loop like a user's clicks; the
end of a chart's drawing is seen as the paint of a ``FigureCanvas`` widget (an event filter on
the application, installed only while a click or key is being timed).
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

import mpl_reference  # noqa: E402
import run as bench  # noqa: E402

FIRST_OPEN_RATIO_TARGET = 0.5
REDRAW_RATIO_TARGET = 1.0
SLOWEST_REDRAW_RATIO_TARGET = 1.5
IDLE_BLOCK_TARGET_MS = 50.0
#: After idle, the filters are changed at a person's pace: this long (s) after a chart is
#: shown (time to look at it); cold, as fast as the app allows (RAPID_PAUSE_S).
PAUSE_S = 1.5
RAPID_PAUSE_S = 0.05
#: Gaps of the heartbeat longer than this are listed (a frame at 60 Hz).
NOTABLE_GAP_S = 0.017
#: Give up on a chart that is not painted after this long.
WAIT_TIMEOUT_S = 60.0
RESULT_PREFIX = "INSIGHTS-BENCH "

#: The filter changes, cycled: (label, which box, key). Starting from the default period
#: (the last 12 months) and all counselors, each leaves the boxes where the next expects.
ACTIONS = (
    ("period: everything", "period", "down"),
    ("period: 12 months", "period", "up"),
    ("period: 3 months", "period", "up"),
    ("period: 12 months", "period", "down"),
    ("counselor: first", "counselor", "down"),
    ("counselor: all", "counselor", "up"),
)


def _say(text: str = "") -> None:
    print(text, flush=True)


# -- the measured app process --------------------------------------------------------------------


def app_child(profile: Path, mode: str, idle_s: float, redraws: int, pause_s: float) -> int:
    """Run the real app on ``profile`` and measure from its event loop; prints one line of
    JSON (prefixed with RESULT_PREFIX) with what was measured."""
    import companion.app as app_module
    from companion.cli.main import main as companion_main

    result: dict[str, Any] = {"idle_s": idle_s, "pause_s": pause_s}
    original = getattr(app_module, "_application", None)
    if original is None:
        raise SystemExit("benchmark: companion.app._application is gone; update insights.py")
    probes: list[Any] = []

    def application() -> Any:
        app = original()
        if not probes:
            from PySide6.QtCore import QTimer

            probe = make_probe(app, idle_s, redraws, result, pause_s)
            probes.append(probe)
            QTimer.singleShot(0, probe.begin)  # runs once the event loop does
        return app

    app_module._application = application  # type: ignore[attr-defined]
    argv = ["--data-dir", str(profile)]
    if mode == "passphrase":
        argv.append("--passphrase-stdin")
    code = companion_main(argv)
    result["exit_status"] = code
    print(RESULT_PREFIX + json.dumps(result), flush=True)
    return 0 if code == 0 and "error" not in result else 1


def make_probe(
    app: Any, idle_s: float, redraws: int, result: dict[str, Any], pause_s: float = 0.05
) -> Any:
    """The object that drives and times the app from its event loop."""
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QListWidget, QWidget

    paint_type = QEvent.Type.Paint
    pause_ms = max(1, round(pause_s * 1000))

    class Probe(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.window: QWidget | None = None
            self.first_paint_seen = False
            self.armed = False  # waiting for a chart paint
            self.events_seen = 0
            self.started = 0.0
            self.on_painted: Any = None
            self.ticks_last = 0.0
            self.gaps: list[tuple[float, float]] = []  # (gap, seconds after idle began)
            self.idle_began = 0.0
            self.longest_gap = 0.0
            self.beat = QTimer()
            self.beat.setTimerType(Qt.TimerType.PreciseTimer)
            self.beat.setInterval(1)
            self.beat.timeout.connect(self._tick)
            self.queue: list[tuple[str, str, str, str]] = []
            self.view: Any = None
            self.generation = 0  # of the timed action, so that a late timeout is ignored
            self.canvases: dict[int, Any] = {}  # chart canvases seen, by id
            self.draws: dict[int, int] = {}  # how often each one's figure was drawn
            self.draws_when_armed: dict[int, int] = {}
            self.figures_when_armed: dict[int, Any] = {}
            self.seen: set[tuple[str, int, int]] = set()  # (chart, period, counselor) shown

        # -- plumbing ------------------------------------------------------------------------

        def fail(self, what: str) -> None:
            result["error"] = what
            app.removeEventFilter(self)
            self.beat.stop()
            if self.window is not None:
                self.window.close()
            QTimer.singleShot(0, app.quit)

        def guarded(self, step: Any) -> Any:
            def run() -> None:
                try:
                    step()
                except Exception as exc:  # told in the result, and the app is closed
                    import traceback

                    self.fail(f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}")

            return run

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != paint_type:
                self.events_seen += 1
                return False
            self.events_seen += 1
            if watched is self.window and not self.first_paint_seen:
                self.first_paint_seen = True
                result["first_paint_event_s"] = time.perf_counter() - self.started
                QTimer.singleShot(0, self.guarded(self.window_painted))
            elif (
                self.armed
                and any(c.__name__ == "FigureCanvasQTAgg" for c in type(watched).__mro__)
                and isinstance(watched, QWidget)
                and watched.isVisible()
                and self.shows_new_drawing(watched)
            ):
                self.armed = False
                result.setdefault("canvas_px", [watched.width(), watched.height()])
                QTimer.singleShot(0, self.guarded(self.chart_painted))
            return False

        def shows_new_drawing(self, canvas: Any) -> bool:
            """Whether this paint of a chart canvas shows a chart drawn for the timed action:
            a canvas never seen before with a chart (axes) in its figure, or a known one
            whose figure has been drawn again since the action began. (A canvas painted again
            with its old picture, say when the layout moves, does not count.)"""
            figure = getattr(canvas, "figure", None)
            if figure is None or not figure.axes:
                return False  # nothing drawn yet, or a placeholder
            key = id(canvas)
            if key not in self.canvases:
                self.canvases[key] = canvas  # kept, so that the id is not reused
                self.draws[key] = 0

                def drawn(_event: Any, key: int = key) -> None:
                    self.draws[key] += 1

                canvas.mpl_connect("draw_event", drawn)
                return True
            # drawn again, or showing another figure (one drawn ahead or earlier is shown
            # from its pixels, without a draw)
            return self.draws[key] > self.draws_when_armed.get(
                key, 0
            ) or figure is not self.figures_when_armed.get(key)

        def _tick(self) -> None:
            now = time.perf_counter()
            gap = now - self.ticks_last
            if gap > NOTABLE_GAP_S:
                self.gaps.append((gap, self.ticks_last - self.idle_began))
            self.longest_gap = max(self.longest_gap, gap)
            self.ticks_last = now

        def time_until_chart(self, action: Any, then: Any) -> None:
            """Do ``action`` now; call ``then(seconds)`` once a chart canvas has painted."""
            self.events_seen = 0
            self.draws_when_armed = dict(self.draws)
            self.figures_when_armed = {
                key: getattr(canvas, "figure", None) for key, canvas in self.canvases.items()
            }
            self.armed = True
            app.installEventFilter(self)
            self.on_painted = then
            self.generation += 1
            generation = self.generation
            QTimer.singleShot(int(WAIT_TIMEOUT_S * 1000), lambda: self.timed_out(generation))
            self.started = time.perf_counter()
            action()

        def timed_out(self, generation: int) -> None:
            if self.armed and generation == self.generation:
                self.fail("no chart was painted within the time allowed")

        def chart_painted(self) -> None:
            seconds = time.perf_counter() - self.started
            app.removeEventFilter(self)
            result.setdefault("events_filtered", []).append(self.events_seen)
            then, self.on_painted = self.on_painted, None
            then(seconds)

        # -- the steps -----------------------------------------------------------------------

        def begin(self) -> None:
            windows = [
                w
                for w in app.topLevelWidgets()
                if type(w).__name__ == "MainWindow" and w.isVisible()
            ]
            if not windows:
                # the app turns the event loop before its main window exists (it paints a
                # small window while the journal opens): look again shortly
                self.looks = getattr(self, "looks", 0) + 1
                if self.looks > 1000:
                    self.fail("no main window is shown")
                else:
                    QTimer.singleShot(5, self.guarded(self.begin))
                return
            self.window = windows[0]
            result["loop_began_s"] = time.perf_counter()
            self.started = time.perf_counter()
            handle = self.window.windowHandle()
            if handle is not None and handle.isExposed():  # on screen already: idle from now
                self.first_paint_seen = True
                result["first_paint_event_s"] = None
                self.window_painted()
                return
            app.installEventFilter(self)  # until the window's first paint
            QTimer.singleShot(3000, self.guarded(self.no_first_paint_seen))

        def no_first_paint_seen(self) -> None:
            if not self.first_paint_seen:  # painted before the loop ran: idle from here
                self.first_paint_seen = True
                result["first_paint_event_s"] = None
                self.window_painted()

        def window_painted(self) -> None:
            app.removeEventFilter(self)
            self.idle_began = self.ticks_last = time.perf_counter()
            result["first_frame_s"] = self.idle_began - self.started
            if idle_s <= 0:
                QTimer.singleShot(0, self.guarded(self.open_insights))
                return
            self.longest_gap = 0.0
            self.beat.start()
            QTimer.singleShot(round(idle_s * 1000), self.guarded(self.open_insights))

        def open_insights(self) -> None:
            self.beat.stop()
            if idle_s > 0:
                result["idle_longest_block_s"] = self.longest_gap
                result["idle_gaps"] = sorted(self.gaps, reverse=True)[:12]
                result["idle_measured_s"] = time.perf_counter() - self.idle_began
            assert self.window is not None
            nav = self.window.findChild(QListWidget, "areaNav")
            from companion.ui.areas import area_entries

            keys = [key for key, _title, _factory in area_entries()]
            item = nav.item(keys.index("insights"))
            spot = nav.visualItemRect(item).center()

            def click() -> None:
                QTest.mouseClick(
                    nav.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, spot
                )

            self.time_until_chart(click, self.opened)

        def opened(self, seconds: float) -> None:
            result["first_open_s"] = seconds
            assert self.window is not None
            nav = self.window.findChild(QListWidget, "areaNav")
            areas = self.window.areas  # type: ignore[attr-defined]
            self.view = areas.widget(nav.currentRow())
            self.seen.add(self.state("relationship"))
            self.queue = [("relationship", *ACTIONS[n % len(ACTIONS)]) for n in range(redraws)] + [
                ("mood", *ACTIONS[n % len(ACTIONS)]) for n in range(redraws)
            ]
            result["redraws"] = []
            QTimer.singleShot(max(100, pause_ms), self.guarded(self.next_redraw))

        def state(self, chart: str) -> tuple[str, int, int]:
            view = self.view
            return (chart, view.period_box.currentIndex(), view.counselor_filter.currentIndex())

        def next_redraw(self) -> None:
            if not self.queue:
                self.finish()
                return
            chart, label, box_name, key = self.queue[0]
            view = self.view
            keys = [panel.spec.key for panel in view.panels]
            wanted = keys.index(chart)
            if view.tabs.currentIndex() != wanted:
                bar = view.tabs.tabBar()

                def click_tab() -> None:
                    QTest.mouseClick(
                        bar,
                        Qt.MouseButton.LeftButton,
                        Qt.KeyboardModifier.NoModifier,
                        bar.tabRect(wanted).center(),
                    )

                def tab_shown(seconds: float) -> None:
                    result.setdefault("tab_switch_s", {})[chart] = seconds
                    self.seen.add(self.state(chart))
                    QTimer.singleShot(pause_ms, self.guarded(self.next_redraw))

                self.time_until_chart(click_tab, tab_shown)
                return
            self.queue.pop(0)
            box = view.period_box if box_name == "period" else view.counselor_filter
            qt_key = Qt.Key.Key_Down if key == "down" else Qt.Key.Key_Up

            def press() -> None:
                QTest.keyClick(box, qt_key)

            def redrawn(seconds: float) -> None:
                state = self.state(chart)
                result["redraws"].append(
                    {"chart": chart, "change": label, "s": seconds, "first": state not in self.seen}
                )
                self.seen.add(state)
                QTimer.singleShot(pause_ms, self.guarded(self.next_redraw))

            self.time_until_chart(press, redrawn)

        def finish(self) -> None:
            assert self.window is not None
            # back to the first area, so that nothing is remembered as open
            nav = self.window.findChild(QListWidget, "areaNav")
            rect = nav.visualItemRect(nav.item(0))
            QTest.mouseClick(
                nav.viewport(),
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
                rect.center(),
            )
            self.window.close()

    probe = Probe()
    probe.begin = probe.guarded(probe.begin)  # type: ignore[method-assign]
    return probe


# -- the runner ----------------------------------------------------------------------------------


def run_app_process(
    profile: Path,
    mode: str,
    passphrase: str,
    idle_s: float,
    redraws: int,
    env: dict[str, str],
    config: Path,
    pause_s: float = RAPID_PAUSE_S,
) -> dict[str, Any]:
    """One app process (a fresh Qt settings folder each, so no area is remembered)."""
    import subprocess

    shutil.rmtree(config, ignore_errors=True)
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--app-child",
        str(profile),
        "--mode",
        mode,
        "--idle",
        str(idle_s),
        "--redraws",
        str(redraws),
        "--pause",
        str(pause_s),
    ]
    done = subprocess.run(
        command,
        env={**env, "XDG_CONFIG_HOME": str(config)},
        input=passphrase + "\n" if mode == "passphrase" else None,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=REPO,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith(RESULT_PREFIX)]
    if not lines:
        raise RuntimeError(
            f"the app run gave no result ({done.returncode}):\n{done.stderr[-3000:]}"
        )
    result: dict[str, Any] = json.loads(lines[-1][len(RESULT_PREFIX) :])
    if "error" in result:
        raise RuntimeError(f"the app run failed: {result['error']}\n{done.stderr[-2000:]}")
    return result


def measure(
    profile: Path,
    mode: str,
    passphrase: str,
    *,
    rounds: int,
    redraws: int,
    idle_s: float,
    env: dict[str, str],
    root: Path,
    cold: bool = True,
    pause_s: float = PAUSE_S,
    progress: Any = _say,
) -> dict[str, Any]:
    """Rounds of reference, app after idle and (``cold``) app cold, rotating their order."""
    kinds = ["reference", "idle"] + (["cold"] if cold else [])
    runs: dict[str, list[dict[str, Any]]] = {kind: [] for kind in kinds}

    def one(kind: str) -> dict[str, Any]:
        if kind == "reference":
            return mpl_reference.run_reference(redraws=max(redraws, 10), env=env)
        # after idle, filters changed at a person's pace; cold, as fast as the app allows
        wait, pause = (idle_s, pause_s) if kind == "idle" else (0.0, RAPID_PAUSE_S)
        return run_app_process(
            profile, mode, passphrase, wait, redraws, env, root / "config", pause
        )

    for kind in kinds:  # warm-up: bytecode, font cache, the day's backup
        one(kind)
    for round_ in range(rounds):
        order = kinds[round_ % len(kinds) :] + kinds[: round_ % len(kinds)]
        for kind in order:
            runs[kind].append(one(kind))
        progress(
            f"  round {round_ + 1}: reference first draw "
            f"{runs['reference'][-1]['first_draw_s'] * 1000:.0f} ms, Insights after idle "
            f"{runs['idle'][-1]['first_open_s'] * 1000:.0f} ms"
            + (f", cold {runs['cold'][-1]['first_open_s'] * 1000:.0f} ms" if cold else "")
        )
    return summarize(runs)


def summarize(runs: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    med = statistics.median
    ref_first = med([r["first_draw_s"] for r in runs["reference"]])
    ref_redraw = med([s for r in runs["reference"] for s in r["redraws_s"]])
    out: dict[str, Any] = {
        "reference_first_draw_s": ref_first,
        "reference_redraw_median_s": ref_redraw,
        "reference_process_s": med([r["process_s"] for r in runs["reference"]]),
        "runs": runs,
    }
    for kind in ("idle", "cold"):
        if not runs.get(kind):
            continue
        first = med([r["first_open_s"] for r in runs[kind]])
        out[f"{kind}_first_open_s"] = first
        out[f"{kind}_first_open_ratio"] = first / ref_first
    idle = runs["idle"]
    blocks = [r["idle_longest_block_s"] for r in idle]
    out["idle_longest_block_s"] = max(blocks)
    out["idle_longest_block_median_s"] = med(blocks)
    out["canvas_px"] = idle[0].get("canvas_px")
    redraws: dict[str, dict[str, Any]] = {}
    for kind, pace in (("idle", "paced"), ("cold", "rapid")):
        for r in runs.get(kind, []):
            for item in r["redraws"]:
                values = redraws.setdefault(
                    f"{item['chart']}, {pace}", {"all": [], "everything": [], "first": []}
                )
                values["all"].append(item["s"])
                if item.get("first"):
                    values["first"].append(item["s"])
                if item["change"] == "period: everything":
                    values["everything"].append(item["s"])
    for values in redraws.values():
        values["median_s"] = med(values["all"])
        values["slowest_s"] = max(values["all"])
        values["median_ratio"] = values["median_s"] / ref_redraw
        values["slowest_ratio"] = values["slowest_s"] / ref_redraw
        if values["first"]:
            values["first_median_s"] = med(values["first"])
            values["first_ratio"] = values["first_median_s"] / ref_redraw
        if values["everything"]:
            values["everything_median_s"] = med(values["everything"])
            values["everything_ratio"] = values["everything_median_s"] / ref_redraw
    out["redraws"] = redraws
    return out


def rows(summary: dict[str, Any]) -> list[bench.Row]:
    ms = 1000
    found = [
        bench.Row(
            "reference: first draw (import + build + paint)",
            f"{summary['reference_first_draw_s'] * ms:.0f} ms",
            "",
            None,
        ),
        bench.Row(
            "reference: redraw, median",
            f"{summary['reference_redraw_median_s'] * ms:.1f} ms",
            "",
            None,
        ),
        bench.Row(
            "Insights first open after idle",
            f"{summary['idle_first_open_s'] * ms:.0f} ms",
            "",
            None,
        ),
        bench.Row(
            "  ratio to the reference's first draw",
            f"{summary['idle_first_open_ratio']:.2f}x",
            f"<= {FIRST_OPEN_RATIO_TARGET:g}x",
            summary["idle_first_open_ratio"] <= FIRST_OPEN_RATIO_TARGET,
        ),
    ]
    if "cold_first_open_s" in summary:
        found.append(
            bench.Row(
                "Insights first open, cold (no idle)",
                f"{summary['cold_first_open_s'] * ms:.0f} ms",
                "",
                None,
            )
        )
        found.append(
            bench.Row(
                "  ratio to the reference's first draw",
                f"{summary['cold_first_open_ratio']:.2f}x",
                "",
                None,
            )
        )
    found.append(
        bench.Row(
            "longest UI block while idle (max of rounds)",
            f"{summary['idle_longest_block_s'] * ms:.0f} ms",
            f"<= {IDLE_BLOCK_TARGET_MS:g} ms",
            summary["idle_longest_block_s"] * ms <= IDLE_BLOCK_TARGET_MS,
        )
    )
    for chart, values in summary["redraws"].items():
        found.append(
            bench.Row(
                f"redraw after a filter change, {chart}: median",
                f"{values['median_ratio']:.2f}x",
                f"<= {REDRAW_RATIO_TARGET:g}x",
                values["median_ratio"] <= REDRAW_RATIO_TARGET,
            )
        )
        found.append(
            bench.Row(
                f"  {chart}: slowest",
                f"{values['slowest_ratio']:.2f}x",
                f"<= {SLOWEST_REDRAW_RATIO_TARGET:g}x",
                values["slowest_ratio"] <= SLOWEST_REDRAW_RATIO_TARGET,
            )
        )
        found.append(
            bench.Row(
                f"  {chart}: median, slowest",
                f"{values['median_s'] * ms:.0f}, {values['slowest_s'] * ms:.0f} ms",
                "",
                None,
            )
        )
        if "first_ratio" in values:
            found.append(
                bench.Row(
                    f"  {chart}: choices not shown before ({len(values['first'])}), median",
                    f"{values['first_ratio']:.2f}x",
                    "",
                    None,
                )
            )
        if "everything_ratio" in values:
            found.append(
                bench.Row(
                    f"  {chart}: to 'everything', median",
                    f"{values['everything_ratio']:.2f}x",
                    "",
                    None,
                )
            )
    return found


def print_rows(found: Sequence[bench.Row]) -> None:
    width = max(len(r.measure) for r in found)
    _say("-" * 78)
    _say(f"{'measure':<{width}}  {'value':>12}  {'target':>12}  result")
    for row in found:
        _say(f"{row.measure:<{width}}  {row.value:>12}  {row.target:>12}  {row.verdict}")
    _say("-" * 78)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--years", type=float, default=10.0)
    parser.add_argument("--entries-per-day", type=int, default=1, metavar="N")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--redraws", type=int, default=12, help="per chart and app run")
    parser.add_argument("--idle", type=float, default=3.0, help="seconds idle before opening")
    parser.add_argument("--no-cold", action="store_true", help="skip the cold variant")
    parser.add_argument(
        "--pause",
        type=float,
        default=PAUSE_S,
        help=f"seconds between a chart shown and the next filter change ({PAUSE_S:g})",
    )
    parser.add_argument("--mode", choices=("auto", "keychain", "passphrase"), default="auto")
    parser.add_argument("--json", type=Path, metavar="OUT")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--app-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.app_child:
        return app_child(args.app_child, args.mode, args.idle, args.redraws, args.pause)

    begun = time.perf_counter()
    mode, reason = bench.choose_mode(args.mode)
    passphrase = "benchmark " + secrets.token_hex(8)
    root = Path(tempfile.mkdtemp(prefix="companion-insights-"))
    scratch = root / "scratch"
    scratch.mkdir()
    env = bench.child_env(root)
    profile = root / "profile"
    try:
        _say(
            f"Generating {args.years:g} years, {args.entries_per_day} a day "
            f"({mode} mode: {reason})…"
        )
        data = bench.generate_profile(
            profile, args.years, mode, passphrase, env, scratch, args.entries_per_day
        )
        for line in data["output"]:
            _say("  " + line)
        _say(f"Measuring: {args.rounds} rounds after a warm-up, idle {args.idle:g} s…")
        summary = measure(
            profile,
            mode,
            passphrase,
            rounds=args.rounds,
            redraws=args.redraws,
            idle_s=args.idle,
            env=env,
            root=root,
            cold=not args.no_cold,
            pause_s=args.pause,
        )
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
    found = rows(summary)
    idle_runs = summary["runs"]["idle"]
    _say()
    _say(
        "Insights first open after idle (ms): "
        + ", ".join(f"{r['first_open_s'] * 1000:.0f}" for r in idle_runs)
        + "; reference first draw (ms): "
        + ", ".join(f"{r['first_draw_s'] * 1000:.0f}" for r in summary["runs"]["reference"])
    )
    _say(
        "Longest UI block while idle per round (ms): "
        + ", ".join(f"{r['idle_longest_block_s'] * 1000:.0f}" for r in idle_runs)
    )
    worst = max(idle_runs, key=lambda r: r["idle_longest_block_s"])
    _say(
        "  gaps over 17 ms in that round (ms @ s after idle began): "
        + (", ".join(f"{g * 1000:.0f} @ {at:.2f}" for g, at in worst["idle_gaps"]) or "none")
    )
    ref_px = summary["runs"]["reference"][0].get("canvas_px")
    _say(f"Chart canvas (px): in the app {summary['canvas_px']}, in the reference {ref_px}")
    print_rows(found)
    _say(f"Benchmark took {time.perf_counter() - begun:.0f} s.")
    if args.json:
        payload = {
            "years": args.years,
            "entries_per_day": args.entries_per_day,
            "mode": mode,
            **summary,
            "rows": [{**vars(r), "result": r.verdict} for r in found],
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(payload, indent=2, default=str) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
