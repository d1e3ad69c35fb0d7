"""The errors the UI shows to the client as they are, in one place for the UI (which does not
reach storage): every one is a :class:`~companion.domain.errors.CompanionError`, whose message
is written for people and never contains journal text, keys or SQL."""

from __future__ import annotations

from companion.domain.errors import CompanionError, InvalidInput, NotFound
from companion.security.errors import InvalidRecoveryKey, SecurityError, WrongSecret
from companion.storage.errors import StorageError


class ProfileError(CompanionError):
    """A problem the client can act on; the message is safe to show."""


class KeychainProblem(ProfileError):
    """The keychain could not give the key: the client can use the passphrase or the recovery
    key instead, and afterwards store the key in the keychain again."""


__all__ = [
    "CompanionError",
    "InvalidInput",
    "InvalidRecoveryKey",
    "KeychainProblem",
    "NotFound",
    "ProfileError",
    "SecurityError",
    "StorageError",
    "WrongSecret",
]
