"""Ending the process quickly once its work is done (companion/process_exit.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from companion import process_exit


def _run(script: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
    )


def test_finish_runs_the_exit_handlers_flushes_and_keeps_the_status(tmp_path: Path) -> None:
    result = _run(
        """
        import atexit, sys, tempfile, pathlib
        from companion.process_exit import finish
        atexit.register(lambda: pathlib.Path("handler-ran").write_text("yes"))
        folder = tempfile.TemporaryDirectory(dir=".")  # removed by its exit-time finalizer
        pathlib.Path("folder").write_text(folder.name)
        sys.stdout.write("written without a newline")  # still in the buffer
        finish(7)
        """,
        tmp_path,
    )
    assert result.returncode == 7, result.stderr
    assert result.stdout == "written without a newline"
    assert (tmp_path / "handler-ran").read_text() == "yes"
    assert not Path(tmp_path, (tmp_path / "folder").read_text()).exists()


def test_a_running_thread_gets_the_normal_exit_which_waits_for_it(tmp_path: Path) -> None:
    result = _run(
        """
        import pathlib, threading, time
        from companion.process_exit import finish
        def work():
            time.sleep(0.3)
            pathlib.Path("thread-done").write_text("yes")
        threading.Thread(target=work).start()
        finish(0)
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "thread-done").read_text() == "yes"


def test_without_qt_or_other_threads_nothing_needs_the_slow_exit() -> None:
    assert process_exit._needs_full_teardown() is False
