"""Creating a profile, unlocking it and managing how it is unlocked.

A profile is a folder with the encrypted database, ``keystore.json`` (unlock slots that hold
the database key wrapped, never in the clear) and automatic backups. See DESIGN §3.
"""

from __future__ import annotations

import contextlib
import enum
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TypeVar

from companion.config import DEFAULT_BACKUPS_KEPT, ProfilePaths
from companion.domain.wording import tr
from companion.security import keychain as keychain_module
from companion.security.crypto import KdfParams, new_database_key
from companion.security.errors import (
    KeychainError,
    KeychainUnavailable,
    KeystoreError,
    WrongSecret,
)
from companion.security.keystore import KeyStore
from companion.security.recovery import generate_recovery_key
from companion.services.counselors import CounselorService
from companion.services.errors import KeychainProblem, ProfileError
from companion.services.journal import JournalService
from companion.storage import backup as backups
from companion.storage import meta_repository, migrate
from companion.storage.engine import Database
from companion.storage.errors import DatabaseCorrupt, DatabaseMissing

ServiceT = TypeVar("ServiceT")

#: How old the newest automatic backup may get while the app is in use.
DAILY_BACKUP_AGE = timedelta(hours=24)


class ProfileState(enum.Enum):
    NEW = "new"
    EXISTING = "existing"
    #: The database is there but ``keystore.json`` is not: the key cannot be found.
    KEYSTORE_MISSING = "keystore-missing"


class ProfileDamaged(ProfileError):
    """The key is right but the database fails its integrity check. The client may restore
    one of the automatic backups; the damaged file is kept aside, never deleted."""

    def __init__(
        self,
        restore: Callable[[backups.BackupInfo], UnlockedProfile],
        available: list[backups.BackupInfo],
    ) -> None:
        super().__init__(
            tr(
                "services.profile",
                "Your journal file appears to be damaged, so Companion did not open it. "
                "Nothing has been deleted.",
            )
        )
        self.backups = available
        self.restore = restore


@dataclass(frozen=True)
class KeychainStatus:
    available: bool
    #: The keychain's name, or why it cannot be used.
    description: str


@dataclass(frozen=True)
class UnlockMethods:
    keychain: bool
    passphrase: bool


def keychain_status() -> KeychainStatus:
    """Whether a trustworthy OS keychain can hold the key on this computer."""
    try:
        chain = keychain_module.Keychain.system()
    except KeychainUnavailable as exc:
        return KeychainStatus(False, str(exc))
    return KeychainStatus(True, chain.description)


