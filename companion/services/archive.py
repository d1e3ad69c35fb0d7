"""The full archive: export every record (JSON + CSV in one zip) and import it back.

The archive is NOT encrypted: the dialog says so and so does ``README.txt`` inside it. Private
journal entries and the safety plan are left out unless the client asks for them.
"""

from __future__ import annotations

import csv
import io
import json
import textwrap
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from companion.domain.enums import RelationshipQuality
from companion.domain.errors import Cancelled, InvalidInput
from companion.domain.wording import tr
from companion.formats.archive import (
    RECORD_TABLES,
    TABLE_COLUMNS,
    ArchiveContent,
    ArchiveInvalid,
    check_document,
    content_from_rows,
    drop_private,
    to_document,
)
from companion.services.errors import ProfileError
from companion.storage import archive_store
from companion.storage.engine import Database
from companion.storage.files import NotARegularFile, is_regular_file, read_regular_file

#: Suggested file name ending for the zip.
ARCHIVE_SUFFIX = ".companion-archive.zip"
ARCHIVE_JSON = "archive.json"
#: Archives larger than this (uncompressed JSON) are refused as not ours.
MAX_JSON_BYTES = 512 * 1024 * 1024

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
            "docs/archive-format.md (format “companion-archive”, version 1). Companion can "
            "import it into an empty journal.",
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


@dataclass(frozen=True)
class ImportResult:
    records: int


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


def _write_atomically(path: Path, data: bytes) -> None:
    from companion.durable_files import write_bytes_atomically

    path = Path(path)
    if path.is_dir():
        raise ArchiveWriteFailed(
            tr("services.archive", "Please give a file name for the archive, not a folder.")
        )
    if not path.parent.is_dir():
        raise ArchiveWriteFailed(
            tr("services.archive", "The folder for the archive could not be found.")
        )
    try:
        write_bytes_atomically(path, data)
    except OSError as exc:
        raise ArchiveWriteFailed(
            tr(
                "services.archive",
                "The archive could not be written. Please check that the folder is writable "
                "and has free space.",
            )
        ) from exc


class ArchiveWriteFailed(ProfileError):
    """The archive file could not be written (no folder, no permission, no space)."""


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
        """Write the archive zip to ``path`` (atomically). Private entries and the safety plan
        only when asked for. ``progress(done, total)`` is called between steps; when
        ``cancel()`` returns true, :class:`ArchiveCancelled` is raised and nothing is written."""
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
        step(1)
        exported = datetime.now().replace(microsecond=0)
        document = to_document(content, exported_at=exported, app_version=_app_version())
        data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
        step(2)
        readme = readme_text(
            private=content.includes_private, plan=content.includes_safety_plan, exported=exported
        )
        parts = {
            "README.txt": readme.encode("utf-8"),
            ARCHIVE_JSON: data,
            "checkins.csv": checkins_csv(content),
            "moods.csv": moods_csv(content),
            "goal_progress.csv": goal_progress_csv(content),
        }
        step(3)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as z:
            for name, blob in parts.items():
                z.writestr(name, blob)
        step(4)
        _write_atomically(path, buffer.getvalue())
        if progress is not None:
            progress(steps, steps)
        return ExportResult(path, content.count() + (content.safety_plan is not None))

    def import_archive(self, path: Path, progress: Progress | None = None) -> ImportResult:
        """Import an archive (the zip or its ``archive.json``) into this profile, which must
        be empty; everything is written in one transaction or nothing is."""
        steps = 4
        if progress is not None:
            progress(0, steps)
        document = read_document(Path(path))
        if progress is not None:
            progress(1, steps)
        checked = check_document(document)
        if progress is not None:
            progress(2, steps)
        if not archive_store.is_empty(self._db, RECORD_TABLES):
            raise ImportRefused(
                tr(
                    "services.archive",
                    "This journal already has entries, so the archive was not imported (that "
                    "would mix two journals). Import it into a new, empty journal instead.",
                )
            )
        archive_store.write_rows(
            self._db,
            checked.in_writing_order(),
            entry_tags=checked.entry_tags,
            safety_plan=checked.safety_plan,
        )
        if progress is not None:
            progress(steps, steps)
        return ImportResult(checked.count() + (checked.safety_plan is not None))


def read_document(path: Path) -> Any:
    """The parsed ``archive.json`` from a zip or a bare JSON file."""
    try:
        if not is_regular_file(path):
            if not path.exists():
                raise FileNotFoundError(path.name)
            raise NotARegularFile(path.name)
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as z:
                try:
                    info = z.getinfo(ARCHIVE_JSON)
                except KeyError:
                    raise ArchiveInvalid(
                        tr("services.archive", "This zip file is not a Companion archive.")
                    ) from None
                if info.file_size > MAX_JSON_BYTES:
                    raise ArchiveInvalid(
                        tr(
                            "services.archive",
                            "This archive is too large to be a Companion archive.",
                        )
                    )
                raw = z.read(info)
        else:
            if path.stat().st_size > MAX_JSON_BYTES:
                raise ArchiveInvalid(
                    tr("services.archive", "This file is too large to be a Companion archive.")
                )
            raw = read_regular_file(path, MAX_JSON_BYTES)
    except FileNotFoundError:
        raise ArchiveInvalid(
            tr("services.archive", "The archive file could not be found.")
        ) from None
    except (OSError, zipfile.BadZipFile) as exc:
        raise ArchiveInvalid(
            tr(
                "services.archive",
                "The archive file could not be read (%1).",
                type(exc).__name__,
            )
        ) from None
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ArchiveInvalid(
            tr("services.archive", "This file is not a Companion archive (it is not valid JSON).")
        ) from None
