"""The full archive format: every record of a profile as versioned JSON (pure, no storage).

The schema is documented in ``docs/archive-format.md``. Records are plain dictionaries keyed
by column name; this module says which columns of which tables an archive holds
(:data:`TABLE_COLUMNS`), turns rows read from the database (ISO text, 0/1 booleans) into
JSON-ready records, and checks an archive read back, turning it into typed values ready to be
written (``date``, ``datetime``, enum members) in the order they must be written. Every
problem raises :class:`ArchiveInvalid` with a message naming the record (its kind and id),
never its text.

Version 2 adds the files kept with journal entries: their records (``attachments``) are in
the JSON, their bytes beside it in the zip, one member per content (:func:`member_name`).
Whether a file in the zip may be kept is decided where the zip is read
(``services/archive.py``); here only the records are checked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from enum import StrEnum
from typing import Any

from companion.domain.attachments import MEDIA_TYPES, extension_for
from companion.domain.enums import (
    AgendaStatus,
    CounselorKind,
    FeedbackKind,
    FeedbackStatus,
    GoalDiscussion,
    GoalKind,
    GoalStatus,
    RelationshipQuality,
    SessionMode,
    SessionStatus,
)
from companion.domain.errors import InvalidInput
from companion.domain.wording import mark, tr

FORMAT = "companion-archive"
VERSION = 2
#: The first version with files kept with entries.
ATTACHMENTS_SINCE = 2
#: Folder of the zip holding the files kept with entries.
ATTACHMENTS_FOLDER = "attachments"
_DIGEST = re.compile(r"[0-9a-f]{64}")


class ArchiveInvalid(InvalidInput):
    """The archive cannot be imported; the message says which record and why."""


# -- field kinds ---------------------------------------------------------------------------

_Conv = Callable[[Any], Any]


@dataclass(frozen=True)
class _Field:
    name: str
    kind: str  # int, str, bool, date, datetime, instant, time, enum, ref
    optional: bool = False
    enum: type[StrEnum] | None = None
    ref: str | None = None  # key of the record list an id refers to
    low: int | None = None
    high: int | None = None


def _f(name: str, kind: str, **kw: Any) -> _Field:
    return _Field(name, kind, **kw)


@dataclass(frozen=True)
class RecordKind:
    key: str  # key in the archive's "records"
    table: str
    label: str  # how a record is named in messages (marked; worded with tr("formats.archive"))
    fields: tuple[_Field, ...]
    extra: tuple[str, ...] = field(default=())  # nested parts handled separately


_STAMPS = (_f("created_at", "datetime"), _f("updated_at", "datetime"))

COUNSELORS = RecordKind(
    "counselors",
    "counselor",
    mark("formats.archive", "Counselor"),
    (
        _f("id", "int"),
        _f("name", "str"),
        _f("practice", "str"),
        _f("notes", "str"),
        _f("kind", "enum", enum=CounselorKind),
        _f("active", "bool"),
        _f("started_on", "date", optional=True),
        _f("ended_on", "date", optional=True),
        *_STAMPS,
    ),
)
SERIES = RecordKind(
    "session_series",
    "session_series",
    mark("formats.archive", "Session series"),
    (
        _f("id", "int"),
        _f("counselor_id", "ref", ref="counselors"),
        _f("interval_weeks", "int", low=1, high=52),
        _f("weekday", "int", low=0, high=6),
        _f("start_time", "time"),
        _f("time_zone", "str"),
        _f("duration_minutes", "int", low=1, high=1440),
        _f("mode", "enum", enum=SessionMode),
        _f("first_date", "date"),
        _f("until_date", "date", optional=True),
        *_STAMPS,
    ),
)
SESSIONS = RecordKind(
    "sessions",
    "counseling_session",
    mark("formats.archive", "Session"),
    (
        _f("id", "int"),
        _f("counselor_id", "ref", ref="counselors"),
        _f("starts_at", "instant"),
        _f("time_zone", "str"),
        _f("duration_minutes", "int", low=1, high=1440),
        _f("mode", "enum", enum=SessionMode),
        _f("status", "enum", enum=SessionStatus),
        _f("series_id", "ref", ref="session_series", optional=True),
        _f("ics_uid", "str", optional=True),
        _f("takeaways", "str"),
        _f("to_try", "str"),
        _f("not_right", "str"),
        *_STAMPS,
    ),
)
ENTRIES = RecordKind(
    "journal_entries",
    "journal_entry",
    mark("formats.archive", "Journal entry"),
    (
        _f("id", "int"),
        *_STAMPS,
        _f("title", "str"),
        _f("body", "str"),
        _f("mood", "int", optional=True, low=0, high=10),
        _f("private", "bool"),
        _f("bring_to_session", "bool"),
    ),
    extra=("tags",),
)
FEEDBACK = RecordKind(
    "feedback_notes",
    "feedback_note",
    mark("formats.archive", "Feedback note"),
    (
        _f("id", "int"),
        _f("counselor_id", "ref", ref="counselors", optional=True),
        _f("kind", "enum", enum=FeedbackKind),
        _f("status", "enum", enum=FeedbackStatus),
        _f("body", "str"),
        _f("session_id", "ref", ref="sessions", optional=True),
        *_STAMPS,
    ),
)
AGENDA = RecordKind(
    "agenda_items",
    "agenda_item",
    mark("formats.archive", "Agenda item"),
    (
        _f("id", "int"),
        _f("counselor_id", "ref", ref="counselors"),
        _f("session_id", "ref", ref="sessions", optional=True),
        _f("text", "str"),
        _f("position", "int"),
        _f("important", "bool"),
        _f("status", "enum", enum=AgendaStatus),
        _f("source_entry_id", "ref", ref="journal_entries", optional=True),
        _f("source_feedback_id", "ref", ref="feedback_notes", optional=True),
        _f("created_at", "datetime"),
    ),
)
GOALS = RecordKind(
    "goals",
    "goal",
    mark("formats.archive", "Goal"),
    (
        _f("id", "int"),
        _f("counselor_id", "ref", ref="counselors", optional=True),
        _f("kind", "enum", enum=GoalKind),
        _f("title", "str"),
        _f("details", "str"),
        _f("discussed", "enum", enum=GoalDiscussion),
        _f("status", "enum", enum=GoalStatus),
        *_STAMPS,
    ),
    extra=("progress",),
)
PROGRESS = RecordKind(
    "progress",
    "goal_progress",
    mark("formats.archive", "Goal progress"),
    (
        _f("id", "int"),
        _f("rated_on", "date"),
        _f("session_id", "ref", ref="sessions", optional=True),
        _f("rating", "int", low=0, high=10),
        _f("note", "str"),
    ),
)
CHECK_INS = RecordKind(
    "check_ins",
    "check_in",
    mark("formats.archive", "Check-in"),
    (
        _f("id", "int"),
        _f("counselor_id", "ref", ref="counselors"),
        _f("session_id", "ref", ref="sessions", optional=True),
        _f("created_at", "datetime"),
        _f("comment", "str"),
    ),
    extra=("ratings",),
)
SAFETY_PLAN = RecordKind(
    "safety_plan",
    "safety_plan",
    mark("formats.archive", "Safety plan"),
    (
        _f("warning_signs", "str"),
        _f("what_helps", "str"),
        _f("people", "str"),
        _f("professionals", "str"),
        _f("crisis_contacts", "str"),
        _f("updated_at", "datetime"),
    ),
)

ATTACHMENTS = RecordKind(
    "attachments",
    "entry_attachment",
    mark("formats.archive", "Attachment"),
    (
        _f("id", "int"),
        _f("entry_id", "ref", ref="journal_entries"),
        _f("name", "str"),
        _f("position", "int", low=0, high=1_000_000),
        _f("added_at", "datetime"),
        _f("in_summary", "bool"),
        _f("digest", "str"),
        _f("media_type", "str"),
        _f("size", "int", low=0, high=2**53),
    ),
)

#: The record lists in the order they must be written (references point backwards).
RECORD_KINDS: tuple[RecordKind, ...] = (
    COUNSELORS,
    SERIES,
    SESSIONS,
    ENTRIES,
    FEEDBACK,
    AGENDA,
    GOALS,
    CHECK_INS,
)

#: The columns an archive holds, per table: the record lists, the progress ratings (with the
#: goal each belongs to) and the safety plan.
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    **{kind.table: tuple(f.name for f in kind.fields) for kind in RECORD_KINDS},
    PROGRESS.table: ("goal_id", *(f.name for f in PROGRESS.fields)),
    SAFETY_PLAN.table: tuple(f.name for f in SAFETY_PLAN.fields),
    # the files of the entries: which entry holds which, and each content's kind and size
    ATTACHMENTS.table: ("id", "entry_id", "name", "position", "added_at", "in_summary", "digest"),
    "attachment_blob": ("digest", "media_type", "size"),
}
#: The tables that must be empty for an archive to be imported (the safety plan too, unless it
#: has no text; storage checks that).
RECORD_TABLES: tuple[str, ...] = (*(kind.table for kind in RECORD_KINDS), PROGRESS.table)
#: Where the ratings of the check-ins are written.
_RATINGS_TABLE = "check_in_rating"


# -- rows (as read from the database) -> JSON records ---------------------------------------


def _json_value(f: _Field, value: Any) -> Any:
    if value is None:
        return None
    if f.kind == "bool":
        return bool(value)
    if f.kind == "datetime":
        return datetime.fromisoformat(str(value)).isoformat()
    if f.kind == "instant":
        moment = datetime.fromisoformat(str(value))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC).isoformat()
    if f.kind == "date":
        return date.fromisoformat(str(value)[:10]).isoformat()
    if f.kind == "time":
        return time.fromisoformat(str(value)).isoformat()
    if f.kind == "enum":
        return str(value)
    return value


def record_from_row(kind: RecordKind, row: Mapping[str, Any]) -> dict[str, Any]:
    """A JSON-ready record from a database row (ISO text, 0/1 booleans)."""
    return {f.name: _json_value(f, row[f.name]) for f in kind.fields}


def member_name(digest: str, media_type: str) -> str:
    """Where the zip holds the file with these bytes: ``attachments/<sha256>.<ext>``."""
    return f"{ATTACHMENTS_FOLDER}/{digest}{extension_for(media_type)}"


@dataclass
class ArchiveContent:
    """Everything in an archive, as JSON-ready records."""

    records: dict[str, list[dict[str, Any]]]  # the record lists and "attachments"
    safety_plan: dict[str, Any] | None = None
    includes_private: bool = False
    includes_safety_plan: bool = False

    def count(self) -> int:
        """The records, not counting the files' (:meth:`files`)."""
        return sum(len(items) for key, items in self.records.items() if key != ATTACHMENTS.key)

    def files(self) -> int:
        """The files kept with the entries (several may share one content)."""
        return len(self.records.get(ATTACHMENTS.key, []))


