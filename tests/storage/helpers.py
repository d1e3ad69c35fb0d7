"""Helpers shared by the storage tests."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from companion.storage.engine import Database
from companion.storage.models import JournalEntryRow

#: SQLCipher's default page size: page 2 starts here.
PAGE_SIZE = 4096


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def flip_byte(path: Path, offset: int) -> None:
    """Invert one byte of ``path`` in place."""
    with path.open("r+b") as handle:
        handle.seek(offset)
        original = handle.read(1)
        handle.seek(offset)
        handle.write(bytes([original[0] ^ 0xFF]))


def add_entry(db: Database, title: str, body: str = "", mood: int | None = None) -> int:
    """Write a journal entry through a session; return its id."""
    now = datetime(2026, 11, 25, 17, 15)
    with db.session() as session:
        row = JournalEntryRow(created_at=now, updated_at=now, title=title, body=body, mood=mood)
        session.add(row)
        session.flush()
        return row.id


def entry_titles(db: Database) -> list[str]:
    with db.session() as session:
        return list(session.scalars(select(JournalEntryRow.title).order_by(JournalEntryRow.id)))


def copy_files(source: Path, dest: Path, names: list[str]) -> None:
    """Copy some files between folders (to capture a database as a crash would leave it)."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in names:
        if (source / name).exists():
            shutil.copyfile(source / name, dest / name)
