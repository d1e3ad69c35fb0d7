"""Every view and the main dialogs, walked widget by widget: each interactive widget a client
can see must have a name a screen reader can say, and must be reachable with Tab."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
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
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
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
from companion.ui.theme import ThemeChoice, apply_theme
from companion.ui.window_size import FRAME_ROOM, room_on_screen

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


# --- nothing clipped or overlapping, at small and common sizes, in both languages --------------

#: a small laptop window and the most common laptop screen
SIZES = [(900, 600), (1366, 768)]
#: How long a layout is given to settle after an area is shown (milliseconds).
SETTLE_MS = 60


def settle(qtbot) -> None:
    """Let the layout settle as it is before it is painted. An area built just now fills its
    combo boxes, which Qt resizes to their contents 20 ms later, outside any layout; the
    layout puts them back on its next turn, before anything is painted (a paint request is
    handled after the layout's), so the state checked is the one after that turn."""
    qtbot.wait(SETTLE_MS)
    QApplication.sendPostedEvents()
    QApplication.processEvents()


THEMES = [ThemeChoice.LIGHT, ThemeChoice.DARK, ThemeChoice.HIGH_CONTRAST]
LANGUAGES = ["de", "en"]  # German has the longer words


def clipped_in(root: QWidget) -> list[str]:
    """Visible buttons, tick boxes and one-line labels narrower than their text needs."""
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
        elif isinstance(widget, QComboBox) and not widget.isEditable() and widget.currentText():
            # a closed box cuts its text without "…" unless it was let shrink (ui/reflow.py)
            needed = widget.fontMetrics().horizontalAdvance(widget.currentText()) + 28
            if not widget.itemIcon(widget.currentIndex()).isNull():
                needed += widget.iconSize().width() + 4
        elif isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            if widget.textFormat() == Qt.TextFormat.RichText or "<" in widget.text():
                continue
            needed = widget.minimumSizeHint().width()
        else:
            continue
        if widget.width() + 1 < needed:
            text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
            found.append(f"{type(widget).__name__} {text!r}: {widget.width()} < {needed}")
    return found


#: What a client reads or uses: these must neither overlap nor be cut off.
SEEN = (*INTERACTIVE, QLabel)


def _seen_widgets(root: QWidget) -> list[QWidget]:
    widgets = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, SEEN) or not widget.isVisibleTo(root) or _inside_compound(widget):
            continue
        if isinstance(widget, QLabel) and not (widget.text() or widget.pixmap()):
            continue  # an empty label takes room but shows nothing
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        widgets.append(widget)
    # a widget inside another one (a label on a button) is that one's business
    inside = {
        id(w) for w in widgets for other in widgets if other is not w and other.isAncestorOf(w)
    }
    return [w for w in widgets if id(w) not in inside]


def _on_screen(widget: QWidget, root: QWidget) -> tuple[QRect, QRect, bool]:
    """The widget's rectangle in ``root``, the part of it not hidden by its ancestors' edges,
    and whether it is hidden only by a scroll area (which the client can scroll)."""
    whole = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
    shown = QRect(whole)
    scrolled = False
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        edge = QRect(parent.mapTo(root, QPoint(0, 0)), parent.size())
        if not edge.contains(shown):
            grand = parent.parentWidget()
            if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
                scrolled = True
        shown = shown.intersected(edge)
        parent = parent.parentWidget()
    shown = shown.intersected(root.rect())
    return whole, shown, scrolled


def overlapping_in(root: QWidget) -> list[str]:
    """Pairs of visible widgets drawn over each other, and widgets cut off by the edge of
    what holds them (a scroll area's edge is fine: the rest is a scroll away)."""
    found = []
    placed = []
    for widget in _seen_widgets(root):
        whole, shown, scrolled = _on_screen(widget, root)
        cut = shown.width() < whole.width() - 1 or shown.height() < whole.height() - 1
        if cut and not scrolled:
            found.append(f"cut off: {_describe(widget)} shows {shown} of {whole}")
        if not shown.isEmpty():
            placed.append((widget, shown))
    for i, (a, ra) in enumerate(placed):
        for b, rb in placed[i + 1 :]:
            both = ra.intersected(rb)
            if both.width() > 2 and both.height() > 2:
                found.append(f"overlap: {_describe(a)} and {_describe(b)} at {both}")
    return found