def content_from_rows(
    tables: Mapping[str, list[dict[str, Any]]],
    entry_tags: Mapping[int, list[str]],
    check_in_ratings: Mapping[int, dict[str, int]],
) -> ArchiveContent:
    """Every record of a profile from its rows: the :data:`TABLE_COLUMNS` of each table, the
    tag names of each journal entry and the ratings of each check-in (by quality)."""
    records = {
        kind.key: [record_from_row(kind, row) for row in tables[kind.table]]
        for kind in RECORD_KINDS
    }
    for entry in records[ENTRIES.key]:
        entry["tags"] = entry_tags.get(entry["id"], [])
    progress: dict[int, list[dict[str, Any]]] = {}
    for row in tables[PROGRESS.table]:
        progress.setdefault(row["goal_id"], []).append(record_from_row(PROGRESS, row))
    for goal in records[GOALS.key]:
        goal["progress"] = progress.get(goal["id"], [])
    for check_in in records[CHECK_INS.key]:
        check_in["ratings"] = check_in_ratings.get(check_in["id"], {})
    blobs = {b["digest"]: b for b in tables.get("attachment_blob", [])}
    records[ATTACHMENTS.key] = [
        record_from_row(ATTACHMENTS, {**row, **blobs[row["digest"]]})
        for row in tables.get(ATTACHMENTS.table, [])
        if row["digest"] in blobs and row["entry_id"] is not None
    ]
    plan_rows = tables[SAFETY_PLAN.table]
    plan = record_from_row(SAFETY_PLAN, plan_rows[0]) if plan_rows else None
    return ArchiveContent(records, plan, includes_private=True, includes_safety_plan=True)


