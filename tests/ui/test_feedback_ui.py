"""The Feedback area and the phrasing helper, driven as a client would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from companion.domain.counselors import CounselorDraft
from companion.domain.enums import FeedbackKind, FeedbackStatus
from companion.domain.feedback import FeedbackDraft
from companion.services.feedback import FeedbackService
from companion.services.profile import UnlockedProfile
from companion.ui.feedback.phrasing_dialog import PhrasingDialog
from companion.ui.feedback.view import FeedbackView
from tests.support.typing import type_text


@pytest.fixture
def view(qtbot, profile: UnlockedProfile) -> FeedbackView:
    widget = FeedbackView(profile)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.load()
    return widget


def _feedback(profile: UnlockedProfile) -> FeedbackService:
    return profile.service(FeedbackService)


def test_framing_and_empty_state(view: FeedbackView) -> None:
    texts = " ".join(label.text() for label in view.findChildren(type(view.empty_label)))
    assert "welcome feedback" in texts
    assert "private" in texts
    assert "agenda of your next session" in view.agenda_hint.text()
    assert view.list_stack.currentWidget() is view.empty_label
    assert view.current_note() is None


def test_write_a_note_and_mark_it_ready(
    qtbot, view: FeedbackView, profile: UnlockedProfile
) -> None:
    view.kind_combo.setCurrentIndex(view.kind_combo.findData(FeedbackKind.REQUEST))
    type_text(qtbot, view.body_edit, "Could we keep ten minutes\nat the end?")
    view.status_combo.setCurrentIndex(view.status_combo.findData(FeedbackStatus.READY))
    assert view.agenda_hint.font().bold()
    qtbot.keyClick(view.body_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (note,) = _feedback(profile).list(status=FeedbackStatus.READY)
    assert (note.kind, note.body) == (
        FeedbackKind.REQUEST,
        "Could we keep ten minutes\nat the end?",
    )
    assert "agenda" in view.message_label.text()
    assert "Request · Ready to share" in view.list_widget.item(0).text()


def test_empty_note_is_refused_and_nothing_written(
    qtbot, view: FeedbackView, profile: UnlockedProfile
) -> None:
    view.status_combo.setCurrentIndex(view.status_combo.findData(FeedbackStatus.READY))
    qtbot.keyClick(view.body_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "empty" in view.message_label.text()
    assert _feedback(profile).list() == []
    # a new note with nothing written is not kept, and does not block leaving
    assert view.flush()


def test_filters_by_status_and_counselor(qtbot, profile: UnlockedProfile) -> None:
    dana = profile.counselors.create(CounselorDraft(name="Dana"))
    svc = _feedback(profile)
    svc.create(FeedbackDraft(kind=FeedbackKind.APPRECIATION, body="Thanks", counselor_id=dana.id))
    svc.create(FeedbackDraft(kind=FeedbackKind.QUESTION, body="Why?", status=FeedbackStatus.SHARED))
    other = profile.counselors.create(CounselorDraft(name="Alex"))
    svc.create(FeedbackDraft(kind=FeedbackKind.CONCERN, body="Rushed", counselor_id=other.id))
    view = FeedbackView(profile)
    qtbot.addWidget(view)
    view.load()
    assert view.list_widget.count() == 3
    view.status_filter.setCurrentIndex(view.status_filter.findData("open"))
    view.reload_list()
    assert view.list_widget.count() == 2
    view.counselor_filter.set_counselor(dana.id)
    view.reload_list()
    assert [
        view.list_widget.item(i).text().split("\n")[1] for i in range(view.list_widget.count())
    ] == ["Thanks"]
    view.status_filter.setCurrentIndex(view.status_filter.findData(FeedbackStatus.DISCUSSED))
    view.reload_list()
    assert view.list_stack.currentWidget() is view.empty_label

    state = view.remembered()
    again = FeedbackView(profile)
    qtbot.addWidget(again)
    again.load()
    again.restore(state)
    assert again.counselor_filter.counselor_id() == dana.id
    assert again.status_filter.currentData() == FeedbackStatus.DISCUSSED


def test_switching_notes_saves_edits(qtbot, view: FeedbackView, profile: UnlockedProfile) -> None:
    svc = _feedback(profile)
    first = svc.create(FeedbackDraft(kind=FeedbackKind.QUESTION, body="First"))
    svc.create(FeedbackDraft(kind=FeedbackKind.QUESTION, body="Second"))
    view.load()
    view.open_note(first.id)
    qtbot.keyClicks(view.body_edit, "!")
    view.list_widget.setCurrentRow(0)  # the newest, "Second"
    assert "!" in svc.get(first.id).body


def test_phrasing_helper_fills_the_note(
    qtbot, view: FeedbackView, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = PhrasingDialog(view)
    qtbot.addWidget(dialog)
    felt = dialog.fields[0][1]
    qtbot.keyClicks(felt[0], "we ran out of time")
    # half filled: a clear message, the dialog stays
    dialog.show()
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert "blank" in dialog.message_label.text()
    qtbot.keyClicks(felt[1], "rushed")
    assert dialog.preview.text() == "When we ran out of time, I felt rushed."
    helps = next(edits for s, edits in dialog.fields if s.key == "help")
    qtbot.keyClicks(helps[0], "a few minutes to wrap up")
    monkeypatch.setattr(view, "phrasing_dialog", lambda: dialog)
    monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted)
    qtbot.keyClicks(view.body_edit, "About Tuesday:")
    qtbot.mouseClick(view.phrase_button, Qt.MouseButton.LeftButton)
    assert view.body_edit.toPlainText() == (
        "About Tuesday:\n\nWhen we ran out of time, I felt rushed. "
        "What would help me is a few minutes to wrap up."
    )


def test_phrasing_helper_needs_one_sentence(qtbot) -> None:
    dialog = PhrasingDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert "at least one" in dialog.message_label.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_delete_asks_first(
    qtbot, view: FeedbackView, profile: UnlockedProfile, monkeypatch: pytest.MonkeyPatch
) -> None:
    note = _feedback(profile).create(FeedbackDraft(kind=FeedbackKind.CONCERN, body="Hm"))
    view.load()
    monkeypatch.setattr(view, "confirm_delete", lambda n: False)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert _feedback(profile).get(note.id)
    monkeypatch.setattr(view, "confirm_delete", lambda n: True)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert _feedback(profile).list() == []


def test_a_note_saves_itself_while_typing_goes_on(
    qtbot, view: FeedbackView, profile: UnlockedProfile
) -> None:
    assert not view.save_button.isVisibleTo(view)  # nothing to remember to press
    view._autosave.setInterval(30)
    qtbot.mouseClick(view.body_edit, Qt.MouseButton.LeftButton)
    type_text(qtbot, view.body_edit, "Thank you for")
    assert view.message_label.text() == "Editing…"
    qtbot.waitUntil(lambda: view.message_label.text() == "Saved", timeout=2000)
    (note,) = _feedback(profile).list()
    assert note.body == "Thank you for"
    assert view.current_note() is not None and view.current_note().id == note.id
    assert view.heading.text() == view.kind_labels[note.kind]
    assert view.list_widget.count() == 1 and view.delete_button.isEnabled()
    # typing goes on where it was: the cursor stayed, the focus too
    assert view.body_edit.hasFocus()
    type_text(qtbot, view.body_edit, " listening.")
    qtbot.waitUntil(lambda: view.message_label.text() == "Saved", timeout=2000)
    assert _feedback(profile).get(note.id).body == "Thank you for listening."
    assert [n.id for n in _feedback(profile).list()] == [note.id]
