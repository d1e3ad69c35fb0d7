"""The safety plan: one row with id 1, read with plain SQL and written through the ORM."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from companion.domain.safety_plan import SECTIONS, SafetyPlan
from companion.storage.sqlcipher import RawConnection

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

PLAN_ID = 1


def get(conn: RawConnection) -> SafetyPlan:
    """The stored plan, or an empty one if none was saved yet."""
    row = conn.execute(
        f"SELECT {', '.join(SECTIONS)}, updated_at FROM safety_plan WHERE id = ?", (PLAN_ID,)
    ).fetchone()
    if row is None:
        return SafetyPlan()
    values = tuple(row)
    stamp = values[len(SECTIONS)]
    return SafetyPlan(
        **{name: str(values[i]) for i, name in enumerate(SECTIONS)},
        updated_at=None if stamp is None else datetime.fromisoformat(str(stamp)),
    )


def save(session: Session, plan: SafetyPlan, now: datetime) -> None:
    from companion.storage.models import SafetyPlanRow

    row = session.get(SafetyPlanRow, PLAN_ID)
    if row is None:
        row = SafetyPlanRow(id=PLAN_ID)
        session.add(row)
    for name in SECTIONS:
        setattr(row, name, getattr(plan, name))
    row.updated_at = now
