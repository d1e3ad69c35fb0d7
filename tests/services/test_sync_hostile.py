"""What another computer holding the recovery key (or bad luck) can put in the sync folder:
content that authenticates but cannot be stored, numbers at the edge of their range, a flood
of records, a folder that cannot be written, an empty mount point, a lost snapshot. Each has
a defined outcome: the rest still syncs, a message in plain words, nothing lost."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.config import ProfilePaths
from companion.domain.journal import EntryDraft, EntryFilter
from companion.formats import sync_folder
from companion.services.profile import ProfileService, UnlockedProfile
from tests.services.conftest import FAST

ENTRY_UID = "e" * 32


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[UnlockedProfile, UnlockedProfile, Path]]:
    folder = tmp_path / "Shared"
    folder.mkdir()
    home, recovery = ProfileService(ProfilePaths(tmp_path / "home")).create(
        use_keychain=False, passphrase="home phrase 1", params=FAST
    )
    home.sync.set_up(folder, name="home")
    work = ProfileService(ProfilePaths(tmp_path / "work")).join(
        folder, recovery, use_keychain=False, passphrase="work phrase 1", params=FAST
    )
    work.sync.set_up(folder, name="work")
    yield home, work, folder
    home.lock()
    work.lock()


def _forge(sender: UnlockedProfile, folder: Path, kind: str, seq: int, content: object) -> None:
    """A file sealed with the journal's own sync key, as a computer holding it can write."""
    service = sender.sync
    device = service.device_id()
    body = json.dumps(content).encode()
    name = (
        sync_folder.change_name(seq)
        if kind == "change"
        else sync_folder.snapshot_name(seq)
        if kind == "snapshot"
        else sync_folder.DEVICE_INFO_NAME
    )
    data = service._seal(device, kind, seq, body)
    target = folder / "devices" / device
    target.mkdir(parents=True, exist_ok=True)
    (target / name).write_bytes(data)


def _entry(body: str, **changes: object) -> dict[str, object]:
    payload = {
        "title": "forged", "body": body, "mood": None, "private": 0, "bring_to_session": 0,
        "created_at": "2026-03-01 09:00:00.000000", "updated_at": "2026-03-01 09:00:00.000000",
        "tags": [],
    }  # fmt: skip
    payload.update(changes)
    return payload


def _change(records: list[dict[str, object]]) -> dict[str, object]:
    return {"format": "companion-sync-change", "v": 1, "records": records}


def _record(uid: str, payload: dict[str, object] | None, device: str, count: int = 1) -> dict:
    return {
        "u": uid,
        "k": "journal_entry",
        "v": {device: count},
        "c": f"{1_700_000_000_000:015d}.{0:08d}.{device}",
        "p": None if payload is None else json.dumps(payload),
    }


def _bodies(profile: UnlockedProfile) -> list[str]:
    return sorted(profile.journal.get(s.id).body for s in profile.journal.list(EntryFilter()))


@pytest.mark.parametrize(
    "bad",
    [
        {"mood": 999},  # breaks a rule of the table
        {"mood": "high"},  # a text where a number belongs
        {"created_at": "not a date"},  # would break every list of the journal
        {"title": "x" * 5000},  # longer than a title can be
        {"tags": ["ok", 7]},
    ],
)
def test_a_record_that_cannot_be_stored_stops_nothing_else(
    pair: tuple[UnlockedProfile, UnlockedProfile, Path], bad: dict[str, object]
) -> None:
    home, work, folder = pair
    work.journal.create(EntryDraft(body="a real change"))
    work.sync.sync_now()  # change file 1 (or more)
    device = work.sync.device_id()
    _forge(
        work, folder, "change", 90, _change([_record(ENTRY_UID, _entry("forged", **bad), device)])
    )
    report = home.sync.sync_now()
    assert _bodies(home) == ["a real change"]
    assert report.problems and "Traceback" not in " ".join(report.problems)
    assert home.journal.list(EntryFilter())  # the journal still lists


