"""Small named values kept inside the encrypted database (for example the recovery key, so
that it can be shown again only after unlocking). Plain SQL on the reader connection: read
in ``Database.read()``, written in ``Database.write_settings()`` (outside a unit of work; the
change feed announces it as the profile's settings)."""

from __future__ import annotations

from companion.storage.sqlcipher import RawConnection

RECOVERY_KEY = "recovery_key"
#: The folder sync runs through (companion.storage.sync_store.FOLDER is the same name).
SYNC_FOLDER = "sync_folder"


def get(conn: RawConnection, name: str) -> str | None:
    row = conn.execute("SELECT value FROM profile_meta WHERE name = ?", (name,)).fetchone()
    return None if row is None else str(row[0])


def put(conn: RawConnection, name: str, value: str) -> None:
    """Insert or replace ``name`` (one statement: atomic on its own)."""
    conn.execute(
        "INSERT INTO profile_meta (name, value) VALUES (?, ?) "
        "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        (name, value),
    )
