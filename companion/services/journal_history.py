"""Earlier versions of journal entries and recently deleted entries: listing them, bringing
them back, and how long they are kept (a setting of the profile, in its encrypted database).

Every save through :class:`~companion.services.journal.JournalService` keeps the version it
replaces, and deleting keeps the entry among the deleted ones, as long as the client keeps
history; :meth:`EntryHistoryService.prune` removes what is older than the chosen period.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable
from datetime import datetime

from companion.domain.journal import JournalEntry
from companion.domain.journal_history import (
    DEFAULT_HISTORY_DAYS,
    NO_HISTORY,
    DeletedEntry,
    EntryVersion,
    history_cutoff,
    validate_history_days,
)
from companion.storage import journal_history_store as store
from companion.storage import meta_store
from companion.storage.engine import Database

VersionNotFound = store.VersionNotFound
DeletedEntryNotFound = store.DeletedEntryNotFound


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def history_days(db: Database) -> int:
    """How many days earlier versions and deleted entries are kept (0: none)."""
    with db.read() as conn:
        value = meta_store.get(conn, store.HISTORY_DAYS)
    try:
        return validate_history_days(int(value)) if value is not None else DEFAULT_HISTORY_DAYS
    except ValueError:
        return DEFAULT_HISTORY_DAYS


class EntryHistoryService:
    """History of the journal of one unlocked profile."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = _now) -> None:
        self._db = db
        self._clock = clock

    # -- the setting ------------------------------------------------------------------------

    def history_days(self) -> int:
        return history_days(self._db)

    def set_history_days(self, days: int) -> int:
        """Keep history for ``days`` (one of the choices, or 0 for none); what is older goes
        at once. Returns how many versions and deleted entries were removed."""
        days = validate_history_days(days)
        with self._db.write_settings() as conn:
            meta_store.put(conn, store.HISTORY_DAYS, str(days))
        return self.prune()

    def prune(self) -> int:
        """Remove the versions and deleted entries older than the chosen period (all of them
        with "keep no history"); returns how many went."""
        cutoff = history_cutoff(self._clock(), self.history_days())
        from companion.storage import journal_history_store

        with self._db.session() as s:
            return journal_history_store.prune(s, cutoff)

    def _since(self) -> datetime:
        return history_cutoff(self._clock(), self.history_days())

    # -- earlier versions -------------------------------------------------------------------

    def versions(self, entry_id: int) -> builtins.list[EntryVersion]:
        """The earlier versions of an entry that are kept, newest first."""
        with self._db.read() as conn:
            return store.versions(conn, entry_id, self._since())

    def restore_version(self, entry_id: int, version_id: int) -> tuple[JournalEntry, int | None]:
        """Make an earlier version the entry's text again (the current text is kept as a
        version too). Returns the entry and the version now holding what it said before,
        which restores that again; None when nothing was kept (the version says what the
        entry says, or no history is kept)."""
        from companion.services.journal import JournalService

        with self._db.read() as conn:
            chosen = store.version(conn, version_id)
            newest = store.newest_version_id(conn, entry_id)
        if chosen.entry_id != entry_id:
            raise VersionNotFound(version_id)
        entry = JournalService(self._db, self._clock).update(entry_id, chosen.draft())
        with self._db.read() as conn:
            kept = store.newest_version_id(conn, entry_id)
        return entry, (kept if kept != newest else None)

    # -- recently deleted -------------------------------------------------------------------

    def deleted(self) -> builtins.list[DeletedEntry]:
        """Entries deleted within the chosen period, newest first (their text shortened to
        what a preview needs)."""
        if self.history_days() == NO_HISTORY:
            return []
        with self._db.read() as conn:
            return store.deleted_entries(conn, self._since())

    def restore_deleted(self, deleted_id: int) -> JournalEntry:
        """Bring a deleted entry back with everything it had, its versions included."""
        from companion.storage import journal_store

        with self._db.session() as s:
            entry: JournalEntry = journal_store.restore_deleted(s, deleted_id)
        return entry

    def forget_deleted(self, entry: JournalEntry) -> None:
        """The Undo offered for deleting ``entry`` went unused: when no history is kept, the
        deleted entry goes for good now (otherwise it stays in Recently deleted)."""
        if self.history_days() != NO_HISTORY:
            return
        with self._db.read() as conn:
            try:
                deleted_id = store.latest_deleted_id(conn, entry.id)
            except DeletedEntryNotFound:
                return
        from companion.storage import journal_history_store

        with self._db.session() as s:
            journal_history_store.remove_deleted(s, deleted_id)

    def counts(self) -> tuple[int, int]:
        """How many versions and deleted entries are kept."""
        with self._db.read() as conn:
            return store.counts(conn)
