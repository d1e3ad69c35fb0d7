"""Writing, finding and deleting journal entries."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable
from datetime import datetime
from types import ModuleType

from companion.domain.journal import (
    LIST_PAGE_SIZE,
    EntryDraft,
    EntryFilter,
    EntrySummary,
    JournalEntry,
)
from companion.storage import journal_queries as queries
from companion.storage.engine import Database

EntryNotFound = queries.EntryNotFound


def _now() -> datetime:
    """Local wall-clock time to the second: what a client reads as the entry's time."""
    return datetime.now().replace(microsecond=0)


def _writes() -> ModuleType:
    """The ORM write functions; imported on first use so that opening the journal and
    reading it never load SQLAlchemy."""
    from companion.storage import journal_repository

    return journal_repository


class JournalService:
    """The journal of one unlocked profile."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = _now) -> None:
        self._db = db
        self._clock = clock

    def prepare_for_writing(self) -> None:
        """Load the ORM and build the engine now (slow once: SQLAlchemy is a large import);
        meant for a worker thread right after the window appears."""
        _writes()
        self._db.prepare_engine()

    # -- writing (ORM sessions) -------------------------------------------------------------

    def create(self, draft: EntryDraft, *, created_at: datetime | None = None) -> JournalEntry:
        clean = draft.validated()
        with self._db.session() as s:
            entry: JournalEntry = _writes().create(s, clean, created_at or self._clock())
        return entry

    def update(self, entry_id: int, draft: EntryDraft) -> JournalEntry:
        clean = draft.validated()
        with self._db.session() as s:
            entry: JournalEntry = _writes().update(s, entry_id, clean, self._clock())
        return entry

    def delete(self, entry_id: int) -> JournalEntry:
        """Delete an entry; returns it so that the client can undo."""
        with self._db.session() as s:
            entry: JournalEntry = _writes().delete_entry(s, entry_id)
        return entry

    def undo_delete(self, entry: JournalEntry) -> JournalEntry:
        with self._db.session() as s:
            restored: JournalEntry = _writes().restore(s, entry)
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
            added: int = _writes().create_many(s, clean, step)
        return added

    # -- reading (plain SQL) ----------------------------------------------------------------

    def get(self, entry_id: int) -> JournalEntry:
        with self._db.read() as conn:
            return queries.get(conn, entry_id)

    def list(
        self, entry_filter: EntryFilter, *, offset: int = 0, limit: int = LIST_PAGE_SIZE
    ) -> builtins.list[EntrySummary]:
        """A page of the list, newest first; searches when the filter has text."""
        with self._db.read() as conn:
            return queries.list_summaries(conn, entry_filter, offset, limit)

    def tags(self) -> builtins.list[str]:
        with self._db.read() as conn:
            return queries.all_tags(conn)

    def count(self) -> int:
        with self._db.read() as conn:
            return queries.count(conn)
