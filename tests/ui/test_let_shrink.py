"""Combo boxes that may shrink (ui/reflow.py let_shrink): whole where there is room, cut with
"…" only when the window is narrow (the Insights counselor box once read "Alle Berater:in…"
in a window with room to spare)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from companion.ui.reflow import let_shrink

LONG = "All counselors and their practices"


def _row(qtbot, width: int) -> tuple[QWidget, QComboBox]:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.addWidget(QLabel("Counselor:"))
    combo = let_shrink(QComboBox(), 10)
    combo.addItems(["Dana", LONG])
    combo.setCurrentIndex(1)
    layout.addWidget(combo)
    layout.addStretch(1)
    qtbot.addWidget(row)
    row.resize(width, 60)
    row.show()
    qtbot.waitExposed(row)
    return row, combo


def test_with_room_the_box_shows_its_longest_choice_whole(qtbot) -> None:
    _row_widget, combo = _row(qtbot, 900)
    assert combo.width() >= combo.fontMetrics().horizontalAdvance(LONG) + 16


def test_when_narrow_it_shrinks_to_about_the_letters_asked(qtbot) -> None:
    row, combo = _row(qtbot, 900)
    full = combo.width()
    row.resize(140, 60)
    qtbot.waitUntil(lambda: combo.width() < full)
    assert combo.width() <= combo.minimumWidth() + 2
    assert combo.minimumWidth() < combo.fontMetrics().horizontalAdvance(LONG)
    assert combo.toolTip() == LONG  # the whole text on hover


def test_a_wrapping_title_keeps_one_line_where_there_is_room(qtbot) -> None:
    """The Agenda's title wrapped onto two lines in a 1366 px window."""
    from companion.ui.reflow import WrappingLabel

    row = QWidget()
    layout = QHBoxLayout(row)
    title = WrappingLabel("Agenda for your next session")
    layout.addWidget(title)
    layout.addWidget(QLabel("with"))
    layout.addStretch(1)
    qtbot.addWidget(row)
    row.resize(1000, 80)
    row.show()
    qtbot.waitExposed(row)
    one_line = title.fontMetrics().height()

    def lines_high() -> int:  # the height its text takes at the width it was given
        return title.heightForWidth(title.width())

    assert lines_high() <= one_line + 4
    row.resize(120, 200)  # narrow: it wraps rather than widen the row
    qtbot.waitUntil(lambda: lines_high() > one_line + 4)
    assert row.minimumSizeHint().width() < title.fontMetrics().horizontalAdvance(title.text())
