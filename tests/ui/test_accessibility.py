"""Every view and the main dialogs, walked widget by widget: each interactive widget a client
can see must have a name a screen reader can say, and must be reachable with Tab."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

from companion.services.demo import generate_entries
from companion.services.demo_counseling import DemoCounselingService
from companion.services.profile import ProfileService, UnlockedProfile
from companion.services.sessions import SessionService
from companion.ui.areas import area_entries
from companion.ui.checkins.rating_row import RatingRow
from companion.ui.main_window import MainWindow
from companion.ui.mood_picker import MoodPicker
from companion.ui.preferences import Preferences

#: Our own controls that take focus and answer to keys; their buttons are for the mouse.
KEYBOARD_COMPOUNDS = (MoodPicker, RatingRow)

INTERACTIVE = (
    *KEYBOARD_COMPOUNDS,
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,  # spin boxes, date and time edits
    QAbstractItemView,  # list, tree and table views
    QAbstractSlider,
    QTabBar,
)

#: Widgets that are deliberately mouse-only because the keyboard has another way to the same
#: thing (object name or class name -> the keyboard alternative).
MOUSE_ONLY = {
    # The tab bar's tabs are reached with Ctrl+Tab / Ctrl+PgDown inside the tab widget.
    "QTabBar": "Ctrl+Tab switches tabs",
    # Qt's own scroll buttons of a tab bar; the arrow keys scroll it.
    "ScrollLeftButton": "arrow keys",
    "ScrollRightButton": "arrow keys",
}
# Also mouse-only by design (see _mouse_only and _inside_compound): the tool bar buttons
# (each repeats a menu command with a shortcut), the number buttons of the mood picker and of the
# check-in's rating rows (the picker or row itself takes focus and answers to the digits,
# the arrow keys and Delete).


def _mouse_only(widget: QWidget) -> bool:
    """Deliberately outside the Tab order, with a keyboard way to the same thing."""
    if (widget.objectName() or type(widget).__name__) in MOUSE_ONLY:
        return True
    if isinstance(widget.parentWidget(), QToolBar):
        # Tool bar buttons repeat menu commands that have shortcuts (Ctrl+N, Ctrl+L…).
        action = getattr(widget, "defaultAction", lambda: None)()
        return action is not None and not action.shortcut().isEmpty()
    return False


def _strip_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _form_label(widget: QWidget) -> str:
    """The text of the QFormLayout label for ``widget``, as Qt's buddy lookup finds it."""
    parent = widget.parentWidget()
    if parent is None:
        return ""
    for form in parent.findChildren(QFormLayout):
        label = form.labelForField(widget)
        if isinstance(label, QLabel) and label.text().strip():
            return _strip_mnemonic(label.text())
    return ""


def accessible_name_of(widget: QWidget) -> str:
    """The name assistive technology hears for ``widget``, the way Qt works it out: its own
    accessible name; a button's text; a QLabel whose buddy it is; its QFormLayout label."""
    name = widget.accessibleName().strip()
    if name:
        return name
    if isinstance(widget, QAbstractButton):
        text = _strip_mnemonic(widget.text())
        if text:
            return text
        action = getattr(widget, "defaultAction", lambda: None)()
        if action is not None and _strip_mnemonic(action.text()):
            return _strip_mnemonic(action.text())
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return _strip_mnemonic(label.text())
    return _form_label(widget)


