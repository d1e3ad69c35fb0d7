"""Sync through a folder that a sync service (or a USB stick) keeps in step between computers.

Companion never opens a connection: it writes this computer's changes into the folder as
sealed files of its own (``formats/sync_folder.py``, ``security/sync_crypto.py``) and reads
the other computers' files from it. Writes go to the database first, as always; sync runs
afterwards (on a worker thread in the app, or from ``companion sync``) and never makes a
write wait for the folder. One round of :meth:`SyncService.sync_now`:

1. capture what was changed here (:func:`~companion.services.sync_engine.capture`) into the
   next numbered change file, kept in the database until it is in the folder;
2. write the change files the folder lacks (the folder may have been away, or restored from
   an old copy);
3. read what the other computers wrote since the last round, merge it and bring the records
   here in line (:func:`~companion.services.sync_engine.apply`), in one unit of work;
4. now and then, write a snapshot of everything and remove this computer's own older files.

Files kept with entries (photos, PDFs) travel apart from the change files that carry their
records: each file's bytes are sealed into a file of their own in this computer's
``files`` folder, named by an HMAC of their SHA-256 (:func:`sync_crypto.file_name_for`),
written once (the journal notes which it wrote) and before the change file that refers to
them. A record whose bytes are not here yet waits for them; bytes brought from any
computer's ``files`` folder are used only when their SHA-256 is the record's and they pass
the checks every added file passes (:func:`companion.formats.attachment_files.check`); a
file that does not is set aside and reported, and stops nothing else. Thumbnails and
previews do not travel: each computer makes its own.

A file that does not open (damaged, changed, from another journal) is left where it is and
reported; nothing from it is applied. The folder being away is not an error, only a status.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import platform
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.domain.attachments import MAX_FILE_BYTES, AttachmentRefused, CheckedFile, kind_of
from companion.domain.attachments import AttachmentKind as FileKind
from companion.domain.sync_merge import Clock, HybridClock, InvalidSyncData, in_conflict
from companion.domain.text import printable
from companion.domain.wording import tr
from companion.formats import sync_folder
from companion.formats.attachment_files import check as check_file
from companion.formats.sync_folder import (
    DeviceFiles,
    FolderListing,
    NotASyncFolder,
    SyncFolderError,
    SyncFolderMissing,
)
from companion.security import sync_crypto
from companion.security.keystore import KeyStore
from companion.services.errors import ProfileError
from companion.services.sync_engine import (
    RecordVersion,
    apply,
    capture,
    files_wanted,
    settle,
    snapshot,
    snapshot_versions,
)
from companion.storage import attachment_store, journal_history_store, sync_rows, sync_store
from companion.storage.engine import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

CHANGE, SNAPSHOT, DEVICE = "change", "snapshot", "device"
FILE = sync_crypto.KIND_FILE
#: This computer writes a snapshot (and removes its older files) after this many change files.
SNAPSHOT_EVERY = 200
_HIDDEN = "sync_hidden_devices"
_UNLOCK_PENDING = "sync_unlock_record_pending"
_NAME_WRITTEN = "sync_device_name_written"
#: How much a file may hold once unpacked, by kind (ten years of a journal make a snapshot
#: of about 5 MB): more is not a file Companion wrote.
_MAX_CONTENT = {CHANGE: 64 * 1024 * 1024, SNAPSHOT: 512 * 1024 * 1024, DEVICE: 64 * 1024}
#: Records a change file, and versions a snapshot, may hold.
_MAX_RECORDS = {CHANGE: 200_000, SNAPSHOT: 1_000_000}
#: Change numbers in this computer's own folder beyond the last it made by more than this
#: are not its own (a journal restored from a backup is behind by far less).
_MAX_OWN_AHEAD = 100_000
_THROUGH = "sync_through:"  # + device id: every change number up to this one was read
#: The SHA-256 of the files whose records wait for their bytes (JSON list), as the last
#: apply left them.
_FILES_WAITING = "sync_files_waiting"
#: How many records wait (for one they refer to, or for their bytes), as the last apply left.
_WAITING = "sync_waiting"
#: Files in the folder that were set aside (JSON: "<device>/<name>" -> "<size>:<mtime>"):
#: not read again until they change.
_FILES_SET_ASIDE = "sync_files_set_aside"
#: The largest sealed file of an attachment: the largest file Companion keeps, framed and
#: padded to its bucket (a larger one is refused before it is read).
MAX_FILE_IN_FOLDER = sync_crypto.bucket_size(MAX_FILE_BYTES + MAX_FILE_BYTES // 500 + 4096)
#: At most this many bytes of files are brought in one round (a flood of files cannot make a
#: round run for hours or hold gigabytes in one go); the rest come at the next rounds.
MAX_FILE_BYTES_PER_ROUND = 2 * 1024 * 1024 * 1024
#: Files brought from the folder are kept in the journal in units of about this size.
_FILE_BATCH_BYTES = 64 * 1024 * 1024


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass(frozen=True)
class Computer:
    """Another computer (or this one) that shares the journal, as its device file says."""

    device_id: str
    name: str
    last_wrote: datetime | None
    this_computer: bool = False


@dataclass
class SyncReport:
    """What one round did."""

    sent: int = 0  # change files written
    received: int = 0  # files of other computers read
    files_sent: int = 0  # files of attachments written into the folder
    files_received: int = 0  # files of attachments brought from the folder
    written: int = 0  # records written here
    deleted: int = 0
    waiting: int = 0  # records waiting for one they refer to
    conflicts: int = 0  # records changed on two computers at once
    folder_missing: bool = False
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SyncStatus:
    folder: Path | None
    device_id: str | None
    computers: tuple[Computer, ...]
    unsent: int  # change files made here and not yet in the folder


class SyncService:
    """Sync of one unlocked profile through a folder."""

    def __init__(
        self,
        db: Database,
        keystore: KeyStore,
        db_key: bytes | bytearray,
        *,
        now: Callable[[], datetime] = datetime.now,
        now_ms: Callable[[], int] = _now_ms,
    ) -> None:
        self._db = db
        self._keystore = keystore
        self._profile_id = keystore.profile_id
        self._key = sync_crypto.derive_sync_key(db_key, self._profile_id)
        self._names = sync_crypto.derive_file_name_key(self._key)
        #: bytes of files still to be brought in this round
        self._file_budget = MAX_FILE_BYTES_PER_ROUND
        self._now = now
        self._now_ms = now_ms

    # -- settings ----------------------------------------------------------------------------

    def _meta(self, name: str) -> str | None:
        with self._db.session() as s:
            return sync_store.get_meta(s, name)

    @property
    def folder(self) -> Path | None:
        value = self._meta(sync_store.FOLDER)
        return Path(value) if value else None

    def device_id(self) -> str:
        """This computer's id in sync (made the first time)."""
        with self._db.session() as s:
            found = sync_store.get_meta(s, sync_store.DEVICE_ID)
            if found is None:
                found = uuid.uuid4().hex
                sync_store.put_meta(s, sync_store.DEVICE_ID, found)
        return found

    def set_up(
        self,
        folder: Path,
        *,
        name: str | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> SyncReport:
        """Sync this journal through ``folder`` from now on, and run a first round.
        :class:`SyncFolderError` when the folder cannot be used (missing, not writable, or
        holding another journal)."""
        folder = Path(folder).expanduser().resolve()
        sync_folder.write_journal_file(
            folder, self._profile_id, sync_crypto.folder_unlock_record(self._keystore)
        )
        self.device_id()
        with self._db.session() as s:
            sync_store.put_meta(s, sync_store.FOLDER, str(folder))
            sync_store.put_meta(s, sync_store.DEVICE_NAME, name or _computer_name())
        report = self.sync_now(progress)
        with self._db.session() as s:
            first = sync_store.get_meta(s, sync_store.SNAPSHOT_SEQ) is None
            first = first and bool(sync_store.outbox(s))
        if first and not report.folder_missing:
            # everything so far in one snapshot, which a computer joining later reads first
            self._snapshot_if_due(folder, self.device_id(), force=True)
        return report

    def publish_unlock_record(self) -> None:
        """Put this computer's recovery slot into the folder's journal file (after a new
        recovery key, so that the old one no longer opens the folder); when the folder is
        away, at the next round."""
        folder = self.folder
        with self._db.session() as s:
            sync_store.put_meta(s, _UNLOCK_PENDING, "1")
        if folder is not None:
            with contextlib.suppress(SyncFolderError, OSError):
                self._write_unlock_record(folder)

    def _write_unlock_record(self, folder: Path) -> None:
        sync_folder.replace_journal_file(
            folder, self._profile_id, sync_crypto.folder_unlock_record(self._keystore)
        )
        with self._db.session() as s:
            sync_store.delete_meta(s, _UNLOCK_PENDING)

    def stop(self) -> None:
        """Stop syncing on this computer (its files stay in the folder; the journal here is
        untouched)."""
        with self._db.session() as s:
            sync_store.delete_meta(s, sync_store.FOLDER)

    def forget_computer(self, device_id: str) -> None:
        """Take a lost computer off the list (its files stay; it shows again if it writes
        after this)."""
        with self._db.session() as s:
            hidden = _hidden(sync_store.get_meta(s, _HIDDEN))
            hidden[device_id] = self._now().isoformat(timespec="seconds")
            sync_store.put_meta(s, _HIDDEN, json.dumps(hidden))

    def status(self) -> SyncStatus:
        folder = self.folder
        with self._db.session() as s:
            device = sync_store.get_meta(s, sync_store.DEVICE_ID)
            unsent = len(sync_store.outbox(s, unwritten_only=True))
            hidden = _hidden(sync_store.get_meta(s, _HIDDEN))
        computers: list[Computer] = []
        if folder is not None and device is not None:
            try:
                listing = sync_folder.list_folder(folder)
            except SyncFolderError:
                listing = None
            for files in listing.devices.values() if listing is not None else ():
                computer = self._computer(files, this=files.device_id == device)
                since = hidden.get(files.device_id)
                if since is not None and not computer.this_computer:
                    wrote = computer.last_wrote
                    if wrote is None or wrote.isoformat(timespec="seconds") <= since:
                        continue  # taken off the list, and silent since
                computers.append(computer)
        computers.sort(key=lambda c: (not c.this_computer, c.name.casefold()))
        return SyncStatus(folder, device, tuple(computers), unsent)

    def _computer(self, files: DeviceFiles, *, this: bool) -> Computer:
        name, wrote = tr("services.sync", "Unknown computer"), None
        if files.info is not None:
            try:
                info = self._read_json(files.info, files.device_id, DEVICE, 0)
                name = " ".join(printable(str(info.get("name") or "")).split())[:120] or name
                wrote = datetime.fromisoformat(str(info.get("wrote")))
            except (sync_crypto.SyncFileRejected, ValueError, OSError, TypeError):
                pass
        return Computer(files.device_id, name, wrote, this)

    # -- entries changed on two computers --------------------------------------------------

    def entries_in_conflict(self) -> set[int]:
        """Journal entries (ids here) changed on two computers that had not seen each
        other's change: the entry shows one version, its history holds the other."""
        with self._db.session() as s:
            records = sync_store.load_records(s)
        return {
            r.local_id
            for r in records.values()
            if r.kind == "journal_entry" and r.local_id is not None and in_conflict(r.versions)
        }

    def settle_conflict(self, entry_id: int) -> None:
        """See :func:`settle_entry`."""
        settle_entry(self._db, entry_id, self._now_ms)

    # -- one round ---------------------------------------------------------------------------

    def _clock(self, s: Session, device: str) -> HybridClock:
        return _stored_clock(s, device, self._now_ms)

    def _keep_history(self, s: Session) -> bool:
        return sync_store.get_meta(s, journal_history_store.HISTORY_DAYS) != "0"

    def _capture_into_outbox(self, device: str) -> int:
        with self._db.session() as s:
            clock = self._clock(s, device)
            made = capture(s, clock)
            if made:
                sync_store.add_to_outbox(s, _change_body(made))
                sync_store.put_meta(s, sync_store.CLOCK, clock.last.encode())
        return len(made)

    def sync_now(
        self,
        progress: Callable[[int, int], None] | None = None,
        *,
        capture_local: bool = True,
    ) -> SyncReport:
        """One round (see the module's description). Safe on a worker thread.
        ``capture_local`` false skips looking for edits made here at the start (the app
        knows from its change feed when there were none; edits are still captured before
        anything from elsewhere is applied)."""
        report = SyncReport()
        folder = self.folder
        if folder is None:
            raise ProfileError(tr("services.sync", "Sync is not set up on this computer."))
        device = self.device_id()
        if capture_local:
            self._capture_into_outbox(device)
        try:
            listing = sync_folder.list_folder(folder)
            self._check_journal_file(folder)
        except (SyncFolderMissing, NotASyncFolder):
            # gone, or an empty mount point left where the stick was: nothing is written
            # into it (that would start a new sync folder there)
            report.folder_missing = True
            return report
        with self._db.session() as s:
            pending = sync_store.get_meta(s, _UNLOCK_PENDING) is not None
            snapshot_seq = int(sync_store.get_meta(s, sync_store.SNAPSHOT_SEQ) or 0)
        try:
            if pending:
                self._write_unlock_record(folder)
            mine = listing.devices.get(device)
            if snapshot_seq and (mine is None or max(mine.snapshots, default=0) < snapshot_seq):
                # the folder lost this computer's snapshot (restored from an old copy, or
                # a sync service dropped it): what it covered is written again at once
                self._snapshot_if_due(folder, device, force=True)
            present = set(mine.files) if mine is not None else set()
            # files this computer wrote that the folder lost are written again
            report.files_sent += self._publish(folder, device, None, present)
            report.sent += self._write_outbox(folder, device, listing, present, report)
        except (SyncFolderError, OSError) as exc:
            log.warning("sync could not write to its folder (%s)", type(exc).__name__)
            report.problems.append(_could_not_write())
        incoming, read, planned = self._read_others(folder, device, listing, report, progress)
        self._file_budget = MAX_FILE_BYTES_PER_ROUND
        fetched = self._bring_files(folder, listing, incoming, report, progress, planned)
        if incoming or read or fetched:
            missing = self._apply(device, incoming, read, report)
            # an entry that came back in this apply may need files nothing asked for before
            if missing and self._bring_files(folder, listing, [], report, None, 0):
                self._apply(device, [], {}, report)
        else:  # as the last round that brought something in left them
            with self._db.session() as s:
                report.waiting = int(sync_store.get_meta(s, _WAITING) or 0)
        try:
            if incoming or read or fetched:
                report.sent += self._write_outbox(folder, device, None, None, report)
            self._snapshot_if_due(folder, device)
            mine = listing.devices.get(device)
            if report.sent or mine is None or mine.info is None or self._renamed():
                # only when something changed: the other computers watch the folder, and a
                # file rewritten at every round would wake them at every round
                self._write_device_file(folder, device)
        except (SyncFolderError, OSError) as exc:
            log.warning("sync could not write to its folder (%s)", type(exc).__name__)
            if _could_not_write() not in report.problems:
                report.problems.append(_could_not_write())
        return report

    def _apply(
        self,
        device: str,
        incoming: list[RecordVersion],
        read: dict[str, tuple[list[int], int]],
        report: SyncReport,
    ) -> set[str]:
        """Capture the edits made here, then merge and apply ``incoming`` and note the files
        ``read``, in one unit of work; returns the SHA-256 of the files records wait for."""
        with self._db.session() as s:
            clock = self._clock(s, device)
            made = capture(s, clock)
            result = apply(s, clock, incoming, self._now, keep_history=self._keep_history(s))
            made += result.made
            sync_store.put_meta(s, _FILES_WAITING, json.dumps(sorted(result.missing_files)))
            sync_store.put_meta(s, _WAITING, str(result.waiting))
            if made:
                sync_store.add_to_outbox(s, _change_body(made))
            for other, (seqs, through) in read.items():
                sync_store.mark_applied(s, other, seqs)
                if through:
                    sync_store.put_meta(s, _THROUGH + other, str(through))
                if other == device:  # never number a new change file like an old one
                    sync_store.raise_seq_floor(s, max([through, *seqs]))
            sync_store.put_meta(s, sync_store.CLOCK, clock.last.encode())
        report.written += result.written
        report.deleted += result.deleted
        report.waiting, report.conflicts = result.waiting, result.conflicts
        refused = tr(
            "services.sync",
            "Some changes from another computer could not be stored here (they may come from "
            "a newer version of Companion). They are kept aside, and everything else was "
            "brought in.",
        )
        if result.refused and refused not in report.problems:
            report.problems.append(refused)
        return result.missing_files

    def _renamed(self) -> bool:
        with self._db.session() as s:
            return sync_store.get_meta(s, sync_store.DEVICE_NAME) != sync_store.get_meta(
                s, _NAME_WRITTEN
            )

    def _check_journal_file(self, folder: Path) -> None:
        journal = sync_folder.read_journal_file(folder)
        if journal.profile_id != self._profile_id:
            raise SyncFolderError(
                tr(
                    "services.sync",
                    "The sync folder holds another Companion journal, so nothing was read "
                    "from it or written to it.",
                )
            )

    def _seal(self, device: str, kind: str, seq: int, body: bytes) -> bytes:
        return sync_crypto.seal_sync_file(
            self._key, profile_id=self._profile_id, device_id=device, kind=kind, seq=seq,
            payload=body,
        )  # fmt: skip

    def _write_outbox(
        self,
        folder: Path,
        device: str,
        listing: FolderListing | None,
        files: set[str] | None,
        report: SyncReport,
    ) -> int:
        """Write the change files the folder lacks, each after the files of attachments it
        refers to (``files``: the names of this computer's files the folder holds, None when
        not listed this round); returns how many."""
        with self._db.session() as s:
            waiting = sync_store.outbox(s, unwritten_only=listing is None)
        present: set[int] = set()
        if listing is not None and device in listing.devices:
            present = set(listing.devices[device].changes)
        written: list[int] = []
        for seq, body in waiting:
            if seq in present:
                continue
            try:
                report.files_sent += self._publish(folder, device, _files_in(body), files)
            except (SyncFolderError, OSError):
                self._mark_written(written)
                raise
            sealed = self._seal(device, CHANGE, seq, body)
            try:
                sync_folder.write_device_file(folder, device, sync_folder.change_name(seq), sealed)
            except (SyncFolderError, OSError):
                self._mark_written(written)  # the outbox keeps the rest for later
                raise
            written.append(seq)
        self._mark_written(written)
        return len(written)

    def _mark_written(self, seqs: list[int]) -> None:
        if seqs:
            with self._db.session() as s:
                sync_store.mark_written(s, seqs)

    def _read_json(self, path: Path, device: str, kind: str, seq: int) -> dict[str, Any]:
        body = sync_crypto.read_sync_file(
            path, self._key, profile_id=self._profile_id, device_id=device, kind=kind, seq=seq,
            max_payload_bytes=_MAX_CONTENT[kind],
        )  # fmt: skip
        value = json.loads(body.decode("utf-8"))
        if not isinstance(value, dict):
            raise InvalidSyncData("file")
        return value

    def _read_others(
        self,
        folder: Path,
        device: str,
        listing: FolderListing,
        report: SyncReport,
        progress: Callable[[int, int], None] | None,
    ) -> tuple[list[RecordVersion], dict[str, tuple[list[int], int]], int]:
        """The versions in the files of other computers not read yet, the numbers of the
        files read (by computer), and how many files were to be read."""
        with self._db.session() as s:
            applied = sync_store.applied(s)
            through = {d: int(sync_store.get_meta(s, _THROUGH + d) or 0) for d in listing.devices}
            # this computer's own files up to its last change number are known; any beyond
            # were written before its journal was restored from a backup: read them too
            through[device] = max(through.get(device, 0), sync_store.last_outbox_seq(s))
        plan: list[tuple[str, str, int, Path]] = []
        for other, files in listing.devices.items():
            done = through.get(other, 0)
            start = done
            if other == device and _beyond(files, done):
                # numbers far past this computer's own: not its files (a forged copy)
                report.problems.append(_unreadable())
                continue
            if files.snapshots:
                newest = max(files.snapshots)
                missing = any((other, n) not in applied for n in range(done + 1, newest + 1))
                if newest > done and missing:
                    plan.append((other, SNAPSHOT, newest, files.snapshots[newest]))
                    start = newest
            for seq in sorted(files.changes):
                if seq > start and (other, seq) not in applied:
                    plan.append((other, CHANGE, seq, files.changes[seq]))
        incoming: list[RecordVersion] = []
        read: dict[str, tuple[list[int], int]] = {}
        for done_count, (other, kind, seq, path) in enumerate(plan, 1):
            try:
                content = self._read_json(path, other, kind, seq)
                versions = _versions_in(content, kind)
            except (
                sync_crypto.SyncFileRejected,
                InvalidSyncData,
                ValueError,
                RecursionError,
                OSError,
            ) as exc:
                log.warning("a sync file could not be read (%s)", type(exc).__name__)
                if _unreadable() not in report.problems:
                    report.problems.append(_unreadable())
                if progress is not None:
                    progress(done_count, len(plan))
                continue
            incoming.extend(versions)
            seqs, upto = read.get(other, ([], 0))
            if kind == SNAPSHOT:
                upto = max(upto, seq)
            else:
                seqs.append(seq)
            read[other] = (seqs, upto)
            report.received += 1
            if progress is not None:
                progress(done_count, len(plan))
        return incoming, read, len(plan)

    # -- files of attachments ------------------------------------------------------------------

    def _publish(
        self, folder: Path, device: str, digests: set[str] | None, present: set[str] | None
    ) -> int:
        """Write the files of ``digests`` (None: every file this computer wrote before) into
        this computer's ``files`` folder, each once: not when it was written before and the
        folder still holds it (``present``: the names there; None: not listed, trusted), nor
        when this computer does not hold the bytes. Returns how many were written."""
        with self._db.session() as s:
            published = sync_store.published(s)
        if digests is None:
            digests = set(published)
        written = 0
        for found in sorted(digests):
            name = published.get(found) or sync_crypto.file_name_for(self._names, found)
            if found in published and (present is None or name in present):
                continue
            with self._db.session() as s:
                held = sync_rows.file_bytes(s, found)
                if held is None and found in published:  # not held here any more
                    sync_store.forget_published(s, found)
            if held is None:
                continue
            data, media_type = held
            sealed = sync_crypto.seal_sync_file(
                self._key, profile_id=self._profile_id, device_id=device, kind=FILE, seq=name,
                payload=data, compression_level=_level(media_type),
            )  # fmt: skip
            sync_folder.write_file(folder, device, name, sealed)
            with self._db.session() as s:
                sync_store.mark_published(s, found, name)
            if present is not None:
                present.add(name)
            written += 1
        return written

    def _bring_files(
        self,
        folder: Path,
        listing: FolderListing,
        incoming: list[RecordVersion],
        report: SyncReport,
        progress: Callable[[int, int], None] | None,
        planned: int,
    ) -> int:
        """Bring the bytes of the files that arriving records (and records still waiting)
        need from any computer's ``files`` folder into the journal, checked; returns how
        many were brought."""
        with self._db.session() as s:
            wanted = files_wanted(s, incoming)
            try:
                waiting = json.loads(sync_store.get_meta(s, _FILES_WAITING) or "[]")
            except ValueError:
                waiting = []
            wanted |= {d for d in waiting if isinstance(d, str) and not sync_rows.has_file(s, d)}
            try:
                aside = json.loads(sync_store.get_meta(s, _FILES_SET_ASIDE) or "{}")
            except ValueError:
                aside = {}
        if not wanted:
            return 0
        aside = aside if isinstance(aside, dict) else {}
        still_aside: dict[str, str] = {}
        batch: list[tuple[str, CheckedFile]] = []
        batch_bytes = brought = 0
        refused = full = False
        for done, found in enumerate(sorted(wanted), 1):
            if full:
                break
            name = sync_crypto.file_name_for(self._names, found)
            for other, files in sorted(listing.devices.items()):
                path = files.files.get(name)
                if path is None:
                    continue
                place = f"{other}/{name}"
                try:
                    info = path.lstat()
                except OSError:
                    continue
                mark = f"{info.st_size}:{info.st_mtime_ns}"
                if aside.get(place) == mark:
                    still_aside[place], refused = mark, True
                    continue
                if info.st_size > self._file_budget:
                    full = True  # the rest at the next round
                    break
                self._file_budget -= info.st_size
                try:
                    checked = self._open_file(path, other, name, found)
                except OSError:
                    continue  # being replaced or unplugged: tried again at the next round
                if checked is None:
                    still_aside[place], refused = mark, True
                    continue
                batch.append((found, checked))
                batch_bytes += len(checked.data)
                brought += 1
                break
            if batch_bytes >= _FILE_BATCH_BYTES:
                self._keep_files(batch)
                batch, batch_bytes = [], 0
            if progress is not None:
                progress(planned + done, planned + len(wanted))
        self._keep_files(batch)
        if still_aside != aside:
            with self._db.session() as s:
                sync_store.put_meta(s, _FILES_SET_ASIDE, json.dumps(still_aside))
        if refused and _file_set_aside() not in report.problems:
            report.problems.append(_file_set_aside())
        report.files_received += brought
        return brought

    def _open_file(self, path: Path, device: str, name: str, digest: str) -> CheckedFile | None:
        """The checked bytes of the file at ``path``; None when it is not the file of
        ``digest`` that Companion would keep (set aside). OSError: try again later."""
        try:
            data = sync_crypto.read_sync_file(
                path, self._key, profile_id=self._profile_id, device_id=device, kind=FILE,
                seq=name, max_payload_bytes=MAX_FILE_BYTES, max_file_bytes=MAX_FILE_IN_FOLDER,
            )  # fmt: skip
        except sync_crypto.SyncFileRejected as exc:
            log.warning("a file of an attachment could not be opened (%s)", exc.detail)
            return None
        if hashlib.sha256(data).hexdigest() != digest:
            log.warning("a file of an attachment is not the file its name stands for")
            return None
        try:
            return check_file("file", data)
        except AttachmentRefused as exc:
            log.warning("a file of an attachment is not one Companion keeps (%s)", exc.reason)
            return None

    def _keep_files(self, batch: list[tuple[str, CheckedFile]]) -> None:
        if batch:
            with self._db.session() as s:
                for found, checked in batch:
                    attachment_store.store_bytes(s, found, checked)

    def _snapshot_if_due(self, folder: Path, device: str, *, force: bool = False) -> None:
        with self._db.session() as s:
            pending = sync_store.outbox(s)
            if not force and len(pending) < SNAPSHOT_EVERY:
                return
            through = sync_store.last_outbox_seq(s)
            records = snapshot(s)
            body = json.dumps(
                {"format": "companion-sync-snapshot", "v": 1, "records": records},
                ensure_ascii=False, separators=(",", ":"),
            ).encode("utf-8")  # fmt: skip
        sealed = self._seal(device, SNAPSHOT, through, body)
        try:
            sync_folder.write_device_file(
                folder, device, sync_folder.snapshot_name(through), sealed
            )
        except OSError:
            return
        with self._db.session() as s:
            sync_store.drop_outbox_through(s, through)
            sync_store.put_meta(s, sync_store.SNAPSHOT_SEQ, str(through))
        mine = sync_folder.list_folder(folder).devices.get(device)
        if mine is not None:  # this computer's own older files: the snapshot holds them
            for seq, path in [*mine.changes.items(), *mine.snapshots.items()]:
                if seq <= through and path.name != sync_folder.snapshot_name(through):
                    path.unlink(missing_ok=True)
        self._remove_unused_files(folder, device, records)

    def _remove_unused_files(
        self, folder: Path, device: str, records: list[dict[str, object]]
    ) -> None:
        """The files this computer wrote that no record it knows refers to any more (their
        files were removed, everywhere this computer knows of) leave the folder. Every other
        computer that sends a record of a file writes its bytes itself, so none of them
        needs this copy."""
        used: set[str] = set()
        for record in records:
            if record.get("k") != sync_rows.ATTACHMENT:
                continue
            versions = record.get("vs")
            for version in versions if isinstance(versions, list) else ():
                payload = version.get("p") if isinstance(version, dict) else None
                if isinstance(payload, str):
                    used.add(str(json.loads(payload).get("digest")))
        with self._db.session() as s:
            published = sync_store.published(s)
            used |= sync_rows.files_used(s)
        for found, name in published.items():
            if found in used:
                continue
            try:
                sync_folder.remove_file(folder, device, name)
            except OSError:
                continue
            with self._db.session() as s:
                sync_store.forget_published(s, found)

    def _write_device_file(self, folder: Path, device: str) -> None:
        with self._db.session() as s:
            name = sync_store.get_meta(s, sync_store.DEVICE_NAME) or _computer_name()
            last = sync_store.last_outbox_seq(s)
        body = json.dumps(
            {"format": "companion-sync-device", "v": 1, "name": name,
             "wrote": self._now().isoformat(timespec="seconds"), "last": last},
        ).encode("utf-8")  # fmt: skip
        sealed = self._seal(device, DEVICE, 0, body)
        sync_folder.write_device_file(folder, device, sync_folder.DEVICE_INFO_NAME, sealed)
        with self._db.session() as s:
            sync_store.put_meta(s, _NAME_WRITTEN, name)


def _stored_clock(s: Session, device: str, now_ms: Callable[[], int]) -> HybridClock:
    """This computer's clock, as the last round left it."""
    stored = sync_store.get_meta(s, sync_store.CLOCK)
    last = None
    if stored:
        try:
            last = Clock.decode(stored)
        except InvalidSyncData:
            last = None
    if last is not None and last.device != device:
        last = Clock(last.wall_ms, last.counter, device)
    return HybridClock(device, now_ms, last)


def settle_entry(db: Database, entry_id: int, now_ms: Callable[[], int] = _now_ms) -> None:
    """The client compared the versions and keeps the entry as it is now: that becomes the
    one version on every computer (the other stays in the history)."""
    with db.session() as s:
        device = sync_store.get_meta(s, sync_store.DEVICE_ID)
        if device is None:
            return
        clock = _stored_clock(s, device, now_ms)
        made = settle(s, clock, "journal_entry", entry_id)
        if made:
            sync_store.add_to_outbox(s, _change_body(made))
        sync_store.put_meta(s, sync_store.CLOCK, clock.last.encode())


def _files_in(body: bytes) -> set[str]:
    """The SHA-256 of the files the records of a change file refer to."""
    found: set[str] = set()
    for record in json.loads(body.decode("utf-8")).get("records", ()):
        payload = record.get("p")
        if record.get("k") == sync_rows.ATTACHMENT and isinstance(payload, str):
            found.add(str(json.loads(payload)["digest"]))
    return found


def _level(media_type: str) -> int:
    """Photos and pictures are compressed already: their bytes are only framed."""
    try:
        return 0 if kind_of(media_type) is FileKind.IMAGE else 6
    except KeyError:
        return 6


def _file_set_aside() -> str:
    return tr(
        "services.sync",
        "A photo or file another computer sent could not be used: it is damaged, incomplete, "
        "or was changed. It was set aside, and everything else was brought in.",
    )


def _unreadable() -> str:
    return tr(
        "services.sync",
        "A file another computer wrote could not be read: it is damaged, incomplete, or was "
        "changed. Nothing from it was used; Companion will try again.",
    )


def _beyond(files: DeviceFiles, known: int) -> bool:
    """This computer's own folder holds numbers far beyond any it could have made."""
    highest = max([*files.changes, *files.snapshots, 0])
    return highest > known + _MAX_OWN_AHEAD


def _could_not_write() -> str:
    return tr(
        "services.sync",
        "Companion could not write to the sync folder (is it read-only, or full?). Your "
        "changes wait here; what the other computers wrote was still read.",
    )


def _change_body(made: list[RecordVersion]) -> bytes:
    return json.dumps(
        {"format": "companion-sync-change", "v": 1, "records": [m.to_json() for m in made]},
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")


def _versions_in(content: dict[str, Any], kind: str) -> list[RecordVersion]:
    if content.get("v") != 1:
        raise InvalidSyncData("file version")
    records = content.get("records")
    if isinstance(records, list) and len(records) > _MAX_RECORDS[kind]:
        raise InvalidSyncData("too many records")
    if kind == SNAPSHOT:
        if content.get("format") != "companion-sync-snapshot":
            raise InvalidSyncData("snapshot format")
        return snapshot_versions(records)
    if content.get("format") != "companion-sync-change" or not isinstance(records, list):
        raise InvalidSyncData("change format")
    return [RecordVersion.from_json(item) for item in records]


def _hidden(value: str | None) -> dict[str, str]:
    """The computers taken off the list, with when (ISO time)."""
    try:
        found = json.loads(value) if value else {}
    except ValueError:
        return {}
    if isinstance(found, list):  # before times were kept: off the list since long ago
        return {str(x): "" for x in found}
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def _computer_name() -> str:
    return platform.node()[:120] or tr("services.sync", "This computer")
