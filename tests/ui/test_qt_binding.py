"""The Qt binding itself: calls that return nothing must not steal a reference to None.

PySide6 6.12.0 on Python 3.11 does: every such call (``show``, ``setText``,
``processEvents``…) lowers None's reference count by one, and a running app aborts after a
few thousand of them with "deallocating None". pyproject.toml keeps that version out; this
test fails if a version with the same fault is installed.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_calls_that_return_nothing_keep_none_alive(qapp: QApplication) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        label.setEnabled(True)
        qapp.processEvents()
    assert sys.getrefcount(None) - before > -100
    label.deleteLater()
