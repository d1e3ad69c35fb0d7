"""Redraws after a filter change reuse what was read for a choice seen before, but never
after a write: the Insights view in the main window shows what was written, also for a
period that was read before the write (issue 14)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import Qt

from companion.charts.common import is_empty
from companion.domain.checkins import CheckInDraft
from companion.domain.enums import SessionStatus
from companion.services.checkins import CheckInService
from companion.services.insights import InsightsService
from companion.ui.insights.view import InsightsView
from companion.ui.main_window import MainWindow
from tests.support.insights import Seeded, add_session, seed


def heard(view: InsightsView) -> list[float]:
    fig = view.panels[0].figure()
    assert fig is not None and not is_empty(fig)
    return [float(v) for v in fig.axes[0].lines[0].get_ydata()]


def choose_period(qtbot, view: InsightsView, kind: str) -> None:
    """Pick a period with the keyboard, as a client would."""
    box = view.period_box
    box.setFocus()
    target = box.findData(kind)
    while box.currentIndex() != target:
        key = Qt.Key.Key_Down if box.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(box, key)


def open_insights(qtbot, window: MainWindow) -> tuple[InsightsView, Seeded]:
    assert window.profile is not None
    seeded = seed(window.profile)
    view = window.show_area_key("insights")
    assert isinstance(view, InsightsView)
    qtbot.waitUntil(lambda: view.data() is not None)
    return view, seeded


def test_a_period_chosen_again_shows_the_same_numbers_without_reading_again(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    view, _seeded = open_insights(qtbot, window)
    assert heard(view) == [4, 6, 8, 9]
    reads: list[object] = []
    real = InsightsService.data
    monkeypatch.setattr(
        InsightsService, "data", lambda self, *a, **k: reads.append(a) or real(self, *a, **k)
    )
    choose_period(qtbot, view, "3m")
    assert heard(view) == [8, 9]
    choose_period(qtbot, view, "12m")
    assert heard(view) == [4, 6, 8, 9]
    choose_period(qtbot, view, "3m")
    assert heard(view) == [8, 9]
    assert len(reads) == 1  # only the first choice of "3m" was read


def test_a_write_is_shown_also_for_a_period_read_before_it(qtbot, window: MainWindow) -> None:
    view, seeded = open_insights(qtbot, window)
    profile = window.profile
    assert profile is not None
    choose_period(qtbot, view, "3m")
    assert heard(view) == [8, 9]
    # a new session five days ago with a check-in: in the last 3 and the last 12 months
    day = date.today() - timedelta(days=5)
    session = add_session(
        profile, seeded.dana, datetime.combine(day, time(12), tzinfo=UTC), SessionStatus.ATTENDED
    )
    ratings = {"heard": 2, "respected": 3, "supported": 4}
    profile.service(CheckInService).save(CheckInDraft(session, ratings))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: heard(view) == [8, 9, 2], timeout=3000)
    choose_period(qtbot, view, "12m")  # read before the write: must not come from then
    assert heard(view) == [4, 6, 8, 9, 2]


def test_a_redraw_shows_the_new_figure_and_the_old_one_keeps_its_own_canvas(
    qtbot, window: MainWindow, tmp_path
) -> None:
    view, _seeded = open_insights(qtbot, window)
    panel = view.panels[0]
    before = panel.figure()
    shown = panel.canvas.canvas
    assert before is not None and shown is not None
    choose_period(qtbot, view, "3m")
    after = panel.figure()
    assert after is not None and after is not before
    assert after.canvas is panel.canvas.canvas  # the widget on screen shows the new figure
    assert before.canvas is not after.canvas and before.canvas.figure is before
    assert heard(view) == [8, 9]
    before.savefig(tmp_path / "before.png")  # the old figure still saves itself
    assert (tmp_path / "before.png").stat().st_size > 0


def test_what_is_connected_to_the_canvas_hears_the_next_figure_drawn(
    qtbot, window: MainWindow
) -> None:
    view, _seeded = open_insights(qtbot, window)
    shown = view.panels[0].canvas.canvas
    assert shown is not None
    drawn: list[object] = []
    shown.mpl_connect("draw_event", lambda event: drawn.append(event.canvas.figure))
    choose_period(qtbot, view, "3m")
    qtbot.waitUntil(lambda: view.panels[0].figure() in drawn, timeout=3000)
    assert heard(view) == [8, 9]
