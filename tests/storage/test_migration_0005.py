"""Revision 0005 (the journal's search index in list order): a database at 0004 upgrades
without losing a row, every entry is indexed under its list key, searches find what they
found before, and a downgrade brings back revision 0004's index."""

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

COUNTED = (
    "journal_entry",
    "tag",
    "entry_tag",
    "journal_entry_version",
    "deleted_journal_entry",
    "counselor",
    "feedback_note",
)

#: (id, created_at, title, body): ids out of date order, as imports and restores leave them
ENTRIES = (
    (3, "2026-03-01 09:00:00.000000", "Before the index", "the walk by the river helped"),
    (9, "2024-07-15 21:30:00.000000", "Older", "a café on the river, and my sister"),
    (5, "2026-03-01 09:00:00.500000", "", 'Rivers and streams; NEAR OR AND "quotes" 🙂'),
    (12, "2025-12-31 23:59:59.999999", "Late", "nothing here"),
)


def _fill_at_0004(db: Database) -> None:
    with db.read() as conn:
        for entry in ENTRIES:
            conn.execute(
                "INSERT INTO journal_entry (id, created_at, updated_at, title, body) "
                "VALUES (?, ?, ?2, ?3, ?4)",
                entry,
            )
        conn.execute("INSERT INTO tag (id, name) VALUES (1, 'calm')")
        conn.execute("INSERT INTO entry_tag (entry_id, tag_id) VALUES (3, 1)")
        conn.execute(
            "INSERT INTO journal_entry_version (entry_id, saved_at, replaced_at, title, body) "
            "VALUES (3, '2026-03-01 09:00:00', '2026-03-02 09:00:00', 'v1', 'first words')"
        )
        conn.execute(
            "INSERT INTO counselor (id, name, created_at, updated_at) "
            "VALUES (1, 'Dana', '2026-01-01 10:00:00', '2026-01-01 10:00:00')"
        )
        conn.execute(
            "INSERT INTO feedback_note (id, kind, status, body, created_at, updated_at) "
            "VALUES (5, 'concern', 'draft', 'felt rushed', '2026-02-04 09:00:00', "
            "'2026-02-04 09:00:00')"
        )
        conn.commit()


def _rows(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """Each counted table's rows, in the columns it had at revision 0004 (later revisions
    may add columns)."""
    with db.read() as conn:
        found = {}
        for t in COUNTED:
            columns = ", ".join(_COLUMNS_AT_0004.get(t, ["*"]))
            found[t] = conn.execute(f"SELECT {columns} FROM {t} ORDER BY 1").fetchall()
        return found


_COLUMNS_AT_0004 = {
    "journal_entry_version": [
        "id", "entry_id", "deleted_id", "saved_at", "replaced_at", "title", "body", "mood",
        "tags", "private", "bring_to_session",
    ]
}  # fmt: skip


def _found(db: Database, table: str, query: str) -> list[int]:
    with db.read() as conn:
        rows = conn.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ?", (query,)).fetchall()
    bits = (1 << LIST_KEY_SHIFT) - 1 if table == "journal_list_fts" else -1
    return sorted(r[0] & bits for r in rows)


def _names(db: Database) -> set[str]:
    with db.read() as conn:
        return {
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE name LIKE 'journal_%fts%' AND type = 'table'"
            )
        }


def test_upgrade_from_0004_keeps_every_row_and_indexes_in_list_order(
    db_path: Path, key: bytes, backups_dir: Path
) -> None:
    db = Database.open(db_path, key, create=True)
    try:
        upgrade_to(db, "0004")
        _fill_at_0004(db)
        before = _rows(db)
        found_before = {q: _found(db, "journal_fts", q) for q in ("river*", "cafe", "sister")}

        report = upgrade(db, backup_dir=backups_dir)

        assert report.from_revision == "0004"
        assert report.backup is not None and report.backup.exists()
        assert stored_revisions(db) == (HEAD_REVISION,)
        assert _rows(db) == before
        assert _names(db) == {
            "journal_list_fts",
            "journal_list_fts_data",
            "journal_list_fts_idx",
            "journal_list_fts_docsize",
            "journal_list_fts_config",
        }
        for query, ids in found_before.items():
            assert _found(db, "journal_list_fts", query) == ids
        with db.read() as conn:
            keys = [r[0] for r in conn.execute("SELECT rowid FROM journal_list_fts")]
            newest_first = [
                r[0]
                for r in conn.execute(
                    "SELECT rowid FROM journal_list_fts WHERE journal_list_fts MATCH 'river*' "
                    "ORDER BY rowid DESC"
                )
            ]
        assert sorted(keys) == sorted(
            (int(at[:10].replace("-", "")) << LIST_KEY_SHIFT) + i for i, at, _t, _b in ENTRIES
        )
        # newest day first: 2026-03-01 (ids 5 and 3), then 2024-07-15 (id 9)
        assert [k >> LIST_KEY_SHIFT for k in newest_first] == [20260301, 20260301, 20240715]
    finally:
        db.close()


def test_downgrade_to_0004_brings_back_its_index(db_path: Path, key: bytes) -> None:
    db = Database.open(db_path, key, create=True)
    try:
        upgrade_to(db, "0004")
        _fill_at_0004(db)
        upgrade_to(db, "0005")
        before = _rows(db)

        downgrade_to(db, "0004")

        assert stored_revisions(db) == ("0004",)
        assert _rows(db) == before
        assert "journal_list_fts" not in _names(db)
        assert _found(db, "journal_fts", "river*") == [3, 5, 9]
        with db.read() as conn:
            conn.execute("INSERT INTO journal_fts(journal_fts) VALUES ('integrity-check')")
    finally:
        db.close()
