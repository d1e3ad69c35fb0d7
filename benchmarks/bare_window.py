"""The baseline for the start-up benchmark: an empty PySide6 main window, shown and closed.

Run by ``benchmarks/run.py`` as a separate process with the same interpreter, so that its wall
time (interpreter start, Qt import, QApplication, first window exposed) can be compared with
``companion --exit-when-ready`` measured in the same run. Exits 0 once the window has been
exposed and closed, 3 if it never became exposed.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QMainWindow

#: Give up if the window is not exposed after this many seconds (a broken platform plugin).
EXPOSE_TIMEOUT_S = 20.0


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare PySide6 window")
    window.resize(1100, 720)  # the size Companion's main window starts with
    window.show()
    deadline = time.monotonic() + EXPOSE_TIMEOUT_S
    while True:
        handle = window.windowHandle()
        if handle is not None and handle.isExposed():
            break
        if time.monotonic() > deadline:
            return 3
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
