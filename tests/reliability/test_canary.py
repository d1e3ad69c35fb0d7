"""A canary typed into the journal never appears in plaintext (docs/design.md §3, §6).

A sentence is typed into the editor through the real window, saved, backed up, searched for,
and the window is locked. At each stage every file that could hold it (the database and its
WAL and shared-memory files, the backups, the temp folder, the whole temporary home with the
Qt settings) and everything logged (all loggers at DEBUG, SQLAlchemy included, Qt messages,
stdout and stderr) is scanned as raw bytes for the canary in UTF-8 and UTF-16 and in lower
and upper case, and for its distinctive parts on their own.

The positive controls at the end show the scanner does find the canary where it is.
"""

from __future__ import annotations

import logging
import secrets
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from companion.config import ProfilePaths
from companion.domain.journal import EntryFilter
from companion.security.keystore import KeyStore
from companion.services.journal import JournalService
from companion.services.profile import ProfileService
from companion.storage.engine import Database
from companion.ui.main_window import MainWindow
from companion.ui.preferences import Preferences
from companion.ui.tasks import wait_for_background_work
from tests.services.conftest import FAST

PASSPHRASE = "canary passphrase"
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")
#: Loggers set to DEBUG explicitly (the root logger is too), so nothing is filtered early.
LOGGERS = (
    "companion",
    "sqlalchemy",
    "sqlalchemy.engine",
    "sqlalchemy.pool",
    "sqlalchemy.orm",
    "alembic",
    "keyring",
)


@pytest.fixture(autouse=True)
def qt_settings(isolated_home: Path, qapp: object) -> Iterator[QSettings]:
    """QSettings as an ini file in the temporary home, as tests/ui/conftest.py sets them up."""
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
def canary() -> str:
    """A sentence no file could contain by chance (a fresh random word each run)."""
    return f"Quokka lanterns whisper {secrets.token_hex(6)} by the harbour, said Éloïse."


