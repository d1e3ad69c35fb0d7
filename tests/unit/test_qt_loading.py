"""Qt loads without PySide6's import hook (companion/ui/qt_loading.py), in the app and here."""

from __future__ import annotations

import builtins
import os
import subprocess
import sys

from companion.ui import qt_loading


def test_the_tests_run_with_qt_loaded_as_the_app_loads_it() -> None:
    import PySide6

    assert PySide6.__name__ in sys.modules
    assert qt_loading.hook_removed()
    assert builtins.__import__.__name__ == "__import__"


def test_loading_qt_gives_python_its_own_import_back_and_qt_still_works() -> None:
    script = (
        "import builtins, sys\n"
        "from companion.ui.qt_loading import load_qt, hook_removed\n"
        "before = builtins.__import__\n"
        "load_qt()\n"
        "assert builtins.__import__ is before, builtins.__import__\n"
        "assert hook_removed()\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "from PySide6.QtCore import Qt\n"
        "app = QApplication([])\n"
        "label = QLabel('x')\n"
        "label.setAlignment(Qt.AlignmentFlag.AlignCenter)\n"
        "import json\n"  # an import after Qt goes through Python's own function
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
