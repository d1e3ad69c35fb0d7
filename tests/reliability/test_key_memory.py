"""After locking, the key and the passphrase are gone from the process's memory: a scan of
every readable page of the (still running) process finds neither the raw key, nor its hex
form (as sent in the key pragma), nor the passphrase."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from pathlib import Path

import pytest

from companion.config import ProfilePaths
from companion.security.keystore import KeyStore
from companion.services.profile import ProfileService
from tests.reliability.test_kill_during_writes import child_env
from tests.services.conftest import FAST

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc"),
]

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "memory scan passphrase 7f3a"


def scan(pid: int, needles: dict[str, bytes]) -> dict[str, int]:
    """How often each needle occurs in the readable memory of process ``pid``."""
    found = dict.fromkeys(needles, 0)
    overlap = max(len(n) for n in needles.values())
    with open(f"/proc/{pid}/maps") as maps, open(f"/proc/{pid}/mem", "rb", 0) as mem:
        for line in maps:
            fields = line.split()
            if "r" not in fields[1] or (len(fields) > 5 and fields[5] in ("[vvar]", "[vsyscall]")):
                continue
            low, high = (int(x, 16) for x in fields[0].split("-"))
            tail = b""
            for start in range(low, high, 1 << 22):
                try:
                    mem.seek(start)
                    chunk = tail + mem.read(min(1 << 22, high - start))
                except (OSError, ValueError):
                    break
                for name, needle in needles.items():
                    found[name] += chunk.count(needle)
                tail = chunk[-(overlap - 1) :]
    return found


@pytest.mark.parametrize("mode", ["headless", "window"])
def test_no_key_material_stays_in_memory_after_lock(tmp_path: Path, mode: str) -> None:
    paths = ProfilePaths(tmp_path / "profile")
    profile, _ = ProfileService(paths).create(
        use_keychain=False, passphrase=PASSPHRASE, params=FAST
    )
    profile.lock()
    key = KeyStore.load(paths.keystore).unlock_with_passphrase(PASSPHRASE)
    env = child_env(tmp_path / "home")
    env["QT_QPA_PLATFORM"] = "offscreen"
    args = [sys.executable, "-m", "tests.reliability.memory_child", str(paths.root)]
    if mode == "window":
        args.append("--window")
    child = subprocess.Popen(
        args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=REPO, env=env
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        child.stdin.write(PASSPHRASE + "\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "locked"
        found = scan(
            child.pid,
            {
                "raw key": key,
                "hex key": key.hex().encode(),
                "HEX KEY": key.hex().upper().encode(),
                "passphrase": PASSPHRASE.encode(),
                "passphrase (UTF-16)": PASSPHRASE.encode("utf-16-le"),
            },
        )
    finally:
        with contextlib.suppress(BrokenPipeError):
            child.stdin.write("\n")
            child.stdin.close()
        child.stdout.close()
        child.wait(timeout=30)
    assert found == dict.fromkeys(found, 0), found
