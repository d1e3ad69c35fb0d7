"""Running slow work (key derivation, backups, imports) off the UI thread.

``run_in_background(fn, on_done, on_error, owner, on_cancel=...)`` is the one way to do it: it
runs ``fn`` on Qt's global thread pool and calls back on the UI thread with ``fn``'s result
(typed: ``on_done`` takes what ``fn`` returns), with the exception it raised, or, when it
stopped because the client cancelled (:class:`~companion.domain.errors.Cancelled`), with
nothing. Callbacks are dropped if their owner widget is gone. What the work commits is
announced to the views by the profile's change feed, as for any other write.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressBar

from companion.domain.errors import Cancelled

log = logging.getLogger(__name__)

T = TypeVar("T")


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:
            self._emit(self._relay.failed, exc)
        else:
            self._emit(self._relay.done, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            log.debug("background result dropped: its window is gone")


_alive: set[_Relay] = set()


def run_in_background(
    fn: Callable[[], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None],
    owner: QObject | None = None,
    on_cancel: Callable[[], None] | None = None,
) -> None:
    """Run ``fn()`` on a worker thread; ``on_done(result)``, ``on_cancel()`` (when ``fn``
    raised :class:`Cancelled` and ``on_cancel`` is given) or ``on_error(exc)`` then runs on
    the UI thread (only while ``owner``, when given, still exists)."""
    relay = _Relay(owner)
    _alive.add(relay)

    @Slot(object)
    def finished(result: T) -> None:
        _alive.discard(relay)
        on_done(result)

    @Slot(object)
    def failed(exc: object) -> None:
        _alive.discard(relay)
        assert isinstance(exc, BaseException)
        if isinstance(exc, Cancelled) and on_cancel is not None:
            on_cancel()
        else:
            on_error(exc)

    relay.done.connect(finished)
    relay.failed.connect(failed)
    QThreadPool.globalInstance().start(_Job(fn, relay))


def wait_for_background_work(timeout_ms: int = 30_000) -> bool:
    """Block until queued background jobs are finished (at exit and in tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


class ProgressWatch(QObject):
    """Progress and a cancel request shared with work on a worker thread.

    The worker calls :meth:`report` and :meth:`is_cancelled` (they only read or write plain
    attributes); a timer on the UI thread shows the progress in ``bar`` ten times a second.
    """

    def __init__(self, bar: QProgressBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bar = bar
        self._done_total = (0, 0)
        self._cancelled = False
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._show)

    def start(self, total: int = 0) -> None:
        """Begin watching: a busy bar until the first report (or ``total`` steps)."""
        self._done_total = (0, total)
        self._cancelled = False
        self._bar.setRange(0, total)
        self._bar.setValue(0)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._bar.setRange(0, 0)

    def report(self, done: int, total: int) -> None:
        """Called on the worker thread."""
        self._done_total = (done, total)

    def is_cancelled(self) -> bool:
        """Called on the worker thread."""
        return self._cancelled

    def cancel(self) -> None:
        self._cancelled = True

    def _show(self) -> None:
        done, total = self._done_total
        if total > 0:
            self._bar.setRange(0, total)
            self._bar.setValue(min(done, total))
