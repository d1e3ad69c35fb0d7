"""Schema state, upgrades with a backup first, refusal of newer databases, and FTS."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, text

import companion
from companion.storage import migrate
from companion.storage.backup import list_backups, verify_backup
from companion.storage.engine import Database
from companion.storage.errors import DatabaseCorrupt, DatabaseTooNew, MigrationFailed
from companion.storage.journal_store import LIST_KEY_SHIFT
from companion.storage.migrate import (
    HEAD_REVISION,
    KNOWN_REVISIONS,
    SchemaState,
    downgrade_to,
    schema_state,
    stored_revisions,
    upgrade,
    upgrade_to,
)
from companion.storage.models import Base

from .helpers import add_entry, snapshot

REPO_ROOT = Path(companion.__file__).resolve().parent.parent


def _new(path: Path, key: bytes) -> Database:
    return Database.open(path, key, create=True)


def _insert_entry(db: Database, title: str, body: str) -> None:
    with db.session() as session:
        session.execute(
            text(
                "INSERT INTO journal_entry (created_at, updated_at, title, body) "
                "VALUES ('2026-11-01 09:00:00', '2026-11-01 09:00:00', :title, :body)"
            ),
            {"title": title, "body": body},
        )


def _search(db: Database, query: str) -> list[str]:
    with db.session() as session:
        rows = session.execute(
            text(
                "SELECT e.title FROM journal_list_fts s JOIN journal_entry e "
                "ON e.id = s.rowid & :id_bits WHERE journal_list_fts MATCH :query ORDER BY e.id"
            ),
            {"query": query, "id_bits": (1 << LIST_KEY_SHIFT) - 1},
        )
        return [row[0] for row in rows]


def _index_keys(db: Database) -> list[int]:
    """The rowids the journal's search index holds (its list keys)."""
    with db.read() as conn:
        return sorted(r[0] for r in conn.execute("SELECT rowid FROM journal_list_fts"))


def _expected_keys(db: Database) -> list[int]:
    """The list key of every entry: its day (YYYYMMDD) shifted left, plus its id."""
    with db.read() as conn:
        rows = conn.execute("SELECT id, created_at FROM journal_entry").fetchall()
    return sorted((int(str(at)[:10].replace("-", "")) << LIST_KEY_SHIFT) + i for i, at in rows)


def test_head_revision_matches_the_scripts() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert scripts.get_heads() == [HEAD_REVISION]
    walked = [script.revision for script in scripts.walk_revisions()]
    assert tuple(reversed(walked)) == KNOWN_REVISIONS
    assert KNOWN_REVISIONS[-1] == HEAD_REVISION


def test_migrations_ship_inside_the_package() -> None:
    folder = migrate.MIGRATIONS_DIR
    assert folder.parent == Path(migrate.__file__).resolve().parent
    assert (folder / "env.py").is_file()
    assert (folder / "script.py.mako").is_file()
    assert not list(folder.rglob("alembic.ini"))


def test_state_of_a_new_database_is_empty_and_upgrade_creates_everything(
    db_path: Path, key: bytes, backups_dir: Path
) -> None:
    db = _new(db_path, key)
    try:
        assert schema_state(db) is SchemaState.EMPTY
        report = upgrade(db, backup_dir=backups_dir)
        assert (report.state, report.from_revision, report.to_revision) == (
            SchemaState.EMPTY,
            None,
            HEAD_REVISION,
        )
        assert report.backup is None and report.changed
        assert list_backups(backups_dir) == []
        assert schema_state(db) is SchemaState.CURRENT
        again = upgrade(db, backup_dir=backups_dir)
        assert again.state is SchemaState.CURRENT and not again.changed
    finally:
        db.close()


