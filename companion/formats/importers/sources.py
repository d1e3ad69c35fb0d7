"""Reading what the client picked (a file, a zip or a folder) for an importer, refusing what is
too big before reading it, and finding the files entries bring along (Day One's photos, the
pictures Markdown files show) inside it. The parsers themselves never touch the file system;
the files are read later, from the zip or from inside the chosen folder only
(:mod:`companion.formats.importers.linked_files`)."""

from __future__ import annotations

import dataclasses
import os
import stat
import zipfile
from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path, PurePosixPath

from companion.domain.wording import mark, tr, tr_n
from companion.formats.importers.batch import (
    MAX_IMPORT_BYTES,
    FileSource,
    ImportBatch,
    ImportFileProblem,
    ImportKind,
    LinkedFile,
    SkippedKind,
    check_size,
    merged_counts,
)
from companion.formats.importers.daylio import parse_daylio
from companion.formats.importers.dayone import (
    PHOTOS_FOLDER,
    journal_files_in_zip,
    no_journal,
    parse_dayone,
)
from companion.formats.importers.jrnl import parse_jrnl
from companion.formats.importers.linked_files import (
    FolderFiles,
    Reason,
    ZipFiles,
    note,
)
from companion.formats.importers.markdown_files import (
    MAX_FILES,
    SUFFIXES,
    TextFile,
    parse_text_files,
    too_many_files,
)
from companion.formats.zip_members import safe_names
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


@dataclass
class _Walked:
    """The files found in a chosen folder, and how many links in it lead outside it (those
    are never read)."""

    files: list[Path] = field(default_factory=list)
    outside: int = 0

    def note(self, batch: ImportBatch) -> ImportBatch:
        if not self.outside:
            return batch
        said = tr_n(
            "formats.importers.sources",
            "%n [file|files] in the folder you chose [links|link] to somewhere outside it "
            "and [was|were] not read.",
            self.outside,
        )
        return dataclasses.replace(batch, problems=(said, *batch.problems))


def _files_in(folder: Path, suffixes: tuple[str, ...], walked: _Walked | None = None) -> list[Path]:
    """Files with one of ``suffixes`` in ``folder`` and below (hidden ones left out), in
    name order, refusing folders that are far too big. A link to a file outside ``folder``
    is left out (counted in ``walked``): nothing outside what the client chose is read."""
    found: list[Path] = []
    try:
        real_folder = folder.resolve()
        for root, dirs, names in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(names):
                if not name.startswith(".") and name.lower().endswith(suffixes):
                    path = Path(root) / name
                    if path.is_symlink() and real_folder not in path.resolve().parents:
                        if walked is not None:
                            walked.outside += 1
                        continue
                    found.append(path)
                    if len(found) > MAX_FILES:
                        raise too_many_files()
    except (OSError, RuntimeError):
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
        walked = _Walked()
        for path in chosen:
            files.extend(_files_in(path, SUFFIXES, walked) if path.is_dir() else [path])
        base = chosen[0] if len(chosen) == 1 and chosen[0].is_dir() else None
        texts = [
            TextFile(
                name=p.relative_to(base).as_posix() if base is not None else p.name,
                data=data,
                modified=mtime,
                root=str(base if base is not None else p.parent),
            )
            for p, data, mtime in _read_many(files)
        ]
        batch = walked.note(parse_text_files(texts, local_zone=local_zone))
        return dataclasses.replace(batch, source=FolderFiles()) if batch.files else batch
    if len(chosen) != 1:
        raise ImportFileProblem(
            tr("formats.importers.sources", "Please choose one file to import.")
        )
    path = chosen[0]
    if kind is ImportKind.DAYONE:
        return _dayone(path, local_zone)
    if path.is_dir():
        raise ImportFileProblem(
            tr("formats.importers.sources", "Please choose the exported file, not a folder.")
        )
    if kind is ImportKind.JRNL:
        return parse_jrnl(_read(path), path.name)
    return parse_daylio(_read(path), path.name)


# -- Day One: the export and the photos beside its journals ------------------------------------


