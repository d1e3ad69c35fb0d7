from __future__ import annotations

from datetime import datetime, timedelta

from companion.domain.home import SessionMoment
from companion.ui.preferences import Preferences
from companion.ui.reminders import Reminders

NOW = datetime(2026, 11, 25, 12, 0).astimezone()


def _sessions(*offsets_hours: float) -> list[SessionMoment]:
    return [
        SessionMoment(i + 1, (NOW + timedelta(hours=h)).replace(tzinfo=None), 1, "Dana Reyes")
        for i, h in enumerate(offsets_hours)
    ]


def test_reminders_are_off_until_the_client_opts_in(qtbot) -> None:
    r = Reminders(lambda a, b: _sessions(20), Preferences(), clock=lambda: NOW)
    assert r.check() == []


def test_before_and_after_each_once_and_nothing_private(qtbot) -> None:
    prefs = Preferences()
    prefs.remind_before_session = True
    prefs.remind_after_session = True
    texts: list[str] = []
    r = Reminders(lambda a, b: _sessions(20, -3, 30), prefs, clock=lambda: NOW)
    r.remind.connect(lambda kind, text: texts.append(text))
    assert sorted(r.check()) == ["after", "before"]
    assert r.check() == []  # shown once
    assert len(texts) == 2
    assert all("Dana" not in t and "Reyes" not in t for t in texts)
    # remembered across restarts (ids only)
    again = Reminders(lambda a, b: _sessions(20, -3), Preferences(), clock=lambda: NOW)
    assert again.check() == []
    assert all(k.split(":")[0] in ("before", "after") for k in Preferences().reminded())


def test_window_shows_a_reminder_without_a_tray(qtbot, window) -> None:
    window.tray = None
    window.show_reminder("before", "You have a session tomorrow.")
    assert "tomorrow" in window.statusBar().currentMessage()


def test_after_a_session_with_an_ended_counselor_nothing_is_offered(qtbot) -> None:
    from dataclasses import replace

    prefs = Preferences()
    prefs.remind_after_session = True
    ended = [replace(s, counselor_active=False) for s in _sessions(-3)]
    r = Reminders(lambda a, b: ended, prefs, clock=lambda: NOW)
    assert r.check() == [] and r.after_session_id is None
    seen = Reminders(lambda a, b: _sessions(-5, -3), prefs, clock=lambda: NOW)
    assert seen.check() == ["after", "after"]
    assert seen.after_session_id == 2  # the latest: its notes and check-in open on click
