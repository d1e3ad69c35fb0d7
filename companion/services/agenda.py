"""The agenda for the next session with a counselor, and the notes after a session.

Free items are the client's own; journal entries flagged "bring to my next session" and
feedback notes marked ready appear on their own. After a session the client ticks what was
discussed: those lines are recorded against the session, everything else carries over.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace
from datetime import UTC, datetime

from companion.domain import agenda as rules
from companion.domain.agenda import AgendaLine, AgendaSession, LineKey, LineKind, SessionNotes
from companion.domain.enums import AgendaStatus, SessionStatus
from companion.domain.errors import InvalidInput
from companion.domain.wording import tr
from companion.storage import agenda_store as store
from companion.storage.engine import Database
from companion.storage.session_store import SessionNotFound as SessionNotFound

AgendaItemNotFound = store.AgendaItemNotFound


def _utc_now() -> datetime:
    return datetime.now(UTC)


class CounselorMissing(InvalidInput):
    """The agenda's counselor is gone (deleted meanwhile)."""


class AgendaService:
    """The agenda and after-session notes of one unlocked profile."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = _utc_now) -> None:
        self._db = db
        self._clock = clock

    # -- the agenda -------------------------------------------------------------------------

    def agenda(self, counselor_id: int) -> list[AgendaLine]:
        """The open agenda for the next session with the counselor, in the client's order."""
        with self._db.read() as conn:
            return rules.arrange(store.agenda_lines(conn, counselor_id))

    def open_count(self, counselor_id: int) -> int:
        """How many lines are on the agenda for the next session."""
        return len(self.agenda(counselor_id))

    def line(self, counselor_id: int, key: LineKey) -> AgendaLine:
        lines = self.agenda(counselor_id)
        return lines[rules.index_of(lines, key)]

    def _settled(self, counselor_id: int) -> list[AgendaLine]:
        """The agenda with every line given a place of its own (so that adding, moving or
        marking keeps what the client sees in the same order)."""
        lines = self.agenda(counselor_id)
        if all(line.placed for line in lines):
            return lines
        return self._store_order(lines)

    def _store_order(self, lines: list[AgendaLine]) -> list[AgendaLine]:
        with self._db.read() as conn:
            labels = store.record_labels(conn, lines)
        with self._db.session() as s:
            row_ids = store.place(s, lines, labels)
        return [
            replace(line, position=i, row_id=row_id)
            for i, (line, row_id) in enumerate(zip(lines, row_ids, strict=True))
        ]

    def add(self, counselor_id: int, text: str, *, important: bool = False) -> AgendaLine:
        """Add a free item at the end of the agenda."""
        clean = rules.clean_item_text(text)
        with self._db.read() as conn:
            if not store.counselor_exists(conn, counselor_id):
                raise CounselorMissing(
                    tr(
                        "services.agenda",
                        "This counselor is no longer in Companion, so the item was not added.",
                    )
                )
        lines = self._settled(counselor_id)
        with self._db.session() as s:
            item_id = store.add_item(s, counselor_id, clean, len(lines))
            if important:
                store.set_important(s, item_id, True)
        return self.line(counselor_id, LineKey(LineKind.ITEM, item_id))

    def update_text(self, item_id: int, text: str) -> AgendaLine:
        """Change what a free item says."""
        clean = rules.clean_item_text(text)
        with self._db.session() as s:
            store.set_text(s, item_id, clean)
        with self._db.read() as conn:
            counselor_id, _status = store.item_state(conn, item_id)
        return self.line(counselor_id, LineKey(LineKind.ITEM, item_id))

    def set_important(self, line: AgendaLine, important: bool) -> AgendaLine:
        """Mark (or unmark) a line as what matters most."""
        current = self._settled(line.counselor_id)
        found = current[rules.index_of(current, line.key)]
        assert found.row_id is not None
        with self._db.session() as s:
            store.set_important(s, found.row_id, important)
        return self.line(line.counselor_id, line.key)

    def move(self, line: AgendaLine, new_index: int) -> list[AgendaLine]:
        """Move a line to ``new_index``; returns the agenda in its new order."""
        current = self.agenda(line.counselor_id)
        return self._store_order(rules.reorder(current, line.key, new_index))

    def drop(self, item: int | AgendaLine) -> AgendaLine:
        """Take a line off the agenda; returns it, for :meth:`undo_drop`.

        A free item (given by id or as a line) is marked dropped; a journal entry loses its
        "bring to my next session" flag; a feedback note stays ready but leaves this
        counselor's agenda.
        """
        line = self._line_for(item)
        if line.kind == LineKind.ITEM:
            with self._db.session() as s:
                store.set_status(s, line.id, AgendaStatus.DROPPED)
        elif line.kind == LineKind.JOURNAL:
            with self._db.session() as s:
                store.set_bring_to_session(s, line.id, False)
        else:
            settled = self._settled(line.counselor_id)
            row_id = settled[rules.index_of(settled, line.key)].row_id
            assert row_id is not None
            with self._db.session() as s:
                store.set_status(s, row_id, AgendaStatus.DROPPED)
        return line

    def undo_drop(self, item: int | AgendaLine) -> AgendaLine:
        """Put a dropped line back where it was."""
        if isinstance(item, int):
            with self._db.read() as conn:
                counselor_id, status = store.item_state(conn, item)
            if status != AgendaStatus.DROPPED:
                raise AgendaItemNotFound(item)
            line = AgendaLine(kind=LineKind.ITEM, id=item, counselor_id=counselor_id, text="")
        else:
            line = item
        if line.kind == LineKind.ITEM:
            with self._db.session() as s:
                store.set_status(s, line.id, AgendaStatus.OPEN)
        elif line.kind == LineKind.JOURNAL:
            with self._db.session() as s:
                store.set_bring_to_session(s, line.id, True)
        else:
            with self._db.session() as s:
                row_id = store.feedback_anchor_for(s, line.counselor_id, line.id)
                if row_id is not None:
                    store.set_status(s, row_id, AgendaStatus.OPEN)
        return self.line(line.counselor_id, line.key)

    def counselor_of(self, item_id: int) -> int:
        """The counselor whose agenda an item is on (for showing a search result)."""
        with self._db.read() as conn:
            counselor_id, _status = store.item_state(conn, item_id)
        return counselor_id

    def _line_for(self, item: int | AgendaLine) -> AgendaLine:
        if isinstance(item, AgendaLine):
            return self.line(item.counselor_id, item.key)
        with self._db.read() as conn:
            counselor_id, status = store.item_state(conn, item)
        if status != AgendaStatus.OPEN:
            raise AgendaItemNotFound(item)
        return self.line(counselor_id, LineKey(LineKind.ITEM, item))

    # -- sessions ---------------------------------------------------------------------------

    def next_session(self, counselor_id: int) -> AgendaSession | None:
        """The next planned session with the counselor, if one is planned."""
        with self._db.read() as conn:
            return store.next_planned(conn, counselor_id, self._clock())

    def session(self, session_id: int) -> AgendaSession:
        with self._db.read() as conn:
            return store.get_session(conn, session_id)

    def sessions_for_notes(
        self, counselor_id: int, *, keep: int | None = None
    ) -> list[AgendaSession]:
        """Sessions the client may write notes for, newest first."""
        with self._db.read() as conn:
            found = store.sessions_of(conn, counselor_id)
        return rules.sessions_for_notes(found, self._clock(), keep=keep)

    def default_session(self, counselor_id: int) -> AgendaSession | None:
        """The session notes are most likely for: the latest one that has started."""
        return rules.default_session(self.sessions_for_notes(counselor_id), self._clock())

    def can_mark_attended(self, session: AgendaSession) -> bool:
        return rules.can_mark_attended(session, self._clock())

    def discussed_in(self, session_id: int) -> list[str]:
        """Labels of what was recorded as discussed in a session."""
        with self._db.read() as conn:
            return store.discussed_in(conn, session_id)

    # -- after a session --------------------------------------------------------------------

    def session_notes(self, session_id: int) -> SessionNotes:
        with self._db.read() as conn:
            return store.session_notes(conn, session_id)

    def save_notes(self, session_id: int, notes: SessionNotes) -> SessionNotes:
        """Save only the notes (autosave while writing)."""
        clean = notes.validated()
        with self._db.session() as s:
            store.save_notes(s, session_id, clean)
        return clean

    def save_after_session(
        self,
        session_id: int,
        notes: SessionNotes,
        discussed: Collection[LineKey],
        mark_attended: bool = False,
    ) -> SessionNotes:
        """Save the notes, record the ticked lines as discussed in the session and (when
        asked and the session was planned) mark it attended. Unticked lines stay on the
        agenda for next time. All or nothing."""
        clean = notes.validated()
        session = self.session(session_id)
        if (
            mark_attended
            and session.status == SessionStatus.PLANNED
            and not rules.can_mark_attended(session, self._clock())
        ):
            raise InvalidInput(
                tr(
                    "services.agenda",
                    "This session has not happened yet, so it cannot be marked as attended. "
                    'Your notes were not saved yet: untick "attended" and save again.',
                )
            )
        lines = self.agenda(session.counselor_id)
        plan = rules.plan_after_session(lines, discussed)
        with self._db.read() as conn:
            labels = store.record_labels(conn, plan.discussed)
        with self._db.session() as s:
            store.save_after_session(
                s, session_id, clean, plan, labels, mark_attended=mark_attended
            )
        return clean
