"""Sync between this computer's database and the versions other computers wrote.

Two steps, each inside one unit of work:

* :func:`capture` finds what was changed here since the last time (by comparing each row's
  digest with the one sync noted) and makes a new version of each changed record: that is
  what goes into this computer's next change file.
* :func:`apply` merges versions read from other computers into the kept versions
  (:mod:`companion.domain.sync_merge`) and brings the rows here in line with the version each
  record shows: insert, update, or delete. A journal entry's replaced text is kept in its
  history (marked "changed on another computer" when the two computers had not seen each
  other's change); a deleted entry goes among the recently deleted entries. A record that
  refers to one that has not arrived yet waits for it. A record deleted elsewhere while this
  computer added something that needs it (a session for a counselor) is kept, and that
  decision syncs as a new version.

A file kept with an entry (``entry_attachment``) is a record like the others, with the
SHA-256 of its bytes in place of the bytes: its row is written once the bytes are here
(:func:`files_wanted` says which the service should bring from the folder first; until
they are here the record waits, as for a record it refers to). It follows its entry: when
the entry goes among the recently deleted (here or on another computer), so does the file,
and that is no change of the file's record; when the entry comes back, the file comes back
with it. A file that leaves Recently deleted with its entry (kept for less long here) is no
removal either: only taking it off an entry that is there removes it everywhere.
"""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from companion.domain.sync_merge import (
    DEVICE_ID,
    HybridClock,
    InvalidSyncData,
    Version,
    edited,
    in_conflict,
    merge,
    shown,
)
from companion.storage import sync_rows, sync_store
from companion.storage.sync_rows import ATTACHMENT, KINDS, SAFETY_PLAN_UID
from companion.storage.sync_store import SyncRecord

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_KIND_ORDER = {kind: i for i, kind in enumerate(KINDS)}
log = logging.getLogger(__name__)


def _refusals() -> tuple[type[BaseException], ...]:
    """The database's "this row breaks a rule" errors, from the driver and from SQLAlchemy."""
    import sqlcipher3
    from sqlalchemy.exc import DataError, IntegrityError, InterfaceError

    driver = sqlcipher3.dbapi2
    return (
        driver.IntegrityError,
        driver.InterfaceError,
        driver.DataError,
        IntegrityError,
        InterfaceError,
        DataError,
    )


_ROW_PROBLEMS: tuple[type[BaseException], ...] = (
    *_refusals(),
    ValueError,
    TypeError,
    OverflowError,
)


@dataclass(frozen=True)
class RecordVersion:
    """One version of one record, as change files and snapshots carry it."""

    uid: str
    kind: str
    version: Version

    def to_json(self) -> dict[str, object]:
        return {"u": self.uid, "k": self.kind, **self.version.to_json()}

    @classmethod
    def from_json(cls, value: object) -> RecordVersion:
        if not isinstance(value, Mapping):
            raise InvalidSyncData("record")
        uid, kind = value.get("u"), value.get("k")
        if not isinstance(uid, str) or not DEVICE_ID.fullmatch(uid):
            raise InvalidSyncData("record id")
        if kind not in _KIND_ORDER:
            raise InvalidSyncData("record kind")
        version = Version.from_json(value)
        if any(count > MAX_EDITS_READ for _device, count in version.vector):
            raise InvalidSyncData("version vector count")
        if version.payload is not None:
            _check_payload(str(kind), version.payload)
        return cls(uid, str(kind), version)


#: A version vector read from another computer counts at most this many edits per computer
#: (so that counting on here never leaves the range a vector may hold).
MAX_EDITS_READ = 2**32
#: Versions of one record kept at once, as a file may carry them (one per computer that
#: changed it without seeing the others' change; a handful in practice).
MAX_KEPT_VERSIONS = 64


def _check_payload(kind: str, payload: str) -> None:
    try:
        values = json.loads(payload)
    except (ValueError, RecursionError):
        raise InvalidSyncData("record content") from None
    if not isinstance(values, dict):
        raise InvalidSyncData("record content")
    allowed = set(sync_rows.kinds()[kind].columns) | {sync_rows.TAGS, sync_rows.RATINGS}
    if not set(values) <= allowed:
        raise InvalidSyncData("record columns")
    if not sync_rows.acceptable(kind, values):
        raise InvalidSyncData("record values")


