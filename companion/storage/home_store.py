"""The numbers of the home digest, in plain SQL on the reader connection."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from companion.domain.checkin_points import CheckInPoint
from companion.domain.home import (
    DEFAULT_LOOKBACK_DAYS,
    MOOD_DAYS,
    OPEN_FEEDBACK,
    RECENT_CHECKINS,
    RECENT_ENTRIES,
    TOUCHED_GOALS,
    HomeDigest,
    MoodDay,
    OpenFeedback,
    RecentEntry,
    SessionMoment,
    TouchedGoal,
)
from companion.domain.journal import PREVIEW_CHARS, preview_text
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


def session_moment(conn: RawConnection, session_id: int) -> SessionMoment | None:
    """One session, by id."""
    return _session(conn, "s.id = ?", "ASC", [session_id])


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
        recent_entries=_recent_entries(conn),
        moods=_moods(conn, since_text),
        checkins=_checkins(conn, counselor_id),
        open_feedback=_open_feedback(conn, counselor_id),
        touched_goals=_touched_goals(conn, since_text, since.date().isoformat(), counselor_id),
        has_counselor=_has_counselor(conn, local_now.date().isoformat(), counselor_id),
        last_session_has_notes=last is not None and _has_notes(conn, last.session_id),
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


# -- the lists on Home: each read is limited, none grows with the whole journal --------------


def _local(value: object) -> datetime:
    return datetime.fromisoformat(str(value))


def _recent_entries(conn: RawConnection) -> tuple[RecentEntry, ...]:
    rows = conn.execute(
        "SELECT id, created_at, title, substr(body, 1, ?), mood, bring_to_session "
        "FROM journal_entry ORDER BY created_at DESC, id DESC LIMIT ?",
        (PREVIEW_CHARS * 4, RECENT_ENTRIES),
    ).fetchall()
    return tuple(
        RecentEntry(
            entry_id=int(r[0]),
            created_at=_local(r[1]),
            title=str(r[2] or ""),
            preview=preview_text(str(r[2] or ""), str(r[3] or "")),
            mood=None if r[4] is None else int(r[4]),
            bring_to_session=bool(r[5]),
        )
        for r in rows
    )


def _moods(conn: RawConnection, since_text: str) -> tuple[MoodDay, ...]:
    rows = conn.execute(
        "SELECT substr(created_at, 1, 10) AS day, avg(mood) FROM journal_entry "
        "WHERE created_at >= ? AND mood IS NOT NULL GROUP BY day ORDER BY day DESC LIMIT ?",
        (since_text, MOOD_DAYS),
    ).fetchall()
    return tuple(MoodDay(date.fromisoformat(str(r[0])), float(r[1])) for r in reversed(rows))


def _checkins(conn: RawConnection, counselor_id: int | None) -> tuple[CheckInPoint, ...]:
    """The latest check-ins (by the session they are about) with their ratings."""
    where = "" if counselor_id is None else " WHERE c.counselor_id = ?"
    params: list[object] = [] if counselor_id is None else [counselor_id]
    heads = conn.execute(
        "SELECT c.id, c.created_at, c.session_id, c.counselor_id, s.starts_at "
        "FROM check_in c LEFT JOIN counseling_session s ON s.id = c.session_id"
        f"{where} ORDER BY coalesce(s.starts_at, c.created_at) DESC, c.id DESC LIMIT ?",
        [*params, RECENT_CHECKINS],
    ).fetchall()
    if not heads:
        return ()
    ids = [int(h[0]) for h in heads]
    ratings: dict[int, dict[str, int | None]] = {i: {} for i in ids}
    marks = ", ".join("?" for _ in ids)
    for check_in_id, quality, rating in conn.execute(
        f"SELECT check_in_id, quality, rating FROM check_in_rating WHERE check_in_id IN ({marks})",
        ids,
    ).fetchall():
        ratings[int(check_in_id)][str(quality)] = None if rating is None else int(rating)
    points = [
        CheckInPoint(
            when=_local(h[1]) if h[4] is None else _moment(h[4]).astimezone().replace(tzinfo=None),
            session_id=None if h[2] is None else int(h[2]),
            counselor_id=int(h[3]),
            ratings=ratings[int(h[0])],
            written=_local(h[1]),
        )
        for h in heads
    ]
    return tuple(sorted(points, key=CheckInPoint.order))


def _open_feedback(conn: RawConnection, counselor_id: int | None) -> tuple[OpenFeedback, ...]:
    where = "" if counselor_id is None else " AND counselor_id = ?"
    params: list[object] = [] if counselor_id is None else [counselor_id]
    rows = conn.execute(
        "SELECT id, status, substr(body, 1, ?) FROM feedback_note "
        f"WHERE status IN ('draft', 'ready'){where} "
        "ORDER BY status = 'ready' DESC, updated_at DESC, id DESC LIMIT ?",
        [PREVIEW_CHARS * 4, *params, OPEN_FEEDBACK],
    ).fetchall()
    return tuple(
        OpenFeedback(int(r[0]), str(r[1]) == "ready", preview_text("", str(r[2] or "")))
        for r in rows
    )


def _touched_goals(
    conn: RawConnection, since_text: str, since_day: str, counselor_id: int | None
) -> tuple[TouchedGoal, ...]:
    where = "" if counselor_id is None else " AND g.counselor_id = ?"
    params: list[object] = [] if counselor_id is None else [counselor_id]
    rows = conn.execute(
        "SELECT g.id, g.title, (SELECT p.rating FROM goal_progress p WHERE p.goal_id = g.id "
        "ORDER BY p.rated_on DESC, p.id DESC LIMIT 1) FROM goal g "
        "WHERE (g.updated_at >= ? OR EXISTS (SELECT 1 FROM goal_progress p "
        f"WHERE p.goal_id = g.id AND p.rated_on >= ?)){where} "
        "ORDER BY g.updated_at DESC, g.id DESC LIMIT ?",
        [since_text, since_day, *params, TOUCHED_GOALS],
    ).fetchall()
    return tuple(
        TouchedGoal(int(r[0]), str(r[1]), None if r[2] is None else int(r[2])) for r in rows
    )


def _has_counselor(conn: RawConnection, today: str, counselor_id: int | None) -> bool:
    where = "" if counselor_id is None else " AND id = ?"
    params: list[object] = [today] if counselor_id is None else [today, counselor_id]
    row = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM counselor WHERE active = 1 AND "
        f"(ended_on IS NULL OR substr(ended_on, 1, 10) > ?){where})",
        params,
    ).fetchone()
    return bool(row[0])


def _has_notes(conn: RawConnection, session_id: int) -> bool:
    row = conn.execute(
        "SELECT takeaways != '' OR to_try != '' OR not_right != '' FROM counseling_session "
        "WHERE id = ?",
        (session_id,),
    ).fetchone()
    return bool(row and row[0])
