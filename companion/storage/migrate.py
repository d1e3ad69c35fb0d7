"""Bringing a journal database to this version's schema at start-up.

:func:`schema_state` reads the ``alembic_version`` table directly, so the usual start (the
schema is already current) never imports Alembic. Only when there is something to do does
:func:`upgrade` load Alembic, after an automatic encrypted backup, and run every pending
revision in one transaction: either all of them apply or none does.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from companion.domain.wording import tr
from companion.storage.backup import automatic_backup
from companion.storage.engine import Database
from companion.storage.errors import (
    DatabaseCorrupt,
    DatabaseTooNew,
    MigrationFailed,
    StorageError,
    storage_error_for,
)

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

#: Every revision in ``migrations/versions``, oldest first. Append new ones here.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")

#: The revision this version of Companion writes.
HEAD_REVISION = "0007"

#: Reason given to the backup made before an upgrade.
UPGRADE_BACKUP_REASON = "before-upgrade"

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaState(enum.Enum):
    """How a database's schema relates to this version of Companion."""

    #: A new database without tables: create them.
    EMPTY = "empty"
    #: Already at :data:`HEAD_REVISION`: nothing to do.
    CURRENT = "current"
    #: Made by an older version: back up, then upgrade.
    OLDER = "older"
    #: Made by a newer version (or at a revision this version does not know): refuse.
    NEWER = "newer"


@dataclass(frozen=True)
class MigrationReport:
    """What :func:`upgrade` found and did."""

    state: SchemaState
    from_revision: str | None
    to_revision: str
    #: The automatic backup made before upgrading, if one was needed.
    backup: Path | None = None

    @property
    def changed(self) -> bool:
        """True when the schema was created or upgraded."""
        return self.state in (SchemaState.EMPTY, SchemaState.OLDER)


def stored_revisions(db: Database) -> tuple[str, ...]:
    """The revisions recorded in ``alembic_version`` (empty when there is none)."""
    with db.read() as conn:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        if not has_table:
            return ()
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    return tuple(sorted(str(row[0]) for row in rows))


def _has_other_tables(db: Database) -> bool:
    with db.read() as conn:
        (count,) = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name != 'alembic_version'"
        ).fetchone()
    return bool(count)


def schema_state(db: Database) -> SchemaState:
    """Where ``db`` stands compared with this version (reads it; never imports Alembic).

    Raises :class:`DatabaseCorrupt` for a database that has tables but no recorded revision:
    that is not something Companion wrote.
    """
    revisions = stored_revisions(db)
    if not revisions:
        if _has_other_tables(db):
            raise DatabaseCorrupt(
                tr("storage.migrate", "This file does not look like a Companion journal.")
            )
        return SchemaState.EMPTY
    if any(revision not in KNOWN_REVISIONS for revision in revisions):
        return SchemaState.NEWER
    if revisions == (HEAD_REVISION,):
        return SchemaState.CURRENT
    return SchemaState.OLDER


def upgrade(db: Database, *, backup_dir: Path) -> MigrationReport:
    """Bring ``db`` to :data:`HEAD_REVISION`.

    EMPTY: create the schema. OLDER: make an automatic backup in ``backup_dir`` first, then
    upgrade. CURRENT: nothing (Alembic is not even imported). NEWER: raise
    :class:`DatabaseTooNew` without writing anything. A failed upgrade is rolled back and
    raised as :class:`MigrationFailed` (or as the :class:`StorageError` for a disk problem).
    """
    state = schema_state(db)
    if state is SchemaState.CURRENT:
        return MigrationReport(state, HEAD_REVISION, HEAD_REVISION)
    if state is SchemaState.NEWER:
        raise DatabaseTooNew()
    revisions = stored_revisions(db)
    from_revision = revisions[-1] if revisions else None
    backup = None
    if state is SchemaState.OLDER:
        backup = automatic_backup(db, backup_dir, UPGRADE_BACKUP_REASON)
    upgrade_to(db, HEAD_REVISION)
    if schema_state(db) is not SchemaState.CURRENT:
        raise MigrationFailed()
    return MigrationReport(state, from_revision, HEAD_REVISION, backup)


def upgrade_to(db: Database, revision: str) -> None:
    """Upgrade ``db`` to ``revision`` (tests use it to make databases at older revisions)."""

    def run(config: Config) -> None:
        from alembic import command

        command.upgrade(config, revision)

    _run_alembic(db, run)


def downgrade_to(db: Database, revision: str) -> None:
    """Downgrade ``db`` to ``revision`` (``"base"`` for no tables). For tests and tooling;
    the app never downgrades."""

    def run(config: Config) -> None:
        from alembic import command

        command.downgrade(config, revision)

    _run_alembic(db, run)


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration built in code (no ``alembic.ini``), pointing at the
    migrations shipped inside the package, with ``connection`` for ``env.py``."""
    from alembic.config import Config

    config = Config()
    # Config values go through configparser interpolation, where "%" is special.
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _run_alembic(db: Database, action: Callable[[Config], None]) -> None:
    """Run an Alembic command on one connection inside one transaction.

    Foreign keys are switched off for the duration (SQLite ignores the pragma inside a
    transaction, so it happens before BEGIN): batch migrations copy and drop tables, which
    must not cascade. Before committing, ``PRAGMA foreign_key_check`` must come back clean.
    """
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                action(alembic_config(conn))
                if conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise MigrationFailed()
        except StorageError:
            raise
        except Exception as exc:
            raise (storage_error_for(exc, key_verified=True) or MigrationFailed()) from exc
        finally:
            try:
                raw.execute("PRAGMA foreign_keys = ON")
            except Exception:
                # Never hand a connection without foreign keys back to the pool.
                conn.invalidate()
