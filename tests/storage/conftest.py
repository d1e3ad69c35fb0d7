"""Fixtures for storage tests: real SQLCipher files in a temporary profile folder."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.storage.engine import Database
from companion.storage.migrate import upgrade


@pytest.fixture
def key() -> bytes:
    """A fresh random raw key."""
    return secrets.token_bytes(32)


@pytest.fixture
def db_path(profile_dir: Path) -> Path:
    return profile_dir / "companion.db"


@pytest.fixture
def backups_dir(profile_dir: Path) -> Path:
    return profile_dir / "backups"


@pytest.fixture
def db(db_path: Path, key: bytes, backups_dir: Path) -> Iterator[Database]:
    """A new database with the current schema; closed after the test."""
    database = Database.open(db_path, key, create=True)
    upgrade(database, backup_dir=backups_dir)
    yield database
    database.close()
