"""The tables enforce the rules of the data model, through the ORM and in plain SQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError, StatementError

from companion.storage.engine import Database
from companion.storage.enums import (
    AgendaStatus,
    CounselorKind,
    FeedbackKind,
    RelationshipQuality,
    SessionStatus,
)
from companion.storage.errors import StorageError
from companion.storage.models import (
    AgendaItemRow,
    CheckInRatingRow,
    CheckInRow,
    CounselingSessionRow,
    CounselorRow,
    FeedbackNoteRow,
    GoalProgressRow,
    GoalRow,
    JournalEntryRow,
    SafetyPlanRow,
    SessionSeriesRow,
    TagRow,
    entry_tag,
)

from .helpers import add_entry

NOW = datetime(2026, 11, 25, 17, 15)
CANARY = "canary-mood-parameter-7d1e"


def _counselor(db: Database) -> int:
    with db.session() as session:
        row = CounselorRow(name="Dr. Example")
        session.add(row)
        session.flush()
        return row.id


def test_mood_eleven_is_rejected(db: Database) -> None:
    with pytest.raises(IntegrityError) as caught, db.session() as session:
        session.add(
            JournalEntryRow(created_at=NOW, updated_at=NOW, title=CANARY, body=CANARY, mood=11)
        )
    assert not isinstance(caught.value, StorageError)
    assert "ck_journal_entry_mood_range" in str(caught.value)
    assert CANARY not in str(caught.value)
    assert add_entry(db, "fine", mood=10) > 0


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO journal_entry (created_at, updated_at, mood) VALUES ('x', 'x', -1)",
        "INSERT INTO counselor (name, created_at, updated_at, kind) VALUES ('a', 'x', 'x', 'pet')",
        "INSERT INTO safety_plan (id, updated_at) VALUES (2, 'x')",
        "INSERT INTO check_in_rating (check_in_id, quality, rating) VALUES (1, 'heard', 3)",
    ],
)
def test_plain_sql_breaking_a_rule_is_rejected(db: Database, statement: str) -> None:
    with pytest.raises(IntegrityError), db.session() as session:
        session.execute(text(statement))


def test_defaults_apply_to_plain_sql_inserts(db: Database) -> None:
    with db.session() as session:
        session.execute(
            text("INSERT INTO journal_entry (created_at, updated_at) VALUES (:t, :t)"),
            {"t": NOW},
        )
        row = session.scalars(select(JournalEntryRow)).one()
        assert (row.title, row.body, row.mood, row.private, row.bring_to_session) == (
            "",
            "",
            None,
            False,
            False,
        )
        assert row.created_at == NOW


def test_tags_are_ordered_case_insensitive_and_unique(db: Database) -> None:
    with db.session() as session:
        entry = JournalEntryRow(created_at=NOW, updated_at=NOW, title="t")
        entry.tags = [TagRow(name="work"), TagRow(name="Anxiety"), TagRow(name="family")]
        session.add(entry)
    with db.session() as session:
        loaded = session.scalars(select(JournalEntryRow)).one()
        assert [tag.name for tag in loaded.tags] == ["Anxiety", "family", "work"]
        found = session.scalars(select(TagRow).where(TagRow.name == "ANXIETY")).one()
        assert found.entries == [loaded]
    with pytest.raises(IntegrityError), db.session() as session:
        session.add(TagRow(name="WORK"))


def test_deleting_an_entry_removes_its_tag_links_and_keeps_agenda_items(db: Database) -> None:
    counselor_id = _counselor(db)
    with db.session() as session:
        entry = JournalEntryRow(created_at=NOW, updated_at=NOW, tags=[TagRow(name="a")])
        session.add(entry)
        session.flush()
        session.add(
            AgendaItemRow(counselor_id=counselor_id, text="raise", source_entry_id=entry.id)
        )
    with db.session() as session:
        session.delete(session.scalars(select(JournalEntryRow)).one())
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(entry_tag)) == 0
        assert session.scalar(select(func.count()).select_from(TagRow)) == 1
        item = session.scalars(select(AgendaItemRow)).one()
        assert item.source_entry_id is None
        assert item.status is AgendaStatus.OPEN


def test_deleting_a_counselor_cascades_or_detaches(db: Database) -> None:
    counselor_id = _counselor(db)
    with db.session() as session:
        meeting = CounselingSessionRow(
            counselor_id=counselor_id,
            starts_at=datetime(2026, 12, 1, 16, 0, tzinfo=UTC),
            time_zone="Europe/Berlin",
        )
        session.add(meeting)
        session.flush()
        check_in = CheckInRow(counselor_id=counselor_id, session_id=meeting.id, created_at=NOW)
        check_in.ratings = [
            CheckInRatingRow(quality=RelationshipQuality.HEARD, rating=8),
            CheckInRatingRow(quality="trust", rating=6),
        ]
        goal = GoalRow(counselor_id=counselor_id, title="Sleep better")
        goal.progress = [GoalProgressRow(rated_on=date(2026, 12, 1), rating=4)]
        session.add_all(
            [
                check_in,
                goal,
                FeedbackNoteRow(counselor_id=counselor_id, kind=FeedbackKind.REQUEST),
            ]
        )
    with db.session() as session:
        session.execute(text("DELETE FROM counselor"))
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(CounselingSessionRow)) == 0
        assert session.scalar(select(func.count()).select_from(CheckInRow)) == 0
        assert session.scalar(select(func.count()).select_from(CheckInRatingRow)) == 0
        kept_goal = session.scalars(select(GoalRow)).one()
        assert kept_goal.counselor_id is None
        assert [p.rating for p in kept_goal.progress] == [4]
        assert session.scalars(select(FeedbackNoteRow)).one().counselor_id is None


def test_enums_round_trip_and_unknown_values_are_refused(db: Database) -> None:
    counselor_id = _counselor(db)
    with db.session() as session:
        counselor = session.get_one(CounselorRow, counselor_id)
        assert counselor.kind is CounselorKind.INDIVIDUAL
        counselor.kind = CounselorKind.COUPLES
    with db.session() as session:
        assert session.get_one(CounselorRow, counselor_id).kind is CounselorKind.COUPLES
    with pytest.raises(StatementError), db.session() as session:
        session.get_one(CounselorRow, counselor_id).kind = "pet"  # type: ignore[assignment]


def test_session_times_are_stored_in_utc(db: Database) -> None:
    counselor_id = _counselor(db)
    berlin_winter = timezone(timedelta(hours=1))
    with db.session() as session:
        series = SessionSeriesRow(
            counselor_id=counselor_id,
            interval_weeks=2,
            weekday=1,
            start_time=time(17, 0),
            time_zone="Europe/Berlin",
            first_date=date(2026, 12, 1),
        )
        session.add(series)
        session.flush()
        session.add(
            CounselingSessionRow(
                counselor_id=counselor_id,
                starts_at=datetime(2026, 12, 1, 17, 0, tzinfo=berlin_winter),
                time_zone="Europe/Berlin",
                series_id=series.id,
                ics_uid="abc@example",
            )
        )
    with db.session() as session:
        meeting = session.scalars(select(CounselingSessionRow)).one()
        assert meeting.starts_at == datetime(2026, 12, 1, 16, 0, tzinfo=UTC)
        assert meeting.starts_at.tzinfo is UTC
        assert meeting.status is SessionStatus.PLANNED
        stored = session.execute(text("SELECT starts_at FROM counseling_session")).scalar()
        assert stored == "2026-12-01 16:00:00.000000"
    with pytest.raises(StatementError, match="time zone"), db.session() as session:
        session.add(
            CounselingSessionRow(
                counselor_id=counselor_id, starts_at=NOW, time_zone="Europe/Berlin"
            )
        )


def test_safety_plan_is_a_single_row(db: Database) -> None:
    with db.session() as session:
        session.add(SafetyPlanRow(warning_signs="x", updated_at=NOW))
    with db.session() as session:
        plan = session.get_one(SafetyPlanRow, 1)
        assert (plan.warning_signs, plan.people) == ("x", "")
    with pytest.raises(IntegrityError), db.session() as session:
        session.add(SafetyPlanRow(id=2, updated_at=NOW))


def test_one_check_in_per_session(db: Database) -> None:
    counselor_id = _counselor(db)
    with db.session() as session:
        meeting = CounselingSessionRow(
            counselor_id=counselor_id,
            starts_at=datetime(2026, 12, 1, 16, 0, tzinfo=UTC),
            time_zone="UTC",
        )
        session.add(meeting)
        session.flush()
        session.add(CheckInRow(counselor_id=counselor_id, session_id=meeting.id))
    with pytest.raises(IntegrityError), db.session() as session:
        session.add(CheckInRow(counselor_id=counselor_id, session_id=meeting.id))
