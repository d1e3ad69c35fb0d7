"""Work done in small steps on the UI thread while the client is not doing anything.

A job is a generator: each ``next()`` is one step, short enough not to be felt (tens of
milliseconds), and the event loop runs between two steps, so that a key press or a click is
handled before the next one. :meth:`IdleSteps.start` begins after a quiet delay;
:meth:`IdleSteps.cancel` (or a new :meth:`start`) drops what was not done. A step that fails
ends its job quietly (logged by type only): what is done ahead is never needed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

Job = Generator[None, None, None]


class IdleSteps(QObject):
    """Runs the jobs a factory makes, one step at a time, ``gap_ms`` apart, beginning
    ``delay_ms`` after :meth:`start`."""

    def __init__(
        self,
        jobs: Callable[[], list[Job]],
        *,
        delay_ms: int,
        gap_ms: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_jobs = jobs
        self._gap_ms = gap_ms
        self._jobs: list[Job] = []
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(delay_ms)
        self._delay.timeout.connect(self._begin)
        self._next = QTimer(self)
        self._next.setSingleShot(True)
        self._next.setInterval(gap_ms)
        self._next.timeout.connect(self._step)
        #: steps run so far (tests)
        self.steps = 0

    def start(self) -> None:
        """Drop what was waiting and begin again after the delay."""
        self.cancel()
        self._delay.start()

    def cancel(self) -> None:
        self._delay.stop()
        self._next.stop()
        for job in self._jobs:
            job.close()
        self._jobs = []

    def busy(self) -> bool:
        return self._delay.isActive() or bool(self._jobs)

    def _begin(self) -> None:
        self._jobs = self._make_jobs()
        if self._jobs:
            self._next.start()

    def _step(self) -> None:
        if not self._jobs:
            return
        job = self._jobs[0]
        self.steps += 1
        try:
            next(job)
        except StopIteration:
            self._jobs.pop(0)
        except Exception as exc:  # work done ahead is never needed: give it up quietly
            log.warning("work done ahead failed: %s", type(exc).__name__)
            self._jobs.pop(0)
        if self._jobs:
            self._next.start()
