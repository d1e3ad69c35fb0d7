"""Moments of the start-up, written for the benchmarks.

With ``COMPANION_REPORT_PAINT=1`` in the environment, :func:`mark` writes one line
``<moment> <seconds since the epoch>`` to standard error (for example ``first-paint
1733280000.123456``), so that a benchmark that noted the time before it started the process
can tell how long each step took. Without it, nothing is written. Only names of moments are
written, never anything from the journal.
"""

from __future__ import annotations

import os
import sys
import time

_REPORTING = os.environ.get("COMPANION_REPORT_PAINT") == "1"


def mark(moment: str) -> None:
    """Note that the start-up reached ``moment`` (a fixed name such as ``ready``)."""
    if _REPORTING:
        # one write, so that lines from the unlocking thread and the window's never mix
        sys.stderr.write(f"{moment} {time.time():.6f}\n")
        sys.stderr.flush()
