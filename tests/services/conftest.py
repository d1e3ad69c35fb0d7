from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.config import ProfilePaths
from companion.security.crypto import KdfParams
from companion.services.profile import ProfileService, UnlockedProfile

#: Cheap Argon2id settings so that tests run fast; production uses the defaults.
FAST = KdfParams(memory_cost_kib=64, iterations=1, lanes=1)


@pytest.fixture
def paths(profile_dir: Path) -> ProfilePaths:
    return ProfilePaths(profile_dir)


@pytest.fixture
def service(paths: ProfilePaths) -> ProfileService:
    return ProfileService(paths)


@pytest.fixture
def profile(service: ProfileService) -> Iterator[UnlockedProfile]:
    opened, _recovery = service.create(use_keychain=True, passphrase="correct horse", params=FAST)
    yield opened
    opened.lock()