def type_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` key by key. QTest only knows ASCII keys (others abort the process in
    some Qt builds), so other characters are sent as key events that carry just the text,
    as an input method would deliver them."""
    run = ""
    for char in text:
        if char.isascii() and char.isprintable():
            run += char
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
    if run:
        qtbot.keyClicks(widget, run)


def secret_parts(sentence: str) -> list[str]:
    """The sentence and its distinctive pieces (a leak of part of it is still a leak)."""
    word = sentence.split()[3]
    return [sentence, word, "Quokka lanterns", "harbour, said"]


def needles(parts: Iterable[str]) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    for part in parts:
        for variant in dict.fromkeys((part, part.lower(), part.upper())):
            for encoding in ENCODINGS:
                found[f"{variant!r} ({encoding})"] = variant.encode(encoding)
    return found


def scan_files(roots: Iterable[Path], parts: Iterable[str]) -> list[str]:
    """Every file under ``roots`` read as bytes; '<file>: <form>' for each form found."""
    wanted = needles(parts)
    hits: list[str] = []
    seen: set[Path] = set()
    for root in roots:
        if not root.exists():
            continue
        for path in [root] if root.is_file() else sorted(root.rglob("*")):
            if path.is_symlink() or not path.is_file():
                continue
            resolved = path.resolve()
            if resolved in seen:
                continue
            seen.add(resolved)
            try:
                data = path.read_bytes()
            except OSError:  # gone meanwhile (SQLite removes its -wal/-shm files on close)
                continue
            hits.extend(f"{path}: {label}" for label, needle in wanted.items() if needle in data)
    return hits


def scan_texts(texts: dict[str, str], parts: Iterable[str]) -> list[str]:
    """Captured text (logs, output): case-insensitive search for every part."""
    hits = []
    for where, text in texts.items():
        folded = text.casefold()
        hits.extend(f"{where}: {part!r}" for part in parts if part.casefold() in folded)
    return hits


def log_everything(caplog: pytest.LogCaptureFixture) -> None:
    """Capture every logger at DEBUG (SQLAlchemy sets its own loggers to WARNING)."""
    caplog.set_level(logging.DEBUG)
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)


def captured_logs(
    caplog: pytest.LogCaptureFixture, qtlog: object, capsys: pytest.CaptureFixture[str]
) -> dict[str, str]:
    """Everything logged or printed, by where it came from (one entry per logger)."""
    texts: dict[str, str] = {"formatted log": caplog.text}
    for record in caplog.records:
        where = f"log record of {record.name!r}"
        line = f"{record.getMessage()} {record.args!r} {record.exc_text or ''}\n"
        texts[where] = texts.get(where, "") + line
    texts["Qt messages"] = "\n".join(
        str(getattr(r, "message", r)) for r in getattr(qtlog, "records", [])
    )
    out, err = capsys.readouterr()
    texts["stdout"] = out
    texts["stderr"] = err
    return texts


def places(profile: Path, home: Path) -> list[Path]:
    """Where the text could end up: the profile (database, WAL, shared memory, backups), the
    temp folder, the whole temporary home (Qt settings, caches) and Qt's runtime folder."""
    paths = ProfilePaths(profile)
    runtime = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    found = [
        paths.database,
        *paths.sidecars(),
        paths.backups,
        profile,
        Path(tempfile.gettempdir()),
        home,
    ]
    if runtime:
        found.append(Path(runtime))
    return found


def describe(profile: Path) -> str:
    present = sorted(p.name for p in profile.iterdir())
    backups = ProfilePaths(profile).backups
    kept = sorted(p.name for p in backups.iterdir()) if backups.is_dir() else []
    return f"profile files: {present}; backups: {kept}"


@dataclass
class Traces:
    """What the journey through the app left behind, scanned for the canary."""

    #: stage -> hits in files, scanned while unlocked, after locking, after closing
    files: dict[str, list[str]]
    #: hits in everything logged or printed during the journey
    logs: list[str]
    #: the profile's files at each stage, for failure messages
    states: dict[str, str]


def write_canary_through_the_app(  # type: ignore[no-untyped-def]
    qtbot,
    qtlog,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    home: Path,
    profile_dir: Path,
    tmp_path: Path,
    qt_settings: QSettings,
    canary: str,
) -> Traces:
    """Type the canary into a new entry, save, back up, search, lock and close the window,
    scanning the disk at each stage and the logs at the end."""
    log_everything(caplog)
    parts = secret_parts(canary)
    roots = places(profile_dir, home)
    traces = Traces(files={}, logs=[], states={})

    service = ProfileService(ProfilePaths(profile_dir))
    profile, _recovery = service.create(use_keychain=False, passphrase=PASSPHRASE, params=FAST)
    window = MainWindow(service, profile, Preferences())
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitExposed(window)
    wait_for_background_work()

    # Type it as a client would: a new entry, a title, then the sentence; let autosave run.
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.journal_view.editor
    qtbot.keyClicks(editor.title_edit, "Harbour notes")
    type_text(qtbot, editor.body_edit, canary)
    qtbot.waitUntil(lambda: editor.status_label.text() == "Saved", timeout=5000)
    assert editor.flush()
    assert editor.entry_id is not None
    assert profile.journal.get(editor.entry_id).body == canary

    # A daily backup that includes it (the one made at start-up is less than a day old).
    backup = profile.backup_if_due(now=datetime.now() + timedelta(days=2))
    assert backup is not None and backup.is_file()
    key = KeyStore.load(ProfilePaths(profile_dir).keystore).unlock_with_passphrase(PASSPHRASE)
    check_dir = tmp_path / "backup-check"  # outside every scanned folder
    check_dir.mkdir()
    copy = Path(shutil.copy2(backup, check_dir / "copy.db"))
    restored = Database.open(copy, key)
    try:
        found = JournalService(restored).list(EntryFilter(text=parts[1]))
        assert [s.id for s in found] == [editor.entry_id], "the backup does not hold the entry"
    finally:
        restored.close()

    # Search for it, typed into the search box.
    view = window.journal_view
    qtbot.mouseClick(view.search_edit, Qt.MouseButton.LeftButton)
    for typed in (parts[1], "quokka lant"):
        view.search_edit.clear()
        qtbot.keyClicks(view.search_edit, typed)
        # wait until this search has run (its results are shown), not just for a count
        qtbot.waitUntil(
            lambda typed=typed: (
                view.model.entry_filter.text == typed and view.model.entry_count() == 1
            ),
            timeout=3000,
        )
    hits = profile.journal.list(EntryFilter(text="lanterns whisper"))
    assert [s.id for s in hits] == [editor.entry_id]

    traces.states["unlocked"] = describe(profile_dir)
    traces.files["unlocked"] = scan_files(roots, parts)

    window.lock()
    assert window.is_locked
    traces.states["locked"] = describe(profile_dir)
    traces.files["locked"] = scan_files(roots, parts)

    window.close()  # saves the window state into QSettings
    qt_settings.sync()
    assert any(p.suffix == ".ini" for p in (home / "config").rglob("*")), (
        "expected Qt settings on disk to scan"
    )
    traces.states["closed"] = describe(profile_dir)
    traces.files["closed"] = scan_files(roots, parts)

    assert caplog.records, "nothing was logged: the log scan would prove nothing"
    traces.logs = scan_texts(captured_logs(caplog, qtlog, capsys), parts)
    return traces


def test_canary_typed_in_the_editor_never_reaches_a_file(  # type: ignore[no-untyped-def]
    qtbot,
    qtlog,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    isolated_home: Path,
    profile_dir: Path,
    tmp_path: Path,
    qt_settings: QSettings,
    canary: str,
) -> None:
    traces = write_canary_through_the_app(
        qtbot, qtlog, caplog, capsys, isolated_home, profile_dir, tmp_path, qt_settings, canary
    )
    # the journal was in WAL mode while unlocked, so a live WAL file was among those scanned
    assert "companion.db-wal" in traces.states["unlocked"], traces.states["unlocked"]
    for stage, hits in traces.files.items():
        assert not hits, f"canary found on disk ({stage}; {traces.states[stage]}):\n" + "\n".join(
            hits
        )


def test_canary_typed_in_the_editor_never_reaches_the_logs(  # type: ignore[no-untyped-def]
    qtbot,
    qtlog,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    isolated_home: Path,
    profile_dir: Path,
    tmp_path: Path,
    qt_settings: QSettings,
    canary: str,
) -> None:
    traces = write_canary_through_the_app(
        qtbot, qtlog, caplog, capsys, isolated_home, profile_dir, tmp_path, qt_settings, canary
    )
    assert not traces.logs, "canary found in logs or output:\n" + "\n".join(traces.logs)


# -- positive controls: the scanner finds what is there -----------------------------------


def test_scanner_finds_the_canary_in_plain_files(
    isolated_home: Path, profile_dir: Path, canary: str
) -> None:
    parts = secret_parts(canary)
    roots = places(profile_dir, isolated_home)
    assert scan_files(roots, parts) == []
    temp = Path(tempfile.gettempdir())
    (temp / "plain.txt").write_text(f"before {canary} after", encoding="utf-8")
    hits = scan_files(roots, parts)
    assert any("plain.txt" in h and "(utf-8)" in h for h in hits), hits
    (temp / "plain.txt").unlink()

    nested = isolated_home / "config" / "deep" / "notes.ini"
    nested.parent.mkdir(parents=True)
    nested.write_bytes(canary.encode("utf-16-le"))
    hits = scan_files(roots, parts)
    assert any("notes.ini" in h and "(utf-16-le)" in h for h in hits), hits
    nested.unlink()

    backups = ProfilePaths(profile_dir).backups
    backups.mkdir()
    (backups / "lower.db").write_bytes(b"\x00" + canary.lower().encode() + b"\x00")
    hits = scan_files(roots, parts)
    assert any("lower.db" in h and repr(canary.lower()) in h for h in hits), hits
    (backups / "lower.db").unlink()

    # a leak of the random word alone is caught too
    ProfilePaths(profile_dir).database.write_bytes(b"xx" + parts[1].encode() + b"yy")
    hits = scan_files(roots, parts)
    assert any("companion.db" in h and repr(parts[1]) in h for h in hits), hits


def test_scanner_finds_the_canary_in_logs(  # type: ignore[no-untyped-def]
    qtlog,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    canary: str,
) -> None:
    parts = secret_parts(canary)
    log_everything(caplog)
    assert scan_texts(captured_logs(caplog, qtlog, capsys), parts) == []
    logging.getLogger("sqlalchemy.engine.Engine").debug("row %s", (1, canary.upper()))
    hits = scan_texts(captured_logs(caplog, qtlog, capsys), parts)
    assert any("sqlalchemy.engine.Engine" in h for h in hits), hits
    assert any(h.startswith("formatted log") for h in hits), hits
    caplog.clear()
    print(f"saving {canary}")
    hits = scan_texts(captured_logs(caplog, qtlog, capsys), parts)
    assert any(h.startswith("stdout") for h in hits), hits
