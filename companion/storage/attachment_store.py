"""Files kept with journal entries (tables of revision 0007).

Writes run plain SQL in the caller's ORM session (so that a file and the entry it belongs to
are one unit of work); reads take the reader connection. A file's bytes are stored once,
named by their SHA-256, however many entries hold them; :func:`collect_unused` removes bytes
that nothing holds any more (an attachment removed, an entry deleted for good). The bytes are
selected only where they are needed: listing reads the small columns.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from companion.domain.attachments import Attachment, AttachmentUsage, CheckedFile
from companion.domain.errors import NotFound
from companion.domain.wording import mark
from companion.storage.sqlcipher import RawConnection

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class AttachmentNotFound(NotFound):
    """The attachment was removed (in another window, or on another computer)."""

    default_message = mark(
        "domain.errors",
        "That file is no longer kept with the entry. It may have been removed in another window.",
    )


_COLUMNS = (
    "a.id, a.entry_id, a.digest, a.name, b.media_type, b.size, b.width, b.height, a.position, "
    "a.added_at, a.in_summary"
)
_FROM = "FROM entry_attachment a JOIN attachment_blob b ON b.digest = a.digest"


def stamp(moment: datetime) -> str:
    return moment.isoformat(sep=" ", timespec="microseconds")


def _when(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _attachment(row: Any) -> Attachment:
    return Attachment(
        id=int(row[0]),
        entry_id=int(row[1]) if row[1] is not None else 0,
        digest=str(row[2]),
        name=str(row[3]),
        media_type=str(row[4]),
        size=int(row[5]),
        width=None if row[6] is None else int(row[6]),
        height=None if row[7] is None else int(row[7]),
        position=int(row[8]),
        added_at=_when(row[9]),
        in_summary=bool(row[10]),
    )


def _execute(session: Session, sql: str, params: dict[str, Any] | None = None) -> Any:
    from sqlalchemy import text

    return session.execute(text(sql), params or {})


# -- writing (in the caller's session) -------------------------------------------------------


def store_bytes(session: Session, digest: str, checked: CheckedFile) -> None:
    """Keep a file's bytes under ``digest`` (nothing is written when they are kept already)."""
    _execute(
        session,
        "INSERT OR IGNORE INTO attachment_blob (digest, media_type, size, width, height, data) "
        "VALUES (:digest, :media_type, :size, :width, :height, :data)",
        {
            "digest": digest,
            "media_type": checked.media_type,
            "size": len(checked.data),
            "width": checked.width,
            "height": checked.height,
            "data": checked.data,
        },
    )


def has_bytes(session: Session, digest: str) -> bool:
    row = _execute(
        session, "SELECT 1 FROM attachment_blob WHERE digest = :d", {"d": digest}
    ).first()
    return row is not None


def holds(session: Session, attachment_id: int, entry_id: int, digest: str) -> bool:
    """True when the entry holds the file ``digest`` as attachment ``attachment_id``."""
    row = _execute(
        session,
        "SELECT 1 FROM entry_attachment WHERE id = :i AND entry_id = :e AND digest = :d",
        {"i": attachment_id, "e": entry_id, "d": digest},
    ).first()
    return row is not None


def entry_holds(session: Session, entry_id: int, digest: str) -> bool:
    """True when the entry already holds the file ``digest``."""
    row = _execute(
        session,
        "SELECT 1 FROM entry_attachment WHERE entry_id = :e AND digest = :d",
        {"e": entry_id, "d": digest},
    ).first()
    return row is not None


def count_for_entry(session: Session, entry_id: int) -> int:
    row = _execute(
        session, "SELECT count(*) FROM entry_attachment WHERE entry_id = :e", {"e": entry_id}
    ).first()
    return int(row[0]) if row else 0


def entry_exists(session: Session, entry_id: int) -> bool:
    row = _execute(session, "SELECT 1 FROM journal_entry WHERE id = :e", {"e": entry_id}).first()
    return row is not None


def attach(
    session: Session,
    entry_id: int,
    digest: str,
    name: str,
    added_at: datetime,
    *,
    position: int | None = None,
    in_summary: bool = False,
    attachment_id: int | None = None,
) -> int:
    """Give entry ``entry_id`` the kept file ``digest`` under ``name`` (last, unless a
    ``position`` is given); returns the attachment's id."""
    if position is None:
        row = _execute(
            session,
            "SELECT coalesce(max(position), -1) + 1 FROM entry_attachment WHERE entry_id = :e",
            {"e": entry_id},
        ).first()
        position = int(row[0]) if row else 0
    else:
        _execute(
            session,
            "UPDATE entry_attachment SET position = position + 1 "
            "WHERE entry_id = :e AND position >= :p",
            {"e": entry_id, "p": position},
        )
    taken = attachment_id is not None and (
        _execute(
            session, "SELECT 1 FROM entry_attachment WHERE id = :i", {"i": attachment_id}
        ).first()
        is not None
    )
    result = _execute(
        session,
        "INSERT INTO entry_attachment (id, entry_id, digest, name, position, added_at, "
        "in_summary) VALUES (:id, :entry_id, :digest, :name, :position, :added_at, :in_summary)",
        {
            "id": None if taken else attachment_id,
            "entry_id": entry_id,
            "digest": digest,
            "name": name,
            "position": position,
            "added_at": stamp(added_at),
            "in_summary": int(in_summary),
        },
    )
    return int(result.lastrowid)


