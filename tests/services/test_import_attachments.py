"""Photos and pictures that come with imported entries: Day One's photos (from its zip or its
unpacked folder) and the pictures Markdown files show, checked like every attachment, without
location unless the client keeps it, never read from outside what the client chose, each one
that cannot come named in the preview, and the whole import one unit of work."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest

from companion.domain.errors import InvalidInput
from companion.formats.importers import batch as batch_module
from companion.services.attachments import AttachmentService
from companion.services.importing import (
    ImportCancelled,
    ImportKind,
    ImportService,
    SkippedKind,
)
from companion.services.profile import UnlockedProfile
from tests.support import attachment_samples as samples

CANARY = "Platypuscanary3391Import"


@pytest.fixture
def importer(profile: UnlockedProfile) -> ImportService:
    return profile.service(ImportService)


def _md5(data: bytes) -> str:
    return hashlib.md5(data).hexdigest()


def _entry(when: str, text: str, *photos: tuple[str, bytes, str]) -> dict[str, Any]:
    """A Day One entry whose text shows ``photos`` (identifier, bytes, type)."""
    return {
        "uuid": when.replace("-", "").replace(":", ""),
        "creationDate": when,
        "timeZone": "UTC",
        "text": text,
        "photos": [
            {"identifier": ident, "md5": _md5(data), "type": kind, "orderInEntry": n}
            for n, (ident, data, kind) in enumerate(photos)
        ],
    }


def _dayone_files(entries: list[dict[str, Any]], photos: dict[str, bytes]) -> dict[str, bytes]:
    files = {"Journal.json": json.dumps({"metadata": {}, "entries": entries}).encode()}
    files.update({f"photos/{name}": data for name, data in photos.items()})
    return files


def _zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_DEFLATED)
    return path


def _folder(root: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return root


def _kept(profile: UnlockedProfile) -> list[tuple[str, str, bytes]]:
    """(entry title, file name, bytes) of every file kept with an entry."""
    with profile._require_db().read() as conn:
        rows = conn.execute(
            "SELECT e.title, a.name, b.data FROM entry_attachment a "
            "JOIN journal_entry e ON e.id = a.entry_id "
            "JOIN attachment_blob b ON b.digest = a.digest ORDER BY e.created_at, a.position"
        ).fetchall()
    return [(r[0], r[1], bytes(r[2])) for r in rows]


def _nothing_holds_the_canary(profile: UnlockedProfile) -> None:
    with profile._require_db().read() as conn:
        texts = [r[0] + r[1] for r in conn.execute("SELECT title, body FROM journal_entry")]
        names = [r[0] for r in conn.execute("SELECT name FROM entry_attachment")]
        blobs = [bytes(r[0]) for r in conn.execute("SELECT data FROM attachment_blob")]
    assert not any(CANARY in t for t in texts + names)
    assert not any(CANARY.encode() in b for b in blobs)


def _count(profile: UnlockedProfile, table: str) -> int:
    with profile._require_db().read() as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


# -- Day One -----------------------------------------------------------------------------------

WALK = samples.jpeg(gps=True, noise=True)
HOUSE = samples.png(44, 33)


def _good_export() -> dict[str, bytes]:
    entries = [
        _entry(
            "2021-03-04T18:22:10Z",
            "# By the river\n\n![](dayone-moment://HOUSE1)\n\nThe ice is gone."
            "\n\n![](dayone-moment://WALK1)\nAn hour outside.",
            ("WALK1", WALK, "jpeg"),  # listed first, shown second
            ("HOUSE1", HOUSE, "png"),
        ),
        _entry("2021-03-05T08:00:00Z", "", ("ONLY", samples.jpeg(20, 20), "jpeg")),
        _entry("2021-03-06T08:00:00Z", "No photos today."),
    ]
    photos = {
        f"{_md5(WALK)}.jpeg": WALK,
        f"{_md5(HOUSE)}.png": HOUSE,
        f"{_md5(samples.jpeg(20, 20))}.jpeg": samples.jpeg(20, 20),
    }
    return _dayone_files(entries, photos)


@pytest.mark.parametrize("shape", ["zip", "folder", "json"])
def test_dayone_photos_come_with_their_entries(
    profile: UnlockedProfile, importer: ImportService, tmp_path: Path, shape: str
) -> None:
    files = _good_export()
    if shape == "zip":
        chosen = _zip(tmp_path / "Day One.zip", files)
    else:
        folder = _folder(tmp_path / "export", files)
        chosen = folder if shape == "folder" else folder / "Journal.json"
    preview = importer.preview(chosen, ImportKind.DAYONE)
    assert (preview.new_count, preview.file_count) == (3, 3)
    assert preview.problems == () and preview.skipped_count(SkippedKind.PHOTO) == 0
    done = importer.apply(preview)
    assert (done.entries, done.files) == (3, 3)
    kept = _kept(profile)
    # in the order the text shows them, named by their place; the photo-only entry kept
    assert [(title, name) for title, name, _ in kept] == [
        ("By the river", "Photo 1.png"),
        ("By the river", "Photo 2.jpeg"),
        ("", "Photo 1.jpeg"),
    ]
    assert kept[0][2] == HOUSE
    walk = kept[1][2]
    assert b"CameraMaker" not in walk and walk != WALK  # location and camera details gone
    with profile._require_db().read() as conn:
        bodies = [r[0] for r in conn.execute("SELECT body FROM journal_entry ORDER BY id")]
    assert bodies[0] == "The ice is gone.\n\nAn hour outside."  # no moment links left
    assert not any("dayone-moment" in b for b in bodies)
    # the same export again: every entry is already there, no file twice
    again = importer.preview(chosen, ImportKind.DAYONE)
    assert again.new_count == 0 and importer.apply(again).files == 0


def test_dayone_photo_details_stay_when_the_client_keeps_them(
    profile: UnlockedProfile, importer: ImportService, tmp_path: Path
) -> None:
    profile.service(AttachmentService).set_keeps_photo_details(True)
    chosen = _zip(tmp_path / "export.zip", _good_export())
    importer.apply(importer.preview(chosen, ImportKind.DAYONE))
    assert WALK in [data for _, _, data in _kept(profile)]


def test_dayone_photos_that_cannot_come_are_named_and_counted(
    profile: UnlockedProfile, importer: ImportService, tmp_path: Path
) -> None:
    pdf, bomb = samples.pdf(CANARY), samples.png_claiming(100_000, 100_000)
    good = samples.jpeg(30, 30)
    entries = [
        _entry(
            "2021-04-01T10:00:00Z",
            "Four photos.",
            ("FAKE", pdf, "jpeg"),  # a PDF named .jpeg
            ("BOMB", bomb, "png"),  # claims 100000 x 100000 pixels
            ("GONE", b"never written", "jpeg"),  # not in the export
            ("GOOD", good, "jpeg"),
        ),
        _entry("2021-04-02T10:00:00Z", "", ("BOMB2", bomb, "png")),  # only a photo that fails
    ]
    photos = {
        f"{_md5(pdf)}.jpeg": pdf,
        f"{_md5(bomb)}.png": bomb,
        f"{_md5(good)}.jpeg": good,
        "../escape.jpeg": samples.jpeg(),  # a member outside the export: never looked at
    }
    chosen = _zip(tmp_path / "export.zip", _dayone_files(entries, photos))
    preview = importer.preview(chosen, ImportKind.DAYONE)
    assert preview.new_count == 1 and preview.file_count == 1
    assert preview.skipped_count(SkippedKind.PHOTO) == 4
    assert preview.skipped_count(SkippedKind.EMPTY) == 1
    where = "Entry 1 in Journal.json, photo"
    assert sorted(preview.problems) == sorted(
        [
            f"{where} 3 was not imported: the file could not be found.",
            f"{where} 1 was not imported: it is not a kind of file Companion keeps, or not the "
            "kind its name says.",
            f"{where} 2 was not imported: the picture is too large to show safely.",
            "Entry 2 in Journal.json, photo 1 was not imported: the picture is too large to "
            "show safely.",
        ]
    )
    done = importer.apply(preview)
    assert (done.entries, done.files) == (1, 1)
    assert [name for _, name, _ in _kept(profile)] == ["Photo 4.jpeg"]
    _nothing_holds_the_canary(profile)


def test_a_large_dayone_zip_is_read_from_disk_and_only_its_journal_is_limited(
    importer: ImportService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = samples.jpeg(300, 300, noise=True)
    entries = [_entry("2021-03-04T18:22:10Z", "One.", ("P", photo, "jpeg"))]
    chosen = _zip(tmp_path / "big.zip", _dayone_files(entries, {f"{_md5(photo)}.jpeg": photo}))
    limit = chosen.stat().st_size // 2  # the zip is larger than an export's journal may be
    monkeypatch.setattr(batch_module, "MAX_IMPORT_BYTES", limit)
    assert importer.preview(chosen, ImportKind.DAYONE).file_count == 1


def test_a_linked_photo_outside_the_unpacked_export_is_never_read(
    profile: UnlockedProfile, importer: ImportService, tmp_path: Path
) -> None:
    secret = tmp_path / "elsewhere" / "secret.jpeg"
    secret.parent.mkdir()
    secret.write_bytes(samples.jpeg(comment=CANARY.encode()))
    profile.service(AttachmentService).set_keeps_photo_details(True)  # would keep the canary
    entries = [
        _entry("2021-03-04T18:22:10Z", "A photo.", ("LINK", secret.read_bytes(), "jpeg")),
    ]
    folder = _folder(tmp_path / "export", _dayone_files(entries, {}))
    (folder / "photos").mkdir()
    os.symlink(secret, folder / "photos" / f"{_md5(secret.read_bytes())}.jpeg")
    preview = importer.preview(folder, ImportKind.DAYONE)
    assert preview.file_count == 0 and preview.skipped_count(SkippedKind.PHOTO) == 1
    assert "only reads pictures inside the folder you chose" in preview.problems[0]
    importer.apply(preview)
    assert _count(profile, "journal_entry") == 1
    _nothing_holds_the_canary(profile)


def test_a_cancelled_import_with_photos_adds_nothing(
    profile: UnlockedProfile, importer: ImportService, tmp_path: Path
) -> None:
    preview = importer.preview(_zip(tmp_path / "e.zip", _good_export()), ImportKind.DAYONE)
    seen: list[tuple[int, int]] = []

    def cancel() -> bool:
        return len(seen) >= 4  # entries written, one photo kept: then stop

    with pytest.raises(ImportCancelled):
        importer.apply(preview, progress=lambda d, t: seen.append((d, t)), cancel=cancel)
    assert seen[-1][1] == 6  # three entries and three photos
    for table in ("journal_entry", "entry_attachment", "attachment_blob"):
        assert _count(profile, table) == 0
    assert importer.apply(preview).files == 3  # the same preview still imports


def test_a_photo_that_changed_since_the_preview_stops_the_import(
    profile: UnlockedProfile, importer: ImportService, tmp_path: Path
) -> None:
    folder = _folder(tmp_path / "export", _good_export())
    preview = importer.preview(folder, ImportKind.DAYONE)
    (folder / "photos" / f"{_md5(HOUSE)}.png").write_bytes(samples.pdf())
    with pytest.raises(InvalidInput, match="changed or went since the export was read"):
        importer.apply(preview)
    for table in ("journal_entry", "entry_attachment", "attachment_blob"):
        assert _count(profile, table) == 0


# -- Markdown ----------------------------------------------------------------------------------


def _notes(root: Path) -> Path:
    """A folder of notes showing pictures in every way Markdown and HTML can."""
    _folder(
        root,
        {
            "img/walk.jpg": WALK,
            "img/house.png": HOUSE,
            "img/my photo.png": samples.png(12, 12),
            "img/sheet.pdf": samples.pdf(),
            "2021-03-04 River.md": (
                b'A walk. ![the river](img/walk.jpg "by the water")\n\n'
                b'<p><img alt="" src="img/house.png" width="100"></p>\n\n'
                b"![](<img/my photo.png>) and again ![](img/my%20photo.png)\n\n"
                b"```\n![not a picture](img/sheet.pdf)\n```\n"
                b"Inline `![no](img/sheet.pdf)` code.\n"
            ),
            "2021/2021-03-05.md": (
                b"Back again: ![](../img/walk.jpg) ![](img\\..\\..\\img\\house.png)"
            ),
        },
    )
    return root


def test_markdown_pictures_come_with_their_entries(
    profile: UnlockedProfile, importer: ImportService, tmp_path: Path
) -> None:
    folder = _notes(tmp_path / "notes")
    preview = importer.preview(folder, ImportKind.MARKDOWN)
    assert preview.problems == ()
    assert (preview.new_count, preview.file_count) == (2, 5)
    done = importer.apply(preview)
    assert (done.entries, done.files) == (2, 5)
    kept = _kept(profile)
    assert [(title, name) for title, name, _ in kept] == [
        ("River", "walk.jpg"),
        ("River", "house.png"),
        ("River", "my photo.png"),
        ("", "walk.jpg"),
        ("", "house.png"),
    ]
    assert kept[1][2] == HOUSE and b"CameraMaker" not in kept[0][2]
    with profile._require_db().read() as conn:
        body = conn.execute("SELECT body FROM journal_entry WHERE title = 'River'").fetchone()[0]
    assert "![the river](img/walk.jpg" in body  # the text as it was written
    assert profile.service(AttachmentService).usage().stored_bytes < 3 * len(WALK) + 10_000
    # importing the folder again finds both entries already there
    assert importer.preview(folder, ImportKind.MARKDOWN).new_count == 0


def test_markdown_files_chosen_one_by_one_show_pictures_beside_them(
    profile: UnlockedProfile, importer: ImportService, tmp_path: Path
) -> None:
    folder = _notes(tmp_path / "notes")
    preview = importer.preview([folder / "2021-03-04 River.md"], ImportKind.MARKDOWN)
    assert preview.file_count == 3
    assert importer.apply(preview).files == 3


def test_markdown_pictures_outside_the_folder_are_never_read(
    profile: UnlockedProfile, importer: ImportService, tmp_path: Path
) -> None:
    outside = tmp_path / "private"
    outside.mkdir()
    secret = outside / "secret.png"
    secret.write_bytes(samples.png(text={"Comment": CANARY}))
    (outside / "letter.txt").write_text(CANARY, encoding="utf-8")
    profile.service(AttachmentService).set_keeps_photo_details(True)  # would keep the canary
    folder = tmp_path / "notes"
    _folder(
        folder,
        {
            "img/fake.jpg": samples.pdf(),
            "img/bomb.png": samples.png_claiming(100_000, 100_000),
            "img/fine.png": HOUSE,
        },
    )
    os.symlink(secret, folder / "img" / "link.png")  # a link to a file elsewhere
    os.symlink(outside, folder / "away")  # a link to a folder elsewhere
    links = [
        "https://example.com/x.png",
        "data:image/png;base64,AAAA",
        "file:///etc/passwd",
        str(secret),
        "/etc/passwd",
        "C:\\Users\\me\\secret.png",
        "../private/secret.png",
        "img/../../private/secret.png",
        "img/link.png",
        "away/letter.txt",
        "img/fake.jpg",
        "img/bomb.png",
        "img/missing.png",
        "img/fine.png",
    ]
    text = "Pictures:\n" + "\n".join(f"![p{n}]({link})" for n, link in enumerate(links))
    text += '\n<img src="../private/secret.png">\n'
    (folder / "2021-05-01.md").write_text(text, encoding="utf-8")
    preview = importer.preview(folder, ImportKind.MARKDOWN)
    assert (preview.new_count, preview.file_count) == (1, 1)
    # all but the fine one; the <img> links to a file already linked, it counts once
    assert preview.skipped_count(SkippedKind.PICTURE) == len(links) - 1
    outside_note = "only reads pictures inside the folder you chose"
    assert sum(outside_note in p for p in preview.problems) == 10
    assert all(p.startswith("2021-05-01.md, picture ") for p in preview.problems)
    assert not any("secret" in p or "passwd" in p for p in preview.problems)
    done = importer.apply(preview)
    assert (done.entries, done.files) == (1, 1)
    assert [name for _, name, _ in _kept(profile)] == ["fine.png"]
    _nothing_holds_the_canary(profile)


def test_a_failed_markdown_import_leaves_nothing(
    profile: UnlockedProfile, importer: ImportService, tmp_path: Path
) -> None:
    folder = _notes(tmp_path / "notes")
    preview = importer.preview(folder, ImportKind.MARKDOWN)
    shutil.rmtree(folder / "img")
    with pytest.raises(InvalidInput, match="changed or went"):
        importer.apply(preview)
    for table in ("journal_entry", "entry_attachment", "attachment_blob", "tag"):
        assert _count(profile, table) == 0


@pytest.mark.parametrize("kind", [ImportKind.MARKDOWN, ImportKind.DAYONE])
def test_a_note_or_journal_linked_from_outside_the_chosen_folder_is_never_read(
    profile: UnlockedProfile, importer: ImportService, tmp_path: Path, kind: ImportKind
) -> None:
    outside = tmp_path / "private"
    outside.mkdir()
    leak = _dayone_files([_entry("2021-03-04T10:00:00Z", CANARY)], {})["Journal.json"]
    (outside / "diary.md").write_text(f"# {CANARY}\n\n{CANARY}", encoding="utf-8")
    (outside / "Other.json").write_bytes(leak)
    folder = tmp_path / "chosen"
    if kind is ImportKind.MARKDOWN:
        _folder(folder, {"2021-03-05.md": b"A note of mine."})
        os.symlink(outside / "diary.md", folder / "2021-03-04.md")
    else:
        _folder(folder, _dayone_files([_entry("2021-03-05T10:00:00Z", "Mine.")], {}))
        os.symlink(outside / "Other.json", folder / "Other.json")
    preview = importer.preview(folder, kind)
    assert preview.new_count == 1
    assert "1 file in the folder you chose links to somewhere outside it" in preview.problems[0]
    importer.apply(preview)
    _nothing_holds_the_canary(profile)
