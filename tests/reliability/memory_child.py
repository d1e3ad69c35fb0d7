"""Child process of the memory test: opens a profile the way Companion does, writes, backs
up, locks, and then waits while the parent scans its memory.

    python -m tests.reliability.memory_child PROFILE_DIR [--window] < passphrase

The passphrase comes from standard input through the command line's own reader. Without
``--window`` the profile is opened through the services (as the headless commands do); with
``--window`` the passphrase is typed into the real unlock window (offscreen Qt), the main
window opens, and it is locked the way Ctrl+L and the idle timer lock it. Prints ``locked``
once the profile is locked and everything collectable is collected, then waits for a line
on standard input and exits.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path


def _headless(root: Path) -> None:
    from companion.cli.passphrase import read_passphrase
    from companion.config import ProfilePaths
    from companion.domain.journal import EntryDraft
    from companion.services.backups import BackupService
    from companion.services.profile import ProfileService
    from companion.wipe import wipe

    passphrase = read_passphrase()
    profile = ProfileService(ProfilePaths(root)).unlock_with_passphrase(passphrase)
    wipe(passphrase)  # as every command does once the passphrase has been used
    profile.journal.create(EntryDraft(title="memory test", body="written while unlocked"))
    profile.service(BackupService).backup_if_due()
    profile.lock()
    del profile


def _window(root: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from companion.cli.passphrase import read_passphrase
    from companion.config import ProfilePaths
    from companion.domain.journal import EntryDraft
    from companion.services.profile import ProfileService
    from companion.ui.main_window import MainWindow
    from companion.ui.preferences import Preferences
    from companion.ui.unlock_dialog import UnlockDialog

    app = QApplication.instance() or QApplication([])
    passphrase = read_passphrase()
    service = ProfileService(ProfilePaths(root))
    dialog = UnlockDialog(service)
    dialog.show()
    QTest.keyClicks(dialog.panel.passphrase_edit, passphrase)
    del passphrase
    QTest.keyClick(dialog.panel.passphrase_edit, Qt.Key.Key_Return)
    while dialog.profile is None:
        app.processEvents()
    profile = dialog.profile
    window = MainWindow(service, profile, Preferences())
    window.show()
    window.start()
    profile.journal.create(EntryDraft(title="memory test", body="written while unlocked"))
    window.lock()  # what Ctrl+L and the idle timer do
    for _ in range(50):
        app.processEvents()
    assert window.profile is None, "the window did not lock"
    dialog.deleteLater()
    del dialog, profile
    app.processEvents()


def main(argv: list[str]) -> int:
    root = Path(argv[0])
    if "--window" in argv:
        _window(root)
    else:
        _headless(root)
    gc.collect()
    print("locked", flush=True)
    sys.stdin.readline()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
