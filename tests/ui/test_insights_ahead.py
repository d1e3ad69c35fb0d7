"""While the client looks at a chart, the charts one filter change away are drawn ahead, so
that choosing one shows it at once; they look exactly as if drawn on screen, and nothing
drawn ahead survives a write or is made while Insights is hidden (issue 14)."""

from __future__ import annotations

import numpy as np

from companion.domain.insights import Period, PeriodKind
from companion.ui.main_window import MainWindow
from tests.ui.test_insights_frames import count_builds, drawn
from tests.ui.test_insights_redraws import choose_period, heard, open_insights


def ahead_done(view) -> bool:  # type: ignore[no-untyped-def]
    return not view._ahead.busy()


def test_the_other_periods_are_drawn_ahead_and_shown_at_once(qtbot, window: MainWindow) -> None:
    view, _seeded = open_insights(qtbot, window)
    view._ahead._delay.setInterval(50)
    panel = view.panels[0]
    drawn(qtbot, panel)
    qtbot.waitUntil(lambda: view._ahead.steps > 0 and ahead_done(view), timeout=10000)
    today = view._choice()[2]
    for kind in (PeriodKind.THREE_MONTHS, PeriodKind.ALL):
        assert panel.frame_key((Period(kind), None, today)) in view._frames

    built = count_builds(panel)
    draws: list[object] = []
    assert panel.canvas.canvas is not None
    panel.canvas.canvas.mpl_connect("draw_event", draws.append)
    choose_period(qtbot, view, "3m")
    assert heard(view) == [8, 9]
    ahead = drawn(qtbot, panel)
    assert built == [] and draws == []  # shown from what was drawn ahead
    # exactly what drawing it on screen gives
    panel.canvas.canvas.draw()
    assert np.array_equal(np.asarray(panel.canvas.canvas.buffer_rgba()), ahead)


def test_a_write_drops_what_was_drawn_ahead(qtbot, window: MainWindow) -> None:
    from datetime import UTC, date, datetime, time, timedelta

    from companion.domain.checkins import CheckInDraft
    from companion.domain.enums import SessionStatus
    from companion.services.checkins import CheckInService
    from tests.support.insights import add_session

    view, seeded = open_insights(qtbot, window)
    view._ahead._delay.setInterval(20)
    drawn(qtbot, view.panels[0])
    qtbot.waitUntil(lambda: view._ahead.steps > 0 and ahead_done(view), timeout=10000)
    profile = window.profile
    assert profile is not None
    day = date.today() - timedelta(days=5)
    session = add_session(
        profile, seeded.dana, datetime.combine(day, time(12), tzinfo=UTC), SessionStatus.ATTENDED
    )
    profile.service(CheckInService).save(
        CheckInDraft(session, {"heard": 2, "respected": 3, "supported": 4})  # type: ignore[arg-type]
    )
    qtbot.waitUntil(lambda: heard(view) == [4, 6, 8, 9, 2], timeout=3000)
    choose_period(qtbot, view, "3m")
    assert heard(view) == [8, 9, 2]


def test_nothing_is_drawn_ahead_while_insights_is_hidden(qtbot, window: MainWindow) -> None:
    view, _seeded = open_insights(qtbot, window)
    view._ahead._delay.setInterval(30)
    drawn(qtbot, view.panels[0])
    window.show_area_key("journal")
    steps = view._ahead.steps
    qtbot.wait(300)
    assert view._ahead.steps == steps and not view._ahead.busy()
