"""Journal text never reaches the disk, a backup or an error message in plaintext."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from companion.storage.backup import automatic_backup, backup_to
from companion.storage.engine import Database
from companion.storage.models import JournalEntryRow, TagRow

from .helpers import PAGE_SIZE

CANARY = "Zebracanary4417Plaintext"
NOW = datetime(2026, 11, 25, 17, 15)
#: SQLCipher 4 keeps a 16-byte IV and a 64-byte HMAC-SHA512 at the end of every page.
RESERVED = 16 + 64


def _plaintext_hits(folder: Path) -> list[str]:
    """Files under ``folder`` that contain the canary in any common encoding or case."""
    needles = {
        form.encode(encoding)
        for form in (CANARY, CANARY.lower(), CANARY.upper())
        for encoding in ("utf-8", "utf-16-le", "utf-16-be")
    }
    hits = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(needle in data for needle in needles):
                hits.append(str(path))
    return hits


def _write_canary(db: Database) -> None:
    with db.session() as session:
        entry = JournalEntryRow(
            created_at=NOW,
            updated_at=NOW,
            title=f"Title {CANARY}",
            body=f"I told nobody about {CANARY} today. " * 20,
        )
        entry.tags = [TagRow(name=CANARY.lower()[:40])]
        session.add(entry)


def test_canary_never_on_disk_in_plaintext(db: Database, backups_dir: Path) -> None:
    folder = db.path.parent
    _write_canary(db)
    wal = db.path.with_name(db.path.name + "-wal")
    shm = db.path.with_name(db.path.name + "-shm")
    assert wal.stat().st_size > 0 and shm.exists()
    with db.session() as session:  # the search index holds the words too
        hits = session.execute(
            text("SELECT count(*) FROM journal_list_fts WHERE journal_list_fts MATCH :q"),
            {"q": CANARY.lower()},
        ).scalar()
        assert hits == 1
    assert _plaintext_hits(folder) == []

    assert db.checkpoint()
    assert _plaintext_hits(folder) == []

    backup = automatic_backup(db, backups_dir, "manual")
    backup_to(db, folder / "elsewhere" / "copy.db")
    assert backup.exists()
    assert _plaintext_hits(folder) == []

    db.close()
    assert _plaintext_hits(folder) == []
    assert _plaintext_hits(Path(tempfile.gettempdir())) == []


def _decrypted_pages(path: Path, key: bytes) -> list[bytes]:
    """Every page of a SQLCipher 4 file decrypted with the raw key (AES-256-CBC, IV at the
    end of each page; page 1 starts after its 16-byte salt). Free pages are included."""
    data = path.read_bytes()
    pages = []
    for offset in range(0, len(data), PAGE_SIZE):
        page = data[offset : offset + PAGE_SIZE]
        start = 16 if offset == 0 else 0
        iv = page[PAGE_SIZE - RESERVED : PAGE_SIZE - RESERVED + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        pages.append(decryptor.update(page[start : PAGE_SIZE - RESERVED]) + decryptor.finalize())
    return pages


def test_the_key_is_used_raw(db: Database, key: bytes) -> None:
    """No key derivation: the 32 bytes given are the AES key of every page."""
    assert db.checkpoint()
    first = _decrypted_pages(db.path, key)[0]
    assert first[0:2] == PAGE_SIZE.to_bytes(2, "big")  # header field: page size
    assert first[4] == RESERVED  # header field: reserved bytes per page


def test_deleted_text_is_overwritten(db: Database, key: bytes) -> None:
    """secure_delete and FTS5 secure-delete: even with the key, a deleted entry is gone."""
    _write_canary(db)
    assert db.checkpoint()
    assert any(CANARY.encode() in page for page in _decrypted_pages(db.path, key))

    with db.session() as session:
        session.execute(text("DELETE FROM entry_tag"))
        session.execute(text("DELETE FROM journal_entry"))
        session.execute(text("DELETE FROM tag"))
    assert db.checkpoint()
    for form in (CANARY, CANARY.lower()):
        assert not any(form.encode() in page for page in _decrypted_pages(db.path, key))


def test_error_messages_hold_no_journal_text(db: Database) -> None:
    with pytest.raises(IntegrityError) as caught, db.session() as session:
        session.add(JournalEntryRow(created_at=NOW, updated_at=NOW, body=CANARY, mood=42))
    message = str(caught.value)
    assert CANARY not in message
    assert "parameters hidden" in message


def test_backups_folder_files_are_private(db: Database, backups_dir: Path) -> None:
    _write_canary(db)
    backup = automatic_backup(db, backups_dir, "manual")
    if os.name != "nt":
        assert backup.stat().st_mode & 0o077 == 0
