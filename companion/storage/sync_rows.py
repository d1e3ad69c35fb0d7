"""The rows that sync, read as plain values and written back from them.

Sync sees a record as a dictionary of its columns (without the row id), with each reference
to another record given as that record's sync id (``uid``) instead of its row id here, plus
the journal entry's tag names and the check-in's ratings. A file kept with an entry
(``entry_attachment``) syncs as a record of its own: the entry it belongs to, the SHA-256 of
its bytes (which travel as files of their own, see ``services/sync.py``), its name, place
and whether it goes into a summary; while its entry is among the recently deleted, so is
the file (its row keeps its id, with ``deleted_id`` set), and that is no change to sync.
This module reads every such record in one snapshot and writes one back (insert, update or
delete) inside the caller's unit of work. Values are the stored forms (ISO text for dates,
0/1 for flags): they go back exactly as they came, with plain SQL, so a record read on one
computer is stored the same on another.
The merging itself is done above (``services/sync.py``), the bookkeeping in
:mod:`companion.storage.sync_store`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cache
from typing import TYPE_CHECKING, Any

from companion.domain.attachments import short_name
from companion.domain.journal import JournalEntry
from companion.storage import change_log
from companion.storage import journal_history_store as history

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: The tables that sync, a record's references before it.
KINDS = (
    "counselor",
    "session_series",
    "counseling_session",
    "journal_entry",
    "feedback_note",
    "goal",
    "goal_progress",
    "agenda_item",
    "check_in",
    "safety_plan",
    "entry_attachment",
)
#: The files kept with entries (their bytes are not in the record: only their SHA-256).
ATTACHMENT = "entry_attachment"
#: The one safety plan has the same sync id on every computer, so that plans written on two
#: computers before they first synced are merged like any other record.
SAFETY_PLAN_UID = "5afe" * 8
TAGS = "tags"
RATINGS = "ratings"

Values = dict[str, Any]


@dataclass(frozen=True)
class Reference:
    column: str
    kind: str
    required: bool  # NOT NULL: the row cannot be written without it
    #: a record that needs the one it refers to keeps it when another computer deletes it
    #: (a file kept with an entry does not: it follows its entry to Recently deleted)
    keeps: bool = True


@dataclass(frozen=True)
class Column:
    """What a column accepts, as sync checks values read from another computer."""

    name: str
    kind: str  # "text", "int", "bool", "date", "datetime", "time", "float"
    nullable: bool
    length: int | None = None
    free: bool = False  # free text a person writes (notes, a body), not a name or a choice


@dataclass(frozen=True)
class Kind:
    table: str
    columns: tuple[str, ...]  # without id
    references: tuple[Reference, ...]
    checks: tuple[Column, ...] = ()


@cache
def kinds() -> dict[str, Kind]:
    """Each syncing table's columns and references, from the models."""
    from companion.storage.models import Base

    found: dict[str, Kind] = {}
    for name in KINDS:
        if name == ATTACHMENT:  # its table is made by migration 0007 only (no model)
            found[name] = _ATTACHMENT_KIND
            continue
        table = Base.metadata.tables[name]
        columns = tuple(c.name for c in table.columns if c.name != "id")
        references = tuple(
            Reference(fk.parent.name, fk.column.table.name, not fk.parent.nullable)
            for fk in sorted(table.foreign_keys, key=lambda f: f.parent.name)
        )
        refs = {r.column for r in references}
        checks = tuple(_column(c) for c in table.columns if c.name != "id" and c.name not in refs)
        found[name] = Kind(name, columns, references, checks)
    return found


_ATTACHMENT_KIND = Kind(
    ATTACHMENT,
    ("entry_id", "digest", "name", "position", "added_at", "in_summary"),
    (Reference("entry_id", "journal_entry", required=True, keeps=False),),
    (
        Column("digest", "text", False, 64),
        Column("name", "text", False, 255),
        Column("position", "int", False),
        Column("added_at", "datetime", False),
        Column("in_summary", "bool", False),
    ),
)
#: Only the files of entries that are there sync as rows (not those of deleted entries).
_LIVE_ONLY = {ATTACHMENT: " WHERE entry_id IS NOT NULL"}
_DIGEST = re.compile(r"[0-9a-f]{64}")
#: A file's place among its entry's files, as read from another computer.
_MAX_POSITION = 1_000_000


def _column(column: Any) -> Column:
    from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Time

    kind = column.type
    if isinstance(kind, Boolean):
        found = "bool"
    elif isinstance(kind, DateTime) or kind.__class__.__name__ == "UTCDateTime":
        found = "datetime"
    elif isinstance(kind, Date):
        found = "date"
    elif isinstance(kind, Time):
        found = "time"
    elif isinstance(kind, Integer):
        found = "int"
    elif isinstance(kind, Float):
        found = "float"
    else:
        found = "text"
    length = getattr(kind, "length", None)
    from sqlalchemy import Text

    free = isinstance(kind, Text) and length is None
    return Column(column.name, found, bool(column.nullable), length, free)


