"""Property-based tests of sync between two and three real journals.

Every example starts with a record of every kind on the first computer (known to all of them,
or not yet: each computer then starts on its own), then Hypothesis draws a list of steps: an
edit of any kind of synced record through the real services on one computer (the record is
looked up on that computer: row ids differ between computers), files kept with entries
added, removed or changed among them, "make a change file" on one computer, or "deliver"
one or a few files made earlier to another computer, read in one go. The bytes of the files
kept with entries go with the change file that refers to them (as they go into the folder
before it), so a record may arrive before its bytes and wait for them.
So files arrive out of order, twice, late, or not until the end (a computer offline for a
while); a file is a unit, delivered whole or not at all. The computers' clocks are off from
each other (by an hour, and by a minute and a half). At the end every computer makes its last
file and every file reaches every computer, round after round, until no computer makes
anything new, within :data:`ROUNDS` rounds. Then:

1. **Convergence**: every computer holds the same records, compared by sync id with their
   references given as sync ids (tags, check-in ratings and the safety plan included), the
   same tags, and the same kept versions of each record.
2. **Nothing acknowledged is lost**:

   a. a computer keeps every journal text it ever held, as an entry's text or among the
      versions sync kept of an entry, to the end: as an entry's text, an earlier version or a
      recently deleted entry. Every text that went into a change file was held by the
      computer that wrote it, and by every computer it reached before (not together with) a
      later version of the entry (one that reaches a computer after a later version, which
      superseded it, is kept where that later version was written: it is shown nowhere any more);
   b. every text among an entry's last versions (those nothing superseded) is kept on every
      computer, and when computers changed an entry without seeing each other's change, each
      text not shown is among the entry's earlier versions, marked "changed on another
      computer";
   c. a record a computer had a row for is still there at the end unless a computer deleted
      it (by hand or by a cascade: some change file carries a deletion of it), or it is a
      file kept with an entry that was deleted (it follows its entry to Recently deleted).
3. **Bookkeeping**: every synced row has exactly one sync record, with the digest of what the
   row holds; a record shown as deleted has no row; a record shown with content has one that
   holds that content (nothing still waits for a record it needs, nor for a file's bytes),
   except that a reference to a record deleted everywhere is empty, and that a file whose
   entry is deleted has no row, or its row among the recently deleted. Every row of a file
   holds bytes whose SHA-256 is the record's.

Texts are unique (a counter in each), so where a text went can be told by the text alone.
"""

from __future__ import annotations

import hashlib
import json
import random
import tempfile
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st

from companion.domain.agenda import SessionNotes
from companion.domain.checkins import CORE_QUALITIES, CheckInDraft
from companion.domain.counselors import CounselorDraft
from companion.domain.enums import (
    FeedbackKind,
    FeedbackStatus,
    GoalStatus,
    RelationshipQuality,
    SessionStatus,
)
from companion.domain.errors import CompanionError
from companion.domain.feedback import FeedbackDraft
from companion.domain.goals import GoalDraft
from companion.domain.journal import EntryDraft
from companion.domain.safety_plan import SafetyPlan
from companion.domain.sessions import Schedule, SessionDraft
from companion.domain.sync_merge import shown
from companion.services.agenda import AgendaService
from companion.services.attachments import AttachmentService
from companion.services.checkins import CheckInService
from companion.services.feedback import FeedbackService
from companion.services.goals import GoalService
from companion.services.safety_plan import SafetyPlanService
from companion.services.sessions import SessionService
from companion.services.sync_engine import RecordVersion, content, digest
from companion.storage import sync_rows
from tests.support import attachment_samples as samples
from tests.support.sync_computers import Computer, body_of, computer, ticking

#: Rounds of "every computer makes a file, every file reaches everyone" within which the
#: computers must agree and stop making new versions.
ROUNDS = 4
DEVICES = ("a" * 32, "b" * 32, "c" * 32)
#: How far each computer's clock is off (the second an hour behind, the third a little ahead).
SKEWS = (0, -3_600_000, 90_000)
WORDS = ("calm", "tired", "walk", "Sunday", "work")
TAGS = ("calm", "work", "family", "sleep")
#: Session times: three that have passed (check-ins need one) and two ahead.
STARTS = tuple(datetime(2026, 11, d, 16, tzinfo=UTC) for d in (3, 10, 17)) + tuple(
    datetime(2027, 2, d, 16, tzinfo=UTC) for d in (2, 9)
)


