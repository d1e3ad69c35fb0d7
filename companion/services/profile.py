"""Creating a profile, unlocking it and managing how it is unlocked.

A profile is a folder with the encrypted database, ``keystore.json`` (unlock slots that hold
the database key wrapped, never in the clear) and automatic backups. See docs/design.md §3.
"""

from __future__ import annotations

import contextlib
import enum
import hmac
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from companion.config import ProfilePaths
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
from companion.security.policy import check_new_passphrase
from companion.security.recovery import generate_recovery_key
from companion.services.counselors import CounselorService
from companion.services.errors import KeychainProblem, ProfileError
from companion.services.journal import JournalService
from companion.storage import backup as backups
from companion.storage import meta_store, migrate
from companion.storage.engine import Database
from companion.storage.errors import DatabaseCorrupt, DatabaseMissing, WrongKeyError
from companion.storage.files import fsync_directory, make_private, private_folder
from companion.storage.sqlcipher import check_integrity
from companion.wipe import wipe

if TYPE_CHECKING:
    from companion.services.sync import SyncReport, SyncService

ServiceT = TypeVar("ServiceT")

log = logging.getLogger(__name__)

#: How old the newest automatic backup may get while the app is in use.
DAILY_BACKUP_AGE = timedelta(hours=24)


#: Written before a new profile is made and removed once it is whole: a folder that still
#: has it was interrupted while being set up and holds nothing the client wrote.
SETUP_MARKER = ".companion-setup-incomplete"
#: Written before a journal is brought here from a sync folder
#: (:meth:`ProfileService.join_and_sync`) and removed once the first sync round has filled
#: it: a folder that still has it holds nothing but a copy of what the sync folder holds,
#: and can be set up again.
JOIN_MARKER = ".companion-join-incomplete"


class ProfileState(enum.Enum):
    NEW = "new"
    EXISTING = "existing"
    #: The database is there but ``keystore.json`` is not: the key cannot be found.
    KEYSTORE_MISSING = "keystore-missing"
    #: Setting up a new profile here (or bringing one from a sync folder) was interrupted (a
    #: crash or a kill): nothing was written in it yet, and it can be set up again
    #: (:meth:`ProfileService.start_over`).
    INCOMPLETE = "incomplete"


class ProfileDamaged(ProfileError):
    """The key is right but the journal file is damaged. The client may restore one of the
    automatic backups; the damaged files were kept aside first (``kept_aside``), never
    deleted."""

    def __init__(
        self,
        restore: Callable[[backups.BackupInfo], UnlockedProfile],
        available: list[backups.BackupInfo],
        kept_aside: Path | None = None,
        message: str | None = None,
    ) -> None:
        super().__init__(
            message
            or tr(
                "services.profile",
                "Your journal file appears to be damaged, so Companion did not open it. "
                "Nothing has been deleted.",
            )
        )
        #: What can be put back, newest first: the automatic backups and the copies of this
        #: journal kept before a restore (never the damaged files kept aside).
        self.backups = list(available)
        self.restore = restore
        self.kept_aside = kept_aside


