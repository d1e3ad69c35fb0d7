"""Relationship check-ins after sessions, and the gentle signal when a rating is low or lower
than usual (see :mod:`companion.domain.checkins`)."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from companion.domain.checkins import (
    DEFAULT_NUDGE_DAYS,
    RECENT_DAYS,
    CheckIn,
    CheckInDraft,
    Signal,
    clamp_nudge_days,
    feedback_text,
    signals,
)
from companion.domain.enums import FeedbackKind, SessionStatus
from companion.domain.errors import InvalidInput
from companion.domain.feedback import FeedbackNote
from companion.domain.sessions import Session
from companion.domain.wording import tr
from companion.services.feedback import FeedbackService
from companion.storage import checkin_store as store
from companion.storage import session_store
from companion.storage.engine import Database

CheckInNotFound = store.CheckInNotFound

#: What a session may be for a check-in: attended, or planned and already started (not yet
#: marked; the client may check in straight after it).
_CAN_CHECK_IN = (SessionStatus.ATTENDED, SessionStatus.PLANNED)


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.astimezone()


class CheckInService:
    """The check-ins of one unlocked profile."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = _now) -> None:
        self._db = db
        self._clock = clock

    # -- reading ----------------------------------------------------------------------------

    def get(self, checkin_id: int) -> CheckIn:
        with self._db.read() as conn:
            return store.get(conn, checkin_id)

    def for_session(self, session_id: int) -> CheckIn | None:
        with self._db.read() as conn:
            return store.for_session(conn, session_id)

    def history(
        self, counselor_id: int | None = None, since: datetime | None = None
    ) -> builtins.list[CheckIn]:
        """Check-ins oldest first (by the start of their session, or when they were made if
        the session is gone); ``since`` (naive means local time) leaves out earlier ones."""
        with self._db.read() as conn:
            found = store.all_for(conn, counselor_id)
        if since is not None:
            start = _aware(since)
            found = [c for c in found if c.moment >= start]
        return sorted(found, key=lambda c: (c.moment, c.id))

    def signals_for(self, checkin_id: int, threshold: int) -> builtins.list[Signal]:
        """What is worth a gentle word about this check-in, against the client's own earlier
        check-ins with the same counselor."""
        current = self.get(checkin_id)
        return signals(current, self.history(current.counselor_id), threshold)

    def sessions_without_checkin(
        self, counselor_id: int | None = None, limit: int = 5, *, since: datetime | None = None
    ) -> builtins.list[Session]:
        """Attended sessions that have no check-in yet, newest first; ``since`` (naive means
        local time) leaves out those that started before it."""
        with self._db.read() as conn:
            ids = store.attended_without_checkin(
                conn, counselor_id, limit, None if since is None else _aware(since)
            )
            return [session_store.get(conn, i) for i in ids]

    def recent_without_checkin(
        self, counselor_id: int | None = None, limit: int = 12, *, now: datetime | None = None
    ) -> builtins.list[Session]:
        """The sessions the client may pick for a check-in: attended in the last
        :data:`~companion.domain.checkins.RECENT_DAYS` days, with any counselor, without a
        check-in yet; newest first."""
        moment = _aware(now or self._clock())
        return self.sessions_without_checkin(
            counselor_id, limit, since=moment - timedelta(days=RECENT_DAYS)
        )

    def nudges(
        self,
        within_days: int = DEFAULT_NUDGE_DAYS,
        counselor_id: int | None = None,
        *,
        now: datetime | None = None,
    ) -> builtins.list[Session]:
        """The sessions to offer a check-in for (Home, Ctrl+K, after the notes): for each
        counselor the client still sees, only the latest attended session, only while it is
        at most ``within_days`` days old, and only while it has no check-in; newest first."""
        moment = _aware(now or self._clock())
        since = moment - timedelta(days=clamp_nudge_days(within_days))
        with self._db.read() as conn:
            ids = store.latest_attended_to_nudge(conn, moment, since, counselor_id)
            return [session_store.get(conn, i) for i in ids]

    # -- writing ----------------------------------------------------------------------------

    def _session_for(self, session_id: int) -> Session:
        with self._db.read() as conn:
            try:
                found = session_store.get(conn, session_id)
            except session_store.SessionNotFound:
                raise InvalidInput(
                    tr(
                        "services.checkins",
                        "That session is no longer in Companion, so there is nothing to check "
                        "in on.",
                    )
                ) from None
        if found.status not in _CAN_CHECK_IN or found.starts_at > datetime.now(UTC):
            raise InvalidInput(
                tr("services.checkins", "A check-in is for a session that has already taken place.")
            )
        return found

    def save(self, draft: CheckInDraft) -> CheckIn:
        """Create the check-in of the draft's session, or update the one it has (one
        transaction). Bad input raises :class:`InvalidInput` and writes nothing."""
        clean = draft.validated()
        about = self._session_for(clean.session_id)
        with self._db.session() as s:
            new_id = store.save(
                s,
                counselor_id=about.counselor_id,
                session_id=about.id,
                ratings={k: v for k, v in clean.ratings.items() if v is not None},
                comment=clean.comment,
                now=self._clock(),
            )
        return self.get(new_id)

    def delete(self, checkin_id: int) -> None:
        """Delete a check-in and its ratings (the UI asks first)."""
        with self._db.session() as s:
            store.delete(s, checkin_id)

    def draft_feedback_for(
        self, found: Sequence[Signal], session: Session, text: str | None = None
    ) -> FeedbackNote:
        """A private draft concern about the session, for its counselor, naming what dropped,
        for the client to finish in Feedback. ``text`` replaces the English wording (the UI passes
        its translation)."""
        if not found:
            raise InvalidInput(
                tr("services.checkins", "There is nothing to write about in this check-in.")
            )
        body = text or feedback_text(found, session.day_here)
        return FeedbackService(self._db).draft_from(
            body, FeedbackKind.CONCERN, counselor_id=session.counselor_id, session_id=session.id
        )
