"""Key management for the encrypted journal: the keystore's unlock slots (OS keychain,
passphrase, recovery key), the crypto behind them, and the retry policy. No Qt here.

To reach the OS keychain use ``Keychain.system()`` (tests replace
``companion.security.keychain.system_backend``, so never hold on to that function).
"""

from companion.security.crypto import KdfParams, new_database_key
from companion.security.errors import (
    InvalidPassphrase,
    InvalidRecoveryKey,
    KeychainError,
    KeychainUnavailable,
    KeystoreError,
    SecurityError,
    SyncFileRejected,
    WrongSecret,
)
from companion.security.keychain import Keychain, is_trustworthy
from companion.security.keystore import KeyStore, UnlockMethod
from companion.security.policy import retry_delay_seconds
from companion.security.recovery import (
    generate_recovery_key,
    groups_match,
    normalize_recovery_key,
    pick_confirmation_groups,
)

__all__ = [
    "InvalidPassphrase",
    "InvalidRecoveryKey",
    "KdfParams",
    "KeyStore",
    "Keychain",
    "KeychainError",
    "KeychainUnavailable",
    "KeystoreError",
    "SecurityError",
    "SyncFileRejected",
    "UnlockMethod",
    "WrongSecret",
    "generate_recovery_key",
    "groups_match",
    "is_trustworthy",
    "new_database_key",
    "normalize_recovery_key",
    "pick_confirmation_groups",
    "retry_delay_seconds",
]