@dataclass
class World:
    """One example's computers, the files they made, and what the checks need to know."""

    computers: list[Computer]
    files: list[tuple[int, list[RecordVersion]]] = field(default_factory=list)
    delivered: set[tuple[int, int]] = field(default_factory=set)
    #: the bytes of the files kept with entries each change file went with, by SHA-256
    file_bytes: list[dict[str, bytes]] = field(default_factory=list)
    #: the bytes each computer has had delivered so far
    bytes_here: list[dict[str, bytes]] = field(default_factory=list)
    #: journal texts each computer held at some point (entries' text or kept versions)
    held_texts: list[set[str]] = field(default_factory=list)
    #: sync ids of the records each computer had a row for at some point
    held_records: list[set[str]] = field(default_factory=list)
    texts: int = 0

    def __post_init__(self) -> None:
        self.held_texts = [set() for _ in self.computers]
        self.held_records = [set() for _ in self.computers]
        self.bytes_here = [{} for _ in self.computers]

    def text(self, word: str) -> str:
        """A journal text no other edit writes (so that where a text went can be told)."""
        self.texts += 1
        return f"{word} {self.texts}"

    def note(self, i: int) -> None:
        """Remember what computer ``i`` holds now."""
        c = self.computers[i]
        records = c.records()
        self.held_records[i].update(r.uid for r in records.values() if r.local_id is not None)
        for r in records.values():
            if r.kind == "journal_entry":
                self.held_texts[i].update(
                    b for b in (body_of(v) for v in r.versions) if b is not None
                )
        with c.db.read() as conn:
            self.held_texts[i].update(
                str(r[0]) for r in conn.execute("SELECT body FROM journal_entry")
            )

    def make_file(self, i: int) -> None:
        made = self.computers[i].changes()
        if made:
            self.files.append((i, made))
            self.file_bytes.append(self.computers[i].files_of(made))

    def deliver(self, indexes: list[int], to: int) -> None:
        """Files ``indexes`` reach computer ``to``, read in one go (its own are skipped),
        with the bytes of the files kept with entries they went with."""
        chosen = [i for i in dict.fromkeys(indexes) if self.files[i][0] != to]
        if chosen:
            for i in chosen:
                self.bytes_here[to].update(self.file_bytes[i])
            self.computers[to].receive(
                [v for i in chosen for v in self.files[i][1]], self.bytes_here[to]
            )
            self.delivered.update((i, to) for i in chosen)


# -- edits ------------------------------------------------------------------------------------

Edit = Callable[[World, Computer, int, int, int], None]


def _pick(c: Computer, kind: str, n: int) -> int | None:
    ids = c.local_ids(kind)
    return ids[n % len(ids)] if ids else None


def _tags(n: int) -> tuple[str, ...]:
    return tuple(t for bit, t in enumerate(TAGS) if n >> bit & 1)


def journal_create(w: World, c: Computer, a: int, b: int, d: int) -> None:
    c.profile.journal.create(
        EntryDraft(
            title=WORDS[a % len(WORDS)],
            body=w.text(WORDS[b % len(WORDS)]),
            mood=None if d % 3 == 0 else d % 11,
            tags=_tags(b),
            bring_to_session=d % 4 == 1,
        )
    )


def journal_update(w: World, c: Computer, a: int, b: int, d: int) -> None:
    entry_id = _pick(c, "journal_entry", a)
    if entry_id is None:
        return
    entry = c.profile.journal.get(entry_id)
    draft = EntryDraft(
        title=entry.title,
        body=entry.body,
        mood=entry.mood,
        tags=entry.tags,
        private=entry.private,
        bring_to_session=entry.bring_to_session,
    )
    what = d % 4
    if what == 0:  # the text
        draft = EntryDraft(**{**draft.__dict__, "body": w.text(WORDS[b % len(WORDS)])})
    elif what == 1:  # the tags
        draft = EntryDraft(**{**draft.__dict__, "tags": _tags(b)})
    elif what == 2:  # mood and title
        draft = EntryDraft(**{**draft.__dict__, "mood": b % 11, "title": WORDS[b % len(WORDS)]})
    else:  # the flags
        draft = EntryDraft(
            **{**draft.__dict__, "private": bool(b & 1), "bring_to_session": bool(b & 2)}
        )
    c.profile.journal.update(entry_id, draft)


