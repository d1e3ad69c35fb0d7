"""Earlier versions of entries and recently deleted entries (tables of revision 0004).

Writes take the caller's ORM session and run plain SQL in its transaction (the journal's
writes in :mod:`companion.storage.journal_store` call them, so that a save and the
version it keeps are one unit of work); reads take the reader connection. Neither table is in
the search index, the journal list or the archive.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from companion.domain.errors import NotFound
from companion.domain.journal import PREVIEW_SOURCE_CHARS, JournalEntry
from companion.domain.journal_history import DeletedEntry, EntryVersion
from companion.domain.wording import mark
from companion.storage import attachment_store
from companion.storage.sqlcipher import RawConnection

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: The retention period in ``profile_meta``, in days ("0": keep no history).
HISTORY_DAYS = "journal_history_days"

_CONTENT = "title, body, mood, tags, private, bring_to_session"
#: Characters of a deleted entry's text read for its row in the list (a little more than its
#: preview is made from, so that it knows when the text goes on).
READ_FOR_PREVIEW = PREVIEW_SOURCE_CHARS + 200


class VersionNotFound(NotFound):
    """The version is no longer kept."""

    default_message = mark(
        "domain.errors",
        "That version is no longer kept.",
    )


class DeletedEntryNotFound(NotFound):
    """The deleted entry is no longer kept (or was restored already)."""

    default_message = mark(
        "domain.errors",
        "This deleted entry is no longer kept. It may have been restored in another window.",
    )


def stamp(moment: datetime) -> str:
    """A time as the tables store it (as SQLAlchemy stores DateTime columns)."""
    return moment.isoformat(sep=" ", timespec="microseconds")


def _when(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _tags(value: object) -> tuple[str, ...]:
    return tuple(t for t in str(value or "").split("\n") if t)


def _content(entry: JournalEntry) -> dict[str, Any]:
    return {
        "title": entry.title,
        "body": entry.body,
        "mood": entry.mood,
        "tags": "\n".join(entry.tags),
        "private": int(entry.private),
        "bring_to_session": int(entry.bring_to_session),
    }


def _execute(session: Session, sql: str, params: dict[str, Any]) -> Any:
    from sqlalchemy import text

    return session.execute(text(sql), params)


# -- writing (in the caller's session) -------------------------------------------------------


def keep_version(
    session: Session, before: JournalEntry, replaced_at: datetime, *, other_computer: bool = False
) -> None:
    """Keep ``before`` (the entry as stored until now) as a version of it; ``other_computer``
    marks a version changed on another computer at the same time as the one here (sync)."""
    _execute(
        session,
        f"INSERT INTO journal_entry_version (entry_id, saved_at, replaced_at, {_CONTENT}, "
        "other_computer) VALUES (:entry_id, :saved_at, :replaced_at, :title, :body, :mood, "
        ":tags, :private, :bring_to_session, :other_computer)",
        {
            "entry_id": before.id,
            "other_computer": int(other_computer),
            "saved_at": stamp(before.updated_at),
            "replaced_at": stamp(replaced_at),
            **_content(before),
        },
    )


def move_to_deleted(session: Session, entry: JournalEntry, deleted_at: datetime) -> int:
    """Keep ``entry`` (about to be deleted) and its versions among the deleted entries;
    returns its id there."""
    result = _execute(
        session,
        "INSERT INTO deleted_journal_entry (entry_id, created_at, updated_at, deleted_at, "
        f"{_CONTENT}) VALUES (:entry_id, :created_at, :updated_at, :deleted_at, :title, :body, "
        ":mood, :tags, :private, :bring_to_session)",
        {
            "entry_id": entry.id,
            "created_at": stamp(entry.created_at),
            "updated_at": stamp(entry.updated_at),
            "deleted_at": stamp(deleted_at),
            **_content(entry),
        },
    )
    deleted_id = int(result.lastrowid)
    _execute(
        session,
        "UPDATE journal_entry_version SET deleted_id = :deleted_id, entry_id = NULL "
        "WHERE entry_id = :entry_id",
        {"deleted_id": deleted_id, "entry_id": entry.id},
    )
    attachment_store.move_to_deleted(session, entry.id, deleted_id)
    return deleted_id


def deleted_in_session(session: Session, deleted_id: int) -> DeletedEntry:
    """A deleted entry, read in the caller's session (before bringing it back)."""
    row = _execute(
        session,
        f"SELECT id, entry_id, created_at, updated_at, deleted_at, {_CONTENT} "
        "FROM deleted_journal_entry WHERE id = :id",
        {"id": deleted_id},
    ).first()
    if row is None:
        raise DeletedEntryNotFound(deleted_id)
    return _deleted(tuple(row))


