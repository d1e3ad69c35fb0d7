"""Tests for the OS keychain slot, against the in-memory keychain from conftest."""

from __future__ import annotations

import sys

import pytest
import secretstorage.exceptions
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend
from keyring.errors import InitError, PasswordSetError

from companion.config import KEYRING_SERVICE
from companion.security import keychain
from companion.security.errors import KeychainError, KeychainUnavailable
from companion.security.keychain import Keychain, is_trustworthy

# Taken at import time, before conftest replaces it for each test.
from companion.security.keychain import system_backend as real_system_backend
from tests.support.memory_keyring import MemoryKeyring

KEY = bytes(range(32))
ACCOUNT = "profile-test"


class _PlaintextFile(KeyringBackend):
    """Stands in for keyrings.alt's plaintext file backend."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        pass

    def delete_password(self, service: str, username: str) -> None:
        pass


_PlaintextFile.__module__ = "keyrings.alt.file"


class _DerivedFromPlaintext(_PlaintextFile):
    """A class from elsewhere built on an untrusted backend is still untrusted."""


class _Leaky(MemoryKeyring):
    """A backend whose errors repeat what it was asked to store."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError(f"could not store {password!r}")


class _Viable(MemoryKeyring):
    priority = 3


class _ZeroPriority(MemoryKeyring):
    priority = 0


class _RaisingPriorityMeta(type(KeyringBackend)):  # type: ignore[misc]
    @property
    def priority(cls) -> float:
        raise RuntimeError("The Secret Service daemon is neither running nor activatable")


class _Unreachable(MemoryKeyring, metaclass=_RaisingPriorityMeta):
    """A backend whose ``priority`` raises, as keyring's do when their service is missing."""


@pytest.fixture
def chain() -> Keychain:
    return Keychain.system()


def test_system_keychain_uses_the_replaceable_backend(memory_keyring: MemoryKeyring) -> None:
    assert Keychain.system().backend is memory_keyring


def test_store_then_load(chain: Keychain, memory_keyring: MemoryKeyring) -> None:
    chain.store(ACCOUNT, KEY)
    assert memory_keyring.items == {(KEYRING_SERVICE, ACCOUNT): KEY.hex()}
    assert chain.load(ACCOUNT) == KEY


def test_load_accepts_upper_case_hex(chain: Keychain, memory_keyring: MemoryKeyring) -> None:
    memory_keyring.items[(KEYRING_SERVICE, ACCOUNT)] = KEY.hex().upper()
    assert chain.load(ACCOUNT) == KEY


def test_store_refuses_a_key_of_the_wrong_size(chain: Keychain) -> None:
    with pytest.raises(ValueError):
        chain.store(ACCOUNT, b"short")


def test_load_missing_item_is_none(chain: Keychain) -> None:
    assert chain.load("profile-nobody") is None


