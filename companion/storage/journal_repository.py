"""Reading and writing journal entries, and searching them with FTS5.

Functions take an open SQLAlchemy session and return domain objects; no ORM row leaves here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, column, delete, func, select, table, text
from sqlalchemy.orm import Session

from companion.domain.journal import (
    MATCH_END,
    MATCH_START,
    EntryDraft,
    EntryFilter,
    EntrySummary,
    JournalEntry,
    plain_text,
    preview_text,
)
from companion.storage.models import JournalEntryRow, TagRow, entry_tag

#: Characters of the body read for a list row; enough for the preview.
_PREVIEW_SOURCE_CHARS = 600
_WORD = re.compile(r"\w+", re.UNICODE)
#: The FTS5 index of titles and bodies (created by migration 0002, kept in sync by triggers).
_FTS = table("journal_fts", column("rowid"))


class EntryNotFound(LookupError):
    """The entry does not exist (any more)."""


def fts_match_query(user_text: str) -> str | None:
    """An FTS5 MATCH expression for what the client typed: every word must appear, and the
    word being typed matches as a prefix. Operators and quotes typed by the client are taken
    as plain text. ``None`` when there is nothing to search for."""
    words = _WORD.findall(user_text)
    if not words:
        return None
    terms = [f'"{w}"' for w in words]
    if user_text and not user_text[-1].isspace():
        terms[-1] += "*"
    return " ".join(terms)


def _tags_by_entry(session: Session, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    if not ids:
        return {}
    rows = session.execute(
        select(entry_tag.c.entry_id, TagRow.name)
        .join(TagRow, TagRow.id == entry_tag.c.tag_id)
        .where(entry_tag.c.entry_id.in_(ids))
        .order_by(TagRow.name)
    )
    found: dict[int, list[str]] = {}
    for entry_id, name in rows:
        found.setdefault(entry_id, []).append(name)
    return {k: tuple(v) for k, v in found.items()}


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


def get(session: Session, entry_id: int) -> JournalEntry:
    row = session.get(JournalEntryRow, entry_id)
    if row is None:
        raise EntryNotFound(entry_id)
    return _to_entry(row)


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


def update(session: Session, entry_id: int, draft: EntryDraft, now: datetime) -> JournalEntry:
    row = session.get(JournalEntryRow, entry_id)
    if row is None:
        raise EntryNotFound(entry_id)
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


def delete_entry(session: Session, entry_id: int) -> JournalEntry:
    row = session.get(JournalEntryRow, entry_id)
    if row is None:
        raise EntryNotFound(entry_id)
    snapshot = _to_entry(row)
    session.delete(row)
    session.flush()
    _prune_unused_tags(session)
    return snapshot


def restore(session: Session, entry: JournalEntry) -> JournalEntry:
    """Put a deleted entry back exactly as it was, with its id and timestamps."""
    if session.get(JournalEntryRow, entry.id) is not None:
        raise ValueError("entry already exists")
    row = JournalEntryRow(
        id=entry.id,
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
    return _to_entry(row)


def all_tags(session: Session) -> list[str]:
    return list(session.scalars(select(TagRow.name).order_by(func.lower(TagRow.name))))


def count(session: Session) -> int:
    return int(session.scalar(select(func.count(JournalEntryRow.id))) or 0)


def _filtered(stmt: Select[Any], f: EntryFilter) -> Select[Any]:
    e = JournalEntryRow
    if f.date_from is not None:
        stmt = stmt.where(e.created_at >= datetime.combine(f.date_from, time.min))
    if f.date_to is not None:
        stmt = stmt.where(e.created_at < datetime.combine(f.date_to + timedelta(days=1), time.min))
    if f.flagged_only:
        stmt = stmt.where(e.bring_to_session.is_(True))
    if f.tags:
        wanted = [t.lower() for t in f.tags]
        having = (
            select(entry_tag.c.entry_id)
            .join(TagRow, TagRow.id == entry_tag.c.tag_id)
            .where(func.lower(TagRow.name).in_(wanted))
            .group_by(entry_tag.c.entry_id)
            .having(func.count(func.distinct(TagRow.id)) == len(set(wanted)))
        )
        stmt = stmt.where(e.id.in_(having))
    return stmt


def list_summaries(session: Session, f: EntryFilter, offset: int, limit: int) -> list[EntrySummary]:
    """One page of the journal list, newest first; with ``f.text`` a full-text search whose
    previews carry highlighted matches."""
    e = JournalEntryRow
    match = fts_match_query(f.text)
    columns = [
        e.id,
        e.created_at,
        e.title,
        func.substr(e.body, 1, _PREVIEW_SOURCE_CHARS),
        e.mood,
        e.private,
        e.bring_to_session,
    ]
    if match is None:
        stmt = select(*columns)
    else:
        fts_title = text(f"highlight(journal_fts, 0, '{MATCH_START}', '{MATCH_END}')")
        fts_body = text(f"snippet(journal_fts, 1, '{MATCH_START}', '{MATCH_END}', '…', 24)")
        stmt = (
            select(*columns, fts_title, fts_body)
            .select_from(e)
            .join(_FTS, _FTS.c.rowid == e.id)
            .where(text("journal_fts MATCH :match").bindparams(match=match))
        )
    stmt = _filtered(stmt, f).order_by(e.created_at.desc(), e.id.desc()).offset(offset).limit(limit)
    rows: list[Any] = list(session.execute(stmt).all())
    tags = _tags_by_entry(session, [r[0] for r in rows])
    summaries = []
    for r in rows:
        title, body = r[2], r[3]
        highlighted = highlighted_title = None
        if match is not None:
            hl_title, hl_body = str(r[7] or ""), str(r[8] or "")
            if MATCH_START in hl_body:
                highlighted = plain_text(hl_body)
            if MATCH_START in hl_title:
                highlighted_title = hl_title
        summaries.append(
            EntrySummary(
                id=r[0],
                created_at=r[1],
                title=title,
                preview=preview_text(title, body),
                mood=r[4],
                tags=tags.get(r[0], ()),
                private=bool(r[5]),
                bring_to_session=bool(r[6]),
                highlighted=highlighted,
                highlighted_title=highlighted_title,
            )
        )
    return summaries


def create_many(session: Session, items: Iterable[tuple[datetime, EntryDraft]]) -> int:
    """Add many entries in the caller's transaction (imports, demo data); returns the count."""
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
    session.flush()
    return added
