"""The Insights area with real widgets: filters change what the charts show, the table
alternative, saving images."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from companion.charts.common import is_empty
from companion.services.profile import UnlockedProfile
from companion.ui.insights.view import InsightsView
from companion.ui.theme import ThemeChoice, apply_theme
from tests.support.insights import Seeded, seed


@pytest.fixture
def seeded(profile: UnlockedProfile) -> Seeded:
    return seed(profile)


@pytest.fixture
def view(qtbot, profile: UnlockedProfile, seeded: Seeded) -> InsightsView:
    widget = InsightsView(profile)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.load()
    return widget


def heard(view: InsightsView) -> list[float]:
    fig = view.panels[0].figure()
    assert fig is not None and not is_empty(fig)
    return list(fig.axes[0].lines[0].get_ydata())


def test_opens_on_the_relationship_chart_of_the_last_twelve_months(view: InsightsView) -> None:
    assert view.tabs.count() == 6
    assert view.tabs.currentIndex() == 0
    assert heard(view) == [4, 6, 8, 9]
    assert view.disclaimer.isVisible()
    # only the chart in view is drawn
    assert all(p.figure() is None for p in view.panels[1:])


def test_period_filter_changes_the_chart(view: InsightsView) -> None:
    view.period_box.setCurrentIndex(view.period_box.findData("3m"))
    assert heard(view) == [8, 9]
    view.period_box.setCurrentIndex(view.period_box.findData("custom"))
    assert view.start_edit.isVisible()
    today = view.data().today  # type: ignore[union-attr]
    from PySide6.QtCore import QDate

    view.start_edit.setDate(QDate(today.year, today.month, today.day).addDays(-305))
    view.end_edit.setDate(QDate(today.year, today.month, today.day).addDays(-150))
    assert heard(view) == [4, 6]


def test_bad_custom_dates_show_a_message_and_keep_the_chart(view: InsightsView) -> None:
    view.period_box.setCurrentIndex(view.period_box.findData("custom"))
    before = view.data()
    view.start_edit.setDate(view.end_edit.date().addDays(3))
    assert "before the last day" in view.message_label.text()
    assert view.message_label.isVisible()
    assert view.data() is before


def test_counselor_filter_changes_the_charts(view: InsightsView, seeded: Seeded) -> None:
    combo = view.counselor_filter
    combo.setCurrentIndex(combo.findData(seeded.dana))
    combo.activated.emit(combo.currentIndex())
    assert heard(view) == [8, 9]
    view.tabs.setCurrentIndex(4)  # goals: Dana's and those tied to no counselor
    fig = view.panels[4].figure()
    assert fig is not None
    legend = fig.axes[0].get_legend()
    assert [t.get_text() for t in legend.get_texts()] == ["Say no at work"]


def test_other_tabs_draw_when_opened_and_redraw_after_a_filter_change(
    view: InsightsView,
) -> None:
    view.tabs.setCurrentIndex(2)
    mood = view.panels[2].figure()
    assert mood is not None and not is_empty(mood)
    view.period_box.setCurrentIndex(view.period_box.findData("all"))
    assert view.panels[2].figure() is not mood  # the visible chart was redrawn
    assert view.panels[0].stale  # the others wait until they are opened


def test_quality_toggles(view: InsightsView) -> None:
    panel = view.panels[0]
    panel.quality_boxes["trust"].setChecked(True)
    panel.quality_boxes["respected"].setChecked(False)
    fig = panel.figure()
    assert fig is not None
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert labels[:3] == ["Heard", "Supported", "Trust"]
    assert view.remembered()["qualities"] == ["heard", "supported", "trust"]  # type: ignore[index]


def test_show_as_table(qtbot, view: InsightsView) -> None:
    panel = view.panels[0]
    qtbot.mouseClick(panel.table_button, Qt.MouseButton.LeftButton)
    assert panel.stack.currentWidget() is panel.table
    headers = [panel.table.horizontalHeaderItem(i).text() for i in range(4)]
    assert headers == ["Session date", "Heard", "Respected", "Supported"]
    assert [panel.table.item(r, 1).text() for r in range(4)] == ["4", "6", "8", "9"]
    assert panel.table.accessibleName()
    # Tab leaves the table (the arrow keys move in it; the screen reader walk found Tab
    # going from cell to cell in the shortcuts table)
    assert not panel.table.tabKeyNavigation()
    # the table follows the filters too
    view.period_box.setCurrentIndex(view.period_box.findData("3m"))
    assert [panel.table.item(r, 1).text() for r in range(2)] == ["8", "9"]
    qtbot.mouseClick(panel.table_button, Qt.MouseButton.LeftButton)
    assert panel.stack.currentWidget() is panel.canvas
    assert heard(view) == [8, 9]


def test_table_of_an_empty_period_says_so(qtbot, view: InsightsView) -> None:
    view.period_box.setCurrentIndex(view.period_box.findData("custom"))
    view.start_edit.setDate(view.end_edit.date().addDays(-1000))
    view.end_edit.setDate(view.end_edit.date().addDays(-900))
    panel = view.panels[0]
    qtbot.mouseClick(panel.table_button, Qt.MouseButton.LeftButton)
    assert panel.stack.currentWidget() is panel.table_empty
    assert "Nothing to show" in panel.table_empty.text()


def test_save_png_and_svg(view: InsightsView, tmp_path: Path) -> None:
    tmp_path = tmp_path / "images"
    tmp_path.mkdir()
    png = view.save_chart(0, tmp_path / "relationship.png")
    assert png is not None and png.read_bytes().startswith(b"\x89PNG")
    svg = view.save_chart(3, tmp_path / "calendar.SVG")  # drawn first, it was not in view
    assert svg is not None and b"<svg" in svg.read_bytes()[:400]
    assert "Saved" in view.message_label.text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["calendar.SVG", "relationship.png"]


def test_save_refuses_other_formats_and_bad_folders(view: InsightsView, tmp_path: Path) -> None:
    tmp_path = tmp_path / "images"
    tmp_path.mkdir()
    assert view.save_chart(0, tmp_path / "chart.jpg") is None
    assert ".png or .svg" in view.message_label.text()
    assert view.save_chart(0, tmp_path / "missing" / "chart.png") is None
    assert "could not be saved" in view.message_label.text()
    assert list(tmp_path.iterdir()) == []


def test_save_button_asks_for_a_file(
    qtbot, view: InsightsView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "mood.png"
    monkeypatch.setattr(view, "ask_save_path", lambda panel: str(target))
    qtbot.mouseClick(view.panels[0].save_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    monkeypatch.setattr(view, "ask_save_path", lambda panel: "")  # cancelled
    qtbot.mouseClick(view.panels[0].save_button, Qt.MouseButton.LeftButton)


def test_charts_follow_the_theme(view: InsightsView) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, ThemeChoice.DARK)
    try:
        QApplication.processEvents()
        view.reload()
        fig = view.panels[0].figure()
        assert fig is not None
        assert view.theme().dark
        assert fig.get_facecolor()[0] < 0.3
    finally:
        apply_theme(app, ThemeChoice.LIGHT)
    QApplication.processEvents()
    view.reload()
    fig = view.panels[0].figure()
    assert fig is not None and fig.get_facecolor()[0] > 0.8


def test_remember_and_restore(qtbot, profile: UnlockedProfile, view: InsightsView) -> None:
    view.period_box.setCurrentIndex(view.period_box.findData("all"))
    view.tabs.setCurrentIndex(2)
    state = view.remembered()
    again = InsightsView(profile)
    qtbot.addWidget(again)
    again.restore(state)
    assert again.period_box.currentData() == "all"
    assert again.tabs.currentIndex() == 2
    assert again.flush() is True


def test_empty_profile_shows_friendly_messages(qtbot, profile: UnlockedProfile) -> None:
    widget = InsightsView(profile)
    qtbot.addWidget(widget)
    widget.show()
    widget.load()
    fig = widget.panels[0].figure()
    assert fig is not None and is_empty(fig)
    assert "After a few check-ins" in " ".join(t.get_text() for t in fig.texts)


def test_no_pyplot(view: InsightsView) -> None:
    assert "matplotlib.pyplot" not in sys.modules


def test_the_reflection_aid_note_is_said_once_per_chart(qtbot, view: InsightsView) -> None:
    from matplotlib.text import Text

    said_in: list[str] = []
    for index, panel in enumerate(view.panels):
        view.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda p=panel: p.figure() is not None, timeout=5000)
        fig = panel.figure()
        assert fig is not None
        shown = [view.disclaimer.text()] + [t.get_text() for t in fig.findobj(Text)]
        times = sum("reflection aid" in text for text in shown)
        assert times <= 1, (panel.spec.label, times)
        if times:
            said_in.append(panel.spec.label)
    assert view.panels[0].spec.label in said_in  # the check-in charts still say it
