"""Companion's command line: the app by default, plus headless commands for scripts,
benchmarks and packaging checks.

    main.py             the one parser, built in one place, and ``main()``
    language.py         the language the command line speaks (``--language``, Settings, the
                        system) and argparse speaking it
    profile_options.py  ``--data-dir``/``--passphrase-stdin``, declared once, and opening the
                        profile they name
    passphrase.py       the one reader of a secret on standard input
    demo_data.py, self_test.py, backup.py (backup, restore, export archive), importing.py
    (with calendar_import.py), summary.py   one module per command: its parser and its run

Only this package reads standard input or prints a command's output; the services and
exports below it are handed what they need (nothing there imports ``companion.cli``).
Heavy imports (Qt, SQLAlchemy) happen inside the commands that need them.
"""

from __future__ import annotations

import sys


def fail(message: str) -> int:
    """Say ``message`` on standard error as the command's last word; exit status 1."""
    print(f"companion: {message}", file=sys.stderr)
    return 1
