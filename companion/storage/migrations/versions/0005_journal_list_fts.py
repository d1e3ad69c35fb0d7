"""The journal's search index keeps its entries in the order the list shows them.

Revision ID: 0005
Revises: 0004
Created: 2026-12-04

Search as you type shows the newest matching entries first. With ``journal_fts`` (revision
0002), whose rowid is the entry id, every search had to find *all* matching entries, look up
their dates and sort them before the first page could be shown: for a one-letter prefix over
20 years of entries that is tens of milliseconds per keystroke.

``journal_list_fts`` replaces it. It is a contentless FTS5 table (it stores only the index, as
``journal_fts`` did; the text stays in ``journal_entry``) whose rowid is a *list key*: the day
the entry was written (``YYYYMMDD`` as a number) shifted left by :data:`KEY_SHIFT` bits, plus
the entry id. Reading the matches in descending rowid order therefore reads them newest day
first, and a search can stop after the first page (only the entries of one day need sorting
by their exact time). ``prefix='1 2 3'`` adds ready-made lists for prefixes of one to three
characters, so the word being typed does not make FTS5 merge the lists of every word that
starts with it.

As before: diacritics are ignored, ``secure-delete`` removes the words of edited and deleted
entries from the index at once (the triggers hand FTS5 the old text to remove), and triggers
keep the index in step with the entries (now also when an entry's date changes). Existing
entries are indexed here.
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

#: Bits of the list key that hold the entry id (ids stay far below 2**37).
KEY_SHIFT = 37


def _key(row: str) -> str:
    """SQL for the list key of ``row`` (``new`` or ``old`` in a trigger, or a table alias)."""
    return (
        f"((CAST(substr({row}.created_at, 1, 4) || substr({row}.created_at, 6, 2) || "
        f"substr({row}.created_at, 9, 2) AS INTEGER) << {KEY_SHIFT}) + {row}.id)"
    )


UPGRADE = (
    "DROP TRIGGER journal_fts_after_update",
    "DROP TRIGGER journal_fts_after_delete",
    "DROP TRIGGER journal_fts_after_insert",
    "DROP TABLE journal_fts",
    """
    CREATE VIRTUAL TABLE journal_list_fts USING fts5(
        title,
        body,
        content='',
        tokenize='unicode61 remove_diacritics 2',
        prefix='1 2 3'
    )
    """,
    "INSERT INTO journal_list_fts(journal_list_fts, rank) VALUES ('secure-delete', 1)",
    f"""
    CREATE TRIGGER journal_list_fts_after_insert AFTER INSERT ON journal_entry BEGIN
        INSERT INTO journal_list_fts(rowid, title, body)
        VALUES ({_key("new")}, new.title, new.body);
    END
    """,
    f"""
    CREATE TRIGGER journal_list_fts_after_delete AFTER DELETE ON journal_entry BEGIN
        INSERT INTO journal_list_fts(journal_list_fts, rowid, title, body)
        VALUES ('delete', {_key("old")}, old.title, old.body);
    END
    """,
    # Only edits of the indexed text or of the key touch the index (not mood or flag changes).
    f"""
    CREATE TRIGGER journal_list_fts_after_update
    AFTER UPDATE OF id, created_at, title, body ON journal_entry BEGIN
        INSERT INTO journal_list_fts(journal_list_fts, rowid, title, body)
        VALUES ('delete', {_key("old")}, old.title, old.body);
        INSERT INTO journal_list_fts(rowid, title, body)
        VALUES ({_key("new")}, new.title, new.body);
    END
    """,
    f"INSERT INTO journal_list_fts(rowid, title, body) SELECT {_key('e')}, e.title, e.body "
    "FROM journal_entry e",
)

#: Back to revision 0004's index (rebuilt from the entries).
DOWNGRADE = (
    "DROP TRIGGER IF EXISTS journal_list_fts_after_update",
    "DROP TRIGGER IF EXISTS journal_list_fts_after_delete",
    "DROP TRIGGER IF EXISTS journal_list_fts_after_insert",
    "DROP TABLE IF EXISTS journal_list_fts",
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


def upgrade() -> None:
    for statement in UPGRADE:
        op.execute(statement)


def downgrade() -> None:
    for statement in DOWNGRADE:
        op.execute(statement)
