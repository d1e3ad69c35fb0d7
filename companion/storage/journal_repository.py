"""Writing journal entries through the ORM (reads are plain SQL, in
:mod:`companion.storage.journal_queries`).

Functions take an open SQLAlchemy session and return domain objects; no ORM row leaves here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from companion.domain.journal import EntryDraft, JournalEntry
from companion.domain.journal_history import same_content
from companion.storage import journal_history_store as history
from companion.storage.journal_queries import EntryNotFound
from companion.storage.models import JournalEntryRow, TagRow, entry_tag

__all__ = [
    "EntryNotFound",
    "create",
    "create_many",
    "delete_entry",
    "restore_deleted",
    "update",
]


def _to_entry(row: JournalEntryRow) -> JournalEntry:
    return JournalEntry(
        id=row.id,
        created_at=row.created_at,
        updated_at=row.updated_at,
        title=row.title,
        body=row.body,
        mood=row.mood,
        tags=tuple(t.name for t in row.tags),
        private=row.private,
        bring_to_session=row.bring_to_session,
    )


def _tag_rows(session: Session, names: Iterable[str]) -> list[TagRow]:
    names = list(names)
    if not names:
        return []
    existing = {
        t.name.lower(): t
        for t in session.scalars(select(TagRow).where(func.lower(TagRow.name).in_(names)))
    }
    rows = []
    for name in names:
        row = existing.get(name)
        if row is None:
            row = TagRow(name=name)
            session.add(row)
            existing[name] = row
        rows.append(row)
    return rows


def _prune_unused_tags(session: Session) -> None:
    session.execute(delete(TagRow).where(~TagRow.id.in_(select(entry_tag.c.tag_id))))


def create(session: Session, draft: EntryDraft, now: datetime) -> JournalEntry:
    row = JournalEntryRow(
        created_at=now,
        updated_at=now,
        title=draft.title,
        body=draft.body,
        mood=draft.mood,
        private=draft.private,
        bring_to_session=draft.bring_to_session,
    )
    row.tags = _tag_rows(session, draft.tags)
    session.add(row)
    session.flush()
    return _to_entry(row)


def update(
    session: Session,
    entry_id: int,
    draft: EntryDraft,
    now: datetime,
    *,
    keep_history: bool = True,
) -> JournalEntry:
    """Save ``draft`` over the entry; with ``keep_history``, what it held until now is kept
    as a version (when the save changes anything)."""
    row = session.get(JournalEntryRow, entry_id)
    if row is None:
        raise EntryNotFound(entry_id)
    before = _to_entry(row)
    if keep_history and not same_content(draft, before):
        history.keep_version(session, before, now)
    row.title = draft.title
    row.body = draft.body
    row.mood = draft.mood
    row.private = draft.private
    row.bring_to_session = draft.bring_to_session
    row.tags = _tag_rows(session, draft.tags)
    row.updated_at = now
    session.flush()
    _prune_unused_tags(session)
    return _to_entry(row)


def delete_entry(session: Session, entry_id: int, now: datetime) -> tuple[JournalEntry, int]:
    """Delete an entry, keeping it (and its versions) among the deleted entries; returns the
    entry as it was and its id among the deleted entries."""
    row = session.get(JournalEntryRow, entry_id)
    if row is None:
        raise EntryNotFound(entry_id)
    snapshot = _to_entry(row)
    deleted_id = history.move_to_deleted(session, snapshot, now)
    session.delete(row)
    session.flush()
    _prune_unused_tags(session)
    return snapshot, deleted_id


def restore_deleted(session: Session, deleted_id: int) -> JournalEntry:
    """Bring a deleted entry back as it was: text, tags, flags, mood, times and versions, with
    the id it had (or a new one, if a later entry has that id now)."""
    entry = history.deleted_in_session(session, deleted_id).entry
    taken = session.get(JournalEntryRow, entry.id) is not None
    row = JournalEntryRow(
        id=None if taken else entry.id,
        created_at=entry.created_at,
        updated_at=entry.updated_at,
        title=entry.title,
        body=entry.body,
        mood=entry.mood,
        private=entry.private,
        bring_to_session=entry.bring_to_session,
    )
    row.tags = _tag_rows(session, entry.tags)
    session.add(row)
    session.flush()
    history.give_back_versions(session, deleted_id, row.id)
    return _to_entry(row)


def create_many(
    session: Session,
    items: Iterable[tuple[datetime, EntryDraft]],
    step: Callable[[int], None] | None = None,
) -> int:
    """Add many entries in the caller's transaction (imports, demo data); returns the count.

    With ``step``, the rows are written in batches of :data:`BATCH` and ``step(added)`` is
    called after each; an exception it raises (a cancelled import) ends the transaction with
    nothing written."""
    tag_cache: dict[str, TagRow] = {}
    added = 0
    for at, draft in items:
        row = JournalEntryRow(
            created_at=at,
            updated_at=at,
            title=draft.title,
            body=draft.body,
            mood=draft.mood,
            private=draft.private,
            bring_to_session=draft.bring_to_session,
        )
        missing = [t for t in draft.tags if t not in tag_cache]
        for tag_row in _tag_rows(session, missing):
            tag_cache[tag_row.name.lower()] = tag_row
        row.tags = [tag_cache[t] for t in draft.tags]
        session.add(row)
        added += 1
        if step is not None and added % BATCH == 0:
            session.flush()
            step(added)
    session.flush()
    if step is not None:
        step(added)
    return added


#: Rows written between two progress reports of :func:`create_many`.
BATCH = 200
