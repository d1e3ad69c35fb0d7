"""The agenda for the next session with a counselor, and the notes after a session.

An agenda mixes three kinds of lines: free items the client wrote, journal entries flagged
"bring to my next session", and feedback notes marked ready. Free items are ``agenda_item``
rows; a journal entry or a feedback note gets an ``agenda_item`` row of its own (an *anchor*,
holding its place, its "matters most" mark, or its "dropped" state) once the client moves it
or marks it, and when it is discussed.

Everything here is a pure rule: no storage, no Qt.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from companion.domain.enums import FeedbackKind, SessionStatus
from companion.domain.errors import InvalidInput
from companion.domain.journal import clipped, plain_text
from companion.domain.wording import day_text, tr, tr_n

ITEM_TEXT_MAX = 500
NOTES_MAX = 20_000
LABEL_CHARS = 90


class LineKind(StrEnum):
    """Where an agenda line comes from."""

    ITEM = "item"
    JOURNAL = "journal"
    FEEDBACK = "feedback"


#: The order of kinds among lines that have no place of their own yet.
_KIND_ORDER = {LineKind.ITEM: 0, LineKind.JOURNAL: 1, LineKind.FEEDBACK: 2}


@dataclass(frozen=True, order=True)
class LineKey:
    """Names one agenda line: its kind and the id of the item, entry or feedback note."""

    kind: LineKind
    id: int


@dataclass(frozen=True)
class AgendaLine:
    """One line of the agenda for the next session with a counselor.

    ``id`` is the agenda item's id (kind ``ITEM``), the journal entry's id (``JOURNAL``) or the
    feedback note's id (``FEEDBACK``). ``row_id`` is the ``agenda_item`` row that holds the
    line's place and marks (always set for items; None for an entry or a note that has no
    anchor yet). ``position`` is the line's index on the agenda once arranged.
    """

    kind: LineKind
    id: int
    counselor_id: int
    text: str
    important: bool = False
    position: int = 0
    row_id: int | None = None
    #: A private journal entry: shown in the app, never exported.
    private: bool = False
    feedback_kind: FeedbackKind | None = None
    #: When the entry or note was written (None for free items).
    written_on: date | None = None

    @property
    def key(self) -> LineKey:
        return LineKey(self.kind, self.id)

    @property
    def placed(self) -> bool:
        """True when the line has a place of its own on the agenda."""
        return self.row_id is not None


@dataclass(frozen=True)
class AgendaSession:
    """What the agenda needs to know about a session: when, and what became of it."""

    id: int
    counselor_id: int
    starts_at: datetime  # aware, UTC
    time_zone: str
    status: SessionStatus
    duration_minutes: int = 50


@dataclass(frozen=True)
class SessionNotes:
    """What the client writes after a session."""

    takeaways: str = ""
    to_try: str = ""
    not_right: str = ""

    def validated(self) -> SessionNotes:
        for text in (self.takeaways, self.to_try, self.not_right):
            if len(text) > NOTES_MAX:
                raise InvalidInput(
                    tr_n(
                        "domain.agenda",
                        "A note can be at most %Ln [character|characters] long. "
                        "Perhaps move some of it into a journal entry?",
                        NOTES_MAX,
                    )
                )
        return SessionNotes(
            takeaways=self.takeaways.strip(),
            to_try=self.to_try.strip(),
            not_right=self.not_right.strip(),
        )

    def is_blank(self) -> bool:
        return not (self.takeaways.strip() or self.to_try.strip() or self.not_right.strip())


@dataclass(frozen=True)
class AfterSessionPlan:
    """What saving after a session does with the agenda."""

    discussed: tuple[AgendaLine, ...]
    carried_over: tuple[AgendaLine, ...]


# --- Text ----------------------------------------------------------------------------------


def clean_item_text(text: str) -> str:
    """An item's text on one line, without surrounding spaces; refused when empty or long."""
    clean = " ".join(text.split())
    if not clean:
        raise InvalidInput(tr("domain.agenda", "Write a few words for the item first."))
    if len(clean) > ITEM_TEXT_MAX:
        raise InvalidInput(
            tr_n(
                "domain.agenda",
                "An agenda item can be at most %n [character|characters] long. "
                "You could split it into two items.",
                ITEM_TEXT_MAX,
            )
        )
    return clean


def _shorten(text: str, limit: int = LABEL_CHARS) -> str:
    return clipped(text, limit)


def journal_line_text(title: str, body: str) -> str:
    """How a flagged journal entry shows on the agenda: its title, or the start of its text."""
    title = " ".join(title.split())
    if title:
        return _shorten(title)
    return _shorten(plain_text(body[: LABEL_CHARS * 4]))


def journal_record_label(title: str, written_on: date, *, private: bool = False) -> str:
    """The text kept on the agenda item that records a discussed journal entry: the title, or
    "Journal entry of <date>" (worded in the client's language when it is recorded); never the
    entry's text, and only the date for a private entry (so that the record can never carry
    private words out of the journal)."""
    title = " ".join(title.split())
    if title and not private:
        return _shorten(title)
    return tr("domain.agenda", "Journal entry of %1", day_text(written_on))


