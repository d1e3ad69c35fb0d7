"""Sync's own bookkeeping inside the encrypted database (tables of revision 0006).

* ``sync_record``: each syncing record's id on every computer, its row here, the digest of
  that row as last written or read, and its kept versions.
* ``sync_applied``: which change files of other computers were read.
* ``sync_outbox``: the change files this computer made, as plain JSON (the database is
  encrypted; the folder gets them sealed).
* a few ``profile_meta`` values: this computer's sync id, its clock, the folder; and one
  for each file of an attachment this computer wrote into the folder
  (``sync_published:<SHA-256>``, its name there), so that it is written once.

Everything runs in the caller's unit of work, with plain SQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from companion.domain.sync_merge import Version
from companion.storage import change_log, meta_store
from companion.storage.sqlcipher import RawConnection

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

DEVICE_ID = "sync_device_id"
CLOCK = "sync_clock"
FOLDER = meta_store.SYNC_FOLDER
DEVICE_NAME = "sync_device_name"
SNAPSHOT_SEQ = "sync_snapshot_seq"
SEQ_FLOOR = "sync_seq_floor"


@dataclass
class SyncRecord:
    uid: str
    kind: str
    local_id: int | None
    digest: str | None
    versions: tuple[Version, ...]


def _execute(session: Session, sql: str, **params: Any) -> Any:
    """On the unit of work's driver connection (see :mod:`companion.storage.sync_rows`)."""
    from companion.storage.engine import Database, storable_row

    change_log.note_sql(session, sql)
    return Database.driver_connection(session).execute(sql, storable_row(params))


def encode_versions(versions: Iterable[Version]) -> str:
    return json.dumps([v.to_json() for v in versions], ensure_ascii=False, separators=(",", ":"))


def decode_versions(text: str) -> tuple[Version, ...]:
    return tuple(Version.from_json(item) for item in json.loads(text))


def load_records(session: Session, uids: Iterable[str] | None = None) -> dict[str, SyncRecord]:
    """Every record's bookkeeping (only those of ``uids``, when given)."""
    sql = "SELECT uid, kind, local_id, digest, versions FROM sync_record"
    if uids is None:
        rows = list(_execute(session, sql))
    else:
        wanted, rows = sorted(set(uids)), []
        for start in range(0, len(wanted), 500):
            chunk = {f"u{i}": uid for i, uid in enumerate(wanted[start : start + 500])}
            marks = ", ".join(f":{name}" for name in chunk)
            rows.extend(_execute(session, f"{sql} WHERE uid IN ({marks})", **chunk))
    return {
        uid: SyncRecord(uid, kind, local_id, digest, decode_versions(versions))
        for uid, kind, local_id, digest, versions in rows
    }


def save_records(session: Session, records: Iterable[SyncRecord]) -> None:
    """Insert or replace each record's row (its ``(kind, local_id)`` pair is freed first, so
    that a row id handed from a deleted record to a new one cannot collide)."""
    for record in records:
        if record.local_id is not None:
            _execute(
                session,
                "UPDATE sync_record SET local_id = NULL "
                "WHERE kind = :kind AND local_id = :local_id AND uid != :uid",
                kind=record.kind,
                local_id=record.local_id,
                uid=record.uid,
            )
        _execute(
            session,
            "INSERT INTO sync_record (uid, kind, local_id, digest, versions) "
            "VALUES (:uid, :kind, :local_id, :digest, :versions) ON CONFLICT (uid) DO UPDATE "
            "SET kind = excluded.kind, local_id = excluded.local_id, "
            "digest = excluded.digest, versions = excluded.versions",
            uid=record.uid,
            kind=record.kind,
            local_id=record.local_id,
            digest=record.digest,
            versions=encode_versions(record.versions),
        )