class UnlockedProfile:
    """An open profile: its journal and the settings that need the key. ``lock()`` closes the
    database and drops the key."""

    def __init__(self, paths: ProfilePaths, keystore: KeyStore, db: Database, key: bytes) -> None:
        self.paths = paths
        self._keystore = keystore
        self._db: Database | None = db
        self._key: bytearray | None = bytearray(key)
        self._services: dict[Callable[[Database], object], object] = {}
        self.journal = JournalService(db)
        self.counselors = CounselorService(db)

    def service(self, factory: Callable[[Database], ServiceT]) -> ServiceT:
        """The profile's instance of a service class (made on first use, then kept): how the
        UI reaches the services of each area without seeing the database."""
        if factory not in self._services:
            self._services[factory] = factory(self._require_db())
        return self._services[factory]  # type: ignore[return-value]

    # -- life cycle -------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._db is None

    def lock(self) -> None:
        """Close the database and forget the key (overwriting our copy of it)."""
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._key is not None:
            for i in range(len(self._key)):
                self._key[i] = 0
            self._key = None

    def _require_key(self) -> bytes:
        if self._key is None:
            raise ProfileError(tr("services.profile", "Companion is locked."))
        return bytes(self._key)

    def _require_db(self) -> Database:
        if self._db is None:
            raise ProfileError(tr("services.profile", "Companion is locked."))
        return self._db

    # -- unlock methods ---------------------------------------------------------------------

    def unlock_methods(self) -> UnlockMethods:
        return UnlockMethods(
            keychain=self._keystore.keychain_account is not None,
            passphrase=self._keystore.has_passphrase,
        )

    def check_passphrase(self, passphrase: str) -> bool:
        """True when ``passphrase`` is the current one (slow on purpose: key derivation)."""
        try:
            return self._keystore.unlock_with_passphrase(passphrase) == self._require_key()
        except WrongSecret:
            return False

    def set_passphrase(self, passphrase: str, params: KdfParams | None = None) -> None:
        """Add or change the passphrase. The recovery key keeps working."""
        self._keystore.set_passphrase(self._require_key(), passphrase, params)
        self._keystore.save(self.paths.keystore)

    def remove_passphrase(self) -> None:
        if self._keystore.keychain_account is None:
            raise ProfileError(
                tr(
                    "services.profile",
                    "Companion needs a way to open without the recovery key. Store the key in "
                    "the keychain first, then you can remove the passphrase.",
                )
            )
        self._keystore.remove_passphrase()
        self._keystore.save(self.paths.keystore)

    def store_key_in_keychain(self) -> str:
        """Put the key (back) into the OS keychain; returns the keychain's name."""
        chain = keychain_module.Keychain.system()
        self._keystore.enable_keychain()
        account = self._keystore.keychain_account
        assert account is not None
        chain.store(account, self._require_key())
        self._keystore.save(self.paths.keystore)
        return chain.description

    def remove_key_from_keychain(self) -> None:
        if not self._keystore.has_passphrase:
            raise ProfileError(
                tr(
                    "services.profile",
                    "Set a passphrase first: without the keychain or a passphrase, only the "
                    "recovery key could open Companion.",
                )
            )
        account = self._keystore.keychain_account
        self._keystore.disable_keychain()
        self._keystore.save(self.paths.keystore)
        if account is not None:
            # The slot is gone from the keystore already; a stale item left behind in a
            # keychain we cannot reach is only the key, useless without this profile's files.
            with contextlib.suppress(KeychainUnavailable, KeychainError):
                keychain_module.Keychain.system().delete(account)

    def recovery_key(self) -> str:
        """The recovery key, readable only while unlocked (it is kept inside the database)."""
        with self._require_db().read() as conn:
            value = meta_repository.get(conn, meta_repository.RECOVERY_KEY)
        if value is None:
            raise ProfileError(
                tr(
                    "services.profile",
                    "This profile has no recovery key stored. Create a new one.",
                )
            )
        return value

    def new_recovery_key(self) -> str:
        """Replace the recovery key; the old one stops working."""
        key = self._require_key()
        recovery = generate_recovery_key()
        with self._require_db().read() as conn:
            meta_repository.put(conn, meta_repository.RECOVERY_KEY, recovery)
        self._keystore.set_recovery_key(key, recovery)
        self._keystore.save(self.paths.keystore)
        return recovery

    # -- backups ----------------------------------------------------------------------------

    def backup_if_due(self, now: datetime | None = None) -> Path | None:
        """Make the daily automatic backup when the newest one is older than a day."""
        now = now or datetime.now()
        existing = backups.list_backups(self.paths.backups)
        if existing and now - existing[0].created < DAILY_BACKUP_AGE:
            return None
        return backups.automatic_backup(
            self._require_db(), self.paths.backups, "daily", keep=DEFAULT_BACKUPS_KEPT
        )