def _table_shape(db: Database) -> dict[str, Any]:
    """Everything the inspector can tell about the model tables, in comparable form."""

    def squash(sql: str) -> str:
        return re.sub(r"\s+", " ", sql).strip()

    with db.engine.connect() as conn:
        inspector = inspect(conn)
        shape: dict[str, Any] = {}
        for table in sorted(Base.metadata.tables):
            shape[table] = {
                "columns": [
                    (c["name"], str(c["type"]), c["nullable"], c.get("default"))
                    for c in inspector.get_columns(table)
                ],
                "pk": inspector.get_pk_constraint(table),
                "fks": sorted(
                    (fk["name"], fk["constrained_columns"], fk["referred_table"], fk["options"])
                    for fk in inspector.get_foreign_keys(table)
                ),
                "indexes": sorted(
                    (ix["name"], ix["column_names"], ix["unique"])
                    for ix in inspector.get_indexes(table)
                ),
                "unique": sorted(
                    (uq["name"], uq["column_names"])
                    for uq in inspector.get_unique_constraints(table)
                ),
                "checks": sorted(
                    (ck["name"], squash(ck["sqltext"]))
                    for ck in inspector.get_check_constraints(table)
                ),
            }
        return shape


def _schema_sql(db: Database) -> dict[str, set[str]]:
    """Each table's and index's CREATE statement as a set of clauses (order-insensitive)."""
    with db.read() as conn:
        rows = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "AND name != 'alembic_version'"
        ).fetchall()
    return {name: {part.strip().rstrip(",") for part in sql.splitlines()} for name, sql in rows}


def test_baseline_migration_matches_the_models(tmp_path: Path, key: bytes) -> None:
    migrated = _new(tmp_path / "migrated.db", key)
    created = _new(tmp_path / "created.db", key)
    try:
        upgrade_to(migrated, "0001")
        Base.metadata.create_all(created.engine)
        assert _table_shape(migrated) == _table_shape(created)
        # The DDL itself too: catches what reflection drops, such as COLLATE NOCASE.
        assert _schema_sql(migrated) == _schema_sql(created)
        with migrated.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names()) - {"alembic_version"}
        assert tables == set(Base.metadata.tables)
    finally:
        migrated.close()
        created.close()


def test_upgrade_from_baseline_backs_up_then_indexes_old_entries(
    db_path: Path, key: bytes, backups_dir: Path
) -> None:
    db = _new(db_path, key)
    try:
        upgrade_to(db, "0001")
        _insert_entry(db, "Before search", "We talked about the café and my sister")
        _insert_entry(db, "Other", "Nothing to find here")
        assert schema_state(db) is SchemaState.OLDER

        report = upgrade(db, backup_dir=backups_dir)

        assert (report.state, report.from_revision) == (SchemaState.OLDER, "0001")
        assert report.backup is not None and report.backup.exists()
        assert [info.path for info in list_backups(backups_dir)] == [report.backup]
        assert list_backups(backups_dir)[0].reason == "before-upgrade"
        verify_backup(report.backup, key)
        assert stored_revisions(db) == (HEAD_REVISION,)
        assert _search(db, "cafe") == ["Before search"]
        assert _search(db, "sister") == ["Before search"]
    finally:
        db.close()
    with Database.open(report.backup, key) as old:
        assert stored_revisions(old) == ("0001",)


def test_search_index_follows_inserts_edits_and_deletes(db: Database) -> None:
    first = add_entry(db, "Monday", "felt anxious before work")
    add_entry(db, "Tuesday", "calmer after a walk")
    assert _search(db, "anxious") == ["Monday"]
    assert _search(db, "monday") == ["Monday"]

    with db.session() as session:
        session.execute(
            text("UPDATE journal_entry SET body = 'felt brave' WHERE id = :id"), {"id": first}
        )
        session.execute(text("UPDATE journal_entry SET mood = 5 WHERE id = :id"), {"id": first})
    assert _search(db, "anxious") == []
    assert _search(db, "brave") == ["Monday"]

    with db.session() as session:
        # a new date moves the entry to another place in the index's order
        session.execute(
            text(
                "UPDATE journal_entry SET created_at = '2025-01-02 08:00:00.000000' WHERE id = :id"
            ),
            {"id": first},
        )
    assert _search(db, "brave") == ["Monday"]
    assert _index_keys(db) == _expected_keys(db)

    with db.session() as session:
        session.execute(text("DELETE FROM journal_entry WHERE id = :id"), {"id": first})
    assert _search(db, "brave") == []
    assert _search(db, "walk") == ["Tuesday"]
    assert _index_keys(db) == _expected_keys(db)
    with db.session() as session:
        # Raises if the index and the entries disagree.
        session.execute(
            text("INSERT INTO journal_list_fts(journal_list_fts) VALUES ('integrity-check')")
        )


