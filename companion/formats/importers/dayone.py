"""Day One's JSON export: a zip (or the folder it unpacks to) holding ``Journal.json`` or one
``<journal name>.json`` per journal, each ``{"metadata": {...}, "entries": [...]}``.

An entry has ``creationDate`` (ISO 8601 in UTC), ``timeZone`` (an IANA name), ``text``
(Markdown), ``tags``, ``starred`` and arrays of ``photos``, ``videos``, ``audios`` and
``pdfAttachments``. The time is converted to the entry's own time zone (where it was
written), which is what the client remembers. Photos come with their entry: each is listed
with its ``identifier``, ``md5`` and ``type`` and kept in the export's ``photos`` folder as
``<md5>.<type>`` (found there by :mod:`~companion.formats.importers.sources`), in the order the
text shows them. Videos, audio and PDFs are not imported: they are counted for the preview.
The references Day One puts in the text (``![](dayone-moment://…)``) are taken out, since the
photos show with the entry. A first line written as a heading becomes the title. Starred
entries get the tag "starred" (as for jrnl). When the export holds several journals, each
entry is also tagged with its journal's name so that nothing gets mixed up.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
import zlib
from collections.abc import Sequence
from datetime import UTC, datetime, tzinfo
from pathlib import Path, PurePosixPath
from typing import Any
from zoneinfo import ZoneInfo

from companion.domain.journal import TAG_MAX
from companion.domain.wording import mark, tr
from companion.formats.importers.batch import (
    MAX_IMPORT_BYTES,
    STARRED_TAG,
    BatchBuilder,
    ImportBatch,
    ImportFileProblem,
    LinkedFile,
    SkippedKind,
    decode_text,
    empty_file,
    not_json,
    shown_value,
    split_heading,
)
from companion.formats.importers.linked_files import Reason, note
from companion.formats.importers.recognise import (
    Recognised,
    kind_of_document,
    kind_of_text,
    refuse_other_kind,
)

#: More members than this is not a Day One export a person made.
MAX_ZIP_MEMBERS = 200_000

#: The folder of the export that holds the photos, beside the journals.
PHOTOS_FOLDER = "photos"

_MOMENT = re.compile(r"!\[[^\]\n]*\]\(dayone-moment:[^)\n]*\)")
_MOMENT_ID = re.compile(r"dayone-moment://([A-Za-z0-9_-]+)\)")
_MD5 = re.compile(r"[0-9A-Fa-f]{1,128}")
_TYPE = re.compile(r"[A-Za-z0-9]{1,10}")
_BLANK_RUNS = re.compile(r"\n{3,}")
_MEDIA = (
    ("videos", SkippedKind.VIDEO),
    ("audios", SkippedKind.AUDIO),
    ("pdfAttachments", SkippedKind.PDF),
)
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    NotImplementedError,
    RuntimeError,
    EOFError,
    zlib.error,
    ValueError,
    OSError,
)

NO_JOURNAL = mark(
    "formats.importers.dayone",
    "This Day One export has no journal in it (no Journal.json). "
    "Please export again from Day One as JSON.",
)


def no_journal() -> ImportFileProblem:
    """The export holds no journal (worded in the client's language)."""
    return ImportFileProblem(tr("formats.importers.dayone", NO_JOURNAL))


def _too_big(name: str) -> ImportFileProblem:
    return ImportFileProblem(
        tr("formats.importers.dayone", "%1 unpacks to more than Companion can import.", name)
    )


def journal_files_in_zip(data: bytes | Path, name: str | None = None) -> list[tuple[str, bytes]]:
    """The ``.json`` journals in a Day One zip (its bytes, or the path of a zip that may be
    large with photos) as (file name, bytes), checking sizes before unpacking (a small zip
    can unpack to something huge) and while reading."""
    name = name or tr("formats.importers.dayone", "the zip file")
    try:
        with zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data) as archive:
            members = archive.infolist()
            if len(members) > MAX_ZIP_MEMBERS:
                raise ImportFileProblem(
                    tr(
                        "formats.importers.dayone",
                        "%1 holds too many files to be a Day One export.",
                        name,
                    )
                )
            wanted = [
                m
                for m in members
                if not m.is_dir()
                and m.filename.lower().endswith(".json")
                and not any(
                    part.startswith((".", "__MACOSX")) for part in PurePosixPath(m.filename).parts
                )
            ]
            if sum(m.file_size for m in wanted) > MAX_IMPORT_BYTES:
                raise _too_big(name)
            found: list[tuple[str, bytes]] = []
            budget = MAX_IMPORT_BYTES
            for member in wanted:
                with archive.open(member) as stream:
                    content = stream.read(budget + 1)
                budget -= len(content)
                if budget < 0:
                    raise _too_big(name)
                found.append((PurePosixPath(member.filename).name, content))
    except ImportFileProblem:
        raise
    except _ZIP_ERRORS:
        raise ImportFileProblem(
            tr(
                "formats.importers.dayone",
                "%1 is not a zip file Companion can read; it may be damaged or incomplete.",
                name,
            )
        ) from None
    if not found:
        raise no_journal()
    return found


def _zone(entry: dict[str, Any], where: str, builder: BatchBuilder) -> tzinfo | None:
    raw = entry.get("timeZone")
    if raw is None or raw == "":
        return None
    try:
        return ZoneInfo(str(raw))
    except (ValueError, KeyError, OSError):
        builder.problems.append(
            tr(
                "formats.importers.dayone",
                "%1: the time zone is not one Companion knows; "
                "the time is shown on this computer's clock.",
                where,
            )
        )
        return None