def versions_of_row(conn: RawConnection, kind: str, local_id: int) -> tuple[Version, ...]:
    """The kept versions of the record a row is (none when it has not synced), read on the
    reader connection (no SQLAlchemy: cheap enough for the window to ask as it shows a row)."""
    row = conn.execute(
        "SELECT versions FROM sync_record WHERE kind = ? AND local_id = ?", (kind, local_id)
    ).fetchone()
    return decode_versions(str(row[0])) if row is not None else ()


def applied(session: Session) -> set[tuple[str, int]]:
    """The (computer, change number) pairs already read."""
    return {(d, int(s)) for d, s in _execute(session, "SELECT device, seq FROM sync_applied")}


def mark_applied(session: Session, device: str, seqs: Iterable[int]) -> None:
    for seq in seqs:
        _execute(
            session,
            "INSERT OR IGNORE INTO sync_applied (device, seq) VALUES (:device, :seq)",
            device=device,
            seq=seq,
        )


def add_to_outbox(session: Session, body: bytes) -> int:
    """Keep a change file's content; returns its number (one more than the last)."""
    seq = last_outbox_seq(session) + 1
    _execute(
        session, "INSERT INTO sync_outbox (seq, body) VALUES (:seq, :body)", seq=seq, body=body
    )
    return seq


def outbox(session: Session, *, unwritten_only: bool = False) -> list[tuple[int, bytes]]:
    where = " WHERE written = 0" if unwritten_only else ""
    return [
        (int(seq), bytes(body))
        for seq, body in _execute(session, f"SELECT seq, body FROM sync_outbox{where} ORDER BY seq")
    ]


def mark_written(session: Session, seqs: Iterable[int]) -> None:
    for seq in seqs:
        _execute(session, "UPDATE sync_outbox SET written = 1 WHERE seq = :seq", seq=seq)


def last_outbox_seq(session: Session) -> int:
    """The number of the last change file made here (kept, or covered by a snapshot, or
    found in the folder after this journal was restored from a backup)."""
    row = _execute(session, "SELECT coalesce(max(seq), 0) FROM sync_outbox").fetchone()
    floors = (int(get_meta(session, name) or 0) for name in (SNAPSHOT_SEQ, SEQ_FLOOR))
    return max(int(row[0]) if row else 0, *floors)


def raise_seq_floor(session: Session, seq: int) -> None:
    """Change files up to ``seq`` exist already: the next one made here comes after."""
    if seq > int(get_meta(session, SEQ_FLOOR) or 0):
        put_meta(session, SEQ_FLOOR, str(seq))


def drop_outbox_through(session: Session, seq: int) -> None:
    """Forget change files up to ``seq`` (a snapshot covers them)."""
    _execute(session, "DELETE FROM sync_outbox WHERE seq <= :seq", seq=seq)


def get_meta(session: Session, name: str) -> str | None:
    sql = "SELECT value FROM profile_meta WHERE name = :name"
    row = _execute(session, sql, name=name).fetchone()
    return None if row is None else str(row[0])


def put_meta(session: Session, name: str, value: str) -> None:
    _execute(
        session,
        "INSERT INTO profile_meta (name, value) VALUES (:name, :value) "
        "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        name=name,
        value=value,
    )


def delete_meta(session: Session, name: str) -> None:
    _execute(session, "DELETE FROM profile_meta WHERE name = :name", name=name)


_PUBLISHED = "sync_published:"


def published(session: Session) -> dict[str, str]:
    """The files of attachments this computer wrote into the folder: SHA-256 -> its name."""
    return {
        str(name)[len(_PUBLISHED) :]: str(value)
        for name, value in _execute(
            session,
            "SELECT name, value FROM profile_meta WHERE name > :low AND name < :high",
            low=_PUBLISHED,
            high=_PUBLISHED[:-1] + ";",  # the character after ":"
        )
    }


def mark_published(session: Session, digest: str, name: str) -> None:
    put_meta(session, _PUBLISHED + digest, name)


def forget_published(session: Session, digest: str) -> None:
    delete_meta(session, _PUBLISHED + digest)
