"""Walk a built bundle through what Companion does with its window, and say what it loaded.

Built into the bundle folder as the extra program ``companion-probe`` when
``COMPANION_BUNDLE_PROBE=1`` is set for ``pyinstaller build.spec`` (never in a release
build); it runs on the bundle's own Python, Qt and data, exactly as ``companion`` does::

    COMPANION_BUNDLE_PROBE=1 pyinstaller build.spec --noconfirm
    QT_QPA_PLATFORM=offscreen dist/companion/companion-probe REPORT.json

On a throwaway demo profile (generated data, a temporary HOME) it opens the main window in
German, goes to every area and draws every Insights chart, saves a chart as PNG and SVG,
writes the PDF summary and prints it through QPrinter (to a PDF file), draws the SVG icons
and checks that Qt's own standard buttons are translated. Each check that fails is named on
standard error and the exit status is 1. REPORT.json (optional) lists the Python modules
and shared libraries the process had loaded at the end: what ``scripts/bundle_report.py``
compares with the files in the bundle. Run from source it works too (a quick check of the
probe itself).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

FAILURES: list[str] = []


def check(name: str, ok: bool, detail: str = "") -> None:
    print(f"{'ok  ' if ok else 'FAIL'} {name}{': ' + detail if detail and not ok else ''}")
    if not ok:
        FAILURES.append(name)


def step(name: str, action: Callable[[], object]) -> None:
    """Run one step; an exception is a failed check with its type (never the data)."""
    try:
        action()
    except Exception as exc:
        check(name, False, f"{type(exc).__name__}: {exc}")


def loaded_libraries() -> list[str]:
    """The shared libraries mapped into this process (Linux only)."""
    maps = Path("/proc/self/maps")
    if not maps.exists():
        return []
    found = set()
    for line in maps.read_text().splitlines():
        parts = line.split(maxsplit=5)
        if len(parts) == 6 and ".so" in parts[5]:
            found.add(parts[5].strip())
    return sorted(found)


def main(argv: list[str]) -> int:
    report_path = Path(argv[0]).resolve() if argv else None
    scratch = Path(tempfile.mkdtemp(prefix="companion-probe-"))
    os.environ["HOME"] = str(scratch)
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")
    os.environ["XDG_DATA_HOME"] = str(scratch / "data")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        walk(scratch)
    finally:
        if report_path is not None:
            report = {
                "frozen": bool(getattr(sys, "frozen", False)),
                "modules": sorted(sys.modules),
                "libraries": loaded_libraries(),
                "failures": FAILURES,
            }
            report_path.write_text(json.dumps(report, indent=1), encoding="utf-8")
        shutil.rmtree(scratch, ignore_errors=True)
    print("Probe passed." if not FAILURES else f"Probe FAILED: {', '.join(FAILURES)}")
    return 1 if FAILURES else 0


def walk(scratch: Path) -> None:
    from PySide6.QtCore import QEventLoop, QSize
    from PySide6.QtGui import QIcon, QImage
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from companion.app import DEMO_PASSPHRASE, _application, make_demo_profile
    from companion.services.profile import ProfileService
    from companion.ui.i18n import install_translator

    app = _application()

    def settle(seconds: float = 0.3) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    # German: Companion's own texts and Qt's (standard buttons come from qtbase_de.qm)
    chosen = install_translator(app, "de")
    check("language is German", chosen == "de", chosen)
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save
    )
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    check("Qt's standard buttons in German", cancel == "Abbrechen", repr(cancel))
    home_label = app.translate("Areas", "Home")
    check("Companion's texts in German", home_label == "Start", repr(home_label))

    # The SVG line icons (QtSvg) draw something
    from companion.ui.icons import area_icon

    for key in ("home", "journal", "insights"):
        pixmap = area_icon(key).pixmap(QSize(24, 24), QIcon.Mode.Normal)
        image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
        inked = any(
            image.pixelColor(x, y).alpha() > 0
            for x in range(image.width())
            for y in range(image.height())
        )
        check(f"SVG icon {key} is drawn", inked)

    step("pictures of kept files", check_pictures)

    paths = make_demo_profile()
    try:
        profile = ProfileService(paths).unlock_with_passphrase(DEMO_PASSPHRASE)
        try:
            step("PDF summary", lambda: write_summary(profile, scratch))
            walk_window(ProfileService(paths), profile, settle, scratch)
        finally:
            if not profile.is_locked:
                profile.lock()
    finally:
        shutil.rmtree(paths.root.parent, ignore_errors=True)
    QApplication.processEvents()


def walk_window(
    service: object, profile: object, settle: Callable[..., None], scratch: Path
) -> None:
    from PySide6.QtWidgets import QWidget

    from companion.ui.areas import area_entries
    from companion.ui.main_window import MainWindow
    from companion.ui.preferences import Preferences

    window = MainWindow(service, profile, Preferences())  # type: ignore[arg-type]
    window.show()
    settle(0.5)
    keys = [key for key, _title, _factory in area_entries()]  # in navigation order
    check("every area has a navigation row", window.nav.count() == len(keys))
    for row, key in enumerate(keys):
        window.nav.setCurrentRow(row)
        settle(0.3)
        shown = window.areas.currentWidget()
        check(f"area {key} opens", isinstance(shown, QWidget) and shown.isVisible())
        check(f"area {key} paints", not window.grab().isNull())
        if key == "insights":
            step("Insights charts", lambda shown=shown: walk_insights(shown, settle, scratch))
    window.close()
    settle(0.2)


def walk_insights(view: object, settle: Callable[..., None], scratch: Path) -> None:
    tabs = view.tabs  # type: ignore[attr-defined]
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle(0.3)
        figure = view.figure(index)  # type: ignore[attr-defined]
        check(f"Insights chart {index} is drawn", figure is not None and bool(figure.axes))
    for suffix in ("png", "svg"):
        saved = view.save_chart(0, scratch / f"chart.{suffix}")  # type: ignore[attr-defined]
        size = Path(saved).stat().st_size if saved else 0
        check(f"Insights chart saved as {suffix.upper()}", size > 1000, str(size))


#: A 1x1 GIF (Qt can read GIF but not write it)
TINY_GIF = bytes.fromhex(
    "47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b"
)


def check_pictures() -> None:
    """The image plugins a kept photo needs are in the bundle: JPEG, WebP and GIF files are
    read and made into a thumbnail as the journal's strip makes them."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    from companion.ui.attachments.pictures import make_pictures

    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    for kind in ("JPEG", "WEBP"):
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        written = image.save(buffer, kind)
        data = bytes(QByteArray(buffer.data()).data())
        made = make_pictures(data) if written else None
        check(f"a {kind} photo is made into a thumbnail", made is not None, str(written))
    check("a GIF picture is made into a thumbnail", make_pictures(TINY_GIF) is not None)


def write_summary(profile: object, scratch: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from companion.export.selection import PeriodChoice, default_selection
    from companion.export.summary_files import SummaryFormat, write_summary
    from companion.services.summary import SummaryRequest, SummaryService
    from companion.ui.export.printing import print_document

    summaries = profile.service(SummaryService)  # type: ignore[attr-defined]
    counselor = profile.counselors.list()[0].id  # type: ignore[attr-defined]
    period = summaries.resolve_period(PeriodChoice(), counselor)
    candidates = summaries.candidates(period, counselor)
    document = summaries.build(SummaryRequest(candidates, default_selection(candidates)))
    written = write_summary(document, scratch / "summary.pdf", SummaryFormat.PDF, None)
    pdf = Path(written[0]).read_bytes()
    check("PDF summary written", pdf.startswith(b"%PDF") and len(pdf) > 5000, str(len(pdf)))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(scratch / "printed.pdf"))
    pages = print_document(document, printer)
    printed = (scratch / "printed.pdf").read_bytes()
    check("summary printed through QPrinter", pages > 0 and printed.startswith(b"%PDF"))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
