"""Generate the screenshots in docs/screenshots from a demo profile.

    python docs/make_screenshots.py [--out docs/screenshots] [--themes light,dark,contrast]
                                    [--language en|de]

Runs offscreen unless a display is available. Each view is captured in each theme (light,
dark and Companion's high contrast by default) with ``QWidget.grab()``; ``--language de``
shows the German translation.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "screenshots")
    parser.add_argument("--themes", default="light,dark,contrast")
    parser.add_argument("--language", default="en", choices=("en", "de"))
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    tmp = Path(tempfile.mkdtemp(prefix="companion-shots-"))
    QCoreApplication.setOrganizationName("CompanionScreenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
    app = QApplication(sys.argv[:1])
    from companion.ui.i18n import install_translator

    install_translator(app, args.language)

    from companion.app import DEMO_PASSPHRASE
    from companion.config import ProfilePaths
    from companion.domain.journal import EntryDraft
    from companion.services.demo import generate_entries
    from companion.services.demo_counseling import DemoCounselingService
    from companion.services.profile import KeychainStatus, ProfileService
    from companion.ui.first_run import FirstRunDialog
    from companion.ui.main_window import MainWindow
    from companion.ui.preferences import Preferences
    from companion.ui.settings_dialog import SettingsDialog
    from companion.ui.theme import ThemeChoice, apply_theme

    paths = ProfilePaths(tmp / "profile")
    service = ProfileService(paths)
    profile, _ = service.create(use_keychain=False, passphrase=DEMO_PASSPHRASE)
    profile.journal.add_many(generate_entries(365))
    profile.service(DemoCounselingService).add(365)
    profile.journal.create(EntryDraft(
        title="Before Thursday's session",
        body="## What I want to bring up\n\n- The **sleep** problems are back.\n- I felt rushed "
             "at the end last time and didn't say so.\n\n> Is there something I have not said "
             "yet?\n\nI think I want to talk about how hard it is to ask for help at work.",
        mood=6, tags=("therapy", "sleep", "work"), bring_to_session=True))

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    for theme in (ThemeChoice(t) for t in args.themes.split(",")):
        apply_theme(app, theme)
        name = theme.value
        window = MainWindow(service, profile, Preferences())
        window.resize(1200, 760)
        window.show()
        window.start(background_work=False)
        for area in ("home", "insights", "agenda", "sessions", "goals", "feedback", "safety"):
            window.show_area_key(area)
            settle()
            window.grab().save(str(out / f"{area}-{name}.png"))
        window.show_area_key("journal")
        settle()
        window.grab().save(str(out / f"journal-{name}.png"))
        window.journal_view.editor.show_reader(True)
        settle()
        window.grab().save(str(out / f"journal-read-{name}.png"))
        window.journal_view.editor.show_reader(False)
        window.journal_view.search_edit.setText("sister")
        window.journal_view.apply_filter()
        settle()
        window.grab().save(str(out / f"search-{name}.png"))
        window.journal_view.search_edit.clear()
        window.journal_view.apply_filter()
        settings = SettingsDialog(profile, Preferences(), window)
        settings.show()
        settle()
        settings.grab().save(str(out / f"settings-{name}.png"))
        settings.close()
        window.lock()
        settle()
        window.grab().save(str(out / f"locked-{name}.png"))
        profile = service.unlock_with_passphrase(DEMO_PASSPHRASE)
        window.close()

        first = FirstRunDialog(ProfileService(ProfilePaths(tmp / f"new-{name}")),
                               KeychainStatus(True, "Secret Service"))
        first.show()
        settle()
        first.grab().save(str(out / f"welcome-{name}.png"))
        first.next()
        settle()
        first.grab().save(str(out / f"setup-{name}.png"))
        first.hide()
    profile.lock()
    print(f"Screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
