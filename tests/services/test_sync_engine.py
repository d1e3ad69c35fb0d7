"""Sync between two real (SQLCipher) journals, without a folder: what one computer changed is
captured as versions, and the other applies them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from companion.domain.checkins import CORE_QUALITIES, CheckInDraft
from companion.domain.counselors import CounselorDraft
from companion.domain.enums import RelationshipQuality
from companion.domain.goals import GoalDraft
from companion.domain.journal import EntryDraft
from companion.domain.safety_plan import SafetyPlan
from companion.domain.sessions import Schedule, SessionDraft
from companion.services.checkins import CheckInService
from companion.services.goals import GoalService
from companion.services.safety_plan import SafetyPlanService
from companion.services.sessions import SessionService
from companion.storage import sync_rows
from tests.support.sync_computers import Computer, computer


@pytest.fixture
def home(tmp_path: Path) -> Iterator[Computer]:
    with computer(tmp_path / "home", "a" * 32) as made:
        yield made


@pytest.fixture
def work(tmp_path: Path) -> Iterator[Computer]:
    with computer(tmp_path / "work", "b" * 32) as made:
        yield made


def _fill(c: Computer) -> None:
    counselor = c.profile.counselors.create(CounselorDraft(name="Dana", notes="Tuesdays"))
    sessions = c.profile.service(SessionService)
    _series, planned = sessions.create_schedule(
        Schedule(
            counselor_id=counselor.id,
            weekday=1,
            start_time=time(17, 0),
            time_zone="Europe/Berlin",
            first_date=date(2026, 1, 6),
            until_date=date(2026, 2, 3),
        )
    )
    c.profile.service(CheckInService).save(
        CheckInDraft(
            session_id=planned[0].id,
            ratings={
                RelationshipQuality.HEARD: 7,
                RelationshipQuality.RESPECTED: 8,
                RelationshipQuality.SUPPORTED: 6,
                RelationshipQuality.SAFE: 9,
            },
            comment="felt calmer",
        )
    )
    c.profile.journal.create(
        EntryDraft(title="Walk", body="the river helped", mood=6, tags=("calm", "outside"))
    )


def test_a_journal_arrives_whole_on_the_other_computer(home: Computer, work: Computer) -> None:
    _fill(home)
    work.receive(home.changes())
    assert work.rows() == home.rows()
    assert work.changes() == []  # applying is not an edit of its own


def test_edits_and_deletions_follow(home: Computer, work: Computer) -> None:
    _fill(home)
    work.receive(home.changes())
    with home.db.session() as s:
        entry_id = next(iter(sync_rows.read_all(s, ("journal_entry",))["journal_entry"]))
    home.profile.journal.update(entry_id, EntryDraft(title="Walk", body="the river helped a lot"))
    work.receive(home.changes())
    assert work.rows() == home.rows()
    home.profile.journal.delete(entry_id)
    work.receive(home.changes())
    assert work.rows()["journal_entry"] == []
    # the deleted entry is among the recently deleted entries on the other computer too
    assert work.profile.journal.history.deleted()[0].entry.body == "the river helped a lot"


def test_text_changed_on_both_keeps_both(home: Computer, work: Computer) -> None:
    home.profile.journal.create(EntryDraft(title="Plan", body="first"))
    work.receive(home.changes())
    with home.db.session() as s:
        home_id = next(iter(sync_rows.read_all(s, ("journal_entry",))["journal_entry"]))
    with work.db.session() as s:
        work_id = next(iter(sync_rows.read_all(s, ("journal_entry",))["journal_entry"]))
    home.profile.journal.update(home_id, EntryDraft(title="Plan", body="written at home"))
    work.profile.journal.update(work_id, EntryDraft(title="Plan", body="written at work"))
    from_home, from_work = home.changes(), work.changes()
    home.receive(from_work)
    work.receive(from_home)
    assert home.rows() == work.rows()
    shown_body = home.rows()["journal_entry"][0]["body"]
    other = ({"written at home", "written at work"} - {shown_body}).pop()
    for c, entry_id in ((home, home_id), (work, work_id)):
        versions = c.profile.journal.history.versions(entry_id)
        assert other in [v.body for v in versions if v.other_computer]


def _only_id(c: Computer, kind: str) -> int:
    with c.db.session() as s:
        (local_id,) = sync_rows.read_all(s, (kind,))[kind]
    return local_id


def test_a_counselor_deleted_elsewhere_is_kept_for_a_session_added_here(
    home: Computer, work: Computer
) -> None:
    counselor = home.profile.counselors.create(CounselorDraft(name="Dana"))
    work.receive(home.changes())
    home.profile.counselors.delete(counselor.id)
    work.profile.service(SessionService).plan(
        SessionDraft(
            counselor_id=_only_id(work, "counselor"),
            starts_at=datetime(2026, 3, 3, 16, tzinfo=UTC),
            time_zone="Europe/Berlin",
        )
    )
    from_home, from_work = home.changes(), work.changes()
    work.receive(from_home)
    home.receive(from_work + work.changes())
    work.receive(home.changes())
    assert home.changes() == work.changes() == []
    assert [c["name"] for c in home.rows()["counselor"]] == ["Dana"]
    assert home.rows() == work.rows()
    assert len(home.rows()["counseling_session"]) == 1


def test_a_record_waits_for_the_one_it_refers_to(home: Computer, work: Computer) -> None:
    counselor = home.profile.counselors.create(CounselorDraft(name="Dana"))
    first = home.changes()
    home.profile.service(SessionService).plan(
        SessionDraft(
            counselor_id=counselor.id,
            starts_at=datetime(2026, 3, 3, 16, tzinfo=UTC),
            time_zone="Europe/Berlin",
        )
    )
    second = home.changes()
    work.receive(second)  # the session's file came first
    assert work.rows()["counseling_session"] == []
    work.receive(first)
    assert work.rows() == home.rows()


def test_a_conflict_is_settled_by_keeping_what_is_shown(home: Computer, work: Computer) -> None:
    from companion.services.sync_engine import settle

    home.profile.journal.create(EntryDraft(title="Plan", body="first"))
    work.receive(home.changes())
    home_id, work_id = _only_id(home, "journal_entry"), _only_id(work, "journal_entry")
    home.profile.journal.update(home_id, EntryDraft(title="Plan", body="at home"))
    work.profile.journal.update(work_id, EntryDraft(title="Plan", body="at work"))
    from_home, from_work = home.changes(), work.changes()
    home.receive(from_work)
    with home.db.session() as s:
        made = settle(s, home.clock, "journal_entry", home_id)
    assert len(made) == 1
    work.receive(from_home + made)
    assert home.rows() == work.rows()
    with work.db.session() as s:
        assert settle(s, work.clock, "journal_entry", work_id) == []  # nothing left to settle


def test_a_safety_plan_arrives_where_none_was_written(home: Computer, work: Computer) -> None:
    home.profile.service(SafetyPlanService).save(SafetyPlan(warning_signs="can't sleep"))
    work.receive(home.changes())
    assert work.profile.service(SafetyPlanService).get().warning_signs == "can't sleep"
    assert work.rows() == home.rows()


def test_a_link_to_a_record_that_arrives_later_is_made_then(home: Computer, work: Computer) -> None:
    counselor = home.profile.counselors.create(CounselorDraft(name="Dana"))
    first = home.changes()
    home.profile.service(GoalService).create(GoalDraft(title="sleep", counselor_id=counselor.id))
    second = home.changes()
    work.receive(second)  # the goal can be written without its counselor, for now
    assert work.rows()["goal"][0]["title"] == "sleep"
    work.receive(first)
    assert work.by_uid() == home.by_uid()


def _settle(*computers: Computer) -> None:
    """Every computer's files reach every other one until none makes anything new."""
    for _round in range(4):
        files = [(c, c.changes()) for c in computers]
        if not any(made for _c, made in files):
            return
        for origin, made in files:
            for c in computers:
                if c is not origin and made:
                    c.receive(made)
    raise AssertionError("sync did not settle")


