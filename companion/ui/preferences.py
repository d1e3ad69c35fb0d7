"""Preferences kept in QSettings: appearance and behaviour only, never journal text."""

from __future__ import annotations

import base64

from PySide6.QtCore import QSettings

from companion.config import AUTO_LOCK_CHOICES, DEFAULT_AUTO_LOCK_MINUTES
from companion.ui.theme import ThemeChoice


class Preferences:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings()

    @property
    def language(self) -> str:
        """ "" follows the system; otherwise "en" or "de"."""
        return str(self._s.value("appearance/language", ""))

    @language.setter
    def language(self, code: str) -> None:
        self._s.setValue("appearance/language", code)

    @property
    def theme(self) -> ThemeChoice:
        value = str(self._s.value("appearance/theme", ThemeChoice.SYSTEM.value))
        try:
            return ThemeChoice(value)
        except ValueError:
            return ThemeChoice.SYSTEM

    @theme.setter
    def theme(self, choice: ThemeChoice) -> None:
        self._s.setValue("appearance/theme", choice.value)

    @property
    def auto_lock_minutes(self) -> int | None:
        """Minutes of inactivity before locking; ``None`` for never."""
        raw = self._s.value("security/autoLockMinutes", DEFAULT_AUTO_LOCK_MINUTES)
        try:
            minutes = int(raw)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return DEFAULT_AUTO_LOCK_MINUTES
        if minutes == 0:
            return None
        return minutes if minutes in AUTO_LOCK_CHOICES else DEFAULT_AUTO_LOCK_MINUTES

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, minutes: int | None) -> None:
        self._s.setValue("security/autoLockMinutes", 0 if minutes is None else int(minutes))

    @property
    def remind_before_session(self) -> bool:
        """Opt-in: a reminder the day before a session to prepare the agenda."""
        return self._flag("reminders/beforeSession")

    @remind_before_session.setter
    def remind_before_session(self, on: bool) -> None:
        self._s.setValue("reminders/beforeSession", bool(on))

    @property
    def remind_after_session(self) -> bool:
        """Opt-in: a reminder after a session to write notes."""
        return self._flag("reminders/afterSession")

    @remind_after_session.setter
    def remind_after_session(self, on: bool) -> None:
        self._s.setValue("reminders/afterSession", bool(on))

    def reminded(self) -> list[str]:
        """Keys of reminders already shown (kind and session id only)."""
        value = self._s.value("reminders/shown", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def set_reminded(self, keys: list[str]) -> None:
        self._s.setValue("reminders/shown", keys[-100:])

    @property
    def hide_when_inactive(self) -> bool:
        """Opt-in: cover the window's content while another app is in front."""
        return self._flag("privacy/hideWhenInactive")

    @hide_when_inactive.setter
    def hide_when_inactive(self, on: bool) -> None:
        self._s.setValue("privacy/hideWhenInactive", bool(on))

    @property
    def block_screenshots(self) -> bool:
        """Opt-in: ask the system to leave Companion out of screenshots and screen sharing."""
        return self._flag("privacy/blockScreenshots")

    @block_screenshots.setter
    def block_screenshots(self, on: bool) -> None:
        self._s.setValue("privacy/blockScreenshots", bool(on))

    @property
    def last_area(self) -> str:
        """The key of the area shown last (an identifier such as "journal", never text)."""
        value = self._s.value("window/lastArea", "")
        return value if isinstance(value, str) else ""

    @last_area.setter
    def last_area(self, key: str) -> None:
        self._s.setValue("window/lastArea", key)

    def _flag(self, name: str) -> bool:
        value = self._s.value(name, False)
        return value in (True, "true", "1", 1)

    def window_state(self) -> tuple[bytes | None, bytes | None]:
        return _from_text(self._s.value(_GEOMETRY)), _from_text(self._s.value(_STATE))

    def save_window_state(self, geometry: bytes, state: bytes) -> None:
        # Kept as base64 text: Python bytes would be stored as a pickled object, which a
        # settings file could then use to run code when it is read back.
        self._s.setValue(_GEOMETRY, base64.b64encode(geometry).decode("ascii"))
        self._s.setValue(_STATE, base64.b64encode(state).decode("ascii"))
        for old in ("window/geometry", "window/state"):  # written by earlier versions
            self._s.remove(old)

    def sync(self) -> None:
        self._s.sync()


_GEOMETRY = "window/geometryBase64"
_STATE = "window/stateBase64"


def _from_text(value: object) -> bytes | None:
    if not isinstance(value, str):
        return None
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        return None
