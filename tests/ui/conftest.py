from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from companion.config import ProfilePaths
from companion.services.profile import ProfileService, UnlockedProfile
from companion.ui.main_window import MainWindow
from companion.ui.preferences import Preferences
from tests.services.conftest import FAST

PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def qt_settings(isolated_home: Path, qapp: object) -> Iterator[QSettings]:
    """QSettings in the temporary home, empty for each test."""
    QCoreApplication.setOrganizationName("CompanionTests")
    QCoreApplication.setApplicationName("CompanionTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(isolated_home / "config")
    )
    settings = QSettings()
    settings.clear()
    yield settings
    settings.clear()


@pytest.fixture
def service(profile_dir: Path) -> ProfileService:
    return ProfileService(ProfilePaths(profile_dir))


@pytest.fixture
def profile(service: ProfileService) -> UnlockedProfile:
    opened, _ = service.create(use_keychain=False, passphrase=PASSPHRASE, params=FAST)
    return opened


@pytest.fixture
def window(qtbot, service: ProfileService, profile: UnlockedProfile) -> Iterator[MainWindow]:
    win = MainWindow(service, profile, Preferences())
    qtbot.addWidget(win)
    win.show()
    win.start()
    win.show_area_key("journal")  # most UI tests are about the journal; the app opens on Home
    qtbot.waitExposed(win)
    yield win
    if win.profile is not None:
        win.profile.lock()
