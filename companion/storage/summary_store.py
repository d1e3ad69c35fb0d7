"""Plain-SQL reads for the session summary: the journal entries it may offer, and the
pictures kept with them.

Private entries are left out here already (``private = 0``), and so are their pictures, in
the same statement that reads them (whatever their ``in_summary`` says); the export's
selection rules filter them again.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from companion.domain.attachments import Attachment
from companion.domain.journal import JournalEntry
from companion.storage import attachment_store
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


#: The pictures of entries that are not private: images kept with an entry that exists
#: (not one among the recently deleted), whose entry is not private.
_SHAREABLE_PICTURES = (
    f"{attachment_store._FROM} JOIN journal_entry e ON e.id = a.entry_id "
    "WHERE e.private = 0 AND b.media_type LIKE 'image/%'"
)


def shareable_pictures(conn: RawConnection, entry_ids: Iterable[int]) -> list[Attachment]:
    """The pictures (images only) kept with ``entry_ids``, in each entry's order; nothing of a
    private entry."""
    ids = sorted(set(entry_ids))
    found: list[Attachment] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT {attachment_store._COLUMNS} {_SHAREABLE_PICTURES} "
            f"AND a.entry_id IN ({marks}) ORDER BY a.entry_id, a.position, a.id",
            chunk,
        ).fetchall()
        found.extend(attachment_store._attachment(row) for row in rows)
    return found


def shareable_picture_ids(conn: RawConnection, attachment_ids: Iterable[int]) -> set[int]:
    """Those of ``attachment_ids`` that are still pictures of an entry that is not private."""
    ids = sorted(set(attachment_ids))
    found: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT a.id {_SHAREABLE_PICTURES} AND a.id IN ({marks})", chunk
        ).fetchall()
        found.update(int(r[0]) for r in rows)
    return found


def shareable_picture_data(conn: RawConnection, attachment_id: int) -> bytes | None:
    """The bytes of a picture of an entry that is not private; None when it is not one (any
    more)."""
    row = conn.execute(
        f"SELECT b.data {_SHAREABLE_PICTURES} AND a.id = ?", (attachment_id,)
    ).fetchone()
    return None if row is None else bytes(row[0])


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
