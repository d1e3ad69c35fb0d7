"""Files kept with entries travel in backups: a backup is a copy of the encrypted journal, so
they come back with a restore, byte for byte, and never show in plaintext in a backup file."""

from __future__ import annotations

from pathlib import Path

from companion.domain.journal import EntryDraft
from companion.services.attachments import AttachmentService
from companion.services.backups import BackupService, Secret, check_backup, restore
from companion.services.profile import ProfileService, UnlockedProfile
from companion.storage import backup as storage_backup
from tests.support import attachment_samples as samples

PASS = Secret(passphrase="correct horse")
CANARY = "Quokkacanary5521Backup"


def _files(profile: UnlockedProfile) -> dict[str, bytes]:
    """Every file kept with an entry (by entry title and file name) and its bytes."""
    with profile._require_db().read() as conn:
        rows = conn.execute(
            "SELECT e.title, a.name, b.data FROM entry_attachment a "
            "JOIN journal_entry e ON e.id = a.entry_id "
            "JOIN attachment_blob b ON b.digest = a.digest ORDER BY e.id, a.position"
        ).fetchall()
    return {f"{title}/{name}": bytes(data) for title, name, data in rows}


def _fill(profile: UnlockedProfile) -> tuple[int, int]:
    """Two entries with files (one of them with a canary in every file), the second one
    deleted (in Recently deleted); returns their ids."""
    attachments = profile.service(AttachmentService)
    attachments.set_keeps_photo_details(True)  # the canary stays in the stored photo
    kept = profile.journal.create(EntryDraft(title="Drawings", body="from Tuesday")).id
    attachments.add(kept, "house.png", samples.png(text={"Comment": CANARY}))
    attachments.add(kept, "sheet.pdf", samples.pdf(CANARY))
    attachments.add(kept, "letter.txt", f"Dear me, {CANARY}".encode())
    attachments.add(kept, "walk.jpg", samples.jpeg(gps=True, noise=True))
    gone = profile.journal.create(EntryDraft(title="Later", body="a photo")).id
    attachments.add(gone, "tree.jpg", samples.jpeg(comment=CANARY.encode()))
    return kept, gone


def _canary_in(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and CANARY.encode() in p.read_bytes()]


def test_a_portable_backup_brings_every_file_back_byte_for_byte(
    profile: UnlockedProfile, service: ProfileService, tmp_path: Path
) -> None:
    kept, gone = _fill(profile)
    deleted = profile.journal.delete(gone)
    before = _files(profile)
    assert len(before) == 4
    assert sum(CANARY.encode() in data for data in before.values()) == 3  # kept, in the journal
    carry = tmp_path / "stick"
    carry.mkdir()
    backup = profile.service(BackupService).back_up_to(carry)
    assert CANARY.encode() not in backup.read_bytes()
    assert _canary_in(carry) == [] and _canary_in(profile.paths.root) == []
    check = check_backup(backup, profile.paths, PASS)
    assert (check.entries, check.latest_entry) == (1, profile.journal.get(kept).created_at.date())

    # the client removes the files (and they go for good), then restores the backup
    attachments = profile.service(AttachmentService)
    for a in attachments.for_entry(kept):
        attachments.remove(a.id)
    attachments.collect_unused()
    assert _files(profile) == {}
    paths = profile.paths
    profile.lock()
    restore(backup, paths, PASS)
    again = service.unlock_with_passphrase("correct horse")
    try:
        assert _files(again) == before
        # the file of the entry in Recently deleted comes back with it
        restored = again.journal.undo_delete(deleted)
        names = [a.name for a in again.service(AttachmentService).for_entry(restored.id)]
        assert names == ["tree.jpg"]
    finally:
        again.lock()


def test_an_automatic_backup_holds_the_files_and_restores_them(
    profile: UnlockedProfile, service: ProfileService
) -> None:
    kept, _gone = _fill(profile)
    before = _files(profile)
    backups = profile.service(BackupService)
    made = storage_backup.automatic_backup(profile._require_db(), profile.paths.backups, "daily")
    assert CANARY.encode() not in made.read_bytes()
    profile._require_db().verify_copy(made)  # every page of the copy authenticates
    assert [i.path for i in backups.list_backups()] == [made]
    check = check_backup(made, profile.paths, PASS)  # opened, every page checked, counted
    assert (check.entries, check.portable) == (2, False)

    attachments = profile.service(AttachmentService)
    for a in attachments.for_entry(kept):
        attachments.remove(a.id)
    attachments.collect_unused()
    paths = profile.paths
    profile.lock()
    restore(made, paths, PASS)
    assert _canary_in(paths.root) == []  # the journal kept aside before the restore too
    again = service.unlock_with_passphrase("correct horse")
    try:
        assert _files(again) == before
        usage = again.service(AttachmentService).usage()
        assert usage.files == 5
    finally:
        again.lock()
