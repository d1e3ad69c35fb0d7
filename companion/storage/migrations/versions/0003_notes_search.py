"""Full-text search over agenda items, session notes and feedback notes (FTS5).

Revision ID: 0003
Revises: 0002
Created: 2026-11-25

``note_fts`` holds the searchable text of three tables in one index, so that one query finds
them all. Its rowid encodes where a row comes from: ``id * 4 + kind`` with kind 1 for an
agenda item, 2 for the notes of a counseling session (takeaways, what to try, what did not
feel right) and 3 for a feedback note; ``kind`` and ``ref_id`` are stored too, unindexed, for
reading. Triggers keep it in step; ``secure-delete`` removes old text from the index at once.
Existing rows are indexed when the migration runs.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

AGENDA, SESSION, FEEDBACK = 1, 2, 3
_SESSION_TEXT = "new.takeaways || char(10) || new.to_try || char(10) || new.not_right"

UPGRADE = (
    """
    CREATE VIRTUAL TABLE note_fts USING fts5(
        kind UNINDEXED,
        ref_id UNINDEXED,
        body,
        tokenize='unicode61 remove_diacritics 2'
    )
    """,
    "INSERT INTO note_fts(note_fts, rank) VALUES ('secure-delete', 1)",
    # agenda items
    f"""
    CREATE TRIGGER note_fts_agenda_insert AFTER INSERT ON agenda_item BEGIN
        INSERT INTO note_fts(rowid, kind, ref_id, body)
        VALUES (new.id * 4 + {AGENDA}, 'agenda', new.id, new.text);
    END
    """,
    f"""
    CREATE TRIGGER note_fts_agenda_update AFTER UPDATE OF text ON agenda_item BEGIN
        DELETE FROM note_fts WHERE rowid = old.id * 4 + {AGENDA};
        INSERT INTO note_fts(rowid, kind, ref_id, body)
        VALUES (new.id * 4 + {AGENDA}, 'agenda', new.id, new.text);
    END
    """,
    f"""
    CREATE TRIGGER note_fts_agenda_delete AFTER DELETE ON agenda_item BEGIN
        DELETE FROM note_fts WHERE rowid = old.id * 4 + {AGENDA};
    END
    """,
    # notes after a session
    f"""
    CREATE TRIGGER note_fts_session_insert AFTER INSERT ON counseling_session BEGIN
        INSERT INTO note_fts(rowid, kind, ref_id, body)
        VALUES (new.id * 4 + {SESSION}, 'session', new.id, {_SESSION_TEXT});
    END
    """,
    f"""
    CREATE TRIGGER note_fts_session_update
    AFTER UPDATE OF takeaways, to_try, not_right ON counseling_session BEGIN
        DELETE FROM note_fts WHERE rowid = old.id * 4 + {SESSION};
        INSERT INTO note_fts(rowid, kind, ref_id, body)
        VALUES (new.id * 4 + {SESSION}, 'session', new.id, {_SESSION_TEXT});
    END
    """,
    f"""
    CREATE TRIGGER note_fts_session_delete AFTER DELETE ON counseling_session BEGIN
        DELETE FROM note_fts WHERE rowid = old.id * 4 + {SESSION};
    END
    """,
    # feedback notes
    f"""
    CREATE TRIGGER note_fts_feedback_insert AFTER INSERT ON feedback_note BEGIN
        INSERT INTO note_fts(rowid, kind, ref_id, body)
        VALUES (new.id * 4 + {FEEDBACK}, 'feedback', new.id, new.body);
    END
    """,
    f"""
    CREATE TRIGGER note_fts_feedback_update AFTER UPDATE OF body ON feedback_note BEGIN
        DELETE FROM note_fts WHERE rowid = old.id * 4 + {FEEDBACK};
        INSERT INTO note_fts(rowid, kind, ref_id, body)
        VALUES (new.id * 4 + {FEEDBACK}, 'feedback', new.id, new.body);
    END
    """,
    f"""
    CREATE TRIGGER note_fts_feedback_delete AFTER DELETE ON feedback_note BEGIN
        DELETE FROM note_fts WHERE rowid = old.id * 4 + {FEEDBACK};
    END
    """,
    # what was there before
    f"""
    INSERT INTO note_fts(rowid, kind, ref_id, body)
    SELECT id * 4 + {AGENDA}, 'agenda', id, text FROM agenda_item
    """,
    f"""
    INSERT INTO note_fts(rowid, kind, ref_id, body)
    SELECT id * 4 + {SESSION}, 'session', id,
           takeaways || char(10) || to_try || char(10) || not_right
    FROM counseling_session
    """,
    f"""
    INSERT INTO note_fts(rowid, kind, ref_id, body)
    SELECT id * 4 + {FEEDBACK}, 'feedback', id, body FROM feedback_note
    """,
)

_TRIGGERS = [
    f"note_fts_{table}_{event}"
    for table in ("agenda", "session", "feedback")
    for event in ("insert", "update", "delete")
]
DOWNGRADE = (
    *(f"DROP TRIGGER IF EXISTS {name}" for name in _TRIGGERS),
    "DROP TABLE IF EXISTS note_fts",
)


def upgrade() -> None:
    for statement in UPGRADE:
        op.execute(statement)


def downgrade() -> None:
    for statement in DOWNGRADE:
        op.execute(statement)
