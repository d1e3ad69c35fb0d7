"""Test conventions (docs/design.md §6): offscreen Qt, a temporary profile, an in-memory keyring and
no network, for every test."""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Qt as the app loads it: without PySide6's import hook (companion/ui/qt_loading.py).
from companion.ui.qt_loading import load_qt

load_qt()

from hypothesis import settings as _hypothesis_settings  # noqa: E402 (after Qt, above)

from tests.support.memory_keyring import MemoryKeyring  # noqa: E402

# CI runs the property-based tests on a fixed set of examples (derived from each test), so a
# run is repeatable and a red build always means a change broke something. Locally they draw
# new examples every run, to keep finding sequences nobody thought of.
_hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("COMPANION_CI"):
    _hypothesis_settings.load_profile("ci")


class NetworkAccessAttempted(AssertionError):
    """Raised when code under test tries to reach the network."""


def _refuse(*_args: object, **_kwargs: object) -> None:
    raise NetworkAccessAttempted("Companion must never open a network connection")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any IP connection or DNS lookup fails the test. Local (AF_UNIX) sockets stay usable,
    since D-Bus, which the OS keychain uses on Linux, runs over them."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def connect(self: socket.socket, address: object) -> None:
        if self.family == getattr(socket, "AF_UNIX", None):
            return real_connect(self, address)  # type: ignore[arg-type]
        _refuse()

    def connect_ex(self: socket.socket, address: object) -> int:
        if self.family == getattr(socket, "AF_UNIX", None):
            return real_connect_ex(self, address)  # type: ignore[arg-type]
        _refuse()
        return 1

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)


@pytest.fixture(autouse=True)
def memory_keyring(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MemoryKeyring | None]:
    """Every test gets a fresh in-memory OS keychain, except the ones marked ``keychain``,
    which talk to a real Secret Service."""
    if request.node.get_closest_marker("keychain"):
        yield None
        return
    backend = MemoryKeyring()
    from companion.security import keychain

    monkeypatch.setattr(keychain, "system_backend", lambda: backend)
    yield backend


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Default profile folder, temp folder and Qt settings all point into a temporary folder,
    so no test ever touches the real profile of whoever runs it."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    tmp = home / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    return home


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    """An empty folder for a profile."""
    path = tmp_path / "profile"
    path.mkdir()
    return path


@pytest.fixture
def computer_zone() -> Iterator[Callable[[str], None]]:
    """Put this process's clock in another time zone: ``computer_zone("America/New_York")``.

    Sets ``TZ`` and calls ``time.tzset()`` (Python's ``astimezone()`` and Qt's system zone
    both follow it); the zone before the test comes back afterwards."""
    before = os.environ.get("TZ")

    def use(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield use
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()
