from __future__ import annotations

from companion.domain.journal import MATCH_START, EntryDraft
from companion.domain.search import HitKind
from companion.services.profile import UnlockedProfile
from companion.services.search import SearchService


def _seed_notes(profile: UnlockedProfile) -> None:
    counselor = profile.counselors.create(
        __import__("companion.domain.counselors", fromlist=["CounselorDraft"]).CounselorDraft(
            name="Dana"
        )
    )
    with profile._require_db().read() as conn:  # tables of later areas, written directly
        conn.execute(
            "INSERT INTO counseling_session (id, counselor_id, starts_at, time_zone, takeaways, "
            "to_try, not_right, created_at, updated_at) VALUES (1, ?, '2026-02-03 16:00:00', "
            "'UTC', 'practice saying no', '', '', '2026-02-03 18:00:00', "
            "'2026-02-03 18:00:00')",
            (counselor.id,),
        )
        conn.execute(
            "INSERT INTO agenda_item (counselor_id, text, created_at) "
            "VALUES (?, 'saying no to my manager', '2026-02-01 09:00:00')",
            (counselor.id,),
        )
        conn.execute(
            "INSERT INTO feedback_note (kind, status, body, created_at, updated_at) "
            "VALUES ('request', 'draft', 'more time for saying things', "
            "'2026-02-04 09:00:00', '2026-02-04 09:00:00')"
        )


def test_one_search_finds_every_kind(profile: UnlockedProfile) -> None:
    profile.journal.create(EntryDraft(title="Work", body="I keep saying yes when I mean no."))
    _seed_notes(profile)
    hits = profile.service(SearchService).everything("saying")
    kinds = [h.kind for h in hits]
    assert kinds[0] is HitKind.JOURNAL
    assert set(kinds) == {HitKind.JOURNAL, HitKind.AGENDA, HitKind.SESSION_NOTES, HitKind.FEEDBACK}
    assert all(MATCH_START in h.snippet for h in hits)
    agenda = next(h for h in hits if h.kind is HitKind.AGENDA)
    assert agenda.counselor_name == "Dana"


def test_nothing_to_search_for(profile: UnlockedProfile) -> None:
    assert profile.service(SearchService).everything("  ") == []
    assert profile.service(SearchService).everything("zebra") == []
