"""Errors nobody expected: logged by type and place, answered with a calm message.

:func:`install` replaces ``sys.excepthook`` (an exception in a slot or event handler lands
there, and Qt goes on) and ``threading.excepthook`` (worker threads). The log gets the
exception's type and the frames it passed through (module, function, line), never its message
or arguments: they can quote what the client wrote. Python's own traceback, which prints the
message, is not printed. The client sees one message box at a time, with no traceback: what
was saved is safe, what to do next and where the log is.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("companion.unexpected")

LOG_FILE_NAME = "companion.log"
_LOG_BYTES = 512 * 1024


def default_log_dir() -> Path:
    """Where Companion keeps its log (platformdirs' per-user log folder)."""
    from platformdirs import user_log_dir

    from companion.config import APP_NAME

    return Path(user_log_dir(APP_NAME, appauthor=False))


def _tr(text: str) -> str:
    return QCoreApplication.translate("UnexpectedError", text)


def places(tb: TracebackType | None) -> list[str]:
    """The frames an exception passed through, outermost first, as ``module.function:line``
    (no source text, no locals)."""
    found = []
    for frame, line in traceback.walk_tb(tb):
        module = frame.f_globals.get("__name__", "?")
        found.append(f"{module}.{frame.f_code.co_name}:{line}")
    return found


def describe(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """The log line for an exception: its type and where it happened, never its message."""
    where = places(tb)
    innermost = where[-1] if where else "unknown place"
    path = " > ".join(where[-8:])
    return f"unexpected {exc_type.__module__}.{exc_type.__qualname__} at {innermost} ({path})"


class _OnFirstRecord(logging.Handler):
    """Makes the log file (and imports the file handler) on the first warning, not while
    Companion starts: most runs log nothing."""

    def __init__(self, make: Callable[[], logging.Handler | None]) -> None:
        super().__init__(logging.WARNING)
        self._make: Callable[[], logging.Handler | None] | None = make
        self._inner: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._make is not None:
            make, self._make = self._make, None
            self._inner = make()
        if self._inner is not None:
            self._inner.handle(record)

    def close(self) -> None:
        if self._inner is not None:
            self._inner.close()
        super().close()


class UnexpectedErrors(QObject):
    """The installed hooks and the one message box they show."""

    _report = Signal()

    def __init__(self, log_dir: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._log_dir = log_dir
        self.box: QMessageBox | None = None
        self._handler: logging.Handler | None = None
        self._previous_hook: Callable[..., Any] | None = None
        self._previous_thread_hook: Callable[..., Any] | None = None
        # a worker thread reports here; the box is shown on the UI thread
        self._report.connect(self.show_message, Qt.ConnectionType.QueuedConnection)

    @property
    def log_dir(self) -> Path:
        """The log's folder (found when first needed: platformdirs is not loaded at start)."""
        if self._log_dir is None:
            self._log_dir = default_log_dir()
        return self._log_dir

    @property
    def log_file(self) -> Path:
        return self.log_dir / LOG_FILE_NAME

    # -- installing -------------------------------------------------------------------------

    def install(self) -> None:
        self._handler = _OnFirstRecord(self._file_handler)
        logging.getLogger("companion").addHandler(self._handler)
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        if self._previous_thread_hook is not None:
            threading.excepthook = self._previous_thread_hook
        if self._handler is not None:
            logging.getLogger("companion").removeHandler(self._handler)
            self._handler.close()
            self._handler = None

    def _file_handler(self) -> logging.Handler | None:
        """A small log file only the client can read (folder 0700, file 0600)."""
        try:
            self.log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.chmod(self.log_dir, 0o700)
            fd = os.open(self.log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            os.close(fd)
            os.chmod(self.log_file, 0o600)
            from logging.handlers import RotatingFileHandler

            handler = RotatingFileHandler(
                self.log_file, maxBytes=_LOG_BYTES, backupCount=1, encoding="utf-8"
            )
        except OSError:
            return None  # no log file: the log still goes to standard error
        handler.setLevel(logging.WARNING)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        return handler

    # -- the hooks --------------------------------------------------------------------------

    def excepthook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, (KeyboardInterrupt, SystemExit)):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self._log(exc_type, tb)
        self._report.emit()

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        self._log(args.exc_type, args.exc_traceback)
        self._report.emit()

    def _log(self, exc_type: type[BaseException], tb: TracebackType | None) -> None:
        with contextlib.suppress(Exception):  # the hook itself must never fail
            log.error("%s", describe(exc_type, tb))

    # -- the message ------------------------------------------------------------------------

    def show_message(self) -> None:
        """One calm message box at a time."""
        if self.box is not None and self.box.isVisible():
            return
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        parent = app.activeWindow()
        box = QMessageBox(parent if isinstance(parent, QWidget) else None)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("Something went wrong"))
        box.setText(
            _tr(
                "Something went wrong inside Companion, but your journal is safe: everything "
                "already saved is kept, and what you were typing is kept where possible."
            )
        )
        box.setInformativeText(
            _tr(
                "Please try again. If this keeps happening, restart Companion. A note of "
                "where it happened (never what you wrote) is in %1."
            ).replace("%1", str(self.log_file))
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.destroyed.connect(self._forget_box)
        self.box = box
        box.show()

    def _forget_box(self, *_args: object) -> None:
        self.box = None


_installed: UnexpectedErrors | None = None


def install(app: QApplication, log_dir: Path | None = None) -> UnexpectedErrors:
    """Catch unexpected errors for the rest of the run (once)."""
    global _installed
    if _installed is None:
        _installed = UnexpectedErrors(log_dir, app)
        _installed.install()
    return _installed


def uninstall() -> None:
    global _installed
    if _installed is not None:
        _installed.uninstall()
        _installed.deleteLater()
        _installed = None
