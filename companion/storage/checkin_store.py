"""Relationship check-ins: plain-SQL reads on the reader connection, ORM writes in a session
(see :mod:`companion.storage.counselor_store` for the pattern).

A check-in belongs to a counselor and (until that session is deleted) to one session; it has
one ``check_in_rating`` row per quality rated.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from companion.domain.checkins import CheckIn
from companion.domain.enums import RelationshipQuality
from companion.domain.errors import NotFound
from companion.domain.wording import mark
from companion.storage.sqlcipher import RawConnection

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_SELECT = (
    "SELECT c.id, c.counselor_id, c.session_id, c.created_at, c.comment, s.starts_at "
    "FROM check_in c LEFT JOIN counseling_session s ON s.id = c.session_id"
)


class CheckInNotFound(NotFound):
    """The check-in does not exist (any more)."""

    default_message = mark(
        "domain.errors",
        "This check-in is no longer in Companion. It may have been deleted in another window.",
    )


def _when(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _moment(value: object) -> datetime | None:
    if value is None:
        return None
    found = _when(value)
    return found.replace(tzinfo=UTC) if found.tzinfo is None else found.astimezone(UTC)


def _ratings(conn: RawConnection, ids: Sequence[int]) -> dict[int, dict[RelationshipQuality, int]]:
    found: dict[int, dict[RelationshipQuality, int]] = {i: {} for i in ids}
    chunk = 400
    for start in range(0, len(ids), chunk):
        part = list(ids[start : start + chunk])
        marks = ",".join("?" * len(part))
        rows = conn.execute(
            "SELECT check_in_id, quality, rating FROM check_in_rating "
            f"WHERE check_in_id IN ({marks})",
            part,
        ).fetchall()
        for row in rows:
            found[int(row[0])][RelationshipQuality(str(row[1]))] = int(row[2])
    return found


def _build(conn: RawConnection, rows: Sequence[Sequence[object]]) -> list[CheckIn]:
    ids = [int(str(r[0])) for r in rows]
    ratings = _ratings(conn, ids)
    result = []
    for row in rows:
        checkin_id = int(str(row[0]))
        given = ratings[checkin_id]
        result.append(
            CheckIn(
                id=checkin_id,
                counselor_id=int(str(row[1])),
                session_id=None if row[2] is None else int(str(row[2])),
                created_at=_when(row[3]),
                ratings={k: given[k] for k in RelationshipQuality if k in given},
                comment=str(row[4] or ""),
                session_starts_at=_moment(row[5]),
            )
        )
    return result


def get(conn: RawConnection, checkin_id: int) -> CheckIn:
    rows = conn.execute(f"{_SELECT} WHERE c.id = ?", (checkin_id,)).fetchall()
    if not rows:
        raise CheckInNotFound(checkin_id)
    return _build(conn, [tuple(r) for r in rows])[0]


def for_session(conn: RawConnection, session_id: int) -> CheckIn | None:
    rows = conn.execute(f"{_SELECT} WHERE c.session_id = ?", (session_id,)).fetchall()
    return _build(conn, [tuple(r) for r in rows])[0] if rows else None


def all_for(conn: RawConnection, counselor_id: int | None) -> list[CheckIn]:
    """Every check-in (with one counselor, or all), in no particular order."""
    if counselor_id is None:
        rows = conn.execute(_SELECT).fetchall()
    else:
        rows = conn.execute(f"{_SELECT} WHERE c.counselor_id = ?", (counselor_id,)).fetchall()
    return _build(conn, [tuple(r) for r in rows])


def _utc_text(moment: datetime) -> str:
    """An aware moment as stored session starts are: naive UTC ISO text."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ")


def attended_without_checkin(
    conn: RawConnection, counselor_id: int | None, limit: int, since: datetime | None = None
) -> list[int]:
    """Ids of attended sessions that have no check-in yet, newest first; ``since`` (aware)
    leaves out sessions that started before it."""
    params: list[object] = []
    where = "s.status = 'attended' AND c.id IS NULL"
    if counselor_id is not None:
        where += " AND s.counselor_id = ?"
        params.append(counselor_id)
    if since is not None:
        where += " AND s.starts_at >= ?"
        params.append(_utc_text(since))
    params.append(limit)
    rows = conn.execute(
        "SELECT s.id FROM counseling_session s LEFT JOIN check_in c ON c.session_id = s.id "
        f"WHERE {where} ORDER BY s.starts_at DESC, s.id DESC LIMIT ?",
        params,
    ).fetchall()
    return [int(r[0]) for r in rows]


def latest_attended_to_nudge(
    conn: RawConnection, now: datetime, since: datetime, counselor_id: int | None
) -> list[int]:
    """Ids of the sessions a check-in may be offered for, newest first: per counselor still
    seen (active, no end date up to today), the latest attended session that has started by
    ``now``, when it started at or after ``since`` and has no check-in yet (aware moments)."""
    now_text = _utc_text(now)
    today = now.astimezone().date().isoformat()
    params: list[object] = [now_text, today, _utc_text(since)]
    where = ""
    if counselor_id is not None:
        where = " AND s.counselor_id = ?"
        params.append(counselor_id)
    rows = conn.execute(
        "SELECT s.id FROM counseling_session s "
        "JOIN counselor p ON p.id = s.counselor_id "
        "LEFT JOIN check_in c ON c.session_id = s.id "
        "WHERE s.id = (SELECT l.id FROM counseling_session l WHERE l.counselor_id = s.counselor_id "
        "AND l.status = 'attended' AND l.starts_at <= ? ORDER BY l.starts_at DESC, l.id DESC "
        "LIMIT 1) "
        "AND p.active = 1 AND (p.ended_on IS NULL OR substr(p.ended_on, 1, 10) > ?) "
        f"AND s.starts_at >= ? AND c.id IS NULL{where} "
        "ORDER BY s.starts_at DESC, s.id DESC",
        params,
    ).fetchall()
    return [int(r[0]) for r in rows]


# --- writes ----------------------------------------------------------------------------------


def save(
    session: Session,
    *,
    counselor_id: int,
    session_id: int,
    ratings: Mapping[RelationshipQuality, int],
    comment: str,
    now: datetime,
) -> int:
    """Create the check-in of ``session_id`` or update the one it has; returns its id.
    Ratings not in ``ratings`` are removed."""
    from sqlalchemy import select

    from companion.storage.models import CheckInRatingRow, CheckInRow

    row = session.scalars(select(CheckInRow).where(CheckInRow.session_id == session_id)).first()
    if row is None:
        row = CheckInRow(session_id=session_id, created_at=now)
        session.add(row)
    row.counselor_id = counselor_id
    row.comment = comment
    kept = {r.quality: r for r in row.ratings}
    for key, value in kept.items():
        if key not in ratings:
            row.ratings.remove(value)
    for key, rating in ratings.items():
        if key in kept:
            kept[key].rating = rating
        else:
            row.ratings.append(CheckInRatingRow(quality=key, rating=rating))
    session.flush()
    return row.id


def delete(session: Session, checkin_id: int) -> None:
    from companion.storage.models import CheckInRow

    row = session.get(CheckInRow, checkin_id)
    if row is None:
        raise CheckInNotFound(checkin_id)
    session.delete(row)
