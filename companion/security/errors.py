"""The errors the security package raises.

Every message here may be shown to the user as it is, so each one is plain and kind, and
none ever contains a key, a passphrase or a recovery key.
"""

from __future__ import annotations

from companion.domain.errors import CompanionError
from companion.domain.wording import mark, tr

_WRONG_SECRET = mark(
    "security.errors", "That did not unlock your journal. Please check it and try again."
)


class SecurityError(CompanionError):
    """Base class for everything that can go wrong while locking or unlocking a journal."""


class WrongSecret(SecurityError):
    """The passphrase or recovery key does not unlock this journal."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message if message is not None else tr("security.errors", _WRONG_SECRET))


class InvalidRecoveryKey(SecurityError, ValueError):
    """The text cannot be a recovery key at all (wrong length or characters).

    The message says what is wrong, so the person can fix a typo.
    """


class InvalidPassphrase(SecurityError, ValueError):
    """A new passphrase cannot be used (for example, it is empty)."""


class KeychainUnavailable(SecurityError):
    """There is no trustworthy OS keychain, or it is locked or cannot be reached.

    ``reason`` is a plain sentence that can be shown to the user (already in their language).
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class KeychainError(SecurityError):
    """The keychain answered, but did not do what was asked (for example, a write that could
    not be verified by reading it back)."""


class KeystoreError(SecurityError):
    """keystore.json is missing, unreadable, damaged, or from a newer version of Companion.

    ``detail`` optionally says more precisely what was wrong, for logs; like the message, it
    never contains a secret.
    """

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        self.detail = detail


class SyncFileRejected(SecurityError):
    """A file from the sync folder is not one this journal wrote: it is damaged, was changed,
    was moved to another place in the folder, is too large, or belongs to another journal.

    ``detail`` says which check failed, for logs; neither it nor the message ever holds any
    of the file's content.
    """

    def __init__(self, message: str, *, detail: str) -> None:
        super().__init__(message)
        self.detail = detail
