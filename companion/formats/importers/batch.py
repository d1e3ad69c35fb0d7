"""What an importer makes of another journal app's export: dated entry drafts, notes about
what could not be brought over, and counts of what was left out.

Everything here is pure (standard library and the domain only): no files, no database, no Qt.
Messages name a line, a record or a file and a field, never the text written in it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from companion.domain.errors import InvalidInput
from companion.domain.journal import (
    BODY_MAX,
    TAG_MAX,
    TITLE_MAX,
    EntryDraft,
    clipped,
    normalize_tag,
)
from companion.domain.text import storable
from companion.domain.wording import day_text, tr, tr_n

#: Refuse anything bigger: no journal export a person picks by hand is this large.
MAX_IMPORT_BYTES = 200 * 1024 * 1024
#: A believable journal date; outside this range a date is a typo or a broken file.
YEAR_MIN = 1900
YEAR_MAX = 2200
#: The tag given to entries the other app had starred (see docs in the module of each app).
STARRED_TAG = "starred"


class ImportKind(StrEnum):
    JRNL = "jrnl"
    DAYONE = "dayone"
    DAYLIO = "daylio"
    MARKDOWN = "markdown"


class ImportFileProblem(InvalidInput):
    """The file cannot be imported; the message names where (line, entry, file) and what is
    wrong, never the text written there. Nothing is imported."""


class SkippedKind(StrEnum):
    """What an import leaves out, counted for the preview."""

    PHOTO = "photo"
    #: a picture a Markdown file shows
    PICTURE = "picture"
    VIDEO = "video"
    AUDIO = "audio"
    PDF = "pdf"
    EMPTY = "empty"


@dataclass(frozen=True)
class LinkedFile:
    """A file an entry brings along, to be kept with it: a photo Day One kept with the entry,
    a picture a Markdown file shows. ``where`` says where the export holds it: a member of the
    zip, or a path inside the folder ``root`` (with "/"; never absolute, never leaving it).
    Notes name it by its entry and number, never by its name."""

    where: str
    name: str  # the name to keep it under
    entry: str  # the entry, as notes name it ("Entry 3 in Journal.json", "notes/a.md")
    number: int  # its place among the entry's files (1, 2, ...)
    kind: SkippedKind = SkippedKind.PHOTO  # what it counts as when it cannot come
    root: str = ""  # the folder ``where`` is inside ("" for a zip member)


#: Reads a linked file's bytes (raises ``AttachmentRefused`` when it cannot be read or is
#: larger than Companion keeps, ``FileNotFoundError`` when it is gone).
ReadFile = Callable[[LinkedFile], bytes]


class FileSource(Protocol):
    """Where the files of an import are read from (the zip, or the chosen folder)."""

    def reading(self) -> AbstractContextManager[ReadFile]: ...


@dataclass(frozen=True)
class ImportBatch:
    """The entries found in an export, in file order, with ``created_at`` as local naive time
    to the second; ``problems`` are notes to show before importing (the entries they concern
    are still imported, maybe without a mood or a tag); ``skipped`` counts what is left out.
    ``files`` holds, for each entry (same order), the files it brings along (empty when no
    entry brings any), read from ``source``."""

    entries: tuple[tuple[datetime, EntryDraft], ...]
    problems: tuple[str, ...] = ()
    skipped: tuple[tuple[SkippedKind, int], ...] = ()
    files: tuple[tuple[LinkedFile, ...], ...] = ()
    source: FileSource | None = None

    def skipped_count(self, kind: SkippedKind) -> int:
        return sum(n for k, n in self.skipped if k is kind)

    def files_of(self, index: int) -> tuple[LinkedFile, ...]:
        """The files the entry at ``index`` brings along."""
        return self.files[index] if self.files else ()


def merged_counts(
    *counts: tuple[tuple[SkippedKind, int], ...] | dict[SkippedKind, int],
) -> tuple[tuple[SkippedKind, int], ...]:
    """Skipped counts added up, in the order of :class:`SkippedKind`."""
    total: dict[SkippedKind, int] = {}
    for part in counts:
        for kind, n in part.items() if isinstance(part, dict) else part:
            total[kind] = total.get(kind, 0) + n
    return tuple((k, total[k]) for k in SkippedKind if total.get(k))


@dataclass
class BatchBuilder:
    """Collects entries and notes while a parser walks a file."""

    entries: list[tuple[datetime, EntryDraft]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    skipped: dict[SkippedKind, int] = field(default_factory=dict)
    files: list[tuple[LinkedFile, ...]] = field(default_factory=list)

    def skip(self, kind: SkippedKind, count: int = 1) -> None:
        if count > 0:
            self.skipped[kind] = self.skipped.get(kind, 0) + count

    def add(
        self,
        where: str,
        created_at: datetime,
        *,
        title: str = "",
        body: str = "",
        tags: list[str] | tuple[str, ...] = (),
        mood: int | None = None,
        files: tuple[LinkedFile, ...] = (),
    ) -> None:
        """Add one entry, cleaning what the journal would refuse: a title that is too long
        is shortened, a tag that is too long is left out (each with a note), and an entry
        longer than the journal allows is left out whole (with a note). Line endings become
        "\\n", so the same export with Windows line endings is found again as a duplicate.
        ``files`` come with the entry (and are left out with it)."""
        check_year(created_at, where)
        body = storable(one_line_ending(body)).strip("\n").rstrip()
        if len(body) > BODY_MAX:
            self.problems.append(too_long(created_at, len(body)))
            return
        clean_title = " ".join(title.split())
        if len(clean_title) > TITLE_MAX:
            clean_title = clipped(clean_title, TITLE_MAX)
            self.problems.append(
                tr(
                    "formats.importers.batch",
                    "%1: the title was too long and has been shortened.",
                    where,
                )
            )
        clean_tags: dict[str, None] = {}
        for raw in tags:
            try:
                tag = normalize_tag(str(raw))
            except InvalidInput:
                self.problems.append(
                    tr_n(
                        "formats.importers.batch",
                        "%1: a tag longer than %n [character|characters] was left out.",
                        TAG_MAX,
                        where,
                    )
                )
                continue
            if tag:
                clean_tags.setdefault(tag, None)
        draft = EntryDraft(title=clean_title, body=body, mood=mood, tags=tuple(clean_tags))
        if draft.is_blank() and not files:
            self.skip(SkippedKind.EMPTY)
            return
        self.entries.append((created_at.replace(microsecond=0), draft.validated()))
        self.files.append(files)

    def build(self) -> ImportBatch:
        return ImportBatch(
            entries=tuple(self.entries),
            problems=tuple(self.problems),
            skipped=merged_counts(self.skipped),
            files=tuple(self.files) if any(self.files) else (),
        )


def one_line_ending(text: str) -> str:
    """``text`` with Windows ("\\r\\n") and old Mac ("\\r") line endings as "\\n"."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def too_long(created_at: datetime, length: int) -> str:
    """The note for an entry left out because its text is longer than the journal allows
    (naming its day and length, never its text)."""
    return tr_n(
        "formats.importers.batch",
        "Entry of %1 is longer than Companion allows (%Ln [character|characters]); "
        "it was left out.",
        length,
        day_text(created_at.date()),
    )


