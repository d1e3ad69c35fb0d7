"""Counselors: plain-SQL reads on the reader connection, ORM writes in a session.

The pattern of every ``*_store`` module: reads need no SQLAlchemy (start-up and lists stay
quick), writes import the models when first used.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from companion.domain.counselors import Counselor, CounselorDraft
from companion.domain.enums import CounselorKind
from companion.domain.errors import NotFound
from companion.domain.wording import mark
from companion.storage.sqlcipher import RawConnection

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_COLUMNS = "id, name, practice, notes, kind, active, started_on, ended_on"


class CounselorNotFound(NotFound):
    """The counselor does not exist (any more)."""

    default_message = mark(
        "domain.errors",
        "This counselor is no longer in Companion. They may have been deleted in another window.",
    )


def _date(value: object) -> date | None:
    return None if value is None else date.fromisoformat(str(value))


def _counselor(row: tuple[object, ...]) -> Counselor:
    return Counselor(
        id=int(row[0]),  # type: ignore[call-overload]
        name=str(row[1]),
        practice=str(row[2]),
        notes=str(row[3]),
        kind=CounselorKind(str(row[4])),
        active=bool(row[5]),
        started_on=_date(row[6]),
        ended_on=_date(row[7]),
    )


def all_counselors(conn: RawConnection) -> list[Counselor]:
    """Active counselors first, then ended ones; each group by name."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM counselor ORDER BY active DESC, lower(name), id"
    ).fetchall()
    return [_counselor(tuple(r)) for r in rows]


def get(conn: RawConnection, counselor_id: int) -> Counselor:
    row = conn.execute(f"SELECT {_COLUMNS} FROM counselor WHERE id = ?", (counselor_id,)).fetchone()
    if row is None:
        raise CounselorNotFound(counselor_id)
    return _counselor(tuple(row))


def save(session: Session, draft: CounselorDraft, counselor_id: int | None = None) -> int:
    """Insert (no id) or update a counselor; returns its id."""
    from companion.storage.models import CounselorRow

    if counselor_id is None:
        row = CounselorRow()
        session.add(row)
    else:
        found = session.get(CounselorRow, counselor_id)
        if found is None:
            raise CounselorNotFound(counselor_id)
        row = found
    row.name = draft.name
    row.practice = draft.practice
    row.notes = draft.notes
    row.kind = draft.kind
    row.active = draft.active
    row.started_on = draft.started_on
    row.ended_on = draft.ended_on
    session.flush()
    return row.id


def delete(session: Session, counselor_id: int) -> None:
    from companion.storage.models import CounselorRow

    row = session.get(CounselorRow, counselor_id)
    if row is None:
        raise CounselorNotFound(counselor_id)
    session.delete(row)
