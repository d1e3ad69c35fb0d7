"""Getting the charts ready in the background: soon after the window is ready (once the
start-up's own background work is done), matplotlib, its Qt canvas and the chart modules
are imported on a worker thread, and matplotlib's font list is loaded there, so that
opening Insights only builds and draws.

Only modules are imported there: no Qt widget (or any other Qt object) is made off the UI
thread, and nothing is drawn.

Python's cyclic garbage collector is kept from stopping the UI thread meanwhile. A full
collection looks at every object the app has made, with Python's lock held, so the UI
thread waits for it whichever thread it runs on; importing is what sets one off (many new
objects), and on a 10-year journal one took 55-105 ms. So the objects the start-up made are
put out of the collector's sight when the window is ready (``gc.freeze()``: they live as
long as the window does, and none is garbage then), which makes a collection during the
start-up's background work short; while the charts are imported the collector is paused,
and what the import made is put out of its sight too.

If anything fails (matplotlib missing or broken), the warm-up is given up quietly and
Insights imports what it needs when it is opened, as before.
It is started by :meth:`companion.ui.main_window.MainWindow.start` only when asked (the app
asks unless it runs with ``--exit-when-ready``; tests ask when they test it).
"""

from __future__ import annotations

import gc
import importlib
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from companion.ui.tasks import run_in_background

log = logging.getLogger(__name__)

#: How long after the window is ready the warm-up looks whether it may begin (ms): once the
#: start-up's own background work is done, well before a client has found Insights.
IDLE_MS = 500

#: While other background work runs, the warm-up looks again after WAIT_MS, WAITS times
#: at most (then it begins anyway).
WAIT_MS = 250
WAITS = 40

#: What is imported, in this order (the view's own imports come along with the charts).
MODULES = (
    "companion.charts",  # first: where matplotlib keeps its font list
    "matplotlib",
    "matplotlib.figure",
    "matplotlib.dates",
    "matplotlib.backends.backend_agg",
    "matplotlib.backends.backend_qtagg",
    "companion.charts.common",
    "companion.charts.relationship",
    "companion.charts.latest",
    "companion.charts.mood",
    "companion.charts.journaling",
    "companion.charts.goals",
    "companion.charts.alongside",
    "companion.charts.qt_canvas",
)


def import_charts(modules: tuple[str, ...] = MODULES) -> str:
    """Import ``modules`` and load matplotlib's font list (on a worker thread), without
    garbage collections; returns the name of the thread it ran on."""
    with collections_paused():
        for name in modules:
            importlib.import_module(name)
        if "matplotlib" in modules:
            from matplotlib import font_manager

            font_manager.findfont(font_manager.FontProperties())  # the default font, looked up
    return threading.current_thread().name


@contextmanager
def collections_paused() -> Iterator[None]:
    """No garbage collection while this is open (in any thread: the collector is one for the
    process); afterwards what was made meanwhile is put out of the collector's sight (modules
    live as long as the app) and the collector runs again, if it ran before."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


class ChartWarmUp(QObject):
    """Imports the chart modules on a worker thread after ``idle_ms``; ``finished`` says
    whether that worked."""

    finished = Signal(bool)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        idle_ms: int = IDLE_MS,
        work: Callable[[], str] = import_charts,
    ) -> None:
        super().__init__(parent)
        # made when the window is ready: what the start-up made stays (module docstring)
        gc.freeze()
        self._work = work
        #: the worker thread's name once the work is done; None before (or when it failed)
        self.ran_on: str | None = None
        self.failed = False
        #: True once the work has been handed to a worker thread
        self.began = False
        self._waits = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._begin)
        self._timer.start(idle_ms)

    def started(self) -> bool:
        """Whether the wait for the window to be idle is over (the work may still wait
        for other background work to end)."""
        return self.began or (not self._timer.isActive() and self._waits == 0)

    def _begin(self) -> None:
        # after the start-up's own background work (preparing storage, the daily backup):
        # three threads taking turns at Python's lock make the UI thread wait longest
        if QThreadPool.globalInstance().activeThreadCount() and self._waits < WAITS:
            self._waits += 1
            self._timer.start(WAIT_MS)
            return
        self.began = True
        run_in_background(self._work, self._done, self._failed, owner=self)

    def _done(self, thread_name: str) -> None:
        self.ran_on = thread_name
        self.finished.emit(True)

    def _failed(self, exc: BaseException) -> None:
        # Insights imports what it needs when opened; say only what kind of failure it was
        log.warning("getting the charts ready failed: %s", type(exc).__name__)
        self.failed = True
        self.finished.emit(False)
