"""The dependency rule of docs/architecture.md, checked at run time (import-linter checks it
statically)."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
import companion.services.profile, companion.services.journal, companion.services.demo_counseling
import companion.services.demo, companion.domain.journal, companion.domain.prompts
import companion.services.archive, companion.services.importing, companion.formats.archive
import companion.formats.importers.sources, companion.formats.importers.recognise
import companion.cli.main, companion.cli.self_test, companion.cli.demo_data
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
heavy = sorted(m for m in sys.modules
               if m.split(".")[0] in ("matplotlib", "alembic", "sqlalchemy"))
print(qt, heavy)
sys.exit(1 if qt or heavy else 0)
"""


def test_services_load_neither_qt_nor_heavy_libraries() -> None:
    """SQLAlchemy too is loaded only when something is first written (start-up time)."""
    result = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_cli_parses_without_importing_qt() -> None:
    code = (
        "import sys; from companion.cli.main import build_parser; build_parser(); "
        "sys.exit(1 if 'PySide6' in sys.modules else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], check=False, timeout=60)
    assert result.returncode == 0
