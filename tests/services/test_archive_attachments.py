"""Files kept with entries in the full archive: beside the JSON in the zip, back byte for byte
on import, private ones only when asked for, and a defined outcome for every hostile archive
(refused whole with a message, or the one file set aside and reported), never half an
import."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from companion.config import ProfilePaths
from companion.domain.attachments import MAX_FILE_BYTES
from companion.domain.errors import InvalidInput
from companion.domain.journal import EntryDraft
from companion.services.archive import ArchiveCancelled, ArchiveService
from companion.services.attachments import AttachmentService
from companion.services.profile import ProfileService, UnlockedProfile
from tests.support import attachment_samples as samples

from .conftest import FAST

CANARY = "Wombatcanary7781Archive"


@pytest.fixture
def empty_profile(tmp_path: Path) -> Iterator[UnlockedProfile]:
    opened, _ = ProfileService(ProfilePaths(tmp_path / "empty")).create(
        use_keychain=False, passphrase="another one", params=FAST
    )
    yield opened
    opened.lock()


def _files(profile: UnlockedProfile) -> list[tuple[object, ...]]:
    """Every file kept with an entry: entry, name, position, in summary, added, bytes."""
    with profile._require_db().read() as conn:
        rows = conn.execute(
            "SELECT a.entry_id, a.name, a.position, a.in_summary, a.added_at, b.media_type, "
            "b.width, b.height, b.data FROM entry_attachment a "
            "JOIN attachment_blob b ON b.digest = a.digest "
            "WHERE a.entry_id IS NOT NULL ORDER BY a.entry_id, a.position"
        ).fetchall()
    return [(*r[:-1], bytes(r[-1])) for r in rows]


def _count(profile: UnlockedProfile, table: str) -> int:
    with profile._require_db().read() as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _fill(profile: UnlockedProfile) -> dict[str, int]:
    attachments = profile.service(AttachmentService)
    attachments.set_keeps_photo_details(True)  # the canary stays in the stored photo
    journal = profile.journal
    ids = {
        "drawings": journal.create(EntryDraft(title="Drawings", body="two of them")).id,
        "again": journal.create(EntryDraft(title="Again", body="the same drawing")).id,
        "private": journal.create(EntryDraft(title="Mine", body="for me", private=True)).id,
        "deleted": journal.create(EntryDraft(title="Gone", body="deleted later")).id,
    }
    drawing = samples.png(50, 40)
    attachments.add(ids["drawings"], "house.png", drawing)
    added = attachments.add(ids["drawings"], "walk.jpg", samples.jpeg(gps=True, noise=True))
    attachments.set_in_summary(added.id, True)
    attachments.add(ids["drawings"], "sheet.pdf", samples.pdf("Worksheet"))
    attachments.add(ids["drawings"], "letter.txt", b"Dear me,\nwell done.\n")
    attachments.add(ids["again"], "same house.png", drawing)
    attachments.add(ids["private"], "secret.png", samples.png(text={"Comment": CANARY}))
    attachments.add(ids["deleted"], "old.pdf", samples.pdf(CANARY))
    journal.delete(ids["deleted"])
    return ids


def _export(profile: UnlockedProfile, target: Path, **kw: Any) -> Path:
    profile.service(ArchiveService).export(target, **kw)
    return target


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name) for name in z.namelist()}


def _rezip(path: Path, members: dict[str, bytes], out: Path | None = None) -> Path:
    out = out or path
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_DEFLATED)
    return out


def _document(members: dict[str, bytes]) -> dict[str, Any]:
    return json.loads(members["archive.json"])


def test_files_travel_beside_the_json_and_come_back_byte_for_byte(
    profile: UnlockedProfile, empty_profile: UnlockedProfile, tmp_path: Path
) -> None:
    _fill(profile)
    target = tmp_path / "all.companion-archive.zip"
    exported = profile.service(ArchiveService).export(target, include_private=True)
    assert (exported.records, exported.files) == (3, 6)  # three entries left, six files
    members = _members(target)
    records = _document(members)["records"]["attachments"]
    assert len(records) == 6  # not the file of the entry in Recently deleted
    digests = {r["digest"] for r in records}
    assert len(digests) == 5  # the same drawing once
    for record in records:
        name = f"attachments/{record['digest']}{Path(record['name']).suffix}"
        assert hashlib.sha256(members[name]).hexdigest() == record["digest"]
        assert set(record) == {
            "id",
            "entry_id",
            "name",
            "position",
            "added_at",
            "in_summary",
            "digest",
            "media_type",
            "size",
        }
    with zipfile.ZipFile(target) as z:  # photos and PDFs are stored, text is deflated
        kinds = {i.filename.rsplit(".", 1)[-1]: i.compress_type for i in z.infolist()}
    assert kinds["jpg"] == kinds["png"] == kinds["pdf"] == zipfile.ZIP_STORED
    assert kinds["txt"] == zipfile.ZIP_DEFLATED

    steps: list[tuple[int, int]] = []
    result = empty_profile.service(ArchiveService).import_archive(
        target, progress=lambda d, t: steps.append((d, t))
    )
    assert (result.files, result.set_aside) == (6, ())
    assert steps[-1][0] == steps[-1][1] and all(d <= t for d, t in steps)
    assert _files(empty_profile) == _files(profile)


def test_private_entries_keep_their_files_out_unless_asked_for(
    profile: UnlockedProfile, tmp_path: Path
) -> None:
    ids = _fill(profile)
    target = _export(profile, tmp_path / "shared.companion-archive.zip")
    raw = target.read_bytes()
    assert CANARY.encode() not in raw  # neither the private photo nor the deleted entry's PDF
    records = _document(_members(target))["records"]["attachments"]
    assert ids["private"] not in {r["entry_id"] for r in records}
    assert len(records) == 5
    with_private = _export(profile, tmp_path / "all.companion-archive.zip", include_private=True)
    assert CANARY.encode() in with_private.read_bytes()  # what the client asked for


def test_an_archive_of_version_1_is_still_imported(
    profile: UnlockedProfile, empty_profile: UnlockedProfile, tmp_path: Path
) -> None:
    profile.journal.create(EntryDraft(title="Old", body="from an older Companion"))
    target = _export(profile, tmp_path / "a.companion-archive.zip")
    members = _members(target)
    doc = _document(members)
    doc["version"] = 1
    del doc["records"]["attachments"]
    members = {n: d for n, d in members.items() if not n.startswith("attachments/")}
    members["archive.json"] = json.dumps(doc).encode()
    result = empty_profile.service(ArchiveService).import_archive(_rezip(target, members))
    assert (result.records, result.files) == (1, 0)


def test_a_cancelled_export_with_files_writes_nothing(
    profile: UnlockedProfile, tmp_path: Path
) -> None:
    _fill(profile)
    out = tmp_path / "out"
    out.mkdir()
    calls = iter([False, False, False, True])  # during the files
    with pytest.raises(ArchiveCancelled):
        profile.service(ArchiveService).export(out / "a.zip", cancel=lambda: next(calls))
    assert list(out.iterdir()) == []


# -- hostile archives ---------------------------------------------------------------------


@pytest.fixture
def made(profile: UnlockedProfile, tmp_path: Path) -> Path:
    """An archive of two entries: one with a photo, one with a PDF."""
    attachments = profile.service(AttachmentService)
    first = profile.journal.create(EntryDraft(title="One", body="a photo")).id
    second = profile.journal.create(EntryDraft(title="Two", body="a sheet")).id
    attachments.add(first, "tree.jpg", samples.jpeg())
    attachments.add(second, "sheet.pdf", samples.pdf())
    return _export(profile, tmp_path / "made.companion-archive.zip")


def _tampered(
    made: Path, change: Callable[[dict[str, bytes], dict[str, Any]], None], name: str
) -> Path:
    members = _members(made)
    doc = _document(members)
    change(members, doc)
    members["archive.json"] = json.dumps(doc).encode()
    return _rezip(made, members, made.with_name(name))


def _photo(doc: dict[str, Any]) -> dict[str, Any]:
    return next(a for a in doc["records"]["attachments"] if a["media_type"] == "image/jpeg")


def _member(record: dict[str, Any]) -> str:
    return f"attachments/{record['digest']}{Path(record['name']).suffix}"


def _swap_photo(members: dict[str, bytes], doc: dict[str, Any], data: bytes, **kw: Any) -> None:
    """The photo's record and member replaced by ``data`` (its digest made to match)."""
    record = _photo(doc)
    del members[_member(record)]
    record.update(digest=hashlib.sha256(data).hexdigest(), size=len(data), **kw)
    members[_member(record)] = data


