"""Revision 0003 (search over agenda items, session notes and feedback): a database at 0002
with rows in those tables upgrades without losing a row, and the rows become searchable."""

from __future__ import annotations

from pathlib import Path

from companion.storage.engine import Database
from companion.storage.migrate import HEAD_REVISION, stored_revisions, upgrade, upgrade_to

COUNTED = ("counselor", "counseling_session", "agenda_item", "feedback_note", "journal_entry")


def _counts(db: Database) -> dict[str, int]:
    with db.read() as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}


def _search(db: Database, words: str) -> list[tuple[str, int]]:
    with db.read() as conn:
        rows = conn.execute(
            "SELECT kind, ref_id FROM note_fts WHERE note_fts MATCH ? ORDER BY rowid", (words,)
        ).fetchall()
    return [(str(k), int(r)) for k, r in rows]


def test_upgrade_from_0002_keeps_rows_and_indexes_them(
    db_path: Path, key: bytes, backups_dir: Path
) -> None:
    db = Database.open(db_path, key, create=True)
    try:
        upgrade_to(db, "0002")
        with db.read() as conn:
            conn.execute(
                "INSERT INTO counselor (id, name, created_at, updated_at) "
                "VALUES (1, 'Dana', '2026-01-01 10:00:00', '2026-01-01 10:00:00')"
            )
            conn.execute(
                "INSERT INTO counseling_session (id, counselor_id, starts_at, time_zone, "
                "takeaways, to_try, not_right, created_at, updated_at) VALUES (7, 1, "
                "'2026-02-03 16:00:00', 'Europe/Berlin', 'boundaries at work', 'journaling', "
                "'felt rushed', '2026-02-03 18:00:00', '2026-02-03 18:00:00')"
            )
            conn.execute(
                "INSERT INTO agenda_item (id, counselor_id, text, created_at) "
                "VALUES (3, 1, 'talk about my sister', '2026-02-01 09:00:00')"
            )
            conn.execute(
                "INSERT INTO feedback_note (id, kind, status, body, created_at, "
                "updated_at) VALUES (5, 'concern', 'draft', 'sessions feel rushed', "
                "'2026-02-04 09:00:00', '2026-02-04 09:00:00')"
            )
        before = _counts(db)
        report = upgrade(db, backup_dir=backups_dir)
        assert report.backup is not None and report.backup.exists()
        assert stored_revisions(db) == (HEAD_REVISION,)
        assert _counts(db) == before
        assert _search(db, "sister") == [("agenda", 3)]
        assert sorted(_search(db, "rushed")) == [("feedback", 5), ("session", 7)]
        assert _search(db, "journaling") == [("session", 7)]
    finally:
        db.close()


def test_triggers_follow_edits_and_deletes(db: Database) -> None:
    with db.read() as conn:
        conn.execute(
            "INSERT INTO counselor (id, name, created_at, updated_at) "
            "VALUES (1, 'Dana', '2026-01-01 10:00:00', '2026-01-01 10:00:00')"
        )
        conn.execute(
            "INSERT INTO agenda_item (id, counselor_id, text, created_at) "
            "VALUES (3, 1, 'first wording', '2026-02-01 09:00:00')"
        )
        conn.execute("UPDATE agenda_item SET text = 'second wording' WHERE id = 3")
    assert _search(db, "first") == []
    assert _search(db, "second") == [("agenda", 3)]
    with db.read() as conn:
        conn.execute("UPDATE agenda_item SET important = 1 WHERE id = 3")
        conn.execute("DELETE FROM counselor WHERE id = 1")  # cascades to the agenda item
    assert _search(db, "second") == []
