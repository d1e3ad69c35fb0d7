"""A wheel turn over a combo box or a spin box scrolls the page unless that control has the
focus (a stray turn once changed a goal's state while the client scrolled past it)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.domain.enums import GoalStatus
from companion.domain.goals import GoalDraft
from companion.services.goals import GoalService
from companion.services.profile import UnlockedProfile
from companion.ui import wheel_guard
from companion.ui.goals.view import GoalsView
from companion.ui.main_window import MainWindow


def _turn(widget: QWidget, steps: int = -1) -> None:
    """One notch of the wheel (down for negative ``steps``) over the middle of ``widget``."""
    middle = QPointF(widget.rect().center())
    event = QWheelEvent(
        middle,
        QPointF(widget.mapToGlobal(middle.toPoint())),
        QPoint(),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _page(qtbot) -> tuple[QScrollArea, QComboBox, QSpinBox, QWidget]:
    page = QWidget()
    column = QVBoxLayout(page)
    combo = QComboBox()
    combo.addItems(["Not started", "Under way", "Reached", "Set aside"])
    spin = QSpinBox()
    spin.setRange(0, 10)
    spin.setValue(5)
    other = QSpinBox()
    column.addWidget(combo)
    column.addWidget(spin)
    column.addWidget(other)
    column.addSpacing(2000)  # taller than the window: the page scrolls
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(page)
    area.resize(300, 200)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    return area, combo, spin, other


def test_a_turn_over_an_unfocused_control_scrolls_the_page(qtbot, qapp) -> None:
    wheel_guard.install(qapp)
    area, combo, spin, other = _page(qtbot)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)

    _turn(combo)
    _turn(spin)

    assert combo.currentIndex() == 0
    assert spin.value() == 5
    assert area.verticalScrollBar().value() > 0, "the page did not scroll"
    assert not combo.hasFocus() and not spin.hasFocus()


def test_a_focused_control_still_takes_the_wheel(qtbot, qapp) -> None:
    wheel_guard.install(qapp)
    _area, combo, spin, _other = _page(qtbot)
    qtbot.mouseClick(spin, Qt.MouseButton.LeftButton)  # a click gives the focus
    qtbot.waitUntil(spin.hasFocus)
    _turn(spin, steps=1)
    assert spin.value() == 6

    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _turn(combo)
    assert combo.currentIndex() == 1


def test_installing_twice_guards_once(qapp) -> None:
    assert wheel_guard.install(qapp) is wheel_guard.install(qapp)


@pytest.fixture
def unguarded(qapp) -> None:
    """No guard from the tests above: the window must install its own."""
    for earlier in qapp.findChildren(wheel_guard.WheelGuard):
        qapp.removeEventFilter(earlier)
        earlier.setParent(None)


def test_scrolling_past_a_goal_leaves_where_it_stands(
    unguarded, qtbot, qapp, window: MainWindow, profile: UnlockedProfile
) -> None:
    """The window guards its areas: a wheel turn over a goal's state does not change it."""
    qtbot.waitUntil(lambda: qapp.findChild(wheel_guard.WheelGuard) is not None)  # once it is up
    goal = profile.service(GoalService).create(GoalDraft(title="Call my sister"))
    view = window.show_area_key("goals")
    assert isinstance(view, GoalsView)
    view.load()
    view.open_goal(goal.id)
    view.title_edit.setFocus()
    qtbot.waitUntil(view.title_edit.hasFocus)
    before = view.status_combo.currentIndex()
    _turn(view.status_combo)  # one notch down: the next state, were it not guarded
    assert view.status_combo.currentIndex() == before
    assert view.flush()
    assert profile.service(GoalService).get(goal.id).status is GoalStatus.ACTIVE


def test_controls_made_before_the_guard_are_guarded_too(qtbot, unguarded, qapp) -> None:
    """The window installs the guard once it is up: what it built before is covered."""
    combo = QComboBox()
    combo.addItems(["a", "b"])
    qtbot.addWidget(combo)
    combo.show()
    qtbot.waitExposed(combo)
    assert combo.focusPolicy() == Qt.FocusPolicy.WheelFocus  # Qt's default
    wheel_guard.install(qapp)
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