def give_back_versions(session: Session, deleted_id: int, entry_id: int) -> None:
    """The versions and files of a deleted entry belong to ``entry_id`` (the entry brought
    back) again, and the deleted entry is no longer kept."""
    _execute(
        session,
        "UPDATE journal_entry_version SET entry_id = :entry_id, deleted_id = NULL "
        "WHERE deleted_id = :deleted_id",
        {"entry_id": entry_id, "deleted_id": deleted_id},
    )
    attachment_store.give_back(session, deleted_id, entry_id)
    _execute(session, "DELETE FROM deleted_journal_entry WHERE id = :id", {"id": deleted_id})


def absorb_deleted(
    session: Session, entry_id: int, created_at: str, title: str, now: datetime
) -> None:
    """The live entry ``entry_id`` is an entry kept among the recently deleted (the same
    start: it came back on another computer, or was written again over its deletion): each
    such copy leaves the bin, what it said becomes a version of the entry (when it differs),
    and its versions go to the entry. Restoring the copy would only make a duplicate."""
    found = _execute(
        session,
        f"SELECT id, {_CONTENT}, updated_at FROM deleted_journal_entry "
        "WHERE created_at = :c AND title = :t ORDER BY deleted_at",
        {"c": created_at, "t": title},
    ).fetchall()
    live = _execute(
        session, "SELECT body FROM journal_entry WHERE id = :id", {"id": entry_id}
    ).first()
    for row in found:
        deleted_id = int(row[0])
        if live is None or row[2] != live[0]:
            _execute(
                session,
                f"INSERT INTO journal_entry_version (entry_id, saved_at, replaced_at, {_CONTENT}) "
                "VALUES (:entry_id, :saved_at, :replaced_at, :title, :body, :mood, :tags, "
                ":private, :bring_to_session)",
                {
                    "entry_id": entry_id, "saved_at": str(row[7]), "replaced_at": stamp(now),
                    "title": row[1], "body": row[2], "mood": row[3], "tags": row[4],
                    "private": row[5], "bring_to_session": row[6],
                },
            )  # fmt: skip
        give_back_versions(session, deleted_id, entry_id)


def remove_deleted(session: Session, deleted_id: int) -> None:
    """Remove one deleted entry (and its versions and files) for good."""
    params = {"id": deleted_id}
    _execute(session, "DELETE FROM journal_entry_version WHERE deleted_id = :id", params)
    _execute(session, "DELETE FROM entry_attachment WHERE deleted_id = :id", params)
    _execute(session, "DELETE FROM deleted_journal_entry WHERE id = :id", params)
    attachment_store.collect_unused(session)


def prune(session: Session, cutoff: datetime) -> int:
    """Remove versions replaced, and deleted entries deleted, before ``cutoff`` (with their
    versions), and versions that belong to nothing; returns how many rows went."""
    params = {"cutoff": stamp(cutoff)}
    removed = 0
    for sql in (
        "DELETE FROM journal_entry_version WHERE deleted_id IN "
        "(SELECT id FROM deleted_journal_entry WHERE deleted_at < :cutoff)",
        "DELETE FROM entry_attachment WHERE deleted_id IN "
        "(SELECT id FROM deleted_journal_entry WHERE deleted_at < :cutoff)",
        "DELETE FROM deleted_journal_entry WHERE deleted_at < :cutoff",
        "DELETE FROM journal_entry_version WHERE (replaced_at < :cutoff AND NOT other_computer) "
        "OR (entry_id IS NULL AND deleted_id IS NULL)",
    ):
        removed += int(_execute(session, sql, params).rowcount or 0)
    attachment_store.collect_unused(session)
    return removed


