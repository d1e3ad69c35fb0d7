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


#: The ``profile_meta`` value that remembers which feedback notes went into which exported
#: summary: a JSON list of ``{"counselor": id, "notes": [ids], "at": ISO time (UTC)}``.
BROUGHT_FEEDBACK = "summary_feedback"
#: The newest records kept.
BROUGHT_FEEDBACK_KEEP = 40


def brought_feedback(conn: RawConnection) -> list[tuple[int, tuple[int, ...], datetime]]:
    """The remembered exports: (counselor id, feedback note ids, when), oldest first."""
    import json

    row = conn.execute(
        "SELECT value FROM profile_meta WHERE name = ?", (BROUGHT_FEEDBACK,)
    ).fetchone()
    try:
        records = json.loads(str(row[0])) if row is not None else []
        return [
            (
                int(r["counselor"]),
                tuple(int(n) for n in r["notes"]),
                datetime.fromisoformat(str(r["at"])),
            )
            for r in records
        ]
    except (ValueError, TypeError, KeyError):
        return []  # a damaged record only means nothing is offered


def remember_brought_feedback(
    conn: RawConnection, counselor_id: int, note_ids: list[int], at: datetime
) -> None:
    """Add an export's notes to the record (one statement), keeping the newest records."""
    import json

    records = [*brought_feedback(conn), (counselor_id, tuple(note_ids), at)]
    value = json.dumps(
        [
            {"counselor": c, "notes": list(n), "at": when.isoformat()}
            for c, n, when in records[-BROUGHT_FEEDBACK_KEEP:]
        ]
    )
    conn.execute(
        "INSERT INTO profile_meta (name, value) VALUES (?, ?) "
        "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        (BROUGHT_FEEDBACK, value),
    )
