"""Keeping files with journal entries: adding, reading, removing (with undo).

Files are stored inside the encrypted journal itself (see docs/attachments.md for why), once
per content. Every file is checked before anything is written (:func:`check_file`): what it
is by its bytes, its size, an image's dimensions, a PDF's end; photos lose their location and
camera details unless the client keeps them. Thumbnails and previews are made by the window
(with Qt, off its UI thread) and kept here with :meth:`AttachmentService.keep_pictures`.
"""

from __future__ import annotations

import builtins
import hashlib
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from companion.domain.attachments import (
    MAX_FILE_BYTES,
    Attachment,
    AttachmentRefused,
    AttachmentUsage,
    CheckedFile,
    RefusalReason,
    RemovedAttachment,
    short_name,
    validate_count,
)
from companion.formats.attachment_files import check, strip_metadata
from companion.storage import attachment_store as store
from companion.storage import meta_store
from companion.storage.engine import Database
from companion.storage.files import read_regular_file
from companion.storage.journal_store import EntryNotFound

AttachmentNotFound = store.AttachmentNotFound

#: ``profile_meta`` key: "1" when photos keep their location and camera details
KEEP_PHOTO_DETAILS = "attachments_keep_photo_details"


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def digest_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_file(name: str, data: bytes, *, keep_details: bool) -> CheckedFile:
    """``data`` checked (see :func:`companion.formats.attachment_files.check`), without a
    photo's location and camera details unless ``keep_details``."""
    checked = check(name, data)
    if keep_details:
        return checked
    cleaned = strip_metadata(checked.data, checked.media_type)
    if cleaned is None:  # its details cannot be known to be gone: not kept
        raise AttachmentRefused(RefusalReason.DAMAGED, checked.name)
    if cleaned is checked.data:
        return checked
    return CheckedFile(checked.name, checked.media_type, cleaned, checked.width, checked.height)


def read_file(path: Path) -> bytes:
    """A file's bytes, refused before reading when it is larger than Companion keeps (a
    2 GB file is never read into memory)."""
    name = short_name(path.name)
    if path.is_dir():
        raise AttachmentRefused(RefusalReason.FOLDER, name)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise AttachmentRefused(RefusalReason.TOO_LARGE, name)
        # a pipe or a device is refused before anything is read (reading would never end)
        data = read_regular_file(path, MAX_FILE_BYTES)
    except OSError:
        raise AttachmentRefused(RefusalReason.UNREADABLE, name) from None
    if len(data) > MAX_FILE_BYTES:  # it grew while it was read, or stat did not know
        raise AttachmentRefused(RefusalReason.TOO_LARGE, name)
    return data


