"""The numbers of the home digest, in plain SQL on the reader connection."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from companion.domain.home import DEFAULT_LOOKBACK_DAYS, HomeDigest, SessionMoment
from companion.storage.sqlcipher import RawConnection


def _utc_text(moment: datetime) -> str:
    """How UTCDateTime stores a moment: naive UTC in ISO form."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ")


def _moment(value: object) -> datetime:
    stored = datetime.fromisoformat(str(value))
    return stored.replace(tzinfo=UTC) if stored.tzinfo is None else stored.astimezone(UTC)


def _session_moment(row: tuple[object, ...]) -> SessionMoment:
    """(id, starts_at, counselor_id, name, time_zone[, counselor still seen]) -> the session
    on this computer's clock."""
    moment = _moment(row[1])
    return SessionMoment(
        int(str(row[0])),
        moment.astimezone().replace(tzinfo=None),
        int(str(row[2])),
        str(row[3]),
        counselor_active=bool(row[5]) if len(row) > 5 else True,
        time_zone=str(row[4] or ""),
        moment=moment,
    )


def _session(
    conn: RawConnection, where: str, order: str, params: list[object]
) -> SessionMoment | None:
    row = conn.execute(
        "SELECT s.id, s.starts_at, s.counselor_id, c.name, s.time_zone FROM counseling_session s "
        f"JOIN counselor c ON c.id = s.counselor_id WHERE {where} ORDER BY s.starts_at {order} "
        "LIMIT 1",
        params,
    ).fetchone()
    if row is None:
        return None
    return _session_moment(tuple(row))


def sessions_between(conn: RawConnection, start: datetime, end: datetime) -> list[SessionMoment]:
    """Planned or attended sessions starting in [start, end) (aware datetimes), with
    whether the client still sees the counselor."""
    rows = conn.execute(
        "SELECT s.id, s.starts_at, s.counselor_id, c.name, s.time_zone, "
        "c.active = 1 AND (c.ended_on IS NULL OR substr(c.ended_on, 1, 10) > ?) "
        "FROM counseling_session s "
        "JOIN counselor c ON c.id = s.counselor_id WHERE s.starts_at >= ? AND s.starts_at < ? "
        "AND s.status IN ('planned', 'attended') ORDER BY s.starts_at",
        (end.astimezone().date().isoformat(), _utc_text(start), _utc_text(end)),
    ).fetchall()
    return [_session_moment(tuple(r)) for r in rows]


def digest(conn: RawConnection, now: datetime, counselor_id: int | None) -> HomeDigest:
    """``now`` is an aware datetime."""
    by_counselor = " AND s.counselor_id = ?" if counselor_id is not None else ""
    extra: list[object] = [counselor_id] if counselor_id is not None else []
    now_text = _utc_text(now)
    last = _session(
        conn,
        "s.starts_at <= ? AND s.status IN ('attended', 'planned')" + by_counselor,
        "DESC",
        [now_text, *extra],
    )
    upcoming = _session(
        conn, "s.starts_at > ? AND s.status = 'planned'" + by_counselor, "ASC", [now_text, *extra]
    )
    local_now = now.astimezone().replace(tzinfo=None)
    since = last.starts_at if last else local_now - timedelta(days=DEFAULT_LOOKBACK_DAYS)
    since_text = since.isoformat(" ")
    entries, low, high = conn.execute(
        "SELECT count(*), min(mood), max(mood) FROM journal_entry WHERE created_at >= ?",
        (since_text,),
    ).fetchone()
    flagged = conn.execute(
        "SELECT count(*) FROM journal_entry WHERE bring_to_session = 1"
    ).fetchone()[0]
    # Free items only: flagged entries and ready feedback are counted on their own lines.
    agenda_where = "status = 'open' AND source_entry_id IS NULL AND source_feedback_id IS NULL"
    if counselor_id is not None:
        agenda_where += " AND counselor_id = ?"
    open_items = conn.execute(
        f"SELECT count(*) FROM agenda_item WHERE {agenda_where}", extra
    ).fetchone()[0]
    feedback_where = "" if counselor_id is None else " AND counselor_id = ?"
    drafts, ready = conn.execute(
        "SELECT coalesce(sum(status = 'draft'), 0), coalesce(sum(status = 'ready'), 0) "
        f"FROM feedback_note WHERE status IN ('draft', 'ready'){feedback_where}",
        extra,
    ).fetchone()
    goal_where = "" if counselor_id is None else " AND g.counselor_id = ?"
    goals = conn.execute(
        "SELECT count(*) FROM goal g WHERE (g.updated_at >= ? OR EXISTS (SELECT 1 FROM "
        "goal_progress p WHERE p.goal_id = g.id AND p.rated_on >= ?))" + goal_where,
        [since_text, since.date().isoformat(), *extra],
    ).fetchone()[0]
    return HomeDigest(
        today=local_now.date(),
        last_session=last,
        next_session=upcoming,
        since=since,
        entries_since=int(entries),
        mood_low=None if low is None else int(low),
        mood_high=None if high is None else int(high),
        flagged_entries=int(flagged),
        open_agenda_items=int(open_items),
        draft_feedback=int(drafts),
        ready_feedback=int(ready),
        goals_touched=int(goals),
    )
