"""Daylio's CSV export.

The header is ``full_date,date,weekday,time,mood,activities,note_title,note``; one row per
entry. ``full_date`` is "YYYY-MM-DD" and ``time`` "HH:MM" (or "h:mm am/pm"). Daylio's five
standard moods become Companion's 0-10 mood like this:

    rad 10, good 8, meh 5, bad 3, awful 1

(the middle of each fifth of the scale, with "meh" in the middle). A custom mood name cannot
be placed on the scale: the entry comes in without a mood and the preview says so.
Activities (separated by " | ") become tags; ``<br>`` in notes becomes a line break.

A note may be longer than the csv module's default field limit (131,072 characters); the
limit is raised to the largest file Companion imports, so such a note is read (and, being
longer than an entry may be, left out with a note) rather than refused as broken CSV.
"""

from __future__ import annotations

import csv
import re
from datetime import date, datetime, time

from companion.domain.wording import tr, tr_n
from companion.formats.importers.batch import (
    MAX_IMPORT_BYTES,
    BatchBuilder,
    ImportBatch,
    ImportFileProblem,
    decode_text,
    empty_file,
    not_a_date,
    not_a_time,
)
from companion.formats.importers.recognise import (
    Recognised,
    is_dayone_zip,
    kind_of_json_text,
    kind_of_text,
    looks_like,
    refuse_other_kind,
)

MOOD_SCALE: dict[str, int] = {"rad": 10, "good": 8, "meh": 5, "bad": 3, "awful": 1}
REQUIRED_COLUMNS = ("full_date", "time", "mood", "activities", "note_title", "note")

_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TIME_FORMATS = ("%H:%M", "%H:%M:%S", "%I:%M %p", "%I:%M%p")


def _time(raw: str, where: str) -> time:
    text = raw.strip()
    if not text:
        return time()
    for pattern in _TIME_FORMATS:
        try:
            return datetime.strptime(text.upper(), pattern).time()
        except ValueError:
            continue
    raise not_a_time(where, raw)


def _day(raw: str, where: str) -> date:
    if not raw.strip():
        raise ImportFileProblem(tr("formats.importers.daylio", "%1: there is no date.", where))
    try:
        return date.fromisoformat(raw.strip())
    except ValueError:
        raise not_a_date(where, raw) from None


def _wrong_width(where: str, found: int, expected: int) -> ImportFileProblem:
    return ImportFileProblem(
        tr_n(
            "formats.importers.daylio",
            "%1: there [is|are] %n [column|columns] instead of %2.",
            found,
            where,
            expected,
        )
    )


def _allow_long_notes() -> None:
    """Let the csv module read fields as long as the largest import (never lowering a limit
    set elsewhere in the process): bounded, unlike ``sys.maxsize``."""
    if csv.field_size_limit() < MAX_IMPORT_BYTES:
        csv.field_size_limit(MAX_IMPORT_BYTES)


def _not_daylio(text: str, name: str) -> None:
    """Refuse another app's export by name (a header without Daylio's columns)."""
    found = kind_of_text(text) or kind_of_json_text(text)
    refuse_other_kind(found, Recognised.DAYLIO, name)


def parse_daylio(data: bytes, name: str | None = None) -> ImportBatch:
    """The entries of a Daylio CSV export, or :class:`ImportFileProblem`."""
    name = name or tr("formats.importers.daylio", "the Daylio file")
    if is_dayone_zip(data):
        raise looks_like(Recognised.DAYONE, name)
    text = decode_text(data, name)
    if not text.strip():
        raise empty_file(name)
    if "\x00" in text:
        raise ImportFileProblem(tr("formats.importers.daylio", "%1 is not a CSV file.", name))
    _allow_long_notes()
    reader = csv.reader(text.splitlines(keepends=True), strict=True)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except (csv.Error, StopIteration):
        _not_daylio(text, name)
        raise ImportFileProblem(
            tr("formats.importers.daylio", "Line 1 of %1 is not a CSV header.", name)
        ) from None
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        _not_daylio(text, name)
        raise ImportFileProblem(
            tr(
                "formats.importers.daylio",
                "%1 is not a Daylio export: the first line has no column %2. "
                "Export it from Daylio as CSV.",
                name,
                ", ".join(f"'{c}'" for c in missing),
            )
        )
    column = {c: header.index(c) for c in REQUIRED_COLUMNS}
    builder = BatchBuilder()
    unknown_moods = 0
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error:
            raise ImportFileProblem(
                tr(
                    "formats.importers.daylio",
                    "Line %1: this line is not valid CSV (a quote may be missing).",
                    line,
                )
            ) from None
        where = tr("formats.importers.daylio", "Line %1", line)
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise _wrong_width(where, len(row), len(header))
        created_at = datetime.combine(
            _day(row[column["full_date"]], where), _time(row[column["time"]], where)
        )
        mood_name = row[column["mood"]].strip().lower()
        mood = MOOD_SCALE.get(mood_name)
        if mood is None and mood_name:
            unknown_moods += 1
            builder.problems.append(
                tr(
                    "formats.importers.daylio",
                    "%1: the mood is a custom one Companion cannot place on its 0-10 scale, "
                    "so this entry comes in without a mood.",
                    where,
                )
            )
        activities = [a for a in row[column["activities"]].split("|") if a.strip()]
        note = _BREAK.sub("\n", row[column["note"]])
        builder.add(
            where,
            created_at,
            title=_BREAK.sub(" ", row[column["note_title"]]),
            body=note,
            tags=activities,
            mood=mood,
        )
    return builder.build()
