"""Reading what the client picked (a file, a zip or a folder) for an importer, refusing what is
too big before reading it. The parsers themselves never touch the file system."""

from __future__ import annotations

import os
from datetime import tzinfo
from pathlib import Path

from companion.domain.wording import mark, tr
from companion.formats.importers.batch import (
    MAX_IMPORT_BYTES,
    ImportBatch,
    ImportFileProblem,
    ImportKind,
    check_size,
)
from companion.formats.importers.daylio import parse_daylio
from companion.formats.importers.dayone import journal_files_in_zip, no_journal, parse_dayone
from companion.formats.importers.jrnl import parse_jrnl
from companion.formats.importers.markdown_files import (
    MAX_FILES,
    SUFFIXES,
    TextFile,
    parse_text_files,
    too_many_files,
)
from companion.storage.files import read_regular_file

CANNOT_OPEN = mark("formats.importers.sources", "Companion could not open %1.")


def _cannot_open(path: Path) -> ImportFileProblem:
    return ImportFileProblem(tr("formats.importers.sources", CANNOT_OPEN, path.name))


def _read(path: Path) -> bytes:
    try:
        check_size(path.stat().st_size, path.name)
        data = read_regular_file(path, MAX_IMPORT_BYTES)
        check_size(len(data), path.name)
        return data
    except OSError:
        raise _cannot_open(path) from None


def _files_in(folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """Files with one of ``suffixes`` in ``folder`` and below (hidden ones left out), in
    name order, refusing folders that are far too big."""
    found: list[Path] = []
    try:
        for root, dirs, names in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(names):
                if not name.startswith(".") and name.lower().endswith(suffixes):
                    found.append(Path(root) / name)
                    if len(found) > MAX_FILES:
                        raise too_many_files()
    except OSError:
        raise _cannot_open(folder) from None
    return found


def _read_many(paths: list[Path]) -> list[tuple[Path, bytes, float]]:
    total = 0
    read: list[tuple[Path, bytes, float]] = []
    for path in paths:
        try:
            stat = path.stat()
            data = read_regular_file(path, MAX_IMPORT_BYTES - total)
            total += len(data)
            if total > MAX_IMPORT_BYTES:
                raise ImportFileProblem(
                    tr(
                        "formats.importers.sources",
                        "This is too much to import at once (more than %1 MB).",
                        MAX_IMPORT_BYTES // (1024 * 1024),
                    )
                )
            read.append((path, data, stat.st_mtime))
        except OSError:
            raise _cannot_open(path) from None
    return read


def read_import(
    paths: Path | list[Path], kind: ImportKind, *, local_zone: tzinfo | None = None
) -> ImportBatch:
    """The entries in what the client picked. A list of paths is for several Markdown or text
    files; a folder works for Markdown files and an unzipped Day One export."""
    chosen = paths if isinstance(paths, list) else [paths]
    if not chosen:
        raise ImportFileProblem(tr("formats.importers.sources", "Please choose a file to import."))
    if kind is ImportKind.MARKDOWN:
        files: list[Path] = []
        for path in chosen:
            files.extend(_files_in(path, SUFFIXES) if path.is_dir() else [path])
        base = chosen[0] if len(chosen) == 1 and chosen[0].is_dir() else None
        texts = [
            TextFile(
                name=str(p.relative_to(base)) if base is not None else p.name,
                data=data,
                modified=mtime,
            )
            for p, data, mtime in _read_many(files)
        ]
        return parse_text_files(texts, local_zone=local_zone)
    if len(chosen) != 1:
        raise ImportFileProblem(
            tr("formats.importers.sources", "Please choose one file to import.")
        )
    path = chosen[0]
    if kind is ImportKind.DAYONE:
        if path.is_dir():
            journals = [(p.name, data) for p, data, _ in _read_many(_files_in(path, (".json",)))]
            if not journals:
                raise no_journal()
        else:
            data = _read(path)
            if data[:4] == b"PK\x03\x04" or path.suffix.lower() == ".zip":
                journals = journal_files_in_zip(data, path.name)
            else:
                journals = [(path.name, data)]
        return parse_dayone(journals, local_zone=local_zone)
    if path.is_dir():
        raise ImportFileProblem(
            tr("formats.importers.sources", "Please choose the exported file, not a folder.")
        )
    if kind is ImportKind.JRNL:
        return parse_jrnl(_read(path), path.name)
    return parse_daylio(_read(path), path.name)