#: Between texts of one field kept from two computers (a Markdown rule: no words to translate).
KEPT_BOTH = "\n\n---\n\n"


def content(kind: str, versions: tuple[Version, ...]) -> str | None:
    """What the record's row holds: the shown version; for a record other than a journal
    entry (which keeps the other in its history), with the free text of each other kept
    version (changed on another computer at the same time) added below its own, so that
    nothing anyone wrote is hidden. The same on every computer that holds these versions;
    the next edit of the record, made with all of it in view, replaces them all."""
    target = shown(versions)
    if target.payload is None or kind == "journal_entry" or len(versions) < 2:
        return target.payload
    columns = sync_rows.free_text_columns(kind)
    if not columns:
        return target.payload
    values = json.loads(target.payload)
    others = [json.loads(v.payload) for v in versions if v is not target and v.payload]
    changed = False
    for column in columns:
        parts = [values.get(column) or ""]
        for other in others:
            text = other.get(column) or ""
            if text and text not in parts:
                parts.append(text)
        if len(parts) > 1:
            values[column] = KEPT_BOTH.join(p for p in parts if p)
            changed = True
    return _canonical(values) if changed else target.payload


def digest(payload: str) -> str:
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _canonical(values: Mapping[str, Any]) -> str:
    return json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


@dataclass
class _Index:
    """Sync records by uid and by row."""

    records: dict[str, SyncRecord]
    by_row: dict[tuple[str, int], SyncRecord] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for record in self.records.values():
            if record.local_id is not None:
                self.by_row[(record.kind, record.local_id)] = record

    def uid_of(self, kind: str, local_id: int | None) -> str | None:
        if local_id is None:
            return None
        record = self.by_row.get((kind, local_id))
        return record.uid if record is not None else None

    def local_id_of(self, uid: object) -> int | None:
        record = self.records.get(uid) if isinstance(uid, str) else None
        return record.local_id if record is not None else None


def _payload(kind: str, values: Mapping[str, Any], index: _Index) -> str:
    """A row's values as sync carries them: references as sync ids."""
    out = dict(values)
    for ref in sync_rows.kinds()[kind].references:
        out[ref.column] = index.uid_of(ref.kind, values.get(ref.column))
    return _canonical(out)


def capture(
    session: Session, clock: HybridClock, index: _Index | None = None
) -> list[RecordVersion]:
    """New versions of every record changed, added or deleted here since sync last looked;
    noted in the sync records (same unit of work)."""
    if index is None:
        index = _Index(sync_store.load_records(session))
    rows = sync_rows.read_all(session)
    binned = sync_rows.binned_attachments(session)
    entries_here = {
        r.uid
        for r in index.records.values()
        if r.kind == "journal_entry" and r.local_id is not None
    }
    for kind in KINDS:  # ids first, so that references to new records can be given
        for local_id in rows[kind]:
            if (kind, local_id) not in index.by_row:
                uid = SAFETY_PLAN_UID if kind == "safety_plan" else uuid.uuid4().hex
                record = index.records.get(uid) or SyncRecord(uid, kind, None, None, ())
                record.local_id = local_id
                index.records[uid] = record
                index.by_row[(kind, local_id)] = record
    made: list[RecordVersion] = []
    changed: list[SyncRecord] = []
    for kind in KINDS:
        for local_id, values in rows[kind].items():
            record = index.by_row[(kind, local_id)]
            payload = _payload(kind, values, index)
            found = digest(payload)
            if found == record.digest:
                continue
            version = edited(record.versions, clock.tick(), payload)
            record.versions, record.digest = (version,), found
            made.append(RecordVersion(record.uid, kind, version))
            changed.append(record)
    for record in list(index.records.values()):
        if record.local_id is not None and record.local_id not in rows[record.kind]:
            if record.kind == ATTACHMENT and record.local_id in binned:
                entry = index.records.get(_entry_of(record) or "")
                if entry is None or entry.local_id not in rows["journal_entry"]:
                    continue  # with its entry among the recently deleted: no change
                # its entry is here, as sync knows it (a new entry took the deleted one's row
                # id): it was taken off that entry, and its row stays among the deleted
            del index.by_row[(record.kind, record.local_id)]
            if record.kind == ATTACHMENT and _entry_of(record) not in entries_here:
                # it left Recently deleted with its entry: no removal for the others
                record.local_id, record.digest = None, None
                changed.append(record)
                continue
            version = edited(record.versions, clock.tick(), None)
            record.versions, record.local_id, record.digest = (version,), None, None
            made.append(RecordVersion(record.uid, record.kind, version))
            changed.append(record)
    sync_store.save_records(session, changed)
    return made


