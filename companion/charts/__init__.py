"""Pure chart builders: Insights data -> matplotlib ``Figure`` (no pyplot, no Qt), and the thin
Qt canvas adapter in :mod:`companion.charts.qt_canvas`.

Each chart module has ``build_<name>(data, theme, ...) -> Figure`` and ``table_<name>(data)
-> (headers, rows)``, the same numbers as text. Importing this package does not import
matplotlib; the chart modules do, so import them only when a chart is first needed.
"""

from __future__ import annotations

import os
import sys


def _keep_font_list() -> None:
    """In the packaged app, matplotlib's font list goes to Companion's cache folder.

    PyInstaller's start-up hook for matplotlib points it at a new temporary folder on every
    start (a one-file app unpacks to a new place each time); Companion is packaged as a
    folder that does not move, so matplotlib would only make its list of the computer's
    fonts again on every start (about a second, in the background, before Insights can
    draw). Set before matplotlib is imported: importing this package comes first."""
    if getattr(sys, "frozen", False):
        from companion.config import chart_cache_dir

        os.environ["MPLCONFIGDIR"] = str(chart_cache_dir())


_keep_font_list()
