"""What a client does to the whole window, with real keys and clicks, for the property-based
tests that nothing written is lost: a fresh window on a fresh profile, locking and unlocking
(also by the idle timer), switching language and theme in Settings, hiding and showing.

Each example of a property test needs a window of its own, so these do not use the fixtures of
``tests/ui/conftest.py`` (which make one per test); they make the same kind of profile.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from companion.config import ProfilePaths
from companion.services.profile import ProfileService
from companion.ui import i18n
from companion.ui.main_window import MainWindow
from companion.ui.preferences import Preferences
from companion.ui.theme import ThemeChoice, apply_theme
from tests.services.conftest import FAST

PASSPHRASE = "correct horse battery"

#: Steps every no-loss test takes besides its own: (name, argument).
WINDOW_STEPS = st.one_of(
    st.just(("lock", None)),
    st.just(("idle_lock", None)),
    st.tuples(st.just("language"), st.sampled_from(["de", "en"])),
    st.tuples(st.just("theme"), st.sampled_from(["dark", "light"])),
    st.just(("hide_and_show", None)),
)


@contextmanager
def fresh_window(qtbot: Any) -> Iterator[tuple[MainWindow, ProfileService]]:
    """A main window on a new profile in a temporary folder, shown; closed and deleted after."""
    QSettings().clear()
    folder = Path(tempfile.mkdtemp(prefix="no-loss-"))
    service = ProfileService(ProfilePaths(folder / "profile"))
    profile, _ = service.create(use_keychain=False, passphrase=PASSPHRASE, params=FAST)
    window = MainWindow(service, profile, Preferences())
    window.show()
    window.start(background_work=False)
    qtbot.waitExposed(window)
    activate(qtbot, window)
    try:
        yield window, service
    finally:
        app = QApplication.instance()
        i18n.remove_translators(app)  # back to the system locale, as other tests expect
        apply_theme(app, ThemeChoice.LIGHT)
        if window.profile is not None:
            window.profile.lock()
        window.hide()
        window.deleteLater()  # gone before the next example: its shortcuts would clash
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        shutil.rmtree(folder, ignore_errors=True)


def activate(qtbot: Any, window: MainWindow) -> None:
    """Make the window the active one, as the window system does when it is shown or
    clicked (offscreen, nothing else does): its shortcuts work only then.

    The offscreen platform may leave a hidden dialog marked active after the window was
    hidden and shown again, and then asking the window to activate changes nothing (its
    native window counts as active already); activating another window first sorts it out.
    """
    if QApplication.activeWindow() is window:
        return
    if window.windowHandle().isActive():
        other = QWidget()
        other.show()
        other.activateWindow()
        qtbot.waitUntil(lambda: other.windowHandle().isActive(), timeout=2000)
        other.close()
        other.deleteLater()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def unlock(qtbot: Any, window: MainWindow) -> None:
    """Type the passphrase on the lock screen and press Return."""
    panel = window.lock_panel
    assert panel is not None
    qtbot.keyClicks(panel.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(panel.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=10_000)


def lock_and_unlock(qtbot: Any, window: MainWindow, *, idle: bool) -> None:
    """Lock with Ctrl+L, or by letting the idle timer run out (made short), then unlock."""
    if idle:
        window.idle.set_interval_ms(20)
        qtbot.waitUntil(lambda: window.is_locked, timeout=5000)
    else:
        activate(qtbot, window)
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert window.is_locked
    unlock(qtbot, window)
    activate(qtbot, window)


def _choose(qtbot: Any, owner: QWidget, name: str, data: object) -> None:
    """Move through ``owner``'s combo box ``name`` with the arrow keys until ``data`` is
    chosen (a choice may build the box anew, as the language does: each key goes to the box
    there is now)."""
    for _ in range(20):
        combo: QComboBox = getattr(owner, name)
        target = combo.findData(data)
        assert target >= 0
        if combo.currentIndex() == target:
            return
        combo.setFocus()
        key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)
    raise AssertionError(f"{name} never reached {data!r}")


def in_settings(qtbot: Any, window: MainWindow, combo_name: str, data: object) -> None:
    """Open Settings with Ctrl+, choose ``data`` in one of its combo boxes, close with Esc."""
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    _choose(qtbot, dialog, combo_name, data)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    activate(qtbot, window)


def hide_and_show(qtbot: Any, window: MainWindow) -> None:
    window.hide()
    QApplication.processEvents()
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)


def go_to_area(qtbot: Any, window: MainWindow, key: str) -> Any:
    """Click the area's row in the navigation; returns the area's view."""
    row = next(i for i, (k, _t, _f) in enumerate(window._entries) if k == key)
    item = window.nav.item(row)
    qtbot.mouseClick(
        window.nav.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.nav.visualItemRect(item).center(),
    )
    assert window.nav.currentRow() == row
    return window.areas.widget(row)


def window_step(qtbot: Any, window: MainWindow, name: str, argument: object) -> bool:
    """Do one of :data:`WINDOW_STEPS`; False when ``name`` is not one of them."""
    if name == "lock":
        lock_and_unlock(qtbot, window, idle=False)
    elif name == "idle_lock":
        lock_and_unlock(qtbot, window, idle=True)
    elif name == "language":
        in_settings(qtbot, window, "language_combo", argument)
    elif name == "theme":
        in_settings(qtbot, window, "theme_combo", argument)
    elif name == "hide_and_show":
        hide_and_show(qtbot, window)
    else:
        return False
    return True
