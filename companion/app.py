"""Composition root: finds and unlocks the profile, builds the QApplication, wires the
services into the window and shows it.

Qt comes first (without PySide6's import hook, see ``ui/qt_loading.py``) and, when the folder
holds a profile, a small window saying the journal is opening is painted before anything else
loads; the profile then opens on a thread of its own (``EarlyUnlocking``) while the main
window's modules load. docs/architecture.md, "Start-up path", tells the whole order.
"""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from companion import APP_ID, APP_NAME, __version__
from companion.config import ProfilePaths, default_data_dir
from companion.domain import wording
from companion.startup_trace import mark
from companion.wipe import owned_copy, wipe

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from companion.services.profile import ProfileService, UnlockedProfile
    from companion.ui.main_window import MainWindow
    from companion.ui.opening_window import OpeningWindow
    from companion.ui.preferences import Preferences
    from companion.ui.single_instance import SingleInstance

log = logging.getLogger("companion")

#: At least as long as any passphrase a client may choose (the same rule applies).
DEMO_PASSPHRASE = "demo-demo"
#: Exit status of a second start on a profile that is already open (``--exit-when-ready``).
EXIT_ALREADY_OPEN = 3
#: How often the window looks whether the journal's pages have been checked (ms).
PAGE_CHECK_POLL_MS = 50


@dataclass
class EarlyUnlock:
    """The outcome of opening the profile before any window exists."""

    profile: UnlockedProfile | None = None
    #: Why it did not open, to show in the unlock window (empty when nothing was tried).
    message: str = ""
    keychain_failed: bool = False
    #: The journal file is damaged: let the unlock window try again and offer the backup.
    damaged: bool = False


def unlock_without_prompt(
    service: ProfileService, passphrase: str | None, *, check_pages: bool = True
) -> EarlyUnlock:
    """Open an existing profile from the keychain, or with a passphrase given on standard
    input; report why not otherwise. Never asks anything and never creates a profile."""
    from companion.services.errors import CompanionError, KeychainProblem, WrongSecret
    from companion.services.profile import ProfileDamaged, ProfileState

    if service.state() is not ProfileState.EXISTING:
        return EarlyUnlock()
    try:
        if passphrase is not None:
            return EarlyUnlock(service.unlock_with_passphrase(passphrase, check_pages=check_pages))
        if service.unlock_methods().keychain:
            return EarlyUnlock(service.unlock_with_keychain(check_pages=check_pages))
    except KeychainProblem as exc:
        return EarlyUnlock(message=wording.message_of(exc), keychain_failed=True)
    except WrongSecret:
        return EarlyUnlock(message=wording.tr("app", "That passphrase did not open your journal."))
    except ProfileDamaged as exc:
        return EarlyUnlock(message=wording.message_of(exc), damaged=True)
    except CompanionError as exc:
        return EarlyUnlock(message=wording.message_of(exc))
    return EarlyUnlock()


