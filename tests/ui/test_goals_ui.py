"""The Goals area driven as a client would, with real widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from companion.domain.counselors import CounselorDraft
from companion.domain.enums import GoalKind, GoalStatus
from companion.domain.goals import GoalDraft
from companion.services.goals import GoalService
from companion.services.profile import UnlockedProfile
from companion.ui.goals.view import GoalsView


@pytest.fixture
def view(qtbot, profile: UnlockedProfile) -> GoalsView:
    widget = GoalsView(profile)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.load()
    return widget


def _goals(profile: UnlockedProfile) -> GoalService:
    return profile.service(GoalService)


def test_empty_state_is_friendly_and_ready_for_a_new_goal(view: GoalsView) -> None:
    assert view.list_stack.currentWidget() is view.empty_label
    assert "No hopes or goals" in view.empty_label.text()
    assert view.current_goal() is None
    assert not view.progress_box.isVisibleTo(view)


def test_write_a_goal_with_the_keyboard(qtbot, view: GoalsView, profile: UnlockedProfile) -> None:
    qtbot.keyClicks(view.title_edit, "Sleep through most nights")
    view.kind_combo.setCurrentIndex(view.kind_combo.findData(GoalKind.EXPECTATION))
    qtbot.keyClick(view.title_edit, Qt.Key.Key_Return)
    stored = _goals(profile).list()
    assert [(g.title, g.kind) for g in stored] == [
        ("Sleep through most nights", GoalKind.EXPECTATION)
    ]
    assert view.list_widget.count() == 1
    assert view.message_label.text() == "Saved"
    assert view.progress_box.isVisibleTo(view)


def test_empty_title_shows_a_message_and_writes_nothing(
    qtbot, view: GoalsView, profile: UnlockedProfile
) -> None:
    qtbot.keyClicks(view.details_edit, "something")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert "title" in view.message_label.text()
    assert _goals(profile).list() == []
    assert view.details_edit.toPlainText() == "something"  # nothing lost
    assert view.flush() is False


def test_blank_new_goal_does_not_block_leaving(view: GoalsView, profile: UnlockedProfile) -> None:
    view.kind_combo.setCurrentIndex(1 - view.kind_combo.currentIndex())
    assert view.flush()
    assert _goals(profile).list() == []


def test_invalid_edit_keeps_the_goal_open_when_switching(
    qtbot, view: GoalsView, profile: UnlockedProfile
) -> None:
    first = _goals(profile).create(GoalDraft(title="First"))
    second = _goals(profile).create(GoalDraft(title="Second"))
    view.load()
    view.open_goal(first.id)
    view.title_edit.clear()
    qtbot.keyClicks(view.title_edit, " ")
    row = view._row_of(second.id)
    assert row is not None
    view.list_widget.setCurrentRow(row)
    current = view.current_goal()
    assert current is not None and current.id == first.id
    assert "title" in view.message_label.text()
    assert _goals(profile).get(first.id).title == "First"
    assert view.flush() is False


def test_edit_status_and_flush(qtbot, view: GoalsView, profile: UnlockedProfile) -> None:
    goal = _goals(profile).create(GoalDraft(title="Call my sister"))
    view.load()
    view.open_goal(goal.id)
    view.status_combo.setCurrentIndex(view.status_combo.findData(GoalStatus.LET_GO))
    assert view.message_label.text() == "Not saved yet"
    assert view.flush()
    assert _goals(profile).get(goal.id).status is GoalStatus.LET_GO
    assert "Let go" in view.list_widget.item(0).text()
    view.closed_box.setChecked(False)
    assert view.list_stack.currentWidget() is view.empty_label


def test_ratings_are_added_listed_and_drawn(
    qtbot, view: GoalsView, profile: UnlockedProfile
) -> None:
    goal = _goals(profile).create(GoalDraft(title="Walk more"))
    view.load()
    # no rating chosen yet: a message, nothing written
    qtbot.mouseClick(view.add_rating_button, Qt.MouseButton.LeftButton)
    assert "Choose how close" in view.message_label.text()
    assert _goals(profile).history(goal.id) == []

    # the same 0-10 buttons as a check-in: a digit on the keyboard, or a click
    assert view.message_label.text() and view.rating_row.hasFocus()
    qtbot.keyClick(view.rating_row, Qt.Key.Key_6)
    assert view.rating_row.value() == 6
    qtbot.keyClicks(view.note_edit, "good week")
    qtbot.keyClick(view.note_edit, Qt.Key.Key_Return)
    history = _goals(profile).history(goal.id)
    assert [(p.rating, p.note, p.rated_on) for p in history] == [(6, "good week", date.today())]
    assert view.sparkline.ratings() == [6]
    assert "6 of 10" in view.history_list.item(0).text()
    assert "feels like 6 of 10" in view.list_widget.item(0).text()
    assert view.rating_row.value() is None  # ready for the next one


def test_rating_linked_to_a_session(qtbot, view: GoalsView, profile: UnlockedProfile) -> None:
    from datetime import UTC, datetime

    from tests.services.test_goal_service import add_session

    dana = profile.counselors.create(CounselorDraft(name="Dana"))
    session_id = add_session(profile, dana.id, datetime(2026, 1, 6, 16, tzinfo=UTC))
    goal = _goals(profile).create(GoalDraft(title="Walk more", counselor_id=dana.id))
    view.load()
    view.open_goal(goal.id)
    index = view.session_combo.findData(session_id)
    assert index > 0 and "Dana" in view.session_combo.itemText(index)
    view.session_combo.setCurrentIndex(index)
    assert not view.date_edit.isEnabled()
    qtbot.mouseClick(view.rating_row.buttons[4], Qt.MouseButton.LeftButton)
    assert "4 of 10" in view.rating_row.value_label.text()
    qtbot.mouseClick(view.add_rating_button, Qt.MouseButton.LeftButton)
    (rating,) = _goals(profile).history(goal.id)
    assert (rating.session_id, rating.rated_on) == (session_id, date(2026, 1, 6))


def test_remove_a_rating_with_delete_and_undo(
    qtbot, view: GoalsView, profile: UnlockedProfile
) -> None:
    goal = _goals(profile).create(GoalDraft(title="Walk more"))
    _goals(profile).add_progress(goal.id, 3, on=date(2026, 1, 1))
    _goals(profile).add_progress(goal.id, 5, on=date(2026, 2, 1))
    view.load()
    assert view.sparkline.ratings() == [3, 5]
    view.history_list.setFocus()
    view.history_list.setCurrentRow(0)  # newest first
    qtbot.keyClick(view.history_list, Qt.Key.Key_Delete)
    assert [p.rating for p in _goals(profile).history(goal.id)] == [3]
    assert view.undo_bar.isVisibleTo(view)
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert [p.rating for p in _goals(profile).history(goal.id)] == [3, 5]
    assert not view.undo_bar.isVisibleTo(view)
    assert view.sparkline.ratings() == [3, 5]


def test_delete_asks_first(
    qtbot, view: GoalsView, profile: UnlockedProfile, monkeypatch: pytest.MonkeyPatch
) -> None:
    goal = _goals(profile).create(GoalDraft(title="Say no"))
    view.load()
    asked: list[str] = []
    monkeypatch.setattr(view, "confirm_delete", lambda g: asked.append(g.title) or False)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["Say no"] and _goals(profile).get(goal.id)
    monkeypatch.setattr(view, "confirm_delete", lambda g: True)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert _goals(profile).list() == []
    assert view.list_stack.currentWidget() is view.empty_label


def test_counselor_filter_and_remembered_place(qtbot, profile: UnlockedProfile) -> None:
    dana = profile.counselors.create(CounselorDraft(name="Dana"))
    alex = profile.counselors.create(CounselorDraft(name="Alex"))
    _goals(profile).create(GoalDraft(title="With Dana", counselor_id=dana.id))
    alex_goal = _goals(profile).create(GoalDraft(title="With Alex", counselor_id=alex.id))
    view = GoalsView(profile)
    qtbot.addWidget(view)
    view.load()
    view.counselor_filter.set_counselor(alex.id)
    view.counselor_filter.counselorChanged.emit(alex.id)
    assert [
        view.list_widget.item(i).text().split("\n")[0] for i in range(view.list_widget.count())
    ] == ["With Alex"]
    view.open_goal(alex_goal.id)
    state = view.remembered()
    again = GoalsView(profile)
    qtbot.addWidget(again)
    again.load()
    again.restore(state)
    current = again.current_goal()
    assert current is not None and current.id == alex_goal.id
    assert again.counselor_filter.counselor_id() == alex.id
    # a new goal starts with the counselor being shown
    again.new_goal()
    assert again.counselor_combo.currentData() == alex.id


def test_a_chosen_rating_is_never_dropped_by_switching_goal_or_saving(
    qtbot, view: GoalsView, profile: UnlockedProfile
) -> None:
    """Found by a user test: a number clicked in "How close" vanished when the client chose
    another goal or pressed Save (the Add button sat below the fold)."""
    first = _goals(profile).create(GoalDraft(title="Walk more"))
    second = _goals(profile).create(GoalDraft(title="Sleep earlier"))
    view.load()
    view.open_item(first.id)
    qtbot.keyClick(view.rating_row, Qt.Key.Key_7)
    row = next(
        i for i in range(view.list_widget.count()) if "Sleep" in view.list_widget.item(i).text()
    )
    qtbot.mouseClick(
        view.list_widget.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.list_widget.visualItemRect(view.list_widget.item(row)).center(),
    )
    assert [p.rating for p in _goals(profile).history(first.id)] == [7]
    assert view._current is not None and view._current.id == second.id

    qtbot.keyClick(view.rating_row, Qt.Key.Key_4)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert [p.rating for p in _goals(profile).history(second.id)] == [4]
