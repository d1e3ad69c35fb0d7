"""Importing entries from other journal apps: read and check first (a preview that says what
will come in, what is left out and what is already in the journal), then add all of it in one
transaction, or nothing."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path

from companion.domain.errors import Cancelled
from companion.domain.journal import EntryDraft, EntryFilter
from companion.domain.wording import tr_n
from companion.formats.importers.batch import (
    ImportBatch,
    ImportFileProblem,
    ImportKind,
    SkippedKind,
    one_line_ending,
)
from companion.formats.importers.sources import read_import
from companion.services.journal import JournalService
from companion.storage.engine import Database

__all__ = [
    "ImportFileProblem",
    "ImportKind",
    "ImportPreview",
    "ImportService",
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
class ImportPreview:
    """What an import would do. ``new`` is exactly what :meth:`ImportService.apply` adds."""

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

    @property
    def new_count(self) -> int:
        return len(self.new)

    @property
    def duplicates(self) -> int:
        return self.already_in_journal + self.repeated_in_file

    def skipped_count(self, kind: SkippedKind) -> int:
        return sum(n for k, n in self.skipped if k is kind)


class ImportService:
    """Imports into the journal of one unlocked profile."""

    def __init__(self, db: Database, *, local_zone: Callable[[], tzinfo | None] | None = None):
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
        unique: list[tuple[datetime, EntryDraft]] = []
        for at, draft in batch.entries:
            key = _key(at, draft)
            if key not in seen:
                seen.add(key)
                unique.append((at, draft))
        existing = self._existing_keys(unique)
        new = tuple((at, d) for at, d in unique if _key(at, d) not in existing)
        moments = [at for at, _ in batch.entries]
        tags = Counter(t for _, d in batch.entries for t in d.tags)
        return ImportPreview(
            kind=kind,
            source_name=name,
            found=len(batch.entries),
            new=new,
            already_in_journal=len(unique) - len(new),
            repeated_in_file=len(batch.entries) - len(unique),
            first=min(moments, default=None),
            last=max(moments, default=None),
            tags=tuple(t for t, _ in sorted(tags.items(), key=lambda kv: (-kv[1], kv[0]))),
            with_mood=sum(1 for _, d in batch.entries if d.mood is not None),
            problems=batch.problems,
            skipped=batch.skipped,
        )

    def apply(
        self,
        preview: ImportPreview,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> int:
        """Add the preview's new entries in one transaction (all or nothing); entries that
        reached the journal since the preview are not added twice. Returns how many were
        added. ``progress(done, total)`` reports the way; when ``cancel()`` returns true,
        :class:`ImportCancelled` is raised and nothing is added."""
        existing = self._existing_keys(preview.new)
        todo = [(at, d) for at, d in preview.new if _key(at, d) not in existing]
        if not todo:
            return 0
        total = len(todo)

        def step(done: int) -> None:
            if cancel is not None and cancel():
                raise ImportCancelled()
            if progress is not None:
                progress(done, total)

        step(0)
        return self._journal.add_many(todo, step)

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
