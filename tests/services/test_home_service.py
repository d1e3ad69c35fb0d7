from __future__ import annotations

from datetime import UTC, datetime, timedelta

from companion.domain.counselors import CounselorDraft
from companion.domain.journal import EntryDraft
from companion.services.home import HomeService
from companion.services.profile import UnlockedProfile

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def _session(profile: UnlockedProfile, counselor_id: int, at: datetime, status: str) -> None:
    text = at.astimezone(UTC).replace(tzinfo=None).isoformat(" ")
    with profile._require_db().read() as conn:
        conn.execute(
            "INSERT INTO counseling_session (counselor_id, starts_at, time_zone, status, "
            "created_at, updated_at) VALUES (?, ?, 'UTC', ?, ?, ?)",
            (counselor_id, text, status, text, text),
        )


def _home(profile: UnlockedProfile) -> HomeService:
    return HomeService(profile._require_db(), clock=lambda: NOW)


def test_a_new_profile_has_nothing_to_show(profile: UnlockedProfile) -> None:
    digest = _home(profile).digest()
    assert not digest.has_anything
    assert digest.last_session is None and digest.days_since_last is None
    assert digest.next_session is None


def test_counts_since_the_last_session(profile: UnlockedProfile) -> None:
    dana = profile.counselors.create(CounselorDraft(name="Dana"))
    alex = profile.counselors.create(CounselorDraft(name="Alex"))
    _session(profile, dana.id, NOW - timedelta(days=14), "attended")
    _session(profile, dana.id, NOW - timedelta(days=7), "attended")
    _session(profile, alex.id, NOW - timedelta(days=3), "cancelled")
    _session(profile, dana.id, NOW + timedelta(days=1), "planned")
    _session(profile, alex.id, NOW + timedelta(days=5), "planned")
    local = (NOW - timedelta(days=7)).astimezone().replace(tzinfo=None)
    profile.journal.add_many(
        [
            (local - timedelta(days=1), EntryDraft(body="before", mood=1)),
            (local + timedelta(hours=2), EntryDraft(body="after", mood=4)),
            (local + timedelta(days=2), EntryDraft(body="later", mood=8, bring_to_session=True)),
        ]
    )
    d = _home(profile).digest()
    assert d.last_session is not None and d.last_session.counselor_name == "Dana"
    assert d.days_since_last == 7
    assert d.next_session is not None and d.days_until_next == 1
    assert (d.entries_since, d.mood_low, d.mood_high) == (2, 4, 8)
    assert d.flagged_entries == 1
    alex_only = _home(profile).digest(alex.id)
    assert alex_only.last_session is None  # the cancelled one does not count
    assert alex_only.next_session is not None and alex_only.days_until_next == 5


def test_a_session_today(profile: UnlockedProfile) -> None:
    dana = profile.counselors.create(CounselorDraft(name="Dana"))
    _session(profile, dana.id, NOW - timedelta(hours=1), "planned")
    d = _home(profile).digest()
    assert d.days_since_last == 0
    upcoming = _home(profile).sessions_between(NOW - timedelta(days=1), NOW + timedelta(days=1))
    assert [s.counselor_name for s in upcoming] == ["Dana"]


def test_reminders_know_when_the_counselor_has_ended(profile: UnlockedProfile) -> None:
    dana = profile.counselors.create(CounselorDraft(name="Dana"))
    alex = profile.counselors.create(CounselorDraft(name="Alex"))
    _session(profile, dana.id, NOW - timedelta(hours=3), "attended")
    _session(profile, alex.id, NOW - timedelta(hours=2), "attended")
    profile.counselors.end(alex.id, on=(NOW - timedelta(days=1)).date())
    found = _home(profile).sessions_between(NOW - timedelta(days=1), NOW + timedelta(days=1))
    assert [(s.counselor_name, s.counselor_active) for s in found] == [
        ("Dana", True),
        ("Alex", False),
    ]
