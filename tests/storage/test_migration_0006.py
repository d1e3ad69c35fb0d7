"""Revision 0006 (sync's bookkeeping): a database at 0005 upgrades without losing a row, the
new tables start empty, and existing versions of entries are not marked as from another
computer."""

from __future__ import annotations

from pathlib import Path

from companion.storage.engine import Database
from companion.storage.migrate import (
    HEAD_REVISION,
    downgrade_to,
    stored_revisions,
    upgrade,
    upgrade_to,
)


def test_upgrade_from_0005_keeps_rows_and_adds_empty_sync_tables(
    db_path: Path, key: bytes, backups_dir: Path
) -> None:
    db = Database.open(db_path, key, create=True)
    try:
        upgrade_to(db, "0005")
        with db.read() as conn:
            conn.execute(
                "INSERT INTO journal_entry (id, created_at, updated_at, title, body) "
                "VALUES (3, '2026-03-01 09:00:00', '2026-03-02 09:00:00', 'Walk', 'river')"
            )
            conn.execute(
                "INSERT INTO journal_entry_version (entry_id, saved_at, replaced_at, title, body) "
                "VALUES (3, '2026-03-01 09:00:00', '2026-03-02 09:00:00', 'Walk', 'first')"
            )
            conn.commit()

        report = upgrade(db, backup_dir=backups_dir)

        assert report.from_revision == "0005"
        assert stored_revisions(db) == (HEAD_REVISION,)
        with db.read() as conn:
            for table in ("sync_record", "sync_applied", "sync_outbox"):
                assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
            assert conn.execute(
                "SELECT body, other_computer FROM journal_entry_version"
            ).fetchall() == [("first", 0)]
            assert conn.execute("SELECT body FROM journal_entry").fetchall() == [("river",)]

        downgrade_to(db, "0005")
        with db.read() as conn:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            assert not {"sync_record", "sync_applied", "sync_outbox"} & names
            assert conn.execute("SELECT body FROM journal_entry_version").fetchall() == [("first",)]
    finally:
        db.close()
