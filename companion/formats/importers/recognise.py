"""Telling the exports apart: which app a file most likely comes from, so that an importer
given the wrong kind says "this looks like a Daylio export" instead of failing on a detail
("Entry 1 has no creation date").

Only the shape is looked at, never the text written in it: a jrnl export is a JSON object
whose entries have ``date``; a Day One export one whose entries have ``creationDate`` (or a
zip holding ``.json`` journals); a Daylio export a CSV whose first line names the columns
``full_date`` and ``mood``; a calendar file starts with ``BEGIN:VCALENDAR``. A file that fits
none of them (or more than one) is not recognised, and the importer goes on as usual.
"""

from __future__ import annotations

import io
import json
import zipfile
from enum import StrEnum
from typing import Any

from companion.domain.wording import tr
from companion.formats.importers.batch import ImportFileProblem

#: How far into a file its kind is looked for (a header, the first line of a CSV).
_HEAD = 4096


class Recognised(StrEnum):
    """What a file looks like."""

    JRNL = "jrnl"
    DAYONE = "dayone"
    DAYLIO = "daylio"
    CALENDAR = "calendar"


def kind_of_document(document: object) -> Recognised | None:
    """jrnl or Day One for a parsed JSON export, by the keys its entries have."""
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        return None
    entries = [e for e in document["entries"] if isinstance(e, dict)]
    jrnl = any("date" in e for e in entries)
    dayone = any("creationDate" in e for e in entries)
    if jrnl and not dayone:
        return Recognised.JRNL
    if dayone and not jrnl:
        return Recognised.DAYONE
    return None


def kind_of_text(text: str) -> Recognised | None:
    """A calendar or a Daylio export, by how the text starts (JSON is not parsed here)."""
    head = text[:_HEAD].lstrip("\ufeff \t\r\n")
    if head[:15].upper() == "BEGIN:VCALENDAR":
        return Recognised.CALENDAR
    first_line = head.split("\n", 1)[0].lower()
    columns = {c.strip().strip('"') for c in first_line.split(",")}
    if {"full_date", "mood"} <= columns:
        return Recognised.DAYLIO
    return None


def kind_of_json_text(text: str) -> Recognised | None:
    """:func:`kind_of_document` for text that looks like a JSON object (parsed only then)."""
    stripped = text.strip().lstrip("\ufeff")
    if not (stripped.startswith("{") and stripped.endswith("}")):
        return None
    try:
        document: Any = json.loads(stripped)
    except (ValueError, RecursionError):
        return None
    return kind_of_document(document)


def is_dayone_zip(data: bytes) -> bool:
    """A zip holding at least one ``.json`` file (as a Day One export does)."""
    if data[:4] != b"PK\x03\x04":
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return any(name.lower().endswith(".json") for name in archive.namelist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        return False


def recognise(data: bytes) -> Recognised | None:
    """What ``data`` looks like, or None."""
    if is_dayone_zip(data):
        return Recognised.DAYONE
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    return kind_of_text(text) or kind_of_json_text(text)


def refuse_other_kind(found: Recognised | None, expected: Recognised, name: str) -> None:
    """:class:`ImportFileProblem` naming the app ``name`` seems to come from, when that is
    not the app the client chose."""
    if found is None or found is expected:
        return
    raise looks_like(found, name)


def looks_like(found: Recognised, name: str) -> ImportFileProblem:
    """Why ``name`` is refused: it looks like a … export (worded in the client's language)."""
    if found is Recognised.JRNL:
        text = tr(
            "formats.importers.recognise",
            "%1 looks like a jrnl export; please choose jrnl as the app it comes from.",
            name,
        )
    elif found is Recognised.DAYONE:
        text = tr(
            "formats.importers.recognise",
            "%1 looks like a Day One export; please choose Day One as the app it comes from.",
            name,
        )
    elif found is Recognised.DAYLIO:
        text = tr(
            "formats.importers.recognise",
            "%1 looks like a Daylio export; please choose Daylio as the app it comes from.",
            name,
        )
    else:
        text = tr(
            "formats.importers.recognise",
            "%1 looks like a calendar file (.ics) with appointments, not journal entries; "
            "please import it as a calendar in Sessions.",
            name,
        )
    return ImportFileProblem(text)
