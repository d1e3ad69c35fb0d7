"""Earlier versions of journal entries, and recently deleted entries.

Revision ID: 0004
Revises: 0003
Created: 2026-12-03

``journal_entry_version`` keeps what an entry held before each save: its title, text, mood,
tags (one per line), flags, when that version was saved (``saved_at``) and when the next save
replaced it (``replaced_at``, which is what the retention period counts from). A version
belongs either to a live entry (``entry_id``) or, once that entry is deleted, to its row in
``deleted_journal_entry`` (``deleted_id``), which holds the entry as it was, with the id it
had, its times and when it was deleted. Deleting such a row removes its versions with it.
Neither table is searched: the full-text indexes cover only the live tables.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_CONTENT = """
        title VARCHAR(200) NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        mood INTEGER,
        tags TEXT NOT NULL DEFAULT '',
        private BOOLEAN NOT NULL DEFAULT 0,
        bring_to_session BOOLEAN NOT NULL DEFAULT 0,
        CHECK (mood BETWEEN 0 AND 10)
"""

UPGRADE = (
    f"""
    CREATE TABLE deleted_journal_entry (
        id INTEGER NOT NULL PRIMARY KEY,
        entry_id INTEGER NOT NULL,
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL,
        deleted_at DATETIME NOT NULL,
        {_CONTENT}
    )
    """,
    "CREATE INDEX ix_deleted_journal_entry_deleted_at ON deleted_journal_entry (deleted_at)",
    f"""
    CREATE TABLE journal_entry_version (
        id INTEGER NOT NULL PRIMARY KEY,
        entry_id INTEGER REFERENCES journal_entry (id) ON DELETE SET NULL,
        deleted_id INTEGER REFERENCES deleted_journal_entry (id) ON DELETE CASCADE,
        saved_at DATETIME NOT NULL,
        replaced_at DATETIME NOT NULL,
        {_CONTENT}
    )
    """,
    "CREATE INDEX ix_journal_entry_version_entry_id ON journal_entry_version (entry_id)",
    "CREATE INDEX ix_journal_entry_version_deleted_id ON journal_entry_version (deleted_id)",
    "CREATE INDEX ix_journal_entry_version_replaced_at ON journal_entry_version (replaced_at)",
)

DOWNGRADE = (
    "DROP TABLE IF EXISTS journal_entry_version",
    "DROP TABLE IF EXISTS deleted_journal_entry",
)


def upgrade() -> None:
    for statement in UPGRADE:
        op.execute(statement)


def downgrade() -> None:
    for statement in DOWNGRADE:
        op.execute(statement)
