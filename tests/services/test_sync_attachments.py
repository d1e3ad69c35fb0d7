"""Files kept with entries, through a sync folder (a plain folder here): their records sync
like the others, their bytes travel as sealed files of their own (written once, checked
when they arrive), they follow their entry to Recently deleted and back on every computer,
and nothing of them is readable in the folder."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.config import ProfilePaths
from companion.domain.attachments import Attachment
from companion.domain.journal import EntryDraft, EntryFilter
from companion.formats import sync_folder
from companion.security import sync_crypto
from companion.services import sync as sync_module
from companion.services.attachments import AttachmentService
from companion.services.profile import ProfileService, UnlockedProfile
from companion.storage import sync_store
from tests.services.conftest import FAST
from tests.support import attachment_samples as samples

CANARY = "Okapicanary2209Photo"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shared = tmp_path / "Shared"
    shared.mkdir()
    return shared


@pytest.fixture
def pair(tmp_path: Path, folder: Path) -> Iterator[tuple[UnlockedProfile, UnlockedProfile]]:
    home, recovery = ProfileService(ProfilePaths(tmp_path / "home")).create(
        use_keychain=False, passphrase="home phrase 1", params=FAST
    )
    home.sync.set_up(folder, name="home")
    work = ProfileService(ProfilePaths(tmp_path / "work")).join(
        folder, recovery, use_keychain=False, passphrase="work phrase 1", params=FAST
    )
    work.sync.set_up(folder, name="work")
    yield home, work
    home.lock()
    work.lock()


def _files(profile: UnlockedProfile) -> AttachmentService:
    return profile.service(AttachmentService)


def _entry(profile: UnlockedProfile, title: str) -> int:
    (found,) = [e for e in profile.journal.list(EntryFilter()) if e.title == title]
    return found.id


def _held(profile: UnlockedProfile, title: str) -> list[tuple[str, bytes]]:
    """The files of the entry titled ``title``: names and bytes, in their order."""
    files = _files(profile)
    return [(a.name, files.data(a)) for a in files.for_entry(_entry(profile, title))]


def _folder_files(folder: Path, profile: UnlockedProfile | None = None) -> list[Path]:
    """The sealed files of attachments in the folder (of one computer, when given)."""
    device = profile.sync.device_id() if profile is not None else "*"
    return sorted(folder.glob(f"devices/{device}/files/*.csync"))


def _round(*profiles: UnlockedProfile) -> None:
    for profile in profiles:
        profile.sync.sync_now()


def _binned_files(profile: UnlockedProfile) -> list[str]:
    """The names of the files kept with entries among the recently deleted."""
    with profile.service(lambda db: db).read() as conn:
        rows = conn.execute(
            "SELECT name FROM entry_attachment WHERE deleted_id IS NOT NULL ORDER BY position"
        ).fetchall()
    return [str(r[0]) for r in rows]


def test_a_photo_added_on_one_computer_arrives_with_the_same_bytes(
    pair: tuple[UnlockedProfile, UnlockedProfile],
) -> None:
    home, work = pair
    entry = home.journal.create(EntryDraft(title="Walk", body="by the river"))
    sent = _files(home).add(entry.id, "river.jpg", samples.jpeg(noise=True))
    _files(home).add(entry.id, "worksheet.pdf", samples.pdf())
    assert home.sync.sync_now().files_sent == 2
    report = work.sync.sync_now()
    assert (report.files_received, report.waiting, report.problems) == (2, 0, [])
    assert _held(work, "Walk") == _held(home, "Walk")
    (arrived, _sheet) = _files(work).for_entry(_entry(work, "Walk"))
    assert arrived.digest == sent.digest == hashlib.sha256(_files(work).data(arrived)).hexdigest()
    assert (arrived.media_type, arrived.width, arrived.height) == ("image/jpeg", 64, 48)
    # thumbnails do not travel: each computer makes its own
    assert _files(work).pictures(arrived.digest) == (None, None)
    # changes of a file (in the summary or not) follow too, and both computers are settled
    _files(work).set_in_summary(arrived.id, True)
    _round(work, home)
    assert [a.in_summary for a in _files(home).for_entry(entry.id)] == [True, False]
    assert home.sync.sync_now().sent == 0 and work.sync.sync_now().sent == 0


def test_a_file_is_written_into_the_folder_once(
    folder: Path, pair: tuple[UnlockedProfile, UnlockedProfile], monkeypatch: pytest.MonkeyPatch
) -> None:
    home, work = pair
    written: list[str] = []
    real = sync_folder.write_file

    def counting(folder: Path, device: str, name: str, data: bytes) -> Path:
        written.append(name)
        return real(folder, device, name, data)

    monkeypatch.setattr(sync_folder, "write_file", counting)
    photo = samples.jpeg(noise=True)
    one = home.journal.create(EntryDraft(title="One"))
    two = home.journal.create(EntryDraft(title="Two"))
    first = _files(home).add(one.id, "a.jpg", photo)
    _files(home).add(two.id, "same photo.jpg", photo)
    home.sync.sync_now()
    assert len(written) == 1 and len(_folder_files(folder)) == 1
    # the same bytes again, in a later change file: not sent again
    _files(home).set_in_summary(first.id, True)
    three = home.journal.create(EntryDraft(title="Three"))
    _files(home).add(three.id, "again.jpg", photo)
    home.sync.sync_now()
    work.sync.sync_now()
    assert len(written) == 1 and len(_folder_files(folder)) == 1
    assert [n for n, _b in _held(work, "Three")] == ["again.jpg"]
    # a change file written again (the folder lost it) does not send the file again
    for change in folder.glob(f"devices/{home.sync.device_id()}/c-*.csync"):
        change.unlink()
    assert home.sync.sync_now().sent >= 1
    assert len(written) == 1


def test_a_file_the_folder_lost_is_written_again(
    folder: Path, pair: tuple[UnlockedProfile, UnlockedProfile]
) -> None:
    home, work = pair
    entry = home.journal.create(EntryDraft(title="Walk"))
    _files(home).add(entry.id, "river.jpg", samples.jpeg())
    home.sync.sync_now()
    (sent,) = _folder_files(folder)
    sent.unlink()  # a folder restored from an old copy
    assert home.sync.sync_now().files_sent == 1
    work.sync.sync_now()
    assert [n for n, _b in _held(work, "Walk")] == ["river.jpg"]


def test_a_file_removed_on_one_computer_goes_on_the_other(
    pair: tuple[UnlockedProfile, UnlockedProfile],
) -> None:
    home, work = pair
    entry = home.journal.create(EntryDraft(title="Walk"))
    for name in ("a.jpg", "b.png", "c.pdf"):
        data = (
            samples.pdf()
            if name.endswith("pdf")
            else samples.jpeg()
            if "jpg" in name
            else (samples.png())
        )
        _files(home).add(entry.id, name, data)
    _round(home, work)
    (_a, b, _c) = _files(work).for_entry(_entry(work, "Walk"))
    _files(work).remove(b.id)
    _round(work, home)
    assert [n for n, _b in _held(home, "Walk")] == ["a.jpg", "c.pdf"]
    assert [a.position for a in _files(home).for_entry(entry.id)] == [0, 1]
    assert _held(home, "Walk") == _held(work, "Walk")


def test_an_entry_deleted_with_its_files_is_recently_deleted_with_them_and_comes_back(
    pair: tuple[UnlockedProfile, UnlockedProfile],
) -> None:
    home, work = pair
    entry = home.journal.create(EntryDraft(title="Walk", body="by the river"))
    _files(home).add(entry.id, "river.jpg", samples.jpeg())
    _files(home).add(entry.id, "sheet.pdf", samples.pdf())
    _round(home, work)
    expected = _held(work, "Walk")

    # deleted at home: in the other computer's Recently deleted, with its files
    home.journal.delete(entry.id)
    _round(home, work)
    assert work.journal.list(EntryFilter()) == []
    (deleted,) = work.journal.history.deleted()
    assert _binned_files(work) == ["river.jpg", "sheet.pdf"]

    # restored there: back on both computers, with its files, and out of both bins
    work.journal.history.restore_deleted(deleted.id)
    _round(work, home, work)
    assert _held(work, "Walk") == expected == _held(home, "Walk")
    assert home.journal.history.deleted() == [] == work.journal.history.deleted()
    assert _binned_files(home) == [] == _binned_files(work)
    assert home.sync.sync_now().sent == 0 and work.sync.sync_now().sent == 0

    # deleted and restored on the same computer: the other follows both ways
    (back,) = home.journal.list(EntryFilter())
    home.journal.delete(back.id)
    _round(home, work)
    assert _binned_files(work) == ["river.jpg", "sheet.pdf"]
    (again,) = home.journal.history.deleted()
    home.journal.history.restore_deleted(again.id)
    _round(home, work)
    assert _held(work, "Walk") == expected
    assert _binned_files(work) == [] and work.journal.history.deleted() == []
    assert len(_files(work).for_entry(_entry(work, "Walk"))) == 2  # no file twice


def test_an_entry_edited_on_one_computer_while_deleted_on_the_other_keeps_its_files(
    pair: tuple[UnlockedProfile, UnlockedProfile],
) -> None:
    home, work = pair
    entry = home.journal.create(EntryDraft(title="Walk", body="by the river"))
    _files(home).add(entry.id, "river.jpg", samples.jpeg())
    _round(home, work)
    home.journal.delete(entry.id)
    work.journal.update(_entry(work, "Walk"), EntryDraft(title="Walk", body="and back"))
    _round(home, work, home, work)
    # the edit wins over the deletion, and the entry's file comes back with it
    assert [n for n, _b in _held(home, "Walk")] == ["river.jpg"]
    assert _held(home, "Walk") == _held(work, "Walk")
    assert home.journal.history.deleted() == [] and _binned_files(home) == []


def test_a_file_added_to_an_entry_deleted_elsewhere_follows_it_and_comes_back(
    pair: tuple[UnlockedProfile, UnlockedProfile],
) -> None:
    home, work = pair
    entry = home.journal.create(EntryDraft(title="Walk"))
    _files(home).add(entry.id, "river.jpg", samples.jpeg())
    _round(home, work)
    home.journal.delete(entry.id)
    _files(work).add(_entry(work, "Walk"), "added at work.png", samples.png())
    _round(work, home, work)
    assert _binned_files(work) == ["river.jpg", "added at work.png"]
    assert home.journal.list(EntryFilter()) == []
    (deleted,) = work.journal.history.deleted()
    work.journal.history.restore_deleted(deleted.id)
    _round(work, home, work, home)
    names = ["river.jpg", "added at work.png"]
    assert [n for n, _b in _held(home, "Walk")] == names == [n for n, _b in _held(work, "Walk")]
    assert home.journal.history.deleted() == []


def test_bytes_arriving_after_their_record_are_waited_for(
    folder: Path, pair: tuple[UnlockedProfile, UnlockedProfile], tmp_path: Path
) -> None:
    home, work = pair
    entry = home.journal.create(EntryDraft(title="Walk", body="by the river"))
    _files(home).add(entry.id, "river.jpg", samples.jpeg())
    home.sync.sync_now()
    files = folder / "devices" / home.sync.device_id() / "files"
    files.rename(tmp_path / "on its way")  # the sync service brings the change file first
    report = work.sync.sync_now()
    assert report.waiting == 1 and not report.problems
    assert _held(work, "Walk") == []  # the entry is there, its file waits
    assert work.sync.sync_now().waiting == 1
    (tmp_path / "on its way").rename(files)
    report = work.sync.sync_now()
    assert (report.files_received, report.waiting) == (1, 0)
    assert _held(work, "Walk") == _held(home, "Walk")


def _forge_file(home: UnlockedProfile, folder: Path, data: bytes, digest: str) -> Path:
    """A file sealed with the journal's own key under the name of ``digest`` (as a computer
    holding the key can write), holding ``data``."""
    service = home.sync
    name = sync_crypto.file_name_for(service._names, digest)
    sealed = sync_crypto.seal_sync_file(
        service._key, profile_id=service._profile_id, device_id=service.device_id(),
        kind="file", seq=name, payload=data,
    )  # fmt: skip
    return sync_folder.write_file(folder, service.device_id(), name, sealed)


@pytest.mark.parametrize("harm", ["flipped", "other bytes", "too large"])
def test_a_file_that_is_not_right_is_set_aside_and_the_rest_arrives(
    folder: Path,
    pair: tuple[UnlockedProfile, UnlockedProfile],
    harm: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    home, work = pair
    entry = home.journal.create(EntryDraft(title="Walk", body="by the river"))
    good, bad = samples.jpeg(noise=True), samples.png(text={"note": CANARY})
    _files(home).add(entry.id, "good.jpg", good)
    kept = _files(home).add(entry.id, "bad.png", bad)
    home.journal.create(EntryDraft(title="Other", body="still arrives"))
    home.sync.sync_now()
    path = folder / "devices" / home.sync.device_id() / "files"
    name = sync_crypto.file_name_for(home.sync._names, kept.digest)
    target = path / sync_folder.file_name(name)
    if harm == "flipped":
        data = bytearray(target.read_bytes())
        data[len(data) // 2] ^= 1
        target.write_bytes(bytes(data))
    elif harm == "other bytes":  # sealed right, but not the bytes its name stands for
        _forge_file(home, folder, samples.png(width=41), kept.digest)
    else:  # far larger than any file Companion keeps: refused before it is read
        with target.open("r+b") as handle:
            handle.truncate(sync_module.MAX_FILE_IN_FOLDER + 1024 * 1024)

    opened: list[Path] = []
    real = sync_crypto.read_sync_file

    def reading(path: Path, *args: object, **kwargs: object) -> bytes:
        opened.append(Path(path))
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sync_crypto, "read_sync_file", reading)
    report = work.sync.sync_now()
    assert report.problems and "set aside" in report.problems[0]
    assert CANARY not in " ".join(report.problems)
    assert [n for n, _b in _held(work, "Walk")] == ["good.jpg"]  # the rest arrived
    assert _entry(work, "Other")
    assert report.waiting == 1
    # set aside: not read again while it stays as it is, and still reported
    opened.clear()
    again = work.sync.sync_now()
    assert target not in opened and again.problems and again.waiting == 1
    # once the sending computer writes it again, it arrives
    target.unlink()
    home.sync.sync_now()
    report = work.sync.sync_now()
    assert not report.problems and report.waiting == 0
    assert _held(work, "Walk") == _held(home, "Walk")


@pytest.mark.parametrize(
    "data",
    [b"MZ\x90\x00" + bytes(4000), samples.png_claiming(100_000, 100_000)],
    ids=["a program", "an image bomb"],
)
def test_bytes_that_are_no_file_companion_keeps_are_set_aside(
    folder: Path, pair: tuple[UnlockedProfile, UnlockedProfile], data: bytes
) -> None:
    """A computer holding the key names, in a record, the SHA-256 of bytes that are no file
    Companion keeps, and puts them in the folder: they are set aside like a damaged file."""
    home, work = pair
    entry = home.journal.create(EntryDraft(title="Walk"))
    _files(home).add(entry.id, "river.jpg", samples.jpeg())
    home.sync.sync_now()
    with home.service(lambda db: db).session() as s:
        (entry_uid,) = [
            r.uid for r in sync_store.load_records(s).values() if r.kind == "journal_entry"
        ]
    found = hashlib.sha256(data).hexdigest()
    _forge_file(home, folder, data, found)
    device = home.sync.device_id()
    payload = {
        "entry_id": entry_uid, "digest": found, "name": "tool.png", "position": 1,
        "added_at": "2026-12-04 10:00:00.000000", "in_summary": 0,
    }  # fmt: skip
    record = {
        "u": "f" * 32, "k": "entry_attachment", "v": {device: 1},
        "c": f"{1_700_000_000_000:015d}.{0:08d}.{device}",
        "p": json.dumps(payload, sort_keys=True, separators=(",", ":")),
    }  # fmt: skip
    body = json.dumps({"format": "companion-sync-change", "v": 1, "records": [record]})
    sealed = home.sync._seal(device, "change", 90, body.encode())
    sync_folder.write_device_file(folder, device, sync_folder.change_name(90), sealed)
    report = work.sync.sync_now()
    assert report.problems and report.waiting == 1
    assert [n for n, _b in _held(work, "Walk")] == ["river.jpg"]
    with work.service(lambda db: db).read() as conn:
        assert (
            conn.execute("SELECT 1 FROM attachment_blob WHERE digest = ?", (found,)).fetchall()
            == []
        )


def test_nothing_of_a_file_is_readable_in_the_folder(
    folder: Path, pair: tuple[UnlockedProfile, UnlockedProfile]
) -> None:
    home, work = pair
    _files(home).set_keeps_photo_details(True)
    photo = samples.png(text={"Comment": CANARY})
    entry = home.journal.create(EntryDraft(title="Walk"))
    added = _files(home).add(entry.id, f"{CANARY}.png", photo)
    assert CANARY.encode() in _files(home).data(added)  # kept as it is, canary and all
    _round(home, work)
    assert [n for n, _b in _held(work, "Walk")] == [f"{CANARY}.png"]
    assert _folder_files(folder)
    for path in folder.rglob("*"):
        assert CANARY not in path.name and added.digest not in path.name
        if path.is_file():
            data = path.read_bytes()
            assert CANARY.encode() not in data and added.digest.encode() not in data
            assert photo[8:64] not in data  # not even the image's first chunks
    # the name is an HMAC of the SHA-256: the same photo elsewhere gives no known name
    (sent,) = _folder_files(folder, home)
    assert sent.stem != hashlib.sha256(photo).hexdigest()[:32]


def test_a_new_computer_joining_brings_the_files(
    tmp_path: Path, folder: Path, pair: tuple[UnlockedProfile, UnlockedProfile]
) -> None:
    home, _work = pair
    entry = home.journal.create(EntryDraft(title="Walk", body="by the river"))
    _files(home).add(entry.id, "river.jpg", samples.jpeg(noise=True))
    _files(home).add(entry.id, "sheet.pdf", samples.pdf())
    gone = home.journal.create(EntryDraft(title="Gone"))
    _files(home).add(gone.id, "old.png", samples.png())
    home.journal.delete(gone.id)
    home.sync.sync_now()
    recovery = home.recovery_key()
    steps: list[tuple[int, int]] = []
    joined, report = ProfileService(ProfilePaths(tmp_path / "third")).join_and_sync(
        folder, recovery, use_keychain=False, passphrase="third phrase 1", params=FAST,
        progress=lambda done, total: steps.append((done, total)),
    )  # fmt: skip
    try:
        assert _held(joined, "Walk") == _held(home, "Walk")
        # the file of an entry deleted before it joined is not brought
        assert report.files_received == 2 and report.waiting == 0
        assert steps and steps[-1][0] == steps[-1][1]
    finally:
        joined.lock()


def test_a_file_removed_everywhere_leaves_the_folder_at_the_next_snapshot(
    folder: Path, pair: tuple[UnlockedProfile, UnlockedProfile], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync_module, "SNAPSHOT_EVERY", 2)
    home, work = pair
    entry = home.journal.create(EntryDraft(title="Walk"))
    kept = _files(home).add(entry.id, "kept.jpg", samples.jpeg())
    removed = _files(home).add(entry.id, "removed.png", samples.png())
    _round(home, work)
    assert len(_folder_files(folder, home)) == 2
    _files(home).remove(removed.id)
    _files(home).collect_unused()
    _round(home, work)
    home.journal.create(EntryDraft(title="More"))
    _round(home, work)
    (left,) = _folder_files(folder, home)
    assert left.stem == sync_crypto.file_name_for(home.sync._names, kept.digest)
    assert [n for n, _b in _held(work, "Walk")] == ["kept.jpg"]


def test_a_flood_of_files_comes_over_several_rounds(
    folder: Path, pair: tuple[UnlockedProfile, UnlockedProfile], monkeypatch: pytest.MonkeyPatch
) -> None:
    home, work = pair
    entry = home.journal.create(EntryDraft(title="Walk"))
    for n in range(3):
        _files(home).add(entry.id, f"{n}.jpg", samples.jpeg(width=64 + n, noise=True))
    home.sync.sync_now()
    sizes = [p.stat().st_size for p in _folder_files(folder, home)]
    assert len(sizes) == 3 and min(sizes) * 2 > max(sizes)
    monkeypatch.setattr(sync_module, "MAX_FILE_BYTES_PER_ROUND", max(sizes))
    received = [work.sync.sync_now().files_received for _round in range(4)]
    assert received == [1, 1, 1, 0]
    assert _held(work, "Walk") == _held(home, "Walk")


def test_attachments_follow_their_order(pair: tuple[UnlockedProfile, UnlockedProfile]) -> None:
    home, work = pair
    entry = home.journal.create(EntryDraft(title="Walk"))
    added: list[Attachment] = [
        _files(home).add(entry.id, f"{n}.png", samples.png(width=10 + n)) for n in range(3)
    ]
    _round(home, work)
    _files(home).remove(added[0].id)
    _round(home, work)
    assert [n for n, _b in _held(work, "Walk")] == ["1.png", "2.png"]
    assert [a.position for a in _files(work).for_entry(_entry(work, "Walk"))] == [0, 1]


def test_a_folder_copy_of_a_file_in_another_computers_folder_does_not_open(
    folder: Path, pair: tuple[UnlockedProfile, UnlockedProfile]
) -> None:
    home, work = pair
    entry = home.journal.create(EntryDraft(title="Walk"))
    _files(home).add(entry.id, "river.jpg", samples.jpeg())
    home.sync.sync_now()
    (sent,) = _folder_files(folder, home)
    # moved into the work computer's own folder (and gone from home's): it is not home's
    # file there, so it does not open as one
    mine = folder / "devices" / work.sync.device_id() / "files"
    mine.mkdir(parents=True, exist_ok=True)
    shutil.move(sent, mine / sent.name)
    report = work.sync.sync_now()
    assert report.waiting == 1 and report.problems


def test_an_entry_deleted_and_a_new_one_in_its_place_leaves_the_files_in_the_bin(
    pair: tuple[UnlockedProfile, UnlockedProfile],
) -> None:
    """Deleting the newest entry and writing a new one at once gives the new one the same
    row id, which sync takes for an edit of the same entry: its files, among the recently
    deleted here, are taken off it on the other computer too (found by the property test)."""
    home, work = pair
    entry = home.journal.create(EntryDraft(title="Walk", body="by the river"))
    _files(home).add(entry.id, "river.jpg", samples.jpeg())
    _round(home, work)
    home.journal.delete(entry.id)
    again = home.journal.create(EntryDraft(title="New", body="another day"))
    assert again.id == entry.id
    _round(home, work, home)
    assert _held(home, "New") == [] == _held(work, "New")
    assert _binned_files(home) == ["river.jpg"]
    assert home.sync.sync_now().sent == 0 and work.sync.sync_now().sent == 0


@pytest.mark.parametrize(
    "bad",
    [
        {"name": "../../outside.png"},
        {"name": "a\x1b[2J.png"},
        {"digest": "AB" * 32},
        {"digest": "ab" * 31},
        {"position": -1},
        {"entry_id": None},
    ],
)
def test_a_record_of_a_file_that_cannot_be_one_is_refused(
    folder: Path, pair: tuple[UnlockedProfile, UnlockedProfile], bad: dict[str, object]
) -> None:
    home, work = pair
    home.journal.create(EntryDraft(title="Walk"))
    home.sync.sync_now()
    with home.service(lambda db: db).session() as s:
        (entry_uid,) = [
            r.uid for r in sync_store.load_records(s).values() if r.kind == "journal_entry"
        ]
    device = home.sync.device_id()
    payload = {
        "entry_id": entry_uid, "digest": "ab" * 32, "name": "fine.png", "position": 0,
        "added_at": "2026-12-04 10:00:00.000000", "in_summary": 0, **bad,
    }  # fmt: skip
    record = {
        "u": "f" * 32, "k": "entry_attachment", "v": {device: 1},
        "c": f"{1_700_000_000_000:015d}.{0:08d}.{device}", "p": json.dumps(payload),
    }  # fmt: skip
    body = json.dumps({"format": "companion-sync-change", "v": 1, "records": [record]})
    sealed = home.sync._seal(device, "change", 90, body.encode())
    sync_folder.write_device_file(folder, device, sync_folder.change_name(90), sealed)
    report = work.sync.sync_now()
    assert report.problems and report.received >= 1
    assert _held(work, "Walk") == []


def test_a_file_of_an_entry_that_comes_back_arrives_in_the_same_round(
    pair: tuple[UnlockedProfile, UnlockedProfile],
) -> None:
    """The record of a file arrives while its entry is deleted here (its bytes are not
    wanted then); the entry comes back later (edited elsewhere over the deletion): its file
    is brought in that round (found by the property test)."""
    home, work = pair
    entry = home.journal.create(EntryDraft(title="Walk", body="by the river"))
    _round(home, work)
    _files(home).add(entry.id, "river.jpg", samples.jpeg())
    home.sync.sync_now()
    work.journal.delete(_entry(work, "Walk"))
    work.sync.sync_now()  # reads the file's record while the entry is deleted here
    assert _binned_files(work) == []
    home.journal.update(entry.id, EntryDraft(title="Walk", body="and back again"))
    home.sync.sync_now()
    report = work.sync.sync_now()
    assert (report.files_received, report.waiting) == (1, 0)
    assert _held(work, "Walk") == _held(home, "Walk")


def test_files_kept_before_sync_was_set_up_travel_too(tmp_path: Path, folder: Path) -> None:
    home, recovery = ProfileService(ProfilePaths(tmp_path / "first")).create(
        use_keychain=False, passphrase="home phrase 1", params=FAST
    )
    try:
        entry = home.journal.create(EntryDraft(title="Walk", body="by the river"))
        _files(home).add(entry.id, "river.jpg", samples.jpeg())
        assert home.sync.set_up(folder, name="home").files_sent == 1
        joined, report = ProfileService(ProfilePaths(tmp_path / "second")).join_and_sync(
            folder, recovery, use_keychain=False, passphrase="work phrase 1", params=FAST
        )
        try:
            assert report.files_received == 1
            assert _held(joined, "Walk") == _held(home, "Walk")
        finally:
            joined.lock()
    finally:
        home.lock()
