"""Feedback notes: plain-SQL reads on the reader connection, ORM writes in a session."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from companion.domain.enums import FeedbackKind, FeedbackStatus
from companion.domain.errors import NotFound
from companion.domain.feedback import FeedbackDraft, FeedbackNote
from companion.domain.wording import mark
from companion.storage.goal_store import session_ref, session_refs
from companion.storage.sqlcipher import RawConnection

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

__all__ = [
    "FeedbackNotFound",
    "delete",
    "get",
    "list_notes",
    "save",
    "session_ref",
    "session_refs",
    "set_status",
]

_COLUMNS = "id, kind, body, status, counselor_id, session_id, created_at, updated_at"


class FeedbackNotFound(NotFound):
    """The feedback note does not exist (any more)."""

    default_message = mark(
        "domain.errors",
        "This note is no longer in Companion. It may have been deleted in another window.",
    )


def _when(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _note(row: Sequence[object]) -> FeedbackNote:
    return FeedbackNote(
        id=int(str(row[0])),
        kind=FeedbackKind(str(row[1])),
        body=str(row[2]),
        status=FeedbackStatus(str(row[3])),
        counselor_id=None if row[4] is None else int(str(row[4])),
        session_id=None if row[5] is None else int(str(row[5])),
        created_at=_when(row[6]),
        updated_at=_when(row[7]),
    )


def list_notes(
    conn: RawConnection,
    counselor_id: int | None = None,
    statuses: Sequence[FeedbackStatus] = (),
) -> list[FeedbackNote]:
    """Newest change first. With a counselor: notes for them and notes for no one in
    particular."""
    where: list[str] = []
    params: list[object] = []
    if counselor_id is not None:
        where.append("(counselor_id = ? OR counselor_id IS NULL)")
        params.append(counselor_id)
    if statuses:
        where.append(f"status IN ({','.join('?' * len(statuses))})")
        params.extend(FeedbackStatus(s).value for s in statuses)
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM feedback_note{clause} ORDER BY updated_at DESC, id DESC", params
    ).fetchall()
    return [_note(tuple(r)) for r in rows]


def get(conn: RawConnection, note_id: int) -> FeedbackNote:
    row = conn.execute(f"SELECT {_COLUMNS} FROM feedback_note WHERE id = ?", (note_id,)).fetchone()
    if row is None:
        raise FeedbackNotFound(note_id)
    return _note(tuple(row))


def save(session: Session, draft: FeedbackDraft, now: datetime, note_id: int | None = None) -> int:
    """Insert (no id) or update a note; returns its id."""
    from companion.storage.models import FeedbackNoteRow

    if note_id is None:
        row = FeedbackNoteRow(created_at=now)
        session.add(row)
    else:
        found = session.get(FeedbackNoteRow, note_id)
        if found is None:
            raise FeedbackNotFound(note_id)
        row = found
    row.kind = draft.kind
    row.body = draft.body
    row.status = draft.status
    row.counselor_id = draft.counselor_id
    row.session_id = draft.session_id
    row.updated_at = now
    session.flush()
    return row.id


def set_status(session: Session, note_id: int, status: FeedbackStatus, now: datetime) -> None:
    from companion.storage.models import FeedbackNoteRow

    row = session.get(FeedbackNoteRow, note_id)
    if row is None:
        raise FeedbackNotFound(note_id)
    row.status = status
    row.updated_at = now


def delete(session: Session, note_id: int) -> None:
    from companion.storage.models import FeedbackNoteRow

    row = session.get(FeedbackNoteRow, note_id)
    if row is None:
        raise FeedbackNotFound(note_id)
    session.delete(row)
