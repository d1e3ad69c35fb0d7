"""Real (SQLCipher) journals playing the computers of one person, for the sync tests.

A :class:`Computer` is an unlocked profile with its own sync clock. Nothing goes through a
folder: :meth:`Computer.changes` returns what the computer's next change file would carry,
:meth:`Computer.files_of` the bytes of the files it refers to (what goes into the folder's
``files`` with it), :meth:`Computer.receive` applies a delivered file (as the app does,
after noting the edits made here first, and after bringing in the bytes its records need
from those delivered so far). The other methods read what the tests compare: every synced
record by its sync id, with references given as sync ids (row ids differ between
computers), the journal texts kept anywhere, and sync's bookkeeping.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from companion.config import ProfilePaths
from companion.domain.sync_merge import HybridClock, Version
from companion.security.crypto import KdfParams
from companion.services.attachments import check_file
from companion.services.profile import ProfileService, UnlockedProfile
from companion.services.sync_engine import RecordVersion, apply, capture, files_wanted
from companion.storage import attachment_store, sync_rows, sync_store
from companion.storage.engine import Database

#: Cheap Argon2id settings so that making a profile takes milliseconds.
FAST = KdfParams(memory_cost_kib=64, iterations=1, lanes=1)

_ticks = itertools.count(1_700_000_000_000, 1000)


def ticking() -> int:
    """A wall clock in milliseconds that moves on a second at every reading."""
    return next(_ticks)


@dataclass
class Computer:
    profile: UnlockedProfile
    clock: HybridClock
    #: versions made here (edits captured, records kept while applying) not yet in a file
    sent: list[RecordVersion] = field(default_factory=list)
    #: the SHA-256 of the files whose records wait for their bytes here
    missing: set[str] = field(default_factory=set)

    @property
    def db(self) -> Database:
        return self.profile.service(lambda db: db)

    def changes(self) -> list[RecordVersion]:
        """What this computer's next change file would carry (edits here, and versions made
        while applying others' since the last file)."""
        with self.db.session() as s:
            self.sent.extend(capture(s, self.clock))
        made, self.sent = self.sent, []
        return made

    def files_of(self, versions: list[RecordVersion]) -> dict[str, bytes]:
        """The bytes (by SHA-256) of the files ``versions`` refer to that are held here."""
        found: dict[str, bytes] = {}
        for item in versions:
            if item.kind == sync_rows.ATTACHMENT and item.version.payload is not None:
                digest = json.loads(item.version.payload)["digest"]
                with self.db.session() as s:
                    held = sync_rows.file_bytes(s, digest)
                if held is not None:
                    found[digest] = held[0]
        return found

    def receive(
        self, versions: list[RecordVersion], files: Mapping[str, bytes] | None = None
    ) -> None:
        """Apply a delivered change file; ``files``: the bytes of attachments delivered so far
        (by SHA-256), from which those the records need are brought in first."""
        with self.db.session() as s:
            self.sent.extend(capture(s, self.clock))
            self._bring(s, files_wanted(s, versions) | self.missing, files)
            result = apply(s, self.clock, versions, datetime.now)
            self.sent.extend(result.made)
            # as the service does: an entry that came back may need files not asked for
            if self._bring(s, result.missing_files, files):
                result = apply(s, self.clock, [], datetime.now)
                self.sent.extend(result.made)
        self.missing = result.missing_files

    @staticmethod
    def _bring(s: Any, wanted: set[str], files: Mapping[str, bytes] | None) -> int:
        brought = 0
        for digest in sorted(wanted):
            if files is not None and digest in files and not sync_rows.has_file(s, digest):
                checked = check_file("file", files[digest], keep_details=True)
                attachment_store.store_bytes(s, digest, checked)
                brought += 1
        return brought

    def rows(self) -> dict[str, list[dict[str, object]]]:
        """Every synced row's content (without row ids or references' ids)."""
        with self.db.session() as s:
            found = sync_rows.read_all(s)
        out: dict[str, list[dict[str, object]]] = {}
        for kind, rows in found.items():
            refs = {r.column for r in sync_rows.kinds()[kind].references}
            out[kind] = sorted(
                ({k: v for k, v in values.items() if k not in refs} for values in rows.values()),
                key=repr,
            )
        return out

    def local_ids(self, kind: str) -> list[int]:
        """The row ids of one synced table here, in order."""
        with self.db.read() as conn:
            return [int(r[0]) for r in conn.execute(f"SELECT id FROM {kind} ORDER BY id")]

    def records(self) -> dict[str, sync_store.SyncRecord]:
        """Sync's record of every synced record here, by sync id."""
        with self.db.session() as s:
            return sync_store.load_records(s)

    def by_uid(self) -> dict[str, dict[str, dict[str, Any]]]:
        """Every synced row here by kind and sync id, references given as sync ids (``None``
        for a row sync has not seen yet: call :meth:`changes` first)."""
        with self.db.session() as s:
            found = sync_rows.read_all(s)
            records = sync_store.load_records(s)
        uid_of = {(r.kind, r.local_id): r.uid for r in records.values() if r.local_id is not None}
        out: dict[str, dict[str, dict[str, Any]]] = {}
        for kind, rows in found.items():
            refs = sync_rows.kinds()[kind].references
            out[kind] = {}
            for local_id, values in rows.items():
                shown = dict(values)
                for ref in refs:
                    target = values.get(ref.column)
                    shown[ref.column] = None if target is None else uid_of.get((ref.kind, target))
                out[kind][str(uid_of.get((kind, local_id)))] = shown
        return out

    def all_journal_texts(self) -> set[str]:
        """Every journal text kept here anywhere: entries, earlier versions (of live and of
        deleted entries) and recently deleted entries."""
        found: set[str] = set()
        with self.db.read() as conn:
            for table in ("journal_entry", "journal_entry_version", "deleted_journal_entry"):
                found.update(str(r[0]) for r in conn.execute(f"SELECT body FROM {table}"))
        return found


def body_of(version: Version) -> str | None:
    """The journal text a version of an entry carries (None: a deletion)."""
    if version.payload is None:
        return None
    return str(json.loads(version.payload)["body"])


@contextmanager
def computer(root: Path, device: str, now_ms: Callable[[], int] = ticking) -> Iterator[Computer]:
    """A new profile in ``root`` that syncs as ``device`` (32 hex digits); locked at the end."""
    service = ProfileService(ProfilePaths(root))
    profile, _recovery = service.create(use_keychain=True, passphrase="correct horse", params=FAST)
    try:
        yield Computer(profile, HybridClock(device, now_ms))
    finally:
        profile.lock()
