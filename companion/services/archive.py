"""The full archive: export every record (JSON + CSV in one zip, with the files kept with
journal entries beside them) and import it back.

The archive is NOT encrypted: the dialog says so and so does ``README.txt`` inside it. Private
journal entries (with their files) and the safety plan are left out unless the client asks
for them.

Importing reads a zip that may have been made by anyone, so nothing in it is trusted: member
names that would point outside the archive refuse it whole; a file that is missing, is not
the bytes its record names (SHA-256), would unpack to more than it takes in the zip or more
than Companion keeps, or fails the checks every attachment passes is set aside and reported
(its entry comes in without it). Nothing is ever unpacked to disk: each file is read into
memory on its own, checked and written into the journal in the same unit of work as the
records, so an import is still all or nothing.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import shutil
import textwrap
import zipfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from companion import durable_files
from companion.domain.attachments import (
    MAX_FILE_BYTES,
    MAX_PER_ENTRY,
    AttachmentRefused,
    RefusalReason,
)
from companion.domain.enums import RelationshipQuality
from companion.domain.errors import Cancelled, InvalidInput
from companion.domain.wording import mark, tr, tr_n
from companion.formats.archive import (
    ATTACHMENTS,
    RECORD_TABLES,
    TABLE_COLUMNS,
    VERSION,
    ArchiveContent,
    ArchiveInvalid,
    check_document,
    content_from_rows,
    drop_private,
    knows_media_type,
    member_name,
    to_document,
)
from companion.formats.attachment_files import check
from companion.formats.zip_members import ZIP_ERRORS, Verdict, is_safe_name, judge, read_member
from companion.services.errors import ProfileError
from companion.storage import archive_store
from companion.storage.attachment_store import stamp
from companion.storage.engine import Database
from companion.storage.files import NotARegularFile, is_regular_file, read_regular_file

#: Suggested file name ending for the zip.
ARCHIVE_SUFFIX = ".companion-archive.zip"
ARCHIVE_JSON = "archive.json"
#: Archives larger than this (uncompressed JSON) are refused as not ours.
MAX_JSON_BYTES = 512 * 1024 * 1024
#: More members than this is not an archive Companion made (a journal holds at most a few
#: thousand files).
MAX_MEMBERS = 500_000
#: Room left free on the disk after an import (the journal's log needs some too).
SPACE_MARGIN = 64 * 1024 * 1024

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


def readme_text(*, private: bool, plan: bool, exported: datetime) -> str:
    """README.txt of an archive, in the client's language, wrapped for a plain text editor."""
    title = tr("services.archive", "Companion full archive")
    paragraphs = [
        tr(
            "services.archive",
            "This archive is NOT encrypted. Anyone who can open this file can read everything "
            "in it. Keep it somewhere private, and delete it when you no longer need it.",
        ),
        tr(
            "services.archive",
            "archive.json: every record, in the format described in Companion's "
            "docs/archive-format.md (format “companion-archive”, version %1). Companion can "
            "import it into an empty journal.",
            VERSION,
        ),
        tr(
            "services.archive",
            "attachments: the photos and files kept with your journal entries, each named by "
            "the SHA-256 checksum of its contents; archive.json says which entry holds which, "
            "and under what name.",
        ),
        tr(
            "services.archive",
            "checkins.csv: one row per relationship check-in, a column per quality (0 to 10, "
            "empty when not rated).",
        ),
        tr(
            "services.archive",
            "moods.csv: the date and mood of each journal entry that has a mood.",
        ),
        tr(
            "services.archive",
            "goal_progress.csv: progress ratings of your goals and expectations (0 to 10).",
        ),
    ]
    yes, no = tr("services.archive", "yes"), tr("services.archive", "no")
    facts = [
        tr("services.archive", "Private journal entries included: %1", yes if private else no),
        tr("services.archive", "Safety plan included: %1", yes if plan else no),
        tr("services.archive", "Exported: %1", exported.isoformat(sep=" ")),
    ]
    body = "\n\n".join(textwrap.fill(p, 90) for p in paragraphs)
    return f"{title}\n{'=' * len(title)}\n\n{body}\n\n" + "\n".join(facts) + "\n"