def test_one_check_in_per_session_the_same_on_both(home: Computer, work: Computer) -> None:
    counselor = home.profile.counselors.create(CounselorDraft(name="Dana"))
    home.profile.service(SessionService).plan(
        SessionDraft(counselor.id, datetime(2026, 3, 3, 16, tzinfo=UTC), "Europe/Berlin")
    )
    work.receive(home.changes())
    ratings = dict.fromkeys(CORE_QUALITIES, 7)
    for c, comment in ((home, "from home"), (work, "from work")):
        c.profile.service(CheckInService).save(
            CheckInDraft(_only_id(c, "counseling_session"), ratings, comment)
        )
    _settle(home, work)
    assert home.by_uid() == work.by_uid()
    check_ins = home.by_uid()["check_in"].values()
    # both are kept; the one written first keeps the session, the other is kept without it
    assert sorted(c["session_id"] is None for c in check_ins) == [False, True]
    assert {c["comment"] for c in check_ins} == {"from home", "from work"}
    _uid, first = min(home.by_uid()["check_in"].items(), key=lambda u: (u[1]["created_at"], u[0]))
    assert first["session_id"] is not None


def test_an_entry_deleted_and_restored_elsewhere_leaves_no_copy_in_the_bin(
    home: Computer, work: Computer
) -> None:
    entry = home.profile.journal.create(EntryDraft(title="Walk", body="by the river"))
    work.receive(home.changes())
    for _round in range(3):
        deleted = home.profile.journal.delete(entry.id)
        work.receive(home.changes())
        assert len(work.profile.journal.history.deleted()) == 1
        entry = home.profile.journal.undo_delete(deleted)
        work.receive(home.changes())
        assert work.profile.journal.history.deleted() == []
        assert [r["body"] for r in work.rows()["journal_entry"]] == ["by the river"]


def test_notes_changed_on_both_keep_both_texts_until_the_next_edit(
    home: Computer, work: Computer
) -> None:
    from companion.domain.enums import FeedbackKind
    from companion.domain.feedback import FeedbackDraft
    from companion.services.feedback import FeedbackService

    note = home.profile.service(FeedbackService).create(
        FeedbackDraft(kind=FeedbackKind.REQUEST, body="slower pace")
    )
    work.receive(home.changes())
    theirs = _only_id(work, "feedback_note")
    home.profile.service(FeedbackService).update(
        note.id, FeedbackDraft(kind=FeedbackKind.REQUEST, body="slower pace, written at home")
    )
    work.profile.service(FeedbackService).update(
        theirs, FeedbackDraft(kind=FeedbackKind.REQUEST, body="slower pace, written at work")
    )
    from_home, from_work = home.changes(), work.changes()
    home.receive(from_work)
    work.receive(from_home)
    assert home.rows() == work.rows()
    (body,) = [r["body"] for r in home.rows()["feedback_note"]]
    assert "written at home" in body and "written at work" in body  # nothing hidden
    assert home.changes() == work.changes() == []  # and that is no edit of its own
    # the next edit, made with both in view, is the one text everywhere
    home.profile.service(FeedbackService).update(
        note.id, FeedbackDraft(kind=FeedbackKind.REQUEST, body="one pace")
    )
    work.receive(home.changes())
    assert [r["body"] for r in work.rows()["feedback_note"]] == ["one pace"]
