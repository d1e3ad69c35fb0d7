"""Nothing lost: a damaged log or first page, another journal's backup, a crafted backup,
interrupted backups and loose permissions, each with a defined outcome (a message, what was
kept aside, nothing deleted)."""

from __future__ import annotations

import json
import os
import shutil
import stat
import struct
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.config import ProfilePaths
from companion.domain.counselors import CounselorDraft
from companion.domain.journal import EntryDraft
from companion.security.errors import InvalidPassphrase, KeystoreError, WrongSecret
from companion.services import backup_files, leftovers
from companion.services.backups import (
    BackupRefused,
    BackupService,
    OtherJournal,
    Secret,
    restore,
)
from companion.services.errors import ProfileError
from companion.services.profile import (
    ProfileDamaged,
    ProfileService,
    RecentSavesLost,
    UnlockedProfile,
)
from companion.storage.wal_check import FRAME_HEADER_SIZE, WAL_HEADER_SIZE
from tests.services.conftest import FAST
from tests.storage.helpers import PAGE_SIZE, flip_byte, snapshot

PASSPHRASE = "correct horse"
PASS = Secret(passphrase=PASSPHRASE)
FRAME = FRAME_HEADER_SIZE + PAGE_SIZE


def _new(root: Path) -> tuple[ProfileService, UnlockedProfile, str]:
    service = ProfileService(ProfilePaths(root))
    profile, recovery = service.create(use_keychain=False, passphrase=PASSPHRASE, params=FAST)
    return service, profile, recovery


def _write(profile: UnlockedProfile, n: int, prefix: str = "entry") -> None:
    for i in range(n):
        profile.journal.create(EntryDraft(title=f"{prefix} {i}", body="private words " * 30))


def _crash_image(profile: UnlockedProfile, dest: Path) -> ProfilePaths:
    """The profile folder as a kill -9 would leave it: copied while the journal is open."""
    shutil.copytree(profile.paths.root, dest)
    return ProfilePaths(dest)