def _import_setting_aside(empty: UnlockedProfile, archive: Path, expected: str) -> tuple[str, ...]:
    """Import ``archive``: everything comes in except the photo, set aside with a note."""
    result = empty.service(ArchiveService).import_archive(archive)
    assert _count(empty, "journal_entry") == 2
    assert [f[1] for f in _files(empty)] == ["sheet.pdf"]
    assert len(result.set_aside) == 1 and expected in result.set_aside[0]
    assert result.files == 1
    return result.set_aside


def test_a_file_that_is_not_the_one_the_record_names_is_set_aside(
    made: Path, empty_profile: UnlockedProfile
) -> None:
    def change(members: dict[str, bytes], doc: dict[str, Any]) -> None:
        members[_member(_photo(doc))] = samples.jpeg(32, 32)  # other bytes, same name

    archive = _tampered(made, change, "changed.zip")
    notes = _import_setting_aside(empty_profile, archive, "is not the one the archive names")
    assert notes[0].startswith("Attachment 1 of journal entry 1 was left out")


def test_a_missing_file_is_set_aside(made: Path, empty_profile: UnlockedProfile) -> None:
    def change(members: dict[str, bytes], doc: dict[str, Any]) -> None:
        del members[_member(_photo(doc))]

    archive = _tampered(made, change, "missing.zip")
    _import_setting_aside(empty_profile, archive, "is missing from the archive")


