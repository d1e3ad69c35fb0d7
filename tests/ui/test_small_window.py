"""Companion in a 900 × 600 window, driven as a client would: long goal titles end in "…"
instead of making the list scroll sideways, the goal rating is reached with Tab and comes into
view, and the journal's mood row and tick boxes work whole in German."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from companion.domain.goals import GoalDraft
from companion.services.goals import GoalService
from companion.services.profile import ProfileService, UnlockedProfile
from companion.ui.goals.view import GoalsView
from companion.ui.main_window import MainWindow
from companion.ui.preferences import Preferences

LONG_TITLE = (
    "Understand why I keep overcommitting myself at work and at home, "
    "Selbstfürsorgeverantwortungsbewusstsein included"
)


@pytest.fixture(params=["en", "de"])
def small_window(
    request, qtbot, qapp: QApplication, service: ProfileService, profile: UnlockedProfile
) -> Iterator[MainWindow]:
    from companion.ui import i18n

    i18n.install_translator(qapp, request.param)
    win = MainWindow(service, profile, Preferences())
    qtbot.addWidget(win)
    win.resize(900, 600)
    win.show()
    win.start(background_work=False)
    qtbot.waitExposed(win)
    try:
        yield win
    finally:
        if win.profile is not None:
            win.profile.lock()
        i18n.remove_translators(qapp)


def _shown_in(widget: QWidget, holder: QWidget) -> bool:
    """Whether all of ``widget`` lies inside ``holder`` (a scroll area's viewport)."""
    top_left = widget.mapTo(holder, QPoint(0, 0))
    return holder.rect().contains(QRect(top_left, widget.size()))


def _open_goals(qtbot, window: MainWindow, profile: UnlockedProfile) -> GoalsView:
    profile.service(GoalService).create(GoalDraft(title=LONG_TITLE))
    nav = window.nav
    row = next(i for i in range(nav.count()) if nav.item(i).text() in ("Goals", "Ziele"))
    qtbot.mouseClick(
        nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(row)).center()
    )
    view = window.areas.currentWidget()
    assert isinstance(view, GoalsView)
    qtbot.wait(20)
    return view


def test_a_long_goal_title_ends_in_an_ellipsis_not_a_sideways_scroll(
    qtbot, small_window: MainWindow, profile: UnlockedProfile
) -> None:
    view = _open_goals(qtbot, small_window, profile)
    assert small_window.size().toTuple() == (900, 600)
    listed = view.list_widget
    item = listed.item(0)
    rect = listed.visualItemRect(item)
    qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.current_goal() is not None and view.current_goal().title == LONG_TITLE
    assert not listed.horizontalScrollBar().isVisible()
    assert listed.horizontalScrollBar().maximum() == 0
    assert rect.width() <= listed.viewport().width()
    assert LONG_TITLE in item.toolTip()  # the whole title, for the end the row cuts short
    assert view.heading.width() <= view.editor_scroll.viewport().width()


def test_the_goal_rating_comes_into_view_when_tabbed_to(
    qtbot, small_window: MainWindow, profile: UnlockedProfile
) -> None:
    view = _open_goals(qtbot, small_window, profile)
    listed = view.list_widget
    qtbot.mouseClick(
        listed.viewport(),
        Qt.MouseButton.LeftButton,
        pos=listed.visualItemRect(listed.item(0)).center(),
    )
    view.status_combo.setFocus()  # the goal's last field; the rating is a few Tabs on
    for _ in range(8):
        if view.rating_row.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.wait(20)
    assert view.rating_row.hasFocus()
    viewport = view.editor_scroll.viewport()
    assert _shown_in(view.rating_row, viewport)
    assert not view.editor_scroll.horizontalScrollBar().isVisible()
    qtbot.keyClick(view.rating_row, Qt.Key.Key_7)
    assert _shown_in(view.rating_row.buttons[7], viewport)
    qtbot.mouseClick(view.add_rating_button, Qt.MouseButton.LeftButton)
    goal = view.current_goal()
    assert goal is not None
    assert [p.rating for p in profile.service(GoalService).history(goal.id)] == [7]


def test_the_mood_row_and_the_tick_boxes_work_whole(
    qtbot, small_window: MainWindow, profile: UnlockedProfile
) -> None:
    small_window.show_area_key("journal")
    qtbot.wait(20)
    editor = small_window.journal_view.editor
    picker = editor.mood_picker
    for widget in (*picker.buttons, picker.clear_button, editor.private_box, editor.session_box):
        assert widget.width() >= min(widget.sizeHint().width(), widget.maximumWidth()) - 8
        assert _shown_in(widget, small_window)
    qtbot.mouseClick(picker.buttons[7], Qt.MouseButton.LeftButton)
    assert picker.mood() == 7
    qtbot.mouseClick(picker.clear_button, Qt.MouseButton.LeftButton)
    assert picker.mood() is None
    qtbot.mouseClick(editor.session_box, Qt.MouseButton.LeftButton)
    assert editor.session_box.isChecked()


@pytest.mark.parametrize("width", [900, 1100])
def test_the_journal_filters_show_their_whole_choice_before_cutting_it(
    qtbot, small_window: MainWindow, width: int
) -> None:
    """ "Alle Einträge" was cut to "Alle Ei…" in a 1100 px German window: the filter boxes go
    onto another line before any of them cuts its text."""
    from companion.ui.journal.view import JournalView

    small_window.resize(width, 700)
    view = small_window.areas.currentWidget()
    if not isinstance(view, JournalView):
        nav = small_window.nav
        row = next(i for i in range(nav.count()) if nav.item(i).text() in ("Journal", "Tagebuch"))
        rect = nav.visualItemRect(nav.item(row))
        qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        view = small_window.areas.currentWidget()
    assert isinstance(view, JournalView)
    qtbot.wait(20)
    for combo in (view.tag_combo, view.period_combo, view.flagged_combo):
        assert combo.isVisible()
        assert combo.width() >= combo.sizeHint().width(), combo.currentText()
