"""Session rules without a database: local times across daylight saving changes, schedules,
month ends, validation and the calendar-import rules that need no library."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.domain.enums import SessionMode, SessionStatus
from companion.domain.errors import InvalidInput
from companion.domain.sessions import (
    DEFAULT_DURATION,
    ICS_UID_MAX,
    Appointment,
    ImportPreview,
    Schedule,
    Session,
    SessionDraft,
    add_months,
    at_local,
    check_status_change,
    ics_key,
    imported_duration,
)

BERLIN = "Europe/Berlin"
NEW_YORK = "America/New_York"
TUESDAY = 1


def _schedule(**changes: object) -> Schedule:
    values: dict[str, object] = {
        "counselor_id": 1,
        "weekday": TUESDAY,
        "start_time": time(17, 0),
        "time_zone": BERLIN,
        "first_date": date(2026, 3, 10),
        "until_date": date(2026, 4, 14),
    }
    values.update(changes)
    return Schedule(**values)  # type: ignore[arg-type]


def _locals(schedule: Schedule) -> list[datetime]:
    tz = ZoneInfo(schedule.time_zone)
    return [t.astimezone(tz) for t in schedule.occurrences()]


# --- local times -----------------------------------------------------------------------------


def test_at_local_gives_utc_moments_on_both_sides_of_a_change() -> None:
    # Berlin moves to summer time on 29 March 2026
    assert at_local(date(2026, 3, 24), time(17), BERLIN) == datetime(2026, 3, 24, 16, tzinfo=UTC)
    assert at_local(date(2026, 3, 31), time(17), BERLIN) == datetime(2026, 3, 31, 15, tzinfo=UTC)


def test_a_time_skipped_by_the_clocks_moves_on_and_a_repeated_one_is_the_first() -> None:
    skipped = at_local(date(2026, 3, 29), time(2, 30), BERLIN)
    assert skipped.astimezone(ZoneInfo(BERLIN)).time() == time(3, 30)
    # New York falls back on 1 November 2026: 01:30 happens twice, the first is EDT (-4)
    twice = at_local(date(2026, 11, 1), time(1, 30), NEW_YORK)
    assert twice == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)


def test_unknown_time_zone_is_refused() -> None:
    with pytest.raises(InvalidInput, match="time zone"):
        at_local(date(2026, 1, 1), time(9), "Mars/Olympus_Mons")


# --- schedules -------------------------------------------------------------------------------


def test_weekly_schedule_keeps_local_time_across_spring_change_in_berlin() -> None:
    schedule = _schedule().validated()
    local = _locals(schedule)
    assert [t.date() for t in local] == [
        date(2026, 3, 10),
        date(2026, 3, 17),
        date(2026, 3, 24),
        date(2026, 3, 31),
        date(2026, 4, 7),
        date(2026, 4, 14),  # the until date itself is included
    ]
    assert {t.time() for t in local} == {time(17)}
    utc_hours = [t.hour for t in schedule.occurrences()]
    assert utc_hours == [16, 16, 16, 15, 15, 15]


def test_schedule_keeps_local_time_across_autumn_change_in_new_york() -> None:
    schedule = _schedule(
        weekday=0,  # Mondays
        start_time=time(9, 30),
        time_zone=NEW_YORK,
        first_date=date(2026, 10, 19),
        until_date=date(2026, 11, 9),
    ).validated()
    local = _locals(schedule)
    assert [t.date().day for t in local] == [19, 26, 2, 9]
    assert {t.time() for t in local} == {time(9, 30)}
    assert [t.hour for t in schedule.occurrences()] == [13, 13, 14, 14]


def test_schedule_on_the_night_of_the_change_itself() -> None:
    # Sundays at 02:30 in Berlin: on 29 March 2026 that time does not exist
    schedule = _schedule(
        weekday=6,
        start_time=time(2, 30),
        first_date=date(2026, 3, 22),
        until_date=date(2026, 4, 5),
    ).validated()
    assert [t.time() for t in _locals(schedule)] == [time(2, 30), time(3, 30), time(2, 30)]
    assert len(set(schedule.occurrences())) == 3


def test_every_two_weeks_starts_on_the_first_matching_weekday() -> None:
    # 12 March 2026 is a Thursday: the first Tuesday is the 17th
    schedule = _schedule(
        first_date=date(2026, 3, 12), until_date=date(2026, 5, 31), interval_weeks=2
    ).validated()
    assert schedule.local_dates() == [
        date(2026, 3, 17),
        date(2026, 3, 31),
        date(2026, 4, 14),
        date(2026, 4, 28),
        date(2026, 5, 12),
        date(2026, 5, 26),
    ]
    assert all(
        (b - a).days == 14
        for a, b in zip(schedule.local_dates(), schedule.local_dates()[1:], strict=False)
    )


def test_until_date_and_months() -> None:
    assert _schedule(until_date=date(2026, 4, 13)).validated().local_dates()[-1] == date(2026, 4, 7)
    until = Schedule.until_for_months(date(2026, 3, 10), 3)
    assert until == date(2026, 6, 9)
    assert _schedule(until_date=until).validated().local_dates()[-1] == date(2026, 6, 9)


def test_month_ends() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)  # leap year
    assert add_months(date(2026, 3, 31), 1) == date(2026, 4, 30)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert add_months(date(2026, 8, 31), 12) == date(2027, 8, 31)
    # a month of sessions starting on 31 January ends before 28 February
    assert Schedule.until_for_months(date(2026, 1, 31), 1) == date(2026, 2, 27)
    # Saturdays from 31 January for one month: the 28th falls just outside
    saturdays = _schedule(
        weekday=5, first_date=date(2026, 1, 31), until_date=date(2026, 2, 27)
    ).validated()
    assert saturdays.local_dates() == [
        date(2026, 1, 31),
        date(2026, 2, 7),
        date(2026, 2, 14),
        date(2026, 2, 21),
    ]
    # weekly across the end of a month and a year
    year_end = _schedule(weekday=3, first_date=date(2026, 12, 24), until_date=date(2027, 1, 14))
    assert year_end.validated().local_dates() == [
        date(2026, 12, 24),
        date(2026, 12, 31),
        date(2027, 1, 7),
        date(2027, 1, 14),
    ]


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"until_date": date(2026, 3, 1)}, "before"),
        ({"first_date": date(2026, 3, 11), "until_date": date(2026, 3, 16)}, "No session"),
        ({"interval_weeks": 0}, "every"),
        ({"interval_weeks": 53}, "every"),
        ({"weekday": 7}, "day of the week"),
        ({"duration_minutes": 0}, "between 1 minute"),
        ({"duration_minutes": 1441}, "between 1 minute"),
        ({"counselor_id": 0}, "counselor"),
        ({"time_zone": "Nowhere/Special"}, "time zone"),
        ({"until_date": date(2029, 3, 10)}, "two years"),
    ],
)
def test_bad_schedules_are_refused(changes: dict[str, object], words: str) -> None:
    with pytest.raises(InvalidInput, match=words):
        _schedule(**changes).validated()


def test_months_out_of_range() -> None:
    with pytest.raises(InvalidInput, match="months"):
        Schedule.until_for_months(date(2026, 1, 1), 0)
    with pytest.raises(InvalidInput, match="months"):
        Schedule.until_for_months(date(2026, 1, 1), 25)


# --- sessions --------------------------------------------------------------------------------


def _session(**changes: object) -> Session:
    values: dict[str, object] = {
        "id": 1,
        "counselor_id": 1,
        "starts_at": datetime(2026, 3, 31, 15, tzinfo=UTC),
        "time_zone": BERLIN,
    }
    values.update(changes)
    return Session(**values)  # type: ignore[arg-type]


def test_session_times_and_states() -> None:
    s = _session()
    assert s.local_start.time() == time(17) and s.local_start.utcoffset() == timedelta(hours=2)
    assert s.ends_at == datetime(2026, 3, 31, 15, 50, tzinfo=UTC)
    during = datetime(2026, 3, 31, 15, 20, tzinfo=UTC)
    assert s.is_upcoming(during) and not s.awaits_marking(during)
    after = s.ends_at
    assert not s.is_upcoming(after) and s.awaits_marking(after)
    cancelled = _session(status=SessionStatus.CANCELLED)
    assert not cancelled.is_upcoming(during) and not cancelled.awaits_marking(after)
    assert _session(time_zone="Bad/Zone").local_start.tzinfo == UTC


def test_draft_from_local_date_and_time() -> None:
    draft = SessionDraft.at(3, date(2026, 11, 3), time(10), NEW_YORK, 45, SessionMode.VIDEO)
    clean = draft.validated()
    assert clean.starts_at == datetime(2026, 11, 3, 15, tzinfo=UTC)
    assert (clean.duration_minutes, clean.mode, clean.time_zone) == (
        45,
        SessionMode.VIDEO,
        NEW_YORK,
    )
    assert (
        SessionDraft.at(3, date(2026, 1, 1), time(9), BERLIN).duration_minutes == DEFAULT_DURATION
    )


@pytest.mark.parametrize(
    ("draft", "words"),
    [
        (SessionDraft(1, datetime(2026, 1, 1, 9), BERLIN), "time zone"),
        (SessionDraft(1, datetime(2026, 1, 1, 9, tzinfo=UTC), "Atlantis/City"), "time zone"),
        (SessionDraft(1, datetime(2026, 1, 1, 9, tzinfo=UTC), BERLIN, 0), "between"),
        (SessionDraft(1, datetime(2026, 1, 1, 9, tzinfo=UTC), BERLIN, 2000), "between"),
        (SessionDraft(0, datetime(2026, 1, 1, 9, tzinfo=UTC), BERLIN), "counselor"),
    ],
)
def test_bad_drafts_are_refused(draft: SessionDraft, words: str) -> None:
    with pytest.raises(InvalidInput, match=words):
        draft.validated()


def test_attended_or_missed_only_once_the_day_has_come() -> None:
    s = _session()  # 17:00 Berlin on 31 March 2026
    morning = datetime(2026, 3, 31, 7, tzinfo=UTC)
    check_status_change(s, SessionStatus.ATTENDED, morning)  # same day: fine
    check_status_change(s, SessionStatus.CANCELLED, morning - timedelta(days=30))
    # 23:30 UTC on the 30th is already the 31st in Berlin
    check_status_change(s, SessionStatus.MISSED, datetime(2026, 3, 30, 22, 30, tzinfo=UTC))
    with pytest.raises(InvalidInput, match="still ahead"):
        check_status_change(s, SessionStatus.ATTENDED, datetime(2026, 3, 30, 12, tzinfo=UTC))


# --- calendar import rules -------------------------------------------------------------------


def test_ics_key_is_uid_and_utc_start() -> None:
    start = datetime(2026, 3, 24, 17, tzinfo=ZoneInfo(BERLIN))
    assert ics_key("abc@practice", start) == "abc@practice|2026-03-24T16:00:00+00:00"
    long_key = ics_key("x" * 400, start)
    assert len(long_key) <= ICS_UID_MAX and long_key.startswith("sha256:")
    assert long_key == ics_key("x" * 400, start.astimezone(UTC))


def test_imported_duration() -> None:
    start = datetime(2026, 3, 24, 16, tzinfo=UTC)
    assert imported_duration(start, start + timedelta(minutes=45), None) == 45
    assert imported_duration(start, None, timedelta(hours=1)) == 60
    assert imported_duration(start, None, None) == DEFAULT_DURATION
    assert imported_duration(start, start, None) == DEFAULT_DURATION
    assert imported_duration(start, start - timedelta(hours=1), None) is None
    assert imported_duration(start, start + timedelta(days=2), None) is None


def test_preview_marks_duplicates() -> None:
    a = Appointment("a", datetime(2026, 3, 24, 16, tzinfo=UTC), 50)
    b = Appointment("b", datetime(2026, 3, 31, 15, tzinfo=UTC), 50)
    preview = ImportPreview(appointments=(a, b)).marking({a.key})
    assert [x.uid for x in preview.new] == ["b"]
    assert preview.duplicates == 1


@pytest.mark.parametrize("name", ["Europe", "A" * 300, "Europe/" + "B" * 300, "Ber\udcfflin"])
def test_a_zone_name_that_is_no_zone_is_refused_with_a_message(name: str) -> None:
    from companion.domain.errors import InvalidInput
    from companion.domain.sessions import zone

    with pytest.raises(InvalidInput, match="time zone"):
        zone(name)