def test_a_pdf_named_as_a_photo_is_set_aside(made: Path, empty_profile: UnlockedProfile) -> None:
    archive = _tampered(made, lambda m, d: _swap_photo(m, d, samples.pdf("x")), "fake.zip")
    _import_setting_aside(empty_profile, archive, "not the kind its name says")


def test_an_image_bomb_is_set_aside(made: Path, empty_profile: UnlockedProfile) -> None:
    bomb = samples.png_claiming(100_000, 100_000)
    archive = _tampered(
        made,
        lambda m, d: _swap_photo(m, d, bomb, media_type="image/png", name="big.png"),
        "bomb.zip",
    )
    _import_setting_aside(empty_profile, archive, "too large to show safely")


def test_a_kind_companion_does_not_keep_is_set_aside(
    made: Path, empty_profile: UnlockedProfile
) -> None:
    archive = _tampered(
        made,
        lambda m, d: _swap_photo(m, d, b"\x00\x01" * 100, media_type="video/mp4"),
        "video.zip",
    )
    _import_setting_aside(empty_profile, archive, "not a kind of file Companion keeps")


def test_a_zip_bomb_is_never_unpacked(made: Path, empty_profile: UnlockedProfile) -> None:
    huge = b"\x00" * (MAX_FILE_BYTES + 1)  # deflates to about 30 KB

    def change(members: dict[str, bytes], doc: dict[str, Any]) -> None:
        _swap_photo(members, doc, huge)

    archive = _tampered(made, change, "zipbomb.zip")
    assert archive.stat().st_size < 1024 * 1024
    _import_setting_aside(empty_profile, archive, "larger than Companion keeps")


def test_a_file_that_would_inflate_far_beyond_its_size_is_set_aside(
    made: Path, empty_profile: UnlockedProfile
) -> None:
    inflating = b"a" * (8 * 1024 * 1024)  # "text" that deflates a thousandfold

    def change(members: dict[str, bytes], doc: dict[str, Any]) -> None:
        _swap_photo(members, doc, inflating, media_type="text/plain", name="notes.txt")

    archive = _tampered(made, change, "inflating.zip")
    _import_setting_aside(empty_profile, archive, "seems damaged or incomplete")


@pytest.mark.parametrize("name", ["../evil.jpg", "attachments/../../evil.jpg", "/tmp/evil.jpg"])
def test_member_names_outside_the_archive_refuse_it_whole(
    made: Path, empty_profile: UnlockedProfile, tmp_path: Path, name: str
) -> None:
    def change(members: dict[str, bytes], doc: dict[str, Any]) -> None:
        members[name] = samples.jpeg()

    archive = _tampered(made, change, "escape.zip")
    with pytest.raises(InvalidInput, match="points outside the archive"):
        empty_profile.service(ArchiveService).import_archive(archive)
    assert _count(empty_profile, "journal_entry") == 0
    assert _count(empty_profile, "attachment_blob") == 0
    assert not (tmp_path / "evil.jpg").exists() and not Path("/tmp/evil.jpg").exists()


