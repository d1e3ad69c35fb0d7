"""Answering Qt's file dialogs in tests, as the client would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """The file dialog answers with ``target``; returns the titles it was opened with."""
    asked: list[str] = []

    def get_save_file_name(
        parent: Any, caption: str = "", directory: str = "", filter: str = "", *_: Any, **__: Any
    ) -> tuple[str, str]:
        asked.append(caption)
        return str(target), filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    return asked


def answer_folder_dialog(monkeypatch: pytest.MonkeyPatch, target: Path | None) -> list[str]:
    """The folder dialog answers with ``target`` (None: the client cancels); returns the
    titles it was opened with."""
    asked: list[str] = []

    def get_existing_directory(
        parent: Any, caption: str = "", directory: str = "", *_: Any, **__: Any
    ) -> str:
        asked.append(caption)
        return "" if target is None else str(target)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(get_existing_directory))
    return asked
