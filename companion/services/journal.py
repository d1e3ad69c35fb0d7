"""Writing, finding and deleting journal entries."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from companion.domain.journal import (
    LIST_PAGE_SIZE,
    EntryDraft,
    EntryFilter,
    EntrySummary,
    JournalEntry,
)
from companion.domain.journal_history import NO_HISTORY, same_content
from companion.services.journal_history import EntryHistoryService, history_days
from companion.storage import journal_history_store as history_store
from companion.storage import journal_store as store
from companion.storage.engine import Database, warm_up

EntryNotFound = store.EntryNotFound


@dataclass(frozen=True)
class EditSaved:
    """An editor's save: the entry as stored, and what had happened to it meanwhile."""

    entry: JournalEntry
    recreated: bool = False  # it had been deleted (on another computer): made again
    changed_elsewhere: bool = False  # changed meanwhile: that text is kept as a version


def _now() -> datetime:
    """Local wall-clock time to the second: what a client reads as the entry's time."""
    return datetime.now().replace(microsecond=0)


class JournalService:
    """The journal of one unlocked profile."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = _now) -> None:
        self._db = db
        self._clock = clock
        self._history: EntryHistoryService | None = None

    @property
    def history(self) -> EntryHistoryService:
        """Earlier versions and recently deleted entries of this journal."""
        if self._history is None:
            self._history = EntryHistoryService(self._db, self._clock)
        return self._history

    def prepare_for_writing(self) -> None:
        """Load the ORM and build the engine now (slow once: SQLAlchemy is a large import),
        then remove earlier versions and deleted entries older than the client keeps them;
        meant for a worker thread right after the window appears."""
        warm_up()
        self._db.prepare_engine()
        self.history.prune()

    # -- writing (ORM sessions) -------------------------------------------------------------

    def create(self, draft: EntryDraft, *, created_at: datetime | None = None) -> JournalEntry:
        clean = draft.validated()
        with self._db.session() as s:
            entry: JournalEntry = store.create(s, clean, created_at or self._clock())
        return entry

    def update(self, entry_id: int, draft: EntryDraft) -> JournalEntry:
        """Save ``draft`` over an entry; what it held until now is kept as an earlier version
        (unless the client keeps no history)."""
        clean = draft.validated()
        keep = history_days(self._db) != NO_HISTORY
        with self._db.session() as s:
            entry: JournalEntry = store.update(s, entry_id, clean, self._clock(), keep_history=keep)
        return entry

    def save_edit(self, loaded: JournalEntry, draft: EntryDraft) -> EditSaved:
        """The editor's save of ``draft`` over ``loaded`` (the entry as the editor last had
        it). What was written there is never lost, whatever happened meanwhile elsewhere
        (another computer, through sync):

        * the entry was deleted: it is made again with the draft (and its date), as an edit
          wins over a deletion it did not see;
        * the entry was changed: the draft is saved, and the other text is kept among its
          versions, marked as changed on another computer at the same time.
        """
        clean = draft.validated()
        keep = history_days(self._db) != NO_HISTORY
        now = self._clock()
        with self._db.session() as s:
            stored = store.get_in_session(s, loaded.id)
            if stored is None:
                made: JournalEntry = store.create(s, clean, loaded.created_at)
                # its copy among the recently deleted would only make a duplicate
                history_store.absorb_deleted(
                    s, made.id, history_store.stamp(made.created_at), made.title, now
                )
                return EditSaved(made, recreated=True)
            elsewhere = stored.updated_at != loaded.updated_at and not same_content(clean, stored)
            if elsewhere:
                history_store.keep_version(s, stored, now, other_computer=True)
            entry: JournalEntry = store.update(
                s, loaded.id, clean, now, keep_history=keep and not elsewhere
            )
        return EditSaved(entry, changed_elsewhere=elsewhere)

    def delete(self, entry_id: int) -> JournalEntry:
        """Delete an entry (it is kept among the recently deleted ones); returns it so that
        the client can undo."""
        with self._db.session() as s:
            deleted: tuple[JournalEntry, int] = store.delete_entry(s, entry_id, self._clock())
        return deleted[0]

    def undo_delete(self, entry: JournalEntry) -> JournalEntry:
        """Bring back the entry :meth:`delete` returned, as it was (with a new id if a later
        entry has its id now)."""
        with self._db.read() as conn:
            deleted_id = history_store.latest_deleted_id(conn, entry.id)
        with self._db.session() as s:
            restored: JournalEntry = store.restore_deleted(s, deleted_id)
        return restored

    def add_many(
        self,
        items: Iterable[tuple[datetime, EntryDraft]],
        step: Callable[[int], None] | None = None,
    ) -> int:
        """Add many dated entries in one transaction: all or nothing. ``step(added)`` is called
        now and then on the way; an exception it raises leaves the journal as it was."""
        clean = ((at, draft.validated()) for at, draft in items)
        with self._db.session() as s:
            added: int = store.create_many(s, clean, step)
        return added

    # -- reading (plain SQL) ----------------------------------------------------------------

    def changed_on_two_computers(self, entry_id: int) -> bool:
        """True when sync kept two versions of the entry, changed on two computers at once
        (it shows one; its history holds the other, marked)."""
        from companion.services.sync_conflicts import entry_in_conflict

        return entry_in_conflict(self._db, entry_id)

    def keep_as_shown(self, entry_id: int) -> None:
        """Settle such an entry: what it shows becomes its one version on every computer."""
        from companion.services.sync import settle_entry

        settle_entry(self._db, entry_id)

    def get(self, entry_id: int) -> JournalEntry:
        with self._db.read() as conn:
            return store.get(conn, entry_id)

    def list(
        self, entry_filter: EntryFilter, *, offset: int = 0, limit: int = LIST_PAGE_SIZE
    ) -> builtins.list[EntrySummary]:
        """A page of the list, newest first; searches when the filter has text."""
        with self._db.read() as conn:
            return store.list_summaries(conn, entry_filter, offset, limit)

    def tags(self) -> builtins.list[str]:
        with self._db.read() as conn:
            return store.all_tags(conn)

    def count(self) -> int:
        with self._db.read() as conn:
            return store.count(conn)