class RecentSavesLost(ProfileDamaged):
    """Companion was not closed properly and the log holding the latest saves is damaged:
    opening the journal would silently drop ``lost_saves`` of them (None: some, but how
    many cannot be told). The journal, its log and its keystore were kept aside first.

    The client chooses: :meth:`open_anyway` (keep what can be recovered) or ``restore`` one
    of the automatic backups."""

    def __init__(
        self,
        restore: Callable[[backups.BackupInfo], UnlockedProfile],
        available: list[backups.BackupInfo],
        kept_aside: Path | None,
        open_anyway: Callable[[], UnlockedProfile],
        lost_saves: int | None,
    ) -> None:
        if lost_saves:
            message = tr(
                "services.profile",
                "Companion was not closed properly last time, and the part of your journal "
                "file that holds the latest changes is damaged: %1 of the last saves cannot "
                "be recovered. Your files were copied aside before anything was changed.",
                lost_saves,
            )
        else:
            message = tr(
                "services.profile",
                "Companion was not closed properly last time, and the part of your journal "
                "file that holds the latest changes is damaged: some of the last saves cannot "
                "be recovered. Your files were copied aside before anything was changed.",
            )
        super().__init__(restore, available, kept_aside, message)
        self.lost_saves = lost_saves
        self.open_anyway = open_anyway


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

    def __init__(
        self, paths: ProfilePaths, keystore: KeyStore, db: Database, key: bytes | bytearray
    ) -> None:
        self.paths = paths
        self._keystore = keystore
        self._db: Database | None = db
        self._key: bytearray | None = bytearray(key)
        self._services: dict[Callable[[Database], object], object] = {}
        self.journal = JournalService(db)
        self.counselors = CounselorService(db)
        self._sync: SyncService | None = None
        #: every committed change to this profile is announced here
        self.changes = db.changes

    def service(self, factory: Callable[[Database], ServiceT]) -> ServiceT:
        """The profile's instance of a service class (made on first use, then kept): how the
        UI reaches the services of each area without seeing the database."""
        if factory not in self._services:
            self._services[factory] = factory(self._require_db())
        return self._services[factory]  # type: ignore[return-value]

    def sync_folder(self) -> Path | None:
        """The folder this journal syncs through, or None: a quick read that loads nothing of
        sync itself (the window asks at start-up whether to start syncing)."""
        with self._require_db().read() as conn:
            value = meta_store.get(conn, meta_store.SYNC_FOLDER)
        return Path(value) if value else None

    @property
    def sync(self) -> SyncService:
        """Sync of this journal through a folder (``services/sync.py``)."""
        if self._sync is None:
            from companion.services.sync import SyncService

            self._sync = SyncService(self._require_db(), self._keystore, self._require_key())
        return self._sync

    # -- life cycle -------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._db is None

    def check_pages(self) -> None:
        """Authenticate every page of the journal file, when it was opened without that
        (``check_pages=False``: the check takes longer the larger the journal, so the app runs
        it beside the window's start instead of before it). Safe on another thread.
        :class:`~companion.storage.errors.DatabaseCorrupt` when a page fails."""
        db = self._db
        if db is None:
            raise ProfileError(tr("services.profile", "Companion is locked."))
        db.check_pages()

    def lock(self) -> None:
        """Close the database and forget the key (overwriting our copy of it)."""
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._key is not None:
            wipe(self._key)
            self._key = None

    def _require_key(self) -> bytearray:
        """The profile's own copy of the key (not a new one: it is wiped by :meth:`lock`)."""
        if self._key is None:
            raise ProfileError(tr("services.profile", "Companion is locked."))
        return self._key

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
            unlocked = self._keystore.unlock_with_passphrase(passphrase)
        except WrongSecret:
            return False
        try:
            return hmac.compare_digest(unlocked, self._require_key())
        finally:
            wipe(unlocked)

    def set_passphrase(self, passphrase: str, params: KdfParams | None = None) -> None:
        """Add or change the passphrase. The recovery key keeps working."""
        check_new_passphrase(passphrase)
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
            value = meta_store.get(conn, meta_store.RECOVERY_KEY)
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
        with self._require_db().write_settings() as conn:
            meta_store.put(conn, meta_store.RECOVERY_KEY, recovery)
        self._keystore.set_recovery_key(key, recovery)
        self._keystore.save(self.paths.keystore)
        if self.sync.folder is not None:  # the old key must stop opening the sync folder too
            self.sync.publish_unlock_record()
        return recovery

    # -- backups ----------------------------------------------------------------------------

    def backup_if_due(self, now: datetime | None = None) -> Path | None:
        """Make the daily automatic backup when the newest one is older than a day (the
        backups service's, which keeps as many as the client chose)."""
        from companion.services.backups import BackupService

        return self.service(BackupService).backup_if_due(now)


