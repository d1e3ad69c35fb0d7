"""One search over everything the client writes: the journal index and the notes index
(agenda items, session notes, feedback). Plain SQL on the reader connection."""

from __future__ import annotations

from datetime import UTC, datetime

from companion.domain.journal import EntryFilter, clipped
from companion.domain.search import HitKind, SearchHit
from companion.domain.search_text import SNIPPET_CHARS, MatchPattern
from companion.storage import journal_store
from companion.storage.sqlcipher import RawConnection

_NOTE_DETAILS = {
    HitKind.AGENDA: (
        "SELECT a.text, a.created_at, a.counselor_id, c.name FROM agenda_item a "
        "JOIN counselor c ON c.id = a.counselor_id WHERE a.id = ?"
    ),
    HitKind.SESSION_NOTES: (
        "SELECT s.takeaways || char(10) || s.to_try || char(10) || s.not_right, s.starts_at, "
        "s.counselor_id, c.name FROM counseling_session s "
        "JOIN counselor c ON c.id = s.counselor_id WHERE s.id = ?"
    ),
    HitKind.FEEDBACK: (
        "SELECT f.body, f.updated_at, f.counselor_id, coalesce(c.name, '') FROM feedback_note f "
        "LEFT JOIN counselor c ON c.id = f.counselor_id WHERE f.id = ?"
    ),
}


def _moment(kind: HitKind, value: object) -> datetime | None:
    if value is None:
        return None
    when = datetime.fromisoformat(str(value))
    if kind is HitKind.SESSION_NOTES and when.tzinfo is None:
        # stored in UTC; shown in local time
        when = when.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    return when


def search_everything(conn: RawConnection, text: str, limit: int) -> list[SearchHit]:
    """Journal entries first (newest first), then notes (best match first)."""
    match = journal_store.fts_match_query(text)
    if match is None:
        return []
    pattern = MatchPattern.for_query(text)
    hits = [
        SearchHit(
            kind=HitKind.JOURNAL,
            ref_id=s.id,
            when=s.created_at,
            label=s.title,
            snippet=s.highlighted or s.highlighted_title or s.preview,
        )
        for s in journal_store.list_summaries(conn, EntryFilter(text=text), 0, limit)
    ]
    rows = conn.execute(
        "SELECT kind, ref_id FROM note_fts WHERE note_fts MATCH ? ORDER BY rank LIMIT ?",
        (match, limit),
    ).fetchall()
    for kind_text, ref_id in rows:
        kind = HitKind(str(kind_text))
        detail = conn.execute(_NOTE_DETAILS[kind], (int(ref_id),)).fetchone()
        if detail is None:
            continue
        body = str(detail[0])
        hits.append(
            SearchHit(
                kind=kind,
                ref_id=int(ref_id),
                when=_moment(kind, detail[1]),
                label="",
                snippet=pattern.snippet(body) or clipped(" ".join(body.split()), SNIPPET_CHARS),
                counselor_id=None if detail[2] is None else int(detail[2]),
                counselor_name=str(detail[3]),
            )
        )
    return hits
