"""Sessions on a real (encrypted) profile: planning, marking, schedules, importing, and the
queries other areas rely on."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.domain.counselors import CounselorDraft
from companion.domain.enums import SessionMode, SessionStatus
from companion.domain.errors import InvalidInput
from companion.domain.sessions import CalendarFileProblem, Schedule, SessionDraft
from companion.services.profile import UnlockedProfile
from companion.services.sessions import SeriesNotFound, SessionNotFound, SessionService

BERLIN = "Europe/Berlin"
TZ = ZoneInfo(BERLIN)
# Tuesday 10 March 2026, 12:00 in Berlin
NOW = datetime(2026, 3, 10, 12, tzinfo=TZ)


@pytest.fixture
def svc(profile: UnlockedProfile) -> SessionService:
    return profile.service(SessionService)


@pytest.fixture
def dana(profile: UnlockedProfile) -> int:
    return profile.counselors.create(CounselorDraft(name="Dana")).id


@pytest.fixture
def sam(profile: UnlockedProfile) -> int:
    return profile.counselors.create(CounselorDraft(name="Sam")).id


def _plan(svc: SessionService, counselor: int, day: date, at: time, **kw: object):
    return svc.plan(SessionDraft.at(counselor, day, at, BERLIN, **kw))  # type: ignore[arg-type]


def test_no_sessions_yet(svc: SessionService, dana: int) -> None:
    assert svc.upcoming(None, NOW) == []
    assert svc.past(dana, NOW) == []
    assert svc.next_session(None, NOW) is None
    assert svc.last_attended(dana, NOW) is None
    assert svc.list_between(NOW - timedelta(days=365), NOW + timedelta(days=365)) == []
    assert svc.count() == 0


def test_plan_and_get(svc: SessionService, dana: int) -> None:
    s = _plan(svc, dana, date(2026, 3, 17), time(17), duration_minutes=60, mode=SessionMode.VIDEO)
    got = svc.get(s.id)
    assert got == s
    assert got.starts_at == datetime(2026, 3, 17, 16, tzinfo=UTC)
    assert got.local_start.time() == time(17)
    assert (got.duration_minutes, got.mode, got.status) == (
        60,
        SessionMode.VIDEO,
        SessionStatus.PLANNED,
    )
    with pytest.raises(SessionNotFound):
        svc.get(s.id + 100)


def test_a_session_today(svc: SessionService, dana: int) -> None:
    today = _plan(svc, dana, date(2026, 3, 10), time(17))
    assert svc.next_session(dana, NOW) == today
    # while it is going on it is still the next one; once over it is past
    during = datetime(2026, 3, 10, 17, 30, tzinfo=TZ)
    assert svc.next_session(None, during) == today
    over = today.ends_at
    assert svc.next_session(None, over) is None
    assert svc.past(None, over) == [today]
    # marked attended the same day: past at once, and the last attended one
    attended = svc.mark(today.id, SessionStatus.ATTENDED, now=NOW)
    assert svc.upcoming(None, NOW) == []
    assert svc.past(None, NOW) == [attended]
    assert svc.last_attended(None, over) == attended
    assert svc.last_attended(None, NOW) is None  # it starts later than NOW


def test_a_cancelled_session(svc: SessionService, dana: int) -> None:
    cancelled = _plan(svc, dana, date(2026, 3, 12), time(9))
    later = _plan(svc, dana, date(2026, 3, 19), time(9))
    cancelled = svc.mark(cancelled.id, SessionStatus.CANCELLED, now=NOW)
    assert svc.next_session(dana, NOW) == later
    assert svc.upcoming(dana, NOW) == [later]
    assert svc.upcoming(dana, NOW, include_cancelled=True) == [cancelled, later]
    assert svc.past(dana, NOW) == []
    # after its time it shows among the past ones
    assert svc.past(dana, datetime(2026, 3, 13, tzinfo=TZ)) == [cancelled]
    # rescheduling brings it back as planned
    moved = svc.reschedule(cancelled.id, SessionDraft.at(dana, date(2026, 3, 13), time(10), BERLIN))
    assert moved.status is SessionStatus.PLANNED and moved.local_start.day == 13
    assert svc.next_session(dana, NOW) == moved


def test_counselor_filtering(svc: SessionService, dana: int, sam: int) -> None:
    a = _plan(svc, dana, date(2026, 3, 11), time(9))
    b = _plan(svc, sam, date(2026, 3, 12), time(9))
    c = _plan(svc, dana, date(2026, 3, 3), time(9))
    svc.mark(c.id, SessionStatus.ATTENDED, now=NOW)
    assert svc.upcoming(None, NOW) == [a, b]
    assert svc.upcoming(sam, NOW) == [b]
    assert svc.next_session(sam, NOW) == b
    assert [s.id for s in svc.past(dana, NOW)] == [c.id]
    assert svc.past(sam, NOW) == []
    assert svc.last_attended(sam, NOW) is None
    assert svc.last_attended(dana, NOW) == svc.get(c.id)
    start, end = datetime(2026, 3, 11, tzinfo=TZ), datetime(2026, 3, 12, 9, tzinfo=TZ)
    assert svc.list_between(start, end) == [a]  # the end is excluded
    assert svc.list_between(start, end + timedelta(seconds=1), counselor_id=sam) == [b]
    assert (svc.count(), svc.count(dana), svc.count(sam)) == (3, 2, 1)


def test_limits_and_order(svc: SessionService, dana: int) -> None:
    for day in (20, 13, 27, 16):
        _plan(svc, dana, date(2026, 3, day), time(9))
    assert [s.local_start.day for s in svc.upcoming(dana, NOW, limit=3)] == [13, 16, 20]
    late = datetime(2026, 4, 1, tzinfo=TZ)
    assert [s.local_start.day for s in svc.past(dana, late, limit=2)] == [27, 20]


def test_bad_input_is_refused_and_nothing_is_written(svc: SessionService, dana: int) -> None:
    with pytest.raises(InvalidInput, match="between 1 minute"):
        _plan(svc, dana, date(2026, 3, 17), time(17), duration_minutes=0)
    with pytest.raises(InvalidInput, match="no longer"):
        _plan(svc, dana + 99, date(2026, 3, 17), time(17))
    first = _plan(svc, dana, date(2026, 3, 17), time(17))
    with pytest.raises(InvalidInput, match="already a session"):
        _plan(svc, dana, date(2026, 3, 17), time(17))
    with pytest.raises(InvalidInput, match="still ahead"):
        svc.mark(first.id, SessionStatus.ATTENDED, now=NOW)
    assert svc.count() == 1 and svc.get(first.id).status is SessionStatus.PLANNED


def test_delete_session_and_counselor_with_sessions(
    profile: UnlockedProfile, svc: SessionService, dana: int, sam: int
) -> None:
    a = _plan(svc, dana, date(2026, 3, 11), time(9))
    _plan(svc, sam, date(2026, 3, 12), time(9))
    svc.delete(a.id)
    with pytest.raises(SessionNotFound):
        svc.delete(a.id)
    svc.create_schedule(Schedule(sam, 1, time(17), BERLIN, date(2026, 3, 10), date(2026, 4, 30)))
    profile.counselors.delete(sam)
    assert svc.count() == 0


def test_weekly_schedule_across_the_clock_change(svc: SessionService, dana: int) -> None:
    schedule = Schedule(
        counselor_id=dana,
        weekday=1,
        start_time=time(17),
        time_zone=BERLIN,
        first_date=date(2026, 3, 10),
        until_date=Schedule.until_for_months(date(2026, 3, 10), 1),
        interval_weeks=1,
        duration_minutes=50,
        mode=SessionMode.VIDEO,
    )
    series, sessions = svc.create_schedule(schedule)
    assert [s.local_start.day for s in sessions] == [10, 17, 24, 31, 7]
    assert {s.local_start.time() for s in sessions} == {time(17)}
    assert [s.starts_at.hour for s in sessions] == [16, 16, 16, 15, 15]
    assert {s.series_id for s in sessions} == {series.id}
    assert {s.mode for s in sessions} == {SessionMode.VIDEO}
    assert svc.get_series(series.id) == series
    # the same schedule again plans nothing twice
    _again, added = svc.create_schedule(schedule)
    assert added == [] and svc.count(dana) == 5
    # stopping it keeps what has passed
    deleted = svc.stop_schedule(series.id, datetime(2026, 3, 20, tzinfo=TZ))
    assert deleted == 3
    left = svc.list_between(NOW - timedelta(days=1), NOW + timedelta(days=60), dana)
    assert [(s.local_start.day, s.series_id) for s in left] == [(10, None), (17, None)]
    with pytest.raises(SeriesNotFound):
        svc.get_series(series.id)


def test_bad_schedule_writes_nothing(svc: SessionService, dana: int) -> None:
    with pytest.raises(InvalidInput, match="before"):
        svc.create_schedule(
            Schedule(dana, 1, time(17), BERLIN, date(2026, 3, 10), date(2026, 3, 1))
        )
    assert svc.count() == 0


CALENDAR = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Practice//EN\r\n"
    b"BEGIN:VEVENT\r\nUID:weekly@practice\r\nDTSTART;TZID=Europe/Berlin:20260317T170000\r\n"
    b"DTEND;TZID=Europe/Berlin:20260317T175000\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\nEND:VEVENT\r\n"
    b"BEGIN:VEVENT\r\nUID:holiday@practice\r\nDTSTART;VALUE=DATE:20260401\r\nEND:VEVENT\r\n"
    b"END:VCALENDAR\r\n"
)


def test_import_preview_duplicates_and_apply(svc: SessionService, dana: int, sam: int) -> None:
    preview = svc.preview_import(CALENDAR, local_zone=BERLIN, now=NOW)
    assert len(preview.new) == 3 and preview.duplicates == 0 and preview.all_day_skipped == 1
    assert svc.count() == 0  # a preview writes nothing
    added = svc.import_appointments(sam, preview.new, time_zone=BERLIN, mode=SessionMode.VIDEO)
    assert [s.local_start.day for s in added] == [17, 24, 31]
    assert {(s.counselor_id, s.mode, s.local_start.time()) for s in added} == {
        (sam, SessionMode.VIDEO, time(17))
    }
    assert added[0].ics_uid == "weekly@practice|2026-03-17T16:00:00+00:00"
    again = svc.preview_import(CALENDAR, local_zone=BERLIN, now=NOW)
    assert again.new == () and again.duplicates == 3
    # applying the old preview again adds nothing (checked inside the transaction)
    assert svc.import_appointments(dana, preview.new, time_zone=BERLIN) == []
    assert svc.count() == 3


def test_import_is_all_or_nothing(svc: SessionService, dana: int) -> None:
    preview = svc.preview_import(CALENDAR, local_zone=BERLIN, now=NOW)
    with pytest.raises(InvalidInput, match="no longer"):
        svc.import_appointments(dana + 50, preview.new, time_zone=BERLIN)
    with pytest.raises(CalendarFileProblem, match="not a calendar"):
        svc.preview_import(b"just text", local_zone=BERLIN, now=NOW)
    assert svc.count() == 0
