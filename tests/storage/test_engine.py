"""Opening, keying, checking and closing the encrypted database."""

from __future__ import annotations

import re
import secrets
import statistics
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from sqlalchemy import event, text

from companion.storage.engine import Database
from companion.storage.errors import (
    DatabaseClosed,
    DatabaseCorrupt,
    DatabaseMissing,
    StorageError,
    WrongKeyError,
)
from companion.storage.migrate import upgrade

from .helpers import PAGE_SIZE, add_entry, copy_files, entry_titles, flip_byte, snapshot


def test_create_then_reopen_keeps_data(db_path: Path, key: bytes, backups_dir: Path) -> None:
    db = Database.open(db_path, key, create=True)
    upgrade(db, backup_dir=backups_dir)
    add_entry(db, "first")
    db.close()

    reopened = Database.open(db_path, key)
    try:
        assert entry_titles(reopened) == ["first"]
        assert reopened.path == db_path
    finally:
        reopened.close()


def test_new_file_is_private_to_its_owner(db: Database) -> None:
    assert db.path.stat().st_mode & 0o077 == 0


def test_create_never_replaces_an_existing_database(db: Database, key: bytes) -> None:
    add_entry(db, "keep me")
    db.close()
    again = Database.open(db.path, key, create=True)
    try:
        assert entry_titles(again) == ["keep me"]
    finally:
        again.close()


def test_missing_file_is_not_created(db_path: Path, key: bytes) -> None:
    with pytest.raises(DatabaseMissing):
        Database.open(db_path, key)
    assert not db_path.exists()
    assert list(db_path.parent.iterdir()) == []


def test_empty_file_is_missing_unless_creating(db_path: Path, key: bytes) -> None:
    db_path.touch()
    with pytest.raises(DatabaseMissing):
        Database.open(db_path, key)
    assert db_path.read_bytes() == b""


def test_wrong_key_is_refused_and_nothing_changes(db: Database) -> None:
    add_entry(db, "secret")
    db.close()
    before = snapshot(db.path.parent)

    with pytest.raises(WrongKeyError) as caught:
        Database.open(db.path, secrets.token_bytes(32))
    with pytest.raises(WrongKeyError):
        Database.open(db.path, secrets.token_bytes(32), create=True)

    assert snapshot(db.path.parent) == before
    assert "key" in str(caught.value)


def test_wrong_key_with_a_wal_left_by_a_crash(db: Database, key: bytes, tmp_path: Path) -> None:
    """A copy taken while the database is open looks like a crash: data only in the WAL."""
    add_entry(db, "only in the wal")
    crashed = tmp_path / "crashed"
    names = [db.path.name, db.path.name + "-wal"]
    copy_files(db.path.parent, crashed, names)
    assert (crashed / names[1]).stat().st_size > 0
    before = snapshot(crashed)

    with pytest.raises(WrongKeyError):
        Database.open(crashed / db.path.name, secrets.token_bytes(32))
    assert snapshot(crashed) == before

    recovered = Database.open(crashed / db.path.name, key)
    try:
        assert entry_titles(recovered) == ["only in the wal"]
    finally:
        recovered.close()


def test_not_a_database_is_a_wrong_key(db_path: Path, key: bytes) -> None:
    db_path.write_bytes(b"SQLite format 3\x00" + bytes(8000))
    with pytest.raises(WrongKeyError):
        Database.open(db_path, key)


def test_key_must_be_32_raw_bytes(db_path: Path) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        Database.open(db_path, b"short", create=True)
    with pytest.raises(ValueError):
        Database.open(db_path, "0" * 64, create=True)  # type: ignore[arg-type]
    assert not db_path.exists()


