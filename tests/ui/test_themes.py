"""Themes: Companion's own high contrast, and stepping aside for the system's high contrast."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from companion.ui import theme
from companion.ui.theme import ThemeChoice, apply_theme, is_dark, is_high_contrast


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_theme(qapp, ThemeChoice.LIGHT)


@pytest.mark.parametrize("dark", [False, True])
def test_companions_high_contrast_palette_reaches_seven_to_one(dark: bool) -> None:
    p = theme.palette_for(dark, high_contrast=True)
    role = QPalette.ColorRole
    pairs = [
        (role.WindowText, role.Window),
        (role.Text, role.Base),
        (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight),
        (role.PlaceholderText, role.Base),
        (role.Link, role.Base),
        (role.ToolTipText, role.ToolTipBase),
    ]
    for fore, back in pairs:
        ratio = contrast(p.color(fore), p.color(back))
        assert ratio >= 7.0, (fore, back, round(ratio, 2))
    # the calm palettes are softer: high contrast must really be higher
    calm = theme.palette_for(dark)
    assert contrast(p.color(role.Text), p.color(role.Base)) > contrast(
        calm.color(role.Text), calm.color(role.Base)
    )


def test_choosing_high_contrast_applies_it(app: QApplication, monkeypatch) -> None:
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: True)
    assert apply_theme(app, ThemeChoice.HIGH_CONTRAST) is True
    assert is_high_contrast(app)
    assert app.palette().color(QPalette.ColorRole.Window) == QColor("#000000")
    apply_theme(app, ThemeChoice.LIGHT)
    assert not is_high_contrast(app)
    assert app.palette().color(QPalette.ColorRole.Window) == QColor(theme._LIGHT["window"])


def test_following_the_system_in_high_contrast_uses_the_systems_own_colours(
    app: QApplication, monkeypatch
) -> None:
    apply_theme(app, ThemeChoice.DARK)
    assert app.palette().resolveMask() != 0  # Companion's palette is set
    monkeypatch.setattr(theme, "system_prefers_high_contrast", lambda: True)
    apply_theme(app, ThemeChoice.SYSTEM)
    # an empty application palette: Qt uses the platform's, which carries the contrast theme
    assert app.palette().resolveMask() == 0
    assert is_high_contrast(app)
    window = app.palette().color(QPalette.ColorRole.Window)
    assert is_dark(app) is (window.lightness() < 128)
    # a fixed choice still wins over the system
    apply_theme(app, ThemeChoice.DARK)
    assert app.palette().color(QPalette.ColorRole.Window) == QColor(theme._DARK["window"])


def test_a_change_of_the_systems_contrast_reapplies_the_theme(
    app: QApplication, monkeypatch
) -> None:
    choice = [ThemeChoice.SYSTEM]
    theme.follow_system_changes(app, lambda: choice[0])
    monkeypatch.setattr(theme, "system_prefers_high_contrast", lambda: True)
    app.styleHints().accessibility().contrastPreferenceChanged.emit(
        theme.Qt.ContrastPreference.HighContrast
    )
    assert is_high_contrast(app)
    monkeypatch.setattr(theme, "system_prefers_high_contrast", lambda: False)
    app.styleHints().colorSchemeChanged.emit(theme.Qt.ColorScheme.Light)
    assert not is_high_contrast(app)
    choice[0] = ThemeChoice.DARK  # a fixed choice is left alone
    apply_theme(app, ThemeChoice.DARK)
    monkeypatch.setattr(theme, "system_prefers_high_contrast", lambda: True)
    app.styleHints().accessibility().contrastPreferenceChanged.emit(
        theme.Qt.ContrastPreference.HighContrast
    )
    assert not is_high_contrast(app)
    assert is_dark(app)


@pytest.mark.parametrize("choice", [ThemeChoice.LIGHT, ThemeChoice.HIGH_CONTRAST])
def test_a_chosen_toggle_is_filled_not_just_shaded(qtbot, app: QApplication, choice) -> None:
    """A chosen mood or the Read view shows by a filled highlight (with the highlighted-text
    colour for its words), which stays clear in high contrast; an unchosen one does not."""
    from PySide6.QtWidgets import QPushButton, QToolButton

    apply_theme(app, choice)
    highlight = app.palette().color(QPalette.ColorRole.Highlight)
    for kind in (QPushButton, QToolButton):
        button = kind()
        qtbot.addWidget(button)
        button.setCheckable(True)
        button.resize(40, 28)
        button.show()
        centre = button.rect().center()
        assert button.grab().toImage().pixelColor(centre) != highlight
        button.setChecked(True)
        assert button.grab().toImage().pixelColor(centre) == highlight


def _nav_highlight(qtbot, window) -> QColor:
    """The colour painted behind the chosen area in the navigation."""
    nav = window.nav
    qtbot.wait(20)
    rect = nav.visualItemRect(nav.currentItem())
    image = nav.viewport().grab().toImage()
    return image.pixelColor(rect.left() + 14, rect.center().y())


def test_the_navigation_follows_a_change_of_theme(qtbot, app: QApplication, window) -> None:
    """The shared touches (navigation, cards, links) are style sheets on their own widgets,
    not on the whole app (that slowed start-up): a theme change must still recolour them."""
    window.show()
    qtbot.waitExposed(window)
    try:
        for choice in (ThemeChoice.LIGHT, ThemeChoice.DARK, ThemeChoice.LIGHT):
            apply_theme(app, choice)
            highlight = app.palette().color(QPalette.ColorRole.Highlight)
            qtbot.waitUntil(lambda h=highlight: _nav_highlight(qtbot, window) == h)
            # and its own background below the areas (a user saw it keep the last theme's)
            nav = window.nav
            below = nav.grab().toImage().pixelColor(nav.width() // 2, nav.height() - 4)
            assert below == app.palette().color(QPalette.ColorRole.AlternateBase)
    finally:
        apply_theme(app, ThemeChoice.LIGHT)
    assert app.styleSheet() == ""  # nothing application-wide
    home = window.show_area_key("home")
    assert home is not None and home.styleSheet() == ""  # nor on the whole of Home
    card = home.findChild(QWidget, "card")
    assert card is not None
    apply_theme(app, ThemeChoice.DARK)
    try:
        qtbot.wait(20)
        inside = card.grab().toImage().pixelColor(card.width() // 2, card.height() - 4)
        assert inside == app.palette().color(QPalette.ColorRole.Base)  # the card follows
    finally:
        apply_theme(app, ThemeChoice.LIGHT)