def test_a_version_count_at_the_edge_cannot_stop_this_computer(
    pair: tuple[UnlockedProfile, UnlockedProfile, Path],
) -> None:
    home, work, folder = pair
    entry = home.journal.create(EntryDraft(body="mine"))
    home.sync.sync_now()
    work.sync.sync_now()
    uid = next(iter(r for r in _uids(home)))
    big = _record(uid, _entry("forged"), home.sync.device_id(), count=2**53 - 1)
    _forge(work, folder, "change", 90, _change([big]))
    assert home.sync.sync_now().problems
    home.journal.update(entry.id, EntryDraft(body="mine, later"))
    report = home.sync.sync_now()  # still works
    assert home.journal.get(entry.id).body == "mine, later"
    assert home.journal.changed_on_two_computers(entry.id) is False
    del report


def _uids(profile: UnlockedProfile) -> list[str]:
    from companion.storage import sync_store

    with profile.service(lambda db: db).session() as s:
        return [r.uid for r in sync_store.load_records(s).values() if r.kind == "journal_entry"]


def test_a_number_far_past_this_computers_own_is_not_taken_as_its_own(
    pair: tuple[UnlockedProfile, UnlockedProfile, Path],
) -> None:
    home, _work, folder = pair
    _forge(home, folder, "change", 9_999_999_999, _change([]))
    report = home.sync.sync_now()
    assert report.problems
    home.journal.create(EntryDraft(body="after"))
    assert home.sync.sync_now().sent == 1  # it goes on numbering its own files


def test_a_flood_of_records_is_refused_whole(
    pair: tuple[UnlockedProfile, UnlockedProfile, Path],
) -> None:
    home, work, folder = pair
    device = work.sync.device_id()
    flood = [_record(f"{i:032x}", None, device) for i in range(200_001)]
    _forge(work, folder, "change", 90, _change(flood))
    report = home.sync.sync_now()
    assert report.problems and report.received == 0


def test_a_folder_that_cannot_be_written_is_still_read(
    pair: tuple[UnlockedProfile, UnlockedProfile, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    home, work, _folder = pair
    work.journal.create(EntryDraft(body="from work"))
    work.sync.sync_now()
    home.journal.create(EntryDraft(body="from home"))

    def read_only(*_args: object, **_kwargs: object) -> Path:
        raise sync_folder.SyncFolderError("read-only", detail="read-only file system")

    monkeypatch.setattr(sync_folder, "write_device_file", read_only)
    report = home.sync.sync_now()
    assert "from work" in _bodies(home)
    assert any("could not write" in p for p in report.problems)
    assert home.sync.status().unsent == 1
    monkeypatch.undo()
    assert home.sync.sync_now().sent == 1  # once it can be written again


def test_an_empty_mount_point_is_the_folder_away_and_gets_nothing(
    pair: tuple[UnlockedProfile, UnlockedProfile, Path], tmp_path: Path
) -> None:
    home, _work, folder = pair
    folder.rename(tmp_path / "stick")
    folder.mkdir()  # the empty mount point left behind
    home.journal.create(EntryDraft(body="while away"))
    report = home.sync.sync_now()
    assert report.folder_missing and list(folder.iterdir()) == []


def test_a_lost_snapshot_is_written_again(
    pair: tuple[UnlockedProfile, UnlockedProfile, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import companion.services.sync as sync_module

    monkeypatch.setattr(sync_module, "SNAPSHOT_EVERY", 3)
    home, work, folder = pair
    for n in range(4):
        work.journal.create(EntryDraft(body=f"work {n}"))
        work.sync.sync_now()
    mine = folder / "devices" / work.sync.device_id()
    for snapshot in mine.glob("s-*.csync"):
        snapshot.unlink()  # the folder came back from an old copy without it
    for change in mine.glob("c-*.csync"):
        change.unlink()
    work.sync.sync_now()
    home.sync.sync_now()
    assert _bodies(home) == [f"work {n}" for n in range(4)]


def test_a_computer_name_cannot_drive_the_terminal(
    pair: tuple[UnlockedProfile, UnlockedProfile, Path],
) -> None:
    home, work, folder = pair
    _forge(
        work, folder, "device", 0,
        {"format": "companion-sync-device", "v": 1, "name": "\x1b]0;PWNED\x07\x1b[2J\nx",
         "wrote": "2026-12-04T10:00:00", "last": 1},
    )  # fmt: skip
    names = [c.name for c in home.sync.status().computers]
    assert all("\x1b" not in n and "\n" not in n and "\x07" not in n for n in names)
