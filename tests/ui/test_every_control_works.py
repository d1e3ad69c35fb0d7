"""Every button and menu command does what it says when it is clicked.

A button's ``clicked``, a check box's ``toggled`` and an action's ``triggered`` carry a
``checked`` argument. PySide6 passes it to any Python slot that takes a positional argument,
even one with a default meant for something else and even one decorated ``@Slot()``: the
recovery key's "Save to a file…" got ``False`` as its path and did nothing, while tests that
called the method directly passed.

So every connection made while the whole app is built (every area on a demo profile and every
dialog and widget class in ``companion.ui``) is recorded, and any slot whose first positional
parameter is optional is reported, unless that parameter is named for the flag (``checked``,
``_checked``, ``_``…).
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import inspect
import pkgutil
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QObject, SignalInstance, Slot
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

import companion.ui
from companion.domain.journal import EntryFilter
from companion.services.demo import generate_entries
from companion.services.demo_counseling import DemoCounselingService
from companion.services.profile import KeychainStatus, ProfileService, UnlockedProfile
from companion.services.sessions import SessionService
from companion.ui.areas import area_entries
from companion.ui.main_window import MainWindow
from companion.ui.preferences import Preferences

#: Signals whose (first) argument is the ``checked`` flag, or that have a no-argument
#: overload next to it.
CHECKED_SIGNAL = re.compile(r"SignalInstance (clicked|triggered|toggled)\((bool)?\)")


@dataclass(frozen=True)
class Connection:
    signal: str
    slot: object
    where: str


@contextlib.contextmanager
def recorded_connections(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Connection]]:
    """Record every ``signal.connect(slot)`` made in Python while the block runs."""
    original = SignalInstance.connect
    found: list[Connection] = []

    def connect(self: SignalInstance, slot: object, *args: object, **kwargs: object) -> object:
        caller = sys._getframe(1)
        where = f"{caller.f_code.co_filename}:{caller.f_lineno}"
        found.append(Connection(repr(self), slot, where))
        return original(self, slot, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(SignalInstance, "connect", connect)
    yield found


def _acknowledges_flag(name: str) -> bool:
    return "checked" in name or name.startswith("_")


def problem_with(connection: Connection) -> str | None:
    """Why the slot would get the ``checked`` flag in place of something else, or None."""
    if not CHECKED_SIGNAL.search(connection.signal):
        return None
    slot = connection.slot
    if isinstance(slot, (SignalInstance, functools.partial)):
        return None  # a signal relays; PySide6 calls a partial without the flag
    function = getattr(slot, "__func__", slot)
    if not inspect.isfunction(function):
        return None  # Qt's own slots (accept, close…) are connected by their signature
    positional = [
        p
        for p in inspect.signature(slot).parameters.values()  # type: ignore[arg-type]
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    ]
    if not positional:
        return None
    first = positional[0]
    if first.default is inspect.Parameter.empty or _acknowledges_flag(first.name):
        return None
    name = getattr(slot, "__qualname__", repr(slot))
    return (
        f"{name}({first.name}={first.default!r}) connected to {connection.signal.split()[1]} "
        f"at {connection.where}: a click passes checked=False as {first.name!r}"
    )


def problems(connections: list[Connection]) -> list[str]:
    return sorted({p for c in connections if (p := problem_with(c)) is not None})


# -- the rule follows PySide6 ------------------------------------------------------------------


class _Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.got: list[object] = []

    def plain(self, path: object = None) -> None:
        self.got.append(path)

    @Slot()
    def decorated(self, path: object = None) -> None:
        self.got.append(path)

    def keyword_only(self, *, path: object = None) -> None:
        self.got.append(path)


def test_pyside_passes_the_flag_to_an_optional_first_parameter(qtbot) -> None:
    """Why the check does not trust ``@Slot()``: PySide6 passes the flag anyway."""
    receiver = _Receiver()
    for slot, expected in (
        (receiver.plain, False),
        (receiver.decorated, False),
        (receiver.keyword_only, None),
        (functools.partial(receiver.plain), None),
        (lambda: receiver.plain(), None),
    ):
        button = QPushButton()
        qtbot.addWidget(button)
        button.clicked.connect(slot)
        receiver.got.clear()
        button.click()
        assert receiver.got == [expected], slot


def test_the_check_finds_the_save_to_file_defect(qtbot, monkeypatch) -> None:
    """The check catches the slot that broke "Save to a file…", and passes its fix."""
    with recorded_connections(monkeypatch) as found:
        receiver = _Receiver()
        button = QPushButton()
        qtbot.addWidget(button)
        button.clicked.connect(receiver.plain)
        button.clicked.connect(receiver.decorated)
        button.clicked.connect(receiver.keyword_only)
        button.clicked.connect(lambda _checked=False: receiver.plain())
        button.toggled.connect(lambda on: receiver.plain(on))
    found_problems = problems(found)
    assert len(found_problems) == 2, found_problems
    assert "plain(path=None)" in found_problems[1] and "decorated" in found_problems[0]


# -- the whole app --------------------------------------------------------------------------


def _ui_widget_classes() -> set[type]:
    """Every widget class defined in companion.ui (besides abstract bases)."""
    classes: set[type] = set()
    for info in pkgutil.walk_packages(companion.ui.__path__, "companion.ui."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (
                inspect.isclass(value)
                and issubclass(value, QWidget)
                and value.__module__ == module.__name__
                and not value.__name__.startswith("_")
            ):
                classes.add(value)
    from companion.ui.journal.long_lines import BodyEdit
    from companion.ui.list_detail import ListDetailView

    classes.discard(ListDetailView)  # built through the Goals and Feedback views
    classes.discard(BodyEdit)  # built as the journal editor's MarkdownBodyEdit
    return classes


def _latest_attended(window: MainWindow) -> int:
    assert window.profile is not None
    session = window.profile.service(SessionService).last_attended(None, datetime.now(UTC))
    assert session is not None
    return session.id


def _sessions(name: str) -> Callable[[MainWindow], None]:
    def open_(window: MainWindow) -> None:
        getattr(window.show_area_key("sessions"), name)()

    return open_


def _journal_dialogs(window: MainWindow) -> None:
    view = window.show_area_key("journal")
    assert window.profile is not None
    first = window.profile.journal.list(EntryFilter())[0]
    view.show_history(first.id)  # type: ignore[union-attr]
    view.show_recently_deleted()  # type: ignore[union-attr]


def _loose(window: MainWindow) -> None:
    """Dialogs and widgets the window does not open by itself here."""
    from companion.ui.attachments.entry_files import OpeningNote
    from companion.ui.feedback.phrasing_dialog import PhrasingDialog
    from companion.ui.first_run import FirstRunDialog
    from companion.ui.opening_window import OpeningWindow
    from companion.ui.privacy_veil import Veil
    from companion.ui.recovery_key_widgets import RecoveryKeyCheck, RecoveryKeyPanel
    from companion.ui.settings_dialog import PassphraseDialog
    from companion.ui.sync_status import SyncStatusLabel
    from companion.ui.unlock_dialog import UnlockDialog

    service = window._service
    profile = window.profile
    assert profile is not None
    key = profile.recovery_key()
    for widget in (
        FirstRunDialog(ProfileService(service.paths), KeychainStatus(True, "Test keychain")),
        UnlockDialog(service),
        PassphraseDialog(True),
        PhrasingDialog(window),
        RecoveryKeyPanel(key),
        RecoveryKeyCheck(key, (0, 1)),
        Veil(window),
        OpeningWindow(),
        SyncStatusLabel(),  # in the status bar once sync is set up
        OpeningNote(window),  # before a file kept with an entry is first opened
    ):
        widget.setParent(window, widget.windowFlags())
        widget.show()


STEPS: dict[str, Callable[[MainWindow], object]] = {
    **{
        f"area {key}": (lambda w, k=key: w.show_area_key(k))
        for key, _title, _factory in area_entries()
    },
    "settings": MainWindow.open_settings,
    "search everything": MainWindow.search_everything,
    "safety plan": MainWindow.open_safety_plan,
    "check-in": lambda w: w.check_in(_latest_attended(w)),
    "backups": MainWindow.open_backups,
    "import": MainWindow.import_journal,
    "export": MainWindow.export_summary,
    "after a session": lambda w: w.show_area_key("agenda").open_after_session(None),  # type: ignore[union-attr]
    "plan a session": _sessions("plan_session"),
    "plan a schedule": _sessions("plan_schedule"),
    "import a calendar": _sessions("import_calendar"),
    "add a counselor": lambda w: w.show_area_key("sessions").counselor_menu.add(),  # type: ignore[union-attr]
    "journal history": _journal_dialogs,
    "keyboard shortcuts": MainWindow.show_shortcuts,
    "how your data is protected": MainWindow.show_privacy,
    "the rest": _loose,
    "lock": MainWindow.lock,
}


@pytest.fixture
def demo_profile(service: ProfileService, profile: UnlockedProfile) -> UnlockedProfile:
    profile.journal.add_many(generate_entries(40))
    profile.service(DemoCounselingService).add(40)
    return profile


def test_every_button_and_command_gets_what_it_expects(
    qtbot, monkeypatch, service: ProfileService, demo_profile: UnlockedProfile
) -> None:
    seen: set[type] = set()
    with recorded_connections(monkeypatch) as found:
        window = MainWindow(service, demo_profile, Preferences())
        qtbot.addWidget(window)
        window.resize(1100, 720)
        window.show()
        window.start(background_work=False)
        qtbot.waitExposed(window)
        for name, step in STEPS.items():
            try:
                step(window)
            except Exception as exc:  # pragma: no cover - says which step broke
                raise AssertionError(f"step {name!r} failed") from exc
            QApplication.processEvents()
            seen |= {type(w) for w in QApplication.allWidgets()}
        for dialog in window.findChildren(QDialog):
            dialog.close()
    if window.profile is not None:
        window.profile.lock()
    missing = {c.__qualname__ for c in _ui_widget_classes() - seen}
    assert not missing, f"not built by the walk (add a step): {sorted(missing)}"
    assert len(found) > 300  # the walk really built the app
    found_problems = problems(found)
    assert not found_problems, "\n".join(found_problems)