def settle(session: Session, clock: HybridClock, kind: str, local_id: int) -> list[RecordVersion]:
    """One new version of a record with the content its row holds now, superseding every
    kept version (the client settled a conflict by keeping what is shown)."""
    made = capture(session, clock)  # an edit not yet seen becomes a version first
    index = _Index(sync_store.load_records(session))
    record = index.by_row.get((kind, local_id))
    if record is None or len(record.versions) < 2:
        return made
    values = sync_rows.read_one(session, kind, local_id)
    if values is None:
        return made
    payload = _payload(kind, values, index)
    version = edited(record.versions, clock.tick(), payload)
    record.versions, record.digest = (version,), digest(payload)
    sync_store.save_records(session, [record])
    return [*made, RecordVersion(record.uid, kind, version)]


@dataclass
class Applied:
    """What :func:`apply` did."""

    written: int = 0
    deleted: int = 0
    waiting: int = 0
    conflicts: int = 0
    #: records whose row could not be written here (kept aside in sync's data, tried again)
    refused: int = 0
    #: versions made here while applying (a record kept because something here needs it)
    made: list[RecordVersion] = field(default_factory=list)
    #: the SHA-256 of the files whose records wait for their bytes
    missing_files: set[str] = field(default_factory=set)


def apply(
    session: Session,
    clock: HybridClock,
    incoming: Iterable[RecordVersion],
    now: Callable[[], datetime],
    *,
    keep_history: bool = True,
) -> Applied:
    """Merge ``incoming`` and bring the rows here in line (same unit of work). Call
    :func:`capture` first in the same unit of work, so no edit made here is overwritten
    unseen."""
    index = _Index(sync_store.load_records(session))
    result = Applied()
    touched: dict[str, SyncRecord] = {}
    before: dict[str, tuple[Version, ...]] = {}
    grouped: dict[str, list[RecordVersion]] = {}
    for item in incoming:
        grouped.setdefault(item.uid, []).append(item)
        clock.observe(item.version.clock)
    for uid, items in grouped.items():
        record = index.records.get(uid)
        if record is None:
            record = SyncRecord(uid, items[0].kind, None, None, ())
        elif any(item.kind != record.kind for item in items):
            continue  # a forged id of another kind of record: never applied
        merged = merge(record.versions, (item.version for item in items))
        if merged == record.versions:
            continue
        before[uid] = record.versions
        record.versions = merged
        index.records[uid] = record
        touched[uid] = record
    # rows: deletions children first, then writes parents first; also retry waiting records
    pending = [r for r in index.records.values() if _needs_row(r, index)]
    chosen = {r.uid: r for r in (*touched.values(), *pending)}
    for record in _following(index, chosen.values()):
        chosen.setdefault(record.uid, record)
    order = sorted(chosen.values(), key=lambda r: _KIND_ORDER[r.kind])
    for record in reversed(order):
        if shown(record.versions).deleted and record.local_id is not None:
            work = partial(_delete, session, record, index, clock, now, result)
            _on_its_own(session, result, work)
    for record in order:
        target = shown(record.versions)
        if target.deleted or target.payload is None:
            continue
        earlier = before.get(record.uid, ())
        if record.kind == ATTACHMENT:
            _on_its_own(session, result, partial(_write_attachment, session, record, index, result))
            continue
        work = partial(_write, session, record, index, clock, earlier, now, result, keep_history)
        _on_its_own(session, result, work)
        if in_conflict(record.versions):
            result.conflicts += 1
    if any(r.kind == "journal_entry" for r in order):
        sync_rows.prune_tags(session)
    sync_store.save_records(session, order)
    return result


