"""Rows that fit a narrow window: a layout that wraps its widgets onto more lines, and combo
boxes that may be narrower than their longest choice.

Companion has to work in a 900 × 600 window, in the longer German texts too, so no row may
force the window wider than that: a wide row wraps (:class:`FlowLayout`) instead.
"""

from __future__ import annotations

import itertools
from typing import cast

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)


def _hidden(item: QLayoutItem) -> bool:
    widget = item.widget()
    return widget is not None and widget.isHidden()


class FlowLayout(QLayout):
    """Lays its items out left to right and starts a new line where the next one would not
    fit, like words in a paragraph. Its minimum width is that of its widest item."""

    def __init__(
        self,
        parent: QWidget | None = None,
        spacing: int = 6,
        *,
        last_to_the_right: bool = False,
        fill: bool = False,
        whole_words: bool = False,
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        #: the last item sits at the right end of its line (like a row with a stretch in it)
        self._last_right = last_to_the_right
        #: the items of each line share its leftover room (like a row of stretching fields)
        self._fill = fill
        #: start a new line where an item would not fit at the width it prefers, rather than
        #: where it would not fit even shrunk: boxes that cut their text with "…" then show it
        #: whole on a line of their own before they cut it (longer words in other languages)
        self._whole = whole_words
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def spacing(self) -> int:
        return self._spacing

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        width = sum(i.sizeHint().width() for i in self._visible())
        width += self._spacing * max(0, len(self._visible()) - 1)
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not _hidden(i)]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Break the items into lines where even their smallest widths would not fit; then,
        line by line, let them grow towards the widths they prefer (in order) with the room
        left, and with ``fill`` share out what remains. Returns the height used."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        width = max(area.width(), 0)
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            size = item.sizeHint() if self._whole else item.minimumSize()
            least = min(max(size.width(), item.minimumSize().width()), width)
            if lines[-1] and used + least > width:
                lines.append([])
                used = 0
            lines[-1].append(item)
            used += least + self._spacing
        last = self._visible()[-1:] if self._last_right else []
        top = area.y()
        for number, line in enumerate(lines):
            if not line:
                continue
            widths = [min(i.minimumSize().width(), width) for i in line]
            room = width - sum(widths) - self._spacing * (len(line) - 1)
            for k, item in enumerate(line):
                grow = max(0, min(item.sizeHint().width(), width) - widths[k])
                grow = min(grow, max(room, 0))
                widths[k] += grow
                room -= grow
            if self._fill and room > 0:
                widths = [w + room // len(line) for w in widths]
            heights = [
                max(i.sizeHint().height(), i.minimumSize().height())
                if not i.hasHeightForWidth()
                else i.heightForWidth(w)
                for i, w in zip(line, widths, strict=True)
            ]
            height = max(heights)
            if move:
                left = area.x()
                for item, w, h in zip(line, widths, heights, strict=True):
                    if item in last:
                        left = max(left, area.right() + 1 - w)
                    # centred on the line, so a label sits level with the box beside it
                    item.setGeometry(QRect(left, top + (height - h) // 2, w, h))
                    left += w + self._spacing
            top += height + (self._spacing if number < len(lines) - 1 else 0)
        return top - rect.y() + m.bottom()


def flow_widget(*widgets: QWidget, spacing: int = 6, last_to_the_right: bool = False) -> QWidget:
    """A plain widget whose children flow over as many lines as its width needs."""
    holder = QWidget()
    flow = FlowLayout(holder, spacing, last_to_the_right=last_to_the_right)
    for widget in widgets:
        flow.addWidget(widget)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    holder.setSizePolicy(policy)
    return holder


def group(*widgets: QWidget, spacing: int = 6) -> QWidget:
    """Widgets kept side by side on one line (one item of a flow)."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(spacing)
    for widget in widgets:
        row.addWidget(widget)
    return holder


class _ElidedText(QObject):
    """Paints a combo box's current text ending in "…" where it does not fit (Qt cuts it)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.Paint
            or not isinstance(watched, QComboBox)
            or watched.isEditable()
        ):
            return False
        option = QStyleOptionComboBox()
        watched.initStyleOption(option)
        painter = QStylePainter(watched)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = watched.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            watched,
        )
        room = field.width() - 4
        if not option.currentIcon.isNull():
            room -= option.iconSize.width() + 4
        option.currentText = watched.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, room
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        painter.end()
        return True


def let_shrink(combo: QComboBox, characters: int = 10) -> QComboBox:
    """Let ``combo`` be narrower than its longest choice when room is short (down to about
    ``characters`` letters): the closed box then ends its text in "…"; the open list shows it
    whole, and so does the box's tooltip unless it has one of its own. Where there is room,
    the box is as wide as its longest choice."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    text = QSize(metrics.averageCharWidth() * characters, metrics.height())
    least = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, combo)
    combo.setMinimumWidth(least.width())  # layouts shrink it to this, not to its choices
    combo.installEventFilter(_ElidedText(combo))
    combo.setProperty("elides", True)  # cut with "…" on purpose (the clipping tests know)
    if not combo.toolTip():
        combo.currentTextChanged.connect(combo.setToolTip)
        combo.setToolTip(combo.currentText())
    return combo


def scrolling(content: QWidget, *, sideways: bool = True) -> QScrollArea:
    """``content`` in a frameless scroll area that gives it the whole width: a page or a
    column that scrolls up and down when the window is shorter than it. With ``sideways``
    False it never scrolls sideways: the area is kept as wide as ``content`` needs, so the
    layout around it gives way instead."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    follow_focus(area)
    if not sideways:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        area.setMinimumWidth(content.minimumSizeHint().width() + bar)
    return area


def _in_layout(layout: QLayout) -> list[QWidget]:
    """The widgets of ``layout`` (and of its layouts) in reading order: a grid row by row,
    left to right, any other layout in its own order."""
    items = [item for i in range(layout.count()) if (item := layout.itemAt(i)) is not None]
    if isinstance(layout, QGridLayout):
        places: dict[int, tuple[int, int]] = {}
        for i, item in enumerate(items):
            # (row, column, rows spanned, columns spanned); typed loosely by PySide6
            position = cast("tuple[int, int, int, int]", layout.getItemPosition(i))
            places[id(item)] = (position[0], position[1])
        items.sort(key=lambda item: places[id(item)])
    found: list[QWidget] = []
    for item in items:
        widget = item.widget()
        inner = item.layout()
        if widget is not None:
            found.append(widget)
        elif inner is not None:
            found += _in_layout(inner)
    return found


def tab_stops_in_layout_order(container: QWidget) -> list[QWidget]:
    """The widgets inside ``container`` that Tab stops on, in the order its layouts show
    them (a control's own parts, such as a combo box's text field, are its business)."""
    stops: list[QWidget] = []
    layout = container.layout()
    for widget in _in_layout(layout) if layout is not None else []:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stops.append(widget)
        else:
            stops += tab_stops_in_layout_order(widget)
    return stops


def tab_in_layout_order(container: QWidget) -> None:
    """Let Tab go through ``container`` in the order its layouts show things, top to bottom
    and left to right (Qt's order is the order widgets were made in, so rows added later
    would come last wherever they are shown)."""
    stops = tab_stops_in_layout_order(container)
    for first, second in itertools.pairwise(stops):
        QWidget.setTabOrder(first, second)


class _FocusFollower(QObject):
    """Scrolls its area to whatever inside it takes the keyboard focus."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self._area = area
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is None:
            return
        try:
            inner = self._area.widget()
        except RuntimeError:
            return  # the area is being deleted (its controls lose focus as they go)
        if inner is not None and inner.isAncestorOf(now):
            self._area.ensureWidgetVisible(now)


def follow_focus(area: QScrollArea) -> None:
    """Make a page's scroll area a quiet one for the keyboard: not a stop of Tab itself (a
    screen reader would stop on an empty, nameless pane; Page Up and Page Down still scroll
    it from any control inside), and scrolled to whatever inside takes focus, however focus
    got there (Qt scrolls only when Tab moves from one control inside to the next, so
    Shift+Tab from below the page would land on a control out of sight)."""
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    _FocusFollower(area)


class WrappingLabel(QLabel):
    """A label that stays on one line where its row has room and wraps onto more lines only
    when the row is short (a word-wrapped QLabel asks for less width than one line takes,
    so it wraps even in a wide window)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        one_line = (
            self.fontMetrics().horizontalAdvance(self.text())
            + margins.left()
            + margins.right()
            + 2 * self.margin()
            + 2  # rounding
        )
        return QSize(one_line, self.heightForWidth(one_line))