def _inside_compound(widget: QWidget) -> bool:
    """Parts of a compound widget (the edit inside a spin box or an editable combo box, the
    pieces of a calendar, the scroll bars of a view), which the compound widget names."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QCalendarWidget, *KEYBOARD_COMPOUNDS)):
            return True
        if isinstance(parent, QAbstractItemView) and not isinstance(widget, QAbstractItemView):
            return True  # item editors and index widgets: the view names its items
        parent = parent.parentWidget()
    # Column headers: the view exposes them to assistive technology as its column names.
    return isinstance(widget, QScrollBar | QHeaderView)


def interactive_widgets(root: QWidget) -> Iterator[QWidget]:
    for widget in root.findChildren(QWidget):
        if (
            isinstance(widget, INTERACTIVE)
            and widget.isVisibleTo(root)
            and widget.isVisible()
            and not _inside_compound(widget)
        ):
            yield widget


def _describe(widget: QWidget) -> str:
    owner = widget.parentWidget()
    chain = []
    while owner is not None and len(chain) < 4:
        chain.append(owner.objectName() or type(owner).__name__)
        owner = owner.parentWidget()
    text = getattr(widget, "text", lambda: "")()
    return (
        f"{type(widget).__name__}(objectName={widget.objectName()!r}, text={text!r}) "
        f"in {' < '.join(chain)}"
    )


def problems_in(root: QWidget) -> list[str]:
    found = []
    for widget in interactive_widgets(root):
        if not accessible_name_of(widget):
            found.append("no accessible name: " + _describe(widget))
        if (
            widget.isEnabled()
            and not widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not _mouse_only(widget)
        ):
            found.append("not reachable with Tab: " + _describe(widget))
    return found


@pytest.fixture
def demo_profile(service: ProfileService, profile: UnlockedProfile) -> UnlockedProfile:
    profile.journal.add_many(generate_entries(60))
    profile.service(DemoCounselingService).add(60)
    return profile


@contextlib.contextmanager
def shown_window(qtbot, service: ProfileService, profile: UnlockedProfile) -> Iterator[MainWindow]:
    win = MainWindow(service, profile, Preferences())
    qtbot.addWidget(win)
    win.resize(1100, 720)
    win.show()
    win.start(background_work=False)
    qtbot.waitExposed(win)
    yield win
    for dialog in win.findChildren(QDialog):
        dialog.close()
    if win.profile is not None:
        win.profile.lock()


@pytest.fixture
def demo_window(qtbot, service: ProfileService, demo_profile: UnlockedProfile) -> MainWindow:
    with shown_window(qtbot, service, demo_profile) as win:
        yield win


AREA_KEYS = [key for key, _title, _factory in area_entries()]


@pytest.mark.parametrize("key", AREA_KEYS)
def test_every_area_names_its_controls(qtbot, demo_window: MainWindow, key: str) -> None:
    view = demo_window.show_area_key(key)
    assert view is not None
    qtbot.wait(10)
    if key == "journal":
        demo_window.journal_view.list_view.setCurrentIndex(
            demo_window.journal_view.list_view.model().index(0, 0)
        )
    found = problems_in(demo_window)
    assert not found, "\n".join(found)


def _newest_dialog(window: MainWindow, before: set[int]) -> QDialog:
    fresh = [d for d in window.findChildren(QDialog) if id(d) not in before and d.isVisible()]
    assert fresh, "no dialog opened"
    return fresh[-1]


def _agenda_after_session(window: MainWindow) -> None:
    view = window.show_area_key("agenda")
    view.open_after_session(None)  # type: ignore[union-attr]


def _sessions(name: str) -> Callable[[MainWindow], None]:
    def open_(window: MainWindow) -> None:
        view = window.show_area_key("sessions")
        getattr(view, name)()

    return open_


def _edit_counselor(window: MainWindow) -> None:
    view = window.show_area_key("sessions")
    assert window.profile is not None
    view.counselor_filter.set_counselor(window.profile.counselors.list()[0].id)  # type: ignore[union-attr]
    view.counselor_menu.edit()  # type: ignore[union-attr]


def _check_in(window: MainWindow) -> None:
    """A check-in on the latest attended session (the demo may have checked in on all)."""
    assert window.profile is not None
    session = window.profile.service(SessionService).last_attended(None, datetime.now(UTC))
    assert session is not None
    window.check_in(session.id)


DIALOGS: dict[str, Callable[[MainWindow], None]] = {
    "settings": MainWindow.open_settings,
    "search everything": MainWindow.search_everything,
    "safety plan": MainWindow.open_safety_plan,
    "check-in": _check_in,
    "backups": MainWindow.open_backups,
    "import": MainWindow.import_journal,
    "export": MainWindow.export_summary,
    "after a session": _agenda_after_session,
    "plan a session": _sessions("plan_session"),
    "plan a schedule": _sessions("plan_schedule"),
    "add a counselor": lambda w: w.show_area_key("sessions").counselor_menu.add(),  # type: ignore[union-attr]
    "edit a counselor": _edit_counselor,
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog_names_its_controls(qtbot, demo_window: MainWindow, name: str) -> None:
    before = {id(d) for d in demo_window.findChildren(QDialog)}
    DIALOGS[name](demo_window)
    dialog = _newest_dialog(demo_window, before)
    qtbot.waitExposed(dialog)
    found = problems_in(dialog)
    assert not found, "\n".join(found)


def test_the_helper_follows_qt(qtbot) -> None:
    """accessible_name_of agrees with the ways Qt gives a widget its name."""
    root = QWidget()
    qtbot.addWidget(root)
    form = QFormLayout(root)
    by_form = QLineEdit()
    form.addRow("&Title", by_form)
    by_buddy = QLineEdit()
    label = QLabel("&Where")
    label.setBuddy(by_buddy)
    form.addRow(label)
    form.addRow(by_buddy)
    unnamed = QLineEdit()
    form.addRow(unnamed)
    assert accessible_name_of(by_form) == "Title"
    assert accessible_name_of(by_buddy) == "Where"
    assert accessible_name_of(unnamed) == ""
    unnamed.setAccessibleName("Mood note")
    assert accessible_name_of(unnamed) == "Mood note"
    assert QApplication.instance() is not None


# --- nothing clipped, in the longer language ---------------------------------------------------


def clipped_in(root: QWidget) -> list[str]:
    """Visible buttons, tick boxes and one-line labels narrower than their text needs."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton

    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if widget.property("elides"):
            continue  # cuts its text with "…" on purpose, the whole of it in its tooltip
        if isinstance(widget, QPushButton) and widget.text():
            # the text itself (the style's 80 px minimum does not matter for short labels)
            text = _strip_mnemonic(widget.text())
            needed = widget.fontMetrics().horizontalAdvance(text) + 8
            if not widget.icon().isNull():
                needed += widget.iconSize().width() + 4
        elif isinstance(widget, QAbstractButton) and widget.text():
            needed = widget.sizeHint().width()
        elif isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            if widget.textFormat() == Qt.TextFormat.RichText or "<" in widget.text():
                continue
            needed = widget.minimumSizeHint().width()
        else:
            continue
        if widget.width() + 1 < needed:
            found.append(f"{type(widget).__name__} {widget.text()!r}: {widget.width()} < {needed}")
    return found


@pytest.fixture(params=["de", "en"])
def german_window(request, qtbot, qapp, service: ProfileService, demo_profile: UnlockedProfile):
    """The window in German (the longer words) and in English."""
    from companion.ui import i18n

    i18n.install_translator(qapp, request.param)
    try:
        with shown_window(qtbot, service, demo_profile) as win:
            yield win
    finally:
        i18n.remove_translators(qapp)


@pytest.mark.parametrize("name", list(DIALOGS))
def test_no_dialog_clips_its_text(qtbot, german_window: MainWindow, name: str) -> None:
    before = {id(d) for d in german_window.findChildren(QDialog)}
    DIALOGS[name](german_window)
    dialog = _newest_dialog(german_window, before)
    qtbot.waitExposed(dialog)
    qtbot.wait(20)
    found = clipped_in(dialog)
    assert not found, "\n".join(found)


@pytest.mark.parametrize("key", AREA_KEYS)
def test_no_area_clips_its_text(qtbot, german_window: MainWindow, key: str) -> None:
    german_window.show_area_key(key)
    qtbot.wait(20)
    found = clipped_in(german_window)
    assert not found, "\n".join(found)
