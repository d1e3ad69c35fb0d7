"""Raw SQLCipher connections: keying, per-connection settings, checks and encrypted copies.

Every connection Companion opens goes through :func:`connect`, which runs the key pragma before
anything else touches the file. The key is a random 32-byte *raw* key given as
``PRAGMA key = "x'<64 hex>'"``, so SQLCipher skips its passphrase key derivation and opening
stays fast. No other form of key (and never an empty one) is ever sent.

Files are opened through SQLite URIs with ``mode=rw`` (or ``ro``), so SQLite itself can never
create a new, empty database where the journal used to be.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3

from companion.storage.errors import DatabaseCorrupt, WrongKeyError, storage_error_for
from companion.wipe import wipe

#: Length of the raw SQLCipher key in bytes (AES-256).
KEY_LENGTH = 32

#: Seconds a connection waits for another one to finish writing before giving up.
BUSY_TIMEOUT_SECONDS = 10.0

#: A DB-API connection of the ``sqlcipher3`` module (untyped upstream).
RawConnection = Any

#: Called during a copy with (pages remaining, total pages); may raise to cancel the copy.
CopyProgress = Callable[[int, int], None]

_SETTINGS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
)


#: A raw key: Companion keeps its own copies in ``bytearray`` buffers so they can be wiped.
Key = bytes | bytearray


def check_key(key: Key) -> None:
    """Raise ValueError unless ``key`` is a raw key of the right length (never shows it)."""
    if not isinstance(key, bytes | bytearray) or len(key) != KEY_LENGTH:
        raise ValueError(f"The database key must be exactly {KEY_LENGTH} bytes.")


def file_uri(path: Path, *, read_only: bool = False, immutable: bool = False) -> str:
    """The SQLite URI for an existing file, in a mode that never creates it."""
    if immutable:
        return f"{path.absolute().as_uri()}?mode=ro&immutable=1"
    mode = "ro" if read_only else "rw"
    return f"{path.absolute().as_uri()}?mode={mode}"


_KEY_PREFIX = b"PRAGMA key = \"x'"
_KEY_SUFFIX = b"'\""
_HEX_DIGITS = b"0123456789abcdef"


def _apply_key(conn: RawConnection, key: Key) -> None:
    """Key ``conn`` with ``PRAGMA key = "x'<hex>'"`` leaving no copy of the key behind.

    The statement is built digit by digit in a buffer (no intermediate hex string), turned
    into one ``str`` and run with ``executescript``, which hands SQLite the string's own
    characters and keeps no statement cache; the buffer and the string are then overwritten.
    SQLCipher clears its own copies of the key when the connection closes.
    """
    buffer = bytearray(len(_KEY_PREFIX) + 2 * len(key) + len(_KEY_SUFFIX))
    buffer[: len(_KEY_PREFIX)] = _KEY_PREFIX
    at = len(_KEY_PREFIX)
    for byte in key:
        buffer[at] = _HEX_DIGITS[byte >> 4]
        buffer[at + 1] = _HEX_DIGITS[byte & 0x0F]
        at += 2
    buffer[at:] = _KEY_SUFFIX
    statement = buffer.decode("ascii")
    wipe(buffer)
    try:
        conn.executescript(statement)
    finally:
        wipe(statement)


def _translate(exc: BaseException, *, key_verified: bool) -> BaseException:
    translated = storage_error_for(exc, key_verified=key_verified)
    return exc if translated is None else translated


def _open_keyed(uri: str, key: Key) -> RawConnection:
    conn = sqlcipher3.connect(
        uri,
        uri=True,
        check_same_thread=False,
        isolation_level=None,
        timeout=BUSY_TIMEOUT_SECONDS,
    )
    try:
        _apply_key(conn, key)
        # SQLCipher logs decryption failures to stderr by default; Companion logs nothing.
        conn.execute("PRAGMA cipher_log_level = NONE")
    except BaseException:
        conn.close()
        raise
    return conn


def probe_key(path: Path, key: Key) -> None:
    """Raise :class:`WrongKeyError` if ``key`` cannot decrypt the first page of ``path``.

    The file is opened ``immutable``: no locks, no WAL, no shared-memory file, so nothing at
    all is written, even when a WAL is left over from a crash (a normal connection would fold
    it into the file when closing, wrong key or not). Errors other than "not a database" are
    left for the real connection to report.
    """
    try:
        conn = _open_keyed(file_uri(path, immutable=True), key)
    except sqlcipher3.Error:
        return
    try:
        conn.execute("PRAGMA user_version").fetchall()
    except sqlcipher3.Error as exc:
        translated = storage_error_for(exc, key_verified=False)
        if isinstance(translated, WrongKeyError):
            raise translated from exc
    finally:
        conn.close()


def connect(
    path: Path, key: Key, *, read_only: bool = False, key_verified: bool = False
) -> RawConnection:
    """Open ``path`` and key it; return the connection once the key is shown to work.

    Unless ``key_verified`` says the key already opened this file, :func:`probe_key` runs
    first, so a wrong key (or a file that is not an encrypted SQLite database) raises
    :class:`WrongKeyError` without anything being written. The key is then checked again by
    reading ``sqlite_master``; "not a database" at that point means damage
    (:class:`DatabaseCorrupt`). Other failures become :class:`StorageError`.

    The connection is in driver autocommit mode (``isolation_level=None``): whoever uses it
    emits ``BEGIN`` itself, which makes DDL transactional and reads repeatable.
    """
    check_key(key)
    if not key_verified:
        probe_key(path, key)
        key_verified = True
    try:
        conn = _open_keyed(file_uri(path, read_only=read_only), key)
    except sqlcipher3.Error as exc:
        raise _translate(exc, key_verified=key_verified) from exc
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except BaseException as exc:
        conn.close()
        if isinstance(exc, sqlcipher3.Error):
            raise _translate(exc, key_verified=key_verified) from exc
        raise
    return conn


def apply_settings(conn: RawConnection) -> None:
    """Durability and privacy settings for a read-write connection (see docs/design.md §3).

    WAL journal, full fsync on commit, foreign keys enforced, deleted content overwritten,
    and temporary tables and indexes kept in memory so no plaintext temp file is written.
    """
    try:
        for statement in _SETTINGS:
            conn.execute(statement).fetchall()
    except sqlcipher3.Error as exc:
        raise _translate(exc, key_verified=True) from exc


def check_integrity(conn: RawConnection, *, structure: bool = True) -> None:
    """Raise :class:`DatabaseCorrupt` unless every page authenticates (and, with
    ``structure``, the b-trees are sane).

    ``cipher_integrity_check`` verifies the HMAC of every page in the file (a row per bad
    page); ``quick_check`` then checks the structure. Neither message is passed on: they can
    name tables and pages, never content, but the user needs neither. Opening the journal
    skips the structure check to keep start-up quick: any page changed on disk already fails
    its HMAC; backups are checked in full.
    """
    try:
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise DatabaseCorrupt()
        if structure and conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise DatabaseCorrupt()
    except sqlcipher3.Error as exc:
        translated = storage_error_for(exc, key_verified=True)
        raise (translated or DatabaseCorrupt()) from exc


def copy_into(
    source: RawConnection,
    target_path: Path,
    key: Key,
    *,
    progress: CopyProgress | None = None,
) -> None:
    """Copy the database open on ``source`` into the empty file ``target_path``, encrypted
    with ``key``, using SQLite's online backup API; then reopen the copy read-only with the
    key and check it (:func:`verify_file`).

    The copy uses a rollback journal instead of WAL so that it is one self-contained file.
    ``source`` must not be inside a transaction.
    """
    target = connect(target_path, key, key_verified=True)
    try:
        target.execute("PRAGMA secure_delete = ON")
        target.execute("PRAGMA temp_store = MEMORY")
        if progress is None:
            source.backup(target)
        else:
            report = progress

            def step(_status: int, remaining: int, total: int) -> None:
                report(remaining, total)

            source.backup(target, pages=256, progress=step)
        target.execute("PRAGMA journal_mode = DELETE").fetchall()
    except sqlcipher3.Error as exc:
        raise _translate(exc, key_verified=True) from exc
    finally:
        target.close()
    verify_file(target_path, key)


def verify_file(path: Path, key: Key) -> None:
    """Open ``path`` read-only with ``key`` and check it; raise WrongKeyError, DatabaseCorrupt
    or another :class:`StorageError`. Nothing is written to the file."""
    conn = connect(path, key, read_only=True)
    try:
        check_integrity(conn)
    finally:
        with contextlib.suppress(sqlcipher3.Error):
            conn.close()
