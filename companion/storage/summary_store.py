"""Plain-SQL reads for the session summary: the journal entries it may offer.

Private entries are left out here already (``private = 0``); the export's selection rules
filter them again.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from companion.domain.journal import JournalEntry
from companion.storage.sqlcipher import RawConnection

#: At most this many entries are offered (the newest ones of a long period).
ENTRY_LIMIT = 2000


def _when(value: object) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def shareable_entries(
    conn: RawConnection, first: date, last: date, limit: int = ENTRY_LIMIT
) -> list[JournalEntry]:
    """Entries written from ``first`` to ``last`` (both included) that are not private,
    oldest first."""
    start = datetime.combine(first, time.min).isoformat(sep=" ")
    end = datetime.combine(last + timedelta(days=1), time.min).isoformat(sep=" ")
    rows = conn.execute(
        "SELECT id, created_at, updated_at, title, body, mood, bring_to_session "
        "FROM journal_entry WHERE private = 0 AND created_at >= ? AND created_at < ? "
        "ORDER BY created_at DESC, id DESC LIMIT ?",
        (start, end, limit),
    ).fetchall()
    entries = [
        JournalEntry(
            id=int(r[0]),
            created_at=_when(r[1]),
            updated_at=_when(r[2]),
            title=str(r[3]),
            body=str(r[4]),
            mood=None if r[5] is None else int(r[5]),
            private=False,
            bring_to_session=bool(r[6]),
        )
        for r in rows
    ]
    entries.reverse()
    return entries


def agenda_sources(
    conn: RawConnection, entry_ids: list[int], note_ids: list[int]
) -> tuple[dict[int, tuple[str, str]], dict[int, str]]:
    """The whole titles and texts behind agenda lines: ``{entry id: (title, body)}`` for
    entries that are not private, ``{note id: body}`` for feedback notes."""
    entries: dict[int, tuple[str, str]] = {}
    notes: dict[int, str] = {}
    if entry_ids:
        marks = ", ".join("?" * len(entry_ids))
        for entry_id, title, body in conn.execute(
            f"SELECT id, title, body FROM journal_entry WHERE private = 0 AND id IN ({marks})",
            tuple(entry_ids),
        ).fetchall():
            entries[int(entry_id)] = (str(title), str(body))
    if note_ids:
        marks = ", ".join("?" * len(note_ids))
        for note_id, body in conn.execute(
            f"SELECT id, body FROM feedback_note WHERE id IN ({marks})", tuple(note_ids)
        ).fetchall():
            notes[int(note_id)] = str(body)
    return entries, notes
