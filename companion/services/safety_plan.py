"""The safety plan: one page the client writes for hard moments. Never searched, never
exported unless the client explicitly includes it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from companion.domain.safety_plan import SafetyPlan
from companion.storage import safety_plan_store as store
from companion.storage.engine import Database


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class SafetyPlanService:
    def __init__(self, db: Database, clock: Callable[[], datetime] = _now) -> None:
        self._db = db
        self._clock = clock

    def get(self) -> SafetyPlan:
        """The plan (empty until first saved)."""
        with self._db.read() as conn:
            return store.get(conn)

    def save(self, plan: SafetyPlan) -> SafetyPlan:
        """Store the plan as given (trailing white space trimmed); returns what is stored."""
        clean = plan.validated()
        with self._db.session() as s:
            store.save(s, clean, self._clock())
        return self.get()
