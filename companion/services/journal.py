"""Writing, finding and deleting journal entries."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable
from datetime import datetime

from companion.domain.journal import EntryDraft, EntryFilter, EntrySummary, JournalEntry
from companion.storage import journal_repository as repo
from companion.storage.engine import Database

EntryNotFound = repo.EntryNotFound


def _now() -> datetime:
    """Local wall-clock time to the second: what a client reads as the entry's time."""
    return datetime.now().replace(microsecond=0)


class JournalService:
    """The journal of one unlocked profile."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = _now) -> None:
        self._db = db
        self._clock = clock

    def create(self, draft: EntryDraft, *, created_at: datetime | None = None) -> JournalEntry:
        clean = draft.validated()
        with self._db.session() as s:
            return repo.create(s, clean, created_at or self._clock())

    def get(self, entry_id: int) -> JournalEntry:
        with self._db.session() as s:
            return repo.get(s, entry_id)

    def update(self, entry_id: int, draft: EntryDraft) -> JournalEntry:
        clean = draft.validated()
        with self._db.session() as s:
            return repo.update(s, entry_id, clean, self._clock())

    def delete(self, entry_id: int) -> JournalEntry:
        """Delete an entry; returns it so that the client can undo."""
        with self._db.session() as s:
            return repo.delete_entry(s, entry_id)

    def undo_delete(self, entry: JournalEntry) -> JournalEntry:
        with self._db.session() as s:
            return repo.restore(s, entry)

    def list(
        self, entry_filter: EntryFilter, *, offset: int = 0, limit: int = 200
    ) -> list[EntrySummary]:
        """A page of the list, newest first; searches when the filter has text."""
        with self._db.session() as s:
            return repo.list_summaries(s, entry_filter, offset, limit)

    def add_many(self, items: Iterable[tuple[datetime, EntryDraft]]) -> int:
        """Add many dated entries in one transaction: all or nothing."""
        clean = ((at, draft.validated()) for at, draft in items)
        with self._db.session() as s:
            return repo.create_many(s, clean)

    def tags(self) -> builtins.list[str]:
        with self._db.session() as s:
            return repo.all_tags(s)

    def count(self) -> int:
        with self._db.session() as s:
            return repo.count(s)
