"""Revision 0004 (earlier versions of entries, recently deleted entries): a database at 0003
with entries upgrades without losing a row, the entries keep their search index, and the new
tables start empty and are not searched."""

from __future__ import annotations

from pathlib import Path

from companion.storage.engine import Database
from companion.storage.journal_store import LIST_KEY_SHIFT
from companion.storage.migrate import (
    HEAD_REVISION,
    downgrade_to,
    stored_revisions,
    upgrade,
    upgrade_to,
)

COUNTED = ("journal_entry", "tag", "entry_tag", "counselor", "feedback_note")


def _counts(db: Database) -> dict[str, int]:
    with db.read() as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}


def _fill_at_0003(db: Database) -> None:
    with db.read() as conn:
        conn.execute(
            "INSERT INTO journal_entry (id, created_at, updated_at, title, body, mood, private) "
            "VALUES (4, '2026-03-01 09:00:00', '2026-03-02 10:00:00', 'Before history', "
            "'the walk by the river helped', 6, 1)"
        )
        conn.execute("INSERT INTO tag (id, name) VALUES (1, 'calm')")
        conn.execute("INSERT INTO entry_tag (entry_id, tag_id) VALUES (4, 1)")
        conn.execute(
            "INSERT INTO counselor (id, name, created_at, updated_at) "
            "VALUES (1, 'Dana', '2026-01-01 10:00:00', '2026-01-01 10:00:00')"
        )
        conn.execute(
            "INSERT INTO feedback_note (id, kind, status, body, created_at, updated_at) "
            "VALUES (5, 'concern', 'draft', 'felt rushed', '2026-02-04 09:00:00', "
            "'2026-02-04 09:00:00')"
        )


def test_upgrade_from_0003_keeps_rows_and_adds_empty_history(
    db_path: Path, key: bytes, backups_dir: Path
) -> None:
    db = Database.open(db_path, key, create=True)
    try:
        upgrade_to(db, "0003")
        _fill_at_0003(db)
        before = _counts(db)

        report = upgrade(db, backup_dir=backups_dir)

        assert report.from_revision == "0003"
        assert report.backup is not None and report.backup.exists()
        assert stored_revisions(db) == (HEAD_REVISION,)
        assert _counts(db) == before
        with db.read() as conn:
            assert conn.execute("SELECT count(*) FROM journal_entry_version").fetchone() == (0,)
            assert conn.execute("SELECT count(*) FROM deleted_journal_entry").fetchone() == (0,)
            found = conn.execute(
                "SELECT rowid & ? FROM journal_list_fts WHERE journal_list_fts MATCH 'river'",
                ((1 << LIST_KEY_SHIFT) - 1,),
            ).fetchall()
            assert [r[0] for r in found] == [4]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()


def test_the_new_tables_follow_the_entries_they_belong_to(db: Database) -> None:
    """A version's entry going away leaves it to be pruned; a deleted entry going away takes
    its versions with it."""
    with db.read() as conn:
        conn.execute(
            "INSERT INTO journal_entry (id, created_at, updated_at, title, body) "
            "VALUES (1, '2026-03-01 09:00:00', '2026-03-01 09:00:00', 't', 'b')"
        )
        conn.execute(
            "INSERT INTO deleted_journal_entry (id, entry_id, created_at, updated_at, "
            "deleted_at, body) VALUES (9, 2, '2026-03-01 09:00:00', '2026-03-01 09:00:00', "
            "'2026-03-03 09:00:00', 'gone')"
        )
        conn.execute(
            "INSERT INTO journal_entry_version (entry_id, saved_at, replaced_at, body) "
            "VALUES (1, '2026-03-01 09:00:00', '2026-03-01 10:00:00', 'older')"
        )
        conn.execute(
            "INSERT INTO journal_entry_version (deleted_id, saved_at, replaced_at, body) "
            "VALUES (9, '2026-03-01 09:00:00', '2026-03-01 10:00:00', 'older still')"
        )
        conn.execute("DELETE FROM journal_entry WHERE id = 1")
        conn.execute("DELETE FROM deleted_journal_entry WHERE id = 9")
        rows = conn.execute("SELECT entry_id, deleted_id, body FROM journal_entry_version")
        assert rows.fetchall() == [(None, None, "older")]


def test_downgrade_to_0003_drops_the_history_tables(db: Database) -> None:
    downgrade_to(db, "0003")
    with db.read() as conn:
        names = {
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE name LIKE '%journal_entry_version%' "
                "OR name LIKE 'deleted_journal_entry%'"
            )
        }
    assert names == set()
