"""Joining a journal from a sync folder in one step (ProfileService.join_and_sync): what a
failed, cancelled or crashed join leaves behind (nothing that stops a second try), and the
quick checks the first start makes before joining."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.config import ProfilePaths
from companion.domain.errors import Cancelled
from companion.domain.journal import EntryDraft, EntryFilter
from companion.formats.sync_folder import NotASyncFolder, SyncFolderError, SyncFolderMissing
from companion.security.errors import InvalidRecoveryKey, WrongSecret
from companion.services.profile import (
    JOIN_MARKER,
    ProfileService,
    ProfileState,
    UnlockedProfile,
)
from companion.services.sync import SyncService
from tests.services.conftest import FAST
from tests.support.memory_keyring import MemoryKeyring


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shared = tmp_path / "Sync"
    shared.mkdir()
    return shared


@pytest.fixture
def home(tmp_path: Path, folder: Path) -> Iterator[tuple[UnlockedProfile, str]]:
    """The other computer: a journal with two entries, synced through ``folder``."""
    service = ProfileService(ProfilePaths(tmp_path / "home"))
    profile, recovery = service.create(use_keychain=False, passphrase="home phrase 1", params=FAST)
    profile.journal.create(EntryDraft(title="One", body="first"))
    profile.journal.create(EntryDraft(title="Two", body="second"))
    profile.sync.set_up(folder, name="Home")
    yield profile, recovery
    profile.lock()


@pytest.fixture
def here(tmp_path: Path) -> ProfileService:
    return ProfileService(ProfilePaths(tmp_path / "here"))


def _join(here: ProfileService, folder: Path, recovery: str, **kwargs: object):
    return here.join_and_sync(
        folder, recovery, use_keychain=True, passphrase=None, params=FAST, **kwargs
    )


def _left_in(root: Path) -> set[str]:
    return {p.name for p in root.iterdir()} if root.exists() else set()


def test_joining_fills_the_journal_and_counts_the_files(
    here: ProfileService, folder: Path, home: tuple[UnlockedProfile, str]
) -> None:
    _profile, recovery = home
    seen: list[tuple[int, int]] = []
    profile, report = _join(here, folder, recovery, progress=lambda d, t: seen.append((d, t)))
    try:
        titles = sorted(e.title for e in profile.journal.list(EntryFilter()))
        assert titles == ["One", "Two"]
        assert report.received >= 1 and not report.problems
        assert seen and seen[-1][0] == seen[-1][1]
        assert profile.sync.folder == folder.resolve()
    finally:
        profile.lock()
    assert not (here.paths.root / JOIN_MARKER).exists()
    assert here.state() is ProfileState.EXISTING
    here.unlock_with_keychain().lock()


def test_a_wrong_key_makes_nothing(
    tmp_path: Path, here: ProfileService, folder: Path, home: tuple[UnlockedProfile, str]
) -> None:
    other, wrong = ProfileService(ProfilePaths(tmp_path / "x")).create(
        use_keychain=False, passphrase="other phrase 1", params=FAST
    )
    other.lock()
    with pytest.raises(WrongSecret):
        _join(here, folder, wrong)
    assert _left_in(here.paths.root) == set()
    assert here.state() is ProfileState.NEW


def test_cancelled_while_reading_leaves_nothing_and_joining_again_works(
    here: ProfileService,
    folder: Path,
    home: tuple[UnlockedProfile, str],
    memory_keyring: MemoryKeyring,
) -> None:
    _profile, recovery = home
    with pytest.raises(Cancelled):
        _join(here, folder, recovery, cancelled=lambda: True)
    assert here.state() is ProfileState.NEW
    assert _left_in(here.paths.root) <= {"backups"}
    assert not memory_keyring.items  # the key it stored is gone with the journal
    profile, _report = _join(here, folder, recovery)
    assert len(profile.journal.list(EntryFilter())) == 2
    profile.lock()


def test_a_round_that_fails_leaves_nothing(
    here: ProfileService,
    folder: Path,
    home: tuple[UnlockedProfile, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _profile, recovery = home

    def fail(self: SyncService, *_a: object, **_k: object) -> None:
        raise SyncFolderError("The folder could not be written to.")

    with monkeypatch.context() as patched:
        patched.setattr(SyncService, "set_up", fail)
        with pytest.raises(SyncFolderError):
            _join(here, folder, recovery)
    assert here.state() is ProfileState.NEW
    assert not here.paths.database.exists() and not here.paths.keystore.exists()
    profile, _report = _join(here, folder, recovery)
    profile.lock()


def test_a_folder_gone_before_the_first_round_is_a_failed_join(
    here: ProfileService,
    folder: Path,
    home: tuple[UnlockedProfile, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _profile, recovery = home
    real = SyncService.set_up

    def unplugged(self: SyncService, where: Path, **kwargs: object):  # type: ignore[no-untyped-def]
        report = real(self, where, **kwargs)  # type: ignore[arg-type]
        report.folder_missing = True
        return report

    monkeypatch.setattr(SyncService, "set_up", unplugged)
    with pytest.raises(SyncFolderMissing):
        _join(here, folder, recovery)
    assert here.state() is ProfileState.NEW


def test_a_join_cut_short_by_a_crash_is_set_up_again(
    here: ProfileService, folder: Path, home: tuple[UnlockedProfile, str]
) -> None:
    _profile, recovery = home
    # the journal and its keystore are whole, but the first round never ran
    here._join(
        folder, recovery, use_keychain=True, passphrase=None, params=FAST, marker=True
    ).lock()
    assert here.state() is ProfileState.INCOMPLETE
    here.start_over()
    assert here.state() is ProfileState.NEW
    assert any(p.name.endswith(".companion-backup") for p in here.paths.backups.iterdir())
    # and joining straight away also starts over by itself
    here._join(
        folder, recovery, use_keychain=True, passphrase=None, params=FAST, marker=True
    ).lock()
    profile, _report = _join(here, folder, recovery)
    assert len(profile.journal.list(EntryFilter())) == 2
    profile.lock()


def test_the_quick_checks_say_what_is_wrong_and_make_nothing(
    tmp_path: Path, here: ProfileService, folder: Path, home: tuple[UnlockedProfile, str]
) -> None:
    _profile, recovery = home
    ProfileService.check_sync_folder(folder)
    ProfileService.check_join_key(folder, recovery.lower().replace("-", " "))
    with pytest.raises(SyncFolderMissing):
        ProfileService.check_sync_folder(tmp_path / "not there")
    with pytest.raises(NotASyncFolder):
        ProfileService.check_sync_folder(tmp_path)
    with pytest.raises(InvalidRecoveryKey):
        ProfileService.check_join_key(folder, recovery[:-3])
    wrong = "0000-0000-0000-0000-0000-0000-0000-0000"
    with pytest.raises(WrongSecret):
        ProfileService.check_join_key(folder, wrong)
    assert not here.paths.root.exists()
