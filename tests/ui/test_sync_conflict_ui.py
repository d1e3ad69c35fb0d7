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
    assert any("another computer" in t for t in texts)
    dialog.close()

    qtbot.mouseClick(bar.keep_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    assert home.sync.entries_in_conflict() == set()
    assert editor.body_edit.toPlainText() in {"changed at home", "changed at work"}
