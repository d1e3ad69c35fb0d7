"""Feedback notes on a real encrypted profile."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from companion.domain.counselors import CounselorDraft
from companion.domain.enums import FeedbackKind, FeedbackStatus
from companion.domain.errors import InvalidInput
from companion.domain.feedback import FeedbackDraft
from companion.services.feedback import FeedbackNotFound, FeedbackService
from companion.services.profile import UnlockedProfile
from tests.services.test_goal_service import add_session


def test_create_list_filter_and_status(profile: UnlockedProfile) -> None:
    svc = profile.service(FeedbackService)
    dana = profile.counselors.create(CounselorDraft(name="Dana"))
    alex = profile.counselors.create(CounselorDraft(name="Alex"))
    thanks = svc.create(
        FeedbackDraft(kind=FeedbackKind.APPRECIATION, body=" The breathing idea helped. ")
    )
    concern = svc.create(
        FeedbackDraft(kind=FeedbackKind.CONCERN, body="We ran out of time.", counselor_id=dana.id)
    )
    svc.create(FeedbackDraft(kind=FeedbackKind.QUESTION, body="Why?", counselor_id=alex.id))
    assert thanks.body == "The breathing idea helped."
    assert thanks.status is FeedbackStatus.DRAFT
    assert {n.id for n in svc.list(dana.id)} == {thanks.id, concern.id}

    ready = svc.set_status(concern.id, FeedbackStatus.READY)
    assert ready.status is FeedbackStatus.READY
    assert [n.id for n in svc.list(status=FeedbackStatus.READY)] == [concern.id]
    assert len(svc.open_notes()) == 3
    svc.set_status(thanks.id, FeedbackStatus.SHARED)
    assert {n.id for n in svc.open_notes(dana.id)} == {concern.id}

    edited = svc.update(
        concern.id,
        FeedbackDraft(
            kind=FeedbackKind.REQUEST,
            body="Could we keep ten minutes for the end?",
            counselor_id=dana.id,
            status=FeedbackStatus.DISCUSSED,
        ),
    )
    assert (edited.kind, edited.status) == (FeedbackKind.REQUEST, FeedbackStatus.DISCUSSED)

    svc.delete(thanks.id)
    with pytest.raises(FeedbackNotFound):
        svc.get(thanks.id)
    with pytest.raises(FeedbackNotFound):
        svc.set_status(thanks.id, FeedbackStatus.READY)


def test_note_linked_to_a_session(profile: UnlockedProfile) -> None:
    svc = profile.service(FeedbackService)
    dana = profile.counselors.create(CounselorDraft(name="Dana"))
    session_id = add_session(profile, dana.id, datetime(2026, 2, 3, 16, tzinfo=UTC))
    note = svc.create(
        FeedbackDraft(
            kind=FeedbackKind.APPRECIATION,
            body="Thank you for the summary.",
            counselor_id=dana.id,
            session_id=session_id,
        )
    )
    assert note.session_id == session_id
    assert [s.id for s in svc.sessions()] == [session_id]


def test_bad_input_writes_nothing(profile: UnlockedProfile) -> None:
    svc = profile.service(FeedbackService)
    with pytest.raises(InvalidInput, match="empty"):
        svc.create(FeedbackDraft(kind=FeedbackKind.CONCERN, body="   "))
    with pytest.raises(InvalidInput, match="session"):
        svc.create(FeedbackDraft(kind=FeedbackKind.CONCERN, body="Hm", session_id=77))
    with pytest.raises(InvalidInput, match="counselor"):
        svc.create(FeedbackDraft(kind=FeedbackKind.CONCERN, body="Hm", counselor_id=77))
    with pytest.raises(InvalidInput, match="options"):
        svc.create(FeedbackDraft(kind="rant", body="Hm"))  # type: ignore[arg-type]
    assert svc.list() == []
    note = svc.create(FeedbackDraft(kind=FeedbackKind.QUESTION, body="What next?"))
    with pytest.raises(InvalidInput, match="options"):
        svc.set_status(note.id, "sent")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="empty"):
        svc.update(note.id, FeedbackDraft(kind=FeedbackKind.QUESTION, body=""))
    assert svc.get(note.id).body == "What next?"


def test_draft_from_prefills_a_private_draft(profile: UnlockedProfile) -> None:
    svc = profile.service(FeedbackService)
    dana = profile.counselors.create(CounselorDraft(name="Dana"))
    note = svc.draft_from("I felt less heard today.", FeedbackKind.CONCERN, dana.id)
    assert (note.kind, note.status, note.counselor_id) == (
        FeedbackKind.CONCERN,
        FeedbackStatus.DRAFT,
        dana.id,
    )
    assert svc.open_notes(dana.id) == [note]


def test_mark_shared_marks_all_the_notes_in_one_unit_of_work(profile: UnlockedProfile) -> None:
    svc = profile.service(FeedbackService)
    ready = [
        svc.set_status(
            svc.create(FeedbackDraft(kind=FeedbackKind.QUESTION, body=body)).id,
            FeedbackStatus.READY,
        )
        for body in ("First?", "Second?")
    ]
    draft = svc.create(FeedbackDraft(kind=FeedbackKind.CONCERN, body="Not yet."))
    heard: list[object] = []
    profile.changes.subscribe(heard.append)

    assert svc.mark_shared([n.id for n in ready]) == 2
    assert len(heard) == 1  # one commit, announced once
    statuses = {n.id: n.status for n in svc.list()}
    assert statuses == {
        ready[0].id: FeedbackStatus.SHARED,
        ready[1].id: FeedbackStatus.SHARED,
        draft.id: FeedbackStatus.DRAFT,
    }
    assert svc.mark_shared([]) == 0


def test_mark_shared_changes_nothing_when_a_note_is_gone(profile: UnlockedProfile) -> None:
    svc = profile.service(FeedbackService)
    note = svc.create(FeedbackDraft(kind=FeedbackKind.QUESTION, body="Still here?"))
    gone = svc.create(FeedbackDraft(kind=FeedbackKind.QUESTION, body="Deleted."))
    svc.set_status(note.id, FeedbackStatus.READY)
    svc.delete(gone.id)
    with pytest.raises(FeedbackNotFound):
        svc.mark_shared([note.id, gone.id])
    assert svc.get(note.id).status is FeedbackStatus.READY