def drop_private(content: ArchiveContent) -> ArchiveContent:
    """The same content without private journal entries (and the files they hold); agenda
    items that came from one keep their text but lose the link."""
    private = {e["id"] for e in content.records.get("journal_entries", []) if e["private"]}
    records = dict(content.records)
    records["journal_entries"] = [
        e for e in content.records.get("journal_entries", []) if e["id"] not in private
    ]
    records["agenda_items"] = [
        {**a, "source_entry_id": None} if a["source_entry_id"] in private else a
        for a in content.records.get("agenda_items", [])
    ]
    records[ATTACHMENTS.key] = [
        a for a in content.records.get(ATTACHMENTS.key, []) if a["entry_id"] not in private
    ]
    return ArchiveContent(records, content.safety_plan, False, content.includes_safety_plan)


def to_document(
    content: ArchiveContent, *, exported_at: datetime, app_version: str
) -> dict[str, Any]:
    """The whole archive as a JSON-ready dictionary."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": exported_at.isoformat(timespec="seconds"),
        "app_version": app_version,
        "encrypted": False,
        "includes_private_entries": content.includes_private,
        "includes_safety_plan": content.includes_safety_plan,
        "records": {
            **{kind.key: content.records.get(kind.key, []) for kind in RECORD_KINDS},
            ATTACHMENTS.key: content.records.get(ATTACHMENTS.key, []),
        },
        "safety_plan": content.safety_plan,
    }


# -- JSON document -> checked, typed rows ---------------------------------------------------


@dataclass
class CheckedArchive:
    """Typed rows ready to be written, per table, in writing order."""

    rows: dict[str, list[dict[str, Any]]]
    entry_tags: list[tuple[int, str]]
    progress: list[dict[str, Any]]
    ratings: list[dict[str, Any]]
    safety_plan: dict[str, Any] | None
    #: The files' records (typed), in the order of the archive; whether each file itself can
    #: be kept is decided when it is read from the zip.
    attachments: list[dict[str, Any]] = field(default_factory=list)

    def count(self) -> int:
        """The records, not counting the files' (which may yet be set aside)."""
        return sum(len(v) for v in self.rows.values()) + len(self.progress)

    def in_writing_order(self) -> list[tuple[str, list[dict[str, Any]]]]:
        """(table, rows) in the order they must be written (references point backwards): the
        record lists, each goal's progress after the goals, the ratings after the check-ins.
        The tags of the entries (:attr:`entry_tags`) and the safety plan come apart."""
        tables: list[tuple[str, list[dict[str, Any]]]] = []
        for kind in RECORD_KINDS:
            tables.append((kind.table, self.rows[kind.table]))
            if kind is GOALS:
                tables.append((PROGRESS.table, self.progress))
            elif kind is CHECK_INS:
                tables.append((_RATINGS_TABLE, self.ratings))
        return tables


