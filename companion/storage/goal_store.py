"""Expectations, goals and their progress ratings: plain-SQL reads on the reader connection,
ORM writes in a session (the pattern of :mod:`companion.storage.counselor_store`).

Also the small read of ``counseling_session`` that goals and feedback need to link a rating
or a note to a session.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from companion.domain.enums import GoalDiscussion, GoalKind, GoalStatus, SessionStatus
from companion.domain.errors import NotFound
from companion.domain.goals import RECENT_RATINGS, Goal, GoalDraft, ProgressRating, SessionRef
from companion.domain.wording import mark
from companion.storage.sqlcipher import RawConnection

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_COLUMNS = "id, title, details, kind, counselor_id, discussed, status, created_at, updated_at"
_PROGRESS = "id, goal_id, rated_on, rating, session_id, note"


class GoalNotFound(NotFound):
    """The expectation or goal does not exist (any more)."""

    default_message = mark(
        "domain.errors",
        "This goal is no longer in Companion. It may have been deleted in another window.",
    )


class ProgressNotFound(NotFound):
    """The progress rating does not exist (any more)."""

    default_message = mark(
        "domain.errors",
        "This rating is no longer in Companion. It may have been deleted in another window.",
    )


def _when(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _day(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _optional_id(value: object) -> int | None:
    return None if value is None else int(str(value))


def _goal(row: Sequence[object], recent: tuple[int, ...] = ()) -> Goal:
    return Goal(
        id=int(str(row[0])),
        title=str(row[1]),
        details=str(row[2]),
        kind=GoalKind(str(row[3])),
        counselor_id=_optional_id(row[4]),
        discussed=GoalDiscussion(str(row[5])),
        status=GoalStatus(str(row[6])),
        created_at=_when(row[7]),
        updated_at=_when(row[8]),
        recent_ratings=recent,
    )


def _progress(row: Sequence[object]) -> ProgressRating:
    return ProgressRating(
        id=int(str(row[0])),
        goal_id=int(str(row[1])),
        rated_on=_day(row[2]),
        rating=int(str(row[3])),
        session_id=_optional_id(row[4]),
        note=str(row[5]),
    )


def _recent_ratings(conn: RawConnection, ids: Sequence[int]) -> dict[int, tuple[int, ...]]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        f"SELECT goal_id, rating FROM goal_progress WHERE goal_id IN ({marks}) "
        "ORDER BY goal_id, rated_on, id",
        list(ids),
    ).fetchall()
    found: dict[int, list[int]] = {}
    for goal_id, rating in rows:
        found.setdefault(int(goal_id), []).append(int(rating))
    return {k: tuple(v[-RECENT_RATINGS:]) for k, v in found.items()}


def _with_ratings(conn: RawConnection, rows: list[Sequence[object]]) -> list[Goal]:
    recent = _recent_ratings(conn, [int(str(r[0])) for r in rows])
    return [_goal(r, recent.get(int(str(r[0])), ())) for r in rows]


_ORDER = (
    " ORDER BY CASE status WHEN 'active' THEN 0 WHEN 'achieved' THEN 1 ELSE 2 END,"
    " CASE kind WHEN 'expectation' THEN 0 ELSE 1 END, created_at, id"
)


def list_goals(
    conn: RawConnection, counselor_id: int | None = None, *, include_closed: bool = True
) -> list[Goal]:
    """Open ones first, expectations before goals, oldest first. With a counselor, goals
    for that counselor and goals not tied to anyone."""
    where: list[str] = []
    params: list[object] = []
    if counselor_id is not None:
        where.append("(counselor_id = ? OR counselor_id IS NULL)")
        params.append(counselor_id)
    if not include_closed:
        where.append("status = 'active'")
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM goal{clause}{_ORDER}", params).fetchall()
    return _with_ratings(conn, [tuple(r) for r in rows])


def get(conn: RawConnection, goal_id: int) -> Goal:
    row = conn.execute(f"SELECT {_COLUMNS} FROM goal WHERE id = ?", (goal_id,)).fetchone()
    if row is None:
        raise GoalNotFound(goal_id)
    return _with_ratings(conn, [tuple(row)])[0]


def touched_since(conn: RawConnection, moment: datetime) -> list[Goal]:
    """Goals created, changed or rated at or after ``moment`` (local wall-clock time)."""
    stamp = moment.replace(tzinfo=None).isoformat(sep=" ")
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM goal WHERE created_at >= ? OR updated_at >= ?{_ORDER}",
        (stamp, stamp),
    ).fetchall()
    return _with_ratings(conn, [tuple(r) for r in rows])


def history(conn: RawConnection, goal_id: int) -> list[ProgressRating]:
    """A goal's ratings, oldest first."""
    rows = conn.execute(
        f"SELECT {_PROGRESS} FROM goal_progress WHERE goal_id = ? ORDER BY rated_on, id",
        (goal_id,),
    ).fetchall()
    return [_progress(tuple(r)) for r in rows]


