"""The errors Companion tells a person about, and the one that says the person stopped.

:class:`CompanionError` is the one root of everything Companion says to a person: its message
(``str(error)``) is a complete sentence written for people, in their language, safe to show
as it is, and never holds private text (journal text, notes, keys, passphrases, SQL). The UI
and the command line catch this class, and only this class, to show a problem; the packages
derive their own errors from it (``ProfileError`` in services, ``SecurityError`` in security,
``StorageError`` in storage, and the two below). Anything else that is raised is a bug and
goes to the handler for unexpected errors (``companion.ui.unexpected_errors``).

:class:`Cancelled` deliberately does *not* derive from the root: stopping long work is the
person's own choice, not a problem to show, and a view that shows every ``CompanionError``
must not show a cancel as an error. Code that runs cancellable work handles it on its own
(``companion.ui.tasks`` calls ``on_cancel``).
"""

from __future__ import annotations

from typing import ClassVar

from companion.domain.wording import mark, tr


class CompanionError(Exception):
    """Something Companion tells a person: the message is written for people, safe to show
    as it is, and never holds private text."""


class Cancelled(Exception):
    """Long work stopped because the client asked; nothing of it was kept.

    Not a :class:`CompanionError`: it is no problem to show (see the module docstring)."""


class InvalidInput(CompanionError, ValueError):
    """Something the client entered breaks a rule; the message says what, in plain words, and
    never repeats private text."""


class NotFound(CompanionError, LookupError):
    """The record is gone: deleted in another window, say, while this one still showed it.

    Each kind of record has its own subclass (``EntryNotFound``, ``SessionNotFound``…) for
    code that handles one kind. ``record_id`` is the id that was asked for (for code and
    logs, never in the message); the message is the class's ``default_message``, worded in
    the "domain.errors" context (a subclass marks its own with that context).
    """

    default_message: ClassVar[str] = mark(
        "domain.errors",
        "That is no longer in Companion. It may have been deleted in another window.",
    )

    def __init__(self, record_id: object = None, message: str | None = None) -> None:
        super().__init__(message or tr("domain.errors", self.default_message))
        self.record_id = record_id
