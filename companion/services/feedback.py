"""Feedback for the counselor: notes drafted in private and shared when the client is ready.

Notes marked *ready to share* join the agenda of the next session (the agenda reads
``feedback_note.status = 'ready'``).
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable
from datetime import datetime

from companion.domain.enums import FeedbackKind, FeedbackStatus
from companion.domain.errors import InvalidInput
from companion.domain.feedback import OPEN_STATUSES, FeedbackDraft, FeedbackNote
from companion.domain.goals import SessionRef
from companion.domain.wording import tr
from companion.storage import feedback_store as store
from companion.storage import goal_store
from companion.storage.engine import Database

FeedbackNotFound = store.FeedbackNotFound


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class FeedbackService:
    """The feedback notes of one unlocked profile."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = _now) -> None:
        self._db = db
        self._clock = clock

    # -- reading ----------------------------------------------------------------------------

    def list(
        self, counselor_id: int | None = None, status: FeedbackStatus | None = None
    ) -> builtins.list[FeedbackNote]:
        """Newest change first; with a counselor, theirs and notes for no one in particular."""
        statuses = () if status is None else (FeedbackStatus(status),)
        with self._db.read() as conn:
            return store.list_notes(conn, counselor_id, statuses)

    def open_notes(self, counselor_id: int | None = None) -> builtins.list[FeedbackNote]:
        """Drafts and notes ready to share."""
        with self._db.read() as conn:
            return store.list_notes(conn, counselor_id, OPEN_STATUSES)

    def get(self, note_id: int) -> FeedbackNote:
        with self._db.read() as conn:
            return store.get(conn, note_id)

    def sessions(
        self, counselor_id: int | None = None, *, limit: int = 40
    ) -> builtins.list[SessionRef]:
        """Sessions a note can be about (not cancelled or missed), newest first."""
        with self._db.read() as conn:
            return store.session_refs(conn, counselor_id, limit=limit)

    # -- writing ----------------------------------------------------------------------------

    def _check_links(self, draft: FeedbackDraft) -> None:
        with self._db.read() as conn:
            if draft.session_id is not None and store.session_ref(conn, draft.session_id) is None:
                raise InvalidInput(
                    tr(
                        "services.feedback",
                        "That session is no longer in Companion. Please choose again.",
                    )
                )
            if draft.counselor_id is not None and not goal_store.counselor_exists(
                conn, draft.counselor_id
            ):
                raise InvalidInput(
                    tr(
                        "services.feedback",
                        "That counselor is no longer in Companion. Please choose again.",
                    )
                )

    def create(self, draft: FeedbackDraft) -> FeedbackNote:
        clean = draft.validated()
        self._check_links(clean)
        with self._db.session() as s:
            new_id = store.save(s, clean, self._clock())
        return self.get(new_id)

    def update(self, note_id: int, draft: FeedbackDraft) -> FeedbackNote:
        clean = draft.validated()
        self._check_links(clean)
        with self._db.session() as s:
            store.save(s, clean, self._clock(), note_id)
        return self.get(note_id)

    def set_status(self, note_id: int, status: FeedbackStatus) -> FeedbackNote:
        try:
            chosen = FeedbackStatus(status)
        except ValueError:
            raise InvalidInput(
                tr("services.feedback", "Please choose one of the options offered.")
            ) from None
        with self._db.session() as s:
            store.set_status(s, note_id, chosen, self._clock())
        return self.get(note_id)

    def mark_shared(self, note_ids: Iterable[int]) -> int:
        """Mark the notes as shared (a summary that includes them went to the counselor), in
        one unit of work: all of them, or none when one no longer exists
        (:class:`FeedbackNotFound`). Returns how many were marked."""
        chosen = builtins.list(dict.fromkeys(note_ids))
        if not chosen:
            return 0
        now = self._clock()
        with self._db.session() as s:
            for note_id in chosen:
                store.set_status(s, note_id, FeedbackStatus.SHARED, now)
        return len(chosen)

    def delete(self, note_id: int) -> None:
        """Delete a note (an agenda item made from it stays). The UI asks first."""
        with self._db.session() as s:
            store.delete(s, note_id)

    def draft_from(
        self,
        text: str,
        kind: FeedbackKind,
        counselor_id: int | None = None,
        session_id: int | None = None,
    ) -> FeedbackNote:
        """Start a private draft from ``text`` (for example after a check-in rating
        dropped, linked to that session), for the client to finish in the feedback area."""
        return self.create(
            FeedbackDraft(kind=kind, body=text, counselor_id=counselor_id, session_id=session_id)
        )