def journal_delete(w: World, c: Computer, a: int, b: int, d: int) -> None:
    entry_id = _pick(c, "journal_entry", a)
    if entry_id is not None:
        c.profile.journal.delete(entry_id)


def journal_restore(w: World, c: Computer, a: int, b: int, d: int) -> None:
    deleted = c.profile.journal.history.deleted()
    if deleted:
        c.profile.journal.history.restore_deleted(deleted[a % len(deleted)].id)


def counselor_create(w: World, c: Computer, a: int, b: int, d: int) -> None:
    c.profile.counselors.create(CounselorDraft(name=WORDS[a % len(WORDS)], notes=w.text("n")))


def counselor_update(w: World, c: Computer, a: int, b: int, d: int) -> None:
    counselor_id = _pick(c, "counselor", a)
    if counselor_id is None:
        return
    if d % 3 == 0:
        c.profile.counselors.end(counselor_id, date(2026, 11, 20))
    elif d % 3 == 1:
        c.profile.counselors.reactivate(counselor_id)
    else:
        draft = c.profile.counselors.get(counselor_id).draft()
        c.profile.counselors.update(
            counselor_id, CounselorDraft(**{**draft.__dict__, "notes": w.text("n")})
        )


def counselor_delete(w: World, c: Computer, a: int, b: int, d: int) -> None:
    counselor_id = _pick(c, "counselor", a)
    if counselor_id is not None:
        c.profile.counselors.delete(counselor_id)


def session_plan(w: World, c: Computer, a: int, b: int, d: int) -> None:
    counselor_id = _pick(c, "counselor", a)
    if counselor_id is not None:
        c.profile.service(SessionService).plan(
            SessionDraft(counselor_id, STARTS[b % len(STARTS)], "Europe/Berlin")
        )


def session_schedule(w: World, c: Computer, a: int, b: int, d: int) -> None:
    counselor_id = _pick(c, "counselor", a)
    if counselor_id is not None:
        first = date(2026, 11, 1) + timedelta(days=7 * (b % 3))
        c.profile.service(SessionService).create_schedule(
            Schedule(
                counselor_id=counselor_id,
                weekday=d % 7,
                start_time=time(17, 0),
                time_zone="Europe/Berlin",
                first_date=first,
                until_date=first + timedelta(days=20),
            )
        )


def session_stop_schedule(w: World, c: Computer, a: int, b: int, d: int) -> None:
    series_id = _pick(c, "session_series", a)
    if series_id is not None:
        c.profile.service(SessionService).stop_schedule(series_id, STARTS[b % len(STARTS)])


def session_change(w: World, c: Computer, a: int, b: int, d: int) -> None:
    session_id = _pick(c, "counseling_session", a)
    if session_id is None:
        return
    sessions = c.profile.service(SessionService)
    if d % 3 == 0:
        sessions.reschedule(
            session_id, SessionDraft(0, STARTS[b % len(STARTS)], "Europe/Berlin", 45 + b % 3)
        )
    elif d % 3 == 1:
        sessions.mark(session_id, list(SessionStatus)[b % len(SessionStatus)])
    else:
        c.profile.service(AgendaService).save_notes(
            session_id, SessionNotes(takeaways=w.text("t"), to_try=WORDS[b % len(WORDS)])
        )


def session_delete(w: World, c: Computer, a: int, b: int, d: int) -> None:
    session_id = _pick(c, "counseling_session", a)
    if session_id is not None:
        c.profile.service(SessionService).delete(session_id)


def check_in_save(w: World, c: Computer, a: int, b: int, d: int) -> None:
    session_id = _pick(c, "counseling_session", a)
    if session_id is None:
        return
    qualities = list(RelationshipQuality)
    c.profile.service(CheckInService).save(
        CheckInDraft(
            session_id=session_id,
            ratings={
                **dict.fromkeys(CORE_QUALITIES, b % 11),
                **{qualities[(b + k) % len(qualities)]: (d + k) % 11 for k in range(d % 3)},
            },
            comment=w.text("c"),
        )
    )


