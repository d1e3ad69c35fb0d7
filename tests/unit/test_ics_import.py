"""Reading calendar files a practice might send: time zones, recurrence, skipped events and
files that are not calendars at all. No database: duplicates against stored sessions are
covered in tests/services/test_session_service.py."""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest

from companion.domain.sessions import CalendarFileProblem, ImportPreview
from companion.services.ics_import import parse_calendar

NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


def _calendar(*events: str, extra: str = "") -> bytes:
    body = "".join(f"BEGIN:VEVENT\n{e.strip()}\nEND:VEVENT\n" for e in events)
    text = (
        f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Practice//Test//EN\n{extra}{body}END:VCALENDAR\n"
    )
    return text.replace("\n", "\r\n").encode()


def _parse(data: bytes, zone: str = "Europe/Berlin") -> ImportPreview:
    return parse_calendar(data, local_zone=zone, now=NOW)


def test_event_with_tzid_utc_and_floating_times() -> None:
    data = _calendar(
        "UID:tz@p\nDTSTART;TZID=Europe/Berlin:20260310T170000\n"
        "DTEND;TZID=Europe/Berlin:20260310T174500\nSUMMARY:Session with Dana",
        "UID:utc@p\nDTSTART:20260311T090000Z\nDURATION:PT1H",
        "UID:float@p\nDTSTART:20260312T080000\nDTEND:20260312T085000",
    )
    preview = _parse(data, zone="America/New_York")
    got = {a.uid: a for a in preview.appointments}
    assert got["tz@p"].starts_at == datetime(2026, 3, 10, 16, tzinfo=UTC)
    assert got["tz@p"].duration_minutes == 45 and got["tz@p"].title == "Session with Dana"
    assert got["utc@p"].starts_at == datetime(2026, 3, 11, 9, tzinfo=UTC)
    assert got["utc@p"].duration_minutes == 60
    # floating: 08:00 on the client's clock, New York (EDT since 8 March, UTC-4)
    assert got["float@p"].starts_at == datetime(2026, 3, 12, 12, tzinfo=UTC)
    assert got["float@p"].duration_minutes == 50
    assert [a.uid for a in preview.appointments] == ["tz@p", "utc@p", "float@p"]
    assert not any(a.already_imported for a in preview.appointments)


def test_weekly_rule_with_count_and_exdate_keeps_local_time_over_the_change() -> None:
    data = _calendar(
        "UID:weekly@p\nDTSTART;TZID=Europe/Berlin:20260317T170000\n"
        "DTEND;TZID=Europe/Berlin:20260317T175000\nRRULE:FREQ=WEEKLY;COUNT=5\n"
        "EXDATE;TZID=Europe/Berlin:20260331T170000"
    )
    preview = _parse(data)
    local = [a.starts_at.astimezone(BERLIN) for a in preview.appointments]
    # COUNT counts the excluded one too (as the standard says)
    assert [t.day for t in local] == [17, 24, 7, 14]
    assert [t.month for t in local] == [3, 3, 4, 4]
    assert {t.time() for t in local} == {time(17)}
    assert [a.starts_at.hour for a in preview.appointments] == [16, 16, 15, 15]
    assert len({a.key for a in preview.appointments}) == 4


def test_rule_with_until_in_utc_and_a_file_defined_time_zone() -> None:
    vtimezone = (
        "BEGIN:VTIMEZONE\nTZID:W. Europe Standard Time\n"
        "BEGIN:STANDARD\nDTSTART:16010101T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\n"
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\n"
        "BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n"
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
    )
    data = _calendar(
        "UID:win@p\nDTSTART;TZID=W. Europe Standard Time:20260324T170000\n"
        "DTEND;TZID=W. Europe Standard Time:20260324T180000\n"
        "RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20260421T150000Z",
        extra=vtimezone,
    )
    preview = _parse(data)
    assert [a.starts_at for a in preview.appointments] == [
        datetime(2026, 3, 24, 16, tzinfo=UTC),
        datetime(2026, 4, 7, 15, tzinfo=UTC),
        datetime(2026, 4, 21, 15, tzinfo=UTC),  # UNTIL is inclusive
    ]
    assert {a.duration_minutes for a in preview.appointments} == {60}


def test_endless_rule_stops_twelve_months_ahead() -> None:
    data = _calendar(
        "UID:monthly@p\nDTSTART;TZID=Europe/Berlin:20260105T100000\nRRULE:FREQ=MONTHLY"
    )
    preview = _parse(data)
    starts = [a.starts_at.astimezone(BERLIN) for a in preview.appointments]
    assert starts[0].date().isoformat() == "2026-01-05"
    # NOW is 1 March 2026: up to 1 March 2027 at most
    assert starts[-1].date().isoformat() == "2027-02-05"
    assert len(starts) == 14


