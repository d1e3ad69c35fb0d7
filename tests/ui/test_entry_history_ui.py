"""History of an entry (Ctrl+H), Recently deleted and how long history is kept, as a client
uses them: with keys and clicks."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSettings, Qt

from companion.domain.journal import EntryDraft, EntryFilter
from companion.services.journal_history import EntryHistoryService
from companion.ui.journal.history_settings import HistoryRetentionBox
from companion.ui.main_window import MainWindow


def _click_row(qtbot, widget, row: int) -> None:
    item = widget.item(row)
    qtbot.mouseClick(
        widget.viewport(), Qt.MouseButton.LeftButton, pos=widget.visualItemRect(item).center()
    )


def test_history_compares_restores_and_undoes(qtbot, window: MainWindow) -> None:
    profile = window.profile
    assert profile is not None
    entry = profile.journal.create(EntryDraft(title="A hard week at work", body="My manager"))
    profile.journal.update(entry.id, EntryDraft(title="A hard week", body="My manager\nAlso:"))
    window.journal_view.load()
    view = window.journal_view
    editor = view.editor
    assert editor.history_button.isEnabled()
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.body_edit, " the deadline")  # unsaved: History saves it first
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = view.history_dialog
    qtbot.waitExposed(dialog)
    assert dialog.version_list.count() == 2
    _click_row(qtbot, dialog.version_list, 1)  # the first version
    shown = dialog.compare_view.toPlainText()
    assert "A hard week at work" in shown and "+ Also: the deadline" in shown
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert (editor.title_edit.text(), editor.body_edit.toPlainText()) == (
        "A hard week at work",
        "My manager",
    )
    assert profile.journal.get(entry.id).body == "My manager"
    assert view.undo_bar.isVisible() and "earlier version" in view.undo_bar.label.text()
    bodies = [v.body for v in profile.journal.history.versions(entry.id)]
    assert bodies[0] == "My manager\nAlso: the deadline"  # what it said is kept

    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert editor.body_edit.toPlainText() == "My manager\nAlso: the deadline"
    assert profile.journal.get(entry.id).title == "A hard week"
    # undone once: no Undo of the undo that would flip the text back and forth (a user test)
    assert not view.undo_bar.isVisible()


def test_a_new_entry_has_no_history_until_it_is_saved(qtbot, window: MainWindow) -> None:
    editor = window.journal_view.editor
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not editor.history_button.isEnabled() and not editor.delete_button.isEnabled()
    qtbot.keyClicks(editor.body_edit, "first words")
    assert editor.flush()
    assert editor.history_button.isEnabled() and editor.delete_button.isEnabled()
    qtbot.mouseClick(editor.history_button, Qt.MouseButton.LeftButton)
    dialog = window.journal_view.history_dialog
    assert dialog.stack.currentWidget() is dialog.empty_label
    assert "No earlier versions yet" in dialog.empty_label.text()
    dialog.close()


def test_recently_deleted_brings_an_entry_back_with_everything(qtbot, window: MainWindow) -> None:
    profile = window.profile
    assert profile is not None
    written = datetime(2026, 2, 20, 21, 30)
    kept = profile.journal.create(
        EntryDraft(title="Private one", body="zqsecret", mood=3, tags=("sleep",), private=True),
        created_at=written,
    )
    profile.journal.update(
        kept.id,
        EntryDraft(
            title="Private one", body="zqsecret words", mood=3, tags=("sleep",), private=True
        ),
    )
    other = profile.journal.create(EntryDraft(title="Other", body="something else"))
    view = window.journal_view
    view.load()
    view.open_entry(kept.id)
    qtbot.mouseClick(view.editor.delete_button, Qt.MouseButton.LeftButton)
    view.open_entry(other.id)
    qtbot.mouseClick(view.editor.delete_button, Qt.MouseButton.LeftButton)  # Undo: the other
    # neither the list nor search as you type shows deleted entries
    assert view.model.entry_count() == 0
    qtbot.keyClicks(view.search_edit, "zqsecret")
    view.apply_filter()
    assert view.model.entry_count() == 0
    view.search_edit.clear()
    view.apply_filter()

    qtbot.mouseClick(view.deleted_button, Qt.MouseButton.LeftButton)
    dialog = view.deleted_dialog
    qtbot.waitExposed(dialog)
    assert dialog.entry_list.count() == 2
    text = dialog.entry_list.item(1).text()
    assert "Private one" in text and "private" in text and "zqsecret words" in text
    _click_row(qtbot, dialog.entry_list, 1)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    back = profile.journal.get(kept.id)
    assert (back.title, back.body, back.mood, back.tags, back.private, back.created_at) == (
        "Private one",
        "zqsecret words",
        3,
        ("sleep",),
        True,
        written,
    )
    assert [v.body for v in profile.journal.history.versions(kept.id)] == ["zqsecret"]
    assert view.editor.entry_id == kept.id
    assert [s.id for s in profile.journal.list(EntryFilter())] == [kept.id]
    assert [d.entry.id for d in profile.journal.history.deleted()] == [other.id]


def test_how_long_history_is_kept_is_a_setting_of_the_profile(
    qtbot, window: MainWindow, monkeypatch, qt_settings: QSettings
) -> None:
    profile = window.profile
    assert profile is not None
    entry = profile.journal.create(EntryDraft(body="one"))
    profile.journal.update(entry.id, EntryDraft(body="two"))
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    box = dialog.history_box
    assert box.currentData() == 30
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Up)  # 7 days
    qtbot.waitUntil(box.isEnabled, timeout=5000)
    history = profile.service(EntryHistoryService)
    assert history.history_days() == 7
    assert not any("history" in key for key in qt_settings.allKeys())

    asked: list[bool] = []
    monkeypatch.setattr(HistoryRetentionBox, "confirm_no_history", lambda self: asked.append(1))
    for _ in range(4):
        qtbot.keyClick(box, Qt.Key.Key_Down)
        qtbot.waitUntil(box.isEnabled, timeout=5000)
    assert asked and box.currentData() != 0  # not confirmed: nothing changed
    assert history.history_days() == 365  # the steps on the way were stored
    assert history.versions(entry.id) != []

    monkeypatch.setattr(HistoryRetentionBox, "confirm_no_history", lambda self: True)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.waitUntil(box.isEnabled, timeout=5000)
    assert box.currentData() == 0 and history.history_days() == 0
    assert history.counts() == (0, 0)


def test_undo_after_two_deletes_brings_back_the_second(qtbot, window: MainWindow) -> None:
    profile = window.profile
    assert profile is not None
    first = profile.journal.create(EntryDraft(title="First", body="one"))
    second = profile.journal.create(EntryDraft(title="Second", body="two"))
    view = window.journal_view
    view.load()
    view.open_entry(first.id)
    qtbot.mouseClick(view.editor.delete_button, Qt.MouseButton.LeftButton)
    view.open_entry(second.id)
    qtbot.mouseClick(view.editor.delete_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert profile.journal.get(second.id).title == "Second"
    assert view.editor.entry_id == second.id
    assert [d.entry.id for d in profile.journal.history.deleted()] == [first.id]


def test_without_history_undo_still_works_and_nothing_is_kept_after(
    qtbot, window: MainWindow
) -> None:
    profile = window.profile
    assert profile is not None
    profile.journal.history.set_history_days(0)
    first = profile.journal.create(EntryDraft(title="First", body="one"))
    second = profile.journal.create(EntryDraft(title="Second", body="two"))
    view = window.journal_view
    view.load()
    view.open_entry(first.id)
    qtbot.mouseClick(view.editor.delete_button, Qt.MouseButton.LeftButton)
    view.open_entry(second.id)
    qtbot.mouseClick(view.editor.delete_button, Qt.MouseButton.LeftButton)
    assert profile.journal.history.counts() == (0, 1)  # the first went when its Undo did
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert profile.journal.get(second.id).title == "Second"
    assert profile.journal.history.counts() == (0, 0)


def test_versions_saved_within_a_minute_can_be_told_apart(qtbot, window: MainWindow) -> None:
    """Found by a user test: every row read "3 Dec 2026, 15:42 / Tester entry"."""
    profile = window.profile
    assert profile is not None
    entry = profile.journal.create(EntryDraft(title="Tester entry", body="first words"))
    profile.journal.update(entry.id, EntryDraft(title="Tester entry", body="second words"))
    profile.journal.update(entry.id, EntryDraft(title="Tester entry", body="third words"))
    view = window.journal_view
    view.open_entry(entry.id)
    qtbot.mouseClick(view.editor.history_button, Qt.MouseButton.LeftButton)
    dialog = view.history_dialog
    rows = [dialog.version_list.item(i).text() for i in range(dialog.version_list.count())]
    assert len(rows) == 2 and len(set(rows)) == 2
    assert any("first words" in row for row in rows)
    dialog.close()


def test_entry_history_is_in_the_menu_and_ctrl_h_works_from_any_area(
    qtbot, window: MainWindow
) -> None:
    """Found by a user test: Ctrl+H only worked with the cursor in the text, and no menu had
    History."""
    from tests.support.window_actions import activate

    profile = window.profile
    assert profile is not None
    entry = profile.journal.create(EntryDraft(title="Walk", body="one"))
    profile.journal.update(entry.id, EntryDraft(title="Walk", body="two"))
    window.journal_view.open_entry(entry.id)
    assert window.history_action in window.edit_menu.actions()
    window.show_area_key("home")
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area_key() == "journal"
    dialog = window.journal_view.history_dialog
    qtbot.waitExposed(dialog)
    assert dialog.version_list.count() == 1
    dialog.close()
