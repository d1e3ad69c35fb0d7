"""Importing entries from other journal apps: read and check first (a preview that says what
will come in, what is left out and what is already in the journal), then add all of it in one
transaction, or nothing.

The photos and pictures entries bring along (Day One's photos, the pictures Markdown files
show) are read and checked for the preview like any file kept with an entry, and those that
cannot come are named there; the import reads them again, without a photo's location and
camera details unless the client keeps them, and keeps them with their entries in the same
transaction. A file that changed or went since the preview stops the import (nothing is
added)."""

from __future__ import annotations

import contextlib
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path

from companion.domain.attachments import AttachmentRefused, CheckedFile
from companion.domain.errors import Cancelled
from companion.domain.journal import EntryDraft, EntryFilter
from companion.domain.wording import tr, tr_n
from companion.formats.importers.batch import (
    FileSource,
    ImportBatch,
    ImportFileProblem,
    ImportKind,
    LinkedFile,
    ReadFile,
    SkippedKind,
    merged_counts,
    one_line_ending,
)
from companion.formats.importers.linked_files import NotRead, check_all
from companion.formats.importers.sources import read_import
from companion.services.attachments import AttachmentService, check_file, digest_of
from companion.services.journal import JournalService
from companion.storage import attachment_store, journal_store
from companion.storage.engine import Database

__all__ = [
    "ImportFileProblem",
    "ImportKind",
    "ImportPreview",
    "ImportService",
    "Imported",
    "SkippedKind",
]

#: Existing entries are read in pages of this many while looking for duplicates.
_PAGE = 2_000

Key = tuple[datetime, str]


def text_hash(draft: EntryDraft) -> str:
    """What makes two entries "the same text": title and body without outer white space,
    whatever their line endings (an entry stored with Windows ones matches an import)."""
    text = one_line_ending(f"{draft.title.strip()}\x00{draft.body.strip()}")
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


def _minute(at: datetime) -> datetime:
    return at.replace(second=0, microsecond=0)


def _key(at: datetime, draft: EntryDraft) -> Key:
    return _minute(at), text_hash(draft)


class ImportCancelled(Cancelled):
    """The client stopped the import; nothing was added."""


