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
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from companion.domain.journal import TITLE_MAX, EntryFilter, JournalEntry, normalize_tags
from companion.ui.journal import editor as editor_module
from companion.ui.main_window import MainWindow
from tests.support.typing import type_text
from tests.support.window_actions import WINDOW_STEPS, fresh_window, window_step

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)
STEPS = st.one_of(
    st.tuples(st.just("title"), WORD),
    st.tuples(st.just("body"), st.lists(WORD, min_size=1, max_size=4).map(" ".join)),
    st.tuples(st.just("body_line"), WORD),
    st.tuples(st.just("tags"), WORD),
    st.tuples(st.just("mood"), st.integers(0, 10)),
    st.just(("new", None)),
    st.tuples(st.just("open"), st.integers(0, 20)),
    st.just(("delete", None)),
    st.just(("undo", None)),
    st.just(("wait", None)),
    WINDOW_STEPS,
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


@dataclass
class Model:
    entries: dict[int, Expected] = field(default_factory=dict)
    #: The entry the editor shows (None: a new entry, whose text is ``new``).
    current: int | None = None
    new: Expected = field(default_factory=Expected)
    #: A new entry the editor left, which must have been stored by now.
    unbound: Expected | None = None
    #: The deleted entry the Undo bar can bring back.
    trash: tuple[int, Expected] | None = None

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
            qtbot.keyClick(self.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
            model.leave_new_entry()
            model.current = None
        elif name == "open":
            self._open(arg)
        elif name == "delete":
            if not editor.delete_button.isEnabled():
                return
            deleted = editor.entry_id
            qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
            model.trash = (deleted, model.entries.pop(deleted))
            model.current = None
            model.new = Expected()
        elif name == "undo":
            if self.view.undo_bar.isHidden() or model.trash is None:
                return
            model.leave_new_entry()
            qtbot.mouseClick(self.view.undo_button, Qt.MouseButton.LeftButton)
            restored = editor.entry_id
            assert restored is not None
            model.entries[restored] = model.trash[1]
            model.current = restored
            model.trash = None
        elif name == "wait":
            qtbot.wait(3 * editor_module.AUTOSAVE_DELAY_MS)
        elif window_step(qtbot, self.window, name, arg):
            if name in ("lock", "idle_lock"):
                model.trash = None  # locking puts the Undo bar away
        else:
            raise AssertionError(name)

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
