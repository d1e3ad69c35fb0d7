"""The agenda and the notes after a session: plain-SQL reads on the reader connection, ORM
writes in a session (see :mod:`companion.storage.counselor_store` for the pattern).

Reads the ``counseling_session``, ``journal_entry`` and ``feedback_note`` tables directly with
queries of its own: only the columns the agenda needs, and never a journal entry's whole body.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from companion.domain.agenda import (
    AfterSessionPlan,
    AgendaLine,
    AgendaSession,
    LineKind,
    SessionNotes,
    feedback_line_text,
    journal_line_text,
    journal_record_label,
)
from companion.domain.enums import AgendaStatus, FeedbackKind, FeedbackStatus, SessionStatus
from companion.domain.errors import NotFound
from companion.domain.wording import mark, tr
from companion.storage.session_store import SessionNotFound
from companion.storage.sqlcipher import RawConnection

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from companion.storage.models import AgendaItemRow

#: Characters of a body read to make a label (enough for a title-less entry's first words).
_LABEL_SOURCE_CHARS = 400

_SESSION_COLUMNS = "id, counselor_id, starts_at, time_zone, status, duration_minutes"


class AgendaItemNotFound(NotFound):
    """The agenda item does not exist (any more)."""

    default_message = mark(
        "domain.errors",
        "This agenda item is no longer in Companion. It may have been deleted in another window.",
    )


def _day(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    return datetime.fromisoformat(str(value)).date()


def _moment(value: object) -> datetime:
    """A stored UTC moment (naive ISO text) as an aware datetime."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


#: How a discussed feedback note is labelled on the agenda, with and without its first line.
_FEEDBACK_LABELS = {
    FeedbackKind.APPRECIATION: (
        mark("storage.agenda_store", "Appreciation: %1"),
        mark("storage.agenda_store", "Appreciation"),
    ),
    FeedbackKind.CONCERN: (
        mark("storage.agenda_store", "Concern: %1"),
        mark("storage.agenda_store", "Concern"),
    ),
    FeedbackKind.REQUEST: (
        mark("storage.agenda_store", "Request: %1"),
        mark("storage.agenda_store", "Request"),
    ),
    FeedbackKind.QUESTION: (
        mark("storage.agenda_store", "Question: %1"),
        mark("storage.agenda_store", "Question"),
    ),
}


def feedback_record_label(kind: FeedbackKind, body: str) -> str:
    """The text kept on the agenda item that records a discussed feedback note: its kind and
    first line ("Appreciation: Thank you…"), worded in the client's language when recorded."""
    first = feedback_line_text(body)
    with_line, alone = _FEEDBACK_LABELS[kind]
    if first:
        return tr("storage.agenda_store", with_line, first)
    return tr("storage.agenda_store", alone)


# --- Reading -------------------------------------------------------------------------------


def counselor_exists(conn: RawConnection, counselor_id: int) -> bool:
    row = conn.execute("SELECT 1 FROM counselor WHERE id = ?", (counselor_id,)).fetchone()
    return row is not None


def agenda_lines(conn: RawConnection, counselor_id: int) -> list[AgendaLine]:
    """Every open line of the agenda for the next session with the counselor, unordered
    (:func:`companion.domain.agenda.arrange` orders them)."""
    rows = conn.execute(
        "SELECT id, text, position, important, source_entry_id, source_feedback_id, status "
        "FROM agenda_item WHERE counselor_id = ? AND status IN ('open', 'dropped') "
        "ORDER BY id",
        (counselor_id,),
    ).fetchall()
    lines: list[AgendaLine] = []
    entry_anchor: dict[int, tuple[int, int, bool]] = {}
    feedback_anchor: dict[int, tuple[int, int, bool, str]] = {}
    for row_id, text, position, important, entry_id, feedback_id, status in rows:
        if entry_id is not None:
            if status == AgendaStatus.OPEN:
                entry_anchor.setdefault(
                    int(entry_id), (int(row_id), int(position), bool(important))
                )
        elif feedback_id is not None:
            feedback_anchor.setdefault(
                int(feedback_id), (int(row_id), int(position), bool(important), str(status))
            )
        elif status == AgendaStatus.OPEN:
            lines.append(
                AgendaLine(
                    kind=LineKind.ITEM,
                    id=int(row_id),
                    counselor_id=counselor_id,
                    text=str(text),
                    important=bool(important),
                    position=int(position),
                    row_id=int(row_id),
                )
            )

    entries = conn.execute(
        f"SELECT id, title, substr(body, 1, {_LABEL_SOURCE_CHARS}), private, created_at "
        "FROM journal_entry WHERE bring_to_session = 1 ORDER BY created_at, id"
    ).fetchall()
    for entry_id, title, body_start, private, created_at in entries:
        anchor = entry_anchor.get(int(entry_id))
        lines.append(
            AgendaLine(
                kind=LineKind.JOURNAL,
                id=int(entry_id),
                counselor_id=counselor_id,
                text=journal_line_text(str(title), str(body_start)),
                important=anchor[2] if anchor else False,
                position=anchor[1] if anchor else 0,
                row_id=anchor[0] if anchor else None,
                private=bool(private),
                written_on=_day(created_at),
            )
        )

    notes = conn.execute(
        f"SELECT id, kind, substr(body, 1, {_LABEL_SOURCE_CHARS}), created_at FROM feedback_note "
        "WHERE status = 'ready' AND (counselor_id = ? OR counselor_id IS NULL) "
        "ORDER BY created_at, id",
        (counselor_id,),
    ).fetchall()
    for note_id, kind, body_start, created_at in notes:
        fb_anchor = feedback_anchor.get(int(note_id))
        if fb_anchor is not None and fb_anchor[3] == AgendaStatus.DROPPED:
            continue
        lines.append(
            AgendaLine(
                kind=LineKind.FEEDBACK,
                id=int(note_id),
                counselor_id=counselor_id,
                text=feedback_line_text(str(body_start)),
                important=fb_anchor[2] if fb_anchor else False,
                position=fb_anchor[1] if fb_anchor else 0,
                row_id=fb_anchor[0] if fb_anchor else None,
                feedback_kind=FeedbackKind(str(kind)),
                written_on=_day(created_at),
            )
        )
    return lines


