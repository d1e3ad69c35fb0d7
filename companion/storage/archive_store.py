"""Reading whole tables in one snapshot, and writing rows back in one transaction (the full
archive: ``services/archive.py`` joins this with the format in ``formats/archive.py``).

Storage knows the tables; the caller says which columns of which tables it wants and gives
typed values to write. Reads are plain SQL on the reader connection (one consistent
snapshot); the write inserts all tables with SQLAlchemy Core inside one ORM session, so an
import is all or nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from companion.storage.engine import Database

#: Which rows of a table are read, in which order: by id; goal progress in the order it was
#: rated; the safety plan is its one row; the files of entries (not those of entries in
#: Recently deleted) in each entry's order, their bytes' details by digest.
_WHICH_ROWS = {
    "goal_progress": "ORDER BY rated_on, id",
    "safety_plan": "WHERE id = 1",
    "entry_attachment": "WHERE entry_id IS NOT NULL ORDER BY entry_id, position, id",
    "attachment_blob": "ORDER BY digest",
}


@dataclass
class StoredRows:
    """Rows as stored (ISO text, 0/1 booleans): the columns asked for, per table; the tag names
    of each journal entry; the ratings of each check-in, by quality."""

    tables: dict[str, list[dict[str, Any]]]
    entry_tags: dict[int, list[str]]
    check_in_ratings: dict[int, dict[str, int]]


def _name(name: str) -> str:
    """``name`` as given, refusing anything that is not a plain SQL name (it goes into the
    statement)."""
    if not name.isidentifier():
        raise ValueError(f"not a table or column name: {name!r}")
    return name


def _rows(conn: Any, sql: str) -> list[dict[str, Any]]:
    cursor = conn.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def read_rows(db: Database, columns: Mapping[str, Sequence[str]]) -> StoredRows:
    """Every row of each table in ``columns`` (table -> column names), with the journal
    entries' tags and the check-ins' ratings, all from one snapshot (private entries and the
    safety plan included: the service decides what leaves)."""
    with db.read() as conn:
        conn.execute("BEGIN")
        try:
            tables: dict[str, list[dict[str, Any]]] = {}
            for table, names in columns.items():
                listed = ", ".join(_name(n) for n in names)
                which = _WHICH_ROWS.get(table, "ORDER BY id")
                tables[table] = _rows(conn, f"SELECT {listed} FROM {_name(table)} {which}")
            tags: dict[int, list[str]] = {}
            for entry_id, name in conn.execute(
                "SELECT et.entry_id, t.name FROM entry_tag et JOIN tag t ON t.id = et.tag_id "
                "ORDER BY et.entry_id, t.name"
            ):
                tags.setdefault(entry_id, []).append(name)
            ratings: dict[int, dict[str, int]] = {}
            for check_in_id, quality, rating in conn.execute(
                "SELECT check_in_id, quality, rating FROM check_in_rating "
                "ORDER BY check_in_id, quality"
            ):
                ratings.setdefault(check_in_id, {})[quality] = rating
        finally:
            conn.execute("COMMIT")
    return StoredRows(tables, tags, ratings)


def file_bytes(db: Database, digest: str) -> bytes | None:
    """The bytes of the file kept under ``digest`` (None when nothing holds them any more)."""
    with db.read() as conn:
        row = conn.execute(
            "SELECT data FROM attachment_blob WHERE digest = ?", (digest,)
        ).fetchone()
    return None if row is None else bytes(row[0])


def is_empty(db: Database, tables: Iterable[str]) -> bool:
    """True when none of ``tables`` has a row and the safety plan has no text (an import may
    go in)."""
    with db.read() as conn:
        for table in tables:
            if conn.execute(f"SELECT 1 FROM {_name(table)} LIMIT 1").fetchone() is not None:
                return False
        row = conn.execute(
            "SELECT warning_signs || what_helps || people || professionals || crisis_contacts "
            "FROM safety_plan WHERE id = 1"
        ).fetchone()
    return row is None or not row[0]


def write_rows(
    db: Database,
    tables: Iterable[tuple[str, Sequence[Mapping[str, Any]]]],
    *,
    entry_tags: Sequence[tuple[int, str]] = (),
    safety_plan: Mapping[str, Any] | None = None,
    files: Iterable[tuple[Mapping[str, Any], Sequence[Mapping[str, Any]]]] = (),
) -> None:
    """In one transaction: insert the rows of each table with their ids, in the order given
    (a row's references must be written before it); tag journal entries with the names in
    ``entry_tags`` (entry id, tag name), making the tags that do not exist yet; replace the
    safety plan when one is given; then keep each of ``files``: (the ``attachment_blob``
    row of its bytes, the ``entry_attachment`` rows of the entries that hold it, without
    ids). ``files`` is read as it is written, so that only one file is in memory at a time;
    an exception it raises ends the transaction like any other. Any failure writes
    nothing."""
    from sqlalchemy import delete, insert, select, text

    from companion.storage import models as m

    known = m.Base.metadata.tables
    with db.session() as s:
        for table, rows in tables:
            if rows:
                s.execute(insert(known[table]), list(rows))
        if entry_tags:
            tag = known["tag"]
            tag_ids = {str(n).casefold(): i for i, n in s.execute(select(tag.c.id, tag.c.name))}
            missing: dict[str, str] = {}
            for _entry_id, name in entry_tags:
                if name.casefold() not in tag_ids:
                    missing.setdefault(name.casefold(), name)
            if missing:
                s.execute(insert(tag), [{"name": n} for n in missing.values()])
                tag_ids = {str(n).casefold(): i for i, n in s.execute(select(tag.c.id, tag.c.name))}
            s.execute(
                insert(known["entry_tag"]),
                [{"entry_id": e, "tag_id": tag_ids[n.casefold()]} for e, n in entry_tags],
            )
        if safety_plan is not None:
            s.execute(delete(known["safety_plan"]))
            s.execute(insert(known["safety_plan"]), [{"id": 1, **safety_plan}])
        for blob, holders in files:
            # bytes may be there already, held by an entry in Recently deleted
            s.execute(text(_insert("attachment_blob", blob, "INSERT OR IGNORE")), dict(blob))
            if holders:
                s.execute(text(_insert("entry_attachment", holders[0])), [dict(h) for h in holders])


def _insert(table: str, row: Mapping[str, Any], verb: str = "INSERT") -> str:
    """An insert statement into a table without an ORM model, for the columns of ``row``."""
    columns = [_name(c) for c in row]
    return (
        f"{verb} INTO {_name(table)} ({', '.join(columns)}) "
        f"VALUES ({', '.join(':' + c for c in columns)})"
    )
