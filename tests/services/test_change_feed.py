"""Every committed write is announced on the profile's change feed with its area (and the
ids of the records where they are known); a write that is rolled back announces nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from companion.domain.changes import Area, ChangeFeed, Changes
from companion.domain.checkins import CheckInDraft
from companion.domain.counselors import CounselorDraft
from companion.domain.enums import (
    FeedbackKind,
    FeedbackStatus,
    RelationshipQuality,
    SessionStatus,
)
from companion.domain.feedback import FeedbackDraft
from companion.domain.goals import GoalDraft
from companion.domain.journal import EntryDraft
from companion.domain.safety_plan import SafetyPlan
from companion.domain.sessions import SessionDraft
from companion.services.agenda import AgendaService
from companion.services.checkins import CheckInService
from companion.services.feedback import FeedbackService
from companion.services.goals import GoalService
from companion.services.profile import UnlockedProfile
from companion.services.safety_plan import SafetyPlanService
from companion.services.sessions import SessionService
from companion.storage import change_log
from companion.storage.engine import Database
from companion.storage.models import Base

ZONE = "Europe/Berlin"


def _db(db: Database) -> Database:
    return db


class Heard:
    def __init__(self, feed: ChangeFeed) -> None:
        self.changes: list[Changes] = []
        feed.subscribe(self.changes.append)

    def after(self, write: Callable[[], object]) -> Changes:
        self.changes.clear()
        write()
        total = Changes()
        for changes in self.changes:
            total = total.merged(changes)
        return total


@pytest.fixture
def heard(profile: UnlockedProfile) -> Heard:
    return Heard(profile.changes)


def _session(profile: UnlockedProfile, counselor_id: int, days_ago: int = 3) -> int:
    day = date.today() - timedelta(days=days_ago)
    draft = SessionDraft.at(counselor_id, day, time(17, 0), ZONE)
    return profile.service(SessionService).plan(draft).id


def test_journal_writes_name_their_entry(profile: UnlockedProfile, heard: Heard) -> None:
    entry = profile.journal.create(EntryDraft(title="t", body="b"))
    changes = heard.after(lambda: profile.journal.update(entry.id, EntryDraft(body="c")))
    assert changes.ids(Area.JOURNAL) == frozenset({entry.id})
    assert changes.touches(Area.ENTRY_HISTORY)

    flagged = EntryDraft(body="c", bring_to_session=True)
    assert heard.after(lambda: profile.journal.update(entry.id, flagged)).touches(Area.JOURNAL)
    deleted = profile.journal.get(entry.id)
    changes = heard.after(lambda: profile.journal.delete(entry.id))
    assert changes.ids(Area.JOURNAL) == frozenset({entry.id})
    assert changes.touches(Area.JOURNAL, Area.ENTRY_HISTORY)
    assert heard.after(lambda: profile.journal.undo_delete(deleted)).touches(Area.JOURNAL)


def test_counselor_session_and_agenda_writes(profile: UnlockedProfile, heard: Heard) -> None:
    counselor = profile.counselors.create(CounselorDraft(name="Dana"))
    sessions = profile.service(SessionService)
    changes = heard.after(lambda: profile.counselors.create(CounselorDraft(name="Sam")))
    assert changes.touches(Area.COUNSELORS)

    session_id = _session(profile, counselor.id, days_ago=-2)
    later = SessionDraft.at(counselor.id, date.today() + timedelta(days=3), time(9, 0), ZONE)
    changes = heard.after(lambda: sessions.reschedule(session_id, later))
    assert changes.ids(Area.SESSIONS) == frozenset({session_id})
    changes = heard.after(lambda: sessions.mark(session_id, SessionStatus.CANCELLED))
    assert changes.ids(Area.SESSIONS) == frozenset({session_id})

    agenda = profile.service(AgendaService)
    changes = heard.after(lambda: agenda.add(counselor.id, "Talk about work"))
    assert changes.touches(Area.AGENDA)
    agenda.add(counselor.id, "Sleep")
    lines = agenda.agenda(counselor.id)
    assert heard.after(lambda: agenda.move(lines[-1], 0)).touches(Area.AGENDA)
    assert heard.after(lambda: profile.counselors.end(counselor.id)).touches(Area.COUNSELORS)


def test_checkin_goal_feedback_and_safety_plan_writes(
    profile: UnlockedProfile, heard: Heard
) -> None:
    counselor = profile.counselors.create(CounselorDraft(name="Dana"))
    session_id = _session(profile, counselor.id)
    profile.service(SessionService).mark(session_id, SessionStatus.ATTENDED, now=datetime.now(UTC))
    ratings = {quality: 7 for quality in RelationshipQuality}
    checkins = profile.service(CheckInService)
    changes = heard.after(lambda: checkins.save(CheckInDraft(session_id, ratings)))
    assert changes.touches(Area.CHECKINS)
    ratings[RelationshipQuality.HEARD] = 3
    assert heard.after(lambda: checkins.save(CheckInDraft(session_id, ratings))).touches(
        Area.CHECKINS
    )

    goals = profile.service(GoalService)
    goal = goals.create(GoalDraft(title="Sleep better"))
    changes = heard.after(lambda: goals.add_progress(goal.id, 6))
    assert changes.ids(Area.GOALS) == frozenset({goal.id})

    feedback = profile.service(FeedbackService)
    note = feedback.create(FeedbackDraft(FeedbackKind.REQUEST, "More examples"))
    changes = heard.after(lambda: feedback.set_status(note.id, FeedbackStatus.READY))
    assert changes.ids(Area.FEEDBACK) == frozenset({note.id})

    plan = SafetyPlan(warning_signs="Not sleeping")
    changes = heard.after(lambda: profile.service(SafetyPlanService).save(plan))
    assert changes.touches(Area.SAFETY_PLAN)


def test_a_rolled_back_write_announces_nothing(profile: UnlockedProfile, heard: Heard) -> None:
    db = profile.service(_db)

    def failing() -> None:
        with db.session() as s:
            s.execute(text("DELETE FROM journal_entry"))
            raise ValueError("changed my mind")

    with pytest.raises(ValueError):
        heard.after(failing)
    assert heard.changes == []
    # and the next commit does not carry the rolled-back write along
    changes = heard.after(lambda: profile.counselors.create(CounselorDraft(name="Sam")))
    assert not changes.touches(Area.JOURNAL)


def test_settings_written_on_the_reader_connection_are_announced(
    profile: UnlockedProfile, heard: Heard
) -> None:
    from companion.services.journal_history import EntryHistoryService

    history = EntryHistoryService(profile.service(_db))
    changes = heard.after(lambda: history.set_history_days(30))
    assert changes.touches(Area.SETTINGS)
    assert not heard.after(lambda: profile.journal.count()).touches(Area.SETTINGS)


def test_every_setting_kept_in_the_journal_is_written_the_one_way(
    profile: UnlockedProfile, heard: Heard, tmp_path: Path
) -> None:
    """The settings written outside a unit of work (Database.write_settings) are announced;
    reading them (Database.read) is not."""
    from companion.services.backups import BackupService

    backups = BackupService(profile.service(_db))
    assert heard.after(lambda: backups.set_keep(5)).touches(Area.SETTINGS)
    assert heard.after(lambda: backups._remember_folder(tmp_path)).touches(Area.SETTINGS)
    assert heard.after(profile.new_recovery_key).touches(Area.SETTINGS)
    assert not heard.after(lambda: (backups.keep(), backups.backup_folders()))


def test_a_listener_that_fails_does_not_silence_the_others() -> None:
    feed = ChangeFeed()
    heard: list[Changes] = []

    def broken(_changes: Changes) -> None:
        raise RuntimeError("boom")

    feed.subscribe(broken)
    stop = feed.subscribe(heard.append)
    feed.publish(Changes.of(Area.JOURNAL, [1]))
    stop()
    feed.publish(Changes.of(Area.JOURNAL, [2]))
    assert heard == [Changes.of(Area.JOURNAL, [1])]


def test_merging_keeps_ids_and_widens_to_any() -> None:
    a = Changes.of(Area.JOURNAL, [1]).merged(Changes.of(Area.JOURNAL, [2]))
    assert a.ids(Area.JOURNAL) == frozenset({1, 2})
    assert a.merged(Changes.of(Area.JOURNAL)).ids(Area.JOURNAL) is None
    assert a.ids(Area.GOALS) == frozenset()
    assert Changes.everything().touches(*Area)


def test_every_table_belongs_to_an_area(profile: UnlockedProfile) -> None:
    with profile.service(_db).read() as conn:
        rows = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%fts_%'"
        ).fetchall()
    tables = {row[0] for row in rows} | set(Base.metadata.tables)
    assert tables - set(change_log.TABLE_AREAS) == set()
