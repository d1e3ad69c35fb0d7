"""Icons: one set (companion/ui/icon_set), drawn in the palette's colours, in every theme;
they follow a theme switch without being set again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QStyle,
    QToolButton,
)

from companion.ui import icons
from companion.ui.main_window import MainWindow
from companion.ui.settings_dialog import SettingsDialog
from companion.ui.theme import STANDARD_ICONS, ThemeChoice, apply_theme

THEMES = [ThemeChoice.LIGHT, ThemeChoice.DARK, ThemeChoice.HIGH_CONTRAST]


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_theme(qapp, ThemeChoice.LIGHT)


def _ink(image: QImage, area: QRect | None = None) -> QColor:
    """The colour of the icon in ``image``: on a transparent pixmap its most opaque pixel;
    in a grab of a widget the pixel that differs most from the background (the colour at
    the middle of the area's left edge)."""
    area = area or image.rect()
    background = image.pixelColor(area.left(), area.center().y())
    transparent = image.hasAlphaChannel() and background.alpha() < 255
    best, best_score = background, -1
    for x in range(area.left(), area.right() + 1):
        for y in range(area.top(), area.bottom() + 1):
            c = image.pixelColor(x, y)
            if transparent:
                score = c.alpha()
            else:
                score = (
                    abs(c.red() - background.red())
                    + abs(c.green() - background.green())
                    + abs(c.blue() - background.blue())
                )
            if score > best_score:
                best, best_score = c, score
    return best


def _close(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return all(
        abs(x - y) <= tolerance
        for x, y in zip((a.red(), a.green(), a.blue()), (b.red(), b.green(), b.blue()), strict=True)
    )


def _text(app: QApplication) -> QColor:
    return app.palette().color(QPalette.ColorRole.WindowText)


@pytest.mark.parametrize("choice", THEMES, ids=lambda c: c.value)
def test_every_icon_resolves_and_draws_in_the_themes_colours(
    app: QApplication, choice: ThemeChoice
) -> None:
    apply_theme(app, choice)
    palette = app.palette()
    for name in icons.NAMES:
        icon = icons.icon(name)
        assert not icon.isNull(), name
        image = icon.pixmap(QSize(24, 24)).toImage()
        assert not image.isNull(), name
        expected = palette.color(
            QPalette.ColorRole.Highlight if name in icons.ACCENT else QPalette.ColorRole.WindowText
        )
        ink = _ink(image)
        assert ink.alpha() > 200, name  # something is drawn
        assert _close(ink, expected), (name, ink.name(), expected.name())
        disabled = _ink(icon.pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage())
        assert _close(
            disabled, palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        )
        selected = _ink(icon.pixmap(QSize(24, 24), QIcon.Mode.Selected).toImage())
        assert _close(selected, palette.color(QPalette.ColorRole.HighlightedText))


def test_every_area_and_action_of_the_window_has_an_icon(window: MainWindow) -> None:
    for row in range(window.nav.count()):
        assert not window.nav.item(row).icon().isNull(), window.nav.item(row).text()
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    actions = [a for menu in menus for a in menu.actions()] + window.toolbar.actions()
    for action in actions:
        if action.text() and not action.isSeparator():
            assert not action.icon().isNull(), action.text()


@pytest.mark.parametrize("choice", THEMES, ids=lambda c: c.value)
def test_message_boxes_and_dialog_buttons_use_the_set(
    app: QApplication, choice: ThemeChoice
) -> None:
    apply_theme(app, choice)
    style = app.style()
    for pixmap, name in STANDARD_ICONS.items():
        icon = style.standardIcon(pixmap)
        assert icon.name() == name
        assert not icon.pixmap(QSize(32, 32)).isNull()
    box = QMessageBox(QMessageBox.Icon.Warning, "Companion", "Not restored.")
    ink = _ink(box.iconPixmap().toImage())
    assert _close(ink, app.palette().color(QPalette.ColorRole.Highlight)), ink.name()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    if style.styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons):
        assert cancel.icon().name() == "cancel"  # not Qt's red cross


def _choose_theme(qtbot, dialog: SettingsDialog, choice: ThemeChoice) -> None:
    combo = dialog.theme_combo
    combo.setFocus()
    target = combo.findData(choice.value)
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def _toolbar_icon_ink(window: MainWindow) -> QColor:
    button = window.toolbar.widgetForAction(window.new_action)
    assert isinstance(button, QToolButton)
    image = button.grab().toImage()
    dpr = image.devicePixelRatio()
    size = button.iconSize()
    # the icon sits at the left of the button, its text to the right of it
    area = QRect(0, 0, round((size.width() + 4) * dpr), image.height())
    return _ink(image, area)


def _nav_icon_ink(window: MainWindow, row: int) -> QColor:
    nav = window.nav
    image = nav.viewport().grab().toImage()
    dpr = image.devicePixelRatio()
    rect = nav.visualItemRect(nav.item(row))
    icon_left = rect.left() + 8  # left of the icon: the item's own margin and padding
    area = QRect(
        round(icon_left * dpr),
        round(rect.top() * dpr),
        round((12 + nav.iconSize().width() + 2) * dpr),
        round(rect.height() * dpr),
    )
    return _ink(image, area)


def test_icons_retint_when_the_theme_is_switched_in_settings(
    qtbot, app: QApplication, window: MainWindow
) -> None:
    apply_theme(app, ThemeChoice.LIGHT)
    goals_row = next(i for i, e in enumerate(window._entries) if e[0] == "goals")
    light_text = _text(app)
    qtbot.wait(20)
    assert _close(_toolbar_icon_ink(window), light_text)
    assert _close(_nav_icon_ink(window, goals_row), light_text)

    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    _choose_theme(qtbot, dialog, ThemeChoice.DARK)
    dark_text = _text(app)
    assert not _close(dark_text, light_text)
    qtbot.wait(20)
    toolbar = _toolbar_icon_ink(window)
    assert _close(toolbar, dark_text), (toolbar.name(), dark_text.name())
    nav = _nav_icon_ink(window, goals_row)
    assert _close(nav, dark_text), (nav.name(), dark_text.name())
    # the selected area's icon reads on the highlight
    selected = _nav_icon_ink(window, window.nav.currentRow())
    assert _close(selected, app.palette().color(QPalette.ColorRole.HighlightedText))

    _choose_theme(qtbot, dialog, ThemeChoice.HIGH_CONTRAST)
    qtbot.wait(20)
    assert _close(_toolbar_icon_ink(window), _text(app))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_a_focused_button_keeps_its_icon_in_the_text_colour(qtbot, app: QApplication) -> None:
    """Qt draws a focused button's icon "active"; Companion keeps "active" for highlighted
    menu items (light on the highlight), so the style must not pass it to a plain button."""
    apply_theme(app, ThemeChoice.LIGHT)
    button = QPushButton(icons.icon("save"), "")
    button.setAccessibleName("Save")
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)
    button.activateWindow()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    image = button.grab().toImage()
    dpr = image.devicePixelRatio()
    side = round(button.iconSize().width() * dpr)
    centre = image.rect().center()
    icon_area = QRect(centre.x() - side // 2, centre.y() - side // 2, side, side)
    assert _close(_ink(image, icon_area), _text(app))


def test_a_missing_icon_file_draws_blank_instead_of_failing(
    app: QApplication, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(icons, "ICON_DIR", tmp_path)
    monkeypatch.setattr(icons, "_renderers", {})
    monkeypatch.setattr(icons, "_pixmaps", {})
    pixmap = icons.icon("lock").pixmap(QSize(16, 16))
    assert not pixmap.isNull()
