"""Property: whatever a client does in the journal, no text that was on screen is lost.

Random sequences of what a client does (typing into title, text and tags, choosing a mood,
locking and unlocking, also by the idle timer, switching language and theme, switching
entries, starting a new one, deleting and undoing, hiding and showing the window) run against
a real window on a real SQLCipher profile, with real keys and clicks. After every step the
entries read back through the journal service must match a simple model of what each entry
must hold, and the editor must show what the model says of the entry it shows.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import Any

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from companion.domain.journal import TITLE_MAX, EntryFilter, JournalEntry, normalize_tags
from companion.domain.journal_history import EntryVersion
from companion.ui.journal import editor as editor_module
from companion.ui.main_window import MainWindow
from tests.support.typing import type_text
from tests.support.window_actions import WINDOW_STEPS, activate, fresh_window, window_step

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)
_ARGUMENTS: dict[str, st.SearchStrategy[Any]] = {
    "title": WORD,
    "body": st.lists(WORD, min_size=1, max_size=4).map(" ".join),
    "body_line": WORD,
    "tags": WORD,
    "mood": st.integers(0, 10),
    "open": st.integers(0, 20),
    "history": st.integers(0, 10),
    "recently_deleted": st.integers(0, 10),
}
# typing, waiting for the autosave and the history steps come up more often than the rest:
# versions need a few saves of one entry
_KINDS = (
    ["title", "body", "body_line", "tags"] * 3
    + ["mood", "new", "open", "undo"]
    + ["delete"] * 2
    + ["wait"] * 4
    + ["history"] * 3
    + ["recently_deleted"] * 2
    + ["window"] * 3
)
STEPS = st.sampled_from(_KINDS).flatmap(
    lambda kind: (
        WINDOW_STEPS
        if kind == "window"
        else st.tuples(st.just(kind), _ARGUMENTS.get(kind, st.none()))
    )
)


@dataclass(frozen=True)
class Expected:
    """What an entry must hold: title and tags as typed, the text, the mood."""

    title: str = ""
    body: str = ""
    tags: str = ""
    mood: int | None = None

    def normal(self) -> tuple[str, str, tuple[str, ...], int | None]:
        """As stored: the title's white space collapsed, tags normalized and sorted."""
        return (
            " ".join(self.title.split()),
            self.body,
            tuple(sorted(normalize_tags(self.tags))),
            self.mood,
        )

    def is_blank(self) -> bool:
        return (
            not (self.title.strip() or self.body.strip() or self.tags.strip()) and self.mood is None
        )


def stored(entry: JournalEntry) -> tuple[str, str, tuple[str, ...], int | None]:
    return (entry.title, entry.body, tuple(sorted(entry.tags)), entry.mood)


def stored_version(version: EntryVersion) -> tuple[str, str, tuple[str, ...], int | None]:
    return (version.title, version.body, tuple(sorted(version.tags)), version.mood)


@dataclass
class Model:
    entries: dict[int, Expected] = field(default_factory=dict)
    #: The entry the editor shows (None: a new entry, whose text is ``new``).
    current: int | None = None
    new: Expected = field(default_factory=Expected)
    #: A new entry the editor left, which must have been stored by now.
    unbound: Expected | None = None
    #: Deleted entries (the id they had, what they held), newest first.
    deleted: list[tuple[int, Expected]] = field(default_factory=list)
    #: What the Undo bar offers: ("delete", id) or ("restore", id, what it held before).
    offer: tuple[Any, ...] | None = None

    def edit(self, change: Any) -> None:
        if self.current is None:
            self.new = change(self.new)
        else:
            self.entries[self.current] = change(self.entries[self.current])

    def shown(self) -> Expected:
        return self.new if self.current is None else self.entries[self.current]

    def leave_new_entry(self) -> None:
        if self.current is None and not self.new.is_blank():
            self.unbound = self.new
        self.new = Expected()


