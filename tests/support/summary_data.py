"""A small profile for the summary tests: one counselor, an attended session five days ago
with notes, journal entries (one private and flagged, one flagged, one plain), a ready and a
draft feedback note, and a goal with progress."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from companion.domain.agenda import SessionNotes
from companion.domain.counselors import CounselorDraft
from companion.domain.enums import FeedbackKind, FeedbackStatus, SessionStatus
from companion.domain.feedback import FeedbackDraft
from companion.domain.goals import GoalDraft
from companion.domain.journal import EntryDraft
from companion.services.agenda import AgendaService
from companion.services.feedback import FeedbackService
from companion.services.goals import GoalService
from companion.services.profile import UnlockedProfile
from companion.storage.engine import Database

PRIVATE = "zqprivatesecret"
SHARED = "zqsharedflagged"
SECOND_PARAGRAPH = "zqsecondparagraph"
PLAIN = "zqplainentry"
READY = "zqreadyfeedback"
DRAFT = "zqdraftfeedback"
TAKEAWAY = "zqtakeaway"
NOT_RIGHT = "zqnotright"
GOAL = "zqgoaltitle"
AGENDA = "zqagendaitem"


@dataclass(frozen=True)
class Scenario:
    counselor_id: int
    session_id: int
    shared_entry: int
    private_entry: int
    plain_entry: int
    ready_note: int
    goal_id: int


def _db(db: Database) -> Database:
    return db


def fill(profile: UnlockedProfile) -> Scenario:
    from companion.storage.models import CounselingSessionRow

    now = datetime.now(UTC)
    counselor = profile.counselors.create(CounselorDraft(name="Dana Reyes")).id
    with profile.service(_db).session() as s:
        row = CounselingSessionRow(
            counselor_id=counselor,
            starts_at=now - timedelta(days=5),
            time_zone="Europe/Berlin",
            status=SessionStatus.ATTENDED,
        )
        s.add(row)
        s.flush()
        session_id = row.id
    agenda = profile.service(AgendaService)
    agenda.save_notes(session_id, SessionNotes(takeaways=f"Rest {TAKEAWAY}", not_right=NOT_RIGHT))
    agenda.add(counselor, f"Talk about {AGENDA}")
    local = datetime.now() - timedelta(days=2)
    private = profile.journal.create(
        EntryDraft(title="Mine", body=PRIVATE, private=True, bring_to_session=True),
        created_at=local,
    ).id
    shared = profile.journal.create(
        EntryDraft(
            title="Worth raising",
            body=f"First {SHARED}\n\nThen {SECOND_PARAGRAPH}",
            mood=6,
            bring_to_session=True,
        ),
        created_at=local,
    ).id
    plain = profile.journal.create(EntryDraft(title="Plain", body=PLAIN), created_at=local).id
    feedback = profile.service(FeedbackService)
    ready = feedback.create(
        FeedbackDraft(
            FeedbackKind.REQUEST, READY, counselor_id=counselor, status=FeedbackStatus.READY
        )
    ).id
    feedback.create(FeedbackDraft(FeedbackKind.CONCERN, DRAFT, counselor_id=counselor))
    goals = profile.service(GoalService)
    goal = goals.create(GoalDraft(title=f"Sleep {GOAL}", counselor_id=counselor)).id
    goals.add_progress(goal, 4, on=(now - timedelta(days=30)).date())
    goals.add_progress(goal, 6, on=local.date())
    return Scenario(counselor, session_id, shared, private, plain, ready, goal)


#: Names and pixel sizes the picture tests look for.
SHARED_PICTURE = "zqsharedpicture.jpg"
SHARED_PICTURE_SIZE = (64, 48)
PRIVATE_PICTURE = "zqprivatepicture.jpg"
PRIVATE_PICTURE_SIZE = (37, 29)
PRIVATE_FILE = "zqprivateworksheet.pdf"
SHARED_FILE = "zqsharedworksheet.pdf"
PLAIN_PICTURE = "zqplainpicture.png"


@dataclass(frozen=True)
class Pictures:
    shared_picture: int
    shared_file: int
    private_picture: int
    private_file: int
    plain_picture: int


def add_pictures(profile: UnlockedProfile, scenario: Scenario) -> Pictures:
    """A photo and a worksheet (PDF) with the shared entry, a picture with the plain entry,
    and with the private entry a picture and a worksheet that were chosen for a summary
    (``in_summary``) as if before the entry was made private."""
    from companion.services.attachments import AttachmentService
    from tests.support import attachment_samples as samples

    files = profile.service(AttachmentService)
    shared = files.add(scenario.shared_entry, SHARED_PICTURE, samples.jpeg(*SHARED_PICTURE_SIZE))
    worksheet = files.add(scenario.shared_entry, SHARED_FILE, samples.pdf("zqsharedpdftext"))
    private = files.add(
        scenario.private_entry, PRIVATE_PICTURE, samples.jpeg(*PRIVATE_PICTURE_SIZE)
    )
    private_file = files.add(scenario.private_entry, PRIVATE_FILE, samples.pdf("zqprivpdftext"))
    for attachment in (private, private_file):
        files.set_in_summary(attachment.id, True)
    plain = files.add(scenario.plain_entry, PLAIN_PICTURE, samples.png(30, 20))
    return Pictures(shared.id, worksheet.id, private.id, private_file.id, plain.id)
