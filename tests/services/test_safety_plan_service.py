"""The safety plan on a real encrypted profile."""

from __future__ import annotations

from datetime import datetime

import pytest

from companion.domain.errors import InvalidInput
from companion.domain.safety_plan import SECTION_MAX, SafetyPlan
from companion.services.profile import UnlockedProfile
from companion.services.safety_plan import SafetyPlanService


def test_empty_until_saved_then_one_row(profile: UnlockedProfile) -> None:
    svc = profile.service(SafetyPlanService)
    empty = svc.get()
    assert empty.is_empty() and empty.updated_at is None
    saved = svc.save(SafetyPlan(warning_signs="Not sleeping  \n", people="Sam: 0123"))
    assert saved.warning_signs == "Not sleeping"
    assert isinstance(saved.updated_at, datetime)
    again = svc.save(SafetyPlan(warning_signs="Not sleeping", crisis_contacts="112"))
    assert (again.people, again.crisis_contacts) == ("", "112")
    assert svc.get().same_text(again)


def test_too_long_is_refused_and_nothing_changes(profile: UnlockedProfile) -> None:
    svc = profile.service(SafetyPlanService)
    svc.save(SafetyPlan(what_helps="A walk"))
    with pytest.raises(InvalidInput, match="at most"):
        svc.save(SafetyPlan(what_helps="x" * (SECTION_MAX + 1)))
    assert svc.get().what_helps == "A walk"