def sideways_lists_in(root: QWidget) -> list[str]:
    """Lists and scrolling forms that make the client scroll sideways (or cut their content
    at the side)."""
    found = []
    for view in root.findChildren(QAbstractScrollArea):
        if not isinstance(view, QListView | QScrollArea) or not view.isVisibleTo(root):
            continue
        inner = view.widget() if isinstance(view, QScrollArea) else None
        if view.horizontalScrollBar().isVisible() or (
            inner is not None and inner.minimumSizeHint().width() > view.viewport().width()
        ):
            needs = inner.minimumSizeHint().width() if inner is not None else "?"
            found.append(
                f"scrolls sideways: {_describe(view)} ({view.viewport().width()} for {needs})"
            )
    return found


def layout_problems_in(root: QWidget) -> list[str]:
    return clipped_in(root) + overlapping_in(root) + sideways_lists_in(root)


@pytest.fixture(params=[(lang, theme) for lang in LANGUAGES for theme in THEMES], ids=str)
def styled_window(request, qtbot, qapp, service: ProfileService, demo_profile: UnlockedProfile):
    """The window in each language and theme."""
    from companion.ui import i18n

    language, theme = request.param
    i18n.install_translator(qapp, language)
    apply_theme(qapp, theme)
    try:
        with shown_window(qtbot, service, demo_profile) as win:
            yield win
    finally:
        i18n.remove_translators(qapp)
        apply_theme(qapp, ThemeChoice.LIGHT)


def _at_size(qtbot, window: QWidget, width: int, height: int) -> list[str]:
    window.resize(width, height)
    qtbot.wait(20)
    if (window.width(), window.height()) != (width, height):
        return [
            f"the window will not be {width}×{height}: it stays {window.width()}×{window.height()}"
        ]
    return []


def test_the_window_fits_900_by_600_with_every_area_shown(qtbot, styled_window: MainWindow) -> None:
    for key in AREA_KEYS:
        styled_window.show_area_key(key)
        qtbot.wait(10)
    hint = styled_window.minimumSizeHint()
    least = styled_window.minimumSize().expandedTo(hint)
    assert least.width() <= 900 and least.height() <= 600, f"needs at least {least}"


def test_no_area_clips_overlaps_or_scrolls_sideways(qtbot, styled_window: MainWindow) -> None:
    found = []
    for width, height in SIZES:
        found += _at_size(qtbot, styled_window, width, height)
        for key in AREA_KEYS:
            styled_window.show_area_key(key)
            settle(qtbot)
            found += [f"{key} at {width}×{height}: {p}" for p in layout_problems_in(styled_window)]
    assert not found, "\n".join(found)


def test_no_dialog_clips_overlaps_or_outgrows_the_screen(qtbot, styled_window: MainWindow) -> None:
    found = []
    for name, open_dialog in DIALOGS.items():
        before = {id(d) for d in styled_window.findChildren(QDialog)}
        open_dialog(styled_window)
        dialog = _newest_dialog(styled_window, before)
        qtbot.waitExposed(dialog)
        qtbot.wait(50)  # the dialog settles on its words (its minimum size follows them)
        for width, height in SIZES:
            least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
            # with its title bar and frame (a window manager squeezes a taller one, and its
            # rows then slide over each other)
            least += FRAME_ROOM
            if least.width() > width or least.height() > height:
                found.append(
                    f"{name}: needs {least.width()}×{least.height()}, more than {width}×{height}"
                )
                continue
            dialog.resize(
                min(dialog.sizeHint().width(), width), min(dialog.sizeHint().height(), height)
            )
            qtbot.wait(20)
            found += [f"{name} at {width}×{height}: {p}" for p in layout_problems_in(dialog)]
        dialog.close()
    assert not found, "\n".join(found)


def test_every_dialog_opens_within_the_screen(qtbot, demo_window: MainWindow) -> None:
    """A dialog asks for the size it looks best at, but never opens larger than the screen
    (the after-session notes once opened 780 px tall on a 768 px laptop screen)."""
    room = room_on_screen(demo_window)
    assert room is not None
    too_big = []
    for name, open_dialog in DIALOGS.items():
        before = {id(d) for d in demo_window.findChildren(QDialog)}
        open_dialog(demo_window)
        dialog = _newest_dialog(demo_window, before)
        qtbot.waitExposed(dialog)
        if dialog.width() > room.width() or dialog.height() > room.height():
            too_big.append(f"{name}: {dialog.width()}×{dialog.height()}")
        dialog.close()
    assert not too_big, f"larger than the screen's {room.width()}×{room.height()}: {too_big}"
    assert demo_window.screen().availableGeometry().height() < 1000, "the test needs a small screen"
