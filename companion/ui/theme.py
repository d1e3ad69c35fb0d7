"""Light, dark and high-contrast themes on Qt's Fusion style.

"Follow the system" follows the system's light or dark scheme live, and when the system asks
for high contrast (Windows' contrast themes, macOS "Increase contrast", GNOME's high-contrast
setting) it steps aside and uses the system's own colours instead of Companion's calm
palette. Clients can also choose light, dark or Companion's own high-contrast palette.
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

from companion.ui.icons import icon


class ThemeChoice(enum.StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "contrast"


_LIGHT = {
    "window": "#f6f4f1",
    "base": "#ffffff",
    "alt": "#f0ede8",
    "text": "#2b2a28",
    "muted": "#6d6a65",
    "button": "#ece8e2",
    "highlight": "#4f7a6b",
    "on_highlight": "#ffffff",
    "link": "#2f6b8a",
    "tooltip": "#ffffe8",
    "mid": "#d6d1c9",
}
_DARK = {
    "window": "#22252a",
    "base": "#1a1c20",
    "alt": "#272a30",
    "text": "#e6e3de",
    "muted": "#a19d96",
    "button": "#2e3238",
    "highlight": "#6fa893",
    "on_highlight": "#101214",
    "link": "#8cc4e0",
    "tooltip": "#2e3238",
    "mid": "#3a3e45",
}

#: Companion's own high contrast: black on white, or white on black with yellow selection;
#: every text pair has a contrast ratio of at least 7:1.
_CONTRAST_LIGHT = {
    "window": "#ffffff",
    "base": "#ffffff",
    "alt": "#f0f0f0",
    "text": "#000000",
    "muted": "#333333",
    "button": "#ffffff",
    "highlight": "#00307a",
    "on_highlight": "#ffffff",
    "link": "#0000b8",
    "tooltip": "#ffffff",
    "mid": "#000000",
}
_CONTRAST_DARK = {
    "window": "#000000",
    "base": "#000000",
    "alt": "#141414",
    "text": "#ffffff",
    "muted": "#d9d9d9",
    "button": "#000000",
    "highlight": "#ffe100",
    "on_highlight": "#000000",
    "link": "#9cd2ff",
    "tooltip": "#000000",
    "mid": "#ffffff",
}


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def system_prefers_high_contrast() -> bool:
    # keep the style hints referenced: PySide invalidates the accessibility hints together
    # with a dropped wrapper of their parent
    hints = QGuiApplication.styleHints()
    accessibility = hints.accessibility()
    return accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast


def effective_dark(choice: ThemeChoice) -> bool:
    if choice in (ThemeChoice.SYSTEM, ThemeChoice.HIGH_CONTRAST):
        return system_prefers_dark()
    return choice is ThemeChoice.DARK


def palette_for(dark: bool, *, high_contrast: bool = False) -> QPalette:
    colours = (_CONTRAST_DARK if dark else _CONTRAST_LIGHT) if high_contrast else None
    colours = colours or (_DARK if dark else _LIGHT)
    c = {k: QColor(v) for k, v in colours.items()}
    p = QPalette()
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, role.Window, c["window"])
        p.setColor(group, role.WindowText, c["text"])
        p.setColor(group, role.Base, c["base"])
        p.setColor(group, role.AlternateBase, c["alt"])
        p.setColor(group, role.Text, c["text"])
        p.setColor(group, role.Button, c["button"])
        p.setColor(group, role.ButtonText, c["text"])
        p.setColor(group, role.Highlight, c["highlight"])
        p.setColor(group, role.HighlightedText, c["on_highlight"])
        p.setColor(group, role.Link, c["link"])
        p.setColor(group, role.ToolTipBase, c["tooltip"])
        p.setColor(group, role.ToolTipText, c["text"])
        p.setColor(group, role.PlaceholderText, c["muted"])
        p.setColor(group, role.Mid, c["mid"])
        p.setColor(group, role.Midlight, c["alt"])
        p.setColor(group, role.Light, c["base"])
        p.setColor(group, role.Dark, c["mid"])
        p.setColor(group, role.BrightText, c["on_highlight"])
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(disabled, r, c["muted"])
    p.setColor(disabled, role.Base, c["alt"])
    p.setColor(disabled, role.Button, c["alt"])
    return p


#: A few shared touches on top of the palette; colours always come from the palette.
STYLE_SHEET = """
QListWidget#areaNav { background: palette(alternate-base); border: none; padding-top: 10px;
                      outline: 0; }
