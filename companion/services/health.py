"""Checking an open profile in depth, for ``companion self-test --data-dir``: every page and
the structure of the journal, and whether the newest automatic backup would restore."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from companion.config import ProfilePaths
from companion.domain.wording import day_text, tr
from companion.storage import backup as backups
from companion.storage.engine import Database
from companion.storage.errors import StorageError
from companion.storage.sqlcipher import check_integrity


@dataclass(frozen=True)
class Finding:
    ok: bool
    message: str


class HealthService:
    """Read-only checks of one unlocked profile."""

    def __init__(self, db: Database, paths: ProfilePaths | None = None) -> None:
        self._db = db
        self.paths = paths or ProfilePaths(Path(db.path).parent)

    def check_journal(self) -> Finding:
        """Every page authenticates and the b-trees are sound."""
        try:
            with self._db.read() as conn:
                check_integrity(conn, structure=True)
        except StorageError as exc:
            return Finding(False, str(exc))
        return Finding(
            True, tr("services.health", "Journal: every page and its structure are intact.")
        )

    def check_newest_backup(self) -> Finding:
        """The newest automatic backup opens with this journal's key and is intact."""
        newest = [info for info in backups.list_backups(self.paths.backups) if not info.is_set]
        if not newest:
            return Finding(True, tr("services.health", "Automatic backups: none yet."))
        try:
            self._db.verify_copy(newest[0].path)
        except StorageError as exc:
            return Finding(
                False,
                tr(
                    "services.health",
                    "The newest automatic backup (%1) cannot be used: %2",
                    day_text(newest[0].created.date()),
                    exc,
                ),
            )
        return Finding(
            True,
            tr(
                "services.health",
                "Newest automatic backup (%1): intact.",
                day_text(newest[0].created.date()),
            ),
        )