def free_text_columns(kind: str) -> tuple[str, ...]:
    """The columns of ``kind`` that hold what a person wrote in their own words."""
    return tuple(c.name for c in kinds()[kind].checks if c.free)


#: Limits of values read from another computer (SQLite's own integer range, a text's size).
_MAX_INT = 2**62
_MAX_TEXT = 16 * 1024 * 1024


def _fits(column: Column, value: object) -> bool:
    if value is None:
        return column.nullable
    if column.kind == "bool":
        return value in (0, 1) and not isinstance(value, float)
    if column.kind == "int":
        return isinstance(value, int) and not isinstance(value, bool) and abs(value) < _MAX_INT
    if column.kind == "float":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if not isinstance(value, str) or len(value) > _MAX_TEXT:
        return False
    if column.kind == "text":
        return column.length is None or len(value) <= column.length
    try:
        if column.kind == "date":
            date.fromisoformat(value)
        elif column.kind == "time":
            time.fromisoformat(value)
        else:
            datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def acceptable(kind: str, values: Mapping[str, Any]) -> bool:
    """True when ``values`` (read from another computer) could be this kind's row: every
    column there with a value of its type (dates that parse, texts within their length),
    references as sync ids, tags a list of short texts, ratings a map of small numbers."""
    spec = kinds()[kind]
    for column in spec.checks:
        if column.name not in values or not _fits(column, values[column.name]):
            return False
    for ref in spec.references:
        uid = values.get(ref.column)
        if uid is None:
            if ref.required:
                return False
        elif not isinstance(uid, str) or len(uid) != 32:
            return False
    if kind == ATTACHMENT and not _acceptable_attachment(values):
        return False
    tags = values.get(TAGS, [])
    if kind == "journal_entry" and not (
        isinstance(tags, list) and all(isinstance(t, str) and 0 < len(t) <= 40 for t in tags)
    ):
        return False
    ratings = values.get(RATINGS, {})
    return kind != "check_in" or (
        isinstance(ratings, dict)
        and all(
            isinstance(q, str) and isinstance(r, int) and not isinstance(r, bool) and 0 <= r <= 10
            for q, r in ratings.items()
        )
    )


def _acceptable_attachment(values: Mapping[str, Any]) -> bool:
    """The SHA-256 in hex, a name as Companion keeps one (no folders, no control
    characters, not too long), a place that is a small whole number."""
    name, position = values.get("name"), values.get("position")
    return (
        isinstance(values.get("digest"), str)
        and _DIGEST.fullmatch(values["digest"]) is not None
        and isinstance(name, str)
        and short_name(name) == name
        and isinstance(position, int)
        and 0 <= position <= _MAX_POSITION
    )


def _execute(session: Session, sql: str, params: Mapping[str, Any] | None = None) -> Any:
    """Run ``sql`` on the unit of work's driver connection (thousands of these in a row when
    a computer joins: SQLAlchemy's own per-statement work would cost more than SQLite's),
    noting a write for the change feed."""
    from companion.storage.engine import Database, storable_row

    change_log.note_sql(session, sql)
    return Database.driver_connection(session).execute(sql, storable_row(dict(params or {})))


def _query(session: Session, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in _execute(session, sql, params)]


def read_all(session: Session, only: tuple[str, ...] = KINDS) -> dict[str, dict[int, Values]]:
    """Every row of the syncing tables (row id -> its values, references as row ids), with
    tags and ratings, in the caller's unit of work (one snapshot)."""
    spec = kinds()
    rows: dict[str, dict[int, Values]] = {}
    for name in only:
        columns = spec[name].columns
        listed = ", ".join(("id", *columns))
        found: dict[int, Values] = {}
        where = _LIVE_ONLY.get(name, "")
        for row in _query(session, f"SELECT {listed} FROM {name}{where}"):
            found[int(row[0])] = dict(zip(columns, row[1:], strict=True))
        rows[name] = found
    if "journal_entry" in rows:
        entries = rows["journal_entry"]
        for values in entries.values():
            values[TAGS] = []
        for entry_id, tag in _query(
            session,
            "SELECT et.entry_id, t.name FROM entry_tag et JOIN tag t ON t.id = et.tag_id "
            "ORDER BY t.name",
        ):
            if entry_id in entries:
                entries[entry_id][TAGS].append(tag)
    if "check_in" in rows:
        check_ins = rows["check_in"]
        for values in check_ins.values():
            values[RATINGS] = {}
        for check_in_id, quality, rating in _query(
            session, "SELECT check_in_id, quality, rating FROM check_in_rating"
        ):
            if check_in_id in check_ins:
                check_ins[check_in_id][RATINGS][quality] = rating
    return rows


