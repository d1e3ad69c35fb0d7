"""jrnl's JSON export (``jrnl --export json``).

The file is one object with ``tags`` (counts per tag) and ``entries``; each entry has
``date`` ("YYYY-MM-DD"), ``time`` ("HH:MM"), ``title``, ``body``, ``starred`` and ``tags``
(written with jrnl's "@" in front). Tags lose the "@". A starred entry gets the tag
"starred": marking old entries "bring to my next session" would flood the next agenda, and
a tag keeps the information without changing anything the client did not choose.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from typing import Any

from companion.export.importers.batch import (
    STARRED_TAG,
    BatchBuilder,
    ImportBatch,
    ImportFileProblem,
    decode_text,
    shown_value,
)


def _text(entry: dict[str, Any], key: str, where: str) -> str:
    value = entry.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ImportFileProblem(f"{where}: the {key} is not text.")
    return value


def _when(entry: dict[str, Any], where: str) -> datetime:
    raw_date = entry.get("date")
    if raw_date is None or raw_date == "":
        raise ImportFileProblem(f"{where} has no date.")
    try:
        day = date.fromisoformat(str(raw_date).strip())
    except ValueError:
        raise ImportFileProblem(
            f"{where}: the date{shown_value(raw_date)} is not a real date."
        ) from None
    raw_time = entry.get("time")
    if raw_time is None or raw_time == "":
        return datetime.combine(day, time())
    try:
        at = time.fromisoformat(str(raw_time).strip())
    except ValueError:
        raise ImportFileProblem(
            f"{where}: the time{shown_value(raw_time)} is not a real time of day."
        ) from None
    return datetime.combine(day, at.replace(tzinfo=None))


def parse_jrnl(data: bytes, name: str = "the jrnl file") -> ImportBatch:
    """The entries of a jrnl JSON export, or :class:`ImportFileProblem`."""
    text = decode_text(data, name)
    if not text.strip():
        raise ImportFileProblem(f"{name} is empty.")
    try:
        document = json.loads(text)
    except (ValueError, RecursionError) as exc:
        line = getattr(exc, "lineno", None)
        at = f" (line {line})" if line else ""
        raise ImportFileProblem(
            f"{name} is not valid JSON{at}; it may be damaged or incomplete."
        ) from None
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise ImportFileProblem(
            f"{name} is not a jrnl JSON export (it has no list of entries). "
            "Export it with 'jrnl --export json'."
        )
    builder = BatchBuilder()
    for number, entry in enumerate(document["entries"], start=1):
        where = f"Entry {number}"
        if not isinstance(entry, dict):
            raise ImportFileProblem(f"{where} is not a journal entry.")
        created_at = _when(entry, where)
        raw_tags = entry.get("tags") or []
        if not isinstance(raw_tags, list) or not all(isinstance(t, str) for t in raw_tags):
            raise ImportFileProblem(f"{where}: the tags are not a list of words.")
        tags = [t.strip().lstrip("@") for t in raw_tags]
        starred = entry.get("starred")
        if starred is True:
            tags.append(STARRED_TAG)
        builder.add(
            where,
            created_at,
            title=_text(entry, "title", where),
            body=_text(entry, "body", where),
            tags=tags,
        )
    return builder.build()