def _on_its_own(session: Session, result: Applied, work: Callable[[], None]) -> None:
    """Run one record's row work in a savepoint: a record the database refuses (a value
    another computer's version holds that this one cannot store: a rule of a newer version,
    a broken or forged version) is kept aside in sync's data and counted, instead of
    stopping every other record of the round. Problems of the disk still stop the round."""
    from companion.storage.engine import Database

    conn = Database.driver_connection(session)
    conn.execute("SAVEPOINT sync_record_row")
    try:
        work()
    except _ROW_PROBLEMS as exc:
        conn.execute("ROLLBACK TO sync_record_row")
        conn.execute("RELEASE sync_record_row")
        log.warning("a synced record could not be stored here (%s)", type(exc).__name__)
        result.refused += 1
        return
    conn.execute("RELEASE sync_record_row")


def _needs_row(record: SyncRecord, index: _Index) -> bool:
    """The record's row is behind the version it shows: it has no row yet because it waits
    for a record it needs (or a file's bytes), or its row was written without a reference to
    a record that was missing here then (it may have come back since: kept because another
    computer needs it). A file whose entry is deleted needs no row."""
    if not record.versions:
        return False
    held = content(record.kind, record.versions)
    if held is None:
        return False
    if record.kind == ATTACHMENT and _entry_deleted(index, _entry_of(record)):
        return False
    return record.local_id is None or record.digest != digest(held)


def _entry_of(record: SyncRecord) -> str | None:
    """The sync id of the entry a file's record (shown with content) belongs to."""
    target = shown(record.versions) if record.versions else None
    if target is None or target.payload is None:
        return None
    uid = json.loads(target.payload).get("entry_id")
    return uid if isinstance(uid, str) else None


def _entry_deleted(index: _Index, uid: str | None) -> bool:
    """The entry ``uid`` is known here, deleted."""
    entry = index.records.get(uid) if uid is not None else None
    return entry is not None and bool(entry.versions) and shown(entry.versions).deleted


def _following(index: _Index, chosen: Iterable[SyncRecord]) -> list[SyncRecord]:
    """The files whose rows are among the recently deleted here while their entry comes back
    in this apply (written anew: edited on another computer, over its deletion here): they
    come back with it."""
    coming = {
        r.uid
        for r in chosen
        if r.kind == "journal_entry"
        and r.local_id is None
        and r.versions
        and not shown(r.versions).deleted
    }
    if not coming:
        return []
    return [
        r
        for r in index.records.values()
        if r.kind == ATTACHMENT and r.local_id is not None and _entry_of(r) in coming
    ]


def _delete(
    session: Session,
    record: SyncRecord,
    index: _Index,
    clock: HybridClock,
    now: Callable[[], datetime],
    result: Applied,
) -> None:
    assert record.local_id is not None
    for child_kind, ref in sync_rows.children(record.kind):
        if not ref.required or not ref.keeps:
            continue
        for child in index.records.values():
            if child.kind != child_kind or not child.versions:
                continue
            target = shown(child.versions)
            if target.payload is None:
                continue
            values = json.loads(target.payload)
            if values.get(ref.column) == record.uid:
                # something here (or elsewhere, not yet deleted) needs it: keep it
                current = sync_rows.read_one(session, record.kind, record.local_id)
                if current is None:
                    break
                version = edited(
                    record.versions, clock.tick(), _payload(record.kind, current, index)
                )
                record.versions = (version,)
                record.digest = digest(version.payload or "")
                result.made.append(RecordVersion(record.uid, record.kind, version))
                return
    sync_rows.delete(session, record.kind, record.local_id, now())
    index.by_row.pop((record.kind, record.local_id), None)
    record.local_id, record.digest = None, None
    result.deleted += 1


