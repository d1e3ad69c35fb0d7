#!/usr/bin/env python3
"""The reference the chart targets are measured against: a plain matplotlib script.

    python benchmarks/mpl_reference.py [--redraws N] [--json] [--width W --height H]

It creates a QApplication (offscreen when there is no display), imports matplotlib's
``Figure`` and the QtAgg canvas (``FigureCanvasQTAgg``), makes a figure with three line series
of 430 points on a canvas widget, shows it and processes events until the canvas has painted
(the *first draw*); then it changes the data of the three lines, asks for a redraw and
processes events until the canvas has painted again (a *redraw*), ``--redraws`` times (default
1), and exits. Nothing of Companion is imported.

Two ways to use it, both with the same interpreter as what it is compared with:

* as a whole process (the default, no ``--json``): what a PDF export is compared with is the
  wall time of this script from start to exit, measured by the caller;
* in process: with ``--json`` it prints one line of JSON with its own timings: ``first_draw_s``
  (importing matplotlib and the canvas, building the figure, showing it and painting it; the
  QApplication already exists, as it does in the app when a chart is first shown),
  ``redraws_s`` (each redraw) and ``redraw_median_s``. Other benchmarks run it that way
  (:func:`run_reference`) or call :func:`measure` in a process of their own.

The canvas has the figure's default size (matplotlib's 6.4 x 4.8 inches at 100 dpi: 640 x 480
pixels, about the size of a chart in Companion's Insights area) unless ``--width``/``--height``
are given.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

#: Points per line and lines per figure, as the targets of issue 14 define the script.
POINTS = 430
LINES = 3
#: Give up waiting for a paint after this long (a broken platform plugin).
PAINT_TIMEOUT_S = 30.0

SCRIPT = Path(__file__).resolve()


def _series(seed: int) -> list[list[float]]:
    """Three random walks of POINTS values (deterministic for a seed; no numpy needed)."""
    import random

    rng = random.Random(seed)
    lines = []
    for line in range(LINES):
        value = 5.0 + line
        points = []
        for _ in range(POINTS):
            value = min(10.0, max(0.0, value + rng.uniform(-0.6, 0.6)))
            points.append(value)
        lines.append(points)
    return lines


def measure(
    redraws: int = 1, width: int | None = None, height: int | None = None
) -> dict[str, Any]:
    """Run the reference in this process; its timings in seconds.

    The QApplication is created first (timed separately, as ``qt_s``, not part of the first
    draw). The process must not have imported matplotlib yet, or the first draw is not cold.
    """
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    cold = "matplotlib" not in sys.modules
    started = time.perf_counter()
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    qt_s = time.perf_counter() - started

    # -- the first draw: import, build, show, paint ----------------------------------------
    first_started = started = time.perf_counter()
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    imported = time.perf_counter()

    class Canvas(FigureCanvasQTAgg):  # type: ignore[misc]
        """Counts its paints, so that the script knows when a draw is on screen."""

        paints = 0

        def paintEvent(self, event: Any) -> None:
            super().paintEvent(event)
            self.paints += 1

    def wait_for_paint(canvas: Canvas, seen: int) -> None:
        deadline = time.monotonic() + PAINT_TIMEOUT_S
        while canvas.paints <= seen:
            if time.monotonic() > deadline:
                raise RuntimeError("the reference canvas was never painted")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    x = list(range(POINTS))
    figure = Figure()
    axes = figure.add_subplot()
    lines = [axes.plot(x, ys, label=f"series {n + 1}")[0] for n, ys in enumerate(_series(0))]
    axes.set_xlabel("day")
    axes.set_ylabel("value")
    axes.set_ylim(0, 10)
    axes.legend(loc="upper left")
    canvas = Canvas(figure)
    if width and height:
        canvas.resize(width, height)
    canvas.show()
    wait_for_paint(canvas, 0)
    first_draw_s = time.perf_counter() - started

    # -- redraws: new data in the same lines, draw, paint ------------------------------------
    redraws_s = []
    for round_ in range(redraws):
        data = _series(round_ + 1)
        started = time.perf_counter()
        for line, ys in zip(lines, data, strict=True):
            line.set_ydata(ys)
        seen = canvas.paints
        canvas.draw_idle()
        wait_for_paint(canvas, seen)
        redraws_s.append(time.perf_counter() - started)
    size = [canvas.width(), canvas.height()]
    canvas.close()
    return {
        "cold": cold,
        "qt_s": qt_s,
        "first_draw_s": first_draw_s,
        "import_s": imported - first_started,  # of which importing matplotlib and the canvas
        "redraws_s": redraws_s,
        "redraw_median_s": statistics.median(redraws_s) if redraws_s else None,
        "canvas_px": size,
    }


def run_reference(
    python: str | None = None,
    *,
    redraws: int = 20,
    env: Mapping[str, str] | None = None,
    timeout: float = 120.0,
) -> dict[str, Any]:
    """Run this script in a new process with ``--json``; its timings, plus ``process_s``: the
    wall time of that process from start to exit as seen from here."""
    command = [python or sys.executable, str(SCRIPT), "--json", "--redraws", str(redraws)]
    started = time.perf_counter()
    done = subprocess.run(
        command,
        env=dict(env) if env is not None else None,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    process_s = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"the matplotlib reference failed ({done.returncode}):\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["process_s"] = process_s
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--redraws", type=int, default=1, help="redraws after the first (1)")
    parser.add_argument("--json", action="store_true", help="print the timings as JSON")
    parser.add_argument("--width", type=int, help="canvas width in pixels (the figure's)")
    parser.add_argument("--height", type=int, help="canvas height in pixels (the figure's)")
    args = parser.parse_args(argv)
    result = measure(max(0, args.redraws), args.width, args.height)
    if args.json:
        print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
