"""The reads behind the Insights charts: journal moods, sessions, relationship check-ins with
their ratings, goal progress and counselor starts. Plain SQL on the reader connection only
(the pattern of :mod:`companion.storage.counselor_store`); nothing here writes.

Days are compared as ISO text: naive local datetimes ("2026-03-24 16:00:00.000000") sort
like text, so ``created_at >= '2026-03-24' AND created_at < '2026-03-25'`` is that day.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from companion.domain.enums import SessionStatus
from companion.domain.insights import CheckInPoint, GoalSeries, SessionMark
from companion.storage.sqlcipher import RawConnection


def _range(column: str, first: date | None, last: date | None, params: list[object]) -> str:
    """``AND`` clauses keeping ``column`` (ISO text) within the days ``first``..``last``."""
    clause = ""
    if first is not None:
        clause += f" AND {column} >= ?"
        params.append(first.isoformat())
    if last is not None:
        clause += f" AND {column} < ?"
        params.append((last + timedelta(days=1)).isoformat())
    return clause


def _when(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _moment(value: object) -> datetime:
    found = _when(value)
    return found.replace(tzinfo=UTC) if found.tzinfo is None else found.astimezone(UTC)


def journal_days(
    conn: RawConnection, first: date | None, last: date | None
) -> list[tuple[date, int | None]]:
    """(day, mood or None) of every journal entry in the days, oldest first."""
    params: list[object] = []
    rows = conn.execute(
        "SELECT substr(created_at, 1, 10), mood FROM journal_entry WHERE 1 = 1"
        + _range("created_at", first, last, params)
        + " ORDER BY created_at",
        params,
    ).fetchall()
    return [(date.fromisoformat(str(r[0])), None if r[1] is None else int(r[1])) for r in rows]


def _local(value: object) -> datetime:
    """A stored UTC moment as a naive local time (how check-ins and charts count days)."""
    return _moment(value).astimezone().replace(tzinfo=None)


def checkins(
    conn: RawConnection, first: date | None, last: date | None, counselor_id: int | None
) -> list[CheckInPoint]:
    """Check-ins about the days (of one counselor or all) with their ratings, oldest first.

    A check-in is about its session's start (it may be written days later), or about when
    it was written once its session is gone. The session's start is a UTC moment, so a day
    more on both sides is read here and the caller keeps the local days it wants.
    """
    params: list[object] = []
    where = _range(
        "coalesce(s.starts_at, c.created_at)",
        None if first is None else first - timedelta(days=1),
        None if last is None else last + timedelta(days=1),
        params,
    )
    if counselor_id is not None:
        where += " AND c.counselor_id = ?"
        params.append(counselor_id)
    rows = conn.execute(
        "SELECT c.id, c.created_at, c.session_id, c.counselor_id, r.quality, r.rating, "
        "s.starts_at "
        "FROM check_in c LEFT JOIN counseling_session s ON s.id = c.session_id "
        "LEFT JOIN check_in_rating r ON r.check_in_id = c.id "
        f"WHERE 1 = 1{where} ORDER BY c.id",
        params,
    ).fetchall()
    found: list[CheckInPoint] = []
    current: int | None = None
    ratings: dict[str, int | None] = {}
    for row in rows:
        if row[0] != current:
            current = int(row[0])
            ratings = {}
            written = _when(row[1])
            found.append(
                CheckInPoint(
                    when=written if row[6] is None else _local(row[6]),
                    session_id=None if row[2] is None else int(row[2]),
                    counselor_id=int(row[3]),
                    ratings=ratings,
                    written=written,
                )
            )
        if row[4] is not None:
            ratings[str(row[4])] = None if row[5] is None else int(row[5])
    return sorted(found, key=CheckInPoint.order)


def sessions(
    conn: RawConnection, first: date | None, last: date | None, counselor_id: int | None
) -> list[SessionMark]:
    """Sessions whose UTC start lies within a day of the days (the caller trims to local
    days), oldest first, with the counselor's name."""
    params: list[object] = []
    where = _range(
        "s.starts_at",
        None if first is None else first - timedelta(days=1),
        None if last is None else last + timedelta(days=1),
        params,
    )
    if counselor_id is not None:
        where += " AND s.counselor_id = ?"
        params.append(counselor_id)
    rows = conn.execute(
        "SELECT s.starts_at, s.counselor_id, c.name, s.status "
        "FROM counseling_session s JOIN counselor c ON c.id = s.counselor_id "
        f"WHERE 1 = 1{where} ORDER BY s.starts_at, s.id",
        params,
    ).fetchall()
    return [
        SessionMark(_moment(r[0]), int(r[1]), str(r[2]), SessionStatus(str(r[3]))) for r in rows
    ]


def goal_series(
    conn: RawConnection, first: date | None, last: date | None, counselor_id: int | None
) -> list[GoalSeries]:
    """Progress ratings in the days per goal (a counselor's goals include those tied to no
    counselor, as in the Goals area), goals in the order they were made."""
    params: list[object] = []
    where = _range("p.rated_on", first, last, params)
    if counselor_id is not None:
        where += " AND (g.counselor_id = ? OR g.counselor_id IS NULL)"
        params.append(counselor_id)
    rows = conn.execute(
        "SELECT g.id, g.title, p.rated_on, p.rating "
        "FROM goal_progress p JOIN goal g ON g.id = p.goal_id "
        f"WHERE 1 = 1{where} ORDER BY g.created_at, g.id, p.rated_on, p.id",
        params,
    ).fetchall()
    titles: dict[int, str] = {}
    points: dict[int, list[tuple[date, int]]] = {}
    for row in rows:
        goal_id = int(row[0])
        titles.setdefault(goal_id, str(row[1]))
        points.setdefault(goal_id, []).append((date.fromisoformat(str(row[2])[:10]), int(row[3])))
    return [GoalSeries(goal_id, titles[goal_id], tuple(p)) for goal_id, p in points.items()]


def counselor_starts(conn: RawConnection) -> list[tuple[str, date | None, date | None]]:
    """(name, started on, day of the first session) of every counselor."""
    rows = conn.execute(
        "SELECT c.name, c.started_on, "
        "(SELECT min(s.starts_at) FROM counseling_session s WHERE s.counselor_id = c.id) "
        "FROM counselor c ORDER BY c.id"
    ).fetchall()
    return [
        (
            str(r[0]),
            None if r[1] is None else date.fromisoformat(str(r[1])[:10]),
            None if r[2] is None else _moment(r[2]).date(),
        )
        for r in rows
    ]
