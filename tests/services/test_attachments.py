"""Files kept with entries: added once per content, checked before anything is stored,
following their entry to Recently deleted and back, removed with undo, and never readable
on disk."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from companion.domain.attachments import MAX_PER_ENTRY, AttachmentRefused, RefusalReason
from companion.domain.changes import Area, Changes
from companion.domain.journal import EntryDraft
from companion.domain.journal_history import NO_HISTORY
from companion.services.attachments import AttachmentNotFound, AttachmentService
from companion.services.journal import EntryNotFound
from companion.services.profile import UnlockedProfile
from tests.support import attachment_samples as samples

CANARY = "Zebracanary4417Attach"


@pytest.fixture
def attachments(profile: UnlockedProfile) -> AttachmentService:
    return profile.service(AttachmentService)


def _entry(profile: UnlockedProfile, title: str = "Drawing") -> int:
    return profile.journal.create(EntryDraft(title=title, body="About the drawing")).id


def test_a_file_is_kept_with_its_entry_and_read_back(
    profile: UnlockedProfile, attachments: AttachmentService
) -> None:
    entry = _entry(profile)
    photo = samples.jpeg()
    added = attachments.add(entry, "drawing.jpg", photo)
    sheet = attachments.add(entry, "worksheet.pdf", samples.pdf())
    assert [a.name for a in attachments.for_entry(entry)] == ["drawing.jpg", "worksheet.pdf"]
    assert added.is_image and (added.width, added.height) == (64, 48)
    assert attachments.data(sheet) == samples.pdf()
    assert attachments.get(added.id) == added


def test_the_same_file_is_stored_once(
    profile: UnlockedProfile, attachments: AttachmentService
) -> None:
    photo = samples.jpeg(noise=True)
    first, second = _entry(profile, "one"), _entry(profile, "two")
    attachments.add(first, "a.jpg", photo)
    attachments.add(second, "same photo.jpg", photo)
    third = _entry(profile, "three")
    attachments.add(third, "again.jpg", photo)
    usage = attachments.usage()
    assert usage.files == 3
    assert usage.stored_bytes == len(attachments.data(attachments.for_entry(first)[0]))


def test_photo_details_go_unless_the_client_keeps_them(
    profile: UnlockedProfile, attachments: AttachmentService
) -> None:
    entry = _entry(profile)
    photo = samples.jpeg(gps=True)
    stripped = attachments.data(attachments.add(entry, "p.jpg", photo))
    assert b"CameraMaker" not in stripped
    attachments.set_keeps_photo_details(True)
    assert attachments.keeps_photo_details()
    kept = attachments.data(attachments.add(entry, "p2.jpg", photo))
    assert kept == photo


def test_a_refused_file_stores_nothing(
    profile: UnlockedProfile, attachments: AttachmentService
) -> None:
    entry = _entry(profile)
    changes: list[Changes] = []
    profile.changes.subscribe(changes.append)
    for name, data in [
        ("bomb.png", samples.png_claiming(60_000, 60_000)),
        ("fake.jpg", samples.pdf()),
        ("cut.pdf", samples.pdf()[:100]),
    ]:
        with pytest.raises(AttachmentRefused):
            attachments.add(entry, name, data)
    assert attachments.for_entry(entry) == [] and attachments.usage().stored_bytes == 0
    assert not any(c.touches(Area.ATTACHMENTS) for c in changes)


def test_a_huge_file_is_refused_before_it_is_read(
    profile: UnlockedProfile, attachments: AttachmentService, tmp_path: Path
) -> None:
    huge = tmp_path / "film.jpg"
    with huge.open("wb") as handle:  # 2 GB, sparse: nothing is really written
        handle.truncate(2 * 1024**3)
    with pytest.raises(AttachmentRefused) as refused:
        attachments.add_file(_entry(profile), huge)
    assert refused.value.reason is RefusalReason.TOO_LARGE
    with pytest.raises(AttachmentRefused) as missing:
        attachments.add_file(_entry(profile), tmp_path / "gone.png")
    assert missing.value.reason is RefusalReason.UNREADABLE


def test_adding_is_announced_and_a_gone_entry_is_said(
    profile: UnlockedProfile, attachments: AttachmentService
) -> None:
    entry = _entry(profile)
    changes: list[Changes] = []
    profile.changes.subscribe(changes.append)
    attachments.add(entry, "a.png", samples.png())
    assert any(c.touches(Area.ATTACHMENTS) for c in changes)
    profile.journal.delete(entry)
    with pytest.raises(EntryNotFound):
        attachments.add(entry, "b.png", samples.png())


def test_an_entry_holds_a_limited_number_of_files(
    profile: UnlockedProfile, attachments: AttachmentService
) -> None:
    entry = _entry(profile)
    for i in range(MAX_PER_ENTRY):
        attachments.add(entry, f"n{i}.txt", f"note {i}".encode())
    with pytest.raises(AttachmentRefused) as refused:
        attachments.add(entry, "one more.txt", b"more")
    assert refused.value.reason is RefusalReason.TOO_MANY


def test_remove_and_undo_bring_it_back_in_its_place(
    profile: UnlockedProfile, attachments: AttachmentService
) -> None:
    entry = _entry(profile)
    names = ["a.png", "b.txt", "c.pdf"]
    attachments.add(entry, names[0], samples.png())
    middle = attachments.add(entry, names[1], b"words")
    attachments.add(entry, names[2], samples.pdf())
    removed = attachments.remove(middle.id)
    assert [a.name for a in attachments.for_entry(entry)] == ["a.png", "c.pdf"]
    with pytest.raises(AttachmentNotFound):
        attachments.get(middle.id)
    back = attachments.undo_remove(removed)
    assert [a.name for a in attachments.for_entry(entry)] == names
    assert attachments.data(back) == b"words"


def test_files_follow_their_entry_to_recently_deleted_and_back(
    profile: UnlockedProfile, attachments: AttachmentService
) -> None:
    entry = _entry(profile)
    attachments.add(entry, "a.png", samples.png())
    deleted = profile.journal.delete(entry)
    assert attachments.usage().files == 0
    restored = profile.journal.undo_delete(deleted)
    assert [a.name for a in attachments.for_entry(restored.id)] == ["a.png"]


def test_files_go_for_good_with_their_deleted_entry(
    profile: UnlockedProfile, attachments: AttachmentService
) -> None:
    entry = _entry(profile)
    keep = _entry(profile, "kept")
    attachments.add(entry, "a.png", samples.png(41, 30))
    attachments.add(keep, "b.png", samples.png(42, 30))
    removed = attachments.remove(attachments.add(keep, "c.png", samples.png(43, 30)).id)
    profile.journal.delete(entry)
    profile.journal.history.set_history_days(NO_HISTORY)  # deleted entries go now
    assert attachments.usage().files == 1
    assert attachments.usage().stored_bytes == len(samples.png(42, 30))
    with pytest.raises(AttachmentNotFound):
        attachments.undo_remove(removed)


def test_pictures_are_kept_and_read(
    profile: UnlockedProfile, attachments: AttachmentService
) -> None:
    added = attachments.add(_entry(profile), "a.png", samples.png())
    assert attachments.pictures(added.digest) == (None, None)
    attachments.keep_pictures(added.digest, thumbnail=b"thumb")
    attachments.keep_pictures(added.digest, preview=b"preview")
    assert attachments.pictures(added.digest) == (b"thumb", b"preview")


def test_in_summary_is_chosen_per_file(
    profile: UnlockedProfile, attachments: AttachmentService
) -> None:
    added = attachments.add(_entry(profile), "a.png", samples.png())
    assert not added.in_summary
    assert attachments.set_in_summary(added.id, True).in_summary


def test_no_attachment_is_readable_on_disk(
    profile: UnlockedProfile, attachments: AttachmentService
) -> None:
    attachments.set_keeps_photo_details(True)  # the canary stays in the stored file
    entry = _entry(profile)
    attachments.add(entry, f"{CANARY}.png", samples.png(text={"Comment": CANARY}))
    attachments.add(entry, "sheet.pdf", samples.pdf(CANARY))
    attachments.add(entry, "letter.txt", CANARY.encode())
    root = profile.paths.root
    hits = [
        path for path in root.rglob("*") if path.is_file() and CANARY.encode() in path.read_bytes()
    ]
    assert hits == []
    assert any(root.rglob("companion.db*"))
    assert os.listdir(root)


def test_a_pipe_or_a_folder_is_refused_without_waiting(
    profile: UnlockedProfile, attachments: AttachmentService, tmp_path: Path
) -> None:
    pipe = tmp_path / "photo.jpg"
    os.mkfifo(pipe)  # opening it for reading would wait for a writer forever
    for path, reason in ((pipe, RefusalReason.UNREADABLE), (tmp_path, RefusalReason.FOLDER)):
        with pytest.raises(AttachmentRefused) as refused:
            attachments.add_file(_entry(profile), path)
        assert refused.value.reason is reason


def test_a_photo_whose_details_cannot_be_taken_out_is_not_kept(
    profile: UnlockedProfile, attachments: AttachmentService
) -> None:
    entry = _entry(profile)
    cut = samples.jpeg(gps=True)[:-2]  # it shows, but where its details end is unknown
    with pytest.raises(AttachmentRefused) as refused:
        attachments.add(entry, "cut.jpg", cut)
    assert refused.value.reason is RefusalReason.DAMAGED
    attachments.set_keeps_photo_details(True)  # kept as it is when the client says so
    assert attachments.data(attachments.add(entry, "cut.jpg", cut)) == cut


def test_undo_twice_brings_one_back_and_never_past_the_limit(
    profile: UnlockedProfile, attachments: AttachmentService
) -> None:
    entry = _entry(profile)
    for i in range(MAX_PER_ENTRY):
        attachments.add(entry, f"n{i}.txt", f"note {i}".encode())
    removed = attachments.remove(attachments.for_entry(entry)[0].id)
    attachments.add(entry, "newer.txt", b"newer")
    with pytest.raises(AttachmentRefused) as refused:
        attachments.undo_remove(removed)
    assert refused.value.reason is RefusalReason.TOO_MANY
    assert len(attachments.for_entry(entry)) == MAX_PER_ENTRY
    attachments.remove(attachments.for_entry(entry)[-1].id)
    first = attachments.undo_remove(removed)
    assert attachments.undo_remove(removed) == first
    assert len(attachments.for_entry(entry)) == MAX_PER_ENTRY


def test_user_found_refusals_say_what_to_do(
    profile: UnlockedProfile, attachments: AttachmentService, tmp_path: Path
) -> None:
    """Found by a user: a folder was "could not be read", an iPhone photo got only a list of
    kinds, the same file went twice into one entry, and an old letter saved on Windows was
    called a file that "holds another kind" than its name says."""
    entry = _entry(profile)
    folder = tmp_path / "Photos"
    folder.mkdir()
    with pytest.raises(AttachmentRefused) as refused:
        attachments.add_file(entry, folder)
    assert refused.value.reason is RefusalReason.FOLDER and "inside it" in str(refused.value)
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(100)
    with pytest.raises(AttachmentRefused) as refused:
        attachments.add(entry, "IMG_0001.HEIC", heic)
    assert refused.value.reason is RefusalReason.HEIC and "JPEG" in str(refused.value)
    letter = "Liebe Mutter,\r\nes geht mir gut. Grüße\r\n".encode("cp1252")
    kept = attachments.add(entry, "Brief.txt", letter)
    assert attachments.data(kept) == letter and kept.media_type == "text/plain"
    with pytest.raises(AttachmentRefused) as refused:
        attachments.add(entry, "Brief again.txt", letter)
    assert refused.value.reason is RefusalReason.ALREADY_THERE
    assert len(attachments.for_entry(entry)) == 1
    attachments.add(_entry(profile, "another"), "Brief.txt", letter)  # other entries may
    with pytest.raises(AttachmentRefused) as refused:
        attachments.add(entry, "binary.txt", b"\x00\x01binary")
    assert refused.value.reason is RefusalReason.NOT_WHAT_NAME_SAYS
