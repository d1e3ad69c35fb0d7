"""Full-text search over journal entries (FTS5).

Revision ID: 0002
Revises: 0001
Created: 2026-11-25

``journal_fts`` is an external-content FTS5 table: it stores only the index, the text stays in
``journal_entry``, and triggers keep the two in step. Its rowid is the entry id. Diacritics are
ignored when matching ("cafe" finds "café"). FTS5's ``secure-delete`` option removes the
tokens of deleted or edited entries from the index at once, in keeping with
``PRAGMA secure_delete``. Existing entries are indexed by a ``rebuild``.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

UPGRADE = (
    """
    CREATE VIRTUAL TABLE journal_fts USING fts5(
        title,
        body,
        content='journal_entry',
        content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    )
    """,
    "INSERT INTO journal_fts(journal_fts, rank) VALUES ('secure-delete', 1)",
    """
    CREATE TRIGGER journal_fts_after_insert AFTER INSERT ON journal_entry BEGIN
        INSERT INTO journal_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END
    """,
    """
    CREATE TRIGGER journal_fts_after_delete AFTER DELETE ON journal_entry BEGIN
        INSERT INTO journal_fts(journal_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
    END
    """,
    # Only edits of the indexed text touch the index (not mood or flag changes).
    """
    CREATE TRIGGER journal_fts_after_update AFTER UPDATE OF id, title, body ON journal_entry
    BEGIN
        INSERT INTO journal_fts(journal_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO journal_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END
    """,
    "INSERT INTO journal_fts(journal_fts) VALUES ('rebuild')",
)

DOWNGRADE = (
    "DROP TRIGGER IF EXISTS journal_fts_after_update",
    "DROP TRIGGER IF EXISTS journal_fts_after_delete",
    "DROP TRIGGER IF EXISTS journal_fts_after_insert",
    "DROP TABLE IF EXISTS journal_fts",
)


def upgrade() -> None:
    for statement in UPGRADE:
        op.execute(statement)


def downgrade() -> None:
    for statement in DOWNGRADE:
        op.execute(statement)