def test_a_bare_archive_json_brings_the_records_and_names_the_missing_files(
    made: Path, empty_profile: UnlockedProfile, tmp_path: Path
) -> None:
    bare = tmp_path / "archive.json"
    bare.write_bytes(_members(made)["archive.json"])
    result = empty_profile.service(ArchiveService).import_archive(bare)
    assert _count(empty_profile, "journal_entry") == 2
    assert result.files == 0 and len(result.set_aside) == 2
    assert all("is missing from the archive" in note for note in result.set_aside)


def test_an_archive_the_disk_has_no_room_for_imports_nothing(
    made: Path, empty_profile: UnlockedProfile, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = shutil.disk_usage

    def full(path: object) -> Any:
        usage = real(path)  # type: ignore[arg-type]
        return type(usage)(usage.total, usage.total - 1000, 1000)

    monkeypatch.setattr(shutil, "disk_usage", full)
    with pytest.raises(InvalidInput, match="not enough free space"):
        empty_profile.service(ArchiveService).import_archive(made)
    assert _count(empty_profile, "journal_entry") == 0


def test_a_broken_record_among_the_files_imports_nothing(
    made: Path, empty_profile: UnlockedProfile
) -> None:
    def change(members: dict[str, bytes], doc: dict[str, Any]) -> None:
        _photo(doc)["position"] = "first"

    archive = _tampered(made, change, "record.zip")
    with pytest.raises(InvalidInput, match="Attachment 1 has an invalid “position”"):
        empty_profile.service(ArchiveService).import_archive(archive)
    assert _count(empty_profile, "journal_entry") == 0
    assert _count(empty_profile, "attachment_blob") == 0


def test_a_failure_while_the_files_are_written_leaves_nothing(
    made: Path, empty_profile: UnlockedProfile, monkeypatch: pytest.MonkeyPatch
) -> None:
    from companion.services import archive as archive_module

    real = archive_module.read_member
    calls = 0

    def failing(z: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes | None:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise MemoryError  # anything: the machine, a bug
        return real(z, info)

    monkeypatch.setattr(archive_module, "read_member", failing)
    with pytest.raises(MemoryError):
        empty_profile.service(ArchiveService).import_archive(made)
    for table in ("journal_entry", "entry_attachment", "attachment_blob", "counselor"):
        assert _count(empty_profile, table) == 0


def test_a_member_that_lies_about_its_size_is_never_unpacked_beyond_it(
    made: Path, empty_profile: UnlockedProfile
) -> None:
    """A zip bomb that declares a small size: never more than that is read, and the file is
    set aside as damaged."""
    import struct

    inflating = b"\x00" * (20 * 1024 * 1024)
    archive = _tampered(made, lambda m, d: _swap_photo(m, d, inflating), "liar.zip")
    data = bytearray(archive.read_bytes())
    name = _member(_photo(_document(_members(archive)))).encode()
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        while at != -1:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(name)] == name:
                data[at + size_at : at + size_at + 4] = struct.pack("<I", 1000)
            at = data.find(signature, at + 4)
    archive.write_bytes(bytes(data))
    _import_setting_aside(empty_profile, archive, "seems damaged or incomplete")


def test_a_zip_that_is_not_an_archive_says_so(
    empty_profile: UnlockedProfile, tmp_path: Path
) -> None:
    other = _rezip(tmp_path / "x.zip", {"notes.txt": b"hello"})
    with pytest.raises(InvalidInput, match="This zip file is not a Companion archive"):
        empty_profile.service(ArchiveService).import_archive(other)


def test_an_archive_json_that_inflates_far_beyond_its_size_is_refused_unread(
    empty_profile: UnlockedProfile, tmp_path: Path
) -> None:
    """100 MB of spaces (under the size limit) packed into a tenth of a megabyte: parsing
    such a file would take far more memory than any real archive."""
    bomb = tmp_path / "bomb.companion-archive.zip"
    info = zipfile.ZipInfo("archive.json")
    info.compress_type = zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(bomb, "w") as z, z.open(info, "w", force_zip64=True) as member:
        member.write(b"{")
        for _ in range(100):
            member.write(b" " * (1 << 20))
        member.write(b"}")
    assert bomb.stat().st_size < 1_000_000
    with pytest.raises(InvalidInput, match="too large"):
        empty_profile.service(ArchiveService).import_archive(bomb)
    assert _count(empty_profile, "journal_entry") == 0
