"""Companion's icons: the app icon, drawn in code, and one line-icon set for everything else.

The line icons are Lucide's (ISC licence, ``icon_set/LICENSE``), shipped as SVG files in
``icon_set/`` next to this module, so the same icons show on every platform and in every
theme. They are drawn in the colours of the application's palette at the moment they are
painted, so they follow a switch between light, dark and high contrast (or the system's
own colours) without being set again:

- an icon in its normal or hovered-over state takes the text colour;
- on a selected row or highlighted menu item, the colour of highlighted text;
- disabled, the palette's muted text colour;
- an *accent* icon (the symbol of a message box) takes the highlight colour.

Every icon the app uses has a name in :data:`NAMES`; :func:`icon` gives it. Qt's own
standard icons (message boxes, dialog buttons) come from the same set through the style
(``theme.CalmStyle.standardIcon``).
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

_log = logging.getLogger(__name__)

ICON_DIR = Path(__file__).resolve().parent / "icon_set"

#: What each icon stands for, and the file of the set that shows it.
NAMES: dict[str, str] = {
    # the areas of the main window (navigation)
    "area-home": "house",
    "area-journal": "notebook-pen",
    "area-agenda": "calendar-check",
    "area-sessions": "calendar-days",
    "area-insights": "chart-line",
    "area-goals": "target",
    "area-feedback": "message-square-heart",
    "area-safety": "life-buoy",
    # actions of the menus and the toolbar
    "new-entry": "square-pen",
    "lock": "lock",
    "settings": "settings",
    "quit": "log-out",
    "search": "search",
    "search-everything": "text-search",
    "safety-plan": "life-buoy",
    "export": "file-output",
    "import": "file-input",
    "backups": "archive",
    "check-in": "messages-square",
    "history": "history",
    "deleted": "trash-2",
    "about": "info",
    "undo": "undo-2",
    "redo": "redo-2",
    "cut": "scissors",
    "copy": "copy",
    "paste": "clipboard-paste",
    "select-all": "text-select",
    "shortcuts": "keyboard",
    "privacy": "shield-check",
    # files kept with entries
    "attach": "paperclip",
    "file-pdf": "file",
    "file-text": "file-text",
    "picture-missing": "image-off",
    # message boxes
    "information": "info",
    "question": "circle-help",
    "warning": "triangle-alert",
    "critical": "circle-x",
    # dialog buttons
    "ok": "check",
    "cancel": "x",
    "save": "save",
    "open": "folder-open",
    "reset": "rotate-ccw",
    "help": "circle-help",
}

#: Icons drawn in the highlight colour rather than the text colour.
ACCENT = frozenset({"information", "question", "warning", "critical"})

_renderers: dict[tuple[str, int], QSvgRenderer] = {}
_pixmaps: dict[tuple[str, int, int, float, int], QPixmap] = {}
_MAX_PIXMAPS = 512


def tint(name: str, mode: QIcon.Mode, palette: QPalette | None = None) -> QColor:
    """The colour icon ``name`` is drawn in, in ``mode``, with ``palette`` (the app's)."""
    palette = palette or QGuiApplication.palette()
    role = QPalette.ColorRole
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, role.WindowText)
    if mode in (QIcon.Mode.Selected, QIcon.Mode.Active):
        # a selected row, a highlighted menu item (the style keeps Active for those)
        return palette.color(role.HighlightedText)
    return palette.color(role.Highlight if name in ACCENT else role.WindowText)


def _renderer(file: str, colour: QColor) -> QSvgRenderer:
    key = (file, colour.rgba())
    renderer = _renderers.get(key)
    if renderer is None:
        from PySide6.QtSvg import QSvgRenderer  # only once an icon is first drawn

        try:
            svg = (ICON_DIR / f"{file}.svg").read_bytes()
        except OSError:
            # a broken installation: a blank icon beside the words, never a failed paint
            _log.warning("icon file missing: %s.svg", file)
            svg = b""
        svg = svg.replace(b"currentColor", colour.name().encode("ascii"))
        renderer = QSvgRenderer(svg)
        _renderers[key] = renderer
    return renderer


def render(name: str, size: QSize, mode: QIcon.Mode, scale: float = 1.0) -> QPixmap:
    """Icon ``name`` as a pixmap of ``size`` (device-independent) in the current palette."""
    colour = tint(name, mode)
    key = (name, size.width(), size.height(), scale, colour.rgba())
    cached = _pixmaps.get(key)
    if cached is not None:
        return cached
    pixmap = QPixmap(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
    pixmap.fill(Qt.GlobalColor.transparent)
    side = min(pixmap.width(), pixmap.height())
    square = QRectF((pixmap.width() - side) / 2, (pixmap.height() - side) / 2, side, side)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _renderer(NAMES[name], colour).render(painter, square)
    painter.end()
    pixmap.setDevicePixelRatio(scale)
    if len(_pixmaps) >= _MAX_PIXMAPS:
        _pixmaps.clear()  # after many theme switches; drawing them again is cheap
    _pixmaps[key] = pixmap
    return pixmap


class _TintedIconEngine(QIconEngine):
    """Draws one icon of the set in the palette's colours each time it is painted."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return render(self._name, size, mode)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        return render(self._name, size, mode, scale)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        scale = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, render(self._name, rect.size(), mode, scale))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        return _TintedIconEngine(self._name)

    def key(self) -> str:
        return "companion-tinted"

    def iconName(self) -> str:
        return self._name

    def isNull(self) -> bool:
        return False


def icon(name: str) -> QIcon:
    """The icon called ``name`` (a key of :data:`NAMES`)."""
    if name not in NAMES:
        raise KeyError(f"no icon called {name!r}")
    return QIcon(_TintedIconEngine(name))


def area_icon(key: str) -> QIcon:
    """The navigation icon of the area ``key`` (companion.ui.areas)."""
    return icon(f"area-{key}")


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


@functools.cache
def app_icon() -> QIcon:
    """Companion's own icon, drawn once at every size a desktop asks for."""
    result = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        result.addPixmap(_draw(size))
    return result