def item_state(conn: RawConnection, item_id: int) -> tuple[int, AgendaStatus]:
    """(counselor id, status) of an agenda item."""
    row = conn.execute(
        "SELECT counselor_id, status FROM agenda_item WHERE id = ?", (item_id,)
    ).fetchone()
    if row is None:
        raise AgendaItemNotFound(item_id)
    return int(row[0]), AgendaStatus(str(row[1]))


def _session(row: Sequence[object]) -> AgendaSession:
    return AgendaSession(
        id=int(row[0]),  # type: ignore[call-overload]
        counselor_id=int(row[1]),  # type: ignore[call-overload]
        starts_at=_moment(row[2]),
        time_zone=str(row[3]),
        status=SessionStatus(str(row[4])),
        duration_minutes=int(row[5]),  # type: ignore[call-overload]
    )


def sessions_of(conn: RawConnection, counselor_id: int) -> list[AgendaSession]:
    """Every session with the counselor, oldest first."""
    rows = conn.execute(
        f"SELECT {_SESSION_COLUMNS} FROM counseling_session WHERE counselor_id = ? "
        "ORDER BY starts_at, id",
        (counselor_id,),
    ).fetchall()
    return [_session(tuple(r)) for r in rows]


def next_planned(conn: RawConnection, counselor_id: int, now: datetime) -> AgendaSession | None:
    """The next planned session with the counselor that is still to come."""
    # the format SQLAlchemy stores DateTime values in on SQLite, so text comparison works
    cutoff = now.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    row = conn.execute(
        f"SELECT {_SESSION_COLUMNS} FROM counseling_session "
        "WHERE counselor_id = ? AND status = 'planned' AND starts_at > ? "
        "ORDER BY starts_at, id LIMIT 1",
        (counselor_id, cutoff),
    ).fetchone()
    return None if row is None else _session(tuple(row))


def get_session(conn: RawConnection, session_id: int) -> AgendaSession:
    row = conn.execute(
        f"SELECT {_SESSION_COLUMNS} FROM counseling_session WHERE id = ?", (session_id,)
    ).fetchone()
    if row is None:
        raise SessionNotFound(session_id)
    return _session(tuple(row))


def session_notes(conn: RawConnection, session_id: int) -> SessionNotes:
    row = conn.execute(
        "SELECT takeaways, to_try, not_right FROM counseling_session WHERE id = ?", (session_id,)
    ).fetchone()
    if row is None:
        raise SessionNotFound(session_id)
    return SessionNotes(takeaways=str(row[0]), to_try=str(row[1]), not_right=str(row[2]))


def discussed_in(conn: RawConnection, session_id: int) -> list[str]:
    """The labels of the agenda items recorded as discussed in a session, in agenda order."""
    rows = conn.execute(
        "SELECT text FROM agenda_item WHERE session_id = ? AND status = 'discussed' "
        "ORDER BY position, id",
        (session_id,),
    ).fetchall()
    return [str(r[0]) for r in rows]


def _record_label(conn: RawConnection, line: AgendaLine) -> str:
    """What an agenda_item row keeps about a line: never a journal entry's text."""
    if line.kind == LineKind.ITEM:
        return line.text
    if line.kind == LineKind.JOURNAL:
        row = conn.execute(
            "SELECT title, created_at, private FROM journal_entry WHERE id = ?", (line.id,)
        ).fetchone()
        if row is None:
            return journal_record_label("", line.written_on or date.today())
        return journal_record_label(str(row[0]), _day(row[1]), private=bool(row[2]))
    row = conn.execute(
        f"SELECT kind, substr(body, 1, {_LABEL_SOURCE_CHARS}) FROM feedback_note WHERE id = ?",
        (line.id,),
    ).fetchone()
    if row is None:
        return "Feedback"
    return feedback_record_label(FeedbackKind(str(row[0])), str(row[1]))


