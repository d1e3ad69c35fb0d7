"""What the Insights charts read, on a real encrypted profile."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from companion.domain.enums import SessionStatus
from companion.domain.errors import InvalidInput
from companion.domain.insights import Period, PeriodKind, latest_vs_average
from companion.services.insights import InsightsService
from companion.services.profile import UnlockedProfile
from tests.support.insights import add_checkin, seed


def test_empty_profile_gives_empty_data(profile: UnlockedProfile) -> None:
    data = profile.service(InsightsService).data(Period(PeriodKind.ALL))
    assert data.checkins == () and data.moods == () and data.sessions == ()
    assert data.goals == () and data.changes == () and data.calendar_days == ()


def test_everything_with_ratings_sessions_moods_goals_and_changes(
    profile: UnlockedProfile,
) -> None:
    seeded = seed(profile)
    data = profile.service(InsightsService).data(Period(PeriodKind.ALL))
    assert [c.rating("heard") for c in data.checkins] == [4, 6, 8, 9]
    first = data.checkins[0]
    assert first.counselor_id == seeded.sam and first.session_id is not None
    assert dict(first.ratings) == {"heard": 4, "respected": 5, "supported": 6, "trust": 7}
    assert first.rating("safe") is None
    assert first.when == datetime.combine(seeded.today - timedelta(days=300), first.when.time())
    assert [s.status for s in data.sessions].count(SessionStatus.CANCELLED) == 1
    assert {s.counselor_name for s in data.sessions} == {"Sam", "Dana"}
    assert all(s.when.tzinfo is not None for s in data.sessions)
    assert len(data.entry_days) == 101
    assert len(data.moods) == 101 - 11  # every ninth day has no mood
    assert [(g.title, [r for _d, r in g.points]) for g in data.goals] == [
        ("Sleep better", [3, 6]),
        ("Say no at work", [4]),
    ]
    assert [(c.when, c.name) for c in data.changes] == [(seeded.today - timedelta(days=60), "Dana")]
    # the calendar always covers twelve months, not the whole history
    assert len(data.calendar_days) == 100


def test_period_keeps_only_what_lies_inside(profile: UnlockedProfile) -> None:
    seeded = seed(profile)
    data = profile.service(InsightsService).data(Period(PeriodKind.THREE_MONTHS))
    assert [c.rating("heard") for c in data.checkins] == [8, 9]
    assert len(data.sessions) == 3
    assert [g.title for g in data.goals] == ["Say no at work"]
    assert [c.name for c in data.changes] == ["Dana"]
    assert min(data.entry_days) >= seeded.today - timedelta(days=92)
    # the calendar still shows its twelve months
    assert len(data.calendar_days) == 100

    custom = Period.custom(seeded.today - timedelta(days=301), seeded.today - timedelta(days=199))
    data = profile.service(InsightsService).data(custom)
    assert [c.rating("heard") for c in data.checkins] == [4, 6]
    assert data.moods == ()
    assert data.changes == ()
    assert data.last_day == seeded.today - timedelta(days=199)


def test_counselor_filter(profile: UnlockedProfile) -> None:
    seeded = seed(profile)
    svc = profile.service(InsightsService)
    dana = svc.data(Period(PeriodKind.ALL), seeded.dana)
    assert [c.rating("heard") for c in dana.checkins] == [8, 9]
    assert {s.counselor_name for s in dana.sessions} == {"Dana"}
    # goals tied to no counselor belong to every counselor, as in the Goals area
    assert [g.title for g in dana.goals] == ["Say no at work"]
    assert len(dana.moods) == 90  # the journal belongs to no counselor
    sam = svc.data(Period(PeriodKind.ALL), seeded.sam)
    assert [g.title for g in sam.goals] == ["Sleep better", "Say no at work"]


def test_checkin_on_the_last_day_counts_and_one_without_ratings_too(
    profile: UnlockedProfile,
) -> None:
    seeded = seed(profile)
    late = datetime.combine(seeded.today, datetime.max.time()).replace(microsecond=0)
    add_checkin(profile, seeded.dana, late, {})
    data = profile.service(InsightsService).data(Period(PeriodKind.THREE_MONTHS))
    assert data.checkins[-1].when == late
    assert dict(data.checkins[-1].ratings) == {}


def test_bad_custom_period_is_refused_plainly(profile: UnlockedProfile) -> None:
    svc = profile.service(InsightsService)
    with pytest.raises(InvalidInput, match="first day needs to come before"):
        svc.data(Period(PeriodKind.CUSTOM, date(2026, 3, 2), date(2026, 3, 1)))


# -- a check-in belongs to its session ---------------------------------------------------------


def _late_checkin_profile(profile: UnlockedProfile) -> tuple[date, int, int]:
    """A session 114 days ago checked in on only today (supported 3), and a session 8 days
    ago checked in on the same day (supported 8)."""
    from companion.domain.counselors import CounselorDraft
    from tests.support.insights import add_session

    today = date.today()
    dana = profile.counselors.create(CounselorDraft(name="Dana")).id
    old_day, recent_day = today - timedelta(days=114), today - timedelta(days=8)
    old = add_session(
        profile, dana, datetime.combine(old_day, time(12), UTC), SessionStatus.ATTENDED
    )
    recent = add_session(
        profile, dana, datetime.combine(recent_day, time(12), UTC), SessionStatus.ATTENDED
    )
    add_checkin(
        profile,
        dana,
        datetime.combine(recent_day, time(13, 30)),
        {"heard": 8, "respected": 8, "supported": 8},
        recent,
    )
    add_checkin(
        profile,
        dana,
        datetime.combine(today, time(9, 0)),
        {"heard": 3, "respected": 3, "supported": 3},
        old,
    )
    return today, old, recent


def test_a_checkin_counts_on_its_sessions_day_and_keeps_when_it_was_written(
    profile: UnlockedProfile,
) -> None:
    today, old, recent = _late_checkin_profile(profile)
    data = profile.service(InsightsService).data(Period(PeriodKind.ALL))
    rows = {r.quality: r for r in latest_vs_average(data.checkins)}
    assert rows["supported"].latest == 8  # the latest session, not the check-in written last
    assert [c.session_id for c in data.checkins] == [old, recent]  # by session, not writing
    late = data.checkins[0]
    assert late.when.date() == today - timedelta(days=114)
    assert late.written is not None and late.written.date() == today
    assert late.written_later and not data.checkins[1].written_later
    from companion.domain.insights import latest_checkin

    assert latest_checkin(data.checkins) == data.checkins[1]

    # a period holds the check-ins about sessions inside it, whenever they were written
    recent_only = profile.service(InsightsService).data(
        Period.custom(today - timedelta(days=30), today)
    )
    assert [c.session_id for c in recent_only.checkins] == [recent]
    old_only = profile.service(InsightsService).data(
        Period.custom(today - timedelta(days=120), today - timedelta(days=100))
    )
    assert [c.session_id for c in old_only.checkins] == [old]


def test_charts_and_tables_name_the_session_and_the_day_written(
    profile: UnlockedProfile,
) -> None:
    from companion.charts import latest, relationship
    from companion.charts.text import day_text

    today, _old, _recent = _late_checkin_profile(profile)
    old_day, recent_day = today - timedelta(days=114), today - timedelta(days=8)
    data = profile.service(InsightsService).data(Period(PeriodKind.ALL))
    headers, rows = relationship.table_relationship(data)
    assert headers[0] == "Session date"
    assert rows[0][0] == f"{day_text(old_day)} (written {day_text(today)})"
    assert rows[1][0] == day_text(recent_day)
    assert latest.table_latest(data)[1][2][1] == "8"  # supported, latest
    from companion.charts.theme import ChartTheme

    fig = latest.build_latest(data, ChartTheme.light())
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert labels[0] == f"Latest check-in ({day_text(recent_day)})"
