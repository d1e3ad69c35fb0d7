"""Plain Markdown or text files, one entry per file (a folder of notes, or a few files).

Pictures a file shows (``![alt](img/a.png)``, ``<img src="img/a.png">``) come with its entry
when they are inside the chosen folder: the link is read relative to the file, and a link to
the web, an absolute path or one that leaves the folder is never followed (each is noted and
counted). The text is imported as it is written, links included, so that importing the same
folder again still finds every entry already in the journal.

The date comes from front matter at the top of the file (``date:``, with ``title:`` and
``tags:``), else from the file name (``2021-03-04.md``, ``2021-03-04 Title.md``,
``20210304-title.txt``), else from the file's modification time (with a note). The title comes
from the front matter, else from a first ``# Heading`` line, else from the file name (without
its date). A date in front matter that is not a real date stops the import; a file name that
only looks like a date falls back to the modification time.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from urllib.parse import unquote

from companion.domain.wording import tr, tr_n
from companion.formats.importers.batch import (
    BatchBuilder,
    ImportBatch,
    ImportFileProblem,
    LinkedFile,
    SkippedKind,
    not_a_date,
    split_heading,
)
from companion.formats.importers.linked_files import Reason, note
from companion.formats.importers.recognise import looks_like, recognise

SUFFIXES = (".md", ".markdown", ".txt", ".text")
#: More files than this is not a journal folder (maybe the whole home folder was picked).
MAX_FILES = 50_000

_NAME_DATE = re.compile(
    r"(\d{4})-?(\d{2})-?(\d{2})(?:[ T_-]?(\d{2})[:.h-]?(\d{2})(?!\d))?(?P<rest>.*)", re.DOTALL
)
_FRONT_KEY = re.compile(r"([A-Za-z_][\w-]*)\s*:\s*(.*)")
_LIST_ITEM = re.compile(r"\s*-\s+(.*)")


@dataclass(frozen=True)
class TextFile:
    """One file to import: its name (relative to ``root``, the folder the pictures it shows
    must be inside), bytes and modification time (a POSIX timestamp)."""

    name: str
    data: bytes
    modified: float
    root: str = ""


_FENCED = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", re.M | re.S)
_CODE_SPAN = re.compile(r"(`+)[^`].*?\1", re.S)
_IMAGE = re.compile(
    r"!\[(?:[^\]\\]|\\.)*\]\(\s*(<[^>\n]*>|[^\s()]+(?:\([^\s()]*\)[^\s()]*)*)"
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)"
)
_IMG_TAG = re.compile(r"<img\b[^>]*?\ssrc\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)", re.I)
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_DRIVE = re.compile(r"[A-Za-z]:/")


def picture_links(text: str) -> list[str]:
    """The targets of the pictures a Markdown text shows, in order, each once: Markdown
    images and HTML ``<img>`` tags, not those inside code."""
    text = _CODE_SPAN.sub("", _FENCED.sub("", text))
    found: list[tuple[int, str]] = []
    for match in _IMAGE.finditer(text):
        target = match.group(1)
        if target.startswith("<"):
            target = target[1:-1]
        found.append((match.start(), target.strip()))
    for match in _IMG_TAG.finditer(text):
        target = match.group(1)
        if target[:1] in "\"'":
            target = target[1:-1]
        found.append((match.start(), target.strip()))
    targets: dict[str, None] = {}
    for _at, target in sorted(found):
        if target:
            targets.setdefault(target, None)
    return list(targets)


def picture_path(target: str, folder: str) -> str | None:
    """Where the picture ``target`` (a link in a file in ``folder``, relative to the chosen
    folder) is inside the chosen folder, with "/"; None for a link that is not a file inside
    it: the web or any other scheme, an absolute path, a path that leaves the folder."""
    target = target.replace("\\", "/")
    if target.startswith(("/", "~")) or _DRIVE.match(target) or _SCHEME.match(target):
        return None
    target = unquote(target.split("#", 1)[0].split("?", 1)[0])
    if not target or "\x00" in target:
        return None
    joined = posixpath.normpath(posixpath.join(folder, target))
    if joined in (".", "..") or joined.startswith(("../", "/")):
        return None
    return joined


def _pictures(file: TextFile, text: str, builder: BatchBuilder) -> tuple[LinkedFile, ...]:
    folder = posixpath.dirname(file.name.replace("\\", "/"))
    pictures: list[LinkedFile] = []
    seen: set[str] = set()
    for number, target in enumerate(picture_links(text), start=1):
        where = picture_path(target, folder)
        linked = LinkedFile(
            where=where or "",
            name=posixpath.basename(where or "") or "picture",
            entry=file.name,
            number=number,
            kind=SkippedKind.PICTURE,
            root=file.root,
        )
        if where is None:
            builder.problems.append(note(linked, Reason.OUTSIDE))
            builder.skip(SkippedKind.PICTURE)
        elif where not in seen:
            seen.add(where)
            pictures.append(linked)
    return tuple(pictures)


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def _front_matter(lines: list[str], name: str) -> tuple[dict[str, object], int, int]:
    """(fields, line of the 'date:' key or 0, index of the first body line)."""
    if not lines or lines[0].strip() != "---":
        return {}, 0, 0
    fields: dict[str, object] = {}
    date_line = 0
    current_list: list[str] | None = None
    for index in range(1, len(lines)):
        line = lines[index]
        if line.strip() in ("---", "..."):
            return fields, date_line, index + 1
        item = _LIST_ITEM.fullmatch(line)
        if item and current_list is not None:
            current_list.append(_unquote(item.group(1)))
            continue
        match = _FRONT_KEY.fullmatch(line.strip())
        if match is None:
            continue
        key, value = match.group(1).lower(), match.group(2).strip()
        current_list = None
        if key == "date":
            date_line = index + 1
        if key == "tags":
            if value.startswith("[") and value.endswith("]"):
                value = value[1:-1]
            if value:
                fields[key] = [_unquote(v) for v in value.split(",")]
            else:
                current_list = []
                fields[key] = current_list
        else:
            fields[key] = _unquote(value)
    # no closing line: not front matter after all
    return {}, 0, 0


def _front_date(raw: str, where: str, local_zone: tzinfo | None) -> datetime:
    text = raw.strip()
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time())
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise not_a_date(where, raw) from None
    if moment.tzinfo is not None:
        try:
            moment = moment.astimezone(local_zone) if local_zone else moment.astimezone()
        except (OverflowError, ValueError, OSError):
            raise not_a_date(where, raw) from None
    return moment.replace(tzinfo=None)


def _name_date(stem: str) -> tuple[datetime | None, str]:
    """(date from a file name, or None; the rest of the name as a title)."""
    match = _NAME_DATE.fullmatch(stem)
    if match is None:
        return None, stem
    year, month, day, hour, minute = match.groups()[:5]
    rest = match.group("rest").strip(" _-.")
    try:
        when = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0))
    except ValueError:
        return None, stem
    return when, rest


def _stem(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    lower = base.lower()
    for suffix in SUFFIXES:
        if lower.endswith(suffix):
            return base[: -len(suffix)]
    return base


def too_many_files() -> ImportFileProblem:
    """More files than :data:`MAX_FILES` were picked."""
    return ImportFileProblem(
        tr_n(
            "formats.importers.markdown_files",
            "There are more than %Ln [file|files] here; please choose your journal's folder.",
            MAX_FILES,
        )
    )


def parse_text_files(files: Sequence[TextFile], *, local_zone: tzinfo | None = None) -> ImportBatch:
    """One entry per file, or :class:`ImportFileProblem` naming the file (and line)."""
    if not files:
        raise ImportFileProblem(
            tr(
                "formats.importers.markdown_files",
                "There are no Markdown or text files (.md, .markdown, .txt) to import here.",
            )
        )
    if len(files) > MAX_FILES:
        raise too_many_files()
    builder = BatchBuilder()
    for file in files:
        found = recognise(file.data)
        if found is not None:
            raise looks_like(found, file.name)
        try:
            text = file.data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = file.data.decode("cp1252", errors="replace")
            builder.problems.append(
                tr(
                    "formats.importers.markdown_files",
                    "%1 is not UTF-8 text; some characters may look wrong.",
                    file.name,
                )
            )
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if "\x00" in text:
            raise ImportFileProblem(
                tr("formats.importers.markdown_files", "%1 is not a text file.", file.name)
            )
        lines = text.split("\n")
        fields, date_line, body_start = _front_matter(lines, file.name)
        body = "\n".join(lines[body_start:])
        stem = _stem(file.name)
        name_when, name_title = _name_date(stem)
        created_at: datetime | None = None
        raw_date = fields.get("date")
        if isinstance(raw_date, str) and raw_date:
            where = tr("formats.importers.markdown_files", "%1, line %2", file.name, date_line)
            created_at = _front_date(raw_date, where, local_zone)
        if created_at is None:
            created_at = name_when
        if created_at is None:
            try:
                created_at = datetime.fromtimestamp(file.modified, local_zone).replace(
                    tzinfo=None, microsecond=0
                )
            except (OverflowError, ValueError, OSError):
                raise ImportFileProblem(
                    tr(
                        "formats.importers.markdown_files",
                        "%1 has no date Companion can use.",
                        file.name,
                    )
                ) from None
            builder.problems.append(
                tr(
                    "formats.importers.markdown_files",
                    "%1 has no date in it or in its name; the date it was last changed is used.",
                    file.name,
                )
            )
        raw_title = fields.get("title")
        title = raw_title if isinstance(raw_title, str) else ""
        if not title:
            title, body = split_heading(body)
        if not title:
            title = name_title
        raw_tags = fields.get("tags")
        tags = [t.lstrip("#") for t in raw_tags] if isinstance(raw_tags, list) else []
        pictures = _pictures(file, body, builder)
        builder.add(file.name, created_at, title=title, body=body, tags=tags, files=pictures)
    return builder.build()