# -- reading (reader connection) ---------------------------------------------------------------


def _version(row: tuple[Any, ...]) -> EntryVersion:
    return EntryVersion(
        id=int(row[0]),
        entry_id=int(row[1]),
        saved_at=_when(row[2]),
        replaced_at=_when(row[3]),
        title=str(row[4]),
        body=str(row[5]),
        mood=None if row[6] is None else int(row[6]),
        tags=_tags(row[7]),
        private=bool(row[8]),
        bring_to_session=bool(row[9]),
        other_computer=bool(row[10]),
    )


def _deleted(row: tuple[Any, ...]) -> DeletedEntry:
    entry = JournalEntry(
        id=int(row[1]),
        created_at=_when(row[2]),
        updated_at=_when(row[3]),
        title=str(row[5]),
        body=str(row[6]),
        mood=None if row[7] is None else int(row[7]),
        tags=_tags(row[8]),
        private=bool(row[9]),
        bring_to_session=bool(row[10]),
    )
    return DeletedEntry(id=int(row[0]), entry=entry, deleted_at=_when(row[4]))


_VERSION_COLUMNS = f"id, entry_id, saved_at, replaced_at, {_CONTENT}, other_computer"


def versions(conn: RawConnection, entry_id: int, since: datetime) -> list[EntryVersion]:
    """The kept versions of a live entry replaced at or after ``since``, newest first."""
    rows = conn.execute(
        f"SELECT {_VERSION_COLUMNS} FROM journal_entry_version "
        "WHERE entry_id = ? AND (replaced_at >= ? OR other_computer) "
        "ORDER BY replaced_at DESC, id DESC",
        (entry_id, stamp(since)),
    ).fetchall()
    return [_version(tuple(r)) for r in rows]


def newest_version_id(conn: RawConnection, entry_id: int) -> int | None:
    """The id of the version of a live entry kept last (None: none is kept)."""
    row = conn.execute(
        "SELECT max(id) FROM journal_entry_version WHERE entry_id = ?", (entry_id,)
    ).fetchone()
    return None if row is None or row[0] is None else int(row[0])


def version(conn: RawConnection, version_id: int) -> EntryVersion:
    row = conn.execute(
        f"SELECT {_VERSION_COLUMNS} FROM journal_entry_version "
        "WHERE id = ? AND entry_id IS NOT NULL",
        (version_id,),
    ).fetchone()
    if row is None:
        raise VersionNotFound(version_id)
    return _version(tuple(row))


def deleted_entries(conn: RawConnection, since: datetime) -> list[DeletedEntry]:
    """Entries deleted at or after ``since``, newest first, with the start of their text (
    enough for a preview)."""
    rows = conn.execute(
        "SELECT id, entry_id, created_at, updated_at, deleted_at, title, "
        f"substr(body, 1, {READ_FOR_PREVIEW}), mood, tags, private, bring_to_session "
        "FROM deleted_journal_entry WHERE deleted_at >= ? ORDER BY deleted_at DESC, id DESC",
        (stamp(since),),
    ).fetchall()
    return [_deleted(tuple(r)) for r in rows]


def latest_deleted_id(conn: RawConnection, entry_id: int) -> int:
    """The id among the deleted entries of the entry that had ``entry_id``, deleted last."""
    row = conn.execute(
        "SELECT id FROM deleted_journal_entry WHERE entry_id = ? ORDER BY id DESC LIMIT 1",
        (entry_id,),
    ).fetchone()
    if row is None:
        raise DeletedEntryNotFound(entry_id)
    return int(row[0])


def counts(conn: RawConnection) -> tuple[int, int]:
    """How many versions and deleted entries are kept (for benchmarks and tests)."""
    (kept,) = conn.execute("SELECT count(*) FROM journal_entry_version").fetchone()
    (deleted,) = conn.execute("SELECT count(*) FROM deleted_journal_entry").fetchone()
    return int(kept), int(deleted)
