"""Errors the storage layer raises for problems with the journal file itself.

These are "the environment's fault" (a wrong key, a missing or damaged file, a full disk, a
newer app version): the UI shows ``str(error)`` to the user as it is. A message therefore
never holds journal text, SQL, SQL parameters or key material; the original low-level error
is kept only as ``__cause__`` for debugging.

Mistakes in our own code (a broken constraint, a bad query) are not translated: they stay
SQLAlchemy errors so they are not mistaken for a problem the user could fix.
"""

from __future__ import annotations

from typing import ClassVar

from companion.domain.errors import CompanionError
from companion.domain.wording import mark, tr


class StorageError(CompanionError):
    """Base class: something about the journal file prevents the operation.

    ``str(error)`` is a complete sentence fit to show to the user, in their language.
    ``default_message`` is the English source text, marked for translation in the
    "storage.errors" context and worded when the error is made.
    """

    default_message: ClassVar[str] = mark(
        "storage.errors", "Companion could not read or write its journal file."
    )

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or tr("storage.errors", self.default_message))

    @property
    def user_message(self) -> str:
        """The text to show to the user (same as ``str(error)``)."""
        return str(self)


class WrongKeyError(StorageError):
    """The key does not open this database (or the file is not a Companion database)."""

    default_message = mark(
        "storage.errors", "This key does not open the journal. It may belong to another profile."
    )


class DatabaseMissing(StorageError):
    """Asked to open a database that does not exist; a new one is never created silently."""

    default_message = mark(
        "storage.errors",
        "The journal file could not be found. It may have been moved, renamed or deleted.",
    )


class DatabaseCorrupt(StorageError):
    """The key is right but the file is damaged (failed integrity or authentication check)."""

    default_message = mark(
        "storage.errors",
        "The journal file is damaged and cannot be opened safely. "
        "You can restore it from a backup.",
    )


class DatabaseTooNew(StorageError):
    """The file was last written by a newer version of Companion; it is left untouched."""

    default_message = mark(
        "storage.errors",
        "This profile was last used by a newer version of Companion. "
        "Please update Companion to open it.",
    )


class MigrationFailed(StorageError):
    """Updating the journal to this version's format failed; nothing was changed."""

    default_message = mark(
        "storage.errors",
        "Companion could not update the journal for this version. Your journal was left as it was.",
    )


class DatabaseClosed(StorageError):
    """The database was closed (for example by the idle lock) and cannot be used any more."""

    default_message = mark("storage.errors", "The journal is locked. Unlock it to continue.")


class StorageUnavailable(StorageError):
    """The operating system refused a read or write (disk full, no permission, busy, I/O)."""

    default_message = mark(
        "storage.errors",
        "Companion could not read or write its journal file. Check that the disk is not full "
        "and that the folder can be written to.",
    )


# SQLite primary result codes (https://sqlite.org/rescode.html) that describe the file or the
# machine rather than a mistake in our SQL.
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_NOMEM = 7
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26

# Worded with tr("storage.errors", ...) when the error is made.
_UNAVAILABLE_MESSAGES: dict[int, str] = {
    _SQLITE_PERM: mark(
        "storage.errors", "Companion is not allowed to read or write its journal file."
    ),
    _SQLITE_READONLY: mark(
        "storage.errors", "The journal file or its folder cannot be written to."
    ),
    _SQLITE_BUSY: mark(
        "storage.errors", "The journal is busy. Is Companion already open in another window?"
    ),
    _SQLITE_LOCKED: mark(
        "storage.errors", "The journal is busy. Is Companion already open in another window?"
    ),
    _SQLITE_NOMEM: mark("storage.errors", "There is not enough memory to open the journal."),
    _SQLITE_IOERR: mark(
        "storage.errors", "The disk reported an error while reading or writing the journal file."
    ),
    _SQLITE_FULL: mark(
        "storage.errors", "The disk is full. Free some space so Companion can save your journal."
    ),
    _SQLITE_CANTOPEN: mark("storage.errors", "The journal file could not be opened."),
}


def sqlite_result_code(exc: BaseException) -> int | None:
    """The primary SQLite result code behind ``exc`` (a DB-API error, or a SQLAlchemy error
    wrapping one), or None when it carries none."""
    orig = getattr(exc, "orig", None)
    for candidate in (exc, orig):
        code = getattr(candidate, "sqlite_errorcode", None)
        if isinstance(code, int):
            return code & 0xFF
    return None


def storage_error_for(exc: BaseException, *, key_verified: bool) -> StorageError | None:
    """The :class:`StorageError` that describes ``exc`` to the user, or None when ``exc`` is
    not about the file or the machine (then it is a bug and should propagate as it is).

    ``key_verified`` tells whether the key has already been shown to open this file: if so,
    "file is not a database" means damage, not a wrong key.
    """
    if isinstance(exc, StorageError):
        return exc
    code = sqlite_result_code(exc)
    if code is None:
        return None
    if code == _SQLITE_NOTADB:
        return DatabaseCorrupt() if key_verified else WrongKeyError()
    if code == _SQLITE_CORRUPT:
        return DatabaseCorrupt()
    message = _UNAVAILABLE_MESSAGES.get(code)
    if message is None:
        return None
    return StorageUnavailable(tr("storage.errors", message))
