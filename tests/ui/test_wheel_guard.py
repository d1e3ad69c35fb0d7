"""A wheel turn over a combo box or a spin box scrolls the page unless that control has the
focus (a stray turn once changed a goal's state while the client scrolled past it)."""

from __future__ import annotations

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

from companion.ui import wheel_guard
from companion.wipe import owned_copy
from tests.ui.conftest import PASSPHRASE


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


def test_the_app_guards_its_windows(qapp, profile_dir, profile) -> None:
    from companion.app import run_app

    for earlier in qapp.findChildren(wheel_guard.WheelGuard):  # from the tests above
        qapp.removeEventFilter(earlier)
        earlier.setParent(None)
    profile.lock()
    # run_app wipes the passphrase it is given: give it a copy, not the shared constant
    secret = owned_copy(PASSPHRASE)
    code = run_app(data_dir=profile_dir, demo=False, exit_when_ready=True, passphrase=secret)
    assert code == 0
    assert qapp.findChild(wheel_guard.WheelGuard) is not None
