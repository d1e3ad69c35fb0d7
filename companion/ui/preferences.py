"""Preferences kept in QSettings: appearance and behaviour only, never journal text.

Every setting is declared once, in :data:`SETTINGS`: its key in the settings file, its type,
its default and the values it may take. The keys never change, so people keep their settings
from one version to the next. :class:`Preferences` reads and writes them only through
:meth:`Preferences.read` and :meth:`Preferences.write`, and checks every value it reads back,
since a settings file may have been edited by hand: a value of the wrong type or not among
the allowed ones reads as the default; a whole number outside its range is brought within it.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QSettings

from companion.config import AUTO_LOCK_CHOICES, DEFAULT_AUTO_LOCK_MINUTES
from companion.domain.checkins import (
    DEFAULT_NUDGE_DAYS,
    DEFAULT_THRESHOLD,
    NUDGE_DAYS_MAX,
    NUDGE_DAYS_MIN,
    RATING_MAX,
    RATING_MIN,
)
from companion.ui.i18n import LANGUAGE_KEY, LANGUAGES
from companion.ui.theme import ThemeChoice

V = TypeVar("V")


@dataclass(frozen=True)
class Setting(Generic[V]):
    """One setting: ``key`` in the settings file, the Python ``kind`` of its value (``bool``,
    ``int``, ``str``, ``tuple`` of texts, or ``bytes``, kept as base64 text), its ``default``,
    and what it may be: one of ``choices`` when given, a whole number within ``bounds``
    (inclusive) when given."""

    key: str
    kind: type[object]
    default: V
    choices: tuple[V, ...] = ()
    bounds: tuple[int, int] | None = None


#: "" follows the system; otherwise a language Companion speaks ("en", "de").
LANGUAGE = Setting[str](LANGUAGE_KEY, str, "", choices=("", *LANGUAGES))
THEME = Setting[str](
    "appearance/theme",
    str,
    ThemeChoice.SYSTEM.value,
    choices=tuple(choice.value for choice in ThemeChoice),
)
#: Minutes of inactivity before locking; 0 is "never".
AUTO_LOCK_MINUTES = Setting[int](
    "security/autoLockMinutes",
    int,
    DEFAULT_AUTO_LOCK_MINUTES,
    choices=tuple(0 if minutes is None else minutes for minutes in AUTO_LOCK_CHOICES),
)
REMIND_BEFORE_SESSION = Setting[bool]("reminders/beforeSession", bool, False)
REMIND_AFTER_SESSION = Setting[bool]("reminders/afterSession", bool, False)
#: Reminders already shown: kind and session id only.
REMINDED = Setting[tuple[str, ...]]("reminders/shown", tuple, ())
HIDE_WHEN_INACTIVE = Setting[bool]("privacy/hideWhenInactive", bool, False)
BLOCK_SCREENSHOTS = Setting[bool]("privacy/blockScreenshots", bool, False)
#: The key of the area shown last (an identifier such as "journal", never text); the main
#: window checks it against its areas, so an area since removed changes nothing.
LAST_AREA = Setting[str]("window/lastArea", str, "")
# Kept as base64 text: Python bytes would be stored as a pickled object, which a settings file
# could then use to run code when it is read back.
WINDOW_GEOMETRY = Setting[bytes | None]("window/geometryBase64", bytes, None)
WINDOW_STATE = Setting[bytes | None]("window/stateBase64", bytes, None)
#: A check-in rating at or below this is pointed out.
CHECKIN_THRESHOLD = Setting[int](
    "checkins/threshold", int, DEFAULT_THRESHOLD, bounds=(RATING_MIN, RATING_MAX)
)
#: Whether a low or lower-than-usual check-in rating is pointed out after saving.
CHECKIN_SIGNAL = Setting[bool]("checkins/signal", bool, True)
#: For how many days after a session a check-in on it is offered.
CHECKIN_NUDGE_DAYS = Setting[int](
    "checkins/nudge_days", int, DEFAULT_NUDGE_DAYS, bounds=(NUDGE_DAYS_MIN, NUDGE_DAYS_MAX)
)

#: Whether the client was told, before a file kept with an entry was first opened, where its
#: readable copy goes (companion.ui.attachments.opened_files).
OPENING_FILES_EXPLAINED = Setting[bool]("attachments/openingExplained", bool, False)

#: Every setting Companion keeps in QSettings.
SETTINGS: tuple[Setting[Any], ...] = (
    LANGUAGE,
    THEME,
    AUTO_LOCK_MINUTES,
    REMIND_BEFORE_SESSION,
    REMIND_AFTER_SESSION,
    REMINDED,
    HIDE_WHEN_INACTIVE,
    BLOCK_SCREENSHOTS,
    LAST_AREA,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    CHECKIN_THRESHOLD,
    CHECKIN_SIGNAL,
    CHECKIN_NUDGE_DAYS,
    OPENING_FILES_EXPLAINED,
)

#: How many shown reminders are remembered.
REMINDED_KEPT = 100
#: Keys earlier versions wrote the window's geometry and state under (as pickled bytes).
_OLD_WINDOW_KEYS = ("window/geometry", "window/state")

_TRUE = (True, "true", "1", 1)
_FALSE = (False, "false", "0", 0)


def _from_file(value: object, kind: type[object]) -> object | None:
    """A value read from a settings file as ``kind``; None when it cannot be one. (QSettings
    gives back text for most values in an INI file, and a list of one as its one text.)"""
    if kind is bool:
        if isinstance(value, bool | int | str):
            if value in _TRUE:
                return True
            if value in _FALSE:
                return False
        return None
    if kind is int and isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    if kind is tuple:
        if isinstance(value, str):
            return (value,)
        if isinstance(value, list | tuple):
            return tuple(str(v) for v in value)
        return None
    if kind is bytes:  # kept as base64 text, never as bytes (see WINDOW_GEOMETRY)
        if not isinstance(value, str):
            return None
        try:
            return base64.b64decode(value.encode("ascii"), validate=True)
        except (ValueError, UnicodeEncodeError):
            return None
    return value


def checked(setting: Setting[V], value: object) -> V:
    """``value`` as ``setting`` allows it: its default when it has the wrong type or is not
    among the choices, brought within the bounds when it is a number outside them."""
    if not isinstance(value, setting.kind) or (setting.kind is int and isinstance(value, bool)):
        return setting.default
    if setting.bounds is not None and isinstance(value, int):
        low, high = setting.bounds
        value = max(low, min(high, value))
    if setting.choices and value not in setting.choices:
        return setting.default
    return cast(V, value)


def _stored(value: object) -> object:
    """How ``value`` is written to the settings file."""
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, tuple):
        return list(value)
    return value


class Preferences:
    """The settings of :data:`SETTINGS`, in QSettings (the app's own, unless given one)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings()

    def read(self, setting: Setting[V]) -> V:
        """The value of ``setting``: what is stored, checked, or its default."""
        return checked(setting, _from_file(self._s.value(setting.key), setting.kind))

    def write(self, setting: Setting[V], value: V) -> None:
        """Store ``value``, checked first, so that what is stored is what is read back (None
        removes the setting: it reads as its default)."""
        if value is None:
            self._s.remove(setting.key)
            return
        self._s.setValue(setting.key, _stored(checked(setting, value)))

    @property
    def language(self) -> str:
        """ "" follows the system; otherwise "en" or "de"."""
        return self.read(LANGUAGE)

    @language.setter
    def language(self, code: str) -> None:
        self.write(LANGUAGE, code)

    @property
    def theme(self) -> ThemeChoice:
        return ThemeChoice(self.read(THEME))

    @theme.setter
    def theme(self, choice: ThemeChoice) -> None:
        self.write(THEME, choice.value)

    @property
    def auto_lock_minutes(self) -> int | None:
        """Minutes of inactivity before locking; ``None`` for never."""
        return self.read(AUTO_LOCK_MINUTES) or None

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, minutes: int | None) -> None:
        self.write(AUTO_LOCK_MINUTES, 0 if minutes is None else int(minutes))

    @property
    def remind_before_session(self) -> bool:
        """Opt-in: a reminder the day before a session to prepare the agenda."""
        return self.read(REMIND_BEFORE_SESSION)

    @remind_before_session.setter
    def remind_before_session(self, on: bool) -> None:
        self.write(REMIND_BEFORE_SESSION, bool(on))

    @property
    def remind_after_session(self) -> bool:
        """Opt-in: a reminder after a session to write notes."""
        return self.read(REMIND_AFTER_SESSION)

    @remind_after_session.setter
    def remind_after_session(self, on: bool) -> None:
        self.write(REMIND_AFTER_SESSION, bool(on))

    def reminded(self) -> list[str]:
        """Keys of reminders already shown (kind and session id only)."""
        keys: tuple[str, ...] = self.read(REMINDED)
        return list(keys)

    def set_reminded(self, keys: list[str]) -> None:
        self.write(REMINDED, tuple(keys[-REMINDED_KEPT:]))

    @property
    def hide_when_inactive(self) -> bool:
        """Opt-in: cover the window's content while another app is in front."""
        return self.read(HIDE_WHEN_INACTIVE)

    @hide_when_inactive.setter
    def hide_when_inactive(self, on: bool) -> None:
        self.write(HIDE_WHEN_INACTIVE, bool(on))

    @property
    def block_screenshots(self) -> bool:
        """Opt-in: ask the system to leave Companion out of screenshots and screen sharing."""
        return self.read(BLOCK_SCREENSHOTS)

    @block_screenshots.setter
    def block_screenshots(self, on: bool) -> None:
        self.write(BLOCK_SCREENSHOTS, bool(on))

    @property
    def last_area(self) -> str:
        """The key of the area shown last (an identifier such as "journal", never text)."""
        return self.read(LAST_AREA)

    @last_area.setter
    def last_area(self, key: str) -> None:
        self.write(LAST_AREA, key)

    def window_state(self) -> tuple[bytes | None, bytes | None]:
        return self.read(WINDOW_GEOMETRY), self.read(WINDOW_STATE)

    def save_window_state(self, geometry: bytes, state: bytes) -> None:
        self.write(WINDOW_GEOMETRY, geometry)
        self.write(WINDOW_STATE, state)
        for old in _OLD_WINDOW_KEYS:  # written by earlier versions
            self._s.remove(old)

    def sync(self) -> None:
        self._s.sync()