@dataclass(frozen=True)
class Imported:
    """What an import added: entries, and files kept with them."""

    entries: int
    files: int = 0


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do. ``new`` is exactly what :meth:`ImportService.apply` adds, and
    ``files`` (same order, or empty when no new entry brings any) the files that come with
    each, read from ``source``."""

    kind: ImportKind
    source_name: str
    found: int
    new: tuple[tuple[datetime, EntryDraft], ...]
    already_in_journal: int
    repeated_in_file: int
    first: datetime | None
    last: datetime | None
    tags: tuple[str, ...]
    with_mood: int
    problems: tuple[str, ...]
    skipped: tuple[tuple[SkippedKind, int], ...]
    files: tuple[tuple[LinkedFile, ...], ...] = ()
    source: FileSource | None = None

    @property
    def new_count(self) -> int:
        return len(self.new)

    @property
    def file_count(self) -> int:
        """Photos and files that come with the new entries."""
        return sum(len(f) for f in self.files)

    def files_of(self, index: int) -> tuple[LinkedFile, ...]:
        return self.files[index] if self.files else ()

    @property
    def duplicates(self) -> int:
        return self.already_in_journal + self.repeated_in_file

    def skipped_count(self, kind: SkippedKind) -> int:
        return sum(n for k, n in self.skipped if k is kind)


class ImportService:
    """Imports into the journal of one unlocked profile."""

    def __init__(self, db: Database, *, local_zone: Callable[[], tzinfo | None] | None = None):
        self._db = db
        self._journal = JournalService(db)
        self._local_zone = local_zone or (lambda: None)

    def read(self, path: Path | list[Path], kind: ImportKind | str) -> ImportBatch:
        """The entries in a file or folder, without looking at the journal."""
        return read_import(path, ImportKind(kind), local_zone=self._local_zone())

    def preview(self, path: Path | list[Path], kind: ImportKind | str) -> ImportPreview:
        """Read and check an export; :class:`ImportFileProblem` (naming the line or record)
        when it cannot be imported. Nothing is written."""
        kind = ImportKind(kind)
        batch = self.read(path, kind)
        name = (
            path[0].name
            if isinstance(path, list) and len(path) == 1
            else (
                tr_n("services.importing", "%n [file|files]", len(path))
                if isinstance(path, list)
                else path.name
            )
        )
        return self.preview_batch(batch, kind, name)

    def preview_batch(self, batch: ImportBatch, kind: ImportKind, name: str) -> ImportPreview:
        seen: set[Key] = set()
        unique: list[tuple[datetime, EntryDraft, tuple[LinkedFile, ...]]] = []
        for index, (at, draft) in enumerate(batch.entries):
            key = _key(at, draft)
            if key not in seen:
                seen.add(key)
                unique.append((at, draft, batch.files_of(index)))
        existing = self._existing_keys((at, d) for at, d, _ in unique)
        fresh = [item for item in unique if _key(item[0], item[1]) not in existing]
        # the files of the new entries, read and checked now: the preview names those
        # that cannot come, and the import brings exactly the others
        checked = check_all((files for _, _, files in fresh), batch.source)
        new: list[tuple[datetime, EntryDraft]] = []
        files: list[tuple[LinkedFile, ...]] = []
        empty = 0
        for (at, draft, brought), passed in zip(fresh, checked.files, strict=True):
            if draft.is_blank() and not passed:
                empty += bool(brought)  # an entry that was only photos that cannot come
                continue
            new.append((at, draft))
            files.append(passed)
        moments = [at for at, _ in batch.entries]
        tags = Counter(t for _, d in batch.entries for t in d.tags)
        return ImportPreview(
            kind=kind,
            source_name=name,
            found=len(batch.entries),
            new=tuple(new),
            already_in_journal=len(unique) - len(fresh),
            repeated_in_file=len(batch.entries) - len(unique),
            first=min(moments, default=None),
            last=max(moments, default=None),
            tags=tuple(t for t, _ in sorted(tags.items(), key=lambda kv: (-kv[1], kv[0]))),
            with_mood=sum(1 for _, d in batch.entries if d.mood is not None),
            problems=(*batch.problems, *checked.notes),
            skipped=merged_counts(batch.skipped, checked.skipped, {SkippedKind.EMPTY: empty}),
            files=tuple(files) if any(files) else (),
            source=batch.source if any(files) else None,
        )

    def apply(
        self,
        preview: ImportPreview,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> Imported:
        """Add the preview's new entries, with the files that come with them, in one
        transaction (all or nothing); entries that reached the journal since the preview are
        not added twice. ``progress(done, total)`` reports the way (entries, then files);
        when ``cancel()`` returns true, :class:`ImportCancelled` is raised and nothing is
        added. A file that changed or went since the preview raises
        :class:`ImportFileProblem` (nothing is added)."""
        existing = self._existing_keys(preview.new)
        todo = [
            (at, draft, preview.files_of(index))
            for index, (at, draft) in enumerate(preview.new)
            if _key(at, draft) not in existing
        ]
        if not todo:
            return Imported(0)
        total = len(todo) + sum(len(files) for _, _, files in todo)

        def step(done: int) -> None:
            if cancel is not None and cancel():
                raise ImportCancelled()
            if progress is not None:
                progress(done, total)

        step(0)
        source = preview.source
        keep_details = AttachmentService(self._db).keeps_photo_details() if source else False
        kept = 0
        with (
            source.reading() if source is not None else contextlib.nullcontext() as read,
            self._db.session() as s,
        ):
            ids: list[int] = []
            clean = ((at, draft.validated()) for at, draft, _ in todo)
            added: int = journal_store.create_many(s, clean, step, ids=ids)
            now = datetime.now().replace(microsecond=0)
            for entry_id, (_at, _draft, files) in zip(ids, todo, strict=True):
                for file in files:
                    step(added + kept)
                    checked = _again(read, file, keep_details)
                    digest = digest_of(checked.data)
                    attachment_store.store_bytes(s, digest, checked)
                    attachment_store.attach(s, entry_id, digest, checked.name, now)
                    kept += 1
            step(added + kept)
        return Imported(added, kept)

    def _existing_keys(self, items: Iterable[tuple[datetime, EntryDraft]]) -> set[Key]:
        """Keys of journal entries at the same minute as one of ``items`` (only those are
        read in full)."""
        minutes = {_minute(at) for at, _ in items}
        if not minutes:
            return set()
        first: date = min(minutes).date()
        last: date = max(minutes).date()
        candidates: list[int] = []
        offset = 0
        span = EntryFilter(date_from=first, date_to=last)
        while True:
            page = self._journal.list(span, offset=offset, limit=_PAGE)
            candidates.extend(s.id for s in page if _minute(s.created_at) in minutes)
            if len(page) < _PAGE:
                break
            offset += _PAGE
        keys: set[Key] = set()
        for entry_id in candidates:
            entry = self._journal.get(entry_id)
            keys.add(_key(entry.created_at, entry.draft()))
        return keys


def _again(read: ReadFile | None, file: LinkedFile, keep_details: bool) -> CheckedFile:
    """A file read and checked again for the import: it must still be there and still pass
    (it passed for the preview)."""
    try:
        if read is None:
            raise FileNotFoundError(file.number)
        return check_file(file.name, read(file), keep_details=keep_details)
    except (NotRead, OSError, AttachmentRefused):
        raise ImportFileProblem(
            tr(
                "services.importing",
                "Some photos or files changed or went since the export was read. Please "
                "choose it again.",
            )
        ) from None