def record_labels(conn: RawConnection, lines: Sequence[AgendaLine]) -> dict[int, str]:
    """Labels for the lines at the given indexes, read before a write."""
    return {i: _record_label(conn, line) for i, line in enumerate(lines)}


# --- Writing -------------------------------------------------------------------------------


def _item(session: Session, item_id: int) -> AgendaItemRow:
    from companion.storage.models import AgendaItemRow

    row = session.get(AgendaItemRow, item_id)
    if row is None:
        raise AgendaItemNotFound(item_id)
    return row


def _anchor(session: Session, line: AgendaLine, label: str) -> AgendaItemRow:
    """The row holding the line's place, made when it has none yet."""
    from companion.storage.models import AgendaItemRow

    if line.row_id is not None:
        return _item(session, line.row_id)
    row = AgendaItemRow(
        counselor_id=line.counselor_id,
        text=label,
        position=line.position,
        important=line.important,
        status=AgendaStatus.OPEN,
        source_entry_id=line.id if line.kind == LineKind.JOURNAL else None,
        source_feedback_id=line.id if line.kind == LineKind.FEEDBACK else None,
    )
    session.add(row)
    session.flush()
    return row


def add_item(session: Session, counselor_id: int, text: str, position: int) -> int:
    from companion.storage.models import AgendaItemRow

    row = AgendaItemRow(counselor_id=counselor_id, text=text, position=position)
    session.add(row)
    session.flush()
    return row.id


def place(session: Session, lines: Sequence[AgendaLine], labels: dict[int, str]) -> list[int]:
    """Store every line's position (its index); lines without a row get one. Returns the row
    id of each line."""
    ids: list[int] = []
    for i, line in enumerate(lines):
        row = _anchor(session, line, labels.get(i, ""))
        row.position = i
        ids.append(row.id)
    session.flush()
    return ids


def set_text(session: Session, item_id: int, text: str) -> None:
    row = _item(session, item_id)
    if row.status != AgendaStatus.OPEN:
        raise AgendaItemNotFound(item_id)
    row.text = text


def set_important(session: Session, row_id: int, important: bool) -> None:
    _item(session, row_id).important = important


def set_status(session: Session, row_id: int, status: AgendaStatus) -> None:
    _item(session, row_id).status = status


def set_bring_to_session(session: Session, entry_id: int, flag: bool) -> None:
    """Set or clear an entry's "bring to my next session" flag without changing when it was
    last edited."""
    from sqlalchemy import update

    from companion.storage.models import JournalEntryRow

    session.execute(
        update(JournalEntryRow)
        .where(JournalEntryRow.id == entry_id)
        .values(bring_to_session=flag, updated_at=JournalEntryRow.updated_at)
    )


def feedback_anchor_for(session: Session, counselor_id: int, feedback_id: int) -> int | None:
    """The open or dropped row of a feedback note on a counselor's agenda."""
    from sqlalchemy import select

    from companion.storage.models import AgendaItemRow

    found = session.scalars(
        select(AgendaItemRow.id)
        .where(
            AgendaItemRow.counselor_id == counselor_id,
            AgendaItemRow.source_feedback_id == feedback_id,
            AgendaItemRow.status.in_([AgendaStatus.OPEN, AgendaStatus.DROPPED]),
        )
        .order_by(AgendaItemRow.id)
        .limit(1)
    ).first()
    return None if found is None else int(found)


def save_notes(session: Session, session_id: int, notes: SessionNotes) -> None:
    from companion.storage.models import CounselingSessionRow

    row = session.get(CounselingSessionRow, session_id)
    if row is None:
        raise SessionNotFound(session_id)
    row.takeaways = notes.takeaways
    row.to_try = notes.to_try
    row.not_right = notes.not_right


def save_after_session(
    session: Session,
    session_id: int,
    notes: SessionNotes,
    plan: AfterSessionPlan,
    labels: dict[int, str],
    *,
    mark_attended: bool,
) -> None:
    """Notes, discussed lines and (optionally) attendance, in one transaction.

    ``labels`` holds the record label of each discussed line, by its index in
    ``plan.discussed``.
    """
    from companion.storage.models import CounselingSessionRow, FeedbackNoteRow

    row = session.get(CounselingSessionRow, session_id)
    if row is None:
        raise SessionNotFound(session_id)
    row.takeaways = notes.takeaways
    row.to_try = notes.to_try
    row.not_right = notes.not_right
    if mark_attended and row.status == SessionStatus.PLANNED:
        row.status = SessionStatus.ATTENDED

    for i, line in enumerate(plan.discussed):
        item = _anchor(session, line, labels.get(i, ""))
        item.status = AgendaStatus.DISCUSSED
        item.session_id = session_id
        if line.kind == LineKind.JOURNAL:
            item.text = labels.get(i) or item.text
            set_bring_to_session(session, line.id, False)
        elif line.kind == LineKind.FEEDBACK:
            item.text = labels.get(i) or item.text
            note = session.get(FeedbackNoteRow, line.id)
            if note is not None:
                note.status = FeedbackStatus.DISCUSSED
                if note.session_id is None:
                    note.session_id = session_id
    session.flush()