def test_moved_and_cancelled_single_occurrences() -> None:
    data = _calendar(
        "UID:series@p\nDTSTART;TZID=Europe/Berlin:20260302T090000\nRRULE:FREQ=WEEKLY;COUNT=3",
        "UID:series@p\nRECURRENCE-ID;TZID=Europe/Berlin:20260309T090000\n"
        "DTSTART;TZID=Europe/Berlin:20260310T110000\nDURATION:PT50M",
        "UID:gone@p\nDTSTART:20260320T100000Z\nSTATUS:CANCELLED",
    )
    preview = _parse(data)
    local = [a.starts_at.astimezone(BERLIN) for a in preview.appointments]
    assert [(t.day, t.hour) for t in local] == [(2, 9), (10, 11), (16, 9)]
    assert preview.cancelled_skipped == 1


def test_all_day_and_unusable_events_are_left_out_and_counted() -> None:
    data = _calendar(
        "UID:holiday@p\nDTSTART;VALUE=DATE:20260401\nDTEND;VALUE=DATE:20260402",
        "UID:ok@p\nDTSTART:20260402T100000Z",
        "UID:backwards@p\nDTSTART:20260403T100000Z\nDTEND:20260403T090000Z",
        "UID:nostart@p\nSUMMARY:No start",
        "UID:retreat@p\nDTSTART:20260404T100000Z\nDTEND:20260406T100000Z",
    )
    preview = _parse(data)
    assert [a.uid for a in preview.appointments] == ["ok@p"]
    assert preview.all_day_skipped == 1
    assert preview.unusable_skipped == 3


def test_same_appointment_twice_in_one_file_and_missing_uid() -> None:
    same = "UID:dup@p\nDTSTART:20260402T100000Z"
    no_uid = "DTSTART:20260403T100000Z\nSUMMARY:Session"
    first = _parse(_calendar(same, same, no_uid))
    assert len(first.appointments) == 2
    again = _parse(_calendar(no_uid))
    assert again.appointments[0].key == first.appointments[1].key  # stable without a UID


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"   \r\n", "empty"),
        (b"hello, this is a note", "not a calendar"),
        (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dana\r\nEND:VCARD\r\n", "not a calendar"),
        (bytes(range(256)) * 4, "not a calendar"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2026", "could not read"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "no appointments"),
        (
            b"BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nUID:x\r\nEND:VTODO\r\nEND:VCALENDAR\r\n",
            "no appointments",
        ),
    ],
)
def test_bad_files_give_a_clear_message(data: bytes, words: str) -> None:
    with pytest.raises(CalendarFileProblem, match=words):
        _parse(data)


# --- rules as Outlook writes them, extra dates (RDATE), cut-off files -----------------------


def test_outlook_rule_with_spaces_after_the_commas() -> None:
    data = _calendar(
        "UID:outlook@p\nDTSTART;TZID=Europe/Berlin:20260302T170000\nDURATION:PT50M\n"
        "RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=MO, TU, WE"
    )
    preview = _parse(data)
    local = [a.starts_at.astimezone(BERLIN) for a in preview.appointments]
    assert [(t.day, t.hour) for t in local] == [
        (2, 17),
        (3, 17),
        (4, 17),
        (9, 17),
        (10, 17),
        (11, 17),
    ]
    assert preview.unusable_skipped == 0 and preview.problems == ()


def test_extra_dates_as_periods_without_a_rule() -> None:
    data = _calendar(
        "UID:period@p\nDTSTART:20260105T170000Z\nDURATION:PT1H\n"
        "RDATE;VALUE=PERIOD:20260112T170000Z/PT1H,20260119T170000Z/20260119T173000Z"
    )
    preview = _parse(data)
    assert [(a.starts_at, a.duration_minutes) for a in preview.appointments] == [
        (datetime(2026, 1, 5, 17, tzinfo=UTC), 60),
        (datetime(2026, 1, 12, 17, tzinfo=UTC), 60),
        (datetime(2026, 1, 19, 17, tzinfo=UTC), 30),  # a period brings its own length
    ]
    assert len({a.key for a in preview.appointments}) == 3
    assert preview.extra_dates == 2 and preview.problems == ()


def test_extra_dates_as_lists_with_exdate_and_without_a_rule() -> None:
    data = _calendar(
        "UID:list@p\nDTSTART;TZID=Europe/Berlin:20260302T090000\nDURATION:PT50M\n"
        "RDATE;TZID=Europe/Berlin:20260309T090000,20260316T090000\n"
        "RDATE;TZID=Europe/Berlin:20260330T093000\n"
        "EXDATE;TZID=Europe/Berlin:20260316T090000"
    )
    preview = _parse(data)
    local = [a.starts_at.astimezone(BERLIN) for a in preview.appointments]
    assert [(t.day, t.month, t.hour, t.minute) for t in local] == [
        (2, 3, 9, 0),
        (9, 3, 9, 0),
        (30, 3, 9, 30),  # after the change to summer time, still 09:30 in Berlin
    ]
    assert preview.extra_dates == 2


