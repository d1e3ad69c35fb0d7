"""Expectations, goals and progress ratings on a real encrypted profile."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from companion.domain.counselors import CounselorDraft
from companion.domain.enums import GoalDiscussion, GoalKind, GoalStatus
from companion.domain.errors import InvalidInput
from companion.domain.goals import GoalDraft
from companion.services.goals import GoalNotFound, GoalService, ProgressNotFound
from companion.services.profile import UnlockedProfile
from companion.storage.engine import Database


def _db(db: Database) -> Database:
    return db


def add_session(profile: UnlockedProfile, counselor_id: int, starts_at: datetime) -> int:
    """A session row written directly (sessions have their own service)."""
    from companion.storage.models import CounselingSessionRow

    with profile.service(_db).session() as s:
        row = CounselingSessionRow(
            counselor_id=counselor_id, starts_at=starts_at, time_zone="Europe/Berlin"
        )
        s.add(row)
        s.flush()
        return row.id


def test_create_update_list_and_delete(profile: UnlockedProfile) -> None:
    svc = profile.service(GoalService)
    dana = profile.counselors.create(CounselorDraft(name="Dana"))
    alex = profile.counselors.create(CounselorDraft(name="Alex"))
    hope = svc.create(GoalDraft(title="Feel less alone", kind=GoalKind.EXPECTATION))
    sleep = svc.create(GoalDraft(title=" Sleep  better ", counselor_id=dana.id))
    svc.create(GoalDraft(title="Talk to my sister", counselor_id=alex.id))
    assert sleep.title == "Sleep better" and sleep.counselor_id == dana.id
    assert [g.title for g in svc.list(dana.id)] == ["Feel less alone", "Sleep better"]
    assert len(svc.list()) == 3

    agreed = svc.update(
        sleep.id,
        GoalDraft(
            title="Sleep better",
            details="Most nights",
            counselor_id=dana.id,
            discussed=GoalDiscussion.AGREED,
            status=GoalStatus.ACHIEVED,
        ),
    )
    assert (agreed.discussed, agreed.status, agreed.details) == (
        GoalDiscussion.AGREED,
        GoalStatus.ACHIEVED,
        "Most nights",
    )
    assert [g.title for g in svc.list(dana.id, include_closed=False)] == ["Feel less alone"]
    # achieved goals come after open ones
    assert [g.title for g in svc.list()][-1] == "Sleep better"

    svc.delete(hope.id)
    with pytest.raises(GoalNotFound):
        svc.get(hope.id)
    with pytest.raises(GoalNotFound):
        svc.delete(hope.id)


def test_deleting_a_counselor_keeps_the_goal(profile: UnlockedProfile) -> None:
    svc = profile.service(GoalService)
    dana = profile.counselors.create(CounselorDraft(name="Dana"))
    goal = svc.create(GoalDraft(title="Say no more often", counselor_id=dana.id))
    profile.counselors.delete(dana.id)
    assert svc.get(goal.id).counselor_id is None


def test_bad_input_writes_nothing(profile: UnlockedProfile) -> None:
    svc = profile.service(GoalService)
    with pytest.raises(InvalidInput, match="title"):
        svc.create(GoalDraft(title="  "))
    with pytest.raises(InvalidInput, match="counselor"):
        svc.create(GoalDraft(title="Ok", counselor_id=999))
    assert svc.list() == []
    goal = svc.create(GoalDraft(title="Walk more"))
    with pytest.raises(InvalidInput, match="0 to 10"):
        svc.add_progress(goal.id, 11)
    with pytest.raises(InvalidInput, match="0 to 10"):
        svc.add_progress(goal.id, -1)
    with pytest.raises(InvalidInput, match="future"):
        svc.add_progress(goal.id, 5, on=date.today() + timedelta(days=1))
    with pytest.raises(InvalidInput, match="session"):
        svc.add_progress(goal.id, 5, session_id=12345)
    with pytest.raises(InvalidInput, match="at most"):
        svc.add_progress(goal.id, 5, note="x" * 300)
    assert svc.history(goal.id) == []
    with pytest.raises(GoalNotFound):
        svc.add_progress(goal.id + 1, 5)


def test_progress_history_dates_sessions_and_undo(profile: UnlockedProfile) -> None:
    svc = profile.service(GoalService)
    dana = profile.counselors.create(CounselorDraft(name="Dana"))
    goal = svc.create(GoalDraft(title="Walk more", counselor_id=dana.id))
    session_id = add_session(profile, dana.id, datetime(2026, 1, 6, 23, 30, tzinfo=UTC))
    first = svc.add_progress(goal.id, 2, on=date(2026, 1, 1), note="  just starting ")
    linked = svc.add_progress(goal.id, 4, session_id=session_id)
    today = svc.add_progress(goal.id, 7)
    assert first.note == "just starting"
    assert linked.rated_on == date(2026, 1, 7)  # the session's day in Berlin
    assert linked.session_id == session_id
    assert today.rated_on == date.today()
    assert [p.rating for p in svc.history(goal.id)] == [2, 4, 7]
    assert svc.get(goal.id).recent_ratings == (2, 4, 7)
    assert [s.id for s in svc.sessions(dana.id)] == [session_id]
    assert svc.sessions(dana.id)[0].counselor_name == "Dana"

    removed = svc.delete_progress(linked.id)
    assert [p.rating for p in svc.history(goal.id)] == [2, 7]
    with pytest.raises(ProgressNotFound):
        svc.delete_progress(linked.id)
    back = svc.restore_progress(removed)
    assert (back.rating, back.rated_on, back.session_id) == (4, date(2026, 1, 7), session_id)
    assert [p.rating for p in svc.history(goal.id)] == [2, 4, 7]

    svc.delete(goal.id)
    with pytest.raises(GoalNotFound):
        svc.history(goal.id)
    with pytest.raises(GoalNotFound):
        svc.restore_progress(removed)


def test_touched_since(profile: UnlockedProfile) -> None:
    times = iter([datetime(2026, 3, 1, 9), datetime(2026, 3, 1, 10), datetime(2026, 3, 5, 12)])
    svc = GoalService(profile.service(_db), clock=lambda: next(times))
    old = svc.create(GoalDraft(title="Old one"))
    svc.create(GoalDraft(title="Another"))
    assert [g.title for g in svc.touched_since(datetime(2026, 3, 2))] == []
    svc.add_progress(old.id, 3, on=date(2026, 3, 1))
    assert [g.title for g in svc.touched_since(datetime(2026, 3, 2))] == ["Old one"]
    assert len(svc.touched_since(datetime(2026, 3, 1))) == 2
