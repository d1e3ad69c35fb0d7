"""Tests for the package as a whole: what it exports and what it pulls in."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import companion.security as security


def test_main_names_are_exported() -> None:
    for name in security.__all__:
        assert hasattr(security, name), name
    assert "system_backend" not in security.__all__  # always reach it through the module


def test_importing_does_not_load_qt_or_keyring() -> None:
    code = (
        "import sys, companion.security; "
        "bad = [m for m in ('PySide6', 'shiboken6', 'keyring') if m in sys.modules]; "
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.stdout.strip() == ""
