"""Files kept with journal entries.

Revision ID: 0007
Revises: 0006
Created: 2026-12-04

``attachment_blob`` holds each file's bytes once, named by their SHA-256 (``digest``), with
its media type, size, an image's dimensions and the small pictures the app made of it
(``thumbnail`` for the strip under the editor, ``preview`` for reading); the bytes come last in
the row, so that reading the other columns never reads them. ``entry_attachment`` says which
entry holds which file, under what name and in what place; like an entry's versions, a row
follows its entry among the recently deleted ones (``deleted_id``) and back.
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

UPGRADE = (
    """
    CREATE TABLE attachment_blob (
        digest CHAR(64) NOT NULL PRIMARY KEY,
        media_type VARCHAR(100) NOT NULL,
        size INTEGER NOT NULL,
        width INTEGER,
        height INTEGER,
        thumbnail BLOB,
        preview BLOB,
        data BLOB NOT NULL
    )
    """,
    """
    CREATE TABLE entry_attachment (
        id INTEGER NOT NULL PRIMARY KEY,
        entry_id INTEGER REFERENCES journal_entry (id) ON DELETE SET NULL,
        deleted_id INTEGER REFERENCES deleted_journal_entry (id) ON DELETE CASCADE,
        digest CHAR(64) NOT NULL REFERENCES attachment_blob (digest),
        name VARCHAR(255) NOT NULL,
        position INTEGER NOT NULL DEFAULT 0,
        added_at DATETIME NOT NULL,
        in_summary BOOLEAN NOT NULL DEFAULT 0
    )
    """,
    "CREATE INDEX ix_entry_attachment_entry_id ON entry_attachment (entry_id)",
    "CREATE INDEX ix_entry_attachment_deleted_id ON entry_attachment (deleted_id)",
    "CREATE INDEX ix_entry_attachment_digest ON entry_attachment (digest)",
)

DOWNGRADE = (
    "DROP TABLE IF EXISTS entry_attachment",
    "DROP TABLE IF EXISTS attachment_blob",
)


def upgrade() -> None:
    for statement in UPGRADE:
        op.execute(statement)


def downgrade() -> None:
    for statement in DOWNGRADE:
        op.execute(statement)
