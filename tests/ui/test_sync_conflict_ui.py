"""An entry changed on two computers at the same time, as the client meets it: a note above
the entry, Compare opens the history with the other version marked, and Keep this version
settles it on every computer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from companion.config import ProfilePaths
from companion.domain.journal import EntryDraft, EntryFilter
from companion.services.profile import ProfileService
from companion.ui.main_window import MainWindow
from tests.services.conftest import FAST


def test_the_note_compares_and_keeps(qtbot, window: MainWindow, tmp_path: Path) -> None:
    home = window.profile
    assert home is not None
    folder = tmp_path / "Shared"
    folder.mkdir()
    entry = home.journal.create(EntryDraft(title="Plan", body="first"))
    home.sync.set_up(folder)
    recovery = home.recovery_key()
    work = ProfileService(ProfilePaths(tmp_path / "work")).join(
        folder, recovery, use_keychain=False, passphrase="work phrase 1", params=FAST
    )
    try:
        work.sync.set_up(folder)
        (theirs,) = work.journal.list(EntryFilter())
        work.journal.update(theirs.id, EntryDraft(title="Plan", body="changed at work"))
        work.sync.sync_now()
        home.journal.update(entry.id, EntryDraft(title="Plan", body="changed at home"))
        home.sync.sync_now()  # both changed since they last saw each other
    finally:
        work.lock()

    view = window.journal_view
    view.load()
    editor = view.editor
    assert editor.entry_id == entry.id
    bar = editor.conflict_bar
    qtbot.waitUntil(bar.isVisible, timeout=3000)
    assert "two computers" in bar.label.text()

    qtbot.mouseClick(bar.compare_button, Qt.MouseButton.LeftButton)
    dialog = view.history_dialog
    qtbot.waitExposed(dialog)
    texts = [dialog.version_list.item(i).text() for i in range(dialog.version_list.count())]
    assert any("The other version" in t for t in texts)
    dialog.close()

    qtbot.mouseClick(bar.keep_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    assert home.sync.entries_in_conflict() == set()
    assert editor.body_edit.toPlainText() in {"changed at home", "changed at work"}


def _pair(window: MainWindow, tmp_path: Path, body: str):  # type: ignore[no-untyped-def]
    home = window.profile
    assert home is not None
    folder = tmp_path / "Shared"
    folder.mkdir()
    entry = home.journal.create(EntryDraft(title="Plan", body=body))
    home.sync.set_up(folder)
    work = ProfileService(ProfilePaths(tmp_path / "work")).join(
        folder, home.recovery_key(), use_keychain=False, passphrase="work phrase 1", params=FAST
    )
    work.sync.set_up(folder)
    return home, work, entry


def test_typing_in_an_entry_the_other_computer_deletes_keeps_it(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    home, work, entry = _pair(window, tmp_path, "first")
    try:
        view = window.journal_view
        view.load()
        editor = view.editor
        assert editor.entry_id == entry.id
        qtbot.keyClick(editor.body_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(editor.body_edit, " and more")  # not saved yet
        narrowest = editor.minimumSizeHint().width()
        (theirs,) = work.journal.list(EntryFilter())
        work.journal.delete(theirs.id)
        work.sync.sync_now()
        home.sync.sync_now()  # the deletion arrives while the text is being written
        assert editor.flush()
        assert "deleted on another computer" in editor.status_label.text()
        qtbot.wait(20)  # the layouts take in the new message
        assert editor.minimumSizeHint().width() <= narrowest  # the message never widens it
        (kept,) = home.journal.list(EntryFilter())
        assert home.journal.get(kept.id).body == "first and more"
        # nothing is left pending: the client can go on to another entry
        assert not editor.has_unsaved_changes and editor.entry_id == kept.id
        assert view.model.entry_count() == 1
        # the deleted copy does not stay in Recently deleted (restoring it would make a
        # duplicate), here or on the other computer; what it said is in the history
        assert home.journal.history.deleted() == []
        home.sync.sync_now()
        work.sync.sync_now()
        assert work.journal.history.deleted() == []
        (theirs_now,) = work.journal.list(EntryFilter())
        assert work.journal.get(theirs_now.id).body == "first and more"
    finally:
        work.lock()


def test_typing_over_a_change_from_the_other_computer_keeps_both(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    home, work, entry = _pair(window, tmp_path, "first")
    try:
        view = window.journal_view
        view.load()
        editor = view.editor
        qtbot.keyClick(editor.body_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(editor.body_edit, " typed at home")  # not saved yet
        (theirs,) = work.journal.list(EntryFilter())
        work.journal.update(theirs.id, EntryDraft(title="Plan", body="first, changed at work"))
        work.sync.sync_now()
        home.sync.sync_now()
        assert editor.flush()
        assert home.journal.get(entry.id).body == "first typed at home"
        bar = editor.conflict_bar
        assert bar.isVisible() and "While you were writing" in bar.label.text()
        marked = [v.body for v in home.journal.history.versions(entry.id) if v.other_computer]
        assert marked == ["first, changed at work"]
        qtbot.mouseClick(bar.keep_button, Qt.MouseButton.LeftButton)
        assert not bar.isVisible()
    finally:
        work.lock()
