"""Light, dark and high-contrast themes on Qt's Fusion style.

"Follow the system" follows the system's light or dark scheme live, and when the system asks
for high contrast (Windows' contrast themes, macOS "Increase contrast", GNOME's high-contrast
setting) it steps aside and uses the system's own colours instead of Companion's calm
palette. Clients can also choose light, dark or Companion's own high-contrast palette.
"""

from __future__ import annotations

import enum
import functools
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
    QStyleOptionButton,
    QStyleOptionComplex,
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
    # the disabled group starts from the same colours (else it keeps Qt's light defaults,
    # and Fusion draws a disabled control's edge from a light window colour: brighter than
    # an enabled one's on a dark palette)
    groups = (
        QPalette.ColorGroup.Active,
        QPalette.ColorGroup.Inactive,
        QPalette.ColorGroup.Disabled,
    )
    for group in groups:
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


#: A few shared touches on top of the palette; colours always come from the palette. Each is
#: set on the widgets it is for, not on the whole application: an application-wide style
#: sheet makes Qt re-style every widget whenever one is added to a window (about 0.08 s of
#: the start-up here).
NAV_STYLE = """
QListWidget#areaNav { background: palette(alternate-base); border: none; padding-top: 10px;
                      outline: 0; }
QListWidget#areaNav::item { padding: 8px 12px; margin: 1px 8px; border-radius: 6px; }
QListWidget#areaNav::item:selected { background: palette(highlight);
                                     color: palette(highlighted-text); }
QListWidget#areaNav::item:selected:focus { border: 2px solid palette(highlighted-text);
                                           padding: 6px 10px; }
"""
CARD_STYLE = """
QFrame#card { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }
"""
LINK_STYLE = """
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


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


#: How far a control's edge stands out from the window, its base and its button colour:
#: an enabled control by more than WCAG's 3:1 for non-text contrast (7:1 in high contrast),
#: a disabled one visibly less, so that it never looks more prominent than an enabled one.
EDGE_CONTRAST = 3.5
HIGH_CONTRAST_EDGE = 7.0
DISABLED_EDGE_CONTRAST = 1.8
HIGH_CONTRAST_DISABLED_EDGE = 2.5


def edge_colour(palette: QPalette, *, enabled: bool, high_contrast: bool = False) -> QColor:
    """The colour of a control's edge: the window colour moved toward the text colour just
    far enough to reach the contrast wanted (:data:`EDGE_CONTRAST` and its kin) against the
    window, base and button colours. Works on any palette, the system's own included."""
    group = QPalette.ColorGroup.Active
    role = QPalette.ColorRole
    if enabled:
        wanted = HIGH_CONTRAST_EDGE if high_contrast else EDGE_CONTRAST
    else:
        wanted = HIGH_CONTRAST_DISABLED_EDGE if high_contrast else DISABLED_EDGE_CONTRAST
    roles = (role.WindowText, role.Window, role.Base, role.Button)
    return QColor.fromRgba(_edge_rgba(tuple(palette.color(group, r).rgba() for r in roles), wanted))


@functools.lru_cache(maxsize=64)
def _edge_rgba(colours: tuple[int, ...], wanted: float) -> int:
    """:func:`edge_colour` for the text, window, base and button colours (as rgba), cached:
    it is asked for on every paint of a control."""
    text, window, *others = (QColor.fromRgba(c) for c in colours)
    grounds = [window, *others]
    for step in range(1, 41):
        t = step / 40
        colour = QColor.fromRgbF(
            window.redF() + (text.redF() - window.redF()) * t,
            window.greenF() + (text.greenF() - window.greenF()) * t,
            window.blueF() + (text.blueF() - window.blueF()) * t,
        )
        if min(contrast_ratio(colour, ground) for ground in grounds) >= wanted:
            return colour.rgba()
    return text.rgba()


