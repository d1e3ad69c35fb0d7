"""SIGKILL while an export is being written never leaves a torn file at the destination:
it is absent or a complete earlier version. Leftover temporary files are allowed (a killed
process cannot clean up) but never carry the destination's name."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from companion.durable_files import write_bytes_atomically
from tests.reliability.export_writer import is_complete

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL"),
]

REPO = Path(__file__).resolve().parents[2]
ROUNDS = int(os.environ.get("COMPANION_EXPORT_KILL_ROUNDS", "6"))


def test_sigkill_never_leaves_a_torn_export(tmp_path: Path) -> None:
    seed = int(os.environ.get("COMPANION_KILL_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    target = tmp_path / "summary.pdf"
    for round_number in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.export_writer", str(target)],
            cwd=REPO,
            stdout=subprocess.PIPE,
        )
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == b"ready", f"seed {seed}"
            time.sleep(rng.uniform(0.0, 0.6))
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
            if child.stdout is not None:
                child.stdout.close()
        if target.exists():
            assert is_complete(target.read_bytes()), f"torn file, round {round_number}, seed {seed}"
    # the destination name is never used for anything but complete files
    assert all(p.name == "summary.pdf" or p.name.endswith(".tmp") for p in tmp_path.iterdir())


def test_failed_write_removes_the_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.html"
    target.write_bytes(b"old")

    class Boom(Exception):
        pass

    real_replace = os.replace

    def failing_replace(src: str, dst: object) -> None:
        raise Boom

    os.replace = failing_replace  # type: ignore[assignment]
    try:
        with pytest.raises(Boom):
            write_bytes_atomically(target, b"new")
    finally:
        os.replace = real_replace
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.html"]


def test_write_bytes_atomically_replaces(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    write_bytes_atomically(target, b"one")
    write_bytes_atomically(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]
