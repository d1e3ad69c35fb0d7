"""Journal entries: reads in plain SQL on the database's reader connection, writes through
the ORM in the caller's unit of work.

The reads are the queries start-up and search-as-you-type run, so they do not need
SQLAlchemy: they take a DB-API connection. The writes take an open SQLAlchemy session and
import SQLAlchemy and the models when first called. Every function returns domain objects;
no ORM row leaves here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from companion.domain.errors import NotFound
from companion.domain.journal import (
    PREVIEW_SOURCE_CHARS,
    EntryDraft,
    EntryFilter,
    EntrySummary,
    JournalEntry,
    preview_text,
)
from companion.domain.journal_history import same_content
from companion.domain.search_text import MatchPattern
from companion.domain.wording import mark
from companion.storage import journal_history_store as history
from companion.storage.sqlcipher import RawConnection

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from companion.storage.models import JournalEntryRow, TagRow

#: Characters of the body read for a list row: what the preview is made from, and a little
#: more, so that it knows when the text goes on (after blank lines too).
READ_FOR_PREVIEW = PREVIEW_SOURCE_CHARS + 200
_WORD = re.compile(r"\w+", re.UNICODE)


class EntryNotFound(NotFound):
    """The entry does not exist (any more)."""

    default_message = mark(
        "domain.errors",
        "This entry is no longer in Companion. It may have been deleted in another window.",
    )


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


def _when(value: object) -> datetime:
    """A stored naive local timestamp (SQLAlchemy writes ISO text)."""
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _tags_by_entry(conn: RawConnection, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        "SELECT et.entry_id, t.name FROM entry_tag et JOIN tag t ON t.id = et.tag_id "
        f"WHERE et.entry_id IN ({marks}) ORDER BY t.name",
        list(ids),
    ).fetchall()
    found: dict[int, list[str]] = {}
    for entry_id, name in rows:
        found.setdefault(int(entry_id), []).append(str(name))
    return {k: tuple(v) for k, v in found.items()}


def get(conn: RawConnection, entry_id: int) -> JournalEntry:
    row = conn.execute(
        "SELECT id, created_at, updated_at, title, body, mood, private, bring_to_session "
        "FROM journal_entry WHERE id = ?",
        (entry_id,),
    ).fetchone()
    if row is None:
        raise EntryNotFound(entry_id)
    return JournalEntry(
        id=int(row[0]),
        created_at=_when(row[1]),
        updated_at=_when(row[2]),
        title=str(row[3]),
        body=str(row[4]),
        mood=None if row[5] is None else int(row[5]),
        tags=_tags_by_entry(conn, [entry_id]).get(entry_id, ()),
        private=bool(row[6]),
        bring_to_session=bool(row[7]),
    )


def all_tags(conn: RawConnection) -> list[str]:
    rows = conn.execute("SELECT name FROM tag ORDER BY lower(name)").fetchall()
    return [str(r[0]) for r in rows]


def count(conn: RawConnection) -> int:
    return int(conn.execute("SELECT count(*) FROM journal_entry").fetchone()[0])


def _where(f: EntryFilter) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if f.date_from is not None:
        clauses.append("e.created_at >= ?")
        params.append(datetime.combine(f.date_from, time.min).isoformat(" "))
    if f.date_to is not None:
        clauses.append("e.created_at < ?")
        params.append(datetime.combine(f.date_to + timedelta(days=1), time.min).isoformat(" "))
    if f.flagged_only:
        clauses.append("e.bring_to_session = 1")
    if f.tags:
        wanted = sorted({t.lower() for t in f.tags})
        marks = ",".join("?" * len(wanted))
        clauses.append(
            "e.id IN (SELECT et.entry_id FROM entry_tag et JOIN tag t ON t.id = et.tag_id "
            f"WHERE lower(t.name) IN ({marks}) GROUP BY et.entry_id "
            "HAVING count(DISTINCT t.id) = ?)"
        )
        params.extend([*wanted, len(wanted)])
    return clauses, params


#: The search index's rowid is a *list key* (revision 0005): the entry's day as ``YYYYMMDD``
#: shifted left by this many bits, plus the entry id. Descending keys are newest day first.
LIST_KEY_SHIFT = 37
_ID_BITS = (1 << LIST_KEY_SHIFT) - 1


def _day_key(day: date) -> int:
    """The smallest list key of ``day``."""
    return (day.year * 10000 + day.month * 100 + day.day) << LIST_KEY_SHIFT


def _newest_matches(
    conn: RawConnection,
    match: str,
    f: EntryFilter,
    clauses: list[str],
    params: list[Any],
    need: int,
) -> list[int]:
    """Ids of entries that match the search and the filter, a superset of the newest ``need``
    of them in list order (newest first, by ``created_at`` then id).

    The index is read newest day first, a growing chunk at a time, until ``need`` entries
    passed the filter and every entry of the day of the last of them was read: entries of
    older days cannot come before it. Entries of one day are put in order by the caller.
    """
    if need <= 0:
        return []
    bounds = ["journal_list_fts MATCH ?"]
    bound_params: list[Any] = [match]
    if f.date_from is not None:
        bounds.append("journal_list_fts.rowid >= ?")
        bound_params.append(_day_key(f.date_from))
    if f.date_to is not None:
        bounds.append("journal_list_fts.rowid < ?")
        bound_params.append(_day_key(f.date_to + timedelta(days=1)))
    where = " AND ".join(bounds)
    if f.flagged_only or f.tags:
        # Filters that may pass few entries, and whose check is not cheap (tags): reading
        # chunk by chunk would check most of the index against them; the old way, sorting
        # every match, is quicker then.
        return _all_matches(conn, where, bound_params, clauses, params, need)
    passed: list[int] = []  # list keys of the entries that passed the filter, descending
    below: int | None = None
    chunk = need + 16
    while True:
        if below is None:
            keys = [
                int(r[0])
                for r in conn.execute(
                    f"SELECT rowid FROM journal_list_fts WHERE {where} ORDER BY rowid DESC LIMIT ?",
                    [*bound_params, chunk],
                )
            ]
        else:
            keys = [
                int(r[0])
                for r in conn.execute(
                    f"SELECT rowid FROM journal_list_fts WHERE {where} AND rowid < ? "
                    "ORDER BY rowid DESC LIMIT ?",
                    [*bound_params, below, chunk],
                )
            ]
        if clauses and keys:
            ok = {
                int(r[0])
                for r in conn.execute(
                    "SELECT e.id FROM journal_entry e WHERE e.id IN "
                    f"(SELECT value FROM json_each(?)) AND {' AND '.join(clauses)}",
                    [_json_ids(k & _ID_BITS for k in keys), *params],
                )
            }
            passed.extend(k for k in keys if k & _ID_BITS in ok)
        else:
            passed.extend(keys)
        if len(keys) < chunk:
            break  # every match was read
        if len(passed) >= need and keys[-1] >> LIST_KEY_SHIFT < passed[need - 1] >> LIST_KEY_SHIFT:
            break  # the day of the last entry needed was read to its end
        below = keys[-1]
        chunk *= 4
    if len(passed) > need:
        last_day = passed[need - 1] >> LIST_KEY_SHIFT
        passed = [k for k in passed if k >> LIST_KEY_SHIFT >= last_day]
    return [k & _ID_BITS for k in passed]


def _all_matches(
    conn: RawConnection,
    where: str,
    bound_params: list[Any],
    clauses: list[str],
    params: list[Any],
    need: int,
) -> list[int]:
    """Ids of the newest ``need`` entries that match the search and the filter, found as
    before revision 0005: every match is looked up and they are sorted by date."""
    rows = conn.execute(
        f"SELECT e.id FROM journal_list_fts JOIN journal_entry e "
        f"ON e.id = (journal_list_fts.rowid & {_ID_BITS}) WHERE {where} "
        f"AND {' AND '.join(clauses)} ORDER BY e.created_at DESC, e.id DESC LIMIT ?",
        [*bound_params, *params, need],
    ).fetchall()
    return [int(r[0]) for r in rows]


def _json_ids(ids: Iterable[int]) -> str:
    return "[" + ",".join(str(i) for i in ids) + "]"


def list_summaries(
    conn: RawConnection, f: EntryFilter, offset: int, limit: int
) -> list[EntrySummary]:
    """One page of the journal list, newest first; with ``f.text`` a full-text search whose
    rows carry the matching part of the text with the matches marked.

    A search reads the index newest first and stops after the page (see
    :func:`_newest_matches`); the marking is done here for the page only, which keeps
    one-letter searches over years of entries fast (FTS5's ``snippet()`` would run for every
    match).
    """
    match = fts_match_query(f.text)
    clauses, params = _where(f)
    if match is None:
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = conn.execute(
            "SELECT e.id, e.created_at, e.title, "
            f"substr(e.body, 1, {READ_FOR_PREVIEW}), e.mood, e.private, e.bring_to_session "
            f"FROM journal_entry e {where} ORDER BY e.created_at DESC, e.id DESC "
            "LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
    else:
        ids = _newest_matches(conn, match, f, clauses, params, offset + limit)
        rows = conn.execute(
            "SELECT e.id, e.created_at, e.title, e.body, e.mood, e.private, e.bring_to_session "
            "FROM journal_entry e WHERE e.id IN (SELECT value FROM json_each(?)) "
            "ORDER BY e.created_at DESC, e.id DESC LIMIT ? OFFSET ?",
            [_json_ids(ids), limit, offset],
        ).fetchall()
    tags = _tags_by_entry(conn, [int(r[0]) for r in rows])
    pattern = MatchPattern.for_query(f.text) if match is not None else None
    summaries = []
    for r in rows:
        entry_id, title, text = int(r[0]), str(r[2]), str(r[3])
        summaries.append(
            EntrySummary(
                id=entry_id,
                created_at=_when(r[1]),
                title=title,
                preview=preview_text(title, text),
                mood=None if r[4] is None else int(r[4]),
                tags=tags.get(entry_id, ()),
                private=bool(r[5]),
                bring_to_session=bool(r[6]),
                highlighted=pattern.snippet(text) if pattern else None,
                highlighted_title=pattern.mark(title) if pattern else None,
            )
        )
    return summaries


# --- writes (ORM) --------------------------------------------------------------------------


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
    from sqlalchemy import func, select

    from companion.storage.models import TagRow

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
    from sqlalchemy import delete, select

    from companion.storage.models import TagRow, entry_tag

    session.execute(delete(TagRow).where(~TagRow.id.in_(select(entry_tag.c.tag_id))))


def create(session: Session, draft: EntryDraft, now: datetime) -> JournalEntry:
    from companion.storage.models import JournalEntryRow

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


def get_in_session(session: Session, entry_id: int) -> JournalEntry | None:
    """The entry as stored, read in the caller's unit of work (None when it is gone)."""
    from companion.storage.models import JournalEntryRow

    row = session.get(JournalEntryRow, entry_id)
    return None if row is None else _to_entry(row)


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
    from companion.storage.models import JournalEntryRow

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
    from companion.storage.models import JournalEntryRow

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
    from companion.storage.models import JournalEntryRow

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
    *,
    ids: list[int] | None = None,
) -> int:
    """Add many entries in the caller's transaction (imports, demo data); returns the count.

    With ``step``, the rows are written in batches of :data:`BATCH` and ``step(added)`` is
    called after each; an exception it raises (a cancelled import) ends the transaction with
    nothing written. ``ids``, when given, receives the new entries' ids in order."""
    from companion.storage.models import JournalEntryRow

    tag_cache: dict[str, TagRow] = {}
    rows: list[JournalEntryRow] = []
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
        if ids is not None:
            rows.append(row)
        added += 1
        if step is not None and added % BATCH == 0:
            session.flush()
            step(added)
    session.flush()
    if ids is not None:
        ids.extend(int(row.id) for row in rows)
    if step is not None:
        step(added)
    return added


#: Rows written between two progress reports of :func:`create_many`.
BATCH = 200
