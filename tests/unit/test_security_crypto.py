"""Tests for the cryptographic building blocks of the keystore."""

from __future__ import annotations

import unicodedata

import pytest

from companion.security.crypto import (
    KdfParams,
    derive_passphrase_key,
    derive_recovery_key,
    new_database_key,
    new_salt,
    open_sealed,
    seal,
)
from companion.security.errors import WrongSecret

CHEAP = KdfParams(memory_cost_kib=8, iterations=1, lanes=1)
SALT = bytes(range(16))


def test_kdf_defaults_follow_the_design() -> None:
    params = KdfParams()
    assert (params.memory_cost_kib, params.iterations, params.lanes) == (65536, 3, 4)


def test_kdf_params_round_trip_through_a_dict() -> None:
    params = KdfParams(memory_cost_kib=1024, iterations=2, lanes=2)
    assert params.to_dict() == {"memory_cost_kib": 1024, "iterations": 2, "lanes": 2}
    assert KdfParams.from_dict(params.to_dict()) == params


@pytest.mark.parametrize(
    "data",
    [
        {"memory_cost_kib": 64 * 1024 * 1024, "iterations": 3, "lanes": 4},  # 64 GiB
        {"memory_cost_kib": 65536, "iterations": 1_000_000, "lanes": 4},
        {"memory_cost_kib": 65536, "iterations": 3, "lanes": 4096},
        {"memory_cost_kib": 0, "iterations": 3, "lanes": 4},
        {"memory_cost_kib": 16, "iterations": 1, "lanes": 4},  # less than 8 KiB per lane
        {"memory_cost_kib": "65536", "iterations": 3, "lanes": 4},
        {"memory_cost_kib": 65536.0, "iterations": 3, "lanes": 4},
        {"memory_cost_kib": 65536, "iterations": True, "lanes": 4},
        {"memory_cost_kib": 65536, "iterations": 3},
        {"memory_cost_kib": 65536, "iterations": 3, "lanes": 4, "extra": 1},
    ],
)
def test_kdf_params_from_a_tampered_file_are_refused(data: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        KdfParams.from_dict(data)


def test_passphrase_key_is_deterministic_and_depends_on_everything() -> None:
    key = derive_passphrase_key("correct horse", SALT, CHEAP)
    assert len(key) == 32
    assert derive_passphrase_key("correct horse", SALT, CHEAP) == key
    assert derive_passphrase_key("correct horsE", SALT, CHEAP) != key
    assert derive_passphrase_key("correct horse", bytes(16), CHEAP) != key
    other = KdfParams(memory_cost_kib=16, iterations=1, lanes=1)
    assert derive_passphrase_key("correct horse", SALT, other) != key


def test_passphrase_is_nfc_normalized() -> None:
    composed = unicodedata.normalize("NFC", "café ñandú")
    decomposed = unicodedata.normalize("NFD", "café ñandú")
    assert composed != decomposed
    assert derive_passphrase_key(composed, SALT, CHEAP) == derive_passphrase_key(
        decomposed, SALT, CHEAP
    )


def test_short_salt_is_refused() -> None:
    with pytest.raises(ValueError):
        derive_passphrase_key("pw", b"short", CHEAP)
    with pytest.raises(ValueError):
        derive_recovery_key(bytes(20), b"short")


def test_recovery_wrapping_key_is_deterministic_per_salt() -> None:
    secret = bytes(range(20))
    key = derive_recovery_key(secret, SALT)
    assert len(key) == 32
    assert derive_recovery_key(secret, SALT) == key
    assert derive_recovery_key(secret, new_salt()) != key
    assert derive_recovery_key(bytes(20), SALT) != key


def test_seal_and_open_round_trip() -> None:
    wrapping_key = new_database_key()
    nonce, ciphertext = seal(b"the database key", wrapping_key, b"context")
    assert len(nonce) == 12
    assert b"the database key" not in ciphertext
    assert open_sealed(nonce, ciphertext, wrapping_key, b"context") == b"the database key"


def test_each_seal_uses_a_fresh_nonce() -> None:
    wrapping_key = new_database_key()
    first = seal(b"x" * 32, wrapping_key, b"")
    second = seal(b"x" * 32, wrapping_key, b"")
    assert first[0] != second[0]
    assert first[1] != second[1]


def test_open_fails_with_wrong_key_context_or_data() -> None:
    wrapping_key = new_database_key()
    nonce, ciphertext = seal(b"secret", wrapping_key, b"profile-a")
    with pytest.raises(WrongSecret):
        open_sealed(nonce, ciphertext, new_database_key(), b"profile-a")
    with pytest.raises(WrongSecret):
        open_sealed(nonce, ciphertext, wrapping_key, b"profile-b")
    flipped = bytes([ciphertext[0] ^ 1]) + ciphertext[1:]
    with pytest.raises(WrongSecret):
        open_sealed(nonce, flipped, wrapping_key, b"profile-a")


def test_wrong_secret_message_is_plain() -> None:
    wrapping_key = new_database_key()
    nonce, ciphertext = seal(b"secret", wrapping_key, b"")
    with pytest.raises(WrongSecret) as info:
        open_sealed(nonce, ciphertext, new_database_key(), b"")
    assert "try again" in str(info.value)
    assert info.value.__cause__ is None


def test_database_keys_are_random_32_bytes() -> None:
    keys = {new_database_key() for _ in range(20)}
    assert len(keys) == 20
    assert all(len(key) == 32 for key in keys)
