"""The sync folder's layout: names, the journal file, device files and the listing
(companion.formats.sync_folder)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from companion.formats import sync_folder
from companion.formats.sync_folder import (
    DEVICE_INFO_NAME,
    JOURNAL_FILE_NAME,
    MAX_JOURNAL_FILE_BYTES,
    MAX_SEQ,
    IgnoreReason,
    JournalFile,
    NotASyncFolder,
    SyncFolderError,
    SyncFolderMissing,
    change_name,
    classify_name,
    device_folder,
    list_folder,
    read_journal_file,
    replace_journal_file,
    snapshot_name,
    write_device_file,
    write_journal_file,
)
from companion.security.crypto import new_database_key
from companion.security.errors import WrongSecret
from companion.security.keystore import KeyStore
from companion.security.recovery import generate_recovery_key
from companion.security.sync_crypto import (
    derive_sync_key,
    folder_unlock_record,
    read_sync_file,
    seal_sync_file,
    unlock_folder_record,
)

PROFILE = "0123456789abcdef0123456789abcdef"
OTHER_PROFILE = "fedcba9876543210fedcba9876543210"
DEVICE = "0f" * 16
OTHER_DEVICE = "e1" * 16


def _unlock_record(profile_id: str = PROFILE) -> dict[str, Any]:
    keystore = KeyStore.create(new_database_key(), generate_recovery_key(), profile_id=profile_id)
    return folder_unlock_record(keystore)


def _plain(message: str) -> None:
    """A message for people: a sentence, no traceback, no code words."""
    assert message.endswith(".")
    for word in ("Traceback", "Error", "JSON", "line ", "column", "{", "\\n"):
        assert word not in message


# -- names -----------------------------------------------------------------------------------


def test_names() -> None:
    assert change_name(1) == "c-0000000001.csync"
    assert change_name(MAX_SEQ) == "c-9999999999.csync"
    assert snapshot_name(0) == "s-0000000000.csync"
    assert snapshot_name(42) == "s-0000000042.csync"
    assert device_folder("/sync", DEVICE) == Path("/sync") / "devices" / DEVICE


@pytest.mark.parametrize("seq", [0, -1, MAX_SEQ + 1, True, 1.0])
def test_a_change_number_starts_at_one_and_has_ten_digits(seq: Any) -> None:
    with pytest.raises(ValueError):
        change_name(seq)


@pytest.mark.parametrize("device_id", ["A" * 32, "a" * 31, "a" * 33, "../" + "a" * 29, ""])
def test_device_ids_are_32_lower_case_hex_digits(device_id: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        device_folder(tmp_path, device_id)
    with pytest.raises(ValueError):
        write_device_file(tmp_path, device_id, change_name(1), b"x")


# -- device files ----------------------------------------------------------------------------


def test_device_files_are_written_and_listed(tmp_path: Path) -> None:
    write_device_file(tmp_path, DEVICE, change_name(1), b"one")
    write_device_file(tmp_path, DEVICE, change_name(2), b"two")
    write_device_file(tmp_path, DEVICE, snapshot_name(2), b"snap")
    info = write_device_file(tmp_path, DEVICE, DEVICE_INFO_NAME, b"info")
    write_device_file(tmp_path, OTHER_DEVICE, change_name(1), b"other")
    assert info == tmp_path / "devices" / DEVICE / "device.csync"
    assert info.read_bytes() == b"info"

    listing = list_folder(tmp_path)
    assert listing.folder == tmp_path
    assert listing.complete and listing.ignored == [] and not listing.has_journal_file
    assert set(listing.devices) == {DEVICE, OTHER_DEVICE}
    mine = listing.devices[DEVICE]
    folder = device_folder(tmp_path, DEVICE)
    assert mine.device_id == DEVICE
    assert mine.changes == {1: folder / change_name(1), 2: folder / change_name(2)}
    assert mine.snapshots == {2: folder / snapshot_name(2)}
    assert mine.info == info
    assert listing.devices[OTHER_DEVICE].info is None
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []  # no temp left


def test_rewriting_a_device_file_replaces_it(tmp_path: Path) -> None:
    write_device_file(tmp_path, DEVICE, DEVICE_INFO_NAME, b"old")
    write_device_file(tmp_path, DEVICE, DEVICE_INFO_NAME, b"new")
    assert (device_folder(tmp_path, DEVICE) / DEVICE_INFO_NAME).read_bytes() == b"new"


@pytest.mark.parametrize(
    "name",
    ["c-0000000000.csync", "c-1.csync", "x.csync", "../c-0000000001.csync", "device.json", ""],
)
def test_only_companions_names_are_written(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError):
        write_device_file(tmp_path, DEVICE, name, b"x")


def test_nothing_is_written_when_the_folder_is_missing(tmp_path: Path) -> None:
    gone = tmp_path / "stick"
    with pytest.raises(SyncFolderMissing) as caught:
        write_device_file(gone, DEVICE, change_name(1), b"x")
    assert not gone.exists()  # an unplugged stick's mount point is not filled
    _plain(str(caught.value))


def test_a_file_where_the_devices_folder_belongs_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "devices").write_bytes(b"")
    with pytest.raises(SyncFolderError) as caught:
        write_device_file(tmp_path, DEVICE, change_name(1), b"x")
    _plain(str(caught.value))


def test_sealed_files_go_through_the_folder(tmp_path: Path) -> None:
    db_key = new_database_key()
    key = derive_sync_key(db_key, PROFILE)
    for seq in (1, 2, 3):
        data = seal_sync_file(
            key,
            profile_id=PROFILE,
            device_id=DEVICE,
            kind="change",
            seq=seq,
            payload=f"change {seq}".encode(),
        )
        write_device_file(tmp_path, DEVICE, change_name(seq), data)
    changes = list_folder(tmp_path).devices[DEVICE].changes
    opened = [
        read_sync_file(path, key, profile_id=PROFILE, device_id=DEVICE, kind="change", seq=seq)
        for seq, path in changes.items()
    ]
    assert opened == [b"change 1", b"change 2", b"change 3"]


# -- listing ---------------------------------------------------------------------------------

SERVICE_COPIES = [
    # Syncthing
    "c-0000000001.sync-conflict-20240102-101112-ABCDEF1.csync",
    "device.sync-conflict-20251231-235959-7ZQXK2P.csync",
    "s-0000000004.sync-conflict-20240102-101112-ABCDEF1",
    # Dropbox
    "c-0000000001 (1).csync",
    "c-0000000001 (12).csync",
    "c-0000000001 (conflicted copy 2024-01-02).csync",
    "c-0000000001 (Sam's conflicted copy 2024-01-02).csync",
    "c-0000000001 (Case Conflict).csync",
    "c-0000000001 (Case Conflict 1).csync",
    "device (Selective Sync Conflict).csync",
    # Nextcloud / ownCloud
    "c-0000000001 (conflicted copy 2024-01-02 101112).csync",
    "c-0000000001_conflict-20240102-101112.csync",
    "c-0000000001 (conflicted copy 2024-01-02 101112) (1).csync",
    # OneDrive: the computer's name added
    "c-0000000001-DESKTOP-AB12CD.csync",
    "s-0000000004-LAPTOP-7.csync",
    "device-Sams-MacBook-Pro.csync",
    # Google Drive
    "c-0000000001(1).csync",
    "Copy of c-0000000001.csync",
    # iCloud Drive, Finder
    "c-0000000001 2.csync",
    "device copy.csync",
    "device copy 2.csync",
    # Seafile
    "c-0000000001 (SFConflict sam@example.org 2024-01-02-10-11-12).csync",
]

PARTIALS = [
    # Syncthing
    "~syncthing~c-0000000001.csync.tmp",
    ".syncthing.c-0000000001.csync.tmp",
    # browsers, rsync-like tools, Resilio
    "c-0000000001.csync.part",
    "c-0000000001.csync.partial",
    "c-0000000001.csync.crdownload",
    "c-0000000001.csync.tmp",
    "c-0000000001.csync.!sync",
    # Companion's own temporary file (companion.durable_files)
    ".c-0000000001.csync.k2j3h4_x.tmp",
    ".device.csync.abc123.tmp",
    # Nextcloud / ownCloud download in progress, lock files
    ".c-0000000001.csync.~1a2b3c",
    ".~lock.c-0000000001.csync#",
    # iCloud placeholder for a file not downloaded yet
    ".c-0000000001.csync.icloud",
]

UNKNOWN = [
    "C-0000000001.csync",
    "c-0000000001.CSYNC",
    "c-1.csync",
    "c-00000000001.csync",
    "c-000000001.csync",
    "c-0000000000.csync",
    "c-000000000\u0661.csync",
    "c-0000000001.csync ",
    " c-0000000001.csync",
    "c-0000000001.csync.bak",
    "x-0000000001.csync",
    "Device.csync",
    "notes.txt",
    ".DS_Store",
    "desktop.ini",
    "Thumbs.db",
]


@pytest.mark.parametrize("name", SERVICE_COPIES)
def test_service_copies_are_recognised(name: str) -> None:
    assert classify_name(name) is IgnoreReason.SERVICE_COPY


@pytest.mark.parametrize("name", PARTIALS)
def test_partial_files_are_recognised(name: str) -> None:
    assert classify_name(name) is IgnoreReason.PARTIAL


@pytest.mark.parametrize("name", UNKNOWN)
def test_other_names_are_unknown(name: str) -> None:
    assert classify_name(name) is IgnoreReason.UNKNOWN


def test_the_listing_uses_exact_names_only(tmp_path: Path) -> None:
    write_device_file(tmp_path, DEVICE, change_name(1), b"real")
    folder = device_folder(tmp_path, DEVICE)
    expected: dict[str, IgnoreReason] = {}
    for names, reason in (
        (SERVICE_COPIES, IgnoreReason.SERVICE_COPY),
        (PARTIALS, IgnoreReason.PARTIAL),
        (UNKNOWN, IgnoreReason.UNKNOWN),
    ):
        for name in names:
            if "/" in name or (os.name == "nt" and name != name.strip()):
                continue
            (folder / name).write_bytes(b"copy")
            expected[name] = reason
    listing = list_folder(tmp_path)
    device = listing.devices[DEVICE]
    assert device.changes == {1: folder / change_name(1)}
    assert device.snapshots == {} and device.info is None
    assert {item.path.name: item.reason for item in listing.ignored} == expected
    assert all(item.path.parent == folder for item in listing.ignored)
    assert [item.path for item in listing.ignored] == sorted(
        (item.path for item in listing.ignored), key=str
    )


def _symlink(link: Path, target: Path) -> None:
    try:
        link.symlink_to(target, target_is_directory=target.is_dir())
    except OSError:
        pytest.skip("symbolic links cannot be made here")


def test_symbolic_links_are_not_followed(tmp_path: Path) -> None:
    sync = tmp_path / "sync"
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / change_name(1)).write_bytes(b"secret elsewhere")
    sync.mkdir()
    write_device_file(sync, DEVICE, change_name(1), b"real")
    folder = device_folder(sync, DEVICE)
    _symlink(folder / change_name(2), outside / change_name(1))
    _symlink(folder / DEVICE_INFO_NAME, outside / change_name(1))
    _symlink(sync / "devices" / OTHER_DEVICE, outside)  # a whole device folder elsewhere
    listing = list_folder(sync)
    assert set(listing.devices) == {DEVICE}
    assert listing.devices[DEVICE].changes == {1: folder / change_name(1)}
    assert listing.devices[DEVICE].info is None
    assert {(item.path.name, item.reason) for item in listing.ignored} == {
        (change_name(2), IgnoreReason.NOT_A_FILE),
        (DEVICE_INFO_NAME, IgnoreReason.NOT_A_FILE),
        (OTHER_DEVICE, IgnoreReason.NOT_A_FILE),
    }


def test_a_linked_devices_folder_is_not_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    write_device_file(elsewhere, DEVICE, change_name(1), b"x")
    sync = tmp_path / "sync"
    sync.mkdir()
    _symlink(sync / "devices", elsewhere / "devices")
    listing = list_folder(sync)
    assert listing.devices == {}
    assert [(i.path.name, i.reason) for i in listing.ignored] == [
        ("devices", IgnoreReason.NOT_A_FILE)
    ]


def test_special_files_and_folders_are_not_used(tmp_path: Path) -> None:
    write_device_file(tmp_path, DEVICE, change_name(1), b"x")
    folder = device_folder(tmp_path, DEVICE)
    (folder / change_name(2)).mkdir()
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / change_name(3))
    listing = list_folder(tmp_path)
    assert listing.devices[DEVICE].changes == {1: folder / change_name(1)}
    assert {item.reason for item in listing.ignored} == {IgnoreReason.NOT_A_FILE}


def test_device_folders_need_exact_names(tmp_path: Path) -> None:
    devices = tmp_path / "devices"
    for name in (DEVICE.upper(), DEVICE[:-1], DEVICE + "0", f"{DEVICE} (1)", ".stversions"):
        (devices / name).mkdir(parents=True)
        (devices / name / change_name(1)).write_bytes(b"x")
    (devices / f"{DEVICE}.sync-conflict-20240102-101112-ABCDEF1").mkdir()
    (devices / "readme.txt").write_bytes(b"x")
    listing = list_folder(tmp_path)
    assert listing.devices == {}
    reasons = {item.path.name: item.reason for item in listing.ignored}
    assert reasons[f"{DEVICE} (1)"] is IgnoreReason.SERVICE_COPY
    assert reasons[f"{DEVICE}.sync-conflict-20240102-101112-ABCDEF1"] is (IgnoreReason.SERVICE_COPY)
    assert reasons[DEVICE.upper()] is IgnoreReason.UNKNOWN
    assert reasons["readme.txt"] is IgnoreReason.UNKNOWN
    assert len(reasons) == 7


def test_the_top_of_the_folder(tmp_path: Path) -> None:
    write_journal_file(tmp_path, PROFILE, _unlock_record())
    (tmp_path / ".stfolder").mkdir()
    (tmp_path / "companion-journal (1).json").write_text("{}")
    listing = list_folder(tmp_path)
    assert listing.has_journal_file
    assert listing.devices == {}
    assert {item.path.name: item.reason for item in listing.ignored} == {
        ".stfolder": IgnoreReason.UNKNOWN,
        "companion-journal (1).json": IgnoreReason.SERVICE_COPY,
    }


def test_listing_stops_at_the_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync_folder, "MAX_ENTRIES_PER_FOLDER", 5)
    monkeypatch.setattr(sync_folder, "MAX_IGNORED_LISTED", 2)
    write_device_file(tmp_path, DEVICE, change_name(1), b"x")
    folder = device_folder(tmp_path, DEVICE)
    for number in range(8):
        (folder / f"junk-{number}").write_bytes(b"")
    listing = list_folder(tmp_path)
    assert not listing.complete
    seen = len(listing.devices[DEVICE].changes) + len(listing.ignored)
    assert seen + listing.ignored_not_listed == 5
    assert len(listing.ignored) == 2


def test_an_empty_folder_lists_nothing(tmp_path: Path) -> None:
    listing = list_folder(tmp_path)
    assert listing.devices == {} and listing.ignored == [] and not listing.has_journal_file


@pytest.mark.parametrize("make", ["missing", "file"])
def test_a_missing_folder_is_said_plainly(tmp_path: Path, make: str) -> None:
    folder = tmp_path / "USB STICK" / "journal"
    if make == "file":
        folder.parent.mkdir()
        folder.write_bytes(b"")
    with pytest.raises(SyncFolderMissing) as caught:
        list_folder(folder)
    assert "cannot find the sync folder" in str(caught.value)
    _plain(str(caught.value))
    assert isinstance(caught.value, SyncFolderError)


# -- the journal file ------------------------------------------------------------------------


def test_the_journal_file_round_trip(tmp_path: Path) -> None:
    record = _unlock_record()
    path = write_journal_file(tmp_path, PROFILE, record)
    assert path == tmp_path / JOURNAL_FILE_NAME
    content = json.loads(path.read_text("utf-8"))
    assert content["format"] == "companion-sync" and content["version"] == 1
    assert read_journal_file(tmp_path) == JournalFile(profile_id=PROFILE, unlock=record)
    assert [p.name for p in tmp_path.iterdir()] == [JOURNAL_FILE_NAME]


def test_a_joiner_unlocks_from_the_journal_file(tmp_path: Path) -> None:
    db_key, recovery_key = new_database_key(), generate_recovery_key()
    keystore = KeyStore.create(db_key, recovery_key, profile_id=PROFILE)
    write_journal_file(tmp_path, PROFILE, folder_unlock_record(keystore))
    journal = read_journal_file(tmp_path)
    assert unlock_folder_record(journal.unlock, recovery_key) == (PROFILE, db_key)


def test_the_same_journal_is_not_written_again(tmp_path: Path) -> None:
    path = write_journal_file(tmp_path, PROFILE, _unlock_record())
    before = path.read_bytes()
    assert write_journal_file(tmp_path, PROFILE, _unlock_record()) == path
    assert path.read_bytes() == before


def test_another_journals_folder_is_refused(tmp_path: Path) -> None:
    path = write_journal_file(tmp_path, OTHER_PROFILE, _unlock_record(OTHER_PROFILE))
    before = path.read_bytes()
    with pytest.raises(SyncFolderError) as caught:
        write_journal_file(tmp_path, PROFILE, _unlock_record())
    assert str(caught.value).startswith("This folder already holds another Companion journal")
    _plain(str(caught.value))
    assert path.read_bytes() == before


def test_a_damaged_journal_file_is_not_replaced(tmp_path: Path) -> None:
    (tmp_path / JOURNAL_FILE_NAME).write_bytes(b"{half a fi")
    with pytest.raises(SyncFolderError):
        write_journal_file(tmp_path, PROFILE, _unlock_record())
    assert (tmp_path / JOURNAL_FILE_NAME).read_bytes() == b"{half a fi"


def test_the_journal_file_is_never_written_into_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(SyncFolderMissing):
        write_journal_file(tmp_path / "gone", PROFILE, _unlock_record())
    assert not (tmp_path / "gone").exists()


def test_the_unlock_record_must_be_this_journals(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_journal_file(tmp_path, PROFILE, _unlock_record(OTHER_PROFILE))
    with pytest.raises(ValueError):
        write_journal_file(tmp_path, "nope", _unlock_record())


DAMAGED: list[Any] = [
    b"",
    b"{half a fi",
    b"\xff\xfe\x00garbage",
    b"[]",
    b"null",
    b"[" * 60_000,
    json.dumps({"format": "companion-sync", "version": 1}).encode(),
    json.dumps({"format": "something-else", "version": 1}).encode(),
    "version-text",
    "version-bool",
    "extra-field",
    "bad-profile",
    "unlock-mismatch",
    "unlock-not-object",
    "unlock-damaged",
    "too-large",
]


def _damaged_bytes(kind: Any) -> bytes:
    if isinstance(kind, bytes):
        return kind
    data: dict[str, Any] = {
        "format": "companion-sync",
        "version": 1,
        "profile_id": PROFILE,
        "unlock": _unlock_record(),
    }
    if kind == "version-text":
        data["version"] = "1"
    elif kind == "version-bool":
        data["version"] = True
    elif kind == "extra-field":
        data["devices"] = []
    elif kind == "bad-profile":
        data["profile_id"] = PROFILE.upper()
    elif kind == "unlock-mismatch":
        data["profile_id"] = OTHER_PROFILE
    elif kind == "unlock-not-object":
        data["unlock"] = "x"
    elif kind == "unlock-damaged":
        data["unlock"]["slots"]["recovery"]["nonce"] = "AAAA"
    elif kind == "too-large":
        return json.dumps(data).encode() + b" " * MAX_JOURNAL_FILE_BYTES
    return json.dumps(data).encode()


@pytest.mark.parametrize("kind", DAMAGED, ids=lambda k: k if isinstance(k, str) else repr(k)[:20])
def test_a_damaged_journal_file_is_said_plainly(tmp_path: Path, kind: Any) -> None:
    (tmp_path / JOURNAL_FILE_NAME).write_bytes(_damaged_bytes(kind))
    with pytest.raises(SyncFolderError) as caught:
        read_journal_file(tmp_path)
    error = caught.value
    assert type(error) is SyncFolderError
    assert "damaged" in str(error)
    _plain(str(error))
    assert error.detail


def test_a_journal_file_from_a_newer_version_asks_for_an_update(tmp_path: Path) -> None:
    data = {"format": "companion-sync", "version": 2, "profile_id": PROFILE, "more": 1}
    (tmp_path / JOURNAL_FILE_NAME).write_text(json.dumps(data))
    with pytest.raises(SyncFolderError) as caught:
        read_journal_file(tmp_path)
    assert "newer version of Companion" in str(caught.value)
    _plain(str(caught.value))


def test_a_folder_without_a_journal_file(tmp_path: Path) -> None:
    with pytest.raises(NotASyncFolder) as caught:
        read_journal_file(tmp_path)
    _plain(str(caught.value))
    with pytest.raises(SyncFolderMissing):
        read_journal_file(tmp_path / "gone")


def test_a_linked_or_special_journal_file_is_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    write_journal_file(elsewhere, PROFILE, _unlock_record())
    sync = tmp_path / "sync"
    sync.mkdir()
    _symlink(sync / JOURNAL_FILE_NAME, elsewhere / JOURNAL_FILE_NAME)
    with pytest.raises(SyncFolderError) as caught:
        read_journal_file(sync)
    assert "symbolic link" in (caught.value.detail or "")
    if hasattr(os, "mkfifo"):
        (sync / JOURNAL_FILE_NAME).unlink()
        os.mkfifo(sync / JOURNAL_FILE_NAME)
        with pytest.raises(SyncFolderError) as special:
            read_journal_file(sync)  # returns at once: a FIFO is never waited on
        assert "regular" in (special.value.detail or "")


def test_a_new_recovery_key_replaces_the_record(tmp_path: Path) -> None:
    db_key, old_key, new_key = new_database_key(), generate_recovery_key(), generate_recovery_key()
    keystore = KeyStore.create(db_key, old_key, profile_id=PROFILE)
    write_journal_file(tmp_path, PROFILE, folder_unlock_record(keystore))
    keystore.set_recovery_key(db_key, new_key)
    record = folder_unlock_record(keystore)
    write_journal_file(tmp_path, PROFILE, record)  # written once: stays as it was
    assert read_journal_file(tmp_path).unlock != record
    replace_journal_file(tmp_path, PROFILE, record)
    unlock = read_journal_file(tmp_path).unlock
    assert unlock == record
    assert unlock_folder_record(unlock, new_key) == (PROFILE, db_key)
    with pytest.raises(WrongSecret):
        unlock_folder_record(unlock, old_key)
    with pytest.raises(SyncFolderError):
        replace_journal_file(tmp_path, OTHER_PROFILE, _unlock_record(OTHER_PROFILE))
    assert read_journal_file(tmp_path).unlock == record


# -- files of attachments ----------------------------------------------------------------------

FILE = "0123456789abcdef" * 2


def test_files_of_attachments_are_written_and_listed(tmp_path: Path) -> None:
    written = sync_folder.write_file(tmp_path, DEVICE, FILE, b"sealed")
    assert written == device_folder(tmp_path, DEVICE) / "files" / f"{FILE}.csync"
    assert written.read_bytes() == b"sealed"
    folder = written.parent
    (folder / f"{FILE}.sync-conflict-20240102-101112-ABCDEF1.csync").write_bytes(b"copy")
    (folder / f"{FILE} (1).csync").write_bytes(b"copy")
    (folder / f"{FILE}-DESKTOP-AB12CD.csync").write_bytes(b"copy")
    (folder / f".{FILE}.csync.x1y2.tmp").write_bytes(b"partial")
    (folder / f"{FILE.upper()}.csync").write_bytes(b"not ours")
    (folder / "ab.csync").mkdir()
    listing = list_folder(tmp_path)
    device = listing.devices[DEVICE]
    assert device.files == {FILE: written}
    assert device.changes == {} and device.info is None
    reasons = {item.path.name: item.reason for item in listing.ignored}
    assert reasons == {
        f"{FILE}.sync-conflict-20240102-101112-ABCDEF1.csync": IgnoreReason.SERVICE_COPY,
        f"{FILE} (1).csync": IgnoreReason.SERVICE_COPY,
        f"{FILE}-DESKTOP-AB12CD.csync": IgnoreReason.SERVICE_COPY,
        f".{FILE}.csync.x1y2.tmp": IgnoreReason.PARTIAL,
        f"{FILE.upper()}.csync": IgnoreReason.UNKNOWN,
        "ab.csync": IgnoreReason.NOT_A_FILE,
    }
    sync_folder.remove_file(tmp_path, DEVICE, FILE)
    sync_folder.remove_file(tmp_path, DEVICE, FILE)  # gone already: nothing happens
    assert list_folder(tmp_path).devices[DEVICE].files == {}


@pytest.mark.parametrize("name", ["F" * 32, "f" * 31, "../" + "f" * 29, "f" * 32 + ".csync"])
def test_only_names_of_files_are_written(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError):
        sync_folder.write_file(tmp_path, DEVICE, name, b"x")


def test_a_linked_files_folder_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / f"{FILE}.csync").write_bytes(b"elsewhere")
    sync = tmp_path / "sync"
    sync.mkdir()
    write_device_file(sync, DEVICE, change_name(1), b"x")
    _symlink(device_folder(sync, DEVICE) / "files", outside)
    listing = list_folder(sync)
    assert listing.devices[DEVICE].files == {}
    assert [(i.path.name, i.reason) for i in listing.ignored] == [
        ("files", IgnoreReason.NOT_A_FILE)
    ]


def test_files_are_never_written_into_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(SyncFolderMissing):
        sync_folder.write_file(tmp_path / "unplugged", DEVICE, FILE, b"x")
    assert not (tmp_path / "unplugged").exists()