QListWidget#areaNav::item { padding: 8px 12px; margin: 1px 8px; border-radius: 6px; }
QListWidget#areaNav::item:selected { background: palette(highlight);
                                     color: palette(highlighted-text); }
QListWidget#areaNav::item:selected:focus { border: 2px solid palette(highlighted-text);
                                           padding: 6px 10px; }
QFrame#card { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }
QPushButton[link="true"] { border: none; background: transparent; color: palette(link);
                           text-decoration: underline; padding: 4px 4px; }
QPushButton[link="true"]:focus { outline: 1px dotted palette(link); }
"""


_SP = QStyle.StandardPixmap
#: Qt's standard icons that Companion draws from its own set (companion.ui.icons) instead of
#: the platform's or Qt's built-in pictures (the coloured orbs and the red cross).
STANDARD_ICONS: dict[QStyle.StandardPixmap, str] = {
    _SP.SP_MessageBoxInformation: "information",
    _SP.SP_MessageBoxQuestion: "question",
    _SP.SP_MessageBoxWarning: "warning",
    _SP.SP_MessageBoxCritical: "critical",
    _SP.SP_DialogOkButton: "ok",
    _SP.SP_DialogYesButton: "ok",
    _SP.SP_DialogApplyButton: "ok",
    _SP.SP_DialogCancelButton: "cancel",
    _SP.SP_DialogNoButton: "cancel",
    _SP.SP_DialogCloseButton: "cancel",
    _SP.SP_DialogDiscardButton: "cancel",
    _SP.SP_DialogSaveButton: "save",
    _SP.SP_DialogOpenButton: "open",
    _SP.SP_DialogResetButton: "reset",
    _SP.SP_DialogHelpButton: "help",
}


class CalmStyle(QProxyStyle):
    """Fusion, with tick boxes that keep a visible edge on a dark palette (Fusion draws
    their outline from the window colour, which all but vanishes there), and a focus ring
    that can be seen in both palettes: Fusion's is a shade of the highlight colour, invisible
    on a selected list row and faint around a button on a dark palette. Message boxes and
    dialog buttons take their icons from Companion's own set (:data:`STANDARD_ICONS`)."""

    _BOXES = (
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
    )
    _PANELS = (
        QStyle.PrimitiveElement.PE_PanelButtonCommand,
        QStyle.PrimitiveElement.PE_PanelButtonTool,
    )
    _LABELS = (QStyle.ControlElement.CE_PushButtonLabel, QStyle.ControlElement.CE_ToolButtonLabel)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            self._focus_ring(option, painter, QRectF(option.rect).adjusted(1, 1, -1, -1))
            return
        if element in self._PANELS and self._pressed_in(option, widget):
            self._filled_panel(option, painter)
        else:
            super().drawPrimitive(element, option, painter, widget)
        if element == QStyle.PrimitiveElement.PE_PanelButtonCommand and (
            option.state & QStyle.StateFlag.State_HasFocus
            and option.state & QStyle.StateFlag.State_KeyboardFocusChange
        ):
            self._focus_ring(option, painter, QRectF(option.rect).adjusted(1, 1, -2, -2))
        if (
            element in self._BOXES
            and option.palette.color(QPalette.ColorRole.Window).lightness() < 128
        ):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            box = QRectF(option.rect).adjusted(0.5, 0.5, -1.5, -1.5)
            painter.drawRoundedRect(box, 2, 2)
            painter.restore()

    def standardIcon(
        self,
        standardIcon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        name = STANDARD_ICONS.get(standardIcon)
        if name is not None:
            return icon(name)
        return super().standardIcon(standardIcon, option, widget)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element in self._LABELS and not self._pressed_in(option, widget):
            # Qt draws a button's icon "active" when it has focus or the mouse is over it;
            # Companion's icons keep that mode for highlighted menu items (light on the
            # highlight colour), so on a plain button the icon stays in the text colour
            plain = type(option)(option)
            plain.state &= ~(QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_MouseOver)
            super().drawControl(element, plain, painter, widget)
            return
        if element in self._LABELS and self._pressed_in(option, widget):
            # the words on a chosen (checked) button in the colour that reads on the highlight
            label = type(option)(option)
            palette = QPalette(label.palette)
            palette.setColor(
                QPalette.ColorRole.ButtonText, palette.color(QPalette.ColorRole.HighlightedText)
            )
            label.palette = palette
            # and its icon "active": light, like highlighted text (companion.ui.icons)
            label.state |= QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_MouseOver
            super().drawControl(element, label, painter, widget)
            return
        super().drawControl(element, option, painter, widget)

    @staticmethod
    def _pressed_in(option: QStyleOption, widget: QWidget | None) -> bool:
        """A checked toggle button (a chosen mood, the Read view, a rating), not one that is
        merely held down with the mouse."""
        return (
            isinstance(widget, QAbstractButton)
            and widget.isCheckable()
            and bool(option.state & QStyle.StateFlag.State_On)
        )

    @staticmethod
    def _filled_panel(option: QStyleOption, painter: QPainter) -> None:
        """A chosen toggle filled with the highlight colour, so the choice shows by more than
        a shade (clear in high contrast too)."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 1))
        painter.setBrush(option.palette.color(QPalette.ColorRole.Highlight))
        painter.drawRoundedRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        painter.restore()

    @staticmethod
    def _focus_ring(option: QStyleOption, painter: QPainter, rect: QRectF) -> None:
        """A 2 px ring in the highlight colour, or, on a selected (highlighted) row, in the
        colour of highlighted text, so that it stands out either way."""
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        pen = QPen(option.palette.color(role), 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 3, 3)
        painter.restore()


def apply_theme(app: QApplication, choice: ThemeChoice) -> bool:
    """Apply the theme; returns True when the result is dark.

    With "follow the system" while the system asks for high contrast, the system's own
    palette is used (on Windows it carries the colours of the chosen contrast theme)."""
    system_contrast = choice is ThemeChoice.SYSTEM and system_prefers_high_contrast()
    app.setStyle(CalmStyle(QStyleFactory.create("Fusion")))
    if system_contrast:
        app.setPalette(QPalette())  # an empty palette: back to the platform's own colours
        dark = app.palette().color(QPalette.ColorRole.Window).lightness() < 128
    else:
        dark = effective_dark(choice)
        app.setPalette(palette_for(dark, high_contrast=choice is ThemeChoice.HIGH_CONTRAST))
    app.setStyleSheet(STYLE_SHEET)
    app.setProperty("companionDark", dark)
    app.setProperty("companionHighContrast", system_contrast or choice is ThemeChoice.HIGH_CONTRAST)
    return dark


def follow_system_changes(app: QApplication, current: Callable[[], ThemeChoice]) -> None:
    """Re-apply the theme when the system's scheme or contrast changes while "follow the
    system" (or high contrast, which follows its light or dark) is chosen."""

    def changed(*_args: object) -> None:
        choice = current()
        if choice in (ThemeChoice.SYSTEM, ThemeChoice.HIGH_CONTRAST):
            apply_theme(app, choice)

    hints = app.styleHints()
    hints.colorSchemeChanged.connect(changed)
    hints.accessibility().contrastPreferenceChanged.connect(changed)


def is_high_contrast(app: QApplication) -> bool:
    return bool(app.property("companionHighContrast"))


def is_dark(app: QApplication) -> bool:
    return bool(app.property("companionDark"))
