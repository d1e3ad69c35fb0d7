"""The agenda area with real widgets: adding with the keyboard, reordering with Alt+Up/Down
and by dragging, dropping with undo, and the after-session flow with ticks and carry-over."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from companion.domain.agenda import LineKind, SessionNotes
from companion.domain.counselors import CounselorDraft
from companion.domain.enums import FeedbackKind, FeedbackStatus, SessionStatus
from companion.domain.journal import EntryDraft
from companion.services.agenda import AgendaService
from companion.services.profile import UnlockedProfile
from companion.storage.engine import Database
from companion.ui.agenda.after_session import AfterSessionDialog
from companion.ui.agenda.view import AgendaView, single_move

ALT = Qt.KeyboardModifier.AltModifier


def _db(db: Database) -> Database:
    return db


def add_session(
    profile: UnlockedProfile,
    counselor_id: int,
    starts_at: datetime,
    status: SessionStatus = SessionStatus.PLANNED,
) -> int:
    from companion.storage.models import CounselingSessionRow

    with profile.service(_db).session() as s:
        row = CounselingSessionRow(
            counselor_id=counselor_id, starts_at=starts_at, time_zone="UTC", status=status
        )
        s.add(row)
        s.flush()
        return row.id


def add_ready_feedback(profile: UnlockedProfile, counselor_id: int, body: str) -> int:
    from companion.storage.models import FeedbackNoteRow

    with profile.service(_db).session() as s:
        row = FeedbackNoteRow(
            counselor_id=counselor_id,
            kind=FeedbackKind.QUESTION,
            status=FeedbackStatus.READY,
            body=body,
        )
        s.add(row)
        s.flush()
        return row.id


@pytest.fixture
def counselor(profile: UnlockedProfile) -> int:
    return profile.counselors.create(CounselorDraft(name="Dana")).id


@pytest.fixture
def view(qtbot, profile: UnlockedProfile) -> AgendaView:
    widget = AgendaView(profile)
    qtbot.addWidget(widget)
    widget.resize(800, 500)
    widget.show()
    return widget


def texts(view: AgendaView) -> list[str]:
    return [line.text for line in view.lines()]


def test_without_a_counselor_it_says_to_add_one(view: AgendaView) -> None:
    view.load()
    assert view.stack.currentWidget() is view.no_counselor_label
    assert "Sessions" in view.no_counselor_label.text()
    assert view.open_after_session() is None
    assert "Sessions" in view.error_label.text()


def test_add_items_with_the_keyboard_and_reorder_with_alt_arrows(
    qtbot, view: AgendaView, profile: UnlockedProfile, counselor: int
) -> None:
    view.load()
    assert view.list_stack.currentWidget() is view.empty_label
    for text in ("Sleep", "Work", "My sister"):
        qtbot.keyClicks(view.add_edit, text)
        qtbot.keyClick(view.add_edit, Qt.Key.Key_Return)
    assert view.add_edit.text() == ""
    assert texts(view) == ["Sleep", "Work", "My sister"]
    assert view.list.currentRow() == 2  # the new item is selected

    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Up, ALT)
    qtbot.keyClick(view.list, Qt.Key.Key_Up, ALT)
    assert texts(view) == ["My sister", "Sleep", "Work"]
    assert view.list.currentRow() == 0
    qtbot.keyClick(view.list, Qt.Key.Key_Down, ALT)
    assert texts(view) == ["Sleep", "My sister", "Work"]
    stored = profile.service(AgendaService).agenda(counselor)
    assert [line.text for line in stored] == ["Sleep", "My sister", "Work"]

    # blank input: a message, nothing added
    qtbot.keyClicks(view.add_edit, "   ")
    qtbot.keyClick(view.add_edit, Qt.Key.Key_Return)
    assert "few words" in view.error_label.text()
    assert len(view.lines()) == 3


def test_dragging_a_line_stores_the_new_order(
    qtbot, view: AgendaView, profile: UnlockedProfile, counselor: int
) -> None:
    svc = profile.service(AgendaService)
    for text in ("A", "B", "C"):
        svc.add(counselor, text)
    view.load()
    before = view.list.keys()
    # what the list does on an internal drop: the row moves, then the view stores it
    item = view.list.takeItem(2)
    view.list.insertItem(0, item)
    moved = single_move(before, view.list.keys())
    assert moved is not None
    view.list.lineDropped.emit(*moved)
    qtbot.waitUntil(lambda: texts(view) == ["C", "A", "B"])
    assert [line.text for line in svc.agenda(counselor)] == ["C", "A", "B"]


def test_sources_important_and_drop_with_undo(
    qtbot, view: AgendaView, profile: UnlockedProfile, counselor: int
) -> None:
    entry = profile.journal.create(
        EntryDraft(title="Sunday", body="hard day", bring_to_session=True, private=True)
    )
    add_ready_feedback(profile, counselor, "Can we talk about pace?")
    add_session(profile, counselor, datetime.now(UTC) + timedelta(days=2))
    view.load()
    assert "Next session" in view.next_label.text()
    assert [line.kind for line in view.lines()] == [LineKind.JOURNAL, LineKind.FEEDBACK]
    label = view.list.item(0).toolTip()
    assert "From your journal" in label and "private" in label

    view.list.setCurrentRow(1)
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert view.lines()[1].important
    assert "Matters most" in view.list.item(1).toolTip()
    assert view.important_button.isChecked()

    view.list.setCurrentRow(0)
    qtbot.keyClick(view.list, Qt.Key.Key_Delete)
    assert [line.kind for line in view.lines()] == [LineKind.FEEDBACK]
    assert view.undo_bar.isVisibleTo(view)
    assert not profile.journal.get(entry.id).bring_to_session
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert [line.kind for line in view.lines()] == [LineKind.JOURNAL, LineKind.FEEDBACK]
    assert profile.journal.get(entry.id).bring_to_session
    assert not view.undo_bar.isVisibleTo(view)


def test_ctrl_z_brings_back_the_line_taken_off(
    qtbot, view: AgendaView, profile: UnlockedProfile, counselor: int
) -> None:
    from tests.support.window_actions import activate

    svc = profile.service(AgendaService)
    for text in ("First", "Second"):
        svc.add(counselor, text)
    view.load()
    activate(qtbot, view)
    view.list.setCurrentRow(0)
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Delete)
    assert texts(view) == ["Second"]
    assert view.undo_bar.isVisibleTo(view) and view.list.hasFocus()  # Delete again works
    assert view.undo_button.accessibleName() == "Undo taking off the agenda"
    qtbot.keyClick(view.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert texts(view) == ["First", "Second"]
    assert not view.undo_bar.isVisibleTo(view)
    qtbot.keyClick(view.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert texts(view) == ["First", "Second"]  # once only


def test_edit_an_item_in_place(qtbot, view: AgendaView, profile: UnlockedProfile, counselor: int):
    svc = profile.service(AgendaService)
    svc.add(counselor, "Old words")
    view.load()
    item = view.list.item(0)
    item.setText("New words")  # what committing the inline editor does
    assert texts(view) == ["New words"]
    view.list.item(0).setText("  ")
    assert "few words" in view.error_label.text()
    assert texts(view) == ["New words"]


def test_ideas_menu_adds_the_question(view: AgendaView, counselor: int) -> None:
    view.load()
    actions = view.ideas_menu.actions()
    assert 5 <= len(actions) <= 8
    actions[0].trigger()
    assert texts(view) == [actions[0].text()]


def test_flush_keeps_text_waiting_in_the_field(
    qtbot, view: AgendaView, profile: UnlockedProfile, counselor: int
) -> None:
    view.load()
    qtbot.keyClicks(view.add_edit, "Not added yet")
    assert view.flush()
    assert [line.text for line in profile.service(AgendaService).agenda(counselor)] == [
        "Not added yet"
    ]
    assert view.remembered() == {"counselor": counselor}


def test_after_session_ticks_save_and_carry_over(
    qtbot, view: AgendaView, profile: UnlockedProfile, counselor: int
) -> None:
    svc = profile.service(AgendaService)
    svc.add(counselor, "Talked")
    svc.add(counselor, "Next time")
    entry = profile.journal.create(EntryDraft(title="Walk", body="x", bring_to_session=True))
    session_id = add_session(profile, counselor, datetime.now(UTC) - timedelta(hours=1))
    view.load()

    qtbot.keyClick(
        view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = view.after_session_dialog
    assert isinstance(dialog, AfterSessionDialog)
    assert dialog.session_id == session_id
    assert dialog.attended_box.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.takeaways_edit, "Go slower")
    qtbot.keyClicks(dialog.to_try_edit, "Evening walk")
    dialog.discussed_list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.discussed_list.item(2).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert texts(view) == ["Next time"]  # carried over
    assert svc.session_notes(session_id) == SessionNotes("Go slower", "Evening walk", "")
    assert svc.session(session_id).status == SessionStatus.ATTENDED
    assert not profile.journal.get(entry.id).bring_to_session
    assert svc.discussed_in(session_id) == ["Talked", "Walk"]


def test_after_session_notes_are_kept_when_closing(
    qtbot, view: AgendaView, profile: UnlockedProfile, counselor: int, monkeypatch
) -> None:
    svc = profile.service(AgendaService)
    svc.add(counselor, "Item")
    session_id = add_session(
        profile, counselor, datetime.now(UTC) - timedelta(days=1), SessionStatus.ATTENDED
    )
    view.load()
    dialog = view.open_after_session(session_id)
    assert dialog is not None
    assert not dialog.attended_box.isVisibleTo(dialog)  # already attended
    qtbot.keyClicks(dialog.not_right_edit, "Felt rushed")
    dialog.discussed_list.item(0).setCheckState(Qt.CheckState.Checked)

    asked: list[bool] = []

    def cancel() -> QMessageBox.StandardButton:
        asked.append(True)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(dialog, "ask_about_ticks", cancel)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert asked and dialog.isVisible()  # cancelled: still open

    monkeypatch.setattr(dialog, "ask_about_ticks", lambda: QMessageBox.StandardButton.Discard)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert svc.session_notes(session_id).not_right == "Felt rushed"  # notes kept
    assert texts(view) == ["Item"]  # ticks discarded: still on the agenda


def test_after_session_autosaves_notes_and_shows_problems(
    qtbot, view: AgendaView, profile: UnlockedProfile, counselor: int
) -> None:
    session_id = add_session(profile, counselor, datetime.now(UTC) - timedelta(hours=3))
    future = add_session(profile, counselor, datetime.now(UTC) + timedelta(hours=5))
    view.load()
    dialog = view.open_after_session(session_id)
    assert dialog is not None
    qtbot.keyClicks(dialog.takeaways_edit, "Autosaved")
    svc = profile.service(AgendaService)
    qtbot.waitUntil(lambda: svc.session_notes(session_id).takeaways == "Autosaved", timeout=3000)
    assert dialog.status_label.text() == "Notes saved"

    # switching to another session saves first and loads that one's notes
    index = dialog.session_combo.findText(
        next(
            dialog.session_combo.itemText(i)
            for i in range(dialog.session_combo.count())
            if dialog.session_combo.itemData(i).id == future
        )
    )
    dialog.session_combo.setCurrentIndex(index)
    assert dialog.session_id == future and dialog.takeaways_edit.toPlainText() == ""
    assert not dialog.attended_box.isVisibleTo(dialog)  # not happened yet
    dialog.done(0)


def test_after_session_without_sessions_says_so(view: AgendaView, counselor: int) -> None:
    view.load()
    dialog = view.open_after_session()
    assert dialog is not None
    assert dialog.stack.currentWidget() is dialog.no_session_label
    assert "Sessions" in dialog.no_session_label.text()
    assert not dialog.save_button.isEnabled()
    dialog.done(0)


def test_reveal_selects_an_item_from_a_search(
    view: AgendaView, profile: UnlockedProfile, counselor: int
) -> None:
    other = profile.counselors.create(CounselorDraft(name="Sam")).id
    svc = profile.service(AgendaService)
    svc.add(other, "First")
    wanted = svc.add(other, "Second")
    view.load()
    view.reveal(wanted.id)
    assert view.counselor_id() == other
    assert view.current_line() is not None and view.current_line().text == "Second"
    view.reveal(99999)  # gone: nothing happens
    assert view.counselor_id() == other
