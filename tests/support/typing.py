"""Typing multi-line text with qtbot (QTest cannot type a newline character directly)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    for i, line in enumerate(text.split("\n")):
        if i:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(widget, line)
