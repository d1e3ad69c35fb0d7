"""Check-ins on a real encrypted profile."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from companion.domain.checkins import CheckInDraft
from companion.domain.counselors import CounselorDraft
from companion.domain.enums import FeedbackKind, FeedbackStatus, SessionStatus
from companion.domain.enums import RelationshipQuality as Q
from companion.domain.errors import InvalidInput
from companion.domain.sessions import SessionDraft
from companion.services.checkins import CheckInNotFound, CheckInService
from companion.services.feedback import FeedbackService
from companion.services.profile import UnlockedProfile
from companion.services.sessions import SessionService
from companion.storage.engine import Database

FIRST = datetime(2026, 1, 6, 16, tzinfo=UTC)


def attended(profile: UnlockedProfile, counselor_id: int, week: int) -> int:
    sessions = profile.service(SessionService)
    planned = sessions.plan(
        SessionDraft(counselor_id, FIRST + timedelta(weeks=week), "Europe/Berlin")
    )
    sessions.mark(planned.id, SessionStatus.ATTENDED, now=FIRST + timedelta(weeks=week, hours=2))
    return planned.id


def ratings(heard: int, respected: int = 8, supported: int = 8, **more: int) -> dict[Q, int]:
    return {Q.HEARD: heard, Q.RESPECTED: respected, Q.SUPPORTED: supported} | {
        Q(k): v for k, v in more.items()
    }


def _db(db: Database) -> Database:
    return db


@pytest.fixture
def svc(profile: UnlockedProfile) -> CheckInService:
    return profile.service(CheckInService)


@pytest.fixture
def dana(profile: UnlockedProfile) -> int:
    return profile.counselors.create(CounselorDraft(name="Dana")).id


def rows(profile: UnlockedProfile, table: str) -> int:
    with profile.service(_db).read() as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_create_read_and_edit(profile: UnlockedProfile, svc: CheckInService, dana: int) -> None:
    session_id = attended(profile, dana, 0)
    assert svc.for_session(session_id) is None
    made = svc.save(CheckInDraft(session_id, ratings(7, trust=9), " more time to talk "))
    assert made.counselor_id == dana and made.session_id == session_id
    assert made.ratings == {Q.HEARD: 7, Q.RESPECTED: 8, Q.SUPPORTED: 8, Q.TRUST: 9}
    assert made.comment == "more time to talk"
    assert made.session_starts_at == FIRST
    assert svc.for_session(session_id) == made

    edited = svc.save(CheckInDraft(session_id, ratings(9, safe=6), ""))
    assert edited.id == made.id
    assert edited.ratings == {Q.HEARD: 9, Q.RESPECTED: 8, Q.SUPPORTED: 8, Q.SAFE: 6}
    assert edited.comment == "" and edited.created_at == made.created_at
    assert rows(profile, "check_in") == 1
    assert rows(profile, "check_in_rating") == 4


def test_bad_input_writes_nothing(profile: UnlockedProfile, svc: CheckInService, dana: int) -> None:
    session_id = attended(profile, dana, 0)
    with pytest.raises(InvalidInput, match="first three"):
        svc.save(CheckInDraft(session_id, {Q.HEARD: 5, Q.RESPECTED: 5}))
    with pytest.raises(InvalidInput, match="0 to 10"):
        svc.save(CheckInDraft(session_id, ratings(11)))
    with pytest.raises(InvalidInput, match="no longer"):
        svc.save(CheckInDraft(9999, ratings(5)))
    future = profile.service(SessionService).plan(
        SessionDraft(dana, datetime.now(UTC) + timedelta(days=3), "Europe/Berlin")
    )
    with pytest.raises(InvalidInput, match="already taken place"):
        svc.save(CheckInDraft(future.id, ratings(5)))
    cancelled = attended(profile, dana, 1)
    profile.service(SessionService).mark(cancelled, SessionStatus.CANCELLED)
    with pytest.raises(InvalidInput, match="already taken place"):
        svc.save(CheckInDraft(cancelled, ratings(5)))
    assert rows(profile, "check_in") == 0
    assert rows(profile, "check_in_rating") == 0


def test_delete_and_deleted_session(
    profile: UnlockedProfile, svc: CheckInService, dana: int
) -> None:
    first = svc.save(CheckInDraft(attended(profile, dana, 0), ratings(7)))
    second_session = attended(profile, dana, 1)
    second = svc.save(CheckInDraft(second_session, ratings(8)))
    svc.delete(first.id)
    with pytest.raises(CheckInNotFound):
        svc.get(first.id)
    with pytest.raises(CheckInNotFound):
        svc.delete(first.id)
    assert rows(profile, "check_in_rating") == 3

    profile.service(SessionService).delete(second_session)
    kept = svc.get(second.id)
    assert kept.session_id is None and kept.session_starts_at is None
    assert [c.id for c in svc.history(dana)] == [second.id]


def test_history_oldest_first_by_counselor_and_since(
    profile: UnlockedProfile, svc: CheckInService, dana: int
) -> None:
    alex = profile.counselors.create(CounselorDraft(name="Alex")).id
    late = svc.save(CheckInDraft(attended(profile, dana, 3), ratings(8)))
    early = svc.save(CheckInDraft(attended(profile, dana, 1), ratings(8)))
    other = svc.save(CheckInDraft(attended(profile, alex, 2), ratings(8)))
    assert [c.id for c in svc.history()] == [early.id, other.id, late.id]
    assert [c.id for c in svc.history(dana)] == [early.id, late.id]
    assert [c.id for c in svc.history(since=FIRST + timedelta(weeks=2))] == [other.id, late.id]
    naive_since = (FIRST + timedelta(weeks=2)).astimezone().replace(tzinfo=None)
    assert [c.id for c in svc.history(alex, since=naive_since)] == [other.id]


def test_signals_same_counselor_and_edits(
    profile: UnlockedProfile, svc: CheckInService, dana: int
) -> None:
    alex = profile.counselors.create(CounselorDraft(name="Alex")).id
    for week in range(3):
        svc.save(CheckInDraft(attended(profile, dana, week), ratings(9)))
    for week in range(3):
        svc.save(CheckInDraft(attended(profile, alex, week), ratings(3)))
    session_id = attended(profile, dana, 4)
    now = svc.save(CheckInDraft(session_id, ratings(7)))
    (found,) = svc.signals_for(now.id, threshold=6)
    assert (found.quality, found.rating, found.median, found.threshold) == (Q.HEARD, 7, 9, None)
    # editing: the old version of the same check-in does not count as history
    edited = svc.save(CheckInDraft(session_id, ratings(9)))
    assert svc.signals_for(edited.id, threshold=6) == []
    assert svc.signals_for(edited.id, threshold=9)[0].threshold == 9
    # Alex's history is his own: 3, 3, 3, so 8 is fine and no drop
    alex_now = svc.save(CheckInDraft(attended(profile, alex, 4), ratings(8)))
    assert svc.signals_for(alex_now.id, threshold=6) == []


def test_sessions_without_checkin(profile: UnlockedProfile, svc: CheckInService, dana: int) -> None:
    alex = profile.counselors.create(CounselorDraft(name="Alex")).id
    s0 = attended(profile, dana, 0)
    s1 = attended(profile, dana, 1)
    s2 = attended(profile, alex, 2)
    profile.service(SessionService).plan(
        SessionDraft(dana, datetime.now(UTC) + timedelta(days=3), "Europe/Berlin")
    )
    assert [s.id for s in svc.sessions_without_checkin()] == [s2, s1, s0]
    svc.save(CheckInDraft(s1, ratings(8)))
    assert [s.id for s in svc.sessions_without_checkin(dana)] == [s0]
    assert [s.id for s in svc.sessions_without_checkin(limit=1)] == [s2]


def test_draft_feedback_for_signals(
    profile: UnlockedProfile, svc: CheckInService, dana: int
) -> None:
    for week in range(3):
        svc.save(CheckInDraft(attended(profile, dana, week), ratings(9)))
    session_id = attended(profile, dana, 4)
    now = svc.save(CheckInDraft(session_id, ratings(6)))
    found = svc.signals_for(now.id, threshold=6)
    session = profile.service(SessionService).get(session_id)
    note = svc.draft_feedback_for(found, session)
    assert (note.kind, note.status, note.counselor_id, note.session_id) == (
        FeedbackKind.CONCERN,
        FeedbackStatus.DRAFT,
        dana,
        session_id,  # the concern is about that session, not "no particular session"
    )
    assert note.body.startswith("In our session on 3 February 2026 I felt less heard than usual.")
    assert profile.service(FeedbackService).get(note.id) == note
    own = svc.draft_feedback_for(found, session, text="My own words.")
    assert own.body == "My own words."
    with pytest.raises(InvalidInput):
        svc.draft_feedback_for([], session)


# -- which sessions a check-in is offered for ------------------------------------------------

NOW = datetime(2026, 12, 3, 15, tzinfo=UTC)


def attended_days_ago(profile: UnlockedProfile, counselor_id: int, days: float) -> int:
    sessions = profile.service(SessionService)
    planned = sessions.plan(SessionDraft(counselor_id, NOW - timedelta(days=days), "Europe/Berlin"))
    sessions.mark(planned.id, SessionStatus.ATTENDED, now=NOW)
    return planned.id


def test_nudges_only_for_recent_sessions(
    profile: UnlockedProfile, svc: CheckInService, dana: int
) -> None:
    old = attended_days_ago(profile, dana, 114)  # 11 August, never checked in
    assert svc.nudges(now=NOW) == []  # four months ago: no longer offered
    assert [s.id for s in svc.sessions_without_checkin()] == [old]  # still there to pick
    recent = attended_days_ago(profile, dana, 13)
    assert [s.id for s in svc.nudges(now=NOW)] == [recent]
    assert svc.nudges(now=NOW + timedelta(days=1, hours=1)) == []  # two weeks have passed


def test_nudges_only_the_latest_session_of_each_counselor(
    profile: UnlockedProfile, svc: CheckInService, dana: int
) -> None:
    alex = profile.counselors.create(CounselorDraft(name="Alex")).id
    dana_first = attended_days_ago(profile, dana, 10)
    dana_latest = attended_days_ago(profile, dana, 3)
    alex_latest = attended_days_ago(profile, alex, 5)
    profile.service(SessionService).plan(  # planned, not yet attended: not a nudge
        SessionDraft(dana, NOW - timedelta(hours=1), "Europe/Berlin")
    )
    assert [s.id for s in svc.nudges(now=NOW)] == [dana_latest, alex_latest]
    assert [s.id for s in svc.nudges(counselor_id=alex, now=NOW)] == [alex_latest]
    # once the latest has a check-in, the one before it is not offered instead
    svc.save(CheckInDraft(dana_latest, ratings(8)))
    assert [s.id for s in svc.nudges(now=NOW)] == [alex_latest]
    assert dana_first in [s.id for s in svc.recent_without_checkin(now=NOW)]


def test_no_nudges_for_a_counselor_who_has_ended(
    profile: UnlockedProfile, svc: CheckInService, dana: int
) -> None:
    alex = profile.counselors.create(CounselorDraft(name="Alex")).id
    attended_days_ago(profile, dana, 4)
    alex_latest = attended_days_ago(profile, alex, 2)
    profile.counselors.end(dana, on=NOW.date())
    assert [s.id for s in svc.nudges(now=NOW)] == [alex_latest]
    profile.counselors.reactivate(dana)
    assert len(svc.nudges(now=NOW)) == 2


def test_the_nudge_window_is_the_clients_choice(
    profile: UnlockedProfile, svc: CheckInService, dana: int
) -> None:
    session = attended_days_ago(profile, dana, 20)
    assert svc.nudges(now=NOW) == []  # two weeks by default
    assert [s.id for s in svc.nudges(21, now=NOW)] == [session]
    assert svc.nudges(3, now=NOW) == []
    attended_days_ago(profile, dana, 2)
    assert len(svc.nudges(3, now=NOW)) == 1
    assert len(svc.nudges(0, now=NOW)) == 0  # at least a day: 2 days ago is out


def test_recent_sessions_to_pick_include_every_counselor_but_not_old_ones(
    profile: UnlockedProfile, svc: CheckInService, dana: int
) -> None:
    alex = profile.counselors.create(CounselorDraft(name="Alex")).id
    attended_days_ago(profile, dana, 240)
    older = attended_days_ago(profile, dana, 60)
    ended = attended_days_ago(profile, alex, 30)
    profile.counselors.end(alex, on=NOW.date())
    latest = attended_days_ago(profile, dana, 2)
    checked = attended_days_ago(profile, dana, 1)
    svc.save(CheckInDraft(checked, ratings(7)))
    assert [s.id for s in svc.recent_without_checkin(now=NOW)] == [latest, ended, older]
    assert [s.id for s in svc.recent_without_checkin(dana, now=NOW)] == [latest, older]
