"""Noting what a unit of work writes, so that it can be announced once it is committed.

Two SQLAlchemy session events see every write: ``after_flush`` the ORM objects that were
added, changed or deleted (with their ids), ``do_orm_execute`` the statements a store runs
itself (INSERT, UPDATE, DELETE, as ORM statements or plain SQL). Each table belongs to
one area of :mod:`companion.domain.changes`. Only table names and ids are read: never the
values written.
"""

from __future__ import annotations

import functools
import logging
import re
from typing import TYPE_CHECKING, Any

from companion.domain.changes import Area, Changes

if TYPE_CHECKING:
    from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

log = logging.getLogger(__name__)

#: Marks a table whose rows are not records a view shows (tags, search indexes): writing
#: it touches the area without changing any particular record of it.
NO_RECORD = ""

#: table -> (its area, the column that holds the id the area knows a record by; None when
#: the table's writes may change any record, NO_RECORD when they change none)
TABLE_AREAS: dict[str, tuple[Area, str | None]] = {
    "journal_entry": (Area.JOURNAL, "id"),
    "entry_tag": (Area.JOURNAL, "entry_id"),
    "tag": (Area.JOURNAL, NO_RECORD),
    "journal_list_fts": (Area.JOURNAL, NO_RECORD),
    "journal_entry_version": (Area.ENTRY_HISTORY, None),
    "deleted_journal_entry": (Area.ENTRY_HISTORY, None),
    "entry_attachment": (Area.ATTACHMENTS, None),
    "attachment_blob": (Area.ATTACHMENTS, NO_RECORD),
    "counselor": (Area.COUNSELORS, "id"),
    "session_series": (Area.SESSIONS, None),
    "counseling_session": (Area.SESSIONS, "id"),
    "agenda_item": (Area.AGENDA, "id"),
    "goal": (Area.GOALS, "id"),
    "goal_progress": (Area.GOALS, "goal_id"),
    "feedback_note": (Area.FEEDBACK, "id"),
    "note_fts": (Area.FEEDBACK, NO_RECORD),
    "check_in": (Area.CHECKINS, "id"),
    "check_in_rating": (Area.CHECKINS, "check_in_id"),
    "safety_plan": (Area.SAFETY_PLAN, None),
    "profile_meta": (Area.SETTINGS, None),
    "alembic_version": (Area.SETTINGS, None),
    "sync_record": (Area.SYNC, NO_RECORD),
    "sync_applied": (Area.SYNC, NO_RECORD),
    "sync_outbox": (Area.SYNC, NO_RECORD),
}

_KEY = "companion.changes"
_TABLES_NOTED = "companion.tables_noted"
_WRITE = re.compile(
    r"^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)"
    r"\s+[\"`\[]?(\w+)",
    re.IGNORECASE,
)


def _note(session: Session, changes: Changes) -> None:
    noted: Changes = session.info.get(_KEY, Changes())
    session.info[_KEY] = noted.merged(changes)


def _for_table(table: str, ids: list[int] | None) -> Changes:
    known = TABLE_AREAS.get(table)
    if known is None:
        # a table nobody mapped: say that anything may have changed rather than nothing
        log.error("a write to a table without an area: %s", table)
        return Changes.everything()
    area, column = known
    return Changes.of(area, () if column == NO_RECORD else ids)


def _object_changes(obj: Any) -> Changes:
    table = getattr(obj, "__tablename__", None)
    if table is None:
        return Changes.everything()
    known = TABLE_AREAS.get(table)
    column = known[1] if known is not None else None
    value = getattr(obj, column, None) if column else None
    return _for_table(table, [value] if isinstance(value, int) else None)


def _after_flush(session: Session, _context: object) -> None:
    changes = Changes()
    for obj in (*session.new, *session.dirty, *session.deleted):
        changes = changes.merged(_object_changes(obj))
    if changes:
        _note(session, changes)


def _on_execute(state: ORMExecuteState) -> None:
    statement = state.statement
    table = getattr(statement, "table", None)
    if state.is_insert or state.is_update or state.is_delete:
        name = getattr(table, "name", None)
        _note(state.session, _for_table(name, None) if name else Changes.everything())
        return
    text = getattr(statement, "text", None)
    if isinstance(text, str):
        match = _WRITE.match(text)
        if match:
            _note(state.session, _for_table(match.group(1).lower(), None))


def note_sql(session: Session, sql: str) -> None:
    """Note a statement run on the unit of work's own driver connection (which the
    session's events do not see), as :func:`_on_execute` notes plain SQL."""
    table = _written_table(sql)
    if table is None:
        return
    noted: set[str] = session.info.setdefault(_TABLES_NOTED, set())
    if table not in noted:  # once per table and unit of work: thousands run in a row
        noted.add(table)
        _note(session, _for_table(table, None))


@functools.lru_cache(maxsize=256)
def _written_table(sql: str) -> str | None:
    match = _WRITE.match(sql)
    return match.group(1).lower() if match else None


def install(sessions: sessionmaker[Session]) -> None:
    """Note the writes of every session ``sessions`` makes."""
    from sqlalchemy import event

    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "do_orm_execute", _on_execute)
    event.listen(sessions, "after_rollback", forget)


def forget(session: Session) -> None:
    """Drop what was noted (the unit of work was rolled back)."""
    session.info.pop(_KEY, None)
    session.info.pop(_TABLES_NOTED, None)


def take(session: Session) -> Changes:
    """What the session wrote, once; call after it committed."""
    noted: Changes = session.info.pop(_KEY, Changes())
    session.info.pop(_TABLES_NOTED, None)
    return noted