def check_year(value: datetime, where: str) -> None:
    if not YEAR_MIN <= value.year <= YEAR_MAX:
        raise ImportFileProblem(
            tr(
                "formats.importers.batch",
                "%1: the date is outside the years %2 to %3; the file may be damaged.",
                where,
                YEAR_MIN,
                YEAR_MAX,
            )
        )


_SAFE_VALUE = re.compile(r"[0-9 :./TZ+\-]{1,32}")


def shown_value(value: object) -> str | None:
    """A date or time value to quote in a message when it cannot be private text (digits and
    separators only); otherwise None, so that a message never repeats what was written."""
    text = str(value).strip()
    return text if _SAFE_VALUE.fullmatch(text) else None


def not_a_date(where: str, raw: object) -> ImportFileProblem:
    """``where``: the date (quoted when it is safe to show) is not a real date."""
    shown = shown_value(raw)
    if shown is None:
        return ImportFileProblem(
            tr("formats.importers.batch", "%1: the date is not a real date.", where)
        )
    return ImportFileProblem(
        tr("formats.importers.batch", "%1: the date '%2' is not a real date.", where, shown)
    )


def not_a_time(where: str, raw: object) -> ImportFileProblem:
    """``where``: the time (quoted when it is safe to show) is not a real time of day."""
    shown = shown_value(raw)
    if shown is None:
        return ImportFileProblem(
            tr("formats.importers.batch", "%1: the time is not a real time of day.", where)
        )
    return ImportFileProblem(
        tr("formats.importers.batch", "%1: the time '%2' is not a real time of day.", where, shown)
    )


def empty_file(name: str) -> ImportFileProblem:
    return ImportFileProblem(tr("formats.importers.batch", "%1 is empty.", name))


def not_json(name: str, exc: BaseException) -> ImportFileProblem:
    """``name`` is not valid JSON (naming the line when the parser knows it)."""
    line = getattr(exc, "lineno", None)
    if line:
        return ImportFileProblem(
            tr(
                "formats.importers.batch",
                "%1 is not valid JSON (line %2); it may be damaged or incomplete.",
                name,
                line,
            )
        )
    return ImportFileProblem(
        tr(
            "formats.importers.batch",
            "%1 is not valid JSON; it may be damaged or incomplete.",
            name,
        )
    )


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 text (a byte order mark is dropped), or :class:`ImportFileProblem`."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileProblem(
            tr(
                "formats.importers.batch",
                "%1 is not a text file in UTF-8; please export it again from the other app.",
                name,
            )
        ) from exc


def check_size(size: int, name: str) -> None:
    if size > MAX_IMPORT_BYTES:
        raise ImportFileProblem(
            tr(
                "formats.importers.batch",
                "%1 is too big to import (more than %2 MB).",
                name,
                MAX_IMPORT_BYTES // (1024 * 1024),
            )
        )


_HEADING = re.compile(r"#\s+(\S.*)")


def split_heading(text: str) -> tuple[str, str]:
    """(title, body): a first non-empty line written as a level-one heading ("# …") is the
    title and leaves the body; otherwise no title."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        match = _HEADING.fullmatch(line.strip())
        if match is None:
            break
        title = match.group(1).rstrip("#").strip()
        return title, "\n".join(lines[index + 1 :])
    return "", text
