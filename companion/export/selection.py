"""Which items a session summary offers, which are chosen, and how an entry is cut.

The rules, all pure (standard library and domain only):

- Private journal entries are never offered, not even listed; an agenda line that stands for
  a private entry is not offered either. :func:`chosen` applies the same filter again, so a
  private entry handed in by mistake still never reaches a document.
- Only items the client ticked get in. Nothing is chosen by id alone: an id that is not among
  the offered candidates is ignored.
- "Only the first paragraph" keeps an entry's text up to its first blank line.
- Pictures: only images (never PDF or text files) kept with an offered entry are offered, and
  one gets in only when its entry is chosen and the client chose its pictures. Nothing is
  ticked for them unless the client chose them for an earlier summary (the images'
  ``in_summary`` flag, see :func:`pictures_to_remember`). A private entry's pictures are
  never offered, whatever their flag says.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from companion.domain.agenda import AgendaLine, LineKey, SessionNotes
from companion.domain.attachments import Attachment
from companion.domain.days import check_day
from companion.domain.errors import InvalidInput
from companion.domain.feedback import FeedbackNote
from companion.domain.goals import Goal, ProgressRating
from companion.domain.journal import JournalEntry
from companion.domain.wording import tr

#: The fields of the notes after a session, in the order a summary shows them.
NOTE_FIELDS: tuple[str, ...] = ("takeaways", "to_try", "not_right")
#: Note fields ticked by default: what did not feel right is the client's to bring up.
DEFAULT_NOTE_FIELDS: frozenset[str] = frozenset({"takeaways", "to_try"})


class PeriodKind(enum.StrEnum):
    SINCE_LAST_SESSION = "since-last-session"
    BETWEEN_SESSIONS = "between-sessions"
    CUSTOM = "custom"


@dataclass(frozen=True)
class PeriodChoice:
    """How the client picked the period: since the last attended session, between two
    sessions (their ids), or custom dates (both included)."""

    kind: PeriodKind = PeriodKind.SINCE_LAST_SESSION
    first_session_id: int | None = None
    second_session_id: int | None = None
    start: date | None = None
    end: date | None = None

    def validated(self) -> PeriodChoice:
        if self.kind is PeriodKind.BETWEEN_SESSIONS and (
            self.first_session_id is None or self.second_session_id is None
        ):
            raise InvalidInput(tr("export.selection", "Please choose two sessions."))
        if self.kind is PeriodKind.CUSTOM:
            if self.start is None or self.end is None:
                raise InvalidInput(
                    tr("export.selection", "Please choose both a first and a last day.")
                )
            check_day(self.start)
            check_day(self.end)
            if self.start > self.end:
                raise InvalidInput(
                    tr("export.selection", "The first day needs to come before the last day.")
                )
        return self


@dataclass(frozen=True)
class SummaryPeriod:
    """The resolved period: first and last day, both included, and how to say it."""

    start: date
    end: date
    label: str

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class GoalCandidate:
    goal: Goal
    #: Progress ratings within the period, oldest first.
    ratings: tuple[ProgressRating, ...] = ()
    #: The newest rating before the period (to show the change), if any.
    before: ProgressRating | None = None


@dataclass(frozen=True)
class Candidates:
    """Everything a summary could contain for a period and a counselor."""

    period: SummaryPeriod
    counselor_id: int
    counselor_name: str
    agenda: tuple[AgendaLine, ...] = ()
    entries: tuple[JournalEntry, ...] = ()
    goals: tuple[GoalCandidate, ...] = ()
    feedback: tuple[FeedbackNote, ...] = ()
    #: The notes after the last attended session up to the period's end, and its date.
    notes: SessionNotes | None = None
    notes_session_day: date | None = None
    checkin_count: int = 0
    mood_count: int = 0
    #: When the next planned session with the counselor starts (aware), if one is planned.
    next_session_at: datetime | None = None
    #: The pictures (images only) kept with the entries, in each entry's order; their bytes
    #: are read only when the document is built.
    pictures: tuple[Attachment, ...] = ()

    def pictures_of(self, entry_id: int) -> tuple[Attachment, ...]:
        return tuple(p for p in self.pictures if p.entry_id == entry_id)


@dataclass(frozen=True)
class Selection:
    """What the client ticked."""

    agenda: frozenset[LineKey] = frozenset()
    entries: frozenset[int] = frozenset()
    goals: frozenset[int] = frozenset()
    feedback: frozenset[int] = frozenset()
    note_fields: frozenset[str] = frozenset()
    checkins: bool = False
    mood: bool = False
    first_paragraph_only: bool = False
    #: The pictures (attachment ids) that go with their entry when the entry is chosen.
    pictures: frozenset[int] = frozenset()

    def without_entry(self, entry_id: int) -> Selection:
        return replace(self, entries=self.entries - {entry_id})


def offered_agenda(lines: Iterable[AgendaLine]) -> tuple[AgendaLine, ...]:
    """Agenda lines that may be offered: never one that stands for a private entry."""
    return tuple(line for line in lines if not line.private)


def offered_entries(entries: Iterable[JournalEntry]) -> tuple[JournalEntry, ...]:
    """Journal entries that may be offered: never a private one."""
    return tuple(entry for entry in entries if not entry.private)


def offered_pictures(
    pictures: Iterable[Attachment], entries: Iterable[JournalEntry]
) -> tuple[Attachment, ...]:
    """Pictures that may be offered: images kept with one of the offered ``entries`` (so
    never one of a private entry), never a PDF or text file."""
    shareable = {entry.id for entry in offered_entries(entries)}
    return tuple(p for p in pictures if p.is_image and p.entry_id in shareable)


def offered(candidates: Candidates) -> Candidates:
    """The candidates with everything that must never be offered taken out."""
    entries = offered_entries(candidates.entries)
    return replace(
        candidates,
        agenda=offered_agenda(candidates.agenda),
        entries=entries,
        pictures=offered_pictures(candidates.pictures, entries),
    )


def default_selection(candidates: Candidates) -> Selection:
    """What is ticked before the client changes anything: the agenda, entries flagged "bring
    to my next session" within the period, open goals, every note ready to share, the
    takeaways and what to try, and the charts when there is something to show."""
    safe = offered(candidates)
    return Selection(
        agenda=frozenset(line.key for line in safe.agenda),
        entries=frozenset(
            e.id
            for e in safe.entries
            if e.bring_to_session and safe.period.contains(e.created_at.date())
        ),
        goals=frozenset(c.goal.id for c in safe.goals if c.goal.is_open),
        feedback=frozenset(n.id for n in safe.feedback),
        note_fields=frozenset(
            f for f in DEFAULT_NOTE_FIELDS if safe.notes is not None and getattr(safe.notes, f)
        ),
        checkins=safe.checkin_count > 0,
        mood=safe.mood_count > 0,
        pictures=frozenset(p.id for p in safe.pictures if p.in_summary),
    )


@dataclass(frozen=True)
class Chosen:
    """The items that go into the document, in the order shown."""

    agenda: tuple[AgendaLine, ...] = ()
    entries: tuple[JournalEntry, ...] = ()
    goals: tuple[GoalCandidate, ...] = ()
    feedback: tuple[FeedbackNote, ...] = ()
    notes: tuple[tuple[str, str], ...] = field(default=())  # (field, text)
    checkins: bool = False
    mood: bool = False
    #: The pictures that go with the chosen entries, in each entry's order.
    pictures: tuple[Attachment, ...] = ()

    def pictures_of(self, entry_id: int) -> tuple[Attachment, ...]:
        return tuple(p for p in self.pictures if p.entry_id == entry_id)


def chosen(candidates: Candidates, selection: Selection) -> Chosen:
    """Only offered items the client ticked; entries cut to their first paragraph when asked."""
    safe = offered(candidates)
    entries = tuple(e for e in safe.entries if e.id in selection.entries)
    entry_ids = {e.id for e in entries}
    pictures = tuple(
        p for p in safe.pictures if p.id in selection.pictures and p.entry_id in entry_ids
    )
    if selection.first_paragraph_only:
        entries = tuple(replace(e, body=first_paragraph(e.body)) for e in entries)
    notes: tuple[tuple[str, str], ...] = ()
    if safe.notes is not None:
        notes = tuple(
            (f, text)
            for f in NOTE_FIELDS
            if f in selection.note_fields and (text := getattr(safe.notes, f).strip())
        )
    return Chosen(
        agenda=tuple(line for line in safe.agenda if line.key in selection.agenda),
        entries=entries,
        goals=tuple(c for c in safe.goals if c.goal.id in selection.goals),
        feedback=tuple(n for n in safe.feedback if n.id in selection.feedback),
        notes=notes,
        checkins=selection.checkins and safe.checkin_count > 0,
        mood=selection.mood and safe.mood_count > 0,
        pictures=pictures,
    )


def pictures_to_remember(
    candidates: Candidates, selection: Selection
) -> tuple[tuple[int, bool], ...]:
    """The pictures whose choice changed since it was last remembered, as
    ``(attachment id, chosen)``: after a summary is saved or printed, each offered picture
    remembers whether it went with its entry (``in_summary``), so that the next summary
    ticks the same. Pictures of private entries are never offered, so never touched."""
    return tuple(
        (p.id, p.id in selection.pictures)
        for p in offered(candidates).pictures
        if (p.id in selection.pictures) != p.in_summary
    )


def first_paragraph(text: str) -> str:
    """The text up to its first blank line (leading blank lines skipped)."""
    kept: list[str] = []
    for line in text.strip("\n").splitlines():
        if not line.strip():
            if kept:
                break
            continue
        kept.append(line)
    return "\n".join(kept)


def paragraphs(text: str) -> list[str]:
    """The text split at blank lines; empty paragraphs dropped."""
    found: list[str] = []
    current: list[str] = []
    for line in text.splitlines():
        if line.strip():
            current.append(line)
        elif current:
            found.append("\n".join(current))
            current = []
    if current:
        found.append("\n".join(current))
    return found
