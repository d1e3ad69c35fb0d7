"""Writing, finding, editing and deleting entries as a client would, with real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from companion.domain.journal import MATCH_START, EntryDraft, EntryFilter
from companion.ui.journal.editor import EntryEditor
from companion.ui.journal.list_model import SummaryRole
from companion.ui.main_window import MainWindow
from tests.support.typing import type_text


def _editor(window: MainWindow) -> EntryEditor:
    return window.journal_view.editor


def _type_entry(qtbot, window: MainWindow, title: str, body: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = _editor(window)
    qtbot.keyClicks(editor.title_edit, title)
    qtbot.keyClicks(editor.body_edit, body)


def test_empty_journal_says_so_warmly(window: MainWindow) -> None:
    view = window.journal_view
    assert view.list_stack.currentWidget() is view.empty_label
    assert "empty" in view.empty_label.text()


def test_write_an_entry_autosaves_and_it_appears_in_the_list(qtbot, window: MainWindow) -> None:
    _type_entry(qtbot, window, "Monday", "Talked to my manager about the workload.")
    editor = _editor(window)
    qtbot.waitUntil(lambda: editor.status_label.text() == "Saved", timeout=5000)
    profile = window.profile
    assert profile is not None
    stored = profile.journal.list(EntryFilter())
    assert [s.title for s in stored] == ["Monday"]
    view = window.journal_view
    assert view.model.entry_count() == 1
    assert view.list_stack.currentWidget() is view.list_view


def test_mood_tags_and_flags_are_saved(qtbot, window: MainWindow) -> None:
    _type_entry(qtbot, window, "", "Walked by the river.")
    editor = _editor(window)
    qtbot.mouseClick(editor.mood_picker.buttons[7], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.tag_edit, "Outside, calm")
    editor.session_box.click()
    assert editor.flush()
    profile = window.profile
    assert profile is not None and editor.entry_id is not None
    entry = profile.journal.get(editor.entry_id)
    assert (entry.mood, entry.tags, entry.bring_to_session, entry.private) == (
        7,
        ("calm", "outside"),
        True,
        False,
    )
    # clicking the chosen mood again clears it
    qtbot.mouseClick(editor.mood_picker.buttons[7], Qt.MouseButton.LeftButton)
    assert editor.flush()
    assert profile.journal.get(editor.entry_id).mood is None


def test_switching_entries_saves_pending_edits(qtbot, window: MainWindow) -> None:
    profile = window.profile
    assert profile is not None
    first = profile.journal.create(EntryDraft(title="One", body="first"))
    profile.journal.create(EntryDraft(title="Two", body="second"))
    window.journal_view.load()
    view = window.journal_view
    row_one = view.model.row_of(first.id)
    assert row_one is not None
    # edit the open entry ("Two") and switch away before the autosave timer fires
    qtbot.keyClick(view.editor.body_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.editor.body_edit, " plus more")
    view.list_view.setCurrentIndex(view.model.index(row_one))
    assert view.editor.entry_id == first.id
    bodies = {e.title: profile.journal.get(e.id).body for e in profile.journal.list(EntryFilter())}
    assert bodies["Two"] == "second plus more"


def test_search_as_you_type_finds_and_highlights(qtbot, window: MainWindow) -> None:
    profile = window.profile
    assert profile is not None
    profile.journal.create(EntryDraft(title="Sunday", body="Long phone call with my sister."))
    profile.journal.create(EntryDraft(title="Monday", body="Quiet day."))
    window.journal_view.load()
    view = window.journal_view
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search_edit.hasFocus()
    qtbot.keyClicks(view.search_edit, "sis")
    qtbot.waitUntil(lambda: view.model.entry_count() == 1, timeout=3000)
    row = next(r for r in range(view.model.rowCount()) if view.model.summary_at(r))
    summary = view.model.index(row).data(SummaryRole)
    assert MATCH_START in summary.highlighted
    assert "1 entry found" in view.result_label.text()
    view.search_edit.clear()
    qtbot.waitUntil(lambda: view.model.entry_count() == 2, timeout=3000)


def test_no_match_has_a_friendly_empty_state(qtbot, window: MainWindow) -> None:
    profile = window.profile
    assert profile is not None
    profile.journal.create(EntryDraft(body="something"))
    window.journal_view.load()
    view = window.journal_view
    qtbot.keyClicks(view.search_edit, "zebra")
    qtbot.waitUntil(lambda: view.list_stack.currentWidget() is view.empty_label, timeout=3000)
    assert "Nothing matches" in view.empty_label.text()


def test_tag_filter(qtbot, window: MainWindow) -> None:
    profile = window.profile
    assert profile is not None
    profile.journal.create(EntryDraft(body="a", tags=("work",)))
    profile.journal.create(EntryDraft(body="b", tags=("home",)))
    window.journal_view.load()
    view = window.journal_view
    index = view.tag_combo.findData("work")
    view.tag_combo.setCurrentIndex(index)
    view.tag_combo.activated.emit(index)
    assert view.model.entry_count() == 1


def test_delete_with_undo(qtbot, window: MainWindow) -> None:
    profile = window.profile
    assert profile is not None
    entry = profile.journal.create(EntryDraft(title="Keep me", body="text", tags=("t",)))
    window.journal_view.load()
    view = window.journal_view
    assert view.editor.entry_id == entry.id
    qtbot.mouseClick(view.editor.delete_button, Qt.MouseButton.LeftButton)
    assert profile.journal.count() == 0
    assert view.undo_bar.isVisible()
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert profile.journal.get(entry.id) == entry
    assert view.editor.entry_id == entry.id
    assert not view.undo_bar.isVisible()


def test_read_view_renders_markdown(qtbot, window: MainWindow) -> None:
    editor = _editor(window)
    type_text(qtbot, editor.body_edit, "# Heading\n\n**bold** words")
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert editor.body_stack.currentWidget() is editor.reader
    assert "**" not in editor.reader.toPlainText()
    assert "bold words" in editor.reader.toPlainText()


def test_prompt_is_inserted_into_the_body(window: MainWindow) -> None:
    editor = _editor(window)
    menu = editor.prompt_button.menu()
    first_theme = menu.actions()[0].menu()
    first_theme.actions()[0].trigger()
    assert editor.body_edit.toPlainText().startswith("> ")
    assert editor.has_unsaved_changes


def test_mood_picker_keyboard(qtbot, window: MainWindow) -> None:
    picker = _editor(window).mood_picker
    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_7)
    assert picker.mood() == 7
    qtbot.keyClick(picker, Qt.Key.Key_Right)
    assert picker.mood() == 8
    qtbot.keyClick(picker, Qt.Key.Key_Delete)
    assert picker.mood() is None


def test_overlong_tag_shows_a_message_and_keeps_the_text(qtbot, window: MainWindow) -> None:
    editor = _editor(window)
    qtbot.keyClicks(editor.body_edit, "important words")
    qtbot.keyClicks(editor.tag_edit, "x" * 50)
    assert not editor.flush()
    assert "at most" in editor.status_label.text()
    assert editor.body_edit.toPlainText() == "important words"
    editor.tag_edit.clear()
    qtbot.keyClicks(editor.tag_edit, "fine")
    assert editor.flush()


def test_lazy_loading_of_a_long_journal(qtbot, window: MainWindow) -> None:
    from datetime import datetime, timedelta

    profile = window.profile
    assert profile is not None
    start = datetime(2020, 1, 1, 9)
    profile.journal.add_many(
        (start + timedelta(days=i), EntryDraft(body=f"day {i}")) for i in range(400)
    )
    window.journal_view.load()
    model = window.journal_view.model
    assert model.entry_count() == model.PAGE
    model.load_all()
    assert model.entry_count() == 400
    headers = [model.index(r).data() for r in range(model.rowCount()) if not model.summary_at(r)]
    assert len(headers) == len(set(headers)) == 14  # Jan 2020 .. Feb 2021


def test_an_entry_can_be_written_with_the_keyboard_only(qtbot, window: MainWindow) -> None:
    """Ctrl+N, the title, Tab to the body, the text: every key goes where the focus is."""
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = _editor(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.title_edit, timeout=2000)
    qtbot.keyClicks(QApplication.focusWidget(), "Keys only")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.body_edit
    qtbot.keyClicks(QApplication.focusWidget(), "Written without the mouse.")
    qtbot.waitUntil(lambda: editor.status_label.text() == "Saved", timeout=5000)
    profile = window.profile
    assert profile is not None
    [stored] = profile.journal.list(EntryFilter())
    assert stored.title == "Keys only"
    assert profile.journal.get(stored.id).body == "Written without the mouse."


def test_a_new_entry_can_be_deleted_as_soon_as_something_is_written(
    qtbot, window: MainWindow
) -> None:
    editor = _editor(window)
    view = window.journal_view
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not editor.delete_button.isEnabled()  # nothing to delete yet
    qtbot.keyClicks(editor.title_edit, "Not what I meant")
    assert editor.delete_button.isEnabled()  # before the autosave, and without another entry
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    profile = window.profile
    assert profile is not None
    assert profile.journal.count() == 0
    assert editor.entry_id is None and editor.title_edit.text() == ""
    assert view.undo_bar.isVisible()
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert [s.title for s in profile.journal.list(EntryFilter())] == ["Not what I meant"]


def _stored_tags(window: MainWindow) -> tuple[str, ...]:
    editor = _editor(window)
    assert window.profile is not None and editor.entry_id is not None
    return window.profile.journal.get(editor.entry_id).tags


def test_a_half_typed_tag_is_not_saved_until_it_is_finished(qtbot, window: MainWindow) -> None:
    from tests.support.window_actions import activate

    activate(qtbot, window)
    editor = _editor(window)
    editor._autosave.setInterval(30)
    qtbot.keyClicks(editor.title_edit, "Monday")
    qtbot.mouseClick(editor.tag_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.tag_edit, "wo")  # still typing it
    qtbot.wait(200)
    assert editor.entry_id is not None and editor.status_label.text() == "Saved"
    assert _stored_tags(window) == ()
    assert editor.has_unsaved_changes  # the tag is not lost: it waits
    qtbot.keyClicks(editor.tag_edit, "rk, sle")  # a comma finishes "work"
    qtbot.wait(200)
    assert _stored_tags(window) == ("work",)
    qtbot.keyClick(editor.tag_edit, Qt.Key.Key_Return)  # Return finishes "sle"
    qtbot.wait(200)
    assert _stored_tags(window) == ("sle", "work")
    qtbot.keyClicks(editor.tag_edit, "calm")
    editor.body_edit.setFocus()  # leaving the field finishes it too
    qtbot.waitUntil(lambda: _stored_tags(window) == ("calm", "sle", "work"), timeout=2000)
    assert not editor.has_unsaved_changes


def test_a_tag_being_typed_is_saved_when_the_entry_is_left(qtbot, window: MainWindow) -> None:
    from tests.support.window_actions import activate

    activate(qtbot, window)
    editor = _editor(window)
    qtbot.keyClicks(editor.title_edit, "Tuesday")
    qtbot.mouseClick(editor.tag_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.tag_edit, "unfinished")
    assert editor.tag_edit.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    profile = window.profile
    assert profile is not None
    (stored,) = profile.journal.list(EntryFilter())
    assert profile.journal.get(stored.id).tags == ("unfinished",)


def test_completion_never_only_repeats_what_is_typed(qtbot, window: MainWindow) -> None:
    from tests.support.window_actions import activate

    activate(qtbot, window)
    tags = _editor(window).tag_edit
    tags.set_known_tags(["calm", "work", "workout"])
    qtbot.mouseClick(tags, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tags, "wo")
    popup = tags._completer.popup()
    assert popup.isVisible() and popup.model().rowCount() == 2
    qtbot.keyClicks(tags, "rkout")
    assert not popup.isVisible()  # the only row would be "workout" itself
    tags.clear()
    qtbot.keyClicks(tags, "work")
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert popup.isVisible() and shown == ["workout"]