def _write(
    session: Session,
    record: SyncRecord,
    index: _Index,
    clock: HybridClock,
    earlier: tuple[Version, ...],
    now: Callable[[], datetime],
    result: Applied,
    keep_history: bool,
) -> None:
    held = content(record.kind, record.versions)
    assert held is not None
    wanted = digest(held)
    if record.local_id is not None and record.digest == wanted:
        _keep_incoming_losers(session, record, earlier, now)
        return
    values: dict[str, Any] = json.loads(held)
    current = (
        sync_rows.read_one(session, record.kind, record.local_id)
        if record.local_id is not None
        else None
    )
    adapted = False  # written otherwise than the version says (a reference not here)
    for ref in sync_rows.kinds()[record.kind].references:
        uid = values.get(ref.column)
        if uid is None:
            continue
        local = index.local_id_of(uid)
        if local is None:
            if ref.required and current is None:
                result.waiting += 1
                return  # waits for the record it needs
            local = current.get(ref.column) if (ref.required and current) else None
            adapted = True
        values[ref.column] = local
    yields = record.kind == "check_in" and not _claim_session(
        session, record, values, index, clock, result
    )
    if yields:
        values["session_id"] = None
    if current is not None and values == current:
        # the row holds all it can already (a record it refers to is deleted here)
        _keep_incoming_losers(session, record, earlier, now)
        return
    if record.kind == "journal_entry" and current is not None and record.local_id is not None:
        lost_here = any(v in record.versions for v in earlier) and in_conflict(record.versions)
        if lost_here or keep_history:
            sync_rows.keep_entry_version(session, record.local_id, current, now(), other=lost_here)
    local_id = sync_rows.write(session, record.kind, record.local_id, values)
    if record.local_id is None:
        record.local_id = local_id
        index.by_row[(record.kind, local_id)] = record
        if record.kind == "journal_entry":
            sync_rows.take_back_from_bin(session, local_id, values)
    if adapted or yields:  # the digest of what the row holds, so it is not taken for an edit
        written = sync_rows.read_one(session, record.kind, local_id) or {}
        record.digest = digest(_payload(record.kind, written, index))
        if yields:
            _decided_here(record, written, index, clock, result)
    else:
        record.digest = wanted
    result.written += 1
    _keep_incoming_losers(session, record, earlier, now)


def _write_attachment(session: Session, record: SyncRecord, index: _Index, result: Applied) -> None:
    """Bring a file's row in line with its record: with its entry when the entry is here
    (once its bytes are here), left with it among the recently deleted when it is deleted."""
    held = content(ATTACHMENT, record.versions)
    assert held is not None
    wanted = digest(held)
    values: dict[str, Any] = json.loads(held)
    state = None
    if record.local_id is not None:
        state = sync_rows.attachment_state(session, record.local_id)
        if state is None:  # its row went (with its entry, for good)
            index.by_row.pop((ATTACHMENT, record.local_id), None)
            record.local_id, record.digest = None, None
    entry_uid = values.get("entry_id")
    entry_id = index.local_id_of(entry_uid)
    if entry_id is None:
        if _entry_deleted(index, entry_uid):
            if state == "binned":  # it stays with its entry, as changed elsewhere
                assert record.local_id is not None
                sync_rows.update_binned_attachment(session, record.local_id, values)
                record.digest = wanted
            return
        result.waiting += 1  # waits for its entry
        return
    if state == "live" and record.digest == wanted:
        return
    if not sync_rows.has_file(session, values["digest"]):
        result.waiting += 1  # waits for its bytes
        result.missing_files.add(values["digest"])
        return
    local_id = sync_rows.write(
        session, ATTACHMENT, record.local_id, {**values, "entry_id": entry_id}
    )
    if record.local_id is None:
        record.local_id = local_id
        index.by_row[(ATTACHMENT, local_id)] = record
    record.digest = wanted
    result.written += 1


def files_wanted(session: Session, incoming: Iterable[RecordVersion]) -> set[str]:
    """The SHA-256 of the files that ``incoming`` versions of files (merged with what is
    known here) need and this computer does not hold (none for a file whose entry is
    deleted): what the service brings from the folder before :func:`apply`."""
    files: dict[str, list[Version]] = {}
    entries: dict[str, list[Version]] = {}
    for item in incoming:
        if item.kind == ATTACHMENT:
            files.setdefault(item.uid, []).append(item.version)
        elif item.kind == "journal_entry":
            entries.setdefault(item.uid, []).append(item.version)
    if not files:
        return set()
    known = sync_store.load_records(session, files)
    targets: dict[str, dict[str, Any]] = {}
    for uid, versions in files.items():
        record = known.get(uid)
        if record is not None and record.kind != ATTACHMENT:
            continue
        target = shown(merge(record.versions if record else (), versions))
        if target.payload is not None:
            targets[uid] = json.loads(target.payload)
    entry_uids = {str(v.get("entry_id")) for v in targets.values()}
    known_entries = sync_store.load_records(session, entry_uids)
    wanted: set[str] = set()
    for values in targets.values():
        entry_uid = str(values.get("entry_id"))
        entry = known_entries.get(entry_uid)
        merged = merge(entry.versions if entry else (), entries.get(entry_uid, ()))
        if merged and shown(merged).deleted:
            continue
        found = str(values.get("digest"))
        if found not in wanted and not sync_rows.has_file(session, found):
            wanted.add(found)
    return wanted


