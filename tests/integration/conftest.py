"""Fixtures for integration tests that run real outside programs (here: Syncthing)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.syncthing import SyncthingPair, syncthing_binary


def require_syncthing() -> None:
    """Skip when the ``syncthing`` program is missing, except in CI (``COMPANION_CI=1``),
    which installs it, so there a missing program fails the test instead of hiding it."""
    if syncthing_binary() is not None:
        return
    reason = "the syncthing program is not installed (apt-get install syncthing)"
    if os.environ.get("COMPANION_CI") == "1":
        pytest.fail(f"{reason}; CI installs it, so this is a broken setup")
    pytest.skip(reason)


@pytest.fixture
def syncthing_pair(tmp_path: Path) -> Iterator[SyncthingPair]:
    """Two started Syncthing instances sharing one folder; both are stopped afterwards, also
    when the test fails."""
    require_syncthing()
    with SyncthingPair(tmp_path / "syncthing") as pair:
        pair.start()
        yield pair