def _created_at(
    entry: dict[str, Any], where: str, builder: BatchBuilder, local_zone: tzinfo | None
) -> datetime:
    raw = entry.get("creationDate")
    if raw is None or raw == "":
        raise ImportFileProblem(tr("formats.importers.dayone", "%1 has no creation date.", where))
    if not isinstance(raw, str):
        raise ImportFileProblem(
            tr("formats.importers.dayone", "%1: the creation date is not a date.", where)
        )
    try:
        moment = datetime.fromisoformat(raw.strip())
    except ValueError:
        raise _not_a_creation_date(where, raw) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    zone = _zone(entry, where, builder) or local_zone
    try:
        local = moment.astimezone(zone) if zone is not None else moment.astimezone()
    except (OverflowError, ValueError, OSError):
        raise _not_a_creation_date(where, raw) from None
    return local.replace(tzinfo=None)


def _not_a_creation_date(where: str, raw: str) -> ImportFileProblem:
    shown = shown_value(raw)
    if shown is None:
        return ImportFileProblem(
            tr("formats.importers.dayone", "%1: the creation date is not a real date.", where)
        )
    return ImportFileProblem(
        tr(
            "formats.importers.dayone",
            "%1: the creation date '%2' is not a real date.",
            where,
            shown,
        )
    )


def _journal_tag(file_name: str) -> str:
    stem = file_name[:-5] if file_name.lower().endswith(".json") else file_name
    return " ".join(stem.split())[:TAG_MAX]


def parse_dayone(
    journals: Sequence[tuple[str, bytes]], *, local_zone: tzinfo | None = None
) -> ImportBatch:
    """The entries of the journals of a Day One JSON export, given as (file name, bytes).

    ``local_zone`` is used for entries without a (known) time zone; ``None`` means this
    computer's. Raises :class:`ImportFileProblem` naming the file and entry at fault.
    """
    builder = BatchBuilder()
    documents: list[tuple[str, list[Any]]] = []
    for file_name, data in journals:
        text = decode_text(data, file_name)
        if not text.strip():
            raise empty_file(file_name)
        try:
            document = json.loads(text)
        except (ValueError, RecursionError) as exc:
            refuse_other_kind(kind_of_text(text), Recognised.DAYONE, file_name)
            raise not_json(file_name, exc) from None
        refuse_other_kind(kind_of_document(document), Recognised.DAYONE, file_name)
        if isinstance(document, dict) and isinstance(document.get("entries"), list):
            documents.append((file_name, document["entries"]))
    if not documents:
        raise no_journal()
    several = len(documents) > 1
    for file_name, entries in documents:
        for number, entry in enumerate(entries, start=1):
            where = tr("formats.importers.dayone", "Entry %1 in %2", number, file_name)
            if not isinstance(entry, dict):
                raise ImportFileProblem(
                    tr("formats.importers.dayone", "%1 is not a journal entry.", where)
                )
            created_at = _created_at(entry, where, builder, local_zone)
            raw_text = entry.get("text")
            if raw_text is not None and not isinstance(raw_text, str):
                raise ImportFileProblem(
                    tr("formats.importers.dayone", "%1: the text is not text.", where)
                )
            for key, kind in _MEDIA:
                media = entry.get(key)
                if isinstance(media, list):
                    builder.skip(kind, len(media))
            photos = _photos(entry.get("photos"), raw_text or "", where, builder)
            text = _BLANK_RUNS.sub("\n\n", _MOMENT.sub("", raw_text or ""))
            title, body = split_heading(text)
            raw_tags = entry.get("tags") or []
            if not isinstance(raw_tags, list) or not all(isinstance(t, str) for t in raw_tags):
                raise ImportFileProblem(
                    tr("formats.importers.dayone", "%1: the tags are not a list of words.", where)
                )
            tags = list(raw_tags)
            if entry.get("starred") is True:
                tags.append(STARRED_TAG)
            if several:
                tags.append(_journal_tag(file_name))
            builder.add(where, created_at, title=title, body=body, tags=tags, files=photos)
    return builder.build()


def _photos(listed: object, text: str, where: str, builder: BatchBuilder) -> tuple[LinkedFile, ...]:
    """The photos of an entry, in the order its text shows them (then Day One's order), to
    be found as ``photos/<md5>``; a photo without a usable checksum cannot be found and is
    noted."""
    if not isinstance(listed, list):
        return ()
    shown = {ident: place for place, ident in enumerate(_MOMENT_ID.findall(text))}

    def order(item: tuple[int, object]) -> tuple[int, int, int]:
        index, photo = item
        if not isinstance(photo, dict):
            return (len(shown), 1 << 30, index)
        place = shown.get(photo.get("identifier"), len(shown))
        in_entry = photo.get("orderInEntry")
        return (place, in_entry if isinstance(in_entry, int) else 1 << 30, index)

    files: list[LinkedFile] = []
    for number, (_index, photo) in enumerate(sorted(enumerate(listed), key=order), start=1):
        md5 = photo.get("md5") if isinstance(photo, dict) else None
        kind = photo.get("type") if isinstance(photo, dict) else None
        extension = f".{kind.lower()}" if isinstance(kind, str) and _TYPE.fullmatch(kind) else ""
        file = LinkedFile(
            where=f"{PHOTOS_FOLDER}/{md5.lower()}" if isinstance(md5, str) else "",
            name=tr("formats.importers.dayone", "Photo %1", number) + extension,
            entry=where,
            number=number,
            kind=SkippedKind.PHOTO,
        )
        if not isinstance(md5, str) or not _MD5.fullmatch(md5):
            builder.problems.append(note(file, Reason.MISSING))
            builder.skip(SkippedKind.PHOTO)
            continue
        files.append(file)
    return tuple(files)