class EarlyUnlocking:
    """Opening the profile without a prompt, on a thread of its own, while Qt loads.

    Most of its time is spent waiting: for the keychain's service to answer, for Argon2id
    (which runs outside Python's lock) when a passphrase came on standard input, for
    SQLCipher. The main thread loads the main window's modules meanwhile. The keychain's
    Python modules are imported before the thread starts (without the helpers keyring never
    uses for a key, see ``security/keychain.py``). The passphrase is wiped as soon as it has
    been used.
    """

    def __init__(self, service: ProfileService, passphrase: str | None) -> None:
        self._service = service
        self._passphrase = passphrase
        self._result: EarlyUnlock | None = None
        self._error: BaseException | None = None
        self._page_damage: Exception | None = None
        self._opened = threading.Event()
        self._thread: threading.Thread | None = None
        self.tries = self._worth_trying()
        if not self.tries:
            wipe(passphrase)
            self._passphrase = None
            return
        if passphrase is None:
            from companion.security.keychain import load_backend_modules

            load_backend_modules()
        self._thread = threading.Thread(target=self._run, name="companion-unlock", daemon=True)
        self._thread.start()

    def _worth_trying(self) -> bool:
        """Whether the profile can open without asking (what :func:`unlock_without_prompt`
        tries); a damaged key file is for the thread to report."""
        from companion.services.errors import CompanionError
        from companion.services.profile import ProfileState

        if self._service.state() is not ProfileState.EXISTING:
            return False
        if self._passphrase is not None:
            return True
        try:
            return self._service.unlock_methods().keychain
        except CompanionError:
            return True

    def _run(self) -> None:
        mark("unlocking")
        try:
            # every page's authentication comes after, beside the window's start: it takes
            # longer the larger the journal (and SQLite does it outside Python's lock)
            self._result = unlock_without_prompt(self._service, self._passphrase, check_pages=False)
        except BaseException as exc:  # handed to the thread that waits for the outcome
            self._error = exc
        finally:
            wipe(self._passphrase)  # read from standard input for this one use
            self._passphrase = None
            self._opened.set()
        mark("unlocked")
        profile = None if self._result is None else self._result.profile
        if profile is not None:
            self._check_pages(profile)

    def _check_pages(self, profile: UnlockedProfile) -> None:
        from companion.services.errors import CompanionError
        from companion.storage.errors import DatabaseCorrupt

        try:
            profile.check_pages()
        except DatabaseCorrupt as exc:
            self._page_damage = exc
        except CompanionError:
            pass  # locked meanwhile (the window closed): the next opening checks again

    @property
    def done(self) -> bool:
        """Whether the profile has been opened (or could not be)."""
        return self._thread is None or self._opened.is_set()

    def wait(self, seconds: float) -> None:
        """Wait until the profile has been opened (or could not be), at most ``seconds``."""
        if self._thread is not None:
            self._opened.wait(seconds)

    @property
    def pages_checked(self) -> bool:
        """Whether the check of every page, after opening, is over."""
        return self._thread is None or not self._thread.is_alive()

    def page_damage(self) -> Exception | None:
        """Wait for the check of every page; the damage it found, if any."""
        if self._thread is not None:
            self._thread.join()
        return self._page_damage

    def opened_profile(self) -> UnlockedProfile | None:
        """The profile the thread opened, if it did (waits for it; never raises)."""
        if self._thread is not None:
            self._thread.join()
        return None if self._result is None else self._result.profile

    def outcome(self) -> EarlyUnlock:
        """Wait for the unlock to finish; its outcome (or the error it raised)."""
        if self._thread is None:
            return EarlyUnlock()
        self._opened.wait()
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        assert self._result is not None  # set by the thread unless it raised
        return self._result


def make_demo_profile() -> ProfilePaths:
    """A throwaway profile in a temporary folder, filled with a year of generated entries."""
    from companion.services.demo import generate_entries
    from companion.services.demo_counseling import DemoCounselingService
    from companion.services.profile import ProfileService

    root = Path(tempfile.mkdtemp(prefix="companion-demo-"))
    paths = ProfilePaths(root / "profile")
    profile, _recovery = ProfileService(paths).create(
        use_keychain=False, passphrase=DEMO_PASSPHRASE
    )
    profile.journal.add_many(generate_entries(365))
    profile.service(DemoCounselingService).add(365)
    profile.lock()
    return paths


