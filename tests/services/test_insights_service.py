"""What the Insights charts read, on a real encrypted profile."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from companion.domain.enums import SessionStatus
from companion.domain.errors import InvalidInput
from companion.domain.insights import Period, PeriodKind
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
