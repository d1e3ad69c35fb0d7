"""Composition root: builds the QApplication, finds and unlocks the profile, wires the
services into the window and shows it."""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from companion import APP_NAME, __version__
from companion.config import ProfilePaths, default_data_dir
from companion.services.errors import SHOWABLE_ERRORS, KeychainProblem, WrongSecret
from companion.services.profile import (
    ProfileService,
    ProfileState,
    UnlockedProfile,
    keychain_status,
)
from companion.ui.preferences import Preferences
from companion.ui.theme import ThemeChoice, apply_theme

log = logging.getLogger("companion")

DEMO_PASSPHRASE = "demo"


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    return app


def make_demo_profile() -> ProfilePaths:
    """A throwaway profile in a temporary folder, filled with a year of generated entries."""
    from companion.services.demo import generate_entries

    root = Path(tempfile.mkdtemp(prefix="companion-demo-"))
    paths = ProfilePaths(root / "profile")
    profile, _recovery = ProfileService(paths).create(
        use_keychain=False, passphrase=DEMO_PASSPHRASE
    )
    profile.journal.add_many(generate_entries(365))
    profile.lock()
    return paths


def _say(title: str, text: str, *, headless: bool) -> None:
    if headless:
        print(f"companion: {text}", file=sys.stderr)
    else:
        QMessageBox.critical(None, title, text)


def run_app(
    *, data_dir: Path | None, demo: bool, exit_when_ready: bool, passphrase: str | None
) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app = _application()
    prefs = Preferences()
    apply_theme(app, prefs.theme)
    app.styleHints().colorSchemeChanged.connect(
        lambda _scheme: prefs.theme is ThemeChoice.SYSTEM and apply_theme(app, prefs.theme)
    )

    demo_root: Path | None = None
    if demo:
        paths = make_demo_profile()
        demo_root = paths.root.parent
        passphrase = passphrase or DEMO_PASSPHRASE
    else:
        paths = ProfilePaths(data_dir or default_data_dir())
    try:
        return _run(
            app,
            ProfileService(paths),
            prefs,
            exit_when_ready=exit_when_ready,
            passphrase=passphrase,
            demo=demo,
        )
    finally:
        if demo_root is not None:
            shutil.rmtree(demo_root, ignore_errors=True)


def _run(
    app: QApplication,
    service: ProfileService,
    prefs: Preferences,
    *,
    exit_when_ready: bool,
    passphrase: str | None,
    demo: bool,
) -> int:
    from companion.ui.main_window import MainWindow

    state = service.state()
    headless = exit_when_ready
    if state is ProfileState.KEYSTORE_MISSING:
        _say(
            APP_NAME,
            app.translate(
                "App",
                "Companion found a journal in %1 but not its key file (keystore.json), so it "
                "cannot open it. If you moved the folder, move keystore.json along with it, or "
                "restore a backup. Nothing was changed.",
            ).replace("%1", str(service.paths.root)),
            headless=headless,
        )
        return 1
    profile: UnlockedProfile | None = None
    keychain_failed = False
    if state is ProfileState.NEW:
        if headless:
            _say(
                APP_NAME,
                "there is no profile in this folder yet; create one with "
                "'companion demo-data' or start the app normally.",
                headless=True,
            )
            return 2
        from companion.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(service, keychain_status())
        if dialog.exec() != FirstRunDialog.DialogCode.Accepted or dialog.profile is None:
            return 0
        profile = dialog.profile
    else:
        message = ""
        try:
            if passphrase is not None:
                profile = service.unlock_with_passphrase(passphrase)
            elif service.unlock_methods().keychain:
                profile = service.unlock_with_keychain()
        except KeychainProblem as exc:
            keychain_failed = True
            message = str(exc)
        except WrongSecret:
            message = app.translate("App", "That passphrase did not open your journal.")
        except SHOWABLE_ERRORS as exc:
            message = str(exc)
        if profile is None:
            if headless:
                _say(
                    APP_NAME,
                    message or "this profile needs a passphrase (--passphrase-stdin).",
                    headless=True,
                )
                return 1
            from companion.ui.unlock_dialog import UnlockDialog

            unlock = UnlockDialog(service, hint=_demo_hint(demo), message=message)
            if unlock.exec() != UnlockDialog.DialogCode.Accepted or unlock.profile is None:
                return 0
            profile = unlock.profile
            keychain_failed = keychain_failed or unlock.keychain_failed

    window = MainWindow(service, profile, prefs, lock_hint=_demo_hint(demo))
    if demo:
        window.setWindowTitle(app.translate("App", "Companion (demo profile)"))
    window.show()
    window.start()
    if exit_when_ready:
        QTimer.singleShot(0, window.close)
    elif keychain_failed:
        QTimer.singleShot(0, window.offer_keychain_again)
    app.exec()
    return 0


def _demo_hint(demo: bool) -> str:
    if not demo:
        return ""
    return QApplication.translate(
        "App", "This is the demo profile: its passphrase is “%1”."
    ).replace("%1", DEMO_PASSPHRASE)
