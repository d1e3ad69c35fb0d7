"""Full archive: export everything, import into an empty profile, compare table by table."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from companion.config import ProfilePaths
from companion.domain.errors import InvalidInput
from companion.services.archive import ArchiveCancelled, ArchiveService, ImportRefused
from companion.services.demo import generate_entries
from companion.services.demo_counseling import DemoCounselingService
from companion.services.profile import ProfileService, UnlockedProfile
from companion.services.safety_plan import SafetyPlanService

from .conftest import FAST

TABLES = (
    "counselor",
    "session_series",
    "counseling_session",
    "agenda_item",
    "journal_entry",
    "entry_tag",
    "tag",
    "goal",
    "goal_progress",
    "feedback_note",
    "check_in",
    "check_in_rating",
    "safety_plan",
)


def _fill(profile: UnlockedProfile, days: int = 365) -> None:
    profile.journal.add_many(generate_entries(days))
    profile.service(DemoCounselingService).add(days)


def _table(profile: UnlockedProfile, table: str) -> list[tuple[object, ...]]:
    db = profile._require_db()
    with db.read() as conn:
        if table == "tag":  # ids may differ: compare names
            return sorted(tuple(r) for r in conn.execute("SELECT name FROM tag"))
        if table == "entry_tag":
            sql = (
                "SELECT et.entry_id, t.name FROM entry_tag et JOIN tag t ON t.id = et.tag_id "
                "ORDER BY 1, 2"
            )
            return [tuple(r) for r in conn.execute(sql)]
        return [tuple(r) for r in conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2")]


@pytest.fixture
def empty_profile(tmp_path: Path) -> UnlockedProfile:
    opened, _ = ProfileService(ProfilePaths(tmp_path / "empty")).create(
        use_keychain=False, passphrase="another one", params=FAST
    )
    yield opened
    opened.lock()


def test_round_trip_reproduces_every_record(
    profile: UnlockedProfile, empty_profile: UnlockedProfile, tmp_path: Path
) -> None:
    _fill(profile)
    _set_plan(profile)
    target = tmp_path / "all.companion-archive.zip"
    steps: list[tuple[int, int]] = []
    ArchiveService(profile._require_db()).export(
        target,
        include_private=True,
        include_safety_plan=True,
        progress=lambda d, t: steps.append((d, t)),
    )
    assert steps[-1][0] == steps[-1][1]
    result = empty_profile.service(ArchiveService).import_archive(target)
    assert result.records > 500
    for table in TABLES:
        assert _table(empty_profile, table) == _table(profile, table), table
    # the full-text index follows the imported entries
    db = empty_profile._require_db()
    with db.read() as conn:
        assert conn.execute("SELECT count(*) FROM journal_list_fts").fetchone()[0] > 0


def _set_plan(profile: UnlockedProfile) -> None:
    plans = profile.service(SafetyPlanService)
    plan = plans.get()
    from dataclasses import replace

    plans.save(replace(plan, warning_signs="Not sleeping", people="My sister"))


def _document(path: Path) -> dict[str, object]:
    with zipfile.ZipFile(path) as z:
        return json.loads(z.read("archive.json"))


def test_private_entries_and_safety_plan_stay_out_by_default(
    profile: UnlockedProfile, tmp_path: Path
) -> None:
    _fill(profile, 120)
    _set_plan(profile)
    target = tmp_path / "shared.companion-archive.zip"
    ArchiveService(profile._require_db()).export(target)
    doc = _document(target)
    entries = doc["records"]["journal_entries"]  # type: ignore[index]
    assert entries and not any(e["private"] for e in entries)
    assert doc["safety_plan"] is None
    assert doc["includes_private_entries"] is False
    with profile._require_db().read() as conn:
        private_ids = {r[0] for r in conn.execute("SELECT id FROM journal_entry WHERE private")}
    assert private_ids
    assert not private_ids & {a["source_entry_id"] for a in doc["records"]["agenda_items"]}  # type: ignore[index]
    with zipfile.ZipFile(target) as z:
        assert "NOT encrypted" in z.read("README.txt").decode()
        assert set(z.namelist()) >= {"checkins.csv", "moods.csv", "goal_progress.csv"}
        header = z.read("checkins.csv").decode("utf-8-sig").splitlines()[0]
        assert header.startswith("id,created_at,counselor,session_starts_at,heard,respected")


def test_import_into_a_journal_with_entries_is_refused(
    profile: UnlockedProfile, tmp_path: Path
) -> None:
    _fill(profile, 30)
    target = tmp_path / "a.companion-archive.zip"
    service = ArchiveService(profile._require_db())
    service.export(target)
    before = _table(profile, "journal_entry")
    with pytest.raises(ImportRefused, match="already has entries"):
        service.import_archive(target)
    assert _table(profile, "journal_entry") == before


def test_cancelled_export_writes_nothing(profile: UnlockedProfile, tmp_path: Path) -> None:
    _fill(profile, 10)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "a.companion-archive.zip"
    calls = iter([False, False, True])
    with pytest.raises(ArchiveCancelled):
        ArchiveService(profile._require_db()).export(target, cancel=lambda: next(calls))
    assert list(out.iterdir()) == []


def test_a_bad_record_imports_nothing(
    profile: UnlockedProfile, empty_profile: UnlockedProfile, tmp_path: Path
) -> None:
    _fill(profile, 30)
    target = tmp_path / "a.companion-archive.zip"
    ArchiveService(profile._require_db()).export(target, include_private=True)
    doc = _document(target)
    doc["records"]["journal_entries"][-1]["mood"] = 11  # type: ignore[index]
    broken = tmp_path / "archive.json"
    broken.write_text(json.dumps(doc), encoding="utf-8")
    last_id = doc["records"]["journal_entries"][-1]["id"]  # type: ignore[index]
    with pytest.raises(InvalidInput, match=f"Journal entry {last_id} has “mood” outside 0 to 10"):
        empty_profile.service(ArchiveService).import_archive(broken)
    assert _table(empty_profile, "journal_entry") == []
    assert _table(empty_profile, "counselor") == []


def test_not_an_archive(empty_profile: UnlockedProfile, tmp_path: Path) -> None:
    other = tmp_path / "notes.json"
    other.write_text("[1, 2", encoding="utf-8")
    with pytest.raises(InvalidInput, match="not valid JSON"):
        empty_profile.service(ArchiveService).import_archive(other)
    with pytest.raises(InvalidInput, match="could not be found"):
        empty_profile.service(ArchiveService).import_archive(tmp_path / "missing.zip")
