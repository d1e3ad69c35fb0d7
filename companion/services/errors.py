"""Errors the UI shows to the client as they are: their messages are written for people and
never contain journal text, keys or SQL."""

from __future__ import annotations

from companion.domain.errors import InvalidInput
from companion.security.errors import InvalidRecoveryKey, SecurityError, WrongSecret
from companion.storage.errors import StorageError


class ProfileError(Exception):
    """A problem the client can act on; the message is safe to show."""


class KeychainProblem(ProfileError):
    """The keychain could not give the key: the client can use the passphrase or the recovery
    key instead, and afterwards store the key in the keychain again."""


#: Every exception whose message can be shown to the client unchanged.
SHOWABLE_ERRORS: tuple[type[Exception], ...] = (
    ProfileError,
    SecurityError,
    StorageError,
    InvalidInput,
)

__all__ = [
    "SHOWABLE_ERRORS",
    "InvalidInput",
    "InvalidRecoveryKey",
    "KeychainProblem",
    "ProfileError",
    "SecurityError",
    "StorageError",
    "WrongSecret",
]
