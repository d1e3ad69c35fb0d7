"""Our own controls and charts tell assistive technology what they are (the screen reader
walk over AT-SPI found them as nameless "fillers"): the mood and rating scales are sliders,
the charts of Insights and Home are charts, each with its name and text alternative."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from companion.services.profile import UnlockedProfile
from companion.ui.checkins.rating_row import RatingRow
from companion.ui.home.sparkline import Sparkline
from companion.ui.insights.view import InsightsView
from companion.ui.mood_picker import MoodPicker
from tests.support.insights import seed


def _said(widget: QWidget) -> tuple[QAccessible.Role, str, str]:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return (
        interface.role(),
        interface.text(QAccessible.Text.Name),
        interface.text(QAccessible.Text.Description),
    )


def test_the_mood_and_rating_scales_are_sliders(qtbot) -> None:
    mood = MoodPicker()
    rating = RatingRow("I felt heard")
    for widget in (mood, rating):
        qtbot.addWidget(widget)
    mood.set_mood(7)
    assert _said(mood) == (QAccessible.Role.Slider, "Mood", "Mood 7 of 10")
    role, name, description = _said(rating)
    assert role == QAccessible.Role.Slider
    assert name == "I felt heard Rating: not rated yet"
    assert "arrow keys" in description


def test_charts_are_charts_with_a_text_alternative(qtbot, profile: UnlockedProfile) -> None:
    seed(profile)
    view = InsightsView(profile)
    qtbot.addWidget(view)
    view.load()
    for panel in view.panels:
        role, name, description = _said(panel.canvas)
        assert role == QAccessible.Role.Chart
        assert name == panel.spec.label
        assert description
    line = Sparkline()
    qtbot.addWidget(line)
    line.setAccessibleName("Mood since your last session")
    assert _said(line)[0] == QAccessible.Role.Chart