def get_progress(conn: RawConnection, progress_id: int) -> ProgressRating:
    row = conn.execute(
        f"SELECT {_PROGRESS} FROM goal_progress WHERE id = ?", (progress_id,)
    ).fetchone()
    if row is None:
        raise ProgressNotFound(progress_id)
    return _progress(tuple(row))


# --- sessions (read only) ------------------------------------------------------------------


def _session_ref(row: Sequence[object]) -> SessionRef:
    start = _when(row[3])
    return SessionRef(
        id=int(str(row[0])),
        counselor_id=int(str(row[1])),
        counselor_name=str(row[2]),
        starts_at=start if start.tzinfo else start.replace(tzinfo=UTC),
        time_zone=str(row[4]),
    )


_SESSION_SQL = (
    "SELECT s.id, s.counselor_id, c.name, s.starts_at, s.time_zone "
    "FROM counseling_session s JOIN counselor c ON c.id = s.counselor_id"
)


def session_refs(
    conn: RawConnection, counselor_id: int | None = None, *, limit: int = 40
) -> list[SessionRef]:
    """Sessions that took place or are planned (not cancelled or missed), newest first."""
    params: list[object] = [SessionStatus.CANCELLED.value, SessionStatus.MISSED.value]
    clause = " WHERE s.status NOT IN (?, ?)"
    if counselor_id is not None:
        clause += " AND s.counselor_id = ?"
        params.append(counselor_id)
    params.append(limit)
    rows = conn.execute(
        f"{_SESSION_SQL}{clause} ORDER BY s.starts_at DESC, s.id DESC LIMIT ?", params
    ).fetchall()
    return [_session_ref(tuple(r)) for r in rows]


def session_ref(conn: RawConnection, session_id: int) -> SessionRef | None:
    row = conn.execute(f"{_SESSION_SQL} WHERE s.id = ?", (session_id,)).fetchone()
    return None if row is None else _session_ref(tuple(row))


def counselor_exists(conn: RawConnection, counselor_id: int) -> bool:
    return (
        conn.execute("SELECT 1 FROM counselor WHERE id = ?", (counselor_id,)).fetchone() is not None
    )


# --- writes (ORM) --------------------------------------------------------------------------


def save(session: Session, draft: GoalDraft, now: datetime, goal_id: int | None = None) -> int:
    """Insert (no id) or update a goal; returns its id."""
    from companion.storage.models import GoalRow

    if goal_id is None:
        row = GoalRow(created_at=now)
        session.add(row)
    else:
        found = session.get(GoalRow, goal_id)
        if found is None:
            raise GoalNotFound(goal_id)
        row = found
    row.title = draft.title
    row.details = draft.details
    row.kind = draft.kind
    row.counselor_id = draft.counselor_id
    row.discussed = draft.discussed
    row.status = draft.status
    row.updated_at = now
    session.flush()
    return row.id


def delete(session: Session, goal_id: int) -> None:
    """Delete a goal with its ratings."""
    from companion.storage.models import GoalRow

    row = session.get(GoalRow, goal_id)
    if row is None:
        raise GoalNotFound(goal_id)
    session.delete(row)


def _touch(session: Session, goal_id: int, now: datetime) -> None:
    from companion.storage.models import GoalRow

    row = session.get(GoalRow, goal_id)
    if row is None:
        raise GoalNotFound(goal_id)
    row.updated_at = now


def add_progress(
    session: Session,
    goal_id: int,
    rated_on: date,
    rating: int,
    session_id: int | None,
    note: str,
    now: datetime,
) -> int:
    """Add a rating (the goal counts as changed now); returns its id."""
    from companion.storage.models import GoalProgressRow

    _touch(session, goal_id, now)
    row = GoalProgressRow(
        goal_id=goal_id, rated_on=rated_on, rating=rating, session_id=session_id, note=note
    )
    session.add(row)
    session.flush()
    return row.id


def delete_progress(session: Session, progress_id: int, now: datetime) -> None:
    from companion.storage.models import GoalProgressRow

    row = session.get(GoalProgressRow, progress_id)
    if row is None:
        raise ProgressNotFound(progress_id)
    _touch(session, row.goal_id, now)
    session.delete(row)
