"""Daylio's CSV export.

The header is ``full_date,date,weekday,time,mood,activities,note_title,note``; one row per
entry. ``full_date`` is "YYYY-MM-DD" and ``time`` "HH:MM" (or "h:mm am/pm"). Daylio's five
standard moods become Companion's 0-10 mood like this:

    rad 10, good 8, meh 5, bad 3, awful 1

(the middle of each fifth of the scale, with "meh" in the middle). A custom mood name cannot
be placed on the scale: the entry comes in without a mood and the preview says so.
Activities (separated by " | ") become tags; ``<br>`` in notes becomes a line break.
"""

from __future__ import annotations

import csv
import re
from datetime import date, datetime, time

from companion.export.importers.batch import (
    BatchBuilder,
    ImportBatch,
    ImportFileProblem,
    decode_text,
    shown_value,
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
    raise ImportFileProblem(f"{where}: the time{shown_value(raw)} is not a real time of day.")


def _day(raw: str, where: str) -> date:
    if not raw.strip():
        raise ImportFileProblem(f"{where}: there is no date.")
    try:
        return date.fromisoformat(raw.strip())
    except ValueError:
        raise ImportFileProblem(
            f"{where}: the date{shown_value(raw)} is not a real date."
        ) from None


def parse_daylio(data: bytes, name: str = "the Daylio file") -> ImportBatch:
    """The entries of a Daylio CSV export, or :class:`ImportFileProblem`."""
    text = decode_text(data, name)
    if not text.strip():
        raise ImportFileProblem(f"{name} is empty.")
    if "\x00" in text:
        raise ImportFileProblem(f"{name} is not a CSV file.")
    reader = csv.reader(text.splitlines(keepends=True), strict=True)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except (csv.Error, StopIteration):
        raise ImportFileProblem(f"Line 1 of {name} is not a CSV header.") from None
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise ImportFileProblem(
            f"{name} is not a Daylio export: the first line has no column "
            + ", ".join(f"'{c}'" for c in missing)
            + ". Export it from Daylio as CSV."
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
                f"Line {line}: this line is not valid CSV (a quote may be missing)."
            ) from None
        where = f"Line {line}"
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise ImportFileProblem(
                f"{where}: there are {len(row)} columns instead of {len(header)}."
            )
        created_at = datetime.combine(
            _day(row[column["full_date"]], where), _time(row[column["time"]], where)
        )
        mood_name = row[column["mood"]].strip().lower()
        mood = MOOD_SCALE.get(mood_name)
        if mood is None and mood_name:
            unknown_moods += 1
            builder.problems.append(
                f"{where}: the mood is a custom one Companion cannot place on its 0-10 "
                "scale, so this entry comes in without a mood."
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