class ArchiveCancelled(Cancelled):
    """The client cancelled the export; nothing was written."""


class ImportRefused(InvalidInput):
    """The profile already holds records, so the archive was not imported."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    records: int
    #: files kept with the exported entries (the zip holds each content once)
    files: int = 0


@dataclass(frozen=True)
class ImportResult:
    records: int
    #: files now kept with entries again
    files: int = 0
    #: one note per file that was set aside (the attachment and its entry by id, and why)
    set_aside: tuple[str, ...] = ()


def _app_version() -> str:
    try:
        from importlib.metadata import version

        return version("companion")
    except Exception:  # not installed (running from a checkout)
        return "unknown"


def _cell(value: object) -> object:
    """Guard spreadsheet programs against text that looks like a formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _csv(header: list[str], rows: list[list[object]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([[_cell(v) for v in row] for row in rows])
    return out.getvalue().encode("utf-8-sig")


def checkins_csv(content: ArchiveContent) -> bytes:
    qualities = [q.value for q in RelationshipQuality]
    counselors = {c["id"]: c["name"] for c in content.records["counselors"]}
    sessions = {s["id"]: s["starts_at"] for s in content.records["sessions"]}
    rows: list[list[object]] = []
    for ci in content.records["check_ins"]:
        rows.append(
            [
                ci["id"],
                ci["created_at"],
                counselors.get(ci["counselor_id"], ""),
                sessions.get(ci["session_id"], "") if ci["session_id"] else "",
                *[ci["ratings"].get(q, "") for q in qualities],
                ci["comment"],
            ]
        )
    return _csv(["id", "created_at", "counselor", "session_starts_at", *qualities, "comment"], rows)


def moods_csv(content: ArchiveContent) -> bytes:
    rows: list[list[object]] = [
        [e["created_at"][:10], e["mood"]]
        for e in content.records["journal_entries"]
        if e["mood"] is not None
    ]
    rows.sort(key=lambda r: str(r[0]))
    return _csv(["date", "mood"], rows)


def goal_progress_csv(content: ArchiveContent) -> bytes:
    rows: list[list[object]] = []
    for goal in content.records["goals"]:
        for p in goal["progress"]:
            rows.append([goal["id"], goal["title"], p["rated_on"], p["rating"], p["note"]])
    return _csv(["goal_id", "goal", "rated_on", "rating", "note"], rows)


def _checked_target(path: Path) -> None:
    if path.is_dir():
        raise ArchiveWriteFailed(
            tr("services.archive", "Please give a file name for the archive, not a folder.")
        )
    if not path.parent.is_dir():
        raise ArchiveWriteFailed(
            tr("services.archive", "The folder for the archive could not be found.")
        )


def _write_failed() -> ArchiveWriteFailed:
    return ArchiveWriteFailed(
        tr(
            "services.archive",
            "The archive could not be written. Please check that the folder is writable "
            "and has free space.",
        )
    )


class ArchiveWriteFailed(ProfileError):
    """The archive file could not be written (no folder, no permission, no space)."""


def _compression(media_type: str) -> int:
    """Text is deflated; photos and PDFs are compressed already and are stored as they are."""
    return zipfile.ZIP_DEFLATED if media_type == "text/plain" else zipfile.ZIP_STORED


# -- files set aside on import ---------------------------------------------------------------

_MISSING = mark(
    "services.archive",
    "Attachment %1 of journal entry %2 was left out: its file is missing from the archive.",
)
_CHANGED = mark(
    "services.archive",
    "Attachment %1 of journal entry %2 was left out: its file is not the one the archive "
    "names (it was changed or damaged).",
)
_NOT_KEPT = mark(
    "services.archive",
    "Attachment %1 of journal entry %2 was left out: it is not a kind of file Companion "
    "keeps, or not the kind its name says.",
)
_TOO_LARGE = mark(
    "services.archive",
    "Attachment %1 of journal entry %2 was left out: it is larger than Companion keeps.",
)
_PICTURE_TOO_LARGE = mark(
    "services.archive",
    "Attachment %1 of journal entry %2 was left out: the picture is too large to show safely.",
)
_DAMAGED = mark(
    "services.archive",
    "Attachment %1 of journal entry %2 was left out: its file seems damaged or incomplete.",
)
#: Worded by :func:`_note` with the plural forms of the most files an entry holds.
_TOO_MANY = "too many files"
_FOR_REFUSAL = {
    RefusalReason.UNSUPPORTED: _NOT_KEPT,
    RefusalReason.NOT_WHAT_NAME_SAYS: _NOT_KEPT,
    RefusalReason.TOO_LARGE: _TOO_LARGE,
    RefusalReason.IMAGE_TOO_LARGE: _PICTURE_TOO_LARGE,
    RefusalReason.TOO_MANY: _TOO_MANY,
}


def _note(message: str, record: Mapping[str, Any]) -> str:
    if message == _TOO_MANY:
        return tr_n(
            "services.archive",
            "Attachment %1 of journal entry %2 was left out: an entry holds at most %n "
            "[file|files].",
            MAX_PER_ENTRY,
            record["id"],
            record["entry_id"],
        )
    return tr("services.archive", message, record["id"], record["entry_id"])


@dataclass
class _FilePlan:
    """What an import does with the files an archive's records name."""

    #: digest -> (zip member, the records of the entries that hold it), in archive order
    wanted: dict[str, tuple[zipfile.ZipInfo, list[dict[str, Any]]]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    kept: int = 0

    def set_aside(self, message: str, records: Sequence[Mapping[str, Any]]) -> None:
        self.notes.extend(_note(message, r) for r in records)


def _plan_files(
    z: zipfile.ZipFile | None, records: Sequence[dict[str, Any]], folder: Path
) -> _FilePlan:
    """Which files will be read, and which records are set aside before anything is read
    (their file is missing, of a kind Companion does not keep, too large, or would inflate
    far beyond its size in the zip). Refuses an archive the disk has no room for."""
    plan = _FilePlan()
    members = {} if z is None else {info.filename: info for info in z.infolist()}
    per_entry: dict[int, int] = {}
    ordered = sorted(records, key=lambda r: (r["entry_id"], r["position"], r["id"]))
    too_many = set()
    for record in ordered:
        per_entry[record["entry_id"]] = per_entry.get(record["entry_id"], 0) + 1
        if per_entry[record["entry_id"]] > MAX_PER_ENTRY:
            too_many.add(record["id"])
    refused: dict[str, str] = {}
    for record in records:
        digest, media_type = record["digest"], record["media_type"]
        if record["id"] in too_many:
            plan.set_aside(_TOO_MANY, [record])
            continue
        if digest in plan.wanted:
            plan.wanted[digest][1].append(record)
            continue
        if digest in refused:
            plan.set_aside(refused[digest], [record])
            continue
        info = (
            members.get(member_name(digest, media_type)) if knows_media_type(media_type) else None
        )
        reason: str | None = None
        if not knows_media_type(media_type):
            reason = _NOT_KEPT
        elif info is None:
            reason = _MISSING
        elif record["size"] > MAX_FILE_BYTES:
            reason = _TOO_LARGE
        elif (verdict := judge(info, MAX_FILE_BYTES)) is not None:
            reason = _TOO_LARGE if verdict is Verdict.TOO_LARGE else _DAMAGED
        if reason is not None:
            refused[digest] = reason
            plan.set_aside(reason, [record])
            continue
        assert info is not None
        plan.wanted[digest] = (info, [record])
    needed = 2 * sum(info.file_size for info, _records in plan.wanted.values())
    with contextlib.suppress(OSError):
        if needed and shutil.disk_usage(folder).free < needed + SPACE_MARGIN:
            raise ArchiveInvalid(
                tr(
                    "services.archive",
                    "There is not enough free space on the disk for the files in this archive "
                    "(they need about %1 MB). Nothing was imported.",
                    max(1, (needed + SPACE_MARGIN) // (1024 * 1024)),
                )
            )
    return plan


def _files(
    z: zipfile.ZipFile, plan: _FilePlan, step: Callable[[], None]
) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """The planned files, read one at a time and checked: the bytes must be the ones their
    records name and pass every check an attachment passes; each that does not is set
    aside (with a note) instead."""
    for digest, (info, records) in plan.wanted.items():
        step()
        data = read_member(z, info)
        if data is None:
            plan.set_aside(_DAMAGED, records)
            continue
        if hashlib.sha256(data).hexdigest() != digest:
            plan.set_aside(_CHANGED, records)
            continue
        try:
            checked = check(records[0]["name"], data)
        except AttachmentRefused as refused:
            plan.set_aside(_FOR_REFUSAL.get(refused.reason, _DAMAGED), records)
            continue
        if checked.media_type != records[0]["media_type"]:
            plan.set_aside(_NOT_KEPT, records)
            continue
        holders: list[dict[str, Any]] = []
        for record in records:
            try:
                name = (
                    check(record["name"], data).name if record is not records[0] else checked.name
                )
            except AttachmentRefused:
                plan.set_aside(_NOT_KEPT, [record])
                continue
            holders.append(
                {
                    "entry_id": record["entry_id"],
                    "digest": digest,
                    "name": name,
                    "position": record["position"],
                    "added_at": stamp(record["added_at"]),
                    "in_summary": int(record["in_summary"]),
                }
            )
        if not holders:
            continue
        plan.kept += len(holders)
        blob = {
            "digest": digest,
            "media_type": checked.media_type,
            "size": len(data),
            "width": checked.width,
            "height": checked.height,
            "data": data,
        }
        yield blob, holders


class ArchiveService:
    """Full archive export and import for one profile."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def export(
        self,
        path: Path,
        *,
        include_private: bool = False,
        include_safety_plan: bool = False,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ExportResult:
        """Write the archive zip to ``path`` (atomically), the files kept with the exported
        entries included. Private entries and the safety plan only when asked for.
        ``progress(done, total)`` is called between steps; when ``cancel()`` returns true,
        :class:`ArchiveCancelled` is raised and nothing is written."""
        path = Path(path)
        steps = 6

        def step(done: int) -> None:
            if cancel is not None and cancel():
                raise ArchiveCancelled()
            if progress is not None:
                progress(done, steps)

        step(0)
        stored = archive_store.read_rows(self._db, TABLE_COLUMNS)
        content = content_from_rows(stored.tables, stored.entry_tags, stored.check_in_ratings)
        if not include_private:
            content = drop_private(content)
        if not include_safety_plan:
            content.safety_plan = None
            content.includes_safety_plan = False
        files = {a["digest"]: a["media_type"] for a in content.records[ATTACHMENTS.key]}
        steps += len(files)
        step(1)
        _checked_target(path)
        try:
            with (
                durable_files.writing_atomically(path) as handle,
                zipfile.ZipFile(
                    handle, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6
                ) as z,
            ):
                gone: set[str] = set()
                for done, (digest, media_type) in enumerate(files.items(), start=2):
                    step(done)
                    data = archive_store.file_bytes(self._db, digest)
                    if data is None:  # removed for good since the records were read
                        gone.add(digest)
                        continue
                    z.writestr(
                        member_name(digest, media_type),
                        data,
                        compress_type=_compression(media_type),
                    )
                content.records[ATTACHMENTS.key] = [
                    a for a in content.records[ATTACHMENTS.key] if a["digest"] not in gone
                ]
                done = 2 + len(files)
                exported = datetime.now().replace(microsecond=0)
                document = to_document(content, exported_at=exported, app_version=_app_version())
                data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
                step(done)
                readme = readme_text(
                    private=content.includes_private,
                    plan=content.includes_safety_plan,
                    exported=exported,
                )
                parts = {
                    "README.txt": readme.encode("utf-8"),
                    ARCHIVE_JSON: data,
                    "checkins.csv": checkins_csv(content),
                    "moods.csv": moods_csv(content),
                    "goal_progress.csv": goal_progress_csv(content),
                }
                step(done + 1)
                for name, blob in parts.items():
                    z.writestr(name, blob)
                step(done + 2)
        except OSError as exc:
            raise _write_failed() from exc
        if progress is not None:
            progress(steps, steps)
        return ExportResult(
            path, content.count() + (content.safety_plan is not None), content.files()
        )

    def import_archive(self, path: Path, progress: Progress | None = None) -> ImportResult:
        """Import an archive (the zip or its ``archive.json``) into this profile, which must
        be empty; everything is written in one transaction or nothing is. Files that cannot
        be kept are set aside (:attr:`ImportResult.set_aside` says which and why)."""
        path = Path(path)
        with _opened(path) as z:
            steps = 4
            if progress is not None:
                progress(0, steps)
            document = _document(path, z)
            if progress is not None:
                progress(1, steps)
            checked = check_document(document)
            if progress is not None:
                progress(2, steps)
            if not archive_store.is_empty(self._db, RECORD_TABLES):
                raise ImportRefused(
                    tr(
                        "services.archive",
                        "This journal already has entries, so the archive was not imported "
                        "(that would mix two journals). Import it into a new, empty journal "
                        "instead.",
                    )
                )
            plan = _plan_files(z, checked.attachments, Path(self._db.path).parent)
            steps = 3 + len(plan.wanted)
            done = 2

            def step() -> None:
                nonlocal done
                done += 1
                if progress is not None:
                    progress(done, steps)

            archive_store.write_rows(
                self._db,
                checked.in_writing_order(),
                entry_tags=checked.entry_tags,
                safety_plan=checked.safety_plan,
                files=_files(z, plan, step) if z is not None else (),
            )
        if progress is not None:
            progress(steps, steps)
        return ImportResult(
            checked.count() + (checked.safety_plan is not None), plan.kept, tuple(plan.notes)
        )


def _not_found() -> ArchiveInvalid:
    return ArchiveInvalid(tr("services.archive", "The archive file could not be found."))


def _unreadable(exc: BaseException) -> ArchiveInvalid:
    return ArchiveInvalid(
        tr("services.archive", "The archive file could not be read (%1).", type(exc).__name__)
    )


@contextlib.contextmanager
def _opened(path: Path) -> Iterator[zipfile.ZipFile | None]:
    """The archive's zip, open for the whole import (None for a bare ``archive.json``);
    refuses a zip with member names that point outside it."""
    try:
        if not is_regular_file(path):
            if not path.exists():
                raise FileNotFoundError(path.name)
            raise NotARegularFile(path.name)
        if not zipfile.is_zipfile(path):
            yield None
            return
        z = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise _not_found() from None
    except (OSError, zipfile.BadZipFile) as exc:
        raise _unreadable(exc) from None
    with z:
        infos = z.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ArchiveInvalid(
                tr("services.archive", "This archive is too large to be a Companion archive.")
            )
        if not all(is_safe_name(info.filename) for info in infos):
            raise ArchiveInvalid(
                tr(
                    "services.archive",
                    "This archive holds a file whose name points outside the archive, so it "
                    "was not imported. It was not made by Companion, or it was changed since.",
                )
            )
        yield z


def _document(path: Path, z: zipfile.ZipFile | None) -> Any:
    """The parsed ``archive.json`` from the zip, or the bare JSON file at ``path``."""
    try:
        if z is not None:
            try:
                info = z.getinfo(ARCHIVE_JSON)
            except KeyError:
                raise ArchiveInvalid(
                    tr("services.archive", "This zip file is not a Companion archive.")
                ) from None
            if judge(info, MAX_JSON_BYTES) is not None:  # too large, or a compression bomb
                raise ArchiveInvalid(
                    tr("services.archive", "This archive is too large to be a Companion archive.")
                )
            member = read_member(z, info)
            if member is None:
                raise _unreadable(zipfile.BadZipFile())
            raw = member
        else:
            if path.stat().st_size > MAX_JSON_BYTES:
                raise ArchiveInvalid(
                    tr("services.archive", "This file is too large to be a Companion archive.")
                )
            raw = read_regular_file(path, MAX_JSON_BYTES)
    except ArchiveInvalid:
        raise
    except FileNotFoundError:
        raise _not_found() from None
    except ZIP_ERRORS as exc:  # damaged zip; ValueError too, hence ArchiveInvalid first
        raise _unreadable(exc) from None
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ArchiveInvalid(
            tr("services.archive", "This file is not a Companion archive (it is not valid JSON).")
        ) from None


def read_document(path: Path) -> Any:
    """The parsed ``archive.json`` from a zip or a bare JSON file."""
    path = Path(path)
    with _opened(path) as z:
        return _document(path, z)
