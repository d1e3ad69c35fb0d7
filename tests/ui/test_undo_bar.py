"""The Undo bar the journal, the agenda and goals share: it says what was done, undoes it
once, goes away after a while, and keeps an undo that did not go through."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from companion.ui import undo_bar as undo_module
from companion.ui.undo_bar import UndoBar
from tests.support.window_actions import activate


def _bar(qtbot) -> tuple[QWidget, UndoBar, QLineEdit]:
    owner = QWidget()
    bar = UndoBar()
    field = QLineEdit()
    layout = QVBoxLayout(owner)
    layout.addWidget(field)
    layout.addWidget(bar)
    qtbot.addWidget(owner)
    owner.show()
    qtbot.waitExposed(owner)
    activate(qtbot, owner)  # any window will do
    return owner, bar, field


def test_undo_runs_once_and_hides_the_bar(qtbot) -> None:
    _owner, bar, _field = _bar(qtbot)
    done: list[str] = []
    forgotten: list[str] = []
    bar.offer("Entry deleted.", lambda: done.append("undo"), lambda: forgotten.append("gone"))
    assert bar.isVisible() and bar.offering
    assert bar.label.text() == "Entry deleted."
    assert bar.button.text() == "&Undo"
    assert bar.button.accessibleName() == "Undo: Entry deleted."
    assert bar.button.hasFocus()
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    assert done == ["undo"] and forgotten == []
    assert not bar.isVisible() and not bar.offering
    bar.undo()
    assert done == ["undo"]


def test_an_offer_that_goes_unused_is_forgotten_after_a_while(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(undo_module, "UNDO_VISIBLE_MS", 30)
    _owner, bar, _field = _bar(qtbot)
    forgotten: list[str] = []
    bar.offer("Rating removed.", lambda: None, lambda: forgotten.append("gone"))
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=2000)
    assert forgotten == ["gone"] and not bar.offering


def test_a_new_offer_forgets_the_one_before(qtbot) -> None:
    _owner, bar, _field = _bar(qtbot)
    forgotten: list[str] = []
    bar.offer("First.", lambda: None, lambda: forgotten.append("first"))
    bar.offer("Second.", lambda: None)
    assert forgotten == ["first"] and bar.label.text() == "Second."


def test_the_view_can_name_the_button_and_keep_the_focus(qtbot) -> None:
    _owner, bar, field = _bar(qtbot)
    field.setFocus()
    bar.offer(
        "Taken off the agenda.", lambda: None, accessible_name="Undo taking it off", focus=False
    )
    assert bar.button.accessibleName() == "Undo taking it off"
    assert field.hasFocus()


def test_an_undo_that_did_not_go_through_stays_on_offer(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(undo_module, "UNDO_VISIBLE_MS", 10_000)
    _owner, bar, _field = _bar(qtbot)
    tries: list[int] = []

    def undo() -> bool:
        tries.append(1)
        return len(tries) > 1  # the first try fails (the view says why)

    bar.offer("Rating removed.", undo)
    qtbot.wait(1000)  # more than a coarse timer's slack (5 %)
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    assert bar.isVisible() and bar.offering and bar.button.hasFocus()
    assert 0 < bar._timer.remainingTime() < 10_000  # the time it had left, not anew
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    assert len(tries) == 2 and not bar.isVisible()


def test_the_undo_key_does_what_is_offered(qtbot) -> None:
    owner, bar, field = _bar(qtbot)
    bar.add_shortcut(owner)
    done: list[str] = []
    field.setReadOnly(True)  # a field that edits would take Ctrl+Z for itself
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert done == []  # nothing offered: nothing happens
    bar.offer("Taken off the agenda.", lambda: done.append("undo"), focus=False)
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert done == ["undo"] and not bar.isVisible()