class CalmStyle(QProxyStyle):
    """Fusion, with controls whose edges can be seen (Fusion draws the outline of buttons,
    tick boxes, radio buttons, spin boxes and fields from a shade of the window colour, which
    all but vanishes on a dark palette and stays faint on a light one): enabled ones stand
    out by more than 3:1, disabled ones less (:func:`edge_colour`), and a focus ring
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

    def __init__(self, base: QStyle | None = None, *, high_contrast: bool = False) -> None:
        super().__init__(base)
        self._high_contrast = high_contrast

    def _edge_pen(self, option: QStyleOption, *, focus_shows: bool = False) -> QPen:
        """The pen for a control's edge; in the highlight colour while it has the focus, when
        the edge is what shows the focus (``focus_shows``)."""
        state = option.state
        if focus_shows and state & QStyle.StateFlag.State_HasFocus:
            return QPen(option.palette.color(QPalette.ColorRole.Highlight), 1)
        enabled = bool(state & QStyle.StateFlag.State_Enabled)
        return QPen(
            edge_colour(option.palette, enabled=enabled, high_contrast=self._high_contrast), 1
        )

    def _draw_edge(
        self, painter: QPainter, pen: QPen, rect: QRectF, radius: float, *, ellipse: bool = False
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if ellipse:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, radius, radius)
        painter.restore()

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
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            self._radio(option, painter)
            return
        pressed = element in self._PANELS and self._pressed_in(option, widget)
        if pressed:
            self._filled_panel(option, painter)
        else:
            super().drawPrimitive(element, option, painter, widget)
        if element == QStyle.PrimitiveElement.PE_PanelButtonCommand and not pressed:
            self._button_edge(option, painter)
        if element == QStyle.PrimitiveElement.PE_PanelButtonCommand and (
            option.state & QStyle.StateFlag.State_HasFocus
            and option.state & QStyle.StateFlag.State_KeyboardFocusChange
        ):
            self._focus_ring(option, painter, QRectF(option.rect).adjusted(1, 1, -2, -2))
        if element in self._BOXES:
            box = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
            self._draw_edge(painter, self._edge_pen(option), box, 2)
        if element == QStyle.PrimitiveElement.PE_FrameLineEdit:
            rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
            self._draw_edge(painter, self._edge_pen(option, focus_shows=True), rect, 2)

    def _button_edge(self, option: QStyleOption, painter: QPainter) -> None:
        """The edge of a push button (and of a tool button or a combo box, which Fusion draws
        as one); a default button keeps its edge in the highlight colour, a flat one none."""
        feature = QStyleOptionButton.ButtonFeature
        features = option.features if isinstance(option, QStyleOptionButton) else feature.None_
        if features & feature.Flat:
            return
        pen = self._edge_pen(option)
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        if enabled and features & feature.DefaultButton:
            pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), 1)
        self._draw_edge(painter, pen, QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), 2)

    def _radio(self, option: QStyleOption, painter: QPainter) -> None:
        """A radio button's circle: the base colour inside an edge that stands out, and a dot
        in the text colour when chosen; the edge in the highlight colour with keyboard focus."""
        state = option.state
        keyboard_focus = bool(
            state & QStyle.StateFlag.State_HasFocus
            and state & QStyle.StateFlag.State_KeyboardFocusChange
        )
        pen = self._edge_pen(option, focus_shows=keyboard_focus)
        if keyboard_focus:
            pen.setWidthF(1.5)
        circle = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(option.palette.color(QPalette.ColorRole.Base))
        painter.drawEllipse(circle)
        if state & QStyle.StateFlag.State_On:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(option.palette.color(QPalette.ColorRole.Text))
            inset = circle.width() * 0.28
            painter.drawEllipse(circle.adjusted(inset, inset, -inset, -inset))
        painter.restore()

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_SpinBox and getattr(option, "frame", False):
            rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
            self._draw_edge(painter, self._edge_pen(option, focus_shows=True), rect, 2)

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
    high_contrast = system_contrast or choice is ThemeChoice.HIGH_CONTRAST
    app.setStyle(CalmStyle(QStyleFactory.create("Fusion"), high_contrast=high_contrast))
    if system_contrast:
        app.setPalette(QPalette())  # an empty palette: back to the platform's own colours
        dark = app.palette().color(QPalette.ColorRole.Window).lightness() < 128
    else:
        dark = effective_dark(choice)
        app.setPalette(palette_for(dark, high_contrast=choice is ThemeChoice.HIGH_CONTRAST))
    app.setStyleSheet("")  # the shared touches sit on their own widgets (NAV_STYLE, …)
    for widget in app.allWidgets():
        # Qt reads the colours a widget's own style sheet names (palette(...)) when the
        # sheet is set: set again, it takes the new palette's (else it kept the last theme's)
        sheet = widget.styleSheet()
        if "palette(" in sheet:
            widget.setStyleSheet(sheet)
    app.setProperty("companionDark", dark)
    app.setProperty("companionHighContrast", high_contrast)
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