@dataclass(frozen=True)
class _Where:
    """A record as a message names it: its kind and id ("Journal entry 8"), its place in its
    list when it has no id ("Journal entry number 3"), or just its kind. Worded when shown."""

    kind: RecordKind
    ident: object = None
    number: int | None = None

    def __str__(self) -> str:
        label = tr("formats.archive", self.kind.label)
        if self.number is not None:
            return tr("formats.archive", "%1 number %2", label, self.number)
        return label if self.ident is None else f"{label} {self.ident}"


def _typed(f: _Field, value: Any, where: _Where, known: Mapping[str, set[int]]) -> Any:
    if value is None:
        if f.optional:
            return None
        raise ArchiveInvalid(
            tr("formats.archive", "The archive cannot be imported: %1 has no “%2”.", where, f.name)
        )
    try:
        if f.kind in ("int", "ref"):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError
            if f.low is not None and f.high is not None and not f.low <= value <= f.high:
                raise ArchiveInvalid(
                    tr(
                        "formats.archive",
                        "The archive cannot be imported: %1 has “%2” outside %3 to %4.",
                        where,
                        f.name,
                        f.low,
                        f.high,
                    )
                )
            if f.kind == "ref" and f.ref is not None and value not in known.get(f.ref, set()):
                raise ArchiveInvalid(
                    tr(
                        "formats.archive",
                        "The archive cannot be imported: %1 refers to a record that is not in "
                        "the archive (%2).",
                        where,
                        f.name,
                    )
                )
            return value
        if f.kind == "str":
            if not isinstance(value, str):
                raise ValueError
            return value
        if f.kind == "bool":
            if not isinstance(value, bool):
                raise ValueError
            return value
        if not isinstance(value, str):
            raise ValueError
        if f.kind == "date":
            return date.fromisoformat(value)
        if f.kind == "datetime":
            moment = datetime.fromisoformat(value)
            if moment.tzinfo is not None:
                raise ValueError
            return moment
        if f.kind == "instant":
            moment = datetime.fromisoformat(value)
            if moment.tzinfo is None:
                raise ValueError
            return moment.astimezone(UTC)
        if f.kind == "time":
            return time.fromisoformat(value)
        if f.kind == "enum" and f.enum is not None:
            return f.enum(value)
    except ArchiveInvalid:
        raise
    except ValueError:
        raise ArchiveInvalid(
            tr(
                "formats.archive",
                "The archive cannot be imported: %1 has an invalid “%2”.",
                where,
                f.name,
            )
        ) from None
    raise AssertionError(f.kind)  # pragma: no cover


