"""Controls can be seen in every theme: the edge of an enabled button, tick box, radio button,
spin box or combo box stands out from the window by at least 3:1 (WCAG's non-text contrast),
and a disabled control's edge stands out less than an enabled one's. Block quotes in the
journal's Read view are marked and keep a gap before what follows."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette, QTextCursor, QTextFormat
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
from companion.ui.main_window import MainWindow
from companion.ui.theme import ThemeChoice, apply_theme
from tests.support.typing import type_text
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


QUOTED = "Before the quote\n\n> a quote line\n> second quote line\n\nAfter the quote"


@pytest.mark.parametrize("choice", [ThemeChoice.LIGHT, ThemeChoice.DARK], ids=["light", "dark"])
def test_a_block_quote_in_the_read_view_is_marked_and_spaced(
    qtbot, window: MainWindow, monkeypatch, choice: ThemeChoice
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: choice is ThemeChoice.DARK)
    apply_theme(app, choice)
    try:
        editor = window.journal_view.editor
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, editor.body_edit, QUOTED)
        qtbot.keyClick(editor.body_edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        assert editor.body_stack.currentWidget() is editor.reader

        document = editor.reader.document()
        blocks = []
        block = document.begin()
        while block.isValid():
            blocks.append(block)
            block = block.next()
        quotes = [b for b in blocks if b.blockFormat().intProperty(QTextFormat.BlockQuoteLevel)]
        assert [q.text() for q in quotes] == ["a quote line second quote line"]
        quote = quotes[0]
        frame = QTextCursor(quote).currentFrame()
        assert frame is not document.rootFrame(), "the quote sits in a frame of its own"
        fmt = frame.frameFormat()
        palette = editor.reader.palette()
        base = palette.color(QPalette.ColorRole.Base)
        assert fmt.background().style() != Qt.BrushStyle.NoBrush
        tint = fmt.background().color()
        assert contrast(tint, base) > 1.1, "tinted, not the page's own colour"
        assert contrast(palette.color(QPalette.ColorRole.Text), tint) >= 4.5
        assert fmt.leftMargin() > 0 and fmt.padding() > 0
        assert quote.begin().fragment().charFormat().fontItalic()
        # laid out: a gap between the quote's frame and "After the quote"
        editor.reader.resize(500, 400)
        QApplication.processEvents()
        layout = document.documentLayout()
        after = next(b for b in blocks if b.text() == "After the quote")
        before = blocks[0]
        assert before.text() == "Before the quote"
        # what is painted: the frame's box less its margins
        box = layout.frameBoundingRect(frame).adjusted(
            fmt.leftMargin(), fmt.topMargin(), -fmt.rightMargin(), -fmt.bottomMargin()
        )
        assert layout.blockBoundingRect(after).top() - box.bottom() >= 8
        assert box.top() - layout.blockBoundingRect(before).bottom() >= 2
        assert box.left() > layout.blockBoundingRect(before).left(), "indented"
        # the text around the quote is left as it was
        for plain in (before, after):
            assert QTextCursor(plain).currentFrame() is document.rootFrame()
            assert not plain.begin().fragment().charFormat().fontItalic()
    finally:
        monkeypatch.undo()
        apply_theme(app, ThemeChoice.LIGHT)


def _quote_tint(editor) -> QColor:
    document = editor.reader.document()
    block = document.begin()
    while block.isValid() and not block.blockFormat().intProperty(QTextFormat.BlockQuoteLevel):
        block = block.next()
    assert block.isValid(), "no quote in the read view"
    return QTextCursor(block).currentFrame().frameFormat().background().color()


def test_a_quote_follows_a_change_of_theme_while_it_is_read(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    """Switched to dark while an entry was open in the Read view, the quote kept its light
    tint (light text on a light box) until another entry was opened."""
    from companion.ui.journal.quotes import quote_tint

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: False)
    apply_theme(app, ThemeChoice.LIGHT)
    try:
        editor = window.journal_view.editor
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, editor.body_edit, QUOTED)
        qtbot.keyClick(editor.body_edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        light = _quote_tint(editor)
        apply_theme(app, ThemeChoice.DARK)
        qtbot.waitUntil(lambda: _quote_tint(editor) != light)
        dark = _quote_tint(editor)
        assert dark != light
        assert dark == quote_tint(editor.reader.palette())
        text = editor.reader.palette().color(QPalette.ColorRole.Text)
        assert contrast(text, dark) >= 4.5
    finally:
        monkeypatch.undo()
        apply_theme(app, ThemeChoice.LIGHT)
