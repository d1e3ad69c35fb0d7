"""Keeping Companion's windows out of screenshots and screen sharing, where the system allows.

- Windows 10 (2004) and later honour ``SetWindowDisplayAffinity(WDA_EXCLUDEFROMCAPTURE)``:
  the window shows as a blank area in captures.
- macOS honours an NSWindow's ``sharingType`` of ``NSWindowSharingNone`` for screenshots and
  the older capture interfaces; some newer screen-recording tools built on ScreenCaptureKit
  may still see the window, which the Settings note says.
- Elsewhere (Linux desktops) there is no such switch, and the setting is not offered.

It is off by default because it also blanks Companion when sharing a screen on purpose (for
example with a counselor in a video session). While it is on, every window Companion opens
(dialogs too) is kept out of captures, not only the main window.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

WDA_NONE = 0x0
WDA_EXCLUDEFROMCAPTURE = 0x11
NS_WINDOW_SHARING_NONE = 0
NS_WINDOW_SHARING_READ_ONLY = 1


def available(platform: str | None = None) -> bool:
    """True where Companion can ask the system to leave its windows out of captures."""
    return (platform or sys.platform) in ("win32", "darwin")


def set_blocked(window: QWidget, blocked: bool, platform: str | None = None) -> bool:
    """Ask the system to hide (or show again) ``window`` in captures; True when it agreed."""
    platform = platform or sys.platform
    if platform == "win32":
        return _windows_affinity(int(window.winId()), blocked)
    if platform == "darwin":
        try:
            bridge = MacBridge.load()
        except OSError:
            return False
        return bridge.set_sharing(int(window.winId()), blocked)
    return False


def _windows_affinity(hwnd: int, blocked: bool) -> bool:
    user32 = ctypes.windll.user32  # type: ignore[attr-defined,unused-ignore]
    return bool(
        user32.SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE if blocked else WDA_NONE)
    )


class MacBridge:
    """The two Objective-C messages needed: ``[view window]`` (Qt's window id on macOS is the
    NSView) and ``[window setSharingType:]``."""

    def __init__(
        self,
        selector: Callable[[bytes], int],
        send_get: Callable[[int, int], int | None],
        send_set: Callable[[int, int, int], None],
    ) -> None:
        self._selector = selector
        self._get = send_get
        self._set = send_set

    @classmethod
    def load(cls) -> MacBridge:
        """Through the runtime's ``objc_msgSend``, called with a prototype for each message
        (the arm64 calling convention requires the exact one)."""
        path = ctypes.util.find_library("objc") or "/usr/lib/libobjc.A.dylib"
        runtime = ctypes.cdll.LoadLibrary(path)
        runtime.sel_registerName.restype = ctypes.c_void_p
        runtime.sel_registerName.argtypes = [ctypes.c_char_p]
        address = ctypes.cast(runtime.objc_msgSend, ctypes.c_void_p).value
        if not address:
            raise OSError("The Objective-C runtime has no objc_msgSend.")
        get = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)(address)
        put = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong)(address)
        return cls(lambda name: int(runtime.sel_registerName(name) or 0), get, put)

    def set_sharing(self, view: int, blocked: bool) -> bool:
        if not view:
            return False
        window = self._get(view, self._selector(b"window"))
        if not window:
            return False
        sharing = NS_WINDOW_SHARING_NONE if blocked else NS_WINDOW_SHARING_READ_ONLY
        self._set(window, self._selector(b"setSharingType:"), sharing)
        return True


class CaptureGuard(QObject):
    """While on, keeps every window Companion shows out of captures (each dialog is its own
    system window, so blocking the main window alone would leave them visible)."""

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._on = False

    def set_on(self, on: bool) -> None:
        if on == self._on or not available():
            return
        self._on = on
        for window in self._app.topLevelWidgets():
            if window.isVisible():
                set_blocked(window, on)
        if on:
            self._app.installEventFilter(self)
        else:
            self._app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            set_blocked(watched, True)
        return False
