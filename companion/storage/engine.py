"""The open journal database of one profile: a keyed SQLCipher connection for quick reads
and, created on first use, a SQLAlchemy engine for sessions.

Use :meth:`Database.open` to get one, :meth:`Database.session` for each unit of work and
:meth:`Database.close` when locking or quitting::

    db = Database.open(paths.database, key)
    with db.session() as session:
        session.add(row)          # committed when the block ends, rolled back on error
    db.close()

Opening and the reads that start-up and search-as-you-type need (:meth:`Database.read`) use
a plain DB-API connection and never import SQLAlchemy, which is by far the largest import of
the app; the engine is built the first time a session is needed, or by
:meth:`Database.prepare_engine`. The profile's own small settings are written on the reader
connection too, outside a unit of work, through :meth:`Database.write_settings`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import sqlcipher3

from companion.domain.changes import Area, ChangeFeed, Changes
from companion.domain.text import storable
from companion.domain.wording import tr
from companion.storage import change_log, sqlcipher
from companion.storage.errors import (
    DatabaseClosed,
    DatabaseMissing,
    storage_error_for,
)
from companion.storage.sqlcipher import CopyProgress, RawConnection
from companion.wipe import wipe

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker

#: Connections kept open in the pool (the UI thread and a worker thread, plus headroom).
POOL_SIZE = 3


#: Where a unit of work keeps its driver connection (see Database.driver_connection).
_DRIVER = "companion.driver_connection"
#: Execution option of the connections units of work run on (see :func:`_emit_begin`).
_UNIT_OF_WORK = "companion_unit_of_work"


def _emit_begin(conn: Connection) -> None:
    """Start every SQLAlchemy transaction with an explicit BEGIN (the driver is in autocommit
    mode), so reads are repeatable and DDL is transactional.

    A unit of work (:meth:`Database.session`) begins IMMEDIATE: it takes the write lock at
    once, so one that reads and then writes waits its turn (up to the busy timeout) instead
    of failing with "database is locked" when another one committed between its read and its
    write. Readers are never blocked: the log lets them read on."""
    immediate = conn.get_execution_options().get(_UNIT_OF_WORK, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _storable_parameters(
    conn: Connection,
    cursor: object,
    statement: str,
    parameters: object,
    context: object,
    executemany: bool,
) -> tuple[str, object]:
    """Every text bound to a statement is valid Unicode: a lone surrogate (which no keyboard
    types, but a broken clipboard or file can carry) is stored as U+FFFD instead of failing
    the whole save with an encoding error."""
    del conn, cursor, context
    if executemany and isinstance(parameters, list):
        return statement, [_storable_row(row) for row in parameters]
    return statement, _storable_row(parameters)


def storable_row(row: object) -> object:
    """``row`` (a tuple, list or dict of parameters) with every text made storable (see
    :func:`_storable_parameters`); for statements run on the driver connection itself."""
    return _storable_row(row)


def _storable_row(row: object) -> object:
    if isinstance(row, tuple | list):
        if all(not isinstance(v, str) or v.isascii() for v in row):
            return row
        return type(row)(storable(v) if isinstance(v, str) else v for v in row)
    if isinstance(row, dict):
        if all(not isinstance(v, str) or v.isascii() for v in row.values()):
            return row
        return {k: storable(v) if isinstance(v, str) else v for k, v in row.items()}
    return row


def warm_up() -> None:
    """Import SQLAlchemy and the models now (for example on a worker thread once the window
    is up), so that the first save does not pay for it."""
    import sqlalchemy.orm  # noqa: F401

    import companion.storage.models  # noqa: F401


def _create_empty_file(path: Path) -> bool:
    """Create ``path`` as an empty file readable only by its owner; False if it exists.

    ``O_EXCL`` makes this safe against a file that appears meanwhile: an existing database is
    never truncated or replaced.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return False
    os.close(fd)
    return True


#: SQLAlchemy logs result rows (journal text) at DEBUG on the engine's logger. The engine and
#: its pool get loggers of their own, capped at WARNING, so that no logging set-up, however
#: verbose, can make them write rows or statements.
_LOGGING_NAME = "companion"
for _name in ("sqlalchemy.engine.Engine", "sqlalchemy.pool.impl.QueuePool"):
    logging.getLogger(f"{_name}.{_LOGGING_NAME}").setLevel(logging.WARNING)


