from __future__ import annotations

from datetime import date

import pytest

from companion.domain.counselors import CounselorDraft
from companion.domain.enums import CounselorKind
from companion.domain.errors import InvalidInput
from companion.services.counselors import CounselorNotFound
from companion.services.profile import UnlockedProfile


def test_create_update_list_end_and_reactivate(profile: UnlockedProfile) -> None:
    svc = profile.counselors
    a = svc.create(CounselorDraft(name="  Dana   Reyes ", practice="Riverside Practice"))
    b = svc.create(
        CounselorDraft(name="Alex", kind=CounselorKind.COUPLES, started_on=date(2026, 1, 5))
    )
    assert a.name == "Dana Reyes" and a.label == "Dana Reyes (Riverside Practice)"
    assert [c.name for c in svc.list()] == ["Alex", "Dana Reyes"]
    ended = svc.end(b.id, date(2026, 6, 1))
    assert not ended.active and ended.ended_on == date(2026, 6, 1)
    assert [c.name for c in svc.list()] == ["Dana Reyes", "Alex"]
    assert [c.name for c in svc.list(include_ended=False)] == ["Dana Reyes"]
    again = svc.reactivate(b.id)
    assert again.active and again.ended_on is None
    updated = svc.update(a.id, CounselorDraft(name="Dana", kind=CounselorKind.FAMILY))
    assert (updated.name, updated.kind, updated.practice) == ("Dana", CounselorKind.FAMILY, "")


def test_bad_input_is_refused_with_a_message(profile: UnlockedProfile) -> None:
    svc = profile.counselors
    with pytest.raises(InvalidInput, match="name"):
        svc.create(CounselorDraft(name="   "))
    with pytest.raises(InvalidInput, match="before"):
        svc.create(CounselorDraft(name="X", started_on=date(2026, 2, 1), ended_on=date(2026, 1, 1)))
    assert svc.list() == []


def test_delete_and_missing(profile: UnlockedProfile) -> None:
    svc = profile.counselors
    c = svc.create(CounselorDraft(name="Sam"))
    svc.delete(c.id)
    with pytest.raises(CounselorNotFound):
        svc.get(c.id)
    with pytest.raises(CounselorNotFound):
        svc.delete(c.id)


def test_service_lookup_is_cached_per_profile(profile: UnlockedProfile) -> None:
    from companion.services.counselors import CounselorService

    assert profile.service(CounselorService) is profile.service(CounselorService)
