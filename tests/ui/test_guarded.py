"""The error guard the views share: a result, a message a person can read, or "no longer
there" with a refresh; a bug is not swallowed."""

from __future__ import annotations

import pytest

from companion.domain.errors import InvalidInput
from companion.ui.guarded import guarded


def test_a_result_clears_the_message() -> None:
    said: list[str] = []
    outcome = guarded(lambda: 42, say=said.append, gone="gone")
    assert (outcome.ok, outcome.value, said) == (True, 42, [""])


def test_a_problem_for_people_is_said() -> None:
    said: list[str] = []

    def bad() -> int:
        raise InvalidInput("Please give it a name.")

    outcome = guarded(bad, say=said.append, gone="gone")
    assert (outcome.ok, outcome.value, said[-1]) == (False, None, "Please give it a name.")


def test_a_record_that_is_gone_is_said_and_the_view_refreshes() -> None:
    said: list[str] = []
    refreshed: list[bool] = []

    def missing() -> int:
        raise LookupError(7)

    outcome = guarded(
        missing, say=said.append, gone="It is gone.", after_gone=lambda: refreshed.append(True)
    )
    assert (outcome.ok, said[-1], refreshed) == (False, "It is gone.", [True])


def test_a_bug_is_not_swallowed() -> None:
    def broken() -> int:
        raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):
        guarded(broken, say=lambda _text: None, gone="gone")


def test_a_record_deleted_elsewhere_gets_the_views_sentence_not_the_errors() -> None:
    """A NotFound is a CompanionError too, yet the view's own "gone" sentence is said."""
    from companion.domain.errors import NotFound

    said: list[str] = []

    def missing() -> int:
        raise NotFound(7)

    outcome = guarded(missing, say=said.append, gone="It is gone.")
    assert (outcome.ok, said[-1]) == (False, "It is gone.")