def test_store_reads_back_and_refuses_a_mismatch(
    chain: Keychain, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.tamper_with = "00" * 32
    with pytest.raises(KeychainError) as info:
        chain.store(ACCOUNT, KEY)
    assert KEY.hex() not in str(info.value)


@pytest.mark.parametrize("stored", ["not hex at all", "ab" * 31, "ab" * 33, "zz" * 32, ""])
def test_a_value_that_is_not_a_key_loads_as_none(
    chain: Keychain, memory_keyring: MemoryKeyring, stored: str
) -> None:
    memory_keyring.items[(KEYRING_SERVICE, ACCOUNT)] = stored
    assert chain.load(ACCOUNT) is None


def test_a_value_that_is_not_text_loads_as_none(
    chain: Keychain, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    def undecodable(service: str, username: str) -> str | None:
        return b"\xff\xfe".decode("utf-8")  # what Secret Service does with non-UTF-8 bytes

    monkeypatch.setattr(memory_keyring, "get_password", undecodable)
    assert chain.load(ACCOUNT) is None


def test_locked_keychain_is_unavailable(chain: Keychain, memory_keyring: MemoryKeyring) -> None:
    chain.store(ACCOUNT, KEY)
    memory_keyring.locked = True
    with pytest.raises(KeychainUnavailable) as info:
        chain.load(ACCOUNT)
    assert "locked" in info.value.reason
    with pytest.raises(KeychainUnavailable):
        chain.store(ACCOUNT, KEY)
    with pytest.raises(KeychainUnavailable):
        chain.delete(ACCOUNT)


def test_init_errors_mean_unavailable(
    chain: Keychain, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(service: str, username: str) -> str | None:
        raise InitError("Failed to create the collection")

    monkeypatch.setattr(memory_keyring, "get_password", broken)
    with pytest.raises(KeychainUnavailable):
        chain.load(ACCOUNT)


def test_dbus_errors_are_wrapped(
    chain: Keychain, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(service: str, username: str) -> str | None:
        raise secretstorage.exceptions.SecretServiceNotAvailableException("no daemon")

    monkeypatch.setattr(memory_keyring, "get_password", broken)
    with pytest.raises(KeychainUnavailable) as info:
        chain.load(ACCOUNT)
    assert info.value.__cause__ is None


def test_errors_never_carry_the_key() -> None:
    leaky = Keychain(_Leaky())
    with pytest.raises(KeychainError) as info:
        leaky.store(ACCOUNT, KEY)
    assert KEY.hex() not in str(info.value)
    assert info.value.__cause__ is None
    assert info.value.__suppress_context__


def test_delete(chain: Keychain, memory_keyring: MemoryKeyring) -> None:
    chain.store(ACCOUNT, KEY)
    chain.delete(ACCOUNT)
    assert memory_keyring.items == {}
    assert chain.load(ACCOUNT) is None


def test_delete_missing_item_is_fine(chain: Keychain) -> None:
    chain.delete("profile-nobody")


def test_accounts_are_separate(chain: Keychain) -> None:
    other = bytes(32)
    chain.store("profile-a", KEY)
    chain.store("profile-b", other)
    assert chain.load("profile-a") == KEY
    assert chain.load("profile-b") == other


def test_descriptions() -> None:
    from keyring.backends import SecretService

    assert Keychain(SecretService.Keyring()).description.startswith("Secret Service")
    assert Keychain(MemoryKeyring()).description == "MemoryKeyring"


@pytest.mark.parametrize(
    "backend",
    [null.Keyring(), fail.Keyring(), _PlaintextFile(), _DerivedFromPlaintext()],
    ids=["null", "fail", "keyrings.alt", "subclass-of-keyrings.alt"],
)
def test_untrustworthy_backends(backend: KeyringBackend) -> None:
    assert not is_trustworthy(backend)


def test_memory_and_os_backends_are_trustworthy() -> None:
    from keyring.backends import SecretService, kwallet

    assert is_trustworthy(MemoryKeyring())
    assert is_trustworthy(SecretService.Keyring())
    assert is_trustworthy(kwallet.DBusKeyring())


def test_chainer_is_only_as_trustworthy_as_what_it_wraps(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ChainerBackend, "backends", [MemoryKeyring()])
    assert is_trustworthy(ChainerBackend())
    monkeypatch.setattr(ChainerBackend, "backends", [MemoryKeyring(), _PlaintextFile()])
    assert not is_trustworthy(ChainerBackend())
    monkeypatch.setattr(ChainerBackend, "backends", [])
    assert not is_trustworthy(ChainerBackend())


@pytest.mark.parametrize("backend", [null.Keyring(), _PlaintextFile()])
def test_system_refuses_untrustworthy_backends(
    monkeypatch: pytest.MonkeyPatch, backend: KeyringBackend
) -> None:
    monkeypatch.setattr(keychain, "system_backend", lambda: backend)
    with pytest.raises(KeychainUnavailable, match="unprotected"):
        Keychain.system()


def test_system_passes_on_a_missing_keychain(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing() -> KeyringBackend:
        raise KeychainUnavailable("No keychain here.")

    monkeypatch.setattr(keychain, "system_backend", missing)
    with pytest.raises(KeychainUnavailable, match="No keychain here"):
        Keychain.system()


def _here(name: str) -> tuple[str, str]:
    return (__name__, name)


def test_viability_follows_priority() -> None:
    assert keychain._viable(_Viable)
    assert not keychain._viable(_ZeroPriority)
    assert not keychain._viable(_Unreachable)


def test_real_selection_skips_backends_that_are_not_viable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        keychain,
        "_candidates",
        lambda: tuple(map(_here, ("_Unreachable", "_ZeroPriority", "_Missing", "_Viable"))),
    )
    assert isinstance(real_system_backend(), _Viable)


def test_real_selection_with_nothing_viable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keychain, "_candidates", lambda: (_here("_Unreachable"),))
    monkeypatch.setattr(sys, "platform", "linux")
    with pytest.raises(KeychainUnavailable) as info:
        real_system_backend()
    assert "GNOME Keyring or KWallet" in info.value.reason


def test_real_selection_on_an_unknown_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "sunos5")
    with pytest.raises(KeychainUnavailable, match="this kind of computer"):
        real_system_backend()


@pytest.mark.parametrize(
    ("platform", "expected"),
    [
        ("linux", ["keyring.backends.SecretService", "keyring.backends.kwallet"]),
        ("darwin", ["keyring.backends.macOS"]),
        ("win32", ["keyring.backends.Windows"]),
    ],
)
def test_backends_are_chosen_explicitly_per_os(
    monkeypatch: pytest.MonkeyPatch, platform: str, expected: list[str]
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    assert [module for module, _ in keychain._candidates()] == expected


def test_macos_and_windows_backends_are_not_viable_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """On Linux the real macOS and Windows backends say they cannot run; we must agree."""
    if sys.platform != "linux":
        pytest.skip("checks the non-native backends on Linux")
    for platform in ("darwin", "win32"):
        monkeypatch.setattr(sys, "platform", platform)
        with pytest.raises(KeychainUnavailable):
            real_system_backend()