def _typed_record(
    kind: RecordKind, item: object, index: int, known: Mapping[str, set[int]]
) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise ArchiveInvalid(
            tr(
                "formats.archive",
                "The archive cannot be imported: %1 is not a record.",
                _Where(kind, number=index + 1),
            )
        )
    where = _Where(kind, item["id"]) if "id" in item else _Where(kind, number=index + 1)
    allowed = {f.name for f in kind.fields} | set(kind.extra)
    unknown = sorted(set(item) - allowed)
    if unknown:
        raise ArchiveInvalid(
            tr(
                "formats.archive",
                "The archive cannot be imported: %1 has unknown fields: %2.",
                where,
                ", ".join(unknown),
            )
        )
    return {f.name: _typed(f, item.get(f.name), where, known) for f in kind.fields}


def _records(records: Mapping[str, Any], kind: RecordKind) -> list[Any]:
    items = records.get(kind.key, [])
    if not isinstance(items, list):
        raise ArchiveInvalid(
            tr("formats.archive", "The archive cannot be imported: “%1” is not a list.", kind.key)
        )
    return items


def _twice(where: _Where) -> ArchiveInvalid:
    return ArchiveInvalid(
        tr("formats.archive", "The archive cannot be imported: %1 appears twice.", where)
    )


def _ids(kind: RecordKind, items: Iterable[Any]) -> set[int]:
    seen: set[int] = set()
    for index, item in enumerate(items):
        ident = item.get("id") if isinstance(item, dict) else None
        if isinstance(ident, bool) or not isinstance(ident, int) or ident < 1:
            raise ArchiveInvalid(
                tr(
                    "formats.archive",
                    "The archive cannot be imported: %1 has no valid “id”.",
                    _Where(kind, number=index + 1),
                )
            )
        if ident in seen:
            raise _twice(_Where(kind, ident))
        seen.add(ident)
    return seen


