"""Running a write from a view so that a problem is said in the view, never raised: the one
error guard the views share.

A problem meant for people (a :class:`~companion.domain.errors.CompanionError`) is shown as it
is; a record that no longer exists (a ``LookupError``: deleted in another window, say) is
shown as the view's own sentence and the view refreshes. Anything else is a bug and goes on
to the global handler for unexpected errors.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from companion.services.errors import CompanionError

T = TypeVar("T")


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """Whether the work went through, and what it returned."""

    ok: bool
    value: T | None = None


def guarded(
    work: Callable[[], T],
    *,
    say: Callable[[str], None],
    gone: str,
    after_gone: Callable[[], None] | None = None,
) -> Outcome[T]:
    """Run ``work``; ``say`` clears the view's message first and shows the problem if there
    is one (``gone`` when the record no longer exists, then ``after_gone`` refreshes)."""
    say("")
    try:
        value = work()
    except LookupError:
        say(gone)
        if after_gone is not None:
            after_gone()
        return Outcome(False)
    except CompanionError as exc:
        say(str(exc))
        return Outcome(False)
    return Outcome(True, value)
