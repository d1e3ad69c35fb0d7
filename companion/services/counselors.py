"""Managing counselors. Sessions, agenda, notes, goals, feedback and check-ins belong to one
counselor; every view can be filtered by counselor."""

from __future__ import annotations

import builtins
from datetime import date

from companion.domain.counselors import Counselor, CounselorDraft
from companion.storage import counselor_store as store
from companion.storage.engine import Database

CounselorNotFound = store.CounselorNotFound


class CounselorService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self, *, include_ended: bool = True) -> builtins.list[Counselor]:
        """Active counselors first, then (optionally) ended ones."""
        with self._db.read() as conn:
            found = store.all_counselors(conn)
        return found if include_ended else [c for c in found if c.active]

    def get(self, counselor_id: int) -> Counselor:
        with self._db.read() as conn:
            return store.get(conn, counselor_id)

    def create(self, draft: CounselorDraft) -> Counselor:
        clean = draft.validated()
        with self._db.session() as s:
            new_id = store.save(s, clean)
        return self.get(new_id)

    def update(self, counselor_id: int, draft: CounselorDraft) -> Counselor:
        clean = draft.validated()
        with self._db.session() as s:
            store.save(s, clean, counselor_id)
        return self.get(counselor_id)

    def end(self, counselor_id: int, on: date | None = None) -> Counselor:
        """Mark the work with this counselor as ended (kept, with all its history)."""
        current = self.get(counselor_id)
        draft = current.draft()
        ended = on or date.today()
        if draft.started_on and ended < draft.started_on:
            ended = draft.started_on
        return self.update(
            counselor_id,
            CounselorDraft(**{**draft.__dict__, "active": False, "ended_on": ended}),
        )

    def reactivate(self, counselor_id: int) -> Counselor:
        draft = self.get(counselor_id).draft()
        return self.update(
            counselor_id, CounselorDraft(**{**draft.__dict__, "active": True, "ended_on": None})
        )

    def delete(self, counselor_id: int) -> None:
        """Delete a counselor with their sessions, agenda and check-ins (goals and feedback
        notes are kept, without a counselor). The UI asks first."""
        with self._db.session() as s:
            store.delete(s, counselor_id)