class ProfileService:
    """Finds, creates and unlocks the profile in one folder."""

    def __init__(self, paths: ProfilePaths) -> None:
        self.paths = paths

    def state(self) -> ProfileState:
        if self.paths.keystore.exists():
            return ProfileState.EXISTING
        if self.paths.database.exists():
            return ProfileState.KEYSTORE_MISSING
        return ProfileState.NEW

    def _keystore(self) -> KeyStore:
        try:
            return KeyStore.load(self.paths.keystore)
        except KeystoreError as exc:
            raise ProfileError(str(exc)) from exc

    def unlock_methods(self) -> UnlockMethods:
        ks = self._keystore()
        return UnlockMethods(keychain=ks.keychain_account is not None, passphrase=ks.has_passphrase)

    # -- creating ---------------------------------------------------------------------------

    def create(
        self, *, use_keychain: bool, passphrase: str | None, params: KdfParams | None = None
    ) -> tuple[UnlockedProfile, str]:
        """Create a new profile; returns it unlocked with its recovery key (show it once).

        Refuses to touch a folder that already holds a profile.
        """
        if self.state() is not ProfileState.NEW:
            raise ProfileError(
                tr(
                    "services.profile",
                    "There is already a journal in this folder; Companion will not "
                    "create a new one over it.",
                )
            )
        if not use_keychain and not passphrase:
            raise ProfileError(
                tr("services.profile", "Choose the keychain, a passphrase, or both.")
            )
        self.paths.root.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(self.paths.root, 0o700)
        key = new_database_key()
        recovery = generate_recovery_key()
        keystore = KeyStore.create(key, recovery)
        if passphrase:
            keystore.set_passphrase(key, passphrase, params)
        if use_keychain:
            chain = keychain_module.Keychain.system()
            keystore.enable_keychain()
            account = keystore.keychain_account
            assert account is not None
            chain.store(account, key)
        db = Database.open(self.paths.database, key, create=True)
        try:
            migrate.upgrade(db, backup_dir=self.paths.backups)
            with db.read() as conn:
                meta_repository.put(conn, meta_repository.RECOVERY_KEY, recovery)
            keystore.save(self.paths.keystore)
        except BaseException:
            db.close()
            for path in [self.paths.database, *self.paths.sidecars()]:
                path.unlink(missing_ok=True)
            raise
        return UnlockedProfile(self.paths, keystore, db, key), recovery

    # -- unlocking --------------------------------------------------------------------------

    def unlock_with_keychain(self) -> UnlockedProfile:
        """Open without a prompt. :class:`KeychainProblem` says why that is not possible."""
        ks = self._keystore()
        account = ks.keychain_account
        if account is None:
            raise KeychainProblem(
                tr("services.profile", "This journal is not set up to open from the keychain.")
            )
        try:
            key = keychain_module.Keychain.system().load(account)
        except KeychainUnavailable as exc:
            raise KeychainProblem(
                tr(
                    "services.profile",
                    "The keychain could not be used (%1). Open with your passphrase or your "
                    "recovery key.",
                    exc,
                )
            ) from exc
        if key is None or not ks.verify_key(key):
            raise KeychainProblem(
                tr(
                    "services.profile",
                    "The keychain does not hold the key for this journal (it may be a "
                    "different keychain or computer). Open with your passphrase or your "
                    "recovery key.",
                )
            )
        return self._open(ks, key)

    def unlock_with_passphrase(self, passphrase: str) -> UnlockedProfile:
        """:class:`~companion.security.errors.WrongSecret` for a wrong passphrase; nothing on
        disk changes."""
        ks = self._keystore()
        return self._open(ks, ks.unlock_with_passphrase(passphrase))

    def unlock_with_recovery_key(self, recovery_key: str) -> UnlockedProfile:
        ks = self._keystore()
        return self._open(ks, ks.unlock_with_recovery_key(recovery_key))

    def _open(self, ks: KeyStore, key: bytes) -> UnlockedProfile:
        try:
            db = Database.open(self.paths.database, key)
        except DatabaseMissing as exc:
            raise ProfileError(
                tr(
                    "services.profile",
                    "The journal file is missing from %1. If you moved it, put it back; "
                    "otherwise restore a backup.",
                    self.paths.root,
                )
            ) from exc
        except DatabaseCorrupt as exc:
            raise ProfileDamaged(
                lambda info: self._restore_and_open(ks, key, info),
                backups.list_backups(self.paths.backups),
            ) from exc
        try:
            migrate.upgrade(db, backup_dir=self.paths.backups)
        except BaseException:
            db.close()
            raise
        return UnlockedProfile(self.paths, ks, db, key)

    def _restore_and_open(
        self, ks: KeyStore, key: bytes, info: backups.BackupInfo
    ) -> UnlockedProfile:
        backups.restore_backup(info.path, self.paths.database, key, backups_dir=self.paths.backups)
        return self._open(ks, key)
