"""Controls can be seen in every theme: the edge of an enabled button, tick box, radio button,
spin box or combo box stands out from the window by at least 3:1 (WCAG's non-text contrast),
and a disabled control's edge stands out less than an enabled one's."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from companion.ui import theme
from companion.ui.theme import ThemeChoice, apply_theme
from tests.ui.test_themes import contrast

THEMES = [
    (ThemeChoice.LIGHT, False),
    (ThemeChoice.DARK, True),
    (ThemeChoice.HIGH_CONTRAST, False),
    (ThemeChoice.HIGH_CONTRAST, True),
]
THEME_IDS = ["light", "dark", "contrast-light", "contrast-dark"]


@pytest.fixture(params=THEMES, ids=THEME_IDS)
def themed(request, qapp: QApplication, monkeypatch) -> Iterator[QApplication]:
    choice, dark = request.param
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: dark)
    apply_theme(qapp, choice)
    yield qapp
    monkeypatch.undo()
    apply_theme(qapp, ThemeChoice.LIGHT)


def _strongest(image: QImage, points: list[tuple[int, int]], against: QColor) -> float:
    return max(contrast(image.pixelColor(x, y), against) for x, y in points)


def _top_edge(widget: QWidget) -> list[tuple[int, int]]:
    """The top rows of a box-shaped control, a third of the way across (clear of its text
    and of a spin box's arrows)."""
    x = widget.width() // 3
    return [(x, y) for y in range(5)]


def _indicator_edge(widget: QWidget) -> list[tuple[int, int]]:
    """The left edge of a tick box's or radio button's indicator, on its middle row."""
    element = (
        QStyle.SubElement.SE_RadioButtonIndicator
        if isinstance(widget, QRadioButton)
        else QStyle.SubElement.SE_CheckBoxIndicator
    )
    option = QStyleOptionButton()
    option.initFrom(widget)
    rect: QRect = widget.style().subElementRect(element, option, widget)
    y = rect.center().y()
    return [(x, y) for x in range(rect.left(), rect.left() + 4)]


def _box(kind: type[QWidget]) -> Callable[[], QWidget]:
    def make() -> QWidget:
        widget = kind()
        if isinstance(widget, QComboBox):
            widget.addItems(["One", "Two"])
        return widget

    return make


CONTROLS: list[tuple[str, Callable[[], QWidget], Callable[[QWidget], list[tuple[int, int]]]]] = [
    ("button", lambda: QPushButton("Remove"), _top_edge),
    ("spin box", _box(QSpinBox), _top_edge),
    ("combo box", _box(QComboBox), _top_edge),
    ("tick box", lambda: QCheckBox("Private"), _indicator_edge),
    ("radio button", lambda: QRadioButton("Since the last session"), _indicator_edge),
]


def _edge_contrast(qtbot, make: Callable[[], QWidget], edge, *, enabled: bool) -> float:
    holder = QWidget()
    qtbot.addWidget(holder)
    widget = make()
    widget.setParent(holder)
    widget.setEnabled(enabled)
    widget.resize(max(widget.sizeHint().width(), 120), widget.sizeHint().height())
    widget.move(10, 10)
    holder.resize(widget.width() + 20, widget.height() + 20)
    holder.show()
    image = widget.grab().toImage()
    window = holder.palette().color(QPalette.ColorRole.Window)
    return _strongest(image, edge(widget), window)


@pytest.mark.parametrize(("name", "make", "edge"), CONTROLS, ids=[c[0] for c in CONTROLS])
def test_an_enabled_controls_edge_reaches_three_to_one(qtbot, themed, name, make, edge) -> None:
    assert _edge_contrast(qtbot, make, edge, enabled=True) >= 3.0, name


@pytest.mark.parametrize(("name", "make", "edge"), CONTROLS, ids=[c[0] for c in CONTROLS])
def test_a_disabled_control_stands_out_less_than_an_enabled_one(
    qtbot, themed, name, make, edge
) -> None:
    enabled = _edge_contrast(qtbot, make, edge, enabled=True)
    disabled = _edge_contrast(qtbot, make, edge, enabled=False)
    assert disabled < enabled, name
