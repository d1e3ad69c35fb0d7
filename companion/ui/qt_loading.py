"""Loading Qt for Python without its import hook.

When PySide6 loads, it puts a function of its own in place of Python's ``__import__``. The hook
serves PySide6's optional ``from __feature__ import ...`` switches (snake_case names and true
properties), which Companion does not use, and it examines every module imported after Qt,
which made each of those imports slower: the main window's modules by about a sixth (some
35 ms of the start-up), matplotlib's for Insights by about a fifth. :func:`load_qt` imports
Qt's modules and gives Python its own import back.

Import this module before anything imports PySide6 (``companion.app`` does, and the tests'
configuration does), so that it can keep Python's own import function aside.
"""

from __future__ import annotations

import builtins
import sys
from collections.abc import Callable
from typing import Any

_FEATURE_HOOK = "__feature_import__"


def _is_feature_hook(function: Callable[..., Any]) -> bool:
    return getattr(function, "__name__", "") == _FEATURE_HOOK


#: Python's own import function, kept while PySide6 is not loaded yet (None if it was).
_PYTHON_IMPORT: Callable[..., Any] | None = (
    None
    if "PySide6" in sys.modules or _is_feature_hook(builtins.__import__)
    else builtins.__import__
)


def load_qt() -> None:
    """Import QtCore, QtGui and QtWidgets, and take PySide6's import hook out again."""
    import PySide6.QtWidgets  # noqa: F401 (loads QtCore and QtGui too)

    if _PYTHON_IMPORT is not None and _is_feature_hook(builtins.__import__):
        builtins.__import__ = _PYTHON_IMPORT


def load_qt_core() -> None:
    """Import QtCore only (the command line: translations, settings and the locale, no
    windows) and take PySide6's import hook out again. QtGui and QtWidgets can still be
    imported later, by :func:`load_qt` or directly."""
    import PySide6.QtCore  # noqa: F401

    if _PYTHON_IMPORT is not None and _is_feature_hook(builtins.__import__):
        builtins.__import__ = _PYTHON_IMPORT


def hook_removed() -> bool:
    """Whether imports go through Python's own function (after :func:`load_qt`)."""
    return _PYTHON_IMPORT is not None and builtins.__import__ is _PYTHON_IMPORT
