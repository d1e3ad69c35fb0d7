"""One root for what Companion tells a person (companion.domain.errors): every exception class
defined in companion/ is a CompanionError, a Cancelled, or one of a few internal ones named
here with the reason; "not found" is one NotFound with a message fit to show."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

import companion
from companion.domain.errors import Cancelled, CompanionError, InvalidInput, NotFound

PACKAGE = Path(companion.__file__).parent

#: Exception classes that are neither shown to people nor a cancel, each with why.
INTERNAL: dict[str, str] = {
    "companion.charts.qt_canvas.UnknownImageFormat": (
        "a ValueError the Insights view catches right where it saves a chart, to say in its "
        "own words that the file name needs .png or .svg"
    ),
    "companion.domain.sync_merge.InvalidSyncData": (
        "a ValueError for a malformed version read from the sync folder; the sync service "
        "catches it where it reads a file and reports that file as damaged, in its own words"
    ),
    "companion.formats.attachment_files._Damaged": (
        "a ValueError inside the checks of a file kept with an entry (a broken image header, "
        "PDF or photo structure); check() turns it into AttachmentRefused, in plain words, "
        "and taking details out of a photo keeps the photo as it is"
    ),
    "companion.storage.files.NotARegularFile": (
        "an OSError (a device, pipe or folder read as a file), handled with the other "
        "OSErrors of reading a file by the code that reads it"
    ),
}

# Imports every module of the package in a child process (so this test loads neither Qt nor
# matplotlib into the test run) and prints each exception class defined there, with the
# roots it derives from.
_LIST_EXCEPTIONS = """
import importlib, inspect, json, pkgutil, sys
import companion
from companion.domain.errors import Cancelled, CompanionError
found = {}
for info in pkgutil.walk_packages(companion.__path__, "companion."):
    # __main__ starts the app; the migrations are scripts Alembic runs, not modules
    if info.name.endswith("__main__") or info.name.startswith("companion.storage.migrations"):
        continue
    module = importlib.import_module(info.name)
    for name, obj in vars(module).items():
        if inspect.isclass(obj) and issubclass(obj, BaseException) \\
                and obj.__module__ == info.name:
            found[f"{info.name}.{obj.__qualname__}"] = {
                "root": issubclass(obj, CompanionError),
                "cancelled": issubclass(obj, Cancelled),
                "lookup": issubclass(obj, LookupError),
            }
print(json.dumps(found))
"""


@pytest.fixture(scope="module")
def exception_classes() -> dict[str, dict[str, bool]]:
    result = subprocess.run(
        [sys.executable, "-c", _LIST_EXCEPTIONS],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    found: dict[str, dict[str, bool]] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


def test_every_exception_is_for_people_a_cancel_or_named_internal(
    exception_classes: dict[str, dict[str, bool]],
) -> None:
    assert len(exception_classes) > 30  # the walk found the package's errors
    stray = sorted(
        name
        for name, kind in exception_classes.items()
        if not (kind["root"] or kind["cancelled"]) and name not in INTERNAL
    )
    assert stray == [], "derive these from CompanionError (or list them in INTERNAL, with why)"
    assert set(INTERNAL) <= set(exception_classes), "INTERNAL names a class that is gone"


def test_a_cancel_is_not_a_problem_to_show(exception_classes: dict[str, dict[str, bool]]) -> None:
    assert not issubclass(Cancelled, CompanionError)
    both = [n for n, kind in exception_classes.items() if kind["root"] and kind["cancelled"]]
    assert both == []


def test_every_not_found_is_one_not_found(exception_classes: dict[str, dict[str, bool]]) -> None:
    """Each "…NotFound" derives from NotFound, so is a LookupError and a CompanionError."""
    not_founds = [name for name in exception_classes if name.endswith("NotFound")]
    assert len(not_founds) >= 11
    for name in not_founds:
        module, _, cls = name.rpartition(".")
        __import__(module)
        assert issubclass(getattr(sys.modules[module], cls), NotFound), name


def test_a_not_found_says_so_in_words_without_the_id() -> None:
    from companion.storage import (
        agenda_store,
        checkin_store,
        counselor_store,
        feedback_store,
        goal_store,
        journal_history_store,
        journal_store,
        session_store,
    )

    classes = [
        NotFound,
        agenda_store.AgendaItemNotFound,
        checkin_store.CheckInNotFound,
        counselor_store.CounselorNotFound,
        feedback_store.FeedbackNotFound,
        goal_store.GoalNotFound,
        goal_store.ProgressNotFound,
        journal_history_store.DeletedEntryNotFound,
        journal_history_store.VersionNotFound,
        journal_store.EntryNotFound,
        session_store.SeriesNotFound,
        session_store.SessionNotFound,
    ]
    for cls in classes:
        error = cls(987654)
        assert isinstance(error, LookupError) and isinstance(error, CompanionError)
        assert error.record_id == 987654
        assert "987654" not in str(error) and str(error).endswith("."), cls.__name__
    assert issubclass(InvalidInput, ValueError) and issubclass(InvalidInput, CompanionError)


def test_no_handler_for_people_comes_before_the_one_for_gone_records() -> None:
    """``except CompanionError`` also catches a NotFound, so an ``except LookupError`` (or a
    …NotFound) after it in the same ``try`` would never run: its own "deleted meanwhile"
    sentence would be replaced by the error's message."""
    shadowed = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Try):
                continue
            seen_root = False
            for handler in node.handlers:
                caught = ast.unparse(handler.type) if handler.type is not None else ""
                if "CompanionError" in caught:
                    seen_root = True
                elif seen_root and ("LookupError" in caught or "NotFound" in caught):
                    shadowed.append(f"{path.relative_to(PACKAGE)}:{handler.lineno}")
    assert shadowed == []
