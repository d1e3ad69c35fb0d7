"""Small, fixed cryptographic building blocks for the keystore.

- Argon2id turns a passphrase into a wrapping key (slow on purpose).
- HKDF-SHA256 turns a recovery key, which is already random, into a wrapping key.
- AES-256-GCM wraps (seals) the database key with a wrapping key.

Nothing here touches the disk or keeps secrets around.
"""

from __future__ import annotations

import hmac
import secrets
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from companion.security.errors import WrongSecret
from companion.wipe import wipe

#: Length in bytes of the database key and of every wrapping key.
KEY_LENGTH = 32
#: Length in bytes of an AES-GCM nonce.
NONCE_LENGTH = 12
#: Length in bytes of a fresh salt.
SALT_LENGTH = 16
#: Smallest and largest salt accepted from a keystore file.
MIN_SALT_LENGTH = 16
MAX_SALT_LENGTH = 64

#: Limits on Argon2id parameters read from a file, so a tampered keystore cannot make the app
#: allocate gigabytes of memory or spin for minutes.
MIN_MEMORY_KIB = 8
MAX_MEMORY_KIB = 1024 * 1024  # 1 GiB
MIN_ITERATIONS = 1
MAX_ITERATIONS = 20
MIN_LANES = 1
MAX_LANES = 16

_RECOVERY_INFO = b"companion recovery key wrapping v1"
#: Key of the HMAC that turns a passphrase into Argon2id's input (see derive_passphrase_key).
_PASSPHRASE_INPUT_LABEL = b"companion passphrase input v2"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost settings. The defaults follow current guidance for interactive use."""

    memory_cost_kib: int = 65536
    iterations: int = 3
    lanes: int = 4

    def __post_init__(self) -> None:
        _check_int("memory_cost_kib", self.memory_cost_kib, MIN_MEMORY_KIB, MAX_MEMORY_KIB)
        _check_int("iterations", self.iterations, MIN_ITERATIONS, MAX_ITERATIONS)
        _check_int("lanes", self.lanes, MIN_LANES, MAX_LANES)
        if self.memory_cost_kib < 8 * self.lanes:
            raise ValueError("Argon2id needs at least 8 KiB of memory per lane")

    def to_dict(self) -> dict[str, int]:
        """The parameters as plain JSON-ready values."""
        return {
            "memory_cost_kib": self.memory_cost_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> KdfParams:
        """Read parameters written by :meth:`to_dict`; raises ValueError if anything is off."""
        expected = {"memory_cost_kib", "iterations", "lanes"}
        if not isinstance(data, Mapping) or set(data) != expected:
            raise ValueError("Argon2id parameters are incomplete or have unknown fields")
        return cls(
            memory_cost_kib=data["memory_cost_kib"],
            iterations=data["iterations"],
            lanes=data["lanes"],
        )


def _check_int(name: str, value: object, low: int, high: int) -> None:
    # bool is a subclass of int; a flag is never a valid cost.
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"Argon2id {name} must be a whole number")
    if not low <= value <= high:
        raise ValueError(f"Argon2id {name} must be between {low} and {high}")


def _check_salt(salt: bytes) -> None:
    if not MIN_SALT_LENGTH <= len(salt) <= MAX_SALT_LENGTH:
        raise ValueError(f"a salt must be {MIN_SALT_LENGTH} to {MAX_SALT_LENGTH} bytes")


def new_salt() -> bytes:
    """A fresh random salt."""
    return secrets.token_bytes(SALT_LENGTH)


def new_database_key() -> bytes:
    """A fresh random 32-byte key for the database."""
    return secrets.token_bytes(KEY_LENGTH)


def derive_passphrase_key(
    passphrase: str, salt: bytes, params: KdfParams, *, hashed_input: bool = True
) -> bytes:
    """Stretch a passphrase into a 32-byte wrapping key with Argon2id.

    The passphrase is NFC-normalized first, so the same visible text typed on different
    systems (composed or decomposed accents) gives the same key. With ``hashed_input`` (every
    slot written since keystore version 2) Argon2id is given an HMAC-SHA256 of the passphrase
    rather than the passphrase itself: the Argon2id implementation leaves a copy of its input
    in memory that Companion cannot clear, and that copy then does not reveal the passphrase
    (which a client may use elsewhere too). Slots from version 1 take the passphrase as it is.
    """
    _check_salt(salt)
    normalized = unicodedata.normalize("NFC", passphrase)
    encoded = normalized.encode("utf-8")
    if hashed_input:
        raw = encoded
        encoded = hmac.digest(_PASSPHRASE_INPUT_LABEL, raw, "sha256")
        wipe(raw)
    kdf = Argon2id(
        salt=salt,
        length=KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_cost_kib,
    )
    try:
        return kdf.derive(encoded)
    finally:
        # our own copies of the passphrase (the caller's string is the caller's to clear)
        wipe(encoded)
        if normalized is not passphrase:
            wipe(normalized)


def derive_recovery_key(secret: bytes, salt: bytes) -> bytes:
    """Turn the 20 random bytes of a recovery key into a 32-byte wrapping key (HKDF-SHA256).

    A slow KDF is not needed here: the recovery key has 160 bits of entropy.
    """
    _check_salt(salt)
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_LENGTH, salt=salt, info=_RECOVERY_INFO)
    return hkdf.derive(secret)


def seal(plaintext: bytes | bytearray, wrapping_key: bytes, aad: bytes) -> tuple[bytes, bytes]:
    """Encrypt and authenticate ``plaintext`` with AES-256-GCM under a fresh random nonce.

    ``aad`` is authenticated but not encrypted; the same value must be given to
    :func:`open_sealed`. Returns ``(nonce, ciphertext)``.
    """
    if len(wrapping_key) != KEY_LENGTH:
        raise ValueError("a wrapping key must be 32 bytes")
    nonce = secrets.token_bytes(NONCE_LENGTH)
    return nonce, AESGCM(wrapping_key).encrypt(nonce, plaintext, aad)


def open_sealed(nonce: bytes, ciphertext: bytes, wrapping_key: bytes, aad: bytes) -> bytes:
    """Undo :func:`seal`. Raises :class:`WrongSecret` if the key, nonce, data or ``aad``
    do not match what was sealed."""
    if len(wrapping_key) != KEY_LENGTH:
        raise ValueError("a wrapping key must be 32 bytes")
    if len(nonce) != NONCE_LENGTH:
        raise ValueError("a nonce must be 12 bytes")
    try:
        return AESGCM(wrapping_key).decrypt(nonce, ciphertext, aad)
    except InvalidTag:
        raise WrongSecret() from None
