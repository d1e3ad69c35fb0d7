"""Keeping Companion's window out of screenshots and screen sharing, where the system allows.

Windows 10 (2004) and later honour ``SetWindowDisplayAffinity(WDA_EXCLUDEFROMCAPTURE)``: the
window shows as a blank area in captures. macOS would need the NSWindow's ``sharingType``
through Objective-C bridging, which Companion does not carry; elsewhere there is no such
switch. It is off by default because it also blanks Companion when sharing a screen on
purpose (for example with a counselor in a video session).
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget

WDA_NONE = 0x0
WDA_EXCLUDEFROMCAPTURE = 0x11


def available() -> bool:
    """True where Companion can ask the system to leave its window out of captures."""
    return sys.platform == "win32"


def set_blocked(window: QWidget, blocked: bool) -> bool:
    """Ask the system to hide (or show again) ``window`` in captures; True when it agreed."""
    if not available():
        return False
    import ctypes

    hwnd = int(window.winId())
    user32 = ctypes.windll.user32  # type: ignore[attr-defined,unused-ignore]
    ok = user32.SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE if blocked else WDA_NONE)
    return bool(ok)
