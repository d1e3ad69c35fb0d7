"""A small line of ratings (0 to 10) painted with Qt, for Home: no chart library is loaded at
start-up for it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QAccessible, QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.ui.accessible_roles import give_role

LOWEST = 0.0
HIGHEST = 10.0


class Sparkline(QWidget):
    """Values from 0 to 10 as a line, oldest left, with an optional band (the client's usual
    range) behind it; the latest value is a larger dot. ``xs`` place the points (any unit,
    oldest smallest); without them the points are spaced evenly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[float] = []
        self.xs: list[float] = []
        self.band: tuple[float, float] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(56)
        self.setMaximumHeight(220)
        give_role(self, QAccessible.Role.Chart)

    def sizeHint(self) -> QSize:
        return QSize(260, 84)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 56)

    def set_values(
        self,
        values: Sequence[float],
        *,
        xs: Sequence[float] | None = None,
        band: tuple[float, float] | None = None,
    ) -> None:
        self.values = list(values)
        self.xs = list(xs) if xs is not None else [float(i) for i in range(len(values))]
        self.band = band
        self.update()

    def _point(self, area: QRectF, x: float, value: float, first: float, span: float) -> QPointF:
        share = 0.5 if span <= 0 else (x - first) / span
        height = (min(max(value, LOWEST), HIGHEST) - LOWEST) / (HIGHEST - LOWEST)
        return QPointF(area.left() + share * area.width(), area.bottom() - height * area.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        area = QRectF(self.rect()).adjusted(6, 6, -6, -6)
        grid = QColor(palette.color(palette.ColorRole.Mid))
        grid.setAlpha(110)
        painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
        for level in (LOWEST, (LOWEST + HIGHEST) / 2, HIGHEST):
            y = self._point(area, 0, level, 0, 1).y()
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        if not self.values:
            painter.end()
            return
        accent = QColor(palette.color(palette.ColorRole.Highlight))
        if self.band is not None:
            low, high = self.band
            fill = QColor(accent)
            fill.setAlpha(48)
            top = self._point(area, 0, high, 0, 1).y()
            bottom = self._point(area, 0, low, 0, 1).y()
            painter.fillRect(QRectF(area.left(), top, area.width(), max(bottom - top, 2)), fill)
        first, last = self.xs[0], self.xs[-1]
        points = [
            self._point(area, x, v, first, last - first)
            for x, v in zip(self.xs, self.values, strict=True)
        ]
        if len(points) > 1:
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            pen = QPen(accent, 2)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        small = 2.5 if len(points) < 40 else 0.0
        for point in points[:-1]:
            if small:
                painter.drawEllipse(point, small, small)
        painter.setPen(QPen(palette.color(palette.ColorRole.Base), 1.5))
        painter.drawEllipse(points[-1], 4.5, 4.5)
        painter.end()