def test_extra_dates_with_a_rule_are_added_and_excluded_dates_still_apply() -> None:
    data = _calendar(
        "UID:both@p\nDTSTART;TZID=Europe/Berlin:20260302T170000\nDURATION:PT50M\n"
        "RRULE:FREQ=WEEKLY;COUNT=3\n"
        "RDATE;TZID=Europe/Berlin:20260305T120000,20260306T120000\n"
        "EXDATE;TZID=Europe/Berlin:20260309T170000,20260306T120000"
    )
    preview = _parse(data)
    local = [a.starts_at.astimezone(BERLIN) for a in preview.appointments]
    assert [(t.day, t.hour) for t in local] == [(2, 17), (5, 12), (16, 17)]
    assert preview.extra_dates == 1


def test_extra_dates_that_cannot_be_used_are_named_in_the_problems() -> None:
    data = _calendar(
        "UID:days@p\nDTSTART:20260105T170000Z\nSUMMARY:Private title\n"
        "RDATE;VALUE=DATE:20260112,20260113\nRDATE:20260114T170000Z",
        "UID:long@p\nDTSTART:20260205T170000Z\nRDATE;VALUE=PERIOD:20260212T170000Z/P3D",
    )
    preview = _parse(data)
    assert [a.starts_at.day for a in preview.appointments] == [5, 14, 5]
    assert preview.extra_dates == 1
    assert preview.problems == (
        "The appointment on 5 Jan 2026 lists 2 extra dates without a time of day; "
        "they were left out.",
        "The appointment on 5 Feb 2026 lists 1 extra date that does not last between 1 "
        "minute and a day; it was left out.",
    )
    assert not any("Private" in p for p in preview.problems)


@pytest.mark.parametrize("kept", ["END:VCALE", "END:VEVENT\r\n", "END:", "DTSTART:2026"])
def test_a_cut_off_calendar_is_refused(kept: str) -> None:
    whole = _calendar("UID:a@p\nDTSTART:20260402T100000Z", "UID:b@p\nDTSTART:20260403T100000Z")
    text = whole.decode()
    data = text[: text.rindex(kept) + len(kept)].encode()  # the file ends in the middle
    with pytest.raises(CalendarFileProblem, match="the file seems to be cut off"):
        _parse(data)
    _parse(whole + b"\r\n\r\n")  # blank lines after the end are fine


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (
            b'{"tags": {}, "entries": [{"date": "2021-03-04", "time": "10:00", "body": "x"}]}',
            "jrnl",
        ),
        (b'{"metadata": {}, "entries": [{"creationDate": "2021-03-04T10:00:00Z"}]}', "Day One"),
        (b"full_date,date,weekday,time,mood,activities,note_title,note\r\n", "Daylio"),
    ],
)
def test_a_journal_export_chosen_as_a_calendar_is_named(data: bytes, kind: str) -> None:
    with pytest.raises(CalendarFileProblem, match=f"looks like a {kind} export"):
        _parse(data)


def test_unreadable_extra_dates_are_named_and_the_event_still_comes_in() -> None:
    data = _calendar("UID:odd@p\nDTSTART:20260105T170000Z\nRDATE:not-a-date")
    preview = _parse(data)
    assert [a.starts_at.day for a in preview.appointments] == [5]
    assert preview.problems == (
        "The appointment on 5 Jan 2026 lists 1 extra date Companion cannot read; it was left out.",
    )


@pytest.mark.parametrize("interval", ["0", "-1"])
def test_a_rule_that_never_moves_on_is_left_out_not_followed_forever(interval: str) -> None:
    data = _calendar(
        f"UID:stuck@p\nDTSTART:20260302T090000Z\nRRULE:FREQ=DAILY;INTERVAL={interval}",
        "UID:ok@p\nDTSTART:20260402T100000Z",
    )
    preview = _parse(data)
    assert [a.uid for a in preview.appointments] == ["ok@p"]
    assert preview.unusable_skipped == 1


@pytest.mark.parametrize(
    "tzid",
    [
        "Europe",  # a folder of the time zone database, not a zone
        "A" * 300,  # longer than a file name may be
    ],
)
def test_a_time_zone_name_the_database_cannot_open_leaves_that_event_out(tzid: str) -> None:
    data = _calendar(
        f"UID:odd@p\nDTSTART;TZID={tzid}:20260310T170000\nDURATION:PT1H",
        "UID:fine@p\nDTSTART:20260311T090000Z\nDURATION:PT1H",
    )
    try:
        preview = _parse(data)
    except CalendarFileProblem:
        return  # refused with a message: also fine, as long as nothing else escapes
    assert [a.uid for a in preview.appointments] == ["fine@p"]
