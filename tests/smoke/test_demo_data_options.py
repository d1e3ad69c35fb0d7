"""``companion demo-data --entries-per-day``: real processes, temporary profiles."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from companion.config import ProfilePaths
from companion.domain.journal import EntryFilter
from companion.services.profile import ProfileService
from tests.smoke.test_cli import run

PHRASE = "smoke test phrase"


def _demo(profile: Path, home: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return run(
        ["demo-data", "--data-dir", str(profile), "--years", "0.05", "--passphrase-stdin", *extra],
        home,
        stdin=PHRASE + "\n",
    )


def _entry_days(profile: Path) -> tuple[int, int]:
    """(entries, distinct days with entries) in the profile."""
    opened = ProfileService(ProfilePaths(profile)).unlock_with_passphrase(PHRASE)
    try:
        count = opened.journal.count()
        days = {e.created_at.date() for e in opened.journal.list(EntryFilter(), limit=10_000)}
        return count, len(days)
    finally:
        opened.lock()


def test_entries_per_day_multiplies_the_entries_of_each_day(tmp_path: Path) -> None:
    one, three = tmp_path / "one", tmp_path / "three"
    assert _demo(one, tmp_path).returncode == 0
    made = _demo(three, tmp_path, "--entries-per-day", "3")
    assert made.returncode == 0, made.stderr
    count_one, days_one = _entry_days(one)
    count_three, days_three = _entry_days(three)
    assert count_one == days_one > 0
    assert days_three > 0
    assert count_three == 3 * days_three
    assert f"Added {count_three} journal entries" in made.stdout


@pytest.mark.parametrize("wrong", ["0", "11", "-2", "two", "1.5"])
def test_a_bad_entries_per_day_is_refused_and_nothing_is_created(
    tmp_path: Path, wrong: str
) -> None:
    profile = tmp_path / "p"
    refused = _demo(profile, tmp_path, "--entries-per-day", wrong)
    assert refused.returncode != 0
    assert "--entries-per-day" in refused.stderr
    assert "whole number from 1 to 10" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert not profile.exists() or not any(profile.iterdir())


def test_the_fill_function_refuses_a_bad_count_before_creating_anything(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from companion.cli.demo_data import fill_demo_profile

    profile = tmp_path / "p"
    assert fill_demo_profile(ProfilePaths(profile), 0.05, 7, entries_per_day=11) == 1
    assert "from 1 to 10" in capsys.readouterr().err
    assert not profile.exists() or not any(profile.iterdir())