class ProfileService:
    """Finds, creates and unlocks the profile in one folder."""

    def __init__(self, paths: ProfilePaths) -> None:
        self.paths = paths

    def state(self) -> ProfileState:
        """What the folder holds. A restore that a crash cut between replacing the journal
        and its keystore is finished (or undone) first."""
        from companion.services.leftovers import finish_interrupted_restore

        finish_interrupted_restore(self.paths)
        if self._join_marker.exists():
            # the first sync round never finished: even a whole keystore and journal here
            # hold only what the sync folder still has
            return ProfileState.INCOMPLETE
        if self._marker.exists():
            if not self._setup_finished():
                return ProfileState.INCOMPLETE
            # The keystore is the last thing setting up writes: with it in place, only the
            # marker's removal was cut off (or a stray marker was copied in). Never a reason
            # to start over.
            self._marker.unlink(missing_ok=True)
        if self.paths.keystore.exists():
            return ProfileState.EXISTING
        if self.paths.database.exists():
            return ProfileState.KEYSTORE_MISSING
        return ProfileState.NEW

    @property
    def _marker(self) -> Path:
        return self.paths.root / SETUP_MARKER

    @property
    def _join_marker(self) -> Path:
        return self.paths.root / JOIN_MARKER

    def _setup_finished(self) -> bool:
        try:
            KeyStore.load(self.paths.keystore)
        except KeystoreError:
            return False
        return self.paths.database.exists()

    def start_over(self) -> None:
        """Clear a profile whose setting up was interrupted (:attr:`ProfileState.INCOMPLETE`)
        so that it can be set up again. A journal file setting up left behind is kept aside
        in ``backups/`` (never deleted), and nothing else there is touched."""
        if self.state() is not ProfileState.INCOMPLETE:
            raise ProfileError(
                tr("services.profile", "This folder holds a journal; it was left as it is.")
            )
        if self.paths.database.exists():
            self._keep_aside("interrupted-setup")
        self._remove_setup()

    def _remove_setup(self) -> None:
        """Remove what setting up (or joining) made here: the journal file and its log, the
        keystore and the key it put in the keychain, then the markers (the join marker last:
        cut short, this is still a setup to start over). Nothing else in the folder."""
        account = None
        with contextlib.suppress(KeystoreError, OSError):
            account = KeyStore.load(self.paths.keystore).keychain_account
        for path in [self.paths.database, *self.paths.sidecars(), self.paths.keystore]:
            path.unlink(missing_ok=True)
        self._marker.unlink(missing_ok=True)
        self._join_marker.unlink(missing_ok=True)
        fsync_directory(self.paths.root)
        if account is not None:
            # the key of a journal that is not here any more (it stays in the sync folder)
            with contextlib.suppress(KeychainUnavailable, KeychainError):
                keychain_module.Keychain.system().delete(account)

    def set_aside_and_start_over(self) -> Path | None:
        """For a journal whose keystore is missing (:attr:`ProfileState.KEYSTORE_MISSING`):
        keep the journal file aside in ``backups/`` (never deleted; restorable once its
        keystore turns up) and clear the folder for a new journal. Returns the copy."""
        if self.state() is not ProfileState.KEYSTORE_MISSING:
            raise ProfileError(
                tr("services.profile", "This folder holds a journal; it was left as it is.")
            )
        from companion.services.backup_files import keep_aside

        kept = keep_aside(self.paths, "keystore-missing")
        for path in [self.paths.database, *self.paths.sidecars()]:
            path.unlink(missing_ok=True)
        fsync_directory(self.paths.root)
        return kept

    def _keystore(self) -> KeyStore:
        from companion.services.leftovers import finish_interrupted_restore

        finish_interrupted_restore(self.paths)
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
        self._check_new(use_keychain=use_keychain, passphrase=passphrase)
        key = new_database_key()
        recovery = generate_recovery_key()
        try:
            opened = self._make(
                KeyStore.create(key, recovery),
                key,
                recovery,
                use_keychain=use_keychain,
                passphrase=passphrase,
                params=params,
            )
        finally:
            wipe(key)  # the database and the profile keep copies of their own
        return opened, recovery

    def join(
        self,
        folder: Path,
        recovery_key: str,
        *,
        use_keychain: bool,
        passphrase: str | None,
        params: KdfParams | None = None,
    ) -> UnlockedProfile:
        """Make this folder the journal another computer syncs through ``folder``: the
        recovery key opens the folder's unlock record; this computer gets its own keystore
        (same journal key and recovery key, its own passphrase or keychain slot) and an empty
        journal, which the caller fills with a first sync round (:meth:`join_and_sync` does
        both, and leaves nothing behind when the round fails)."""
        return self._join(
            folder,
            recovery_key,
            use_keychain=use_keychain,
            passphrase=passphrase,
            params=params,
            marker=False,
        )

    def join_and_sync(
        self,
        folder: Path,
        recovery_key: str,
        *,
        use_keychain: bool,
        passphrase: str | None,
        params: KdfParams | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> tuple[UnlockedProfile, SyncReport]:
        """:meth:`join`, then the first sync round that fills the journal, as one step.

        Until that round is over the folder is marked as a setup in progress: when the round
        fails, or ``cancelled()`` turns true before it is over (then
        :class:`~companion.domain.errors.Cancelled` is raised), what was made here is removed
        at once, and after a crash :meth:`state` says :attr:`ProfileState.INCOMPLETE`. Either
        way joining can simply be tried again. A wrong recovery key makes nothing at all.
        ``progress(done, total)`` counts the files read from the folder. Safe on a worker
        thread."""
        from companion.domain.errors import Cancelled
        from companion.formats.sync_folder import SyncFolderMissing

        def check() -> None:
            if cancelled is not None and cancelled():
                raise Cancelled()

        def reading(done: int, total: int) -> None:
            if progress is not None:
                progress(done, total)
            check()

        profile: UnlockedProfile | None = None
        try:
            profile = self._join(
                folder,
                recovery_key,
                use_keychain=use_keychain,
                passphrase=passphrase,
                params=params,
                marker=True,
            )
            check()
            report = profile.sync.set_up(folder, progress=reading)
            if report.folder_missing:  # it went away after the journal was made
                raise SyncFolderMissing(detail="went away while joining")
            self._join_marker.unlink()
            fsync_directory(self.paths.root)
        except BaseException:
            if profile is not None:
                profile.lock()
            if self._join_marker.exists():  # only ever what this call made
                try:
                    self._remove_setup()
                except OSError:  # the marker stays: the next attempt starts over
                    log.warning("what a cut-short join made could not all be removed")
            raise
        return profile, report

    @staticmethod
    def check_sync_folder(folder: Path) -> None:
        """Whether a journal can be brought from ``folder``: raises what :meth:`join` would
        about the folder (:class:`~companion.formats.sync_folder.SyncFolderMissing`,
        :class:`~companion.formats.sync_folder.NotASyncFolder` or another
        :class:`~companion.formats.sync_folder.SyncFolderError`). Reads one small file."""
        from companion.formats.sync_folder import read_journal_file

        read_journal_file(folder)

    @staticmethod
    def check_join_key(folder: Path, recovery_key: str) -> None:
        """Whether ``recovery_key`` opens the journal in ``folder``, making nothing: raises
        :class:`~companion.security.errors.InvalidRecoveryKey` when it cannot be a recovery
        key, :class:`~companion.security.errors.WrongSecret` when it is another journal's, and
        what :meth:`check_sync_folder` raises. Quick (no slow key derivation)."""
        from companion.formats.sync_folder import read_journal_file
        from companion.security.sync_crypto import unlock_folder_record

        journal = read_journal_file(folder)
        _profile_id, key = unlock_folder_record(journal.unlock, recovery_key)
        wipe(key)

    def _join(
        self,
        folder: Path,
        recovery_key: str,
        *,
        use_keychain: bool,
        passphrase: str | None,
        params: KdfParams | None,
        marker: bool,
    ) -> UnlockedProfile:
        from companion.formats.sync_folder import read_journal_file
        from companion.security.recovery import normalize_recovery_key
        from companion.security.sync_crypto import (
            keystore_from_folder_record,
            unlock_folder_record,
        )

        self._check_new(use_keychain=use_keychain, passphrase=passphrase)
        journal = read_journal_file(folder)
        profile_id, key = unlock_folder_record(journal.unlock, recovery_key)
        try:
            if profile_id != journal.profile_id:
                raise ProfileError(
                    tr("services.profile", "The sync folder's journal file is damaged.")
                )
            keystore = keystore_from_folder_record(journal.unlock)
            if marker:
                private_folder(self.paths.root)
                _write_marker(self._join_marker)
            return self._make(
                keystore,
                key,
                normalize_recovery_key(recovery_key),
                use_keychain=use_keychain,
                passphrase=passphrase,
                params=params,
            )
        finally:
            wipe(key)

    def _check_new(self, *, use_keychain: bool, passphrase: str | None) -> None:
        if self.state() is ProfileState.INCOMPLETE:
            self.start_over()
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
        if passphrase:
            check_new_passphrase(passphrase)

    def _make(
        self,
        keystore: KeyStore,
        key: bytes | bytearray,
        recovery: str,
        *,
        use_keychain: bool,
        passphrase: str | None,
        params: KdfParams | None,
    ) -> UnlockedProfile:
        private_folder(self.paths.root)
        # From here until the keystore is saved, a crash leaves the marker behind: the
        # folder is then recognised as a setup to start over, never as a journal.
        _write_marker(self._marker)
        if passphrase:
            keystore.set_passphrase(key, passphrase, params)
        if use_keychain:
            chain = keychain_module.Keychain.system()
            keystore.enable_keychain()
            account = keystore.keychain_account
            assert account is not None
            chain.store(account, bytes(key))
        db = Database.open(self.paths.database, bytes(key), create=True)
        try:
            migrate.upgrade(db, backup_dir=self.paths.backups)
            with db.write_settings() as conn:
                meta_store.put(conn, meta_store.RECOVERY_KEY, recovery)
            keystore.save(self.paths.keystore)
            self._marker.unlink()
            fsync_directory(self.paths.root)
        except BaseException:
            db.close()
            for path in [self.paths.database, *self.paths.sidecars(), self.paths.keystore]:
                path.unlink(missing_ok=True)
            self._marker.unlink(missing_ok=True)
            raise
        return UnlockedProfile(self.paths, keystore, db, key)

    # -- unlocking --------------------------------------------------------------------------

    def unlock_with_keychain(self, *, check_pages: bool = True) -> UnlockedProfile:
        """Open without a prompt. :class:`KeychainProblem` says why that is not possible.
        ``check_pages``: see :meth:`UnlockedProfile.check_pages`."""
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
        return self._open(ks, key, check_pages=check_pages)

    def unlock_with_passphrase(
        self, passphrase: str, *, check_pages: bool = True
    ) -> UnlockedProfile:
        """:class:`~companion.security.errors.WrongSecret` for a wrong passphrase; nothing on
        disk changes."""
        ks = self._keystore()
        return self._open(ks, ks.unlock_with_passphrase(passphrase), check_pages=check_pages)

    def unlock_with_recovery_key(self, recovery_key: str) -> UnlockedProfile:
        ks = self._keystore()
        return self._open(ks, ks.unlock_with_recovery_key(recovery_key))

    def _open(self, ks: KeyStore, key: bytes, *, check_pages: bool = True) -> UnlockedProfile:
        """Open the journal with a key the keystore has vouched for. Before SQLite touches
        the file, a log left by a crash is checked; damage is reported, never dropped."""
        make_private(self.paths.root)
        report = None
        if _has_log(self.paths.database):
            from companion.storage.wal_check import inspect_wal

            try:
                report = inspect_wal(self.paths.database)
            except OSError:
                report = None  # SQLite will report the file problem itself
        if report is not None and report.damaged:
            kept = self._keep_aside("damaged-log")
            raise RecentSavesLost(
                lambda info: self._restore_and_open(ks, key, info, "damaged-log"),
                self._restore_choices(ks),
                kept,
                open_anyway=lambda: self._open_database(ks, key, check_structure=True),
                lost_saves=report.lost_commits,
            )
        return self._open_database(ks, key, check_pages=check_pages)

    def _keep_aside(self, reason: str) -> Path | None:
        from companion.services.backup_files import keep_aside

        try:
            return keep_aside(self.paths, reason)
        except OSError as exc:
            raise ProfileError(
                tr(
                    "services.profile",
                    "Your journal file needs attention, but Companion could not copy it aside "
                    "first (is the disk full?), so it changed nothing. Free some space and "
                    "start Companion again.",
                )
            ) from exc

    def _open_database(
        self, ks: KeyStore, key: bytes, *, check_structure: bool = False, check_pages: bool = True
    ) -> UnlockedProfile:
        try:
            db = Database.open(self.paths.database, key, check_pages=check_pages)
            if check_structure:
                with db.read() as conn:
                    check_integrity(conn, structure=True)
        except DatabaseMissing as exc:
            available = self._restore_choices(ks)
            message = tr(
                "services.profile",
                "The journal file is missing from %1, or empty. If you moved it, put it back; "
                "otherwise restore a backup.",
                self.paths.root,
            )
            if not available:
                raise ProfileError(message) from exc
            kept = self._keep_aside("damaged") if self.paths.database.exists() else None
            raise ProfileDamaged(
                lambda info: self._restore_and_open(ks, key, info), available, kept, message
            ) from exc
        except (DatabaseCorrupt, WrongKeyError) as exc:
            # The keystore has already proved the key right (its slot unwrapped it and it
            # matches key_check), so a file this key does not open is a damaged file.
            if isinstance(exc, WrongKeyError) and not ks.verify_key(key):
                raise
            kept = self._keep_aside("damaged")
            raise ProfileDamaged(
                lambda info: self._restore_and_open(ks, key, info),
                self._restore_choices(ks),
                kept,
            ) from exc
        try:
            migrate.upgrade(db, backup_dir=self.paths.backups)
        except BaseException:
            db.close()
            raise
        if ks.needs_saving:  # an older keystore gained its slot checks
            with contextlib.suppress(KeystoreError):
                ks.save(self.paths.keystore)
        opened = UnlockedProfile(self.paths, ks, db, key)
        # The key came from a slot or the keychain, for this call alone; the database and the
        # profile keep copies of their own, which they overwrite when locked.
        wipe(key)
        return opened

    def _restore_choices(self, ks: KeyStore) -> list[backups.BackupInfo]:
        """What a damaged journal can be restored from, newest first: the automatic backups
        and the copies of this journal that were kept aside before a restore (a copy of
        another journal, or of damaged files, is not offered)."""
        from companion.services.backup_files import kept_profile_id

        choices = []
        for info in backups.list_backups(self.paths.backups):
            if not info.is_set or (
                info.reason == backups.BEFORE_RESTORE
                and ks.profile_id is not None
                and kept_profile_id(info.path) == ks.profile_id
            ):
                choices.append(info)
        return choices

    def _restore_and_open(
        self, ks: KeyStore, key: bytes, info: backups.BackupInfo, damage: str = "damaged"
    ) -> UnlockedProfile:
        """Put an automatic backup, or a copy kept before a restore, in place of a damaged
        journal (whose files were already kept aside for the reason ``damage``)."""
        if not info.is_set:
            return self._put_in_place(ks, key, info.path, damage)
        from companion.services.backup_files import unpack
        from companion.storage.files import remove_quietly, sidecar

        unpacked = unpack(info.path, self.paths.root)
        try:
            if unpacked.has_log:
                backups.fold_log(unpacked.db, key)
            return self._put_in_place(ks, key, unpacked.db, damage)
        finally:
            for path in (unpacked.db, sidecar(unpacked.db, "-wal"), sidecar(unpacked.db, "-shm")):
                remove_quietly(path)

    def _put_in_place(self, ks: KeyStore, key: bytes, copy: Path, damage: str) -> UnlockedProfile:
        try:
            backups.verify_backup(copy, key)  # before anything is kept aside or replaced
        except WrongKeyError as exc:
            raise ProfileError(
                tr(
                    "services.profile",
                    "This backup does not open with the key in keystore.json: keystore.json "
                    "may have been replaced by another journal's. Nothing was changed.",
                )
            ) from exc
        except DatabaseCorrupt as exc:
            raise ProfileError(
                tr(
                    "services.profile",
                    "This copy is damaged too, so it was not restored. Nothing was changed.",
                )
            ) from exc
        # what is replaced is the damaged journal: kept aside as such (the copy made when the
        # damage was found is reused when the files did not change since)
        self._keep_aside(damage)
        backups.restore_backup(copy, self.paths.database, key)
        return self._open_database(ks, key)


def _write_marker(path: Path) -> None:
    """Create the setup marker durably (its presence is what matters)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, b"Companion is setting up a journal in this folder.\n")
        os.fsync(fd)
    finally:
        os.close(fd)
    fsync_directory(path.parent)


def _has_log(database: Path) -> bool:
    """True when SQLite's log beside ``database`` holds something (after a crash)."""
    try:
        return database.with_name(database.name + "-wal").stat().st_size > 0
    except OSError:
        return False