def check_in_delete(w: World, c: Computer, a: int, b: int, d: int) -> None:
    check_in_id = _pick(c, "check_in", a)
    if check_in_id is not None:
        c.profile.service(CheckInService).delete(check_in_id)


def goal_create(w: World, c: Computer, a: int, b: int, d: int) -> None:
    counselor_id = _pick(c, "counselor", a) if d % 2 else None
    c.profile.service(GoalService).create(
        GoalDraft(title=WORDS[b % len(WORDS)], details=w.text("g"), counselor_id=counselor_id)
    )


def goal_update(w: World, c: Computer, a: int, b: int, d: int) -> None:
    goals = c.profile.service(GoalService)
    goal_id = _pick(c, "goal", a)
    if goal_id is None:
        return
    goal = goals.get(goal_id)
    goals.update(
        goal_id,
        GoalDraft(
            title=goal.title,
            details=w.text("g") if d % 2 else goal.details,
            kind=goal.kind,
            counselor_id=goal.counselor_id if d % 3 else _pick(c, "counselor", b),
            discussed=goal.discussed,
            status=list(GoalStatus)[b % len(GoalStatus)],
        ),
    )


def goal_delete(w: World, c: Computer, a: int, b: int, d: int) -> None:
    goal_id = _pick(c, "goal", a)
    if goal_id is not None:
        c.profile.service(GoalService).delete(goal_id)


def progress_add(w: World, c: Computer, a: int, b: int, d: int) -> None:
    goal_id = _pick(c, "goal", a)
    if goal_id is not None:
        session_id = _pick(c, "counseling_session", d) if d % 2 else None
        c.profile.service(GoalService).add_progress(
            goal_id, b % 11, date(2026, 11, 1 + d % 20), session_id, w.text("p")
        )


def progress_delete(w: World, c: Computer, a: int, b: int, d: int) -> None:
    progress_id = _pick(c, "goal_progress", a)
    if progress_id is not None:
        c.profile.service(GoalService).delete_progress(progress_id)


def feedback_create(w: World, c: Computer, a: int, b: int, d: int) -> None:
    c.profile.service(FeedbackService).create(
        FeedbackDraft(
            kind=list(FeedbackKind)[b % len(FeedbackKind)],
            body=w.text("f"),
            counselor_id=_pick(c, "counselor", a) if d % 2 else None,
            session_id=_pick(c, "counseling_session", a) if d % 3 == 1 else None,
            status=FeedbackStatus.READY if d % 4 < 2 else FeedbackStatus.DRAFT,
        )
    )


def feedback_change(w: World, c: Computer, a: int, b: int, d: int) -> None:
    notes = c.profile.service(FeedbackService)
    note_id = _pick(c, "feedback_note", a)
    if note_id is None:
        return
    if d % 2:
        notes.set_status(note_id, list(FeedbackStatus)[b % len(FeedbackStatus)])
        return
    note = notes.get(note_id)
    notes.update(
        note_id,
        FeedbackDraft(
            kind=note.kind,
            body=w.text("f"),
            counselor_id=note.counselor_id,
            session_id=note.session_id,
            status=note.status,
        ),
    )


def feedback_delete(w: World, c: Computer, a: int, b: int, d: int) -> None:
    note_id = _pick(c, "feedback_note", a)
    if note_id is not None:
        c.profile.service(FeedbackService).delete(note_id)


def agenda_add(w: World, c: Computer, a: int, b: int, d: int) -> None:
    counselor_id = _pick(c, "counselor", a)
    if counselor_id is not None:
        c.profile.service(AgendaService).add(counselor_id, w.text("i"), important=d % 3 == 0)


def agenda_change(w: World, c: Computer, a: int, b: int, d: int) -> None:
    agenda = c.profile.service(AgendaService)
    counselor_id = _pick(c, "counselor", a)
    if counselor_id is None:
        return
    lines = agenda.agenda(counselor_id)
    if not lines:
        return
    line = lines[b % len(lines)]
    if d % 4 == 0:
        agenda.move(line, (b + d) % len(lines))
    elif d % 4 == 1:
        agenda.set_important(line, not line.important)
    elif d % 4 == 2:
        agenda.drop(line)
    elif line.row_id is not None and line.kind.name == "ITEM":
        agenda.update_text(line.id, w.text("i"))