def read_one(session: Session, kind: str, local_id: int) -> Values | None:
    """One row's values as :func:`read_all` gives them, in the caller's unit of work."""
    spec = kinds()[kind]
    listed = ", ".join(spec.columns)
    found = _query(session, f"SELECT {listed} FROM {kind} WHERE id = :id", id=local_id)
    if not found:
        return None
    values = dict(zip(spec.columns, found[0], strict=True))
    if kind == "journal_entry":
        values[TAGS] = [
            r[0]
            for r in _query(
                session,
                "SELECT t.name FROM entry_tag et JOIN tag t ON t.id = et.tag_id "
                "WHERE et.entry_id = :id ORDER BY t.name",
                id=local_id,
            )
        ]
    if kind == "check_in":
        values[RATINGS] = {
            q: r
            for q, r in _query(
                session,
                "SELECT quality, rating FROM check_in_rating WHERE check_in_id = :id",
                id=local_id,
            )
        }
    return values


def _entry(local_id: int, values: Mapping[str, Any]) -> JournalEntry:
    def when(value: object) -> datetime:
        return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))

    return JournalEntry(
        id=local_id,
        created_at=when(values["created_at"]),
        updated_at=when(values["updated_at"]),
        title=str(values["title"]),
        body=str(values["body"]),
        mood=None if values["mood"] is None else int(values["mood"]),
        tags=tuple(values.get(TAGS, ())),
        private=bool(values["private"]),
        bring_to_session=bool(values["bring_to_session"]),
    )


def keep_entry_version(
    session: Session, local_id: int, values: Mapping[str, Any], now: datetime, *, other: bool
) -> None:
    """Keep ``values`` (an entry's content) among the entry's earlier versions; ``other``
    marks a version changed on another computer at the same time as the entry here."""
    history.keep_version(session, _entry(local_id, values), now, other_computer=other)


def write(session: Session, kind: str, local_id: int | None, values: Mapping[str, Any]) -> int:
    """Insert (``local_id`` None) or update a row from ``values`` (references already row
    ids here); returns the row id."""
    spec = kinds()[kind]
    columns = [c for c in spec.columns if c in values]
    params = {c: values[c] for c in columns}
    if local_id is None and kind == "safety_plan":
        # the one plan is always row 1
        if _query(session, "SELECT 1 FROM safety_plan WHERE id = 1"):
            local_id = 1
        else:
            columns, params = ["id", *columns], {**params, "id": 1}
    new = local_id is None
    if local_id is None:
        listed = ", ".join(columns)
        marks = ", ".join(f":{c}" for c in columns)
        result = _execute(session, f"INSERT INTO {kind} ({listed}) VALUES ({marks})", params)
        local_id = int(result.lastrowid)
    else:
        assignments = ", ".join(f"{c} = :{c}" for c in columns)
        if kind == ATTACHMENT:  # back with an entry: no longer among the deleted ones
            assignments += ", deleted_id = NULL"
        _execute(
            session, f"UPDATE {kind} SET {assignments} WHERE id = :id", {**params, "id": local_id}
        )
    if kind == "journal_entry":
        _write_tags(session, local_id, values.get(TAGS, ()), new=new)
    if kind == "check_in":
        _write_ratings(session, local_id, values.get(RATINGS, {}), new=new)
    return local_id


def prune_tags(session: Session) -> None:
    """Remove tags no entry has any more (once, after writing entries)."""
    _execute(session, "DELETE FROM tag WHERE id NOT IN (SELECT tag_id FROM entry_tag)")


def _write_tags(session: Session, entry_id: int, names: object, *, new: bool) -> None:
    if not new:
        _execute(session, "DELETE FROM entry_tag WHERE entry_id = :id", {"id": entry_id})
    for name in names if isinstance(names, list | tuple) else ():
        _execute(session, "INSERT OR IGNORE INTO tag (name) VALUES (:name)", {"name": name})
        _execute(
            session,
            "INSERT OR IGNORE INTO entry_tag (entry_id, tag_id) "
            "SELECT :id, id FROM tag WHERE name = :name",
            {"id": entry_id, "name": name},
        )


def _write_ratings(session: Session, check_in_id: int, ratings: object, *, new: bool) -> None:
    if not new:
        sql = "DELETE FROM check_in_rating WHERE check_in_id = :id"
        _execute(session, sql, {"id": check_in_id})
    for quality, rating in ratings.items() if isinstance(ratings, Mapping) else ():
        _execute(
            session,
            "INSERT INTO check_in_rating (check_in_id, quality, rating) VALUES (:id, :q, :r)",
            {"id": check_in_id, "q": quality, "r": rating},
        )