def run_app(
    *,
    data_dir: Path | None,
    demo: bool,
    exit_when_ready: bool,
    passphrase: str | None,
    language: str | None = None,
) -> int:
    """Run the app; ``language`` ("en", "de") overrides the one chosen in Settings for this
    run (the command line's ``--language``)."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    demo_root: Path | None = None
    if demo:
        paths = make_demo_profile()
        demo_root = paths.root.parent
        passphrase = passphrase or owned_copy(DEMO_PASSPHRASE)
    else:
        paths = ProfilePaths(data_dir or default_data_dir())
    from companion.ui.single_instance import SingleInstance  # no Qt until it watches

    instance = SingleInstance(paths.root)
    if not instance.acquire():  # another Companion has this profile open: never open it twice
        if demo_root is not None:
            shutil.rmtree(demo_root, ignore_errors=True)
        if exit_when_ready:
            print("companion: " + wording.tr("app", "Companion is already open."), file=sys.stderr)
            return EXIT_ALREADY_OPEN
        instance.request_raise()
        print(
            wording.tr("app", "Companion is already open; its window was brought forward."),
            file=sys.stderr,
        )
        return 0
    try:
        if paths.root.is_dir():
            from companion.services.leftovers import sweep_temporary_files

            sweep_temporary_files(paths.root)  # half-written files left by a crash
        from companion.ui.attachments.opened_files import sweep_leftovers

        sweep_leftovers()  # readable copies of opened files left by a run that crashed
        started: list[EarlyUnlocking] = []
        try:
            return _run_gui(
                paths,
                passphrase,
                started,
                instance,
                exit_when_ready=exit_when_ready,
                demo=demo,
                language=language,
            )
        finally:
            if not started:
                wipe(passphrase)  # never handed over (Qt failed to start)
            for unlocking in started:
                opened = unlocking.opened_profile()
                if opened is not None and not opened.is_locked:
                    opened.lock()
    finally:
        instance.release()
        if demo_root is not None:
            shutil.rmtree(demo_root, ignore_errors=True)


def _application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)  # the installed desktop entry, org.companion.Companion.desktop
    from companion.ui.icons import app_icon

    app.setWindowIcon(app_icon())
    return app


def _say(text: str, *, headless: bool) -> None:
    if headless:
        print(f"companion: {text}", file=sys.stderr)
    else:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, text)


def _run_gui(
    paths: ProfilePaths,
    passphrase: str | None,
    started: list[EarlyUnlocking],
    instance: SingleInstance,
    *,
    exit_when_ready: bool,
    demo: bool,
    language: str | None = None,
) -> int:
    from companion.ui.qt_loading import load_qt

    load_qt()  # first of all: Qt, without the hook that slows every later import
    from PySide6.QtCore import QTimer

    from companion.ui.preferences import Preferences
    from companion.ui.theme import apply_theme, follow_system_changes

    app = _application()
    from companion.ui import unexpected_errors

    unexpected_errors.install(app)  # logged by type and place; a calm message, no traceback
    prefs = Preferences()
    from companion.ui.i18n import install_translator

    install_translator(app, language or prefs.language)
    apply_theme(app, prefs.theme)
    follow_system_changes(app, lambda: prefs.theme)
    opening: OpeningWindow | None = None
    if paths.exists():  # a journal to open (a new folder gets the first-run dialog)
        from companion.ui.opening_window import OpeningWindow

        opening = OpeningWindow()
        opening.show_now()
        mark("first-paint")
    from companion.services.profile import ProfileService, ProfileState

    service = ProfileService(paths)
    unlocking = EarlyUnlocking(service, passphrase)
    started.append(unlocking)
    if not unlocking.tries and opening is not None:
        opening.close()  # a dialog asks for the passphrase next
        opening = None
    from companion.ui.main_window import MainWindow  # while the unlocking thread works

    if opening is not None:
        opening.wait_for(lambda: unlocking.done, pause=unlocking.wait)
    early = unlocking.outcome()
    if early.profile is None and opening is not None:
        opening.close()  # a dialog asks the client next
        opening = None
    profile, keychain_failed = _profile_for_window(
        app, service, prefs, early, headless=exit_when_ready, demo=demo
    )
    if profile is None:
        return 0 if not exit_when_ready else (2 if service.state() is ProfileState.NEW else 1)

    window = MainWindow(service, profile, prefs, lock_hint=_demo_hint(app, demo))
    if demo:
        window.setWindowTitle(app.translate("App", "Companion (demo profile)"))
    window.show()
    # opened early, the journal's pages are still being checked on the unlocking thread
    checking = profile is early.profile
    window.start(
        background_work=not exit_when_ready, warm_up=not exit_when_ready, pages_checked=not checking
    )
    instance.watch(window.bring_forward)
    if checking and not exit_when_ready:
        _report_page_check(window, unlocking)
    if opening is not None:
        opening.hand_over(window)
    from companion.ui.first_paint import when_painted

    damaged: list[bool] = []

    def painted() -> None:
        if opening is None:
            mark("first-paint")
        mark("ready")
        if exit_when_ready:
            if checking and unlocking.page_damage() is not None:
                damaged.append(True)
                _say(_pages_damaged_text(app), headless=True)
            window.close()

    when_painted(window, painted)
    if keychain_failed and not exit_when_ready:
        QTimer.singleShot(0, window.offer_keychain_again)
    app.exec()
    return 1 if damaged else 0


def _report_page_check(window: MainWindow, unlocking: EarlyUnlocking) -> None:
    """Tell the window when the unlocking thread has checked every page of the journal."""
    from PySide6.QtCore import QTimer

    poll = QTimer(window)
    poll.setInterval(PAGE_CHECK_POLL_MS)

    def look() -> None:
        if unlocking.pages_checked:
            poll.stop()
            window.page_check_finished(unlocking.page_damage())

    poll.timeout.connect(look)
    poll.start()


def _pages_damaged_text(app: QApplication) -> str:
    return app.translate(
        "App",
        "the journal file is damaged (a page failed its check). Start Companion normally to "
        "see what can be done; nothing was changed.",
    )


def _profile_for_window(
    app: QApplication,
    service: ProfileService,
    prefs: Preferences,
    early: EarlyUnlock,
    *,
    headless: bool,
    demo: bool,
) -> tuple[UnlockedProfile | None, bool]:
    """The unlocked profile to show, asking the client when needed; None to quit."""
    from companion.services.profile import ProfileState, keychain_status

    if early.profile is not None:
        return early.profile, False
    # the message was worded before Qt and the client's language were there: word it again
    early = replace(early, message=wording.again(early.message))
    state = service.state()
    if state is ProfileState.KEYSTORE_MISSING:
        if headless or not _offer_new_journal_without_keystore(app, service):
            if headless:
                _say(_keystore_missing_text(app, service), headless=True)
            return None, False
        state = service.state()
    if state is ProfileState.INCOMPLETE:
        if headless:
            _say(
                wording.tr(
                    "app",
                    "setting up a journal in this folder was interrupted before anything was "
                    "written in it; start the app normally to set it up again.",
                ),
                headless=True,
            )
            return None, False
        _say_setup_was_interrupted(app)
        service.start_over()
        state = service.state()
    if headless:
        _say(
            early.message
            or (
                wording.tr(
                    "app",
                    "there is no profile in this folder yet; create one with "
                    "'companion demo-data' or start the app normally.",
                )
                if state is ProfileState.NEW
                else wording.tr("app", "this profile needs a passphrase (--passphrase-stdin).")
            ),
            headless=True,
        )
        return None, False
    if state is ProfileState.NEW:
        from companion.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(service, keychain_status())
        accepted = dialog.exec() == FirstRunDialog.DialogCode.Accepted
        return (dialog.profile if accepted else None), False

    from companion.ui.unlock_dialog import UnlockDialog

    unlock = UnlockDialog(
        service,
        hint=_demo_hint(app, demo),
        message="" if early.damaged else early.message,
        keychain_failed=early.keychain_failed,
    )
    if early.damaged:
        unlock.panel.try_keychain_silently()
    if unlock.exec() != UnlockDialog.DialogCode.Accepted or unlock.profile is None:
        return None, False
    return unlock.profile, early.keychain_failed or unlock.keychain_failed


def _keystore_missing_text(app: QApplication, service: ProfileService) -> str:
    return app.translate(
        "App",
        "Companion found a journal in %1 but not its key file (keystore.json), so it cannot "
        "open it. If you moved the folder, move keystore.json along with it, or restore a "
        "backup. Nothing was changed.",
    ).replace("%1", str(service.paths.root))


def _offer_new_journal_without_keystore(app: QApplication, service: ProfileService) -> bool:
    """The journal's key file is missing. The client may quit (and look for the file), or
    keep the journal aside in the backups folder and set up a new one here."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, _keystore_missing_text(app, service))
    box.setInformativeText(
        app.translate(
            "App",
            "If this journal was never used (for example, setting it up was interrupted), you "
            "can start a new one. The file found here is kept aside in the backups folder, "
            "never deleted: if its keystore.json turns up, choose the copy under Backups and "
            "archive, then Restore, and Companion asks for that file.",
        )
    )
    quit_button = box.addButton(app.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    start = box.addButton(
        app.translate("App", "Keep it aside and start a new journal"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.setDefaultButton(quit_button)
    box.exec()
    if box.clickedButton() is not start:
        return False
    service.set_aside_and_start_over()
    return True


def _say_setup_was_interrupted(app: QApplication) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(
        None,
        APP_NAME,
        app.translate(
            "App",
            "Setting up Companion was interrupted last time, before anything was written in "
            "your journal. Let's set it up again.",
        ),
    )


def _demo_hint(app: QApplication, demo: bool) -> str:
    if not demo:
        return ""
    return app.translate("App", "This is the demo profile: its passphrase is “%1”.").replace(
        "%1", DEMO_PASSPHRASE
    )
