"""Sessions with a counselor: planning them one by one or as a recurring schedule, marking
what became of them, importing them from a calendar file, and the queries other areas use
(the next session, the last one attended, a period of time)."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from companion.domain.enums import SessionMode, SessionStatus
from companion.domain.errors import InvalidInput
from companion.domain.sessions import (
    Appointment,
    ImportPreview,
    Schedule,
    Series,
    Session,
    SessionDraft,
    check_status_change,
)
from companion.domain.wording import tr
from companion.services import ics_import
from companion.storage import counselor_store
from companion.storage import session_store as store
from companion.storage.engine import Database

SessionNotFound = store.SessionNotFound
SeriesNotFound = store.SeriesNotFound

UPCOMING_LIMIT = 50
PAST_LIMIT = 200


def _now() -> datetime:
    return datetime.now(UTC)


class SessionService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- queries ------------------------------------------------------------------------------

    def get(self, session_id: int) -> Session:
        with self._db.read() as conn:
            return store.get(conn, session_id)

    def upcoming(
        self,
        counselor_id: int | None,
        now: datetime,
        limit: int = UPCOMING_LIMIT,
        *,
        include_cancelled: bool = False,
    ) -> builtins.list[Session]:
        """Planned sessions not over yet (one going on now included), soonest first; with
        ``include_cancelled`` also the cancelled ones still ahead."""
        with self._db.read() as conn:
            return store.upcoming(
                conn, now, counselor_id, limit, include_cancelled=include_cancelled
            )

    def past(
        self, counselor_id: int | None, now: datetime, limit: int = PAST_LIMIT
    ) -> builtins.list[Session]:
        """Sessions that are over or already marked attended or missed, newest first:
        everything ``upcoming(..., include_cancelled=True)`` does not list."""
        with self._db.read() as conn:
            return store.past(conn, now, counselor_id, limit)

    def next_session(self, counselor_id: int | None, now: datetime) -> Session | None:
        """The next planned session (or the one going on now); cancelled ones do not count."""
        found = self.upcoming(counselor_id, now, limit=1)
        return found[0] if found else None

    def last_attended(self, counselor_id: int | None, now: datetime) -> Session | None:
        with self._db.read() as conn:
            return store.last_attended(conn, now, counselor_id)

    def list_between(
        self, start: datetime, end: datetime, counselor_id: int | None = None
    ) -> builtins.list[Session]:
        """Sessions starting in [start, end), any status, in time order."""
        with self._db.read() as conn:
            return store.between(conn, start, end, counselor_id)

    def count(self, counselor_id: int | None = None) -> int:
        """How many sessions there are (with one counselor, or in all)."""
        with self._db.read() as conn:
            return store.count(conn, counselor_id)

    def get_series(self, series_id: int) -> Series:
        with self._db.read() as conn:
            return store.get_series(conn, series_id)

    # -- planning -----------------------------------------------------------------------------

    def _check_counselor(self, counselor_id: int) -> None:
        with self._db.read() as conn:
            try:
                counselor_store.get(conn, counselor_id)
            except counselor_store.CounselorNotFound as exc:
                raise InvalidInput(
                    tr(
                        "services.sessions",
                        "This counselor is no longer in Companion. Please choose another one.",
                    )
                ) from exc

    def plan(self, draft: SessionDraft) -> Session:
        """Add one planned session."""
        clean = draft.validated()
        self._check_counselor(clean.counselor_id)
        with self._db.read() as conn:
            if store.clashes(conn, clean.counselor_id, clean.starts_at):
                raise InvalidInput(
                    tr(
                        "services.sessions",
                        "There is already a session with this counselor at that time.",
                    )
                )
        with self._db.session() as s:
            new_id = store.add(s, clean)
        return self.get(new_id)

    def reschedule(self, session_id: int, draft: SessionDraft) -> Session:
        """Move a session to a new time (its length and way of meeting may change too); it is
        planned again, even if it had been cancelled. The counselor stays the same."""
        current = self.get(session_id)
        clean = SessionDraft(
            counselor_id=current.counselor_id,
            starts_at=draft.starts_at,
            time_zone=draft.time_zone,
            duration_minutes=draft.duration_minutes,
            mode=draft.mode,
        ).validated()
        with self._db.read() as conn:
            if store.clashes(conn, current.counselor_id, clean.starts_at, except_id=session_id):
                raise InvalidInput(
                    tr(
                        "services.sessions",
                        "There is already a session with this counselor at that time.",
                    )
                )
        with self._db.session() as s:
            store.move(s, session_id, clean)
        return self.get(session_id)

    def mark(self, session_id: int, status: SessionStatus, now: datetime | None = None) -> Session:
        """Mark a session attended, cancelled or missed (or planned again)."""
        status = SessionStatus(status)
        check_status_change(self.get(session_id), status, now or _now())
        with self._db.session() as s:
            store.set_status(s, session_id, status)
        return self.get(session_id)

    def delete(self, session_id: int) -> None:
        """Delete one session (the UI asks first)."""
        with self._db.session() as s:
            store.delete(s, session_id)

    # -- recurring schedules ------------------------------------------------------------------

    def create_schedule(self, schedule: Schedule) -> tuple[Series, builtins.list[Session]]:
        """Store the rule and add its sessions in one step. A time at which a session with
        this counselor already exists is left out (so nothing is planned twice)."""
        clean = schedule.validated()
        self._check_counselor(clean.counselor_id)
        starts = clean.occurrences()
        with self._db.read() as conn:
            free = [t for t in starts if not store.clashes(conn, clean.counselor_id, t)]
        with self._db.session() as s:
            series_id = store.add_series(s, clean)
            added = [
                store.add(
                    s,
                    SessionDraft(
                        clean.counselor_id,
                        moment,
                        clean.time_zone,
                        clean.duration_minutes,
                        clean.mode,
                    ),
                    series_id=series_id,
                )
                for moment in free
            ]
        return Series(series_id, clean), self._get_many(added)

    def _get_many(self, ids: builtins.list[int]) -> builtins.list[Session]:
        with self._db.read() as conn:
            return [store.get(conn, i) for i in ids]

    def stop_schedule(self, series_id: int, from_moment: datetime | None = None) -> int:
        """End a schedule: its planned sessions from ``from_moment`` (default now) go, the
        earlier ones stay. Returns how many sessions were deleted."""
        with self._db.session() as s:
            return store.stop_series(s, series_id, from_moment or _now())

    # -- importing a calendar file ------------------------------------------------------------

    def preview_import(self, data: bytes, *, local_zone: str, now: datetime) -> ImportPreview:
        """What importing this calendar file would add; appointments imported before are
        marked (and will be skipped). Raises ``CalendarFileProblem`` for a bad file."""
        preview = ics_import.parse_calendar(data, local_zone=local_zone, now=now)
        with self._db.read() as conn:
            taken = store.imported_keys(conn, (a.key for a in preview.appointments))
        return preview.marking(taken)

    def preview_import_file(self, path: Path, *, local_zone: str, now: datetime) -> ImportPreview:
        """:meth:`preview_import` for a file on disk (refusing what cannot be a calendar)."""
        return self.preview_import(
            ics_import.read_calendar_file(path), local_zone=local_zone, now=now
        )

    def import_appointments(
        self,
        counselor_id: int,
        appointments: Iterable[Appointment],
        *,
        time_zone: str,
        mode: SessionMode = SessionMode.IN_PERSON,
    ) -> builtins.list[Session]:
        """Add the appointments as planned sessions with one counselor, all in one
        transaction; those imported before are skipped. Returns the sessions added."""
        chosen = list(appointments)
        drafts = [
            (
                a.key,
                SessionDraft(
                    counselor_id, a.starts_at, time_zone, a.duration_minutes, mode
                ).validated(),
            )
            for a in chosen
        ]
        self._check_counselor(counselor_id)
        added: builtins.list[int] = []
        with self._db.session() as s:
            taken = store.keys_taken(s, (key for key, _draft in drafts))
            for key, draft in drafts:
                if key in taken:
                    continue
                taken.add(key)
                added.append(store.add(s, draft, ics_uid=key))
        return self._get_many(added)