def test_downgrade_drops_the_search_index(db: Database) -> None:
    add_entry(db, "kept", "text")
    downgrade_to(db, "0001")
    with db.engine.connect() as conn:
        names = {
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE name LIKE 'journal_%fts%'"
            )
        }
    assert names == set()
    assert schema_state(db) is SchemaState.OLDER
    add_entry(db, "still writable", "without triggers")


def test_newer_database_is_refused_untouched(db: Database, key: bytes, tmp_path: Path) -> None:
    add_entry(db, "from the future")
    with db.session() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.close()
    before = snapshot(db.path.parent)

    reopened = Database.open(db.path, key)
    try:
        assert schema_state(reopened) is SchemaState.NEWER
        with pytest.raises(DatabaseTooNew) as caught:
            upgrade(reopened, backup_dir=tmp_path / "backups")
    finally:
        reopened.close()

    assert "newer version of Companion" in str(caught.value)
    assert snapshot(db.path.parent) == before
    assert not (tmp_path / "backups").exists()


def test_tables_without_a_revision_are_not_taken_for_a_journal(
    db_path: Path, key: bytes, backups_dir: Path
) -> None:
    db = _new(db_path, key)
    try:
        with db.session() as session:
            session.execute(text("CREATE TABLE something_else (x)"))
        with pytest.raises(DatabaseCorrupt):
            upgrade(db, backup_dir=backups_dir)
    finally:
        db.close()


def test_a_failing_upgrade_changes_nothing(db_path: Path, key: bytes, backups_dir: Path) -> None:
    db = _new(db_path, key)
    try:
        upgrade_to(db, "0001")
        _insert_entry(db, "safe", "body")
        with db.session() as session:
            # Makes revision 0002 fail half way: its first trigger name is taken.
            session.execute(
                text(
                    "CREATE TRIGGER journal_fts_after_insert AFTER INSERT ON tag "
                    "BEGIN SELECT 1; END"
                )
            )
        with pytest.raises(MigrationFailed):
            upgrade(db, backup_dir=backups_dir)
        assert stored_revisions(db) == ("0001",)
        with db.engine.connect() as conn:
            leftovers = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE name LIKE 'journal_fts%' AND type = 'table'"
            ).all()
            assert leftovers == []
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert len(list_backups(backups_dir)) == 1
    finally:
        db.close()


def test_migrations_run_in_one_transaction_with_foreign_keys_off(db: Database) -> None:
    seen: list[tuple[int, bool]] = []

    def action(config: Any) -> None:
        conn = config.attributes["connection"]
        seen.append((conn.exec_driver_sql("PRAGMA foreign_keys").scalar(), conn.in_transaction()))

    migrate._run_alembic(db, action)

    assert seen == [(0, True)]
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_current_database_starts_without_importing_alembic(
    db: Database, key: bytes, backups_dir: Path
) -> None:
    db.close()
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path

        from companion.storage.engine import Database
        from companion.storage.migrate import SchemaState, upgrade

        key = bytes.fromhex(sys.stdin.read().strip())
        db = Database.open(Path(sys.argv[1]), key)
        report = upgrade(db, backup_dir=Path(sys.argv[2]))
        db.close()
        assert report.state is SchemaState.CURRENT, report
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("alembic", "mako"))
        print("loaded:", loaded)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", script, str(db.path), str(backups_dir)],
        input=key.hex(),
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO_ROOT,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "loaded: []"
