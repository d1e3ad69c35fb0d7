"""Where a profile lives and the constants that describe it.

Nothing here touches the disk at import time; call the functions to get paths.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

APP_NAME = "Companion"
APP_AUTHOR = "Companion"
KEYRING_SERVICE = "Companion journal key"

DB_FILENAME = "companion.db"
KEYSTORE_FILENAME = "keystore.json"
BACKUPS_DIRNAME = "backups"

#: Idle auto-lock choices in minutes; ``None`` means never.
AUTO_LOCK_CHOICES: tuple[int | None, ...] = (1, 5, 15, 60, None)
DEFAULT_AUTO_LOCK_MINUTES = 5
#: How many automatic backups are kept in the profile's backups folder.
DEFAULT_BACKUPS_KEPT = 10


def default_data_dir() -> Path:
    """The per-user data folder for the default profile (from platformdirs)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def chart_cache_dir() -> Path:
    """Where the packaged app lets matplotlib keep its list of the computer's fonts (no
    journal content: font names and file paths), in the per-user cache folder."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, APP_AUTHOR)) / "matplotlib"


@dataclass(frozen=True)
class ProfilePaths:
    """The files that make up one profile folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def keystore(self) -> Path:
        return self.root / KEYSTORE_FILENAME

    @property
    def backups(self) -> Path:
        return self.root / BACKUPS_DIRNAME

    def sidecars(self) -> list[Path]:
        """SQLite's companion files of the database (WAL and shared memory)."""
        db = self.database
        return [db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]

    def exists(self) -> bool:
        """True when this folder already holds a profile (database or keystore)."""
        return self.database.exists() or self.keystore.exists()