class AttachmentService:
    """The files kept with the entries of one unlocked profile."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = _now) -> None:
        self._db = db
        self._clock = clock

    # -- settings ---------------------------------------------------------------------------

    def keeps_photo_details(self) -> bool:
        """Whether photos keep where and with what they were taken (off unless chosen)."""
        with self._db.read() as conn:
            return meta_store.get(conn, KEEP_PHOTO_DETAILS) == "1"

    def set_keeps_photo_details(self, keep: bool) -> None:
        with self._db.write_settings() as conn:
            meta_store.put(conn, KEEP_PHOTO_DETAILS, "1" if keep else "0")

    # -- adding -----------------------------------------------------------------------------

    def add_file(self, entry_id: int, path: Path) -> Attachment:
        """Keep the file at ``path`` with the entry (see :meth:`add`)."""
        return self.add(entry_id, path.name, read_file(path))

    def add(self, entry_id: int, name: str, data: bytes) -> Attachment:
        """Keep ``data`` as the file ``name`` with the entry, last among its files. Raises
        :class:`AttachmentRefused` (nothing stored) when the file is not one Companion keeps,
        and ``EntryNotFound`` when the entry is gone."""
        checked = check_file(name, data, keep_details=self.keeps_photo_details())
        return self.add_checked(entry_id, checked)

    def add_checked(self, entry_id: int, checked: CheckedFile) -> Attachment:
        digest = digest_of(checked.data)
        with self._db.session() as s:
            if not store.entry_exists(s, entry_id):
                raise EntryNotFound(entry_id)
            if store.entry_holds(s, entry_id, digest):
                raise AttachmentRefused(RefusalReason.ALREADY_THERE, checked.name)
            validate_count(store.count_for_entry(s, entry_id), checked.name)
            store.store_bytes(s, digest, checked)
            attachment_id = store.attach(s, entry_id, digest, checked.name, self._clock())
            return store.get_in_session(s, attachment_id)

    def add_many(self, items: Iterable[tuple[int, CheckedFile]]) -> int:
        """Keep checked files with entries in one unit of work (imports); returns the count."""
        added = 0
        with self._db.session() as s:
            for entry_id, checked in items:
                digest = digest_of(checked.data)
                store.store_bytes(s, digest, checked)
                store.attach(s, entry_id, digest, checked.name, self._clock())
                added += 1
        return added

    # -- changing ---------------------------------------------------------------------------

    def remove(self, attachment_id: int) -> RemovedAttachment:
        """Take a file off its entry; :meth:`undo_remove` brings it back (its bytes are kept
        until the journal is next opened)."""
        with self._db.session() as s:
            return RemovedAttachment(store.detach(s, attachment_id))

    def undo_remove(self, removed: RemovedAttachment) -> Attachment:
        a = removed.attachment
        with self._db.session() as s:
            if not store.entry_exists(s, a.entry_id):
                raise EntryNotFound(a.entry_id)
            if not store.has_bytes(s, a.digest):
                raise AttachmentNotFound(a.id)
            if store.holds(s, a.id, a.entry_id, a.digest):  # brought back already
                return store.get_in_session(s, a.id)
            validate_count(store.count_for_entry(s, a.entry_id), a.name)
            attachment_id = store.attach(
                s,
                a.entry_id,
                a.digest,
                a.name,
                a.added_at,
                position=a.position,
                in_summary=a.in_summary,
                attachment_id=a.id,
            )
            return store.get_in_session(s, attachment_id)

    def set_in_summary(self, attachment_id: int, included: bool) -> Attachment:
        with self._db.session() as s:
            return store.set_in_summary(s, attachment_id, included)

    def keep_pictures(
        self, digest: str, *, thumbnail: bytes | None = None, preview: bytes | None = None
    ) -> None:
        """Keep the small pictures the window made of an image (PNG or JPEG bytes)."""
        with self._db.session() as s:
            store.set_pictures(s, digest, thumbnail, preview)

    def collect_unused(self) -> int:
        with self._db.session() as s:
            return store.collect_unused(s)

    # -- reading ----------------------------------------------------------------------------

    def for_entry(self, entry_id: int) -> builtins.list[Attachment]:
        with self._db.read() as conn:
            return store.for_entry(conn, entry_id)

    def for_entries(self, entry_ids: Iterable[int]) -> dict[int, builtins.list[Attachment]]:
        with self._db.read() as conn:
            return store.for_entries(conn, entry_ids)

    def get(self, attachment_id: int) -> Attachment:
        with self._db.read() as conn:
            return store.get(conn, attachment_id)

    def data(self, attachment: Attachment) -> bytes:
        """The file's bytes (decrypted: keep them in memory, never in a file, unless the
        client opens it; see ``companion.ui.attachments.opened_files``)."""
        with self._db.read() as conn:
            return store.data(conn, attachment.digest)

    def pictures(self, digest: str) -> tuple[bytes | None, bytes | None]:
        with self._db.read() as conn:
            return store.pictures(conn, digest)

    def usage(self) -> AttachmentUsage:
        with self._db.read() as conn:
            return store.usage(conn)
