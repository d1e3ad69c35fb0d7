"""Reading every record for the full archive, and writing an archive back in one transaction.

Reads are plain SQL on the reader connection (one consistent snapshot); the write inserts all
tables with SQLAlchemy Core inside one ORM session, so an import is all or nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from companion.formats.archive import (
    CHECK_INS,
    ENTRIES,
    GOALS,
    PROGRESS,
    RECORD_KINDS,
    SAFETY_PLAN,
    ArchiveContent,
    CheckedArchive,
    record_from_row,
)

if TYPE_CHECKING:
    from companion.storage.engine import Database

#: Tables an import needs to be empty (the safety plan counts only when it has text).
_RECORD_TABLES = (*(kind.table for kind in RECORD_KINDS), "goal_progress", "check_in")


def _rows(conn: Any, sql: str) -> list[dict[str, Any]]:
    cursor = conn.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def read_everything(db: Database) -> ArchiveContent:
    """Every record of the profile (private entries and safety plan included: the service
    decides what leaves)."""
    with db.read() as conn:
        conn.execute("BEGIN")
        try:
            records: dict[str, list[dict[str, Any]]] = {}
            for kind in RECORD_KINDS:
                columns = ", ".join(f.name for f in kind.fields)
                rows = _rows(conn, f"SELECT {columns} FROM {kind.table} ORDER BY id")
                records[kind.key] = [record_from_row(kind, row) for row in rows]
            tags: dict[int, list[str]] = {}
            for entry_id, name in conn.execute(
                "SELECT et.entry_id, t.name FROM entry_tag et JOIN tag t ON t.id = et.tag_id "
                "ORDER BY et.entry_id, t.name"
            ):
                tags.setdefault(entry_id, []).append(name)
            for entry in records[ENTRIES.key]:
                entry["tags"] = tags.get(entry["id"], [])
            progress: dict[int, list[dict[str, Any]]] = {}
            columns = ", ".join(f.name for f in PROGRESS.fields)
            for row in _rows(
                conn, f"SELECT goal_id, {columns} FROM goal_progress ORDER BY rated_on, id"
            ):
                progress.setdefault(row["goal_id"], []).append(record_from_row(PROGRESS, row))
            for goal in records[GOALS.key]:
                goal["progress"] = progress.get(goal["id"], [])
            ratings: dict[int, dict[str, int]] = {}
            for check_in_id, quality, rating in conn.execute(
                "SELECT check_in_id, quality, rating FROM check_in_rating "
                "ORDER BY check_in_id, quality"
            ):
                ratings.setdefault(check_in_id, {})[quality] = rating
            for check_in in records[CHECK_INS.key]:
                check_in["ratings"] = ratings.get(check_in["id"], {})
            columns = ", ".join(f.name for f in SAFETY_PLAN.fields)
            plan_rows = _rows(conn, f"SELECT {columns} FROM safety_plan WHERE id = 1")
            plan = record_from_row(SAFETY_PLAN, plan_rows[0]) if plan_rows else None
        finally:
            conn.execute("COMMIT")
    return ArchiveContent(records, plan, includes_private=True, includes_safety_plan=True)


def is_empty(db: Database) -> bool:
    """True when the profile holds no records at all (an import may go in)."""
    with db.read() as conn:
        for table in _RECORD_TABLES:
            if conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None:
                return False
        row = conn.execute(
            "SELECT warning_signs || what_helps || people || professionals || crisis_contacts "
            "FROM safety_plan WHERE id = 1"
        ).fetchone()
    return row is None or not row[0]


def write_everything(db: Database, archive: CheckedArchive) -> int:
    """Insert every record of ``archive`` with its ids, in one transaction; returns how many
    records were written. Any failure writes nothing."""
    from sqlalchemy import delete, insert, select

    from companion.storage import models as m

    tables = m.Base.metadata.tables
    written = 0
    with db.session() as s:
        for kind in RECORD_KINDS:
            rows = archive.rows[kind.table]
            if rows:
                s.execute(insert(tables[kind.table]), rows)
                written += len(rows)
            if kind is ENTRIES and archive.entry_tags:
                tag = tables["tag"]
                tag_ids = {str(n).casefold(): i for i, n in s.execute(select(tag.c.id, tag.c.name))}
                missing: dict[str, str] = {}
                for _entry_id, name in archive.entry_tags:
                    if name.casefold() not in tag_ids:
                        missing.setdefault(name.casefold(), name)
                if missing:
                    s.execute(insert(tag), [{"name": n} for n in missing.values()])
                    tag_ids = {
                        str(n).casefold(): i for i, n in s.execute(select(tag.c.id, tag.c.name))
                    }
                s.execute(
                    insert(tables["entry_tag"]),
                    [
                        {"entry_id": e, "tag_id": tag_ids[n.casefold()]}
                        for e, n in archive.entry_tags
                    ],
                )
            if kind is GOALS and archive.progress:
                s.execute(insert(tables["goal_progress"]), archive.progress)
                written += len(archive.progress)
            if kind is CHECK_INS and archive.ratings:
                s.execute(insert(tables["check_in_rating"]), archive.ratings)
        if archive.safety_plan is not None:
            s.execute(delete(tables["safety_plan"]))
            s.execute(insert(tables["safety_plan"]), [{"id": 1, **archive.safety_plan}])
            written += 1
    return written
