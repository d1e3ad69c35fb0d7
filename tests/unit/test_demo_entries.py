from collections import Counter
from datetime import date

import pytest

from companion.services.demo import MAX_ENTRIES_PER_DAY, generate_entries

END = date(2026, 11, 25)


def test_one_entry_a_day_by_default_with_some_days_skipped() -> None:
    entries = list(generate_entries(365, end=END))
    per_day = Counter(at.date() for at, _draft in entries)
    assert set(per_day.values()) == {1}
    assert 290 <= len(entries) <= 350  # about 12% of the days are skipped


def test_several_entries_a_day_at_distinct_times_in_order() -> None:
    entries = list(generate_entries(365, end=END, per_day=3))
    days = Counter(at.date() for at, _draft in entries)
    assert set(days.values()) == {3}
    assert 290 <= len(days) <= 350  # the same share of skipped days
    moments = [at for at, _draft in entries]
    assert moments == sorted(moments) and len(set(moments)) == len(moments)
    assert all(at.date() <= END for at in moments)


def test_the_most_entries_a_day_is_allowed_and_more_is_refused() -> None:
    assert len(list(generate_entries(7, end=END, per_day=MAX_ENTRIES_PER_DAY))) % 10 == 0
    for wrong in (0, MAX_ENTRIES_PER_DAY + 1, -1):
        with pytest.raises(ValueError, match="per_day"):
            next(generate_entries(7, end=END, per_day=wrong))
