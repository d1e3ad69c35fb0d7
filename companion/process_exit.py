"""Ending the ``companion`` process once its work is done, without the slow part.

When the command (or the app's window) has finished, everything Companion writes is written:
every change is committed, the profile is locked, the files are closed. What is left is the
interpreter's own tidying up: freeing every object one by one, the window's widgets and Qt's
libraries included, which took about a tenth of a second after the window closed (more than
half as long as a bare Qt window takes to start). :func:`finish` runs the exit handlers that
were registered (logging's flush, temporary folders' removal, thread pools' joins), flushes the
standard streams and ends the process.

It ends the normal, slow way when something could still need the tidying: another thread
still running, or text Companion put on the clipboard, which Qt hands over to the desktop's
clipboard manager only as its application object is destroyed.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
import threading
from typing import NoReturn


def finish(code: int) -> NoReturn:
    """End the process with exit status ``code``."""
    if _needs_full_teardown():
        sys.exit(code)
    # The exit handlers Python would run: there is no public way to run them early.
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            with contextlib.suppress(OSError, ValueError):  # closed, or its reader left
                stream.flush()
    os._exit(code)


def _needs_full_teardown() -> bool:
    others = [t for t in threading.enumerate() if t is not threading.main_thread() and not t.daemon]
    return bool(others) or _owns_clipboard()


def _owns_clipboard() -> bool:
    gui = sys.modules.get("PySide6.QtGui")
    if gui is None:
        return False
    app = gui.QGuiApplication.instance()
    if app is None:
        return False
    clipboard = gui.QGuiApplication.clipboard()
    return bool(clipboard.ownsClipboard() or clipboard.ownsSelection())