def agenda_undo_drop(w: World, c: Computer, a: int, b: int, d: int) -> None:
    item_id = _pick(c, "agenda_item", a)
    if item_id is not None:
        c.profile.service(AgendaService).undo_drop(item_id)


def safety_plan_save(w: World, c: Computer, a: int, b: int, d: int) -> None:
    plan = c.profile.service(SafetyPlanService)
    current = plan.get()
    fields = ("warning_signs", "what_helps", "people", "professionals", "crisis_contacts")
    plan.save(SafetyPlan(**{**current.__dict__, fields[b % len(fields)]: w.text("s")}))


#: Files to keep with entries: a few, so that the same bytes go with several entries.
SAMPLE_FILES = (
    ("photo.jpg", samples.jpeg(noise=True)),
    ("drawing.png", samples.png()),
    ("sheet.pdf", samples.pdf()),
    ("other photo.jpg", samples.jpeg(width=48, noise=True)),
)


def _live_attachments(c: Computer) -> list[int]:
    with c.db.read() as conn:
        return [
            int(r[0])
            for r in conn.execute(
                "SELECT id FROM entry_attachment WHERE entry_id IS NOT NULL ORDER BY id"
            )
        ]


def _live_files(c: Computer) -> int:
    return len(_live_attachments(c))


def attachment_add(w: World, c: Computer, a: int, b: int, d: int) -> None:
    entry_id = _pick(c, "journal_entry", a)
    if entry_id is not None:
        name, data = SAMPLE_FILES[b % len(SAMPLE_FILES)]
        c.profile.service(AttachmentService).add(entry_id, name, data)


def attachment_remove(w: World, c: Computer, a: int, b: int, d: int) -> None:
    found = _live_attachments(c)
    if found:
        c.profile.service(AttachmentService).remove(found[a % len(found)])


def attachment_change(w: World, c: Computer, a: int, b: int, d: int) -> None:
    found = _live_attachments(c)
    if found:
        c.profile.service(AttachmentService).set_in_summary(found[a % len(found)], bool(b & 1))


EDITS: tuple[Edit, ...] = (
    journal_create,
    journal_create,
    journal_update,
    journal_update,
    journal_update,
    journal_delete,
    journal_restore,
    counselor_create,
    counselor_update,
    counselor_delete,
    session_plan,
    session_schedule,
    session_stop_schedule,
    session_change,
    session_change,
    session_delete,
    check_in_save,
    check_in_save,
    check_in_delete,
    goal_create,
    goal_update,
    goal_delete,
    progress_add,
    progress_delete,
    feedback_create,
    feedback_change,
    feedback_delete,
    agenda_add,
    agenda_change,
    agenda_undo_drop,
    safety_plan_save,
    attachment_add,
    attachment_add,
    attachment_remove,
    attachment_change,
)


# -- steps ------------------------------------------------------------------------------------

Step = tuple[Any, ...]
_small = st.integers(min_value=0, max_value=15)


def steps(computers: int) -> st.SearchStrategy[list[Step]]:
    which = st.integers(min_value=0, max_value=computers - 1)
    edit = st.tuples(st.just("edit"), which, st.sampled_from(EDITS), _small, _small, _small)
    make_file = st.tuples(st.just("file"), which)
    deliver = st.tuples(st.just("deliver"), _small, which, st.sampled_from((1, 1, 1, 2, 3)))
    return st.lists(st.one_of(edit, edit, make_file, deliver), min_size=12, max_size=40)