def get_in_session(session: Session, attachment_id: int) -> Attachment:
    row = _execute(
        session, f"SELECT {_COLUMNS} {_FROM} WHERE a.id = :i", {"i": attachment_id}
    ).first()
    if row is None or row[1] is None:
        raise AttachmentNotFound(attachment_id)
    return _attachment(row)


def detach(session: Session, attachment_id: int) -> Attachment:
    """Take an attachment off its entry; its bytes stay until :func:`collect_unused`."""
    attachment = get_in_session(session, attachment_id)
    _execute(session, "DELETE FROM entry_attachment WHERE id = :i", {"i": attachment_id})
    _execute(
        session,
        "UPDATE entry_attachment SET position = position - 1 WHERE entry_id = :e AND position > :p",
        {"e": attachment.entry_id, "p": attachment.position},
    )
    return attachment


def set_in_summary(session: Session, attachment_id: int, included: bool) -> Attachment:
    get_in_session(session, attachment_id)
    _execute(
        session,
        "UPDATE entry_attachment SET in_summary = :v WHERE id = :i",
        {"v": int(included), "i": attachment_id},
    )
    return get_in_session(session, attachment_id)


def move_to_deleted(session: Session, entry_id: int, deleted_id: int) -> None:
    """The attachments of an entry about to be deleted follow it among the deleted ones."""
    _execute(
        session,
        "UPDATE entry_attachment SET deleted_id = :d, entry_id = NULL WHERE entry_id = :e",
        {"d": deleted_id, "e": entry_id},
    )


def give_back(session: Session, deleted_id: int, entry_id: int) -> None:
    """The attachments of a deleted entry brought back (as ``entry_id``) come back with it."""
    _execute(
        session,
        "UPDATE entry_attachment SET entry_id = :e, deleted_id = NULL WHERE deleted_id = :d",
        {"d": deleted_id, "e": entry_id},
    )


def set_pictures(
    session: Session, digest: str, thumbnail: bytes | None, preview: bytes | None
) -> None:
    _execute(
        session,
        "UPDATE attachment_blob SET thumbnail = coalesce(:t, thumbnail), "
        "preview = coalesce(:p, preview) WHERE digest = :d",
        {"t": thumbnail, "p": preview, "d": digest},
    )


def collect_unused(session: Session) -> int:
    """Remove attachments that belong to nothing, then bytes no attachment holds; returns
    how many files' bytes went."""
    _execute(session, "DELETE FROM entry_attachment WHERE entry_id IS NULL AND deleted_id IS NULL")
    result = _execute(
        session,
        "DELETE FROM attachment_blob WHERE digest NOT IN "
        "(SELECT DISTINCT digest FROM entry_attachment)",
    )
    return int(result.rowcount or 0)


# -- reading (reader connection) ---------------------------------------------------------------


def for_entry(conn: RawConnection, entry_id: int) -> list[Attachment]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} {_FROM} WHERE a.entry_id = ? ORDER BY a.position, a.id", (entry_id,)
    ).fetchall()
    return [_attachment(r) for r in rows]


def for_entries(conn: RawConnection, entry_ids: Iterable[int]) -> dict[int, list[Attachment]]:
    """The attachments of each of ``entry_ids`` (entries without any are left out)."""
    ids = sorted(set(entry_ids))
    found: dict[int, list[Attachment]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT {_COLUMNS} {_FROM} WHERE a.entry_id IN ({marks}) "
            "ORDER BY a.entry_id, a.position, a.id",
            chunk,
        ).fetchall()
        for row in rows:
            attachment = _attachment(row)
            found.setdefault(attachment.entry_id, []).append(attachment)
    return found


def counts_by_entry(conn: RawConnection) -> dict[int, int]:
    rows = conn.execute(
        "SELECT entry_id, count(*) FROM entry_attachment WHERE entry_id IS NOT NULL "
        "GROUP BY entry_id"
    ).fetchall()
    return {int(r[0]): int(r[1]) for r in rows}


def get(conn: RawConnection, attachment_id: int) -> Attachment:
    row = conn.execute(f"SELECT {_COLUMNS} {_FROM} WHERE a.id = ?", (attachment_id,)).fetchone()
    if row is None or row[1] is None:
        raise AttachmentNotFound(attachment_id)
    return _attachment(row)


def data(conn: RawConnection, digest: str) -> bytes:
    row = conn.execute("SELECT data FROM attachment_blob WHERE digest = ?", (digest,)).fetchone()
    if row is None:
        raise AttachmentNotFound(digest)
    return bytes(row[0])


def pictures(conn: RawConnection, digest: str) -> tuple[bytes | None, bytes | None]:
    """The thumbnail and the preview made of an image so far (None where none was made)."""
    row = conn.execute(
        "SELECT thumbnail, preview FROM attachment_blob WHERE digest = ?", (digest,)
    ).fetchone()
    if row is None:
        return None, None
    return (
        None if row[0] is None else bytes(row[0]),
        None if row[1] is None else bytes(row[1]),
    )


def usage(conn: RawConnection) -> AttachmentUsage:
    """Files held by entries (not those of deleted entries), and the bytes of every file
    kept (each once), deleted entries' included."""
    (files,) = conn.execute(
        "SELECT count(*) FROM entry_attachment WHERE entry_id IS NOT NULL"
    ).fetchone()
    (stored,) = conn.execute("SELECT coalesce(sum(size), 0) FROM attachment_blob").fetchone()
    return AttachmentUsage(int(files), int(stored))