def feedback_line_text(body: str) -> str:
    """The first line of a feedback note (with text), shortened."""
    for line in body.splitlines():
        plain = plain_text(line)
        if plain:
            return _shorten(plain)
    return ""


# --- Order ---------------------------------------------------------------------------------


def arrange(lines: Iterable[AgendaLine]) -> list[AgendaLine]:
    """The agenda in the client's order, with ``position`` set to each line's index.

    Lines with a place of their own come first, by their stored position; entries and notes
    that arrived since (no place yet) follow, journal entries before feedback, oldest first.
    """

    def order(line: AgendaLine) -> tuple[int, int, int, int]:
        if line.placed:
            return (0, line.position, _KIND_ORDER[line.kind], line.row_id or 0)
        return (1, _KIND_ORDER[line.kind], 0, line.id)

    return [replace(line, position=i) for i, line in enumerate(sorted(lines, key=order))]


def important_first(lines: Iterable[AgendaLine]) -> list[AgendaLine]:
    """The lines marked "matters most" first, each part in the order it had."""
    return sorted(lines, key=lambda line: not line.important)


def index_of(lines: Sequence[AgendaLine], key: LineKey) -> int:
    for i, line in enumerate(lines):
        if line.key == key:
            return i
    raise InvalidInput(
        tr(
            "domain.agenda",
            "That line is no longer on the agenda. The agenda has been refreshed.",
        )
    )


def reorder(lines: Sequence[AgendaLine], key: LineKey, new_index: int) -> list[AgendaLine]:
    """Move one line to ``new_index`` (clamped to the agenda); positions are renumbered."""
    current = list(lines)
    moving = current.pop(index_of(current, key))
    target = max(0, min(new_index, len(current)))
    current.insert(target, moving)
    return [replace(line, position=i) for i, line in enumerate(current)]


# --- After a session -----------------------------------------------------------------------


def plan_after_session(
    lines: Sequence[AgendaLine], discussed: Collection[LineKey]
) -> AfterSessionPlan:
    """Split the open agenda into what was discussed and what carries over.

    A line counts as discussed only when it is on the agenda and ticked; everything else on
    the agenda stays open for the next session. Ticking a line that is no longer on the
    agenda (dropped, or already discussed) is refused, so nothing half-done is saved.
    """
    ticked = set(discussed)
    on_agenda = {line.key for line in lines}
    if ticked - on_agenda:
        raise InvalidInput(
            tr(
                "domain.agenda",
                "Some of the ticked lines are no longer on the agenda. "
                "Please look at the list again and save once more.",
            )
        )
    return AfterSessionPlan(
        discussed=tuple(line for line in lines if line.key in ticked),
        carried_over=tuple(line for line in lines if line.key not in ticked),
    )


#: A session may be marked attended from a little before its start (notes written in the
#: waiting room count).
ATTENDED_GRACE = timedelta(minutes=15)


def can_mark_attended(session: AgendaSession, now: datetime) -> bool:
    """A planned session that has started (or is about to) can be marked attended."""
    return session.status == SessionStatus.PLANNED and session.starts_at <= now + ATTENDED_GRACE


def sessions_for_notes(
    sessions: Iterable[AgendaSession], now: datetime, *, keep: int | None = None
) -> list[AgendaSession]:
    """The sessions the client may write notes for, newest first: attended ones and planned
    ones up to a day ahead (``keep``, a session id, is always included)."""
    horizon = now + timedelta(days=1)
    chosen = [
        s
        for s in sessions
        if s.id == keep
        or (s.status in (SessionStatus.ATTENDED, SessionStatus.PLANNED) and s.starts_at <= horizon)
    ]
    return sorted(chosen, key=lambda s: (s.starts_at, s.id), reverse=True)


def default_session(sessions: Sequence[AgendaSession], now: datetime) -> AgendaSession | None:
    """The session notes are most likely for: the latest one that has started, else the next
    one."""
    past = [s for s in sessions if s.starts_at <= now]
    if past:
        return max(past, key=lambda s: (s.starts_at, s.id))
    return min(sessions, key=lambda s: (s.starts_at, s.id), default=None)


def next_planned(sessions: Iterable[AgendaSession], now: datetime) -> AgendaSession | None:
    """The next planned session still to come."""
    upcoming = [s for s in sessions if s.status == SessionStatus.PLANNED and s.starts_at > now]
    return min(upcoming, key=lambda s: (s.starts_at, s.id), default=None)


# --- Ideas ---------------------------------------------------------------------------------

#: Questions offered under "Need ideas?"; the UI translates them with the context
#: ``"agenda_prompts"``.
AGENDA_PROMPTS: tuple[str, ...] = (
    "What do I hope for from this session?",
    "Is there something I have not said yet?",
    "What has been on my mind most since last time?",
    "What went better than I expected, even a little?",
    "Is anything from last time still unclear to me?",
    "How did trying things out between sessions go?",
    "Is there anything about how our sessions work that I'd like to change?",
    "What would make me leave this session feeling it was worth it?",
)