def _claim_session(
    session: Session,
    record: SyncRecord,
    values: Mapping[str, Any],
    index: _Index,
    clock: HybridClock,
    result: Applied,
) -> bool:
    """One check-in per session. When the check-in of another record here has the session
    this one is to be written with, the check-in written first (earlier ``created_at``, then
    the lower sync id: the same choice on every computer) keeps it and the other is kept
    without a session, a decision that syncs as a new version of it. False: this one yields."""
    wanted = values.get("session_id")
    if wanted is None:
        return True
    found = sync_rows.check_in_for_session(session, wanted, record.local_id)
    if found is None:
        return True
    holder = index.by_row.get(("check_in", int(found[0])))
    if holder is None:
        return False
    target = shown(holder.versions) if holder.versions else None
    claims = (
        target is not None
        and target.payload is not None
        and json.loads(target.payload).get("session_id")
        == index.uid_of("counseling_session", wanted)
    )
    if claims and (str(found[1]), holder.uid) < (str(values.get("created_at")), record.uid):
        return False
    # the holder gives the session up: it is written without it later in this apply (its own
    # version says so), or it yields to this one now
    sync_rows.detach_check_in(session, int(found[0]))
    if claims:
        current = sync_rows.read_one(session, "check_in", int(found[0]))
        _decided_here(holder, current or {}, index, clock, result)
        sync_store.save_records(session, [holder])
    return True


def _decided_here(
    record: SyncRecord,
    values: Mapping[str, Any],
    index: _Index,
    clock: HybridClock,
    result: Applied,
) -> None:
    """The row of ``record`` was written here unlike the version it shows (a decision made
    while applying): that becomes a new version of it, for every computer."""
    version = edited(record.versions, clock.tick(), _payload(record.kind, values, index))
    record.versions = (version,)
    record.digest = digest(version.payload or "")
    result.made.append(RecordVersion(record.uid, record.kind, version))


def _keep_incoming_losers(
    session: Session, record: SyncRecord, earlier: tuple[Version, ...], now: Callable[[], datetime]
) -> None:
    """Versions from another computer that lost to the one shown go into the entry's history,
    marked as changed on another computer."""
    if record.kind != "journal_entry" or record.local_id is None:
        return
    target = shown(record.versions)
    for version in record.versions:
        if version is target or version in earlier or version.payload is None:
            continue
        if version.payload == target.payload:
            continue
        values = json.loads(version.payload)
        sync_rows.keep_entry_version(session, record.local_id, values, now(), other=True)


def snapshot(session: Session) -> list[dict[str, object]]:
    """Every record's kept versions (what a snapshot file holds)."""
    return [
        {"u": r.uid, "k": r.kind, "vs": [v.to_json() for v in r.versions]}
        for r in sync_store.load_records(session).values()
        if r.versions
    ]


def snapshot_versions(items: object) -> list[RecordVersion]:
    """The versions a snapshot file holds (checked)."""
    if not isinstance(items, list):
        raise InvalidSyncData("snapshot")
    found: list[RecordVersion] = []
    for item in items:
        if not isinstance(item, Mapping) or not isinstance(item.get("vs"), list):
            raise InvalidSyncData("snapshot record")
        if len(item["vs"]) > MAX_KEPT_VERSIONS:
            raise InvalidSyncData("snapshot versions")
        for version in item["vs"]:
            if not isinstance(version, Mapping):
                raise InvalidSyncData("snapshot version")
            found.append(
                RecordVersion.from_json({"u": item.get("u"), "k": item.get("k"), **version})
            )
    return found
