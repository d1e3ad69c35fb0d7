"""The journal's pages are checked beside the window's start, not before it (the check takes
longer the larger the journal): a damaged page still ends in the damage flow, and no backup
is made before the check is over."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from companion.app import EarlyUnlocking
from companion.services.backups import BackupService
from companion.services.demo import generate_entries
from companion.services.profile import ProfileDamaged, ProfileService, UnlockedProfile
from companion.storage.errors import DatabaseCorrupt
from companion.ui.main_window import MainWindow
from companion.ui.preferences import Preferences
from tests.smoke.test_cli import isolated_env
from tests.storage.helpers import PAGE_SIZE, flip_byte
from tests.ui.conftest import PASSPHRASE

COMMAND = [sys.executable, "-m", "companion"]


def _fill(profile: UnlockedProfile, days: int = 400) -> None:
    profile.journal.add_many(generate_entries(days))


def _damage_a_middle_page(service: ProfileService) -> None:
    size = service.paths.database.stat().st_size
    flip_byte(service.paths.database, (size // PAGE_SIZE // 2) * PAGE_SIZE + 700)


@pytest.fixture
def damaged(service: ProfileService, profile: UnlockedProfile) -> ProfileService:
    _fill(profile)
    profile.lock()
    _damage_a_middle_page(service)
    return service


def test_opening_without_the_page_check_leaves_it_for_later(damaged: ProfileService) -> None:
    profile = damaged.unlock_with_passphrase(PASSPHRASE, check_pages=False)
    with pytest.raises(DatabaseCorrupt):
        profile.check_pages()
    profile.lock()
    with pytest.raises(ProfileDamaged):  # the full check (the default) finds it at once
        damaged.unlock_with_passphrase(PASSPHRASE)


def test_the_unlocking_thread_opens_first_and_then_finds_the_damaged_page(
    service: ProfileService, profile: UnlockedProfile
) -> None:
    _fill(profile)
    profile.lock()
    _damage_a_middle_page(service)
    unlocking = EarlyUnlocking(service, "".join(PASSPHRASE))
    early = unlocking.outcome()
    assert early.profile is not None  # the window can start
    damage = unlocking.page_damage()
    assert isinstance(damage, DatabaseCorrupt)
    assert unlocking.pages_checked
    early.profile.lock()


def test_a_sound_journal_passes_the_page_check(
    service: ProfileService, profile: UnlockedProfile
) -> None:
    _fill(profile, 50)
    profile.lock()
    unlocking = EarlyUnlocking(service, "".join(PASSPHRASE))
    early = unlocking.outcome()
    assert early.profile is not None
    assert unlocking.page_damage() is None
    early.profile.lock()


def _window(qtbot, service: ProfileService, profile: UnlockedProfile) -> MainWindow:
    win = MainWindow(service, profile, Preferences())
    qtbot.addWidget(win)
    win.show()
    win.start(pages_checked=False)
    qtbot.waitExposed(win)
    return win


def test_no_backup_until_the_pages_are_found_sound(
    qtbot, service: ProfileService, profile: UnlockedProfile
) -> None:
    win = _window(qtbot, service, profile)
    backups = profile.service(BackupService)
    qtbot.wait(300)
    assert backups.list_backups() == []  # waiting for the check
    win.page_check_finished(None)
    qtbot.waitUntil(lambda: len(backups.list_backups()) == 1, timeout=10_000)
    win.close()


def test_a_damaged_page_locks_the_window_and_says_what_happened(
    qtbot, service: ProfileService, profile: UnlockedProfile
) -> None:
    win = _window(qtbot, service, profile)
    win.page_check_finished(DatabaseCorrupt())
    assert win.is_locked
    panel = win.lock_panel
    assert panel is not None
    assert "damage" in panel.error_label.text()
    assert profile.is_locked
    # unlocking again opens with the full check (here the file is sound: it opens)
    qtbot.keyClicks(panel.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(panel.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not win.is_locked, timeout=10_000)
    win.close()


def test_exit_when_ready_reports_a_damaged_page(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    profile_dir = tmp_path / "profile"
    env = isolated_env(home, dict(os.environ))
    made = subprocess.run(
        [
            *COMMAND,
            "demo-data",
            "--data-dir",
            str(profile_dir),
            "--years",
            "2",
            "--passphrase-stdin",
        ],
        input="page check phrase\n",
        text=True,
        capture_output=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    database = profile_dir / "companion.db"
    size = database.stat().st_size
    flip_byte(database, (size // PAGE_SIZE // 2) * PAGE_SIZE + 700)
    ready = subprocess.run(
        [*COMMAND, "--data-dir", str(profile_dir), "--exit-when-ready", "--passphrase-stdin"],
        input="page check phrase\n",
        text=True,
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert ready.returncode == 1, ready.stderr
    assert "damaged" in ready.stderr
    assert "Traceback" not in ready.stderr