def test_flipped_byte_in_page_two_is_corrupt(db: Database, key: bytes) -> None:
    add_entry(db, "entry", "body " * 200)
    db.close()
    assert db.path.stat().st_size > 3 * PAGE_SIZE
    flip_byte(db.path, PAGE_SIZE + PAGE_SIZE // 2)

    with pytest.raises(DatabaseCorrupt) as caught:
        Database.open(db.path, key)
    assert "damaged" in str(caught.value)


def test_pragmas_are_in_effect_on_every_connection(db: Database) -> None:
    expected = {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "secure_delete": 1,
        "temp_store": 2,
        "cipher_log_level": "NONE",
    }
    with db.engine.connect() as first, db.engine.connect() as second:
        assert first.connection.driver_connection is not second.connection.driver_connection
        for conn in (first, second):
            for name, value in expected.items():
                assert conn.exec_driver_sql(f"PRAGMA {name}").scalar() == value, name
    with db.session() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_only_a_raw_key_pragma_is_ever_sent(
    db_path: Path, key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No passphrase-style or empty key (as the pysqlcipher dialect would send) ever runs."""
    statements: list[str] = []
    real_connect = sqlcipher3.connect

    def traced_connect(*args: Any, **kwargs: Any) -> Any:
        conn = real_connect(*args, **kwargs)
        conn.set_trace_callback(statements.append)
        return conn

    monkeypatch.setattr(sqlcipher3, "connect", traced_connect)
    db = Database.open(db_path, key, create=True)
    upgrade(db, backup_dir=db_path.parent / "backups")
    seen_by_sqlalchemy: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: seen_by_sqlalchemy.append(a[2]))
    add_entry(db, "x")
    db.close()

    keying = re.compile(
        r"pragma\s+(\w+\.)?(hex)?(re)?key\b|\bkey\s*=|\battach\s+(database\b|')", re.IGNORECASE
    )
    key_statements = [s for s in statements if keying.search(s)]
    assert key_statements
    assert all(s == f"PRAGMA key = \"x'{key.hex()}'\"" for s in key_statements)
    assert statements[0] == key_statements[0]
    assert not any(keying.search(s) for s in seen_by_sqlalchemy)
    assert key.hex() not in " ".join(seen_by_sqlalchemy)


def test_session_commits_on_success_and_rolls_back_on_error(db: Database) -> None:
    add_entry(db, "kept")
    with pytest.raises(RuntimeError), db.session() as session:
        session.execute(
            text(
                "INSERT INTO journal_entry (created_at, updated_at, title) "
                "VALUES ('2026-01-01', '2026-01-01', 'lost')"
            )
        )
        raise RuntimeError("boom")
    assert entry_titles(db) == ["kept"]


def test_sessions_work_from_a_worker_thread(db: Database) -> None:
    results: list[list[str]] = []

    def work() -> None:
        add_entry(db, "from a thread")
        results.append(entry_titles(db))

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=30)
    assert results == [["from a thread"]]
    assert entry_titles(db) == ["from a thread"]


def test_close_is_final_and_idempotent(db: Database) -> None:
    add_entry(db, "x")
    db.close()
    db.close()
    assert not db.is_open
    assert not db.path.with_name(db.path.name + "-wal").exists()
    for use in (lambda: db.engine, db.checkpoint, lambda: db.session().__enter__()):
        with pytest.raises(DatabaseClosed) as caught:
            use()
        assert isinstance(caught.value, StorageError)
    assert "closed" in repr(db)


def test_checkpoint_empties_the_wal(db: Database) -> None:
    add_entry(db, "x")
    wal = db.path.with_name(db.path.name + "-wal")
    assert wal.stat().st_size > 0
    assert db.checkpoint() is True
    assert wal.stat().st_size == 0


def test_open_is_fast_for_a_small_database(db: Database, key: bytes) -> None:
    for number in range(50):
        add_entry(db, f"entry {number}", "some words " * 50)
    db.close()
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        Database.open(db.path, key).close()
        timings.append(time.perf_counter() - start)
    assert statistics.median(timings) < 0.25, timings


def test_a_unit_of_work_that_read_first_still_writes_after_another_one_committed(
    db: Database,
) -> None:
    """Two units of work at once (the window saving while a background job writes): the one
    that read before the other committed must not fail with "database is locked" when it
    then writes; it waits its turn instead."""
    import threading

    from sqlalchemy import text

    read_done = threading.Event()
    other_done = threading.Event()
    failures: list[BaseException] = []

    def first() -> None:
        try:
            with db.session() as s:
                s.execute(text("SELECT count(*) FROM journal_entry")).scalar_one()
                read_done.set()
                other_done.wait(timeout=1.0)  # the other one may be blocked by us: go on
                s.execute(text("INSERT INTO profile_meta (name, value) VALUES ('first', '1')"))
        except BaseException as exc:
            failures.append(exc)

    def second() -> None:
        read_done.wait(timeout=5)
        try:
            with db.session() as s:
                s.execute(text("INSERT INTO profile_meta (name, value) VALUES ('second', '2')"))
        except BaseException as exc:
            failures.append(exc)
        other_done.set()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert failures == []
    with db.read() as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM profile_meta")}
    assert {"first", "second"} <= names
