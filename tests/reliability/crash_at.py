"""Child process of the fault matrix: runs a ``companion`` command and kills itself with
SIGKILL just before its N-th file-system step.

    python -m tests.reliability.crash_at N -- ARGS...

The steps counted are the ones that make a change durable or visible: ``os.replace``,
``os.rename``, ``os.unlink``, ``os.rmdir`` and ``os.fsync``, wherever Companion calls them
from. With N = 0 nothing is killed and the number of steps is printed on standard error as
``steps K`` when the command ends, so the parent can spread its kills over all of them.
Standard input is passed on to the command (for ``--passphrase-stdin``).
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from typing import Any

_STEPS = ("replace", "rename", "unlink", "rmdir", "fsync")


def _install(kill_at: int) -> Callable[[], int]:
    count = 0

    def wrap(name: str) -> None:
        real = getattr(os, name)

        def step(*args: Any, **kwargs: Any) -> Any:
            nonlocal count
            count += 1
            if count == kill_at:
                sys.stdout.flush()
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*args, **kwargs)

        setattr(os, name, step)

    for name in _STEPS:
        wrap(name)
    return lambda: count


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[1] != "--":
        print("usage: python -m tests.reliability.crash_at N -- ARGS...", file=sys.stderr)
        return 2
    kill_at = int(argv[0])
    counted = _install(kill_at)
    from companion.cli.main import main as companion

    try:
        code = companion(argv[2:])
    finally:
        if kill_at == 0:
            print(f"steps {counted()}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