class Journal:
    """The steps, done with keys and clicks on the window, and the model kept in step."""

    def __init__(self, qtbot: Any, window: MainWindow) -> None:
        self.qtbot = qtbot
        self.window = window
        self.model = Model()

    @property
    def view(self) -> Any:
        return self.window.journal_view

    @property
    def editor(self) -> Any:
        return self.window.journal_view.editor

    def do(self, name: str, arg: Any) -> None:
        qtbot, editor, model = self.qtbot, self.editor, self.model
        if name == "title":
            if len(model.shown().title) + len(arg) + 1 > TITLE_MAX:
                return
            qtbot.keyClick(editor.title_edit, Qt.Key.Key_End)
            qtbot.keyClicks(editor.title_edit, " " + arg)
            model.edit(lambda e: replace(e, title=e.title + " " + arg))
        elif name in ("body", "body_line"):
            qtbot.keyClick(editor.body_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
            text = ("\n" + arg) if name == "body_line" else arg
            type_text(qtbot, editor.body_edit, text)
            model.edit(lambda e: replace(e, body=e.body + text))
        elif name == "tags":
            qtbot.keyClick(editor.tag_edit, Qt.Key.Key_End)
            qtbot.keyClicks(editor.tag_edit, ", " + arg)
            editor.tag_edit._hide_popup()
            model.edit(lambda e: replace(e, tags=e.tags + ", " + arg))
        elif name == "mood":
            qtbot.mouseClick(editor.mood_picker.buttons[arg], Qt.MouseButton.LeftButton)
            model.edit(lambda e: replace(e, mood=None if e.mood == arg else arg))
        elif name == "new":
            activate(qtbot, self.window)  # a window shortcut: the window must be active
            qtbot.keyClick(self.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
            model.leave_new_entry()
            model.current = None
        elif name == "open":
            self._open(arg)
        elif name == "delete":
            if not editor.delete_button.isEnabled():
                return
            deleted = editor.entry_id
            stored: list[int] = []  # a new entry is saved first, so deleting can be undone

            def saved(entry: Any) -> None:
                stored.append(entry.id)

            editor.entrySaved.connect(saved)
            qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
            editor.entrySaved.disconnect(saved)
            if deleted is None:
                if not stored:  # nothing worth keeping was written: the editor starts afresh
                    model.new = Expected()
                    return
                deleted = stored[0]
                model.entries[deleted] = model.new
            model.deleted.insert(0, (deleted, model.entries.pop(deleted)))
            model.offer = ("delete", deleted)
            event("deleted an entry")
            model.current = None
            model.new = Expected()
        elif name == "undo":
            self._undo()
        elif name == "history":
            self._restore_version(arg)
        elif name == "recently_deleted":
            self._restore_deleted(arg)
        elif name == "wait":
            qtbot.wait(3 * editor_module.AUTOSAVE_DELAY_MS)
        elif window_step(qtbot, self.window, name, arg):
            if name in ("lock", "idle_lock"):
                model.offer = None  # locking puts the Undo bar away
        else:
            raise AssertionError(name)

    def _undo(self) -> None:
        model, editor = self.model, self.editor
        if self.view.undo_bar.isHidden() or model.offer is None:
            return
        offer, model.offer = model.offer, None
        model.leave_new_entry()
        if offer[0] == "restore":
            _kind, entry_id, before = offer
            now = model.entries[entry_id]
            self.qtbot.mouseClick(self.view.undo_button, Qt.MouseButton.LeftButton)
            model.entries[entry_id] = before
            model.current = entry_id
            model.offer = ("restore", entry_id, now)  # undoing is undoable too
            return
        _kind, deleted = offer
        self.qtbot.mouseClick(self.view.undo_button, Qt.MouseButton.LeftButton)
        restored = editor.entry_id
        assert restored is not None
        index = next(i for i, (was, _e) in enumerate(model.deleted) if was == deleted)
        model.entries[restored] = model.deleted.pop(index)[1]
        model.current = restored

    def _restore_version(self, choice: int) -> None:
        """Ctrl+H in the text, pick a version, Restore."""
        qtbot, model, editor = self.qtbot, self.model, self.editor
        if editor.entry_id is None or not editor.history_button.isEnabled():
            return
        activate(qtbot, self.window)  # a shortcut: the window must be active
        qtbot.mouseClick(editor.body_edit.viewport(), Qt.MouseButton.LeftButton)
        qtbot.keyClick(editor.body_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(editor.body_edit, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
        dialog = self.view.history_dialog
        qtbot.waitExposed(dialog)
        entry_id = editor.entry_id
        profile = self.window.profile
        versions = profile.journal.history.versions(entry_id)
        assert dialog.version_list.count() == len(versions)
        if not versions:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            return
        row = choice % len(versions)
        item = dialog.version_list.item(row)
        dialog.version_list.scrollToItem(item)
        qtbot.mouseClick(
            dialog.version_list.viewport(),
            Qt.MouseButton.LeftButton,
            pos=dialog.version_list.visualItemRect(item).center(),
        )
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        before = model.entries[entry_id]
        chosen = versions[row]
        model.entries[entry_id] = Expected(
            chosen.title, chosen.body, ", ".join(chosen.tags), chosen.mood
        )
        kept = {stored_version(v) for v in profile.journal.history.versions(entry_id)}
        assert before.normal() in kept or before.normal() == model.entries[entry_id].normal(), (
            "the text before restoring was not kept"
        )
        if before.normal() == model.entries[entry_id].normal():
            return  # it said that already: nothing changed, nothing to undo
        model.offer = ("restore", entry_id, before)
        event("restored an earlier version")

    def _restore_deleted(self, choice: int) -> None:
        """Recently deleted…, pick an entry, Restore."""
        qtbot, model, view = self.qtbot, self.model, self.view
        qtbot.mouseClick(view.deleted_button, Qt.MouseButton.LeftButton)
        dialog = view.deleted_dialog
        qtbot.waitExposed(dialog)
        count = dialog.entry_list.count()
        assert count == len(model.deleted), "Recently deleted does not list what was deleted"
        if not count:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            return
        row = choice % count
        item = dialog.entry_list.item(row)
        dialog.entry_list.scrollToItem(item)
        qtbot.mouseClick(
            dialog.entry_list.viewport(),
            Qt.MouseButton.LeftButton,
            pos=dialog.entry_list.visualItemRect(item).center(),
        )
        model.leave_new_entry()
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        restored = self.editor.entry_id
        assert restored is not None
        _was, content = model.deleted.pop(row)
        event("restored a deleted entry")
        model.entries[restored] = content
        model.current = restored
        model.offer = None  # the Undo bar goes

    def _open(self, choice: int) -> None:
        view = self.view
        rows = [r for r in range(view.model.rowCount()) if view.model.summary_at(r)]
        if not rows:
            return
        index = view.model.index(rows[choice % len(rows)])
        chosen = view.model.summary_at(index.row()).id
        view.list_view.scrollTo(index)
        self.qtbot.mouseClick(
            view.list_view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=view.list_view.visualRect(index).center(),
        )
        QApplication.processEvents()  # as the event loop would, before the next click
        if chosen != self.model.current:
            self.model.leave_new_entry()
        self.model.current = chosen

    def check(self) -> None:
        """Bind a new entry that was stored to its id, then compare the database and the
        editor with the model."""
        model, editor = self.model, self.editor
        profile = self.window.profile
        assert profile is not None and not self.window.is_locked
        in_db = {s.id: s for s in profile.journal.list(EntryFilter(), limit=10_000)}
        created = set(in_db) - set(model.entries)
        assert len(created) <= 1, "more entries appeared than were written"
        if created:
            (new_id,) = created
            if model.unbound is not None:
                model.entries[new_id] = model.unbound
                model.unbound = None
            else:
                assert model.current is None and not model.new.is_blank()
                model.entries[new_id] = model.new
                model.new = Expected()
                model.current = new_id
        assert model.unbound is None, "a new entry that was left was not stored"
        assert editor.entry_id == model.current, "the editor shows another entry"
        assert set(in_db) == set(model.entries), "an entry went missing"
        for entry_id, expected in model.entries.items():
            if entry_id == editor.entry_id and editor.has_unsaved_changes:
                continue
            assert stored(profile.journal.get(entry_id)) == expected.normal()
        kept = [d.entry for d in profile.journal.history.deleted()]
        assert [stored(e) for e in kept] == [e.normal() for _id, e in model.deleted], (
            "Recently deleted does not hold what was deleted"
        )
        on_screen = Expected(
            editor.title_edit.text(),
            editor.body_edit.toPlainText(),
            editor.tag_edit.text(),
            editor.mood_picker.mood(),
        )
        assert on_screen.normal() == model.shown().normal()


@pytest.fixture
def quick_autosave(monkeypatch: pytest.MonkeyPatch) -> None:
    """Autosave a moment after typing stops (the editor reads the delay when built)."""
    monkeypatch.setattr(editor_module, "AUTOSAVE_DELAY_MS", 40)


@settings(
    max_examples=int(os.environ.get("NO_LOSS_EXAMPLES", "30")),
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(STEPS, min_size=1, max_size=18))
# what it found before, kept as fixed examples: locking emptied the editor of the newest
# entry (the next keystroke saved over it); after New the entry left could not be clicked
# again; a new entry came back as another after unlocking; Undo failed when a new entry took
# the deleted entry's id, and opened the wrong entry when a new one was saved on the way
# history, undone and restored again; a deleted entry back from Recently deleted, after a new
# entry took its id
@example(
    steps=[
        ("title", "a"),
        ("wait", None),
        ("title", "b"),
        ("history", 0),
        ("undo", None),
        ("history", 1),
        ("body", "c"),
        ("lock", None),
        ("history", 0),
    ]
)
@example(
    steps=[
        ("title", "a"),
        ("wait", None),
        ("delete", None),
        ("title", "b"),
        ("recently_deleted", 0),
        ("delete", None),
        ("undo", None),
        ("recently_deleted", 0),
    ]
)
@example(
    steps=[
        ("title", "a"),
        ("wait", None),
        ("title", "a"),
        ("history", 0),
        ("history", 1),
        ("undo", None),
    ]
)
@example(
    steps=[
        ("title", "a"),
        ("new", None),
        ("title", "b"),
        ("delete", None),
        ("open", 0),
        ("delete", None),
        ("undo", None),
    ]
)
@example(steps=[("title", "a")])
@example(steps=[("title", "a"), ("new", None), ("title", "a"), ("open", 0), ("open", 0)])
@example(steps=[("title", "a"), ("new", None), ("lock", None), ("tags", "b")])
@example(
    steps=[
        ("title", "a"),
        ("wait", None),
        ("delete", None),
        ("title", "b"),
        ("wait", None),
        ("undo", None),
    ]
)
@example(steps=[("title", "a"), ("lock", None), ("delete", None), ("title", "a"), ("undo", None)])
# a new theme's colours, highlighted again, counted as an edit: pending after locking
@example(steps=[("theme", "dark")])
def test_no_journal_text_is_ever_lost(qtbot, quick_autosave: None, steps: list) -> None:
    with fresh_window(qtbot) as (window, _service), qtbot.capture_exceptions() as errors:
        window.show_area_key("journal")
        journal = Journal(qtbot, window)
        for name, arg in steps:
            journal.do(name, arg)
            assert not errors, errors
            journal.check()
        # and everything is stored once the editor saves (locking saves)
        window_step(qtbot, window, "lock", None)
        journal.check()
        assert not journal.editor.has_unsaved_changes