def check_document(data: object) -> CheckedArchive:
    """Check a parsed archive and return typed rows; :class:`ArchiveInvalid` says what is
    wrong and where."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ArchiveInvalid(tr("formats.archive", "This file is not a Companion archive."))
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ArchiveInvalid(
            tr("formats.archive", "The archive cannot be imported: its version is missing.")
        )
    if version > VERSION:
        raise ArchiveInvalid(
            tr(
                "formats.archive",
                "This archive was made by a newer version of Companion. Please update Companion "
                "to import it.",
            )
        )
    records = data.get("records")
    if not isinstance(records, dict):
        raise ArchiveInvalid(
            tr("formats.archive", "The archive cannot be imported: it has no records.")
        )
    lists = {k.key for k in RECORD_KINDS}
    if version >= ATTACHMENTS_SINCE:
        lists.add(ATTACHMENTS.key)
    unknown = sorted(set(records) - lists)
    if unknown:
        raise ArchiveInvalid(
            tr(
                "formats.archive",
                "The archive cannot be imported: unknown record lists %1.",
                ", ".join(unknown),
            )
        )

    known: dict[str, set[int]] = {}
    for kind in RECORD_KINDS:
        known[kind.key] = _ids(kind, _records(records, kind))
    rows: dict[str, list[dict[str, Any]]] = {}
    entry_tags: list[tuple[int, str]] = []
    progress: list[dict[str, Any]] = []
    ratings: list[dict[str, Any]] = []
    progress_ids: set[int] = set()
    for kind in RECORD_KINDS:
        typed_rows = []
        for index, item in enumerate(_records(records, kind)):
            row = _typed_record(kind, item, index, known)
            ident = row["id"]
            where = _Where(kind, ident)
            if kind is ENTRIES:
                tags = item.get("tags", [])
                if not isinstance(tags, list) or not all(
                    isinstance(t, str) and 0 < len(t.strip()) <= 40 for t in tags
                ):
                    raise ArchiveInvalid(
                        tr(
                            "formats.archive",
                            "The archive cannot be imported: %1 has invalid tags.",
                            where,
                        )
                    )
                folded = {t.strip().casefold() for t in tags}
                if len(folded) != len(tags):
                    raise ArchiveInvalid(
                        tr(
                            "formats.archive",
                            "The archive cannot be imported: %1 has the same tag twice.",
                            where,
                        )
                    )
                entry_tags.extend((ident, t.strip()) for t in tags)
            elif kind is GOALS:
                items = item.get("progress", [])
                if not isinstance(items, list):
                    raise ArchiveInvalid(
                        tr(
                            "formats.archive",
                            "The archive cannot be imported: %1 has invalid progress.",
                            where,
                        )
                    )
                for p_index, p in enumerate(items):
                    p_row = _typed_record(PROGRESS, p, p_index, known)
                    if p_row["id"] in progress_ids:
                        raise _twice(_Where(PROGRESS, p_row["id"]))
                    progress_ids.add(p_row["id"])
                    progress.append({**p_row, "goal_id": ident})
            elif kind is CHECK_INS:
                given = item.get("ratings", {})
                if not isinstance(given, dict):
                    raise ArchiveInvalid(
                        tr(
                            "formats.archive",
                            "The archive cannot be imported: %1 has invalid ratings.",
                            where,
                        )
                    )
                for quality, rating in given.items():
                    try:
                        member = RelationshipQuality(quality)
                    except ValueError:
                        raise ArchiveInvalid(
                            tr(
                                "formats.archive",
                                "The archive cannot be imported: %1 rates an unknown quality.",
                                where,
                            )
                        ) from None
                    if (
                        isinstance(rating, bool)
                        or not isinstance(rating, int)
                        or not (0 <= rating <= 10)
                    ):
                        raise ArchiveInvalid(
                            tr(
                                "formats.archive",
                                "The archive cannot be imported: %1 has an invalid rating "
                                "for “%2”.",
                                where,
                                quality,
                            )
                        )
                    ratings.append({"check_in_id": ident, "quality": member, "rating": rating})
            typed_rows.append(row)
        rows[kind.table] = typed_rows
    _check_consistency(rows)
    attachments = _attachments(records, known)

    plan_data = data.get("safety_plan")
    plan: dict[str, Any] | None = None
    if plan_data is not None:
        plan = _typed_record(SAFETY_PLAN, plan_data, 0, known)
    return CheckedArchive(rows, entry_tags, progress, ratings, plan, attachments)


def _attachments(records: Mapping[str, Any], known: Mapping[str, set[int]]) -> list[dict[str, Any]]:
    items = _records(records, ATTACHMENTS)
    _ids(ATTACHMENTS, items)
    typed: list[dict[str, Any]] = []
    for index, item in enumerate(items):
        row = _typed_record(ATTACHMENTS, item, index, known)
        if not _DIGEST.fullmatch(row["digest"]):
            raise ArchiveInvalid(
                tr(
                    "formats.archive",
                    "The archive cannot be imported: %1 has an invalid “%2”.",
                    _Where(ATTACHMENTS, row["id"]),
                    "digest",
                )
            )
        typed.append(row)
    return typed


def knows_media_type(media_type: str) -> bool:
    """Whether Companion keeps files of this kind (others are set aside when imported)."""
    return media_type in MEDIA_TYPES


def _ends_too_early(where: _Where) -> ArchiveInvalid:
    return ArchiveInvalid(
        tr("formats.archive", "The archive cannot be imported: %1 ends before it starts.", where)
    )


def _check_consistency(rows: Mapping[str, list[dict[str, Any]]]) -> None:
    for c in rows["counselor"]:
        if c["started_on"] and c["ended_on"] and c["ended_on"] < c["started_on"]:
            raise _ends_too_early(_Where(COUNSELORS, c["id"]))
    for s in rows["session_series"]:
        if s["until_date"] and s["until_date"] < s["first_date"]:
            raise _ends_too_early(_Where(SERIES, s["id"]))
    sessions_seen: set[int] = set()
    for ci in rows["check_in"]:
        if ci["session_id"] is not None:
            if ci["session_id"] in sessions_seen:
                raise ArchiveInvalid(
                    tr(
                        "formats.archive",
                        "The archive cannot be imported: %1 is for a session that has another one.",
                        _Where(CHECK_INS, ci["id"]),
                    )
                )
            sessions_seen.add(ci["session_id"])
