"""The app icon, drawn in code so that it is available wherever the package is."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap


def _draw(size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    margin = size * 0.06
    rect = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#4f7a6b"))
    p.drawRoundedRect(rect, size * 0.22, size * 0.22)
    # two overlapping speech bubbles: a conversation, kept simple
    pen = QPen(QColor("#ffffff"), max(1.5, size * 0.07))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    bubble = QPainterPath()
    bubble.addRoundedRect(
        QRectF(size * 0.22, size * 0.24, size * 0.42, size * 0.32), size * 0.1, size * 0.1
    )
    p.drawPath(bubble)
    p.setBrush(QColor("#ffffff"))
    p.drawRoundedRect(
        QRectF(size * 0.40, size * 0.46, size * 0.38, size * 0.28), size * 0.09, size * 0.09
    )
    p.end()
    return pixmap


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addPixmap(_draw(size))
    return icon