def _seed(world: World, shared: bool) -> None:
    """Something of every kind on the first computer (and a little on the second), known to
    every computer when ``shared`` (else each starts with its own)."""
    first = world.computers[0]
    counselor = first.profile.counselors.create(CounselorDraft(name="Dana"))
    _series, planned = first.profile.service(SessionService).create_schedule(
        Schedule(
            counselor_id=counselor.id,
            weekday=1,
            start_time=time(17, 0),
            time_zone="Europe/Berlin",
            first_date=date(2026, 11, 1),
            until_date=date(2026, 11, 20),
        )
    )
    first.profile.service(CheckInService).save(
        CheckInDraft(session_id=planned[0].id, ratings=dict.fromkeys(CORE_QUALITIES, 7))
    )
    goal = first.profile.service(GoalService).create(
        GoalDraft(title="sleep", counselor_id=counselor.id)
    )
    first.profile.service(GoalService).add_progress(goal.id, 4, None, planned[1].id)
    first.profile.service(FeedbackService).create(
        FeedbackDraft(kind=FeedbackKind.REQUEST, body=world.text("f"), counselor_id=counselor.id)
    )
    first.profile.service(AgendaService).add(counselor.id, world.text("i"))
    start = first.profile.journal.create(
        EntryDraft(title="start", body=world.text("calm"), tags=("calm",), bring_to_session=True)
    )
    first.profile.service(AttachmentService).add(start.id, *SAMPLE_FILES[0])
    safety_plan_save(world, first, 0, 0, 0)
    second = world.computers[1]
    second.profile.journal.create(
        EntryDraft(title="other", body=world.text("work"), tags=("work",))
    )
    if shared:
        for i in range(len(world.computers)):
            world.make_file(i)
        for to in range(len(world.computers)):
            world.deliver(list(range(len(world.files))), to)
    for i in range(len(world.computers)):
        world.note(i)


def _run(world: World, chosen: list[Step], order: random.Random) -> None:
    refused = 0
    for step in chosen:
        if step[0] == "edit":
            _kind, i, edit, a, b, d = step
            try:
                edit(world, world.computers[i], a, b, d)
            except CompanionError:
                refused += 1  # the client was told no (a clash, a session still ahead, ...)
            world.note(i)
        elif step[0] == "file":
            world.make_file(step[1])
            world.note(step[1])
        elif world.files:
            # files made earlier, most often recent ones, one or a few read at once
            _kind, back, to, together = step
            last = len(world.files) - 1
            world.deliver([last - (back + k) % len(world.files) for k in range(together)], to)
            world.note(to)
    for _round in range(ROUNDS + 1):
        before = len(world.files)
        for i in range(len(world.computers)):
            world.make_file(i)
        if len(world.files) == before and _round > 0:
            event(f"edits refused: {refused}")
            event(f"files kept with entries: {_live_files(world.computers[0]) // 3 * 3}+")
            event(f"files: {len(world.files) // 5 * 5}+")
            event(f"settled after {_round} rounds")
            return
        pending = [
            (index, to)
            for index in range(len(world.files))
            for to in range(len(world.computers))
            if (index, to) not in world.delivered and world.files[index][0] != to
        ]
        order.shuffle(pending)
        for index, to in pending:
            world.deliver([index], to)
            world.note(to)
    raise AssertionError(f"the computers still made new versions after {ROUNDS} rounds")


# -- checks -----------------------------------------------------------------------------------


def _canonical(values: dict[str, Any]) -> str:
    return json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _tag_names(c: Computer) -> list[str]:
    with c.db.read() as conn:
        return sorted(str(r[0]) for r in conn.execute("SELECT name FROM tag"))


def _check_convergence(world: World) -> None:
    first, *others = world.computers
    expected = first.by_uid()
    versions = {uid: set(r.versions) for uid, r in first.records().items()}
    tags = _tag_names(first)
    for c in others:
        assert c.by_uid() == expected
        assert _tag_names(c) == tags
        assert {uid: set(r.versions) for uid, r in c.records().items()} == versions


def _files_of_deleted_entries(world: World, deleted: set[str]) -> set[str]:
    """The files kept with entries whose entry some change file deletes (at some version)."""
    found: set[str] = set()
    for _origin, made in world.files:
        for item in made:
            payload = item.version.payload
            is_file = item.kind == sync_rows.ATTACHMENT and payload is not None
            if is_file and json.loads(payload or "{}")["entry_id"] in deleted:
                found.add(item.uid)
    return found


