"""Sessions and recurring schedules: plain-SQL reads on the reader connection, ORM writes in a
session (see :mod:`companion.storage.counselor_store` for the pattern).

``counseling_session.starts_at`` is stored as naive UTC text ("2026-03-24 16:00:00.000000");
parameters are written in exactly that form so text comparison orders moments correctly.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from companion.domain.enums import SessionMode, SessionStatus
from companion.domain.errors import NotFound
from companion.domain.sessions import DURATION_MAX, Schedule, Series, Session, SessionDraft
from companion.domain.wording import mark
from companion.storage.sqlcipher import RawConnection

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession

    from companion.storage.models import CounselingSessionRow

_COLUMNS = (
    "id, counselor_id, starts_at, time_zone, duration_minutes, mode, status, series_id, "
    "ics_uid, takeaways, to_try, not_right"
)
_ENDS = "(CAST(strftime('%s', starts_at) AS INTEGER) + duration_minutes * 60)"
#: Planned or cancelled and not over yet: what the "upcoming" list shows; the rest is past.
_AHEAD = f"status IN ('planned', 'cancelled') AND {_ENDS} > ?"
_KEY_CHUNK = 400


class SessionNotFound(NotFound):
    """The session does not exist (any more)."""

    default_message = mark(
        "domain.errors",
        "This session is no longer in Companion. It may have been deleted in another window.",
    )


class SeriesNotFound(NotFound):
    """The schedule does not exist (any more)."""

    default_message = mark(
        "domain.errors",
        "These planned sessions are no longer in Companion. "
        "They may have been deleted in another window.",
    )


def moment_param(value: datetime) -> str:
    """An aware datetime as the stored text of a UTC moment."""
    return value.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def _moment(value: object) -> datetime:
    found = datetime.fromisoformat(str(value))
    return found.replace(tzinfo=UTC) if found.tzinfo is None else found.astimezone(UTC)


def _epoch(value: datetime) -> int:
    return int(value.timestamp())


def _session(row: Sequence[object]) -> Session:
    return Session(
        id=int(str(row[0])),
        counselor_id=int(str(row[1])),
        starts_at=_moment(row[2]),
        time_zone=str(row[3]),
        duration_minutes=int(str(row[4])),
        mode=SessionMode(str(row[5])),
        status=SessionStatus(str(row[6])),
        series_id=None if row[7] is None else int(str(row[7])),
        ics_uid=None if row[8] is None else str(row[8]),
        takeaways=str(row[9]),
        to_try=str(row[10]),
        not_right=str(row[11]),
    )


def _counselor_clause(counselor_id: int | None, params: list[object]) -> str:
    if counselor_id is None:
        return ""
    params.append(counselor_id)
    return " AND counselor_id = ?"


def _select(conn: RawConnection, where: str, params: list[object], order: str) -> list[Session]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM counseling_session WHERE {where} ORDER BY {order}", params
    ).fetchall()
    return [_session(tuple(r)) for r in rows]


# --- reads -----------------------------------------------------------------------------------


def get(conn: RawConnection, session_id: int) -> Session:
    found = _select(conn, "id = ?", [session_id], "id")
    if not found:
        raise SessionNotFound(session_id)
    return found[0]


def upcoming(
    conn: RawConnection,
    now: datetime,
    counselor_id: int | None,
    limit: int,
    *,
    include_cancelled: bool = False,
) -> list[Session]:
    """Sessions not over yet, soonest first (planned ones; cancelled ones too if asked)."""
    statuses = "('planned', 'cancelled')" if include_cancelled else "('planned')"
    # the starts_at bound lets SQLite use the index; no session lasts longer than a day
    params: list[object] = [moment_param(now - timedelta(minutes=DURATION_MAX)), _epoch(now)]
    where = f"starts_at > ? AND {_ENDS} > ? AND status IN {statuses}"
    where += _counselor_clause(counselor_id, params)
    params.append(limit)
    return _select(conn, where, params, "starts_at, id LIMIT ?")


def past(conn: RawConnection, now: datetime, counselor_id: int | None, limit: int) -> list[Session]:
    """Everything the upcoming list (with cancelled sessions) does not show, newest first."""
    params: list[object] = [_epoch(now)]
    where = f"NOT ({_AHEAD})" + _counselor_clause(counselor_id, params)
    params.append(limit)
    return _select(conn, where, params, "starts_at DESC, id DESC LIMIT ?")


def last_attended(conn: RawConnection, now: datetime, counselor_id: int | None) -> Session | None:
    params: list[object] = [moment_param(now)]
    where = "status = 'attended' AND starts_at <= ?" + _counselor_clause(counselor_id, params)
    found = _select(conn, where, params, "starts_at DESC, id DESC LIMIT 1")
    return found[0] if found else None


def between(
    conn: RawConnection, start: datetime, end: datetime, counselor_id: int | None
) -> list[Session]:
    """Sessions starting at or after ``start`` and before ``end``, any status, in order."""
    params: list[object] = [moment_param(start), moment_param(end)]
    where = "starts_at >= ? AND starts_at < ?" + _counselor_clause(counselor_id, params)
    return _select(conn, where, params, "starts_at, id")


def count(conn: RawConnection, counselor_id: int | None = None) -> int:
    params: list[object] = []
    where = "1 = 1" + _counselor_clause(counselor_id, params)
    row = conn.execute(f"SELECT count(*) FROM counseling_session WHERE {where}", params).fetchone()
    return int(row[0])


def clashes(
    conn: RawConnection, counselor_id: int, starts_at: datetime, except_id: int | None = None
) -> bool:
    """Whether a session with this counselor (not cancelled) already starts at that moment."""
    row = conn.execute(
        "SELECT 1 FROM counseling_session WHERE counselor_id = ? AND starts_at = ? "
        "AND status != 'cancelled' AND id != ? LIMIT 1",
        (counselor_id, moment_param(starts_at), except_id or 0),
    ).fetchone()
    return row is not None


def imported_keys(conn: RawConnection, keys: Iterable[str]) -> set[str]:
    """Which of these calendar keys (``UID|start``) are already stored."""
    wanted = list(dict.fromkeys(keys))
    found: set[str] = set()
    for i in range(0, len(wanted), _KEY_CHUNK):
        chunk = wanted[i : i + _KEY_CHUNK]
        marks = ", ".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT ics_uid FROM counseling_session WHERE ics_uid IN ({marks})", chunk
        ).fetchall()
        found.update(str(r[0]) for r in rows)
    return found


def get_series(conn: RawConnection, series_id: int) -> Series:
    row = conn.execute(
        "SELECT id, counselor_id, weekday, start_time, time_zone, first_date, until_date, "
        "interval_weeks, duration_minutes, mode FROM session_series WHERE id = ?",
        (series_id,),
    ).fetchone()
    if row is None:
        raise SeriesNotFound(series_id)
    first = date.fromisoformat(str(row[5]))
    return Series(
        id=int(row[0]),
        schedule=Schedule(
            counselor_id=int(row[1]),
            weekday=int(row[2]),
            start_time=time.fromisoformat(str(row[3])),
            time_zone=str(row[4]),
            first_date=first,
            until_date=first if row[6] is None else date.fromisoformat(str(row[6])),
            interval_weeks=int(row[7]),
            duration_minutes=int(row[8]),
            mode=SessionMode(str(row[9])),
        ),
    )


# --- writes ----------------------------------------------------------------------------------


def add(
    session: OrmSession,
    draft: SessionDraft,
    *,
    series_id: int | None = None,
    ics_uid: str | None = None,
) -> int:
    """Insert a planned session; returns its id."""
    from companion.storage.models import CounselingSessionRow

    row = CounselingSessionRow(
        counselor_id=draft.counselor_id,
        starts_at=draft.starts_at,
        time_zone=draft.time_zone,
        duration_minutes=draft.duration_minutes,
        mode=draft.mode,
        status=SessionStatus.PLANNED,
        series_id=series_id,
        ics_uid=ics_uid,
    )
    session.add(row)
    session.flush()
    return row.id


def _row(session: OrmSession, session_id: int) -> CounselingSessionRow:
    from companion.storage.models import CounselingSessionRow

    row = session.get(CounselingSessionRow, session_id)
    if row is None:
        raise SessionNotFound(session_id)
    return row


def set_status(session: OrmSession, session_id: int, status: SessionStatus) -> None:
    _row(session, session_id).status = status


def move(session: OrmSession, session_id: int, draft: SessionDraft) -> None:
    """Give a session a new time (and length and way of meeting); it is planned again."""
    row = _row(session, session_id)
    row.starts_at = draft.starts_at
    row.time_zone = draft.time_zone
    row.duration_minutes = draft.duration_minutes
    row.mode = draft.mode
    row.status = SessionStatus.PLANNED


def delete(session: OrmSession, session_id: int) -> None:
    session.delete(_row(session, session_id))


def keys_taken(session: OrmSession, keys: Iterable[str]) -> set[str]:
    """:func:`imported_keys` inside a write transaction (so an import checks and adds in one
    step)."""
    from sqlalchemy import select

    from companion.storage.models import CounselingSessionRow

    wanted = list(dict.fromkeys(keys))
    found: set[str] = set()
    for i in range(0, len(wanted), _KEY_CHUNK):
        column = CounselingSessionRow.ics_uid
        query = select(column).where(column.in_(wanted[i : i + _KEY_CHUNK]))
        found.update(str(k) for k in session.scalars(query))
    return found


def add_series(session: OrmSession, schedule: Schedule) -> int:
    from companion.storage.models import SessionSeriesRow

    row = SessionSeriesRow(
        counselor_id=schedule.counselor_id,
        interval_weeks=schedule.interval_weeks,
        weekday=schedule.weekday,
        start_time=schedule.start_time,
        time_zone=schedule.time_zone,
        duration_minutes=schedule.duration_minutes,
        mode=schedule.mode,
        first_date=schedule.first_date,
        until_date=schedule.until_date,
    )
    session.add(row)
    session.flush()
    return row.id


def stop_series(session: OrmSession, series_id: int, from_moment: datetime) -> int:
    """Delete the schedule and its planned sessions starting at or after ``from_moment``;
    earlier sessions stay (without a schedule). Returns how many sessions went."""
    from sqlalchemy import delete as sql_delete

    from companion.storage.models import CounselingSessionRow, SessionSeriesRow

    series = session.get(SessionSeriesRow, series_id)
    if series is None:
        raise SeriesNotFound(series_id)
    result = session.execute(
        sql_delete(CounselingSessionRow).where(
            CounselingSessionRow.series_id == series_id,
            CounselingSessionRow.status == SessionStatus.PLANNED,
            CounselingSessionRow.starts_at >= from_moment,
        )
    )
    session.delete(series)
    return int(getattr(result, "rowcount", 0) or 0)
