"""The agenda service on a real encrypted database: lines from three sources, order, marks,
dropping with undo, and saving after a session with carry-over."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from companion.domain.agenda import AgendaLine, LineKey, LineKind, SessionNotes
from companion.domain.counselors import CounselorDraft
from companion.domain.enums import AgendaStatus, FeedbackKind, FeedbackStatus, SessionStatus
from companion.domain.errors import InvalidInput
from companion.domain.journal import EntryDraft
from companion.services.agenda import AgendaItemNotFound, AgendaService, SessionNotFound
from companion.services.profile import UnlockedProfile
from companion.storage.engine import Database

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def _db(db: Database) -> Database:
    return db


def _service(profile: UnlockedProfile) -> AgendaService:
    return AgendaService(profile.service(_db), clock=lambda: NOW)


def _counselor(profile: UnlockedProfile, name: str = "Dana") -> int:
    return profile.counselors.create(CounselorDraft(name=name)).id


def add_session(
    profile: UnlockedProfile,
    counselor_id: int,
    starts_at: datetime,
    status: SessionStatus = SessionStatus.PLANNED,
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


def add_feedback(
    profile: UnlockedProfile,
    body: str,
    counselor_id: int | None,
    status: FeedbackStatus = FeedbackStatus.READY,
    kind: FeedbackKind = FeedbackKind.REQUEST,
) -> int:
    from companion.storage.models import FeedbackNoteRow

    with profile.service(_db).session() as s:
        row = FeedbackNoteRow(counselor_id=counselor_id, kind=kind, status=status, body=body)
        s.add(row)
        s.flush()
        return row.id


def agenda_rows(profile: UnlockedProfile) -> list[tuple[object, ...]]:
    with profile.service(_db).read() as conn:
        rows = conn.execute(
            "SELECT text, status, session_id, source_entry_id, source_feedback_id "
            "FROM agenda_item ORDER BY id"
        ).fetchall()
    return [tuple(r) for r in rows]


def _keys(lines: list[AgendaLine]) -> list[tuple[LineKind, int]]:
    return [(line.kind, line.id) for line in lines]


def test_agenda_gathers_items_flagged_entries_and_ready_feedback(
    profile: UnlockedProfile,
) -> None:
    svc = _service(profile)
    dana = _counselor(profile)
    other = _counselor(profile, "Sam")
    first = svc.add(dana, "  Ask about  sleep ")
    flagged = profile.journal.create(
        EntryDraft(title="", body="**Rough** week at work", bring_to_session=True, private=True)
    )
    profile.journal.create(EntryDraft(title="Not for the session", body="x"))
    ready = add_feedback(profile, "Could we start on time?\nIt matters to me.", dana)
    add_feedback(profile, "draft only", dana, status=FeedbackStatus.DRAFT)
    add_feedback(profile, "for Sam", other)
    anyone = add_feedback(profile, "No counselor yet", None, kind=FeedbackKind.QUESTION)

    lines = svc.agenda(dana)
    assert _keys(lines) == [
        (LineKind.ITEM, first.id),
        (LineKind.JOURNAL, flagged.id),
        (LineKind.FEEDBACK, ready),
        (LineKind.FEEDBACK, anyone),
    ]
    assert [line.text for line in lines] == [
        "Ask about sleep",
        "Rough week at work",
        "Could we start on time?",
        "No counselor yet",
    ]
    assert lines[1].private and not lines[0].private
    assert lines[2].feedback_kind == FeedbackKind.REQUEST
    assert [line.position for line in lines] == [0, 1, 2, 3]
    assert svc.open_count(dana) == 4
    assert svc.open_count(other) == 3  # the flagged entry, Sam's note and the unassigned one


def test_order_is_kept_across_adding_moving_and_marking(profile: UnlockedProfile) -> None:
    svc = _service(profile)
    dana = _counselor(profile)
    a = svc.add(dana, "A")
    entry = profile.journal.create(EntryDraft(title="Entry", body="b", bring_to_session=True))
    b = svc.add(dana, "B")  # the entry stays where it was shown, before B
    assert [line.text for line in svc.agenda(dana)] == ["A", "Entry", "B"]

    moved = svc.move(b, 0)
    assert [line.text for line in moved] == ["B", "A", "Entry"]
    journal_line = svc.line(dana, LineKey(LineKind.JOURNAL, entry.id))
    svc.move(journal_line, 1)
    assert [line.text for line in svc.agenda(dana)] == ["B", "Entry", "A"]

    marked = svc.set_important(journal_line, True)
    assert marked.important
    assert svc.set_important(a, True).important
    assert [line.important for line in svc.agenda(dana)] == [False, True, True]
    # the anchor keeps a label, never the entry's text
    assert ("Entry", "open", None, entry.id, None) in agenda_rows(profile)

    edited = svc.update_text(a.id, "A, but clearer")
    assert edited.text == "A, but clearer" and edited.important


def test_drop_and_undo_for_each_kind(profile: UnlockedProfile) -> None:
    svc = _service(profile)
    dana = _counselor(profile)
    item = svc.add(dana, "Item")
    entry = profile.journal.create(EntryDraft(title="E", body="b", bring_to_session=True))
    note = add_feedback(profile, "Note", dana)
    svc.move(item, 2)
    before = [line.text for line in svc.agenda(dana)]

    svc.drop(item.id)
    dropped_entry = svc.drop(svc.line(dana, LineKey(LineKind.JOURNAL, entry.id)))
    dropped_note = svc.drop(svc.line(dana, LineKey(LineKind.FEEDBACK, note)))
    assert svc.agenda(dana) == []
    assert not profile.journal.get(entry.id).bring_to_session
    assert agenda_rows(profile)[0][1] == "dropped"

    svc.undo_drop(item.id)
    svc.undo_drop(dropped_entry)
    svc.undo_drop(dropped_note)
    assert [line.text for line in svc.agenda(dana)] == before
    assert profile.journal.get(entry.id).bring_to_session

    with pytest.raises(AgendaItemNotFound):
        svc.undo_drop(item.id)  # not dropped
    with pytest.raises(AgendaItemNotFound):
        svc.drop(9999)


def test_bad_input_is_refused_and_nothing_is_written(profile: UnlockedProfile) -> None:
    svc = _service(profile)
    dana = _counselor(profile)
    with pytest.raises(InvalidInput, match="few words"):
        svc.add(dana, "   ")
    with pytest.raises(InvalidInput, match="at most"):
        svc.add(dana, "x" * 600)
    with pytest.raises(InvalidInput, match="no longer in Companion"):
        svc.add(9999, "for nobody")
    assert agenda_rows(profile) == []
    item = svc.add(dana, "Keep me")
    with pytest.raises(InvalidInput):
        svc.update_text(item.id, "\n")
    assert svc.agenda(dana)[0].text == "Keep me"


def test_next_session_and_sessions_for_notes(profile: UnlockedProfile) -> None:
    svc = _service(profile)
    dana = _counselor(profile)
    assert svc.next_session(dana) is None and svc.default_session(dana) is None
    past = add_session(profile, dana, NOW - timedelta(days=7), SessionStatus.ATTENDED)
    add_session(profile, dana, NOW - timedelta(days=3), SessionStatus.CANCELLED)
    soon = add_session(profile, dana, NOW + timedelta(days=2))
    add_session(profile, dana, NOW + timedelta(days=9))
    upcoming = svc.next_session(dana)
    assert upcoming is not None and upcoming.id == soon
    assert upcoming.starts_at == NOW + timedelta(days=2)
    default = svc.default_session(dana)
    assert default is not None and default.id == past
    assert [s.id for s in svc.sessions_for_notes(dana)] == [past]


def test_after_session_records_discussed_lines_and_carries_the_rest_over(
    profile: UnlockedProfile,
) -> None:
    svc = _service(profile)
    dana = _counselor(profile)
    session_id = add_session(profile, dana, NOW - timedelta(hours=2))
    talked = svc.add(dana, "Talked about")
    later = svc.add(dana, "Not reached")
    entry = profile.journal.create(
        EntryDraft(title="Secret title", body="secret text", bring_to_session=True, private=True),
        created_at=datetime(2026, 3, 4, 20, 15),
    )
    note = add_feedback(profile, "Thank you for last week", dana, kind=FeedbackKind.APPRECIATION)
    kept_note = add_feedback(profile, "Another time", dana)

    notes = SessionNotes(takeaways=" Breathe first ", to_try="Walk daily", not_right="Rushed end")
    svc.save_after_session(
        session_id,
        notes,
        {
            LineKey(LineKind.ITEM, talked.id),
            LineKey(LineKind.JOURNAL, entry.id),
            LineKey(LineKind.FEEDBACK, note),
        },
        mark_attended=True,
    )

    assert svc.session_notes(session_id) == SessionNotes(
        "Breathe first", "Walk daily", "Rushed end"
    )
    assert svc.session(session_id).status == SessionStatus.ATTENDED
    assert _keys(svc.agenda(dana)) == [(LineKind.ITEM, later.id), (LineKind.FEEDBACK, kept_note)]
    assert not profile.journal.get(entry.id).bring_to_session
    rows = agenda_rows(profile)
    assert ("Talked about", "discussed", session_id, None, None) in rows
    assert ("Journal entry of 4 Mar 2026", "discussed", session_id, entry.id, None) in rows
    assert ("Appreciation: Thank you for last week", "discussed", session_id, None, note) in rows
    assert all("secret" not in str(r[0]).lower() for r in rows)
    with profile.service(_db).read() as conn:
        status, linked = conn.execute(
            "SELECT status, session_id FROM feedback_note WHERE id = ?", (note,)
        ).fetchone()
    assert (status, linked) == ("discussed", session_id)
    assert svc.discussed_in(session_id) == [
        "Talked about",
        "Journal entry of 4 Mar 2026",
        "Appreciation: Thank you for last week",
    ]

    # next time: the carried-over item is discussed in the following session
    second = add_session(profile, dana, NOW - timedelta(hours=1), SessionStatus.ATTENDED)
    svc.save_after_session(second, SessionNotes(), [LineKey(LineKind.ITEM, later.id)])
    assert _keys(svc.agenda(dana)) == [(LineKind.FEEDBACK, kept_note)]


def test_after_session_bad_input_writes_nothing(profile: UnlockedProfile) -> None:
    svc = _service(profile)
    dana = _counselor(profile)
    session_id = add_session(profile, dana, NOW - timedelta(hours=2))
    future = add_session(profile, dana, NOW + timedelta(days=3))
    item = svc.add(dana, "Still open")
    notes = SessionNotes(takeaways="Something")

    with pytest.raises(InvalidInput, match="no longer on the agenda"):
        svc.save_after_session(session_id, notes, [LineKey(LineKind.ITEM, item.id + 1)])
    with pytest.raises(InvalidInput, match="at most"):
        svc.save_after_session(
            session_id, SessionNotes(takeaways="x" * 20_001), [LineKey(LineKind.ITEM, item.id)]
        )
    with pytest.raises(InvalidInput, match="not happened yet"):
        svc.save_after_session(future, notes, [], mark_attended=True)
    with pytest.raises(SessionNotFound):
        svc.save_after_session(9999, notes, [])
    assert svc.session_notes(session_id) == SessionNotes()
    assert svc.session(session_id).status == SessionStatus.PLANNED
    assert [line.id for line in svc.agenda(dana)] == [item.id]
    assert agenda_rows(profile) == [("Still open", AgendaStatus.OPEN.value, None, None, None)]


def test_save_notes_alone(profile: UnlockedProfile) -> None:
    svc = _service(profile)
    dana = _counselor(profile)
    session_id = add_session(profile, dana, NOW - timedelta(hours=2))
    svc.save_notes(session_id, SessionNotes(to_try="Journal twice"))
    assert svc.session_notes(session_id).to_try == "Journal twice"
    assert svc.session(session_id).status == SessionStatus.PLANNED


def test_service_is_reachable_from_the_profile(profile: UnlockedProfile) -> None:
    assert profile.service(AgendaService) is profile.service(AgendaService)
