from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from companion.domain.journal import (
    MATCH_END,
    MATCH_START,
    EntryDraft,
    EntryFilter,
    InvalidEntry,
)
from companion.services.journal import EntryNotFound, JournalService
from companion.services.profile import UnlockedProfile


@pytest.fixture
def journal(profile: UnlockedProfile) -> JournalService:
    return profile.journal


def test_create_read_update(journal: JournalService) -> None:
    e = journal.create(
        EntryDraft(
            title="First",
            body="Hello *there*",
            mood=6,
            tags=("Work", "sleep"),
            bring_to_session=True,
        )
    )
    got = journal.get(e.id)
    assert (got.title, got.body, got.mood, got.tags, got.bring_to_session, got.private) == (
        "First",
        "Hello *there*",
        6,
        ("sleep", "work"),
        True,
        False,
    )
    updated = journal.update(
        e.id, EntryDraft(title="First", body="Changed", mood=None, tags=("work",), private=True)
    )
    assert journal.get(e.id) == updated
    assert updated.mood is None and updated.private and updated.tags == ("work",)
    assert updated.created_at == e.created_at


def test_unused_tags_disappear(journal: JournalService) -> None:
    e = journal.create(EntryDraft(body="x", tags=("alpha", "beta")))
    assert journal.tags() == ["alpha", "beta"]
    journal.update(e.id, EntryDraft(body="x", tags=("beta",)))
    assert journal.tags() == ["beta"]


def test_tags_are_case_insensitive_and_shared(journal: JournalService) -> None:
    journal.create(EntryDraft(body="a", tags=("Family",)))
    journal.create(EntryDraft(body="b", tags=("family",)))
    assert journal.tags() == ["family"]


def test_invalid_entry_is_refused_and_nothing_is_written(journal: JournalService) -> None:
    with pytest.raises(InvalidEntry):
        journal.create(EntryDraft(body="x", mood=11))
    assert journal.count() == 0


def test_delete_and_undo_restore_everything(journal: JournalService) -> None:
    e = journal.create(EntryDraft(title="T", body="B", mood=2, tags=("t",), private=True))
    removed = journal.delete(e.id)
    assert removed == e
    with pytest.raises(EntryNotFound):
        journal.get(e.id)
    assert journal.tags() == []
    restored = journal.undo_delete(removed)
    assert restored == e
    assert journal.get(e.id) == e
    assert [s.id for s in journal.list(EntryFilter(text="B"))] == [e.id]


def _seed(journal: JournalService, n: int, start: datetime) -> None:
    journal.add_many(
        (
            start + timedelta(days=i),
            EntryDraft(
                title=f"Day {i}",
                body=f"entry number {i}",
                tags=("even",) if i % 2 == 0 else ("odd",),
                bring_to_session=i % 5 == 0,
            ),
        )
        for i in range(n)
    )


def test_list_is_newest_first_and_pages(journal: JournalService) -> None:
    _seed(journal, 30, datetime(2025, 1, 1, 12))
    first = journal.list(EntryFilter(), offset=0, limit=10)
    second = journal.list(EntryFilter(), offset=10, limit=10)
    assert [s.title for s in first][:2] == ["Day 29", "Day 28"]
    assert second[0].title == "Day 19"
    times = [s.created_at for s in first + second]
    assert times == sorted(times, reverse=True)


def test_filters_by_tag_dates_and_flag(journal: JournalService) -> None:
    _seed(journal, 20, datetime(2025, 1, 1, 12))
    odd = journal.list(EntryFilter(tags=("ODD",)))
    assert len(odd) == 10 and all("odd" in s.tags for s in odd)
    jan = journal.list(EntryFilter(date_from=date(2025, 1, 3), date_to=date(2025, 1, 5)))
    assert [s.title for s in jan] == ["Day 4", "Day 3", "Day 2"]
    flagged = journal.list(EntryFilter(flagged_only=True))
    assert [s.title for s in flagged] == ["Day 15", "Day 10", "Day 5", "Day 0"]


def test_search_matches_prefix_of_last_word_and_highlights(journal: JournalService) -> None:
    journal.create(EntryDraft(title="Hard talk", body="I spoke with my sister about money."))
    journal.create(EntryDraft(body="Nothing to see here."))
    hits = journal.list(EntryFilter(text="sis"))
    assert len(hits) == 1
    assert f"{MATCH_START}sister{MATCH_END}" in (hits[0].highlighted or "")
    title_hits = journal.list(EntryFilter(text="talk"))
    assert title_hits[0].highlighted_title == f"Hard {MATCH_START}talk{MATCH_END}"
    assert [h.id for h in journal.list(EntryFilter(text="sister money"))] == [hits[0].id]
    assert journal.list(EntryFilter(text="sister nothing")) == []


def test_search_ignores_accents_and_case(journal: JournalService) -> None:
    journal.create(EntryDraft(body="Un café très calme"))
    assert len(journal.list(EntryFilter(text="CAFE tres"))) == 1


@pytest.mark.parametrize("query", ['"', "AND", "NEAR(", "*", "a OR", "-x", "col:val", "^", "'"])
def test_search_treats_operators_as_plain_text(journal: JournalService, query: str) -> None:
    journal.create(EntryDraft(body="plain words"))
    journal.list(EntryFilter(text=query))  # must not raise


def test_search_combines_with_filters(journal: JournalService) -> None:
    _seed(journal, 10, datetime(2025, 1, 1, 12))
    hits = journal.list(EntryFilter(text="entry", tags=("even",)))
    assert len(hits) == 5


def test_search_covers_updated_and_not_deleted_text(journal: JournalService) -> None:
    e = journal.create(EntryDraft(body="original wording"))
    journal.update(e.id, EntryDraft(body="revised wording"))
    assert journal.list(EntryFilter(text="original")) == []
    assert len(journal.list(EntryFilter(text="revised"))) == 1
    journal.delete(e.id)
    assert journal.list(EntryFilter(text="revised")) == []


def test_add_many_is_all_or_nothing(journal: JournalService) -> None:
    items = [
        (datetime(2025, 1, 1), EntryDraft(body="ok")),
        (datetime(2025, 1, 2), EntryDraft(body="bad", mood=12)),
    ]
    with pytest.raises(InvalidEntry):
        journal.add_many(items)
    assert journal.count() == 0
