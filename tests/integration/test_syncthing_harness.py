"""The Syncthing test harness itself: two real instances on this machine converge."""

from __future__ import annotations

import secrets
import socket
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import NetworkAccessAttempted
from tests.support.rest_courier import Courier
from tests.support.syncthing import SyncthingPair, iter_files, processes_mentioning

pytestmark = pytest.mark.syncthing


def test_a_file_written_on_a_appears_on_b(syncthing_pair: SyncthingPair) -> None:
    (syncthing_pair.folder("a") / "from-a.txt").write_bytes(b"written on a")

    synced = syncthing_pair.wait_for_file("b", "from-a.txt", content=b"written on a")

    assert synced.parent == syncthing_pair.folders["b"]


def test_a_file_written_on_b_appears_on_a(syncthing_pair: SyncthingPair) -> None:
    nested = syncthing_pair.folder("b") / "sub" / "from-b.bin"
    nested.parent.mkdir()
    nested.write_bytes(bytes(range(256)) * 64)

    syncthing_pair.wait_in_sync()

    assert (syncthing_pair.folder("a") / "sub" / "from-b.bin").read_bytes() == nested.read_bytes()


def _names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if not p.name.startswith(".st")}


def test_edits_made_while_both_are_offline_meet_after_resuming(
    syncthing_pair: SyncthingPair,
) -> None:
    syncthing_pair.pause("a")
    syncthing_pair.pause("b")
    (syncthing_pair.folder("a") / "offline-a.txt").write_text("a", encoding="utf-8")
    (syncthing_pair.folder("b") / "offline-b.txt").write_text("b", encoding="utf-8")
    syncthing_pair.scan("a")
    syncthing_pair.scan("b")
    # each side has indexed its own edit, and neither has seen the other's
    assert _names(syncthing_pair.folder("a")) == {"offline-a.txt"}
    assert _names(syncthing_pair.folder("b")) == {"offline-b.txt"}

    syncthing_pair.resume("a")
    syncthing_pair.resume("b")
    syncthing_pair.wait_in_sync()

    both = {"offline-a.txt", "offline-b.txt"}
    assert _names(syncthing_pair.folder("a")) == both
    assert _names(syncthing_pair.folder("b")) == both
    assert (syncthing_pair.folder("a") / "offline-b.txt").read_text(encoding="utf-8") == "b"


def test_the_index_holds_file_names_but_not_contents(syncthing_pair: SyncthingPair) -> None:
    """What a sync service keeps of a file: its name (and hashes), never the bytes inside;
    also shows that scanning a home for a canary can find something at all."""
    name_canary = f"name-canary-{secrets.token_hex(8)}"
    content_canary = f"content-canary-{secrets.token_hex(8)}".encode()
    (syncthing_pair.folder("a") / f"{name_canary}.txt").write_bytes(content_canary * 4)
    syncthing_pair.wait_in_sync()
    syncthing_pair.stop()  # flushes the index database to disk

    for side, home in syncthing_pair.homes.items():
        data = b"".join(path.read_bytes() for path in iter_files(home))
        assert name_canary.encode() in data, side
        assert content_canary not in data, side


def test_stop_leaves_no_process_behind(syncthing_pair: SyncthingPair) -> None:
    started = syncthing_pair.pids
    assert len(started) == 2
    # each instance is Syncthing's monitor plus the worker it starts
    running = processes_mentioning(str(syncthing_pair.root))
    assert set(started) < set(running)

    syncthing_pair.stop()

    assert syncthing_pair.killed == []  # both shut down when asked
    assert processes_mentioning(str(syncthing_pair.root)) == []
    assert not any(Path(f"/proc/{pid}/cmdline").exists() for pid in running)
    syncthing_pair.stop()  # stopping again is harmless


def test_the_network_guard_stays_whole(syncthing_pair: SyncthingPair) -> None:
    """The harness reaches Syncthing from a child process; in the test process even its own
    loopback port stays out of reach."""
    assert syncthing_pair.api("a", "GET", "/rest/system/ping") == {"ping": "pong"}
    port = urlsplit(syncthing_pair.rest_url("a")).port
    assert port is not None
    with pytest.raises(NetworkAccessAttempted):
        socket.create_connection(("127.0.0.1", port))


def test_the_courier_carries_only_loopback_requests() -> None:
    with pytest.raises(ValueError, match=r"127\.0\.0\.1"):
        Courier().request("GET", "http://example.org/", "key", None, timeout=1)
