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

from companion.domain.wording import tr
from companion.formats.importers.batch import (
    STARRED_TAG,
    BatchBuilder,
    ImportBatch,
    ImportFileProblem,
    decode_text,
    empty_file,
    not_a_date,
    not_a_time,
    not_json,
)
from companion.formats.importers.recognise import (
    Recognised,
    is_dayone_zip,
    kind_of_document,
    kind_of_text,
    looks_like,
    refuse_other_kind,
)


def _text(entry: dict[str, Any], key: str, where: str) -> str:
    value = entry.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        if key == "title":
            raise ImportFileProblem(
                tr("formats.importers.jrnl", "%1: the title is not text.", where)
            )
        raise ImportFileProblem(tr("formats.importers.jrnl", "%1: the body is not text.", where))
    return value


def _when(entry: dict[str, Any], where: str) -> datetime:
    raw_date = entry.get("date")
    if raw_date is None or raw_date == "":
        raise ImportFileProblem(tr("formats.importers.jrnl", "%1 has no date.", where))
    try:
        day = date.fromisoformat(str(raw_date).strip())
    except ValueError:
        raise not_a_date(where, raw_date) from None
    raw_time = entry.get("time")
    if raw_time is None or raw_time == "":
        return datetime.combine(day, time())
    try:
        at = time.fromisoformat(str(raw_time).strip())
    except ValueError:
        raise not_a_time(where, raw_time) from None
    return datetime.combine(day, at.replace(tzinfo=None))


def parse_jrnl(data: bytes, name: str | None = None) -> ImportBatch:
    """The entries of a jrnl JSON export, or :class:`ImportFileProblem`."""
    name = name or tr("formats.importers.jrnl", "the jrnl file")
    if is_dayone_zip(data):
        raise looks_like(Recognised.DAYONE, name)
    text = decode_text(data, name)
    if not text.strip():
        raise empty_file(name)
    try:
        document = json.loads(text)
    except (ValueError, RecursionError) as exc:
        refuse_other_kind(kind_of_text(text), Recognised.JRNL, name)
        raise not_json(name, exc) from None
    refuse_other_kind(kind_of_document(document), Recognised.JRNL, name)
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise ImportFileProblem(
            tr(
                "formats.importers.jrnl",
                "%1 is not a jrnl JSON export (it has no list of entries). "
                "Export it with 'jrnl --export json'.",
                name,
            )
        )
    builder = BatchBuilder()
    for number, entry in enumerate(document["entries"], start=1):
        where = tr("formats.importers.jrnl", "Entry %1", number)
        if not isinstance(entry, dict):
            raise ImportFileProblem(
                tr("formats.importers.jrnl", "%1 is not a journal entry.", where)
            )
        created_at = _when(entry, where)
        raw_tags = entry.get("tags") or []
        if not isinstance(raw_tags, list) or not all(isinstance(t, str) for t in raw_tags):
            raise ImportFileProblem(
                tr("formats.importers.jrnl", "%1: the tags are not a list of words.", where)
            )
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