class Database:
    """One open, keyed SQLCipher database. Thread-safe: sessions and reads may run on any
    thread."""

    def __init__(self, path: Path, key: sqlcipher.Key) -> None:
        """Prefer :meth:`open`, which also checks the file. The database keeps its own copy
        of ``key`` and overwrites it when closed."""
        sqlcipher.check_key(key)
        self._path = path
        self._key = bytearray(key)
        self._key_verified = False
        self._closed = False
        self._reader: RawConnection | None = None
        self._reader_lock = threading.RLock()
        self._engine_lock = threading.Lock()
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        #: every committed unit of work is announced here (see companion.domain.changes)
        self.changes = ChangeFeed()

    @classmethod
    def open(
        cls, path: Path, key: sqlcipher.Key, *, create: bool = False, check_pages: bool = True
    ) -> Database:
        """Open the database at ``path`` with the raw 32-byte ``key`` and check it.

        With ``check_pages`` false, the authentication of every page (which takes longer the
        larger the journal) is left for :meth:`check_pages`; the key is still verified.

        Raises :class:`DatabaseMissing` when the file does not exist (or is empty) unless
        ``create`` is true, in which case a new empty encrypted database is made there (only
        if nothing is there yet: an existing file is opened, never replaced).
        :class:`WrongKeyError` when the key does not open it (nothing is written then),
        :class:`DatabaseCorrupt` when a page fails authentication.
        """
        sqlcipher.check_key(key)
        path = Path(path)
        created = create and _create_empty_file(path)
        if not created:
            if not path.is_file():
                raise DatabaseMissing()
            if path.stat().st_size == 0 and not create:
                raise DatabaseMissing(tr("storage.engine", "The journal file is empty."))
        db = cls(path, key)
        try:
            db._verify(check_pages)
        except BaseException:
            db.close()
            if created:
                _remove_new_file(path)
            raise
        return db

    def _new_connection(self) -> RawConnection:
        """Key a new connection first, then apply the settings (also the pool's creator)."""
        conn = sqlcipher.connect(self._path, self._key, key_verified=self._key_verified)
        try:
            sqlcipher.apply_settings(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def _verify(self, check_pages: bool = True) -> None:
        self._reader = self._new_connection()
        self._key_verified = True
        if check_pages:
            with self.read() as conn:
                sqlcipher.check_integrity(conn, structure=False)

    def check_pages(self) -> None:
        """Authenticate every page of the file, on a connection of its own (so that it may
        run on another thread while the reader serves the window; SQLite does the work
        outside Python's lock). :class:`DatabaseCorrupt` when a page fails."""
        if self._closed:
            raise DatabaseClosed()
        conn = self._new_connection()
        try:
            sqlcipher.check_integrity(conn, structure=False)
        finally:
            conn.close()

    def _ensure_engine(self) -> Engine:
        with self._engine_lock:
            if self._closed:
                raise DatabaseClosed()
            if self._engine is None:
                from sqlalchemy import create_engine, event
                from sqlalchemy.orm import sessionmaker
                from sqlalchemy.pool import QueuePool

                engine = create_engine(
                    "sqlite://",
                    creator=self._new_connection,
                    module=sqlcipher3,
                    poolclass=QueuePool,
                    pool_size=POOL_SIZE,
                    max_overflow=4,
                    hide_parameters=True,
                    logging_name=_LOGGING_NAME,
                    pool_logging_name=_LOGGING_NAME,
                )
                event.listen(engine, "begin", _emit_begin)
                event.listen(engine, "before_cursor_execute", _storable_parameters, retval=True)
                self._sessions = sessionmaker(
                    bind=engine.execution_options(**{_UNIT_OF_WORK: True}),
                    expire_on_commit=False,
                )
                change_log.install(self._sessions)
                self._engine = engine
            return self._engine

    def prepare_engine(self) -> None:
        """Build the SQLAlchemy engine now rather than on the first session."""
        self._ensure_engine()

    @property
    def path(self) -> Path:
        """The database file."""
        return self._path

    @property
    def is_open(self) -> bool:
        """False once :meth:`close` was called."""
        return not self._closed

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine; raises :class:`DatabaseClosed` after :meth:`close`."""
        return self._ensure_engine()

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One short unit of work: commits when the block ends, rolls back if it raises.

        Objects stay usable after the commit (``expire_on_commit=False``). Problems with the
        file or the machine are raised as :class:`StorageError`; anything else (a broken
        constraint, a bad query) propagates unchanged. Once committed, what the block wrote
        is announced on :attr:`changes`.
        """
        from sqlalchemy.exc import DBAPIError

        self._ensure_engine()
        sessions = self._sessions
        if sessions is None:
            raise DatabaseClosed()
        try:
            with sessions.begin() as session:
                yield session
        except DBAPIError as exc:
            translated = storage_error_for(exc, key_verified=True)
            if translated is None:
                raise
            raise translated from exc
        self.changes.publish(change_log.take(session))

    @staticmethod
    def driver_connection(session: Session) -> RawConnection:
        """The driver connection a unit of work runs on, for many small statements in a
        row (sync applying thousands of records): SQLAlchemy's per-statement work is far
        slower than SQLite's there. Same transaction; the caller notes what it wrote
        (:func:`companion.storage.change_log.note_sql`) and passes texts through
        :func:`storable_row`."""
        raw = session.info.get(_DRIVER)  # one unit of work: the same connection throughout
        if raw is None:
            raw = session.info[_DRIVER] = session.connection().connection.dbapi_connection
        assert raw is not None
        return raw

    @contextlib.contextmanager
    def read(self) -> Iterator[RawConnection]:
        """The reader connection (outside any transaction), held for the block: for quick
        reads, PRAGMAs (checks, checkpoints) and copies. Does not need SQLAlchemy.

        Companion writes nothing through it, and nothing done here is announced: data goes in
        a unit of work (:meth:`session`), the profile's own small settings through
        :meth:`write_settings`."""
        with self._reader_connection() as conn:
            yield conn

    @contextlib.contextmanager
    def write_settings(self) -> Iterator[RawConnection]:
        """The reader connection, for writing the profile's own small settings (the
        ``profile_meta`` values of :mod:`companion.storage.meta_store`) outside a unit of
        work: each statement commits on its own. Once the block ends, a write is announced
        on :attr:`changes` as :attr:`Area.SETTINGS <companion.domain.changes.Area.SETTINGS>`."""
        with self._reader_connection() as conn:
            writes_before = conn.total_changes
            yield conn
            wrote = conn.total_changes != writes_before
        if wrote:
            self.changes.publish(Changes.of(Area.SETTINGS))

    @contextlib.contextmanager
    def _reader_connection(self) -> Iterator[RawConnection]:
        """The reader connection, held for the block; problems with the file or the machine
        are raised as :class:`StorageError`."""
        with self._reader_lock:
            conn = self._reader
            if self._closed or conn is None:
                raise DatabaseClosed()
            try:
                yield conn
            except sqlcipher3.Error as exc:
                translated = storage_error_for(exc, key_verified=self._key_verified)
                if translated is None:
                    raise
                raise translated from exc

    def checkpoint(self) -> bool:
        """Copy everything from the WAL into the database file and truncate the WAL.

        Returns False when another connection was busy and the WAL could not be emptied.
        """
        with self.read() as conn:
            busy, _log_frames, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return not busy

    def write_copy(self, target: Path, *, progress: CopyProgress | None = None) -> None:
        """Write an encrypted copy of this database (same key) into the empty file ``target``
        and check it. Low level: use :func:`companion.storage.backup.backup_to`, which makes
        the copy atomic and durable."""
        with self.read() as conn:
            sqlcipher.copy_into(conn, target, self._key, progress=progress)

    def verify_copy(self, path: Path) -> None:
        """Check that the file at ``path`` (a backup of this journal) opens with this
        database's key and that every page and its structure are intact; raises
        :class:`WrongKeyError`, :class:`DatabaseCorrupt` or another :class:`StorageError`.
        Nothing is written to it."""
        if self._closed:
            raise DatabaseClosed()
        sqlcipher.verify_file(path, self._key)

    def close(self) -> None:
        """Close every connection (SQLite then folds the WAL back into the file). Idempotent;
        afterwards any use raises :class:`DatabaseClosed`."""
        with self._engine_lock:
            self._closed = True
            engine, self._engine, self._sessions = self._engine, None, None
        if engine is not None:
            engine.dispose()
        with self._reader_lock:
            reader, self._reader = self._reader, None
        if reader is not None:
            with contextlib.suppress(sqlcipher3.Error):
                reader.close()
        wipe(self._key)

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "open" if self.is_open else "closed"
        return f"<Database {self._path.name} ({state})>"


def _remove_new_file(path: Path) -> None:
    """Remove a database file this process just created and failed to set up."""
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


__all__ = ["Database"]
