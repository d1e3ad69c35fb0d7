"""Against a real Secret Service (e.g. gnome-keyring inside dbus-run-session).

Run with (a fresh HOME, so gnome-keyring creates a new login keyring with this password)::

    HOME=$(mktemp -d) dbus-run-session -- bash -c 'echo -n x | gnome-keyring-daemon \\
        --unlock --components=secrets >/dev/null; COMPANION_TEST_SECRET_SERVICE=1 \\
        pytest tests/unit/test_keychain_secret_service.py'
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

from companion.security import keychain
from companion.security.crypto import new_database_key
from companion.security.keychain import Keychain, is_trustworthy

pytestmark = [
    pytest.mark.keychain,
    pytest.mark.skipif(
        os.environ.get("COMPANION_TEST_SECRET_SERVICE") != "1",
        reason="needs a real Secret Service; set COMPANION_TEST_SECRET_SERVICE=1 to run",
    ),
]

SERVICE = "Companion journal key (test)"


@pytest.fixture(autouse=True)
def default_collection_is_unlocked() -> None:
    """Fail clearly (and before keyring leaks a D-Bus connection) if the keyring is locked.

    gnome-keyring's ``--unlock`` only opens a login keyring made with the same password, so
    an old ~/.local/share/keyrings/login.keyring can leave it locked: run with a fresh HOME.
    """
    from contextlib import closing

    import secretstorage

    with closing(secretstorage.dbus_init()) as connection:
        if secretstorage.get_default_collection(connection).is_locked():
            pytest.fail("the default Secret Service collection is locked; see the module doc")


@pytest.fixture
def account() -> str:
    return f"profile-test-{uuid.uuid4().hex}"


@pytest.fixture
def secret_service() -> Iterator[Keychain]:
    from keyring.backends import SecretService

    yield Keychain(SecretService.Keyring(), service=SERVICE)


def _round_trip(chain: Keychain, account: str) -> None:
    key = new_database_key()
    chain.store(account, key)
    try:
        assert chain.load(account) == key
        replacement = new_database_key()
        chain.store(account, replacement)  # replaces, never duplicates
        assert chain.load(account) == replacement
    finally:
        chain.delete(account)
    assert chain.load(account) is None
    chain.delete(account)  # deleting again is fine


def test_secret_service_round_trip(secret_service: Keychain, account: str) -> None:
    assert secret_service.description.startswith("Secret Service")
    _round_trip(secret_service, account)


def test_system_backend_is_the_secret_service(account: str) -> None:
    from keyring.backends import SecretService

    backend = keychain.system_backend()  # not replaced for tests marked "keychain"
    assert isinstance(backend, SecretService.Keyring)
    assert is_trustworthy(backend)
    chain = Keychain.system()
    assert chain.description.startswith("Secret Service")
    _round_trip(Keychain(chain.backend, service=SERVICE), account)
