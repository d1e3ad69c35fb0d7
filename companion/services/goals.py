"""Expectations of counseling and goals, and how close the client feels to them over time."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from datetime import date, datetime

from companion.domain.errors import InvalidInput
from companion.domain.goals import (
    Goal,
    GoalDraft,
    ProgressRating,
    SessionRef,
    validate_progress_note,
    validate_rating,
    validate_rating_date,
)
from companion.domain.wording import tr
from companion.storage import goal_store as store
from companion.storage.engine import Database

GoalNotFound = store.GoalNotFound
ProgressNotFound = store.ProgressNotFound


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class GoalService:
    """Expectations and goals of one unlocked profile."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = _now) -> None:
        self._db = db
        self._clock = clock

    # -- reading ----------------------------------------------------------------------------

    def list(
        self, counselor_id: int | None = None, include_closed: bool = True
    ) -> builtins.list[Goal]:
        """Open ones first, expectations before goals. With a counselor: theirs and the ones
        not tied to any counselor."""
        with self._db.read() as conn:
            return store.list_goals(conn, counselor_id, include_closed=include_closed)

    def get(self, goal_id: int) -> Goal:
        with self._db.read() as conn:
            return store.get(conn, goal_id)

    def history(self, goal_id: int) -> builtins.list[ProgressRating]:
        """The goal's progress ratings, oldest first."""
        with self._db.read() as conn:
            store.get(conn, goal_id)
            return store.history(conn, goal_id)

    def touched_since(self, moment: datetime) -> builtins.list[Goal]:
        """Goals created, changed or rated at or after ``moment`` (local time)."""
        with self._db.read() as conn:
            return store.touched_since(conn, moment)

    def sessions(
        self, counselor_id: int | None = None, *, limit: int = 40
    ) -> builtins.list[SessionRef]:
        """Sessions a rating can be linked to (not cancelled or missed), newest first."""
        with self._db.read() as conn:
            return store.session_refs(conn, counselor_id, limit=limit)

    # -- writing ----------------------------------------------------------------------------

    def _check_counselor(self, draft: GoalDraft) -> None:
        if draft.counselor_id is None:
            return
        with self._db.read() as conn:
            if not store.counselor_exists(conn, draft.counselor_id):
                raise InvalidInput(
                    tr(
                        "services.goals",
                        "That counselor is no longer in Companion. Please choose again.",
                    )
                )

    def create(self, draft: GoalDraft) -> Goal:
        clean = draft.validated()
        self._check_counselor(clean)
        with self._db.session() as s:
            new_id = store.save(s, clean, self._clock())
        return self.get(new_id)

    def update(self, goal_id: int, draft: GoalDraft) -> Goal:
        clean = draft.validated()
        self._check_counselor(clean)
        with self._db.session() as s:
            store.save(s, clean, self._clock(), goal_id)
        return self.get(goal_id)

    def delete(self, goal_id: int) -> None:
        """Delete a goal and its ratings. The UI asks first."""
        with self._db.session() as s:
            store.delete(s, goal_id)

    def add_progress(
        self,
        goal_id: int,
        rating: int,
        on: date | None = None,
        session_id: int | None = None,
        note: str = "",
    ) -> ProgressRating:
        """Record how close the client feels, 0-10. Dated ``on``, else the day of the linked
        session, else today."""
        rating = validate_rating(rating)
        note = validate_progress_note(note)
        now = self._clock()
        today = now.date()
        if session_id is not None:
            with self._db.read() as conn:
                linked = store.session_ref(conn, session_id)
            if linked is None:
                raise InvalidInput(
                    tr(
                        "services.goals",
                        "That session is no longer in Companion. Please choose again.",
                    )
                )
            if on is None:
                on = min(linked.local_date, today)
        rated_on = validate_rating_date(on or today, today)
        with self._db.session() as s:
            new_id = store.add_progress(s, goal_id, rated_on, rating, session_id, note, now)
        with self._db.read() as conn:
            return store.get_progress(conn, new_id)

    def delete_progress(self, progress_id: int) -> ProgressRating:
        """Delete a rating; returns it so that the client can undo."""
        with self._db.read() as conn:
            rating = store.get_progress(conn, progress_id)
        with self._db.session() as s:
            store.delete_progress(s, progress_id, self._clock())
        return rating

    def restore_progress(self, rating: ProgressRating) -> ProgressRating:
        """Put back a rating returned by :meth:`delete_progress` (its session link is
        dropped if that session was deleted meanwhile)."""
        session_id = rating.session_id
        with self._db.read() as conn:
            store.get(conn, rating.goal_id)
            if session_id is not None and store.session_ref(conn, session_id) is None:
                session_id = None
        with self._db.session() as s:
            new_id = store.add_progress(
                s,
                rating.goal_id,
                rating.rated_on,
                validate_rating(rating.rating),
                session_id,
                rating.note,
                self._clock(),
            )
        with self._db.read() as conn:
            return store.get_progress(conn, new_id)