def _check_nothing_lost(world: World) -> None:
    deleted = {item.uid for _origin, made in world.files for item in made if item.version.deleted}
    deleted |= _files_of_deleted_entries(world, deleted)
    for i, c in enumerate(world.computers):
        kept = c.all_journal_texts()
        assert world.held_texts[i] <= kept, "a journal text went missing"
        present = {uid for kind in c.by_uid().values() for uid in kind}
        assert world.held_records[i] - present <= deleted, "a record went without a deletion"
    for c in world.computers:
        records = c.records()
        kept = c.all_journal_texts()
        for record in records.values():
            if record.kind != "journal_entry":
                continue
            texts = {body_of(v) for v in record.versions} - {None}
            assert texts <= kept
            target = shown(record.versions)
            losers = texts - {body_of(target)}
            if losers and record.local_id is not None:
                with c.db.read() as conn:
                    marked = {
                        str(r[0])
                        for r in conn.execute(
                            "SELECT body FROM journal_entry_version "
                            "WHERE entry_id = ? AND other_computer",
                            (record.local_id,),
                        )
                    }
                assert losers <= marked, "a text changed on two computers is not in history"


def _check_bookkeeping(world: World) -> None:
    for c in world.computers:
        records = c.records()
        with c.db.session() as s:
            rows = sync_rows.read_all(s)
        pointed = [(r.kind, r.local_id) for r in records.values() if r.local_id is not None]
        assert len(pointed) == len(set(pointed)), "two records share a row"
        for kind, found in rows.items():
            for local_id in found:
                assert (kind, local_id) in pointed, "a row has no sync record"
        uid_of = {(r.kind, r.local_id): r.uid for r in records.values() if r.local_id is not None}
        with c.db.read() as conn:
            binned = {
                int(r[0])
                for r in conn.execute(
                    "SELECT id FROM entry_attachment WHERE deleted_id IS NOT NULL"
                )
            }
            for data, found in conn.execute(
                "SELECT b.data, a.digest FROM entry_attachment a "
                "JOIN attachment_blob b ON b.digest = a.digest"
            ):
                assert hashlib.sha256(bytes(data)).hexdigest() == found, "a file's bytes differ"
        for record in records.values():
            target = shown(record.versions)
            if target.deleted:
                assert record.local_id is None, "a record deleted everywhere still has a row"
                continue
            if record.kind == sync_rows.ATTACHMENT:
                entry = records.get(json.loads(target.payload or "{}")["entry_id"])
                if entry is not None and shown(entry.versions).deleted:
                    assert record.local_id is None or record.local_id in binned
                    continue
                assert record.local_id not in binned, "a file stayed behind in the bin"
            assert record.local_id is not None, "a record still waits for one it refers to"
            values = dict(rows[record.kind][record.local_id])
            expected = json.loads(content(record.kind, record.versions) or "")
            for ref in sync_rows.kinds()[record.kind].references:
                column = values.get(ref.column)
                values[ref.column] = None if column is None else uid_of[(ref.kind, column)]
                gone = records.get(expected[ref.column]) if expected[ref.column] else None
                if gone is not None and gone.local_id is None:
                    expected[ref.column] = None  # refers to a record deleted everywhere
            assert record.digest == digest(_canonical(values))
            assert values == expected, "a row does not hold what its record shows"


def _skewed(offset_ms: int) -> Callable[[], int]:
    return lambda: ticking() + offset_ms


def _check(chosen: list[Step], computers: int, shared: bool, order: random.Random) -> None:
    with tempfile.TemporaryDirectory() as root, ExitStack() as stack:
        made = [
            stack.enter_context(computer(Path(root) / str(i), DEVICES[i], _skewed(SKEWS[i])))
            for i in range(computers)
        ]
        world = World(made)
        _seed(world, shared)
        _run(world, chosen, order)
        _check_convergence(world)
        _check_nothing_lost(world)
        _check_bookkeeping(world)


#: Each example makes two or three real journals and runs up to 40 steps (about half a second
#: to a second), so the examples are few: the whole file takes well under a minute. Without the
#: "explain" phase a failure is reported soon after it is shrunk.
CHECKED = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink],
)


@settings(CHECKED, max_examples=30)
@given(chosen=steps(2), shared=st.booleans(), order=st.randoms(use_true_random=False))
def test_two_computers_agree_and_lose_nothing(
    chosen: list[Step], shared: bool, order: random.Random
) -> None:
    _check(chosen, 2, shared, order)


@settings(CHECKED, max_examples=22)
@given(chosen=steps(3), shared=st.booleans(), order=st.randoms(use_true_random=False))
def test_three_computers_agree_and_lose_nothing(
    chosen: list[Step], shared: bool, order: random.Random
) -> None:
    _check(chosen, 3, shared, order)