def delete(session: Session, kind: str, local_id: int, now: datetime) -> None:
    """Delete a row; a journal entry goes among the recently deleted entries, as when it is
    deleted here."""
    if kind == "journal_entry":
        values = read_one(session, kind, local_id)
        if values is None:
            return
        history.move_to_deleted(session, _entry(local_id, values), now)
        _execute(session, "DELETE FROM journal_entry WHERE id = :id", {"id": local_id})
        _execute(session, "DELETE FROM tag WHERE id NOT IN (SELECT tag_id FROM entry_tag)")
        return
    _execute(session, f"DELETE FROM {kind} WHERE id = :id", {"id": local_id})


def check_in_for_session(
    session: Session, session_id: int, other_than: int | None
) -> tuple[int, str] | None:
    """The check-in of a counseling session (there is at most one) other than ``other_than``:
    its row id and when it was written."""
    found = _query(
        session,
        "SELECT id, created_at FROM check_in WHERE session_id = :s AND id != :id",
        s=session_id,
        id=other_than if other_than is not None else -1,
    )
    return (int(found[0][0]), str(found[0][1])) if found else None


def take_back_from_bin(session: Session, entry_id: int, values: Mapping[str, Any]) -> None:
    """An entry arrived that this computer keeps among the recently deleted (it was restored,
    or written again over its deletion, on another computer): see
    :func:`~companion.storage.journal_history_store.absorb_deleted`."""
    created_at, title = str(values.get("created_at")), str(values.get("title"))
    if not _query(  # the usual case, asked the quick way: nothing of it in the bin
        session,
        "SELECT 1 FROM deleted_journal_entry WHERE created_at = :c AND title = :t LIMIT 1",
        c=created_at,
        t=title,
    ):
        return
    history.absorb_deleted(session, entry_id, created_at, title, datetime.now())


def detach_check_in(session: Session, check_in_id: int) -> None:
    """The check-in is no longer tied to its session (another one keeps it)."""
    _execute(session, "UPDATE check_in SET session_id = NULL WHERE id = :id", {"id": check_in_id})


def binned_attachments(session: Session) -> set[int]:
    """The files (row ids) that followed their entry among the recently deleted."""
    return {
        int(r[0])
        for r in _query(
            session,
            "SELECT id FROM entry_attachment WHERE entry_id IS NULL AND deleted_id IS NOT NULL",
        )
    }


def attachment_state(session: Session, local_id: int) -> str | None:
    """Where the file with row id ``local_id`` is: ``"live"`` (with its entry), ``"binned"``
    (with its entry among the recently deleted) or None (not here)."""
    found = _query(
        session, "SELECT entry_id, deleted_id FROM entry_attachment WHERE id = :id", id=local_id
    )
    if not found:
        return None
    entry_id, deleted_id = found[0]
    if entry_id is not None:
        return "live"
    return "binned" if deleted_id is not None else None


def update_binned_attachment(session: Session, local_id: int, values: Mapping[str, Any]) -> None:
    """A file among the recently deleted takes the name, place and summary choice another
    computer gave it (it comes back with them when its entry is restored)."""
    _execute(
        session,
        "UPDATE entry_attachment SET name = :name, position = :position, "
        "in_summary = :in_summary WHERE id = :id",
        {
            "name": values["name"],
            "position": values["position"],
            "in_summary": values["in_summary"],
            "id": local_id,
        },
    )


def has_file(session: Session, digest: str) -> bool:
    """Whether the bytes with SHA-256 ``digest`` are kept here."""
    return bool(
        _query(session, "SELECT 1 FROM attachment_blob WHERE digest = :d LIMIT 1", d=digest)
    )


def file_bytes(session: Session, digest: str) -> tuple[bytes, str] | None:
    """The bytes with SHA-256 ``digest`` and their media type; None when not kept here."""
    found = _query(
        session, "SELECT data, media_type FROM attachment_blob WHERE digest = :d", d=digest
    )
    return (bytes(found[0][0]), str(found[0][1])) if found else None


def files_used(session: Session) -> set[str]:
    """The SHA-256 of every file an entry (or a recently deleted one) holds here."""
    return {str(r[0]) for r in _query(session, "SELECT DISTINCT digest FROM entry_attachment")}


def children(kind: str) -> tuple[tuple[str, Reference], ...]:
    """The syncing tables whose rows refer to ``kind``, with the reference."""
    return tuple(
        (other.table, ref)
        for other in kinds().values()
        for ref in other.references
        if ref.kind == kind
    )
