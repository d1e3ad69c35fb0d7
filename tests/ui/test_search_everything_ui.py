from __future__ import annotations

from PySide6.QtCore import Qt

from companion.domain.enums import FeedbackKind
from companion.domain.feedback import FeedbackDraft
from companion.domain.journal import EntryDraft
from companion.services.feedback import FeedbackService
from companion.ui.main_window import MainWindow
from companion.ui.search_dialog import SearchDialog


def test_search_everything_finds_and_opens_entries_and_feedback(qtbot, window: MainWindow) -> None:
    profile = window.profile
    assert profile is not None
    entry = profile.journal.create(EntryDraft(title="Evening", body="thinking about boundaries"))
    note = profile.service(FeedbackService).create(
        FeedbackDraft(FeedbackKind.REQUEST, "I would like to talk about boundaries more slowly.")
    )
    other = profile.journal.create(EntryDraft(title="Other", body="nothing here"))
    window.journal_view.load()
    window.journal_view.open_entry(other.id)
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.search_dialog
    assert isinstance(dialog, SearchDialog)
    qtbot.keyClicks(dialog.field, "boundar")
    qtbot.waitUntil(lambda: dialog.results.count() == 2, timeout=3000)
    assert "2 results" in dialog.status.text()
    assert dialog.results.item(0).text().startswith("Journal")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert window.journal_view.editor.entry_id == entry.id
    # and a feedback note opens in its area
    window.search_everything()
    dialog = window.search_dialog
    qtbot.keyClicks(dialog.field, "slowly")
    qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=3000)
    dialog.results.setCurrentRow(0)
    dialog.results.itemActivated.emit(dialog.results.item(0))
    view = window.areas.currentWidget()
    assert type(view).__name__ == "FeedbackView"
    assert view.current_note() is not None and view.current_note().id == note.id


def test_nothing_found_is_said_plainly(qtbot, window: MainWindow) -> None:
    window.search_everything()
    dialog = window.search_dialog
    qtbot.keyClicks(dialog.field, "zebra")
    qtbot.waitUntil(lambda: dialog.status.text() == "Nothing found.", timeout=3000)