def _is_zip(path: Path) -> bool:
    """A zip by its first bytes (or its name); only a regular file is opened."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return False
        with path.open("rb") as handle:
            head = handle.read(4)
    except OSError:
        raise _cannot_open(path) from None
    return head == b"PK\x03\x04" or path.suffix.lower() == ".zip"


def _dayone(path: Path, local_zone: tzinfo | None) -> ImportBatch:
    """Day One's export as a zip, an unpacked folder or one journal's JSON file; the photos
    are found in the ``photos`` folder beside the journals."""
    source: FileSource
    root = ""
    walked = _Walked()
    if path.is_dir():
        found = _read_many(_files_in(path, (".json",), walked))
        if not found:
            raise no_journal()
        journals = [(p.name, data) for p, data, _ in found]
        folders = {p.parent for p, _, _ in found}
        photos = _photos_in_folders(path, folders)
        source, root = FolderFiles(), str(path)
    elif _is_zip(path):
        journals = journal_files_in_zip(path, path.name)
        photos = _photos_in_zip(path)
        source = ZipFiles(path)
    else:
        journals = [(path.name, _read(path))]
        photos = _photos_in_folders(path.parent, {path.parent})
        source, root = FolderFiles(), str(path.parent)
    batch = walked.note(parse_dayone(journals, local_zone=local_zone))
    return _found(batch, photos, root, source)


def _photo_key(name: str) -> str:
    """How a photo is looked up: ``photos/<md5>`` (Day One names each by its checksum)."""
    return f"{PHOTOS_FOLDER}/{PurePosixPath(name).stem.lower()}"


def _photos_in_zip(path: Path) -> dict[str, str]:
    """Photo key -> zip member, for files in a ``photos`` folder beside a journal."""
    try:
        with zipfile.ZipFile(path) as z:
            names = safe_names(z)
    except (OSError, zipfile.BadZipFile, ValueError):
        raise _cannot_open(path) from None
    journals = {PurePosixPath(n).parent for n in names if n.lower().endswith(".json")}
    photos: dict[str, str] = {}
    for name in sorted(names):
        member = PurePosixPath(name)
        folder = member.parent
        if folder.name.lower() == PHOTOS_FOLDER and folder.parent in journals:
            photos.setdefault(_photo_key(name), name)
    return photos


def _photos_in_folders(root: Path, folders: set[Path]) -> dict[str, str]:
    """Photo key -> path inside ``root`` (with "/"), for files in the ``photos`` folder
    beside each journal (links are looked at when read, not here)."""
    photos: dict[str, str] = {}
    for folder in sorted(folders):
        try:
            entries = sorted(
                (e for e in os.scandir(folder) if e.name.lower() == PHOTOS_FOLDER and e.is_dir()),
                key=lambda e: e.name,
            )
        except OSError:
            continue
        for photos_folder in entries:
            try:
                names = sorted(os.listdir(photos_folder.path))
            except OSError:
                continue
            for name in names[:MAX_FILES]:
                relative = (Path(photos_folder.path) / name).relative_to(root).as_posix()
                photos.setdefault(_photo_key(name), relative)
    return photos


def _found(
    batch: ImportBatch, photos: dict[str, str], root: str, source: FileSource
) -> ImportBatch:
    """The batch with each photo's place in the export, and a note for each one that is not
    there."""
    if not batch.files:
        return batch
    problems = list(batch.problems)
    missing: dict[SkippedKind, int] = {}
    files: list[tuple[LinkedFile, ...]] = []
    for linked in batch.files:
        here: list[LinkedFile] = []
        for file in linked:
            where = photos.get(file.where)
            if where is None:
                problems.append(note(file, Reason.MISSING))
                missing[file.kind] = missing.get(file.kind, 0) + 1
            else:
                here.append(dataclasses.replace(file, where=where, root=root))
        files.append(tuple(here))
    return dataclasses.replace(
        batch,
        problems=tuple(problems),
        skipped=merged_counts(batch.skipped, missing),
        files=tuple(files) if any(files) else (),
        source=source,
    )