def _commit_frames(wal: Path) -> list[int]:
    data = wal.read_bytes()
    offsets = [WAL_HEADER_SIZE + i * FRAME for i in range((len(data) - WAL_HEADER_SIZE) // FRAME)]
    return [n + 1 for n, at in enumerate(offsets) if struct.unpack(">I", data[at + 4 : at + 8])[0]]


def _wal(paths: ProfilePaths) -> Path:
    return paths.sidecars()[0]


@pytest.fixture
def crashed(tmp_path: Path) -> Iterator[ProfilePaths]:
    """A profile with a daily backup, then 40 saves still in the log when it was killed."""
    _service, profile, _recovery = _new(tmp_path / "live")
    profile.service(BackupService).backup_if_due()
    _write(profile, 40)
    image = _crash_image(profile, tmp_path / "crashed")
    profile.lock()
    yield image


# -- 1. a damaged log -----------------------------------------------------------------------


def test_an_intact_log_recovers_everything_silently(crashed: ProfilePaths) -> None:
    opened = ProfileService(crashed).unlock_with_passphrase(PASSPHRASE)
    try:
        assert opened.journal.count() == 40
    finally:
        opened.lock()
    assert not [p for p in crashed.backups.iterdir() if p.suffix == ".companion-backup"]


@pytest.mark.parametrize("damage", ["flipped-frame", "cut-in-half"])
def test_a_damaged_log_is_kept_aside_reported_and_not_dropped_silently(
    crashed: ProfilePaths, damage: str
) -> None:
    wal = _wal(crashed)
    if damage == "flipped-frame":
        commits = _commit_frames(wal)
        middle = commits[len(commits) // 2]
        flip_byte(wal, WAL_HEADER_SIZE + (middle - 1) * FRAME + FRAME_HEADER_SIZE + 200)
    else:
        data = wal.read_bytes()
        wal.write_bytes(data[: len(data) // 2])
    files = {p.name: p.read_bytes() for p in (crashed.database, *crashed.sidecars())}

    service = ProfileService(crashed)
    with pytest.raises(RecentSavesLost) as caught:
        service.unlock_with_passphrase(PASSPHRASE)
    lost = caught.value

    # nothing was changed or deleted
    assert {p.name: p.read_bytes() for p in (crashed.database, *crashed.sidecars())} == files
    # the files were copied aside, byte for byte, with the keystore
    assert lost.kept_aside is not None and lost.kept_aside.parent == crashed.backups
    with zipfile.ZipFile(lost.kept_aside) as z:
        for name, content in files.items():
            assert z.read(name) == content
        assert z.read("keystore.json") == crashed.keystore.read_bytes()
    assert stat.S_IMODE(lost.kept_aside.stat().st_mode) == 0o600
    # the client is told how much, and offered the latest backup
    assert lost.lost_saves is None or lost.lost_saves >= 10
    if lost.lost_saves:
        assert str(lost.lost_saves) in str(lost)
    assert "private words" not in str(lost)
    assert lost.backups and lost.backups[0].reason == "daily"

    # asking again does not pile up copies
    with pytest.raises(RecentSavesLost) as again:
        service.unlock_with_passphrase(PASSPHRASE)
    assert again.value.kept_aside == lost.kept_aside

    # the client may keep what can be recovered...
    opened = lost.open_anyway()
    try:
        assert 0 < opened.journal.count() < 40
    finally:
        opened.lock()


def test_the_latest_backup_can_be_restored_instead(crashed: ProfilePaths) -> None:
    flip_byte(_wal(crashed), 17)  # the log's header: nothing can be replayed
    with pytest.raises(RecentSavesLost) as caught:
        ProfileService(crashed).unlock_with_passphrase(PASSPHRASE)
    restored = caught.value.restore(caught.value.backups[0])
    try:
        assert restored.journal.count() == 0  # the daily backup was made before the 40
    finally:
        restored.lock()
    kept = sorted(p.name for p in crashed.backups.glob("*.companion-backup"))
    assert len(kept) == 1, kept  # the damaged files, kept once (never as "before a restore")
    assert kept[0].endswith("-damaged-log.companion-backup")


# -- 2. damage to page 1 is damage, not a wrong key --------------------------------------------


@pytest.mark.parametrize("damage", ["byte-5", "byte-100", "truncated"])
def test_damage_to_the_first_page_offers_the_backups(tmp_path: Path, damage: str) -> None:
    service, profile, _recovery = _new(tmp_path / "p")
    _write(profile, 3)
    profile.service(BackupService).backup_if_due()
    paths = profile.paths
    profile.lock()
    if damage == "truncated":
        with paths.database.open("r+b") as handle:
            handle.truncate(1000)
    else:
        flip_byte(paths.database, int(damage.split("-")[1]))
    before = paths.database.read_bytes()

    with pytest.raises(ProfileDamaged) as caught:
        service.unlock_with_passphrase(PASSPHRASE)
    assert "damaged" in str(caught.value)
    assert paths.database.read_bytes() == before
    assert caught.value.kept_aside is not None
    assert caught.value.backups
    restored = caught.value.restore(caught.value.backups[0])
    try:
        assert restored.journal.count() == 3
    finally:
        restored.lock()


def test_a_tampered_passphrase_slot_is_not_reported_as_a_mistyped_passphrase(
    tmp_path: Path,
) -> None:
    service, profile, recovery = _new(tmp_path / "p")
    paths = profile.paths
    profile.lock()
    data = json.loads(paths.keystore.read_text())
    nonce = data["slots"]["passphrase"]["nonce"]
    data["slots"]["passphrase"]["nonce"] = ("B" if nonce[0] == "A" else "A") + nonce[1:]
    paths.keystore.write_text(json.dumps(data))

    with pytest.raises(KeystoreError, match="damaged") as caught:
        service.unlock_with_passphrase(PASSPHRASE)
    assert not isinstance(caught.value, WrongSecret)
    assert "recovery key" in str(caught.value)
    service.unlock_with_recovery_key(recovery).lock()


# -- 4. another journal's backup ----------------------------------------------------------------


def test_another_journals_backup_is_refused_unless_the_client_says_so(tmp_path: Path) -> None:
    service_a, a, _ = _new(tmp_path / "a")
    _write(a, 2, "mine")
    paths_a = a.paths
    a.lock()
    _service_b, b, _ = _new(tmp_path / "b")
    _write(b, 5, "theirs")
    backup_b = b.service(BackupService).back_up_to(tmp_path / "b.companion-backup")
    b.lock()
    before = snapshot(paths_a.root)

    with pytest.raises(OtherJournal) as caught:
        restore(backup_b, paths_a, PASS)
    assert caught.value.check.entries == 5
    assert snapshot(paths_a.root) == before

    restore(backup_b, paths_a, PASS, replace_other=True)
    replaced = service_a.unlock_with_passphrase(PASSPHRASE)
    try:
        assert replaced.journal.count() == 5
        kept = [i for i in replaced.service(BackupService).list_backups() if i.is_set]
    finally:
        replaced.lock()

    # what was set aside (journal and keystore together) restores the client's own journal
    assert len(kept) == 1 and kept[0].reason == "before-restore"
    restore(kept[0].path, paths_a, PASS, replace_other=True)
    mine = service_a.unlock_with_passphrase(PASSPHRASE)
    try:
        assert mine.journal.count() == 2
    finally:
        mine.lock()


def test_the_same_journals_backup_needs_no_question(tmp_path: Path) -> None:
    _service, profile, _ = _new(tmp_path / "p")
    _write(profile, 1)
    backup = profile.service(BackupService).back_up_to(tmp_path / "p.companion-backup")
    _write(profile, 1, "later")
    paths = profile.paths
    profile.lock()
    check = restore(backup, paths, PASS)
    assert check.entries == 1


# -- 6. a crafted backup ------------------------------------------------------------------------


def _bomb(source: Path, dest: Path, size: int) -> Path:
    """A backup whose database member is ``size`` zero bytes, deflated to almost nothing,
    with a manifest that names its real hash (so only its size gives it away)."""
    import hashlib

    with zipfile.ZipFile(source) as z:
        manifest = json.loads(z.read("manifest.json"))
        keystore = z.read("keystore.json")
    digest = hashlib.sha256()
    block = b"\0" * (1024 * 1024)
    for _ in range(size // len(block)):
        digest.update(block)
    manifest["files"]["companion.db"] = digest.hexdigest()
    with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(manifest))
        z.writestr("keystore.json", keystore)
        with z.open("companion.db", "w", force_zip64=True) as member:
            for _ in range(size // len(block)):
                member.write(block)
    return dest


def test_a_backup_that_would_inflate_is_refused_before_anything_is_unpacked(
    profile: UnlockedProfile, tmp_path: Path
) -> None:
    real = profile.service(BackupService).back_up_to(tmp_path / "real.companion-backup")
    bomb = _bomb(real, tmp_path / "bomb.companion-backup", 256 * 1024 * 1024)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    paths = profile.paths
    profile.lock()
    before = snapshot(paths.root)
    with pytest.raises(BackupRefused, match="not a Companion backup"):
        restore(bomb, paths, PASS)
    assert snapshot(paths.root) == before


def test_a_backup_the_disk_has_no_room_for_is_refused(
    profile: UnlockedProfile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = profile.service(BackupService).back_up_to(tmp_path / "real.companion-backup")
    paths = profile.paths
    profile.lock()
    before = snapshot(paths.root)
    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(
        backup_files.shutil, "disk_usage", lambda _p: usage._replace(free=1024 * 1024)
    )
    with pytest.raises(BackupRefused, match="free space"):
        restore(real, paths, PASS)
    assert snapshot(paths.root) == before


# -- 7. leftovers of interrupted backups ---------------------------------------------------------


def _dead_pid() -> int:
    pid = 2**22 + 12345
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        except PermissionError:
            pass
        pid += 1


def test_leftovers_of_an_interrupted_backup_are_swept(
    profile: UnlockedProfile, tmp_path: Path
) -> None:
    folder = tmp_path / "usb stick"
    folder.mkdir()
    stray = folder / f"{leftovers.PARTIAL_PREFIX}{_dead_pid()}-abc123.tmp"
    stray.write_bytes(b"half a backup")
    (folder / f"{stray.name}-journal").write_bytes(b"its journal")
    mine = folder / ".companion-notes.tmp"
    mine.write_bytes(b"not ours to touch")
    service = profile.service(BackupService)

    service.back_up_to(folder)
    assert not stray.exists() and not (folder / f"{stray.name}-journal").exists()
    assert mine.exists()

    # the folder is remembered: the next start sweeps what a later kill leaves there
    stray.write_bytes(b"half of another backup")
    assert service.sweep_backup_folders() == [stray]
    assert [p.name for p in folder.iterdir() if p.name.startswith(".companion-backup")] == []


def test_a_backup_being_written_by_a_running_process_is_not_swept(tmp_path: Path) -> None:
    live = tmp_path / f"{leftovers.PARTIAL_PREFIX}{os.getppid()}-abc.tmp"
    live.write_bytes(b"someone else's backup in progress")
    assert leftovers.sweep_partial_files(tmp_path) == []
    assert live.exists()


# -- 8. permissions, whatever the umask ------------------------------------------------------------


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def _modes(root: Path) -> dict[str, int]:
    return {
        str(p.relative_to(root)): stat.S_IMODE(p.stat().st_mode)
        for p in [root, *root.rglob("*")]
        if not p.is_symlink()
    }


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_everything_in_a_profile_is_private_whatever_the_umask(
    tmp_path: Path, open_umask: None
) -> None:
    _service, profile, _ = _new(tmp_path / "p")
    _write(profile, 2)
    backups = profile.service(BackupService)
    backups.backup_if_due()
    portable = backups.back_up_to(tmp_path / "out.companion-backup")
    paths = profile.paths
    profile.lock()
    restore(portable, paths, PASS)
    # a profile restored into a new folder (a new computer)
    fresh = ProfilePaths(tmp_path / "new computer" / "profile")
    restore(portable, fresh, PASS)

    for root in (paths.root, fresh.root):
        for name, mode in _modes(root).items():
            path = root / name if name != "." else root
            expected = 0o700 if path.is_dir() else 0o600
            assert mode == expected, f"{name} is {oct(mode)}"
    assert stat.S_IMODE(portable.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_exports_are_private_whatever_the_umask(
    profile: UnlockedProfile, tmp_path: Path, open_umask: None
) -> None:
    from companion.export.selection import PeriodChoice, default_selection
    from companion.export.summary_files import SummaryFormat, write_summary
    from companion.services.archive import ArchiveService
    from companion.services.summary import SummaryRequest, SummaryService

    _write(profile, 3)
    out = tmp_path / "exports"
    out.mkdir()
    archive = profile.service(ArchiveService).export(out / "everything.zip")
    summaries = profile.service(SummaryService)
    counselor = profile.counselors.create(CounselorDraft(name="Sam"))
    period = summaries.resolve_period(PeriodChoice(), counselor.id)
    candidates = summaries.candidates(period, counselor.id)
    document = summaries.build(SummaryRequest(candidates, default_selection(candidates)))
    written = [archive.path]
    for fmt in (SummaryFormat.HTML, SummaryFormat.MARKDOWN):
        written += write_summary(document, out / f"summary{fmt.suffix}", fmt)
    assert len(written) >= 3
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_profile_with_loose_permissions_is_tightened_when_opened(tmp_path: Path) -> None:
    service, profile, _ = _new(tmp_path / "p")
    profile.service(BackupService).backup_if_due()
    paths = profile.paths
    profile.lock()
    os.chmod(paths.root, 0o755)
    os.chmod(paths.backups, 0o755)
    for path in (paths.keystore, paths.database, *paths.backups.iterdir()):
        os.chmod(path, 0o644)
    service.unlock_with_passphrase(PASSPHRASE).lock()
    for name, mode in _modes(paths.root).items():
        path = paths.root / name if name != "." else paths.root
        assert mode == (0o700 if path.is_dir() else 0o600), name


# -- 10. one passphrase rule --------------------------------------------------------------------


def test_a_short_passphrase_is_refused_by_the_services_too(tmp_path: Path) -> None:
    service = ProfileService(ProfilePaths(tmp_path / "p"))
    with pytest.raises(InvalidPassphrase, match="at least 8"):
        service.create(use_keychain=False, passphrase="ab", params=FAST)
    assert not (tmp_path / "p" / "companion.db").exists()
    profile, _ = service.create(use_keychain=True, passphrase=None, params=FAST)
    try:
        with pytest.raises(InvalidPassphrase):
            profile.set_passphrase("short", FAST)
    finally:
        profile.lock()


# -- found by trying to break it ------------------------------------------------------------


def test_a_stray_setup_marker_never_clears_a_whole_journal(tmp_path: Path) -> None:
    from companion.services.profile import SETUP_MARKER, ProfileState

    service, profile, _ = _new(tmp_path / "p")
    _write(profile, 3)
    profile.service(BackupService).backup_if_due()
    paths = profile.paths
    profile.lock()
    (paths.root / SETUP_MARKER).write_text("")
    before = snapshot(paths.root)
    assert service.state() is ProfileState.EXISTING
    assert not (paths.root / SETUP_MARKER).exists()
    assert {k: v for k, v in snapshot(paths.root).items()} == {
        k: v for k, v in before.items() if k != SETUP_MARKER
    }
    opened = service.unlock_with_passphrase(PASSPHRASE)
    try:
        assert opened.journal.count() == 3
    finally:
        opened.lock()


def test_starting_over_keeps_a_half_made_journal_file_aside(tmp_path: Path) -> None:
    from companion.services.profile import SETUP_MARKER, ProfileState

    root = tmp_path / "p"
    root.mkdir()
    (root / SETUP_MARKER).write_text("")
    (root / "companion.db").write_bytes(b"half made " * 100)
    service = ProfileService(ProfilePaths(root))
    assert service.state() is ProfileState.INCOMPLETE
    service.start_over()
    assert service.state() is ProfileState.NEW
    kept = list((root / "backups").glob("*interrupted-setup.companion-backup"))
    with zipfile.ZipFile(kept[0]) as z:
        assert z.read("companion.db") == b"half made " * 100


def test_a_backup_never_replaces_a_file_that_is_not_a_backup_of_this_journal(
    tmp_path: Path,
) -> None:
    _service, a, _ = _new(tmp_path / "a")
    _service_b, b, _ = _new(tmp_path / "b")
    notes = tmp_path / "notes.txt"
    notes.write_text("someone's notes")
    with pytest.raises(ProfileError, match="will not replace it"):
        a.service(BackupService).back_up_to(notes)
    assert notes.read_text() == "someone's notes"
    live = a.paths.database.read_bytes()
    with pytest.raises(ProfileError):
        a.service(BackupService).back_up_to(a.paths.database)
    assert a.paths.database.read_bytes() == live
    # its own backup of the same name may be replaced; another journal's is kept
    stick = tmp_path / "stick"
    stick.mkdir()
    first = a.service(BackupService).back_up_to(stick)
    assert a.service(BackupService).back_up_to(stick) == first
    second = b.service(BackupService).back_up_to(stick)
    assert second != first and second.name.endswith("(2).companion-backup")
    assert len(list(stick.iterdir())) == 2
    a.lock()
    b.lock()


@pytest.mark.parametrize("how", ["deleted", "empty"])
def test_a_missing_or_empty_journal_file_offers_the_latest_backup(tmp_path: Path, how: str) -> None:
    service, profile, _ = _new(tmp_path / "p")
    _write(profile, 2)
    profile.service(BackupService).backup_if_due()
    paths = profile.paths
    profile.lock()
    if how == "deleted":
        paths.database.unlink()
    else:
        paths.database.write_bytes(b"")
    with pytest.raises(ProfileDamaged, match="missing") as caught:
        service.unlock_with_passphrase(PASSPHRASE)
    restored = caught.value.restore(caught.value.backups[0])
    try:
        assert restored.journal.count() == 2
    finally:
        restored.lock()


def test_a_backup_that_the_key_does_not_open_changes_nothing(tmp_path: Path) -> None:
    """Another journal's keystore.json copied over this one's: the page check fails, and the
    offered backup (made with the real key) does not open with the wrong one either."""
    service, profile, _ = _new(tmp_path / "p")
    profile.service(BackupService).backup_if_due()
    paths = profile.paths
    profile.lock()
    _other, stranger, _ = _new(tmp_path / "stranger")
    stranger.lock()
    shutil.copyfile(tmp_path / "stranger" / "keystore.json", paths.keystore)
    with pytest.raises(ProfileDamaged) as caught:
        service.unlock_with_passphrase(PASSPHRASE)
    before = snapshot(paths.root)
    with pytest.raises(ProfileError, match=r"keystore\.json"):
        caught.value.restore(caught.value.backups[0])
    assert snapshot(paths.root) == before


def test_a_journal_kept_aside_without_its_keystore_restores_with_it(tmp_path: Path) -> None:
    service, profile, _ = _new(tmp_path / "p")
    _write(profile, 4)
    paths = profile.paths
    profile.lock()
    found_later = tmp_path / "found" / "keystore.json"
    found_later.parent.mkdir()
    shutil.move(paths.keystore, found_later)
    kept = service.set_aside_and_start_over()
    assert kept is not None
    with pytest.raises(BackupRefused, match=r"keystore\.json"):
        restore(kept, paths, PASS)
    restore(kept, paths, PASS, keystore_file=found_later)
    opened = service.unlock_with_passphrase(PASSPHRASE)
    try:
        assert opened.journal.count() == 4
    finally:
        opened.lock()


def test_the_command_line_says_where_the_copy_is_and_how_to_restore(tmp_path: Path) -> None:
    from companion.cli.profile_options import terminal_message

    service, profile, _ = _new(tmp_path / "p")
    profile.service(BackupService).backup_if_due()
    paths = profile.paths
    profile.lock()
    flip_byte(paths.database, 100)
    with pytest.raises(ProfileDamaged) as caught:
        service.unlock_with_passphrase(PASSPHRASE)
    said = terminal_message(caught.value, paths)
    assert str(caught.value.kept_aside) in said
    assert "companion restore" in said and str(caught.value.backups[0].path) in said


def test_a_backup_opened_with_the_wrong_secret_says_it_is_the_backup_s(tmp_path: Path) -> None:
    _s, a, _ = _new(tmp_path / "a")
    backup = a.service(BackupService).back_up_to(tmp_path / "a.companion-backup")
    a.lock()
    with pytest.raises(WrongSecret, match="this backup"):
        restore(backup, ProfilePaths(tmp_path / "new"), Secret(passphrase="not the one at all"))


def test_a_damaged_journal_offers_the_newest_intact_copy_also_one_kept_before_a_restore(
    tmp_path: Path,
) -> None:
    """Found by a user test: the daily backup was older than the copy of the journal kept
    before a restore; only the daily one was offered and restoring it silently dropped the
    day's entries."""
    from companion.storage.backup import BEFORE_RESTORE

    service, profile, _recovery = _new(tmp_path / "p")
    profile.service(BackupService).backup_if_due()  # in the morning: no entries yet
    _write(profile, 3, "today")
    paths = profile.paths
    profile.lock()
    import time

    time.sleep(1.1)  # a later second: the kept copy is the newer one
    backup_files.keep_aside(paths, BEFORE_RESTORE)  # as a restore does with the journal
    flip_byte(paths.database, 100)

    with pytest.raises(ProfileDamaged) as caught:
        service.unlock_with_passphrase(PASSPHRASE)
    offered = caught.value.backups
    assert offered[0].reason == BEFORE_RESTORE and offered[0].is_set
    assert any(not info.is_set for info in offered)  # the daily backup is still there too
    restored = caught.value.restore(offered[0])
    try:
        assert restored.journal.count() == 3
    finally:
        restored.lock()
    names = [p.name for p in paths.backups.glob("*.companion-backup")]
    assert sum(name.endswith("-damaged.companion-backup") for name in names) == 1
    assert sum(name.endswith(f"-{BEFORE_RESTORE}.companion-backup") for name in names) == 1


def test_a_copy_of_another_journal_is_not_offered_for_a_damaged_one(tmp_path: Path) -> None:
    from companion.storage.backup import BEFORE_RESTORE

    _other_service, other, _ = _new(tmp_path / "other")
    _write(other, 2, "other")
    other_paths = other.paths
    other.lock()
    kept = backup_files.keep_aside(other_paths, BEFORE_RESTORE)
    assert kept is not None

    service, profile, _ = _new(tmp_path / "p")
    profile.service(BackupService).backup_if_due()
    paths = profile.paths
    profile.lock()
    shutil.copy2(kept, paths.backups / kept.name)
    flip_byte(paths.database, 100)
    with pytest.raises(ProfileDamaged) as caught:
        service.unlock_with_passphrase(PASSPHRASE)
    assert [info.is_set for info in caught.value.backups] == [False]
