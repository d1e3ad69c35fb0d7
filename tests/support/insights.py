"""Seed a profile with what the Insights charts read: two counselors (a change of counselor),
sessions, check-ins with ratings, journal moods and goal progress, relative to today."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from companion.domain.counselors import CounselorDraft
from companion.domain.enums import SessionStatus
from companion.domain.goals import GoalDraft
from companion.domain.journal import EntryDraft
from companion.services.goals import GoalService
from companion.services.profile import UnlockedProfile
from companion.storage.engine import Database


def _db(db: Database) -> Database:
    return db


@dataclass(frozen=True)
class Seeded:
    today: date
    sam: int
    dana: int


#: (counselor index, days ago, status, heard, respected, supported)
SESSIONS = (
    (0, 300, SessionStatus.ATTENDED, 4, 5, 6),
    (0, 200, SessionStatus.ATTENDED, 6, 7, 7),
    (1, 30, SessionStatus.ATTENDED, 8, 9, 8),
    (1, 20, SessionStatus.CANCELLED, 0, 0, 0),
    (1, 10, SessionStatus.ATTENDED, 9, 9, 10),
)


def add_checkin(
    profile: UnlockedProfile,
    counselor_id: int,
    when: datetime,
    ratings: dict[str, int],
    session_id: int | None = None,
) -> int:
    from companion.storage.models import CheckInRatingRow, CheckInRow

    with profile.service(_db).session() as s:
        row = CheckInRow(counselor_id=counselor_id, session_id=session_id, created_at=when)
        row.ratings = [CheckInRatingRow(quality=q, rating=r) for q, r in ratings.items()]
        s.add(row)
        s.flush()
        return row.id


def add_session(
    profile: UnlockedProfile, counselor_id: int, starts_at: datetime, status: SessionStatus
) -> int:
    from companion.storage.models import CounselingSessionRow

    with profile.service(_db).session() as s:
        row = CounselingSessionRow(
            counselor_id=counselor_id,
            starts_at=starts_at,
            time_zone="Europe/Berlin",
            status=status,
        )
        s.add(row)
        s.flush()
        return row.id


def seed(profile: UnlockedProfile) -> Seeded:
    today = date.today()
    sam = profile.counselors.create(
        CounselorDraft(name="Sam", started_on=today - timedelta(days=400))
    ).id
    dana = profile.counselors.create(
        CounselorDraft(name="Dana", started_on=today - timedelta(days=60))
    ).id
    who = (sam, dana)
    for index, ago, status, heard, respected, supported in SESSIONS:
        day = today - timedelta(days=ago)
        starts = datetime.combine(day, time(12, 0), tzinfo=UTC)
        session_id = add_session(profile, who[index], starts, status)
        if status is SessionStatus.ATTENDED:
            add_checkin(
                profile,
                who[index],
                datetime.combine(day, time(13, 30)),
                {"heard": heard, "respected": respected, "supported": supported, "trust": 7},
                session_id,
            )
    entries = [
        (
            datetime.combine(today - timedelta(days=ago), time(20, 0)),
            EntryDraft(title="A day", mood=None if ago % 9 == 0 else 3 + ago % 6),
        )
        for ago in range(1, 101)
    ]
    entries.append((datetime.combine(today - timedelta(days=500), time(9)), EntryDraft(mood=2)))
    profile.journal.add_many(entries)
    goals = profile.service(GoalService)
    sleep = goals.create(GoalDraft(title="Sleep better", counselor_id=sam))
    goals.add_progress(sleep.id, 3, on=today - timedelta(days=300))
    goals.add_progress(sleep.id, 6, on=today - timedelta(days=200))
    free = goals.create(GoalDraft(title="Say no at work"))
    goals.add_progress(free.id, 4, on=today - timedelta(days=10))
    return Seeded(today, sam, dana)
