"""The words the layers below the UI give people: messages, headings, month and day names.

The domain, services, storage, security, charts and export know no Qt, yet what they say must
appear in the client's language. They word everything through this module; the UI installs
Qt's translations and locale here when it starts and whenever the language changes
(``companion.ui.i18n``). Until then (tests, the command line) the English source texts, English
month names and a decimal point are used.

Usage::

    from companion.domain.wording import tr

    raise InvalidInput(tr("domain.sessions", "A session lasts between %1 and %2 minutes.", 5, 600))

``tr(context, source, *args)`` looks up ``source`` in ``context`` (both string literals, so
``scripts/update_translations.py`` can find them) and fills ``%1``, ``%2``… with ``args`` the
way Qt's ``QString.arg`` does, so translators can reorder them. A text that is worded later
(a class attribute, a table of labels) is marked with :func:`mark` and passed to
:func:`tr` with the same context when it is shown.

A message with a count uses :func:`tr_n`, so that every language gets its own plural forms::

    tr_n("formats.importers.batch", "%n [photo was|photos were] left out of %1.", count, name)

``%n`` is the count (``%Ln`` the count with its thousands grouped, "12,345"). Each
``[one|other]`` choice holds the English singular and plural; the English text is built from
them here, with or without Qt. Translators see the source as it is and write their language's
forms in full (Qt's numerus messages: German has two, other languages more), with ``%n`` (or
``%Ln``) where the count goes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, time

#: The languages Companion speaks, with their names in their own language (a language's name is
#: never translated, so someone who cannot read the current one still finds theirs). Kept here,
#: without Qt, so the command line can offer them before it loads anything;
#: ``companion.ui.i18n`` loads their translations.
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch"}

#: The language the source texts are written in.
SOURCE_LANGUAGE = "en"

Translate = Callable[[str, str], str]
#: (context, source, count) -> the form for ``count`` with ``%n`` filled in, as Qt's
#: ``QCoreApplication.translate(context, source, None, count)`` does.
TranslateCount = Callable[[str, str, int], str]

_PLACEHOLDER = re.compile(r"%(\d{1,2})")
_CHOICE = re.compile(r"\[([^\[\]|]*)\|([^\[\]|]*)\]")


_MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS_LONG = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_DAYS_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _english_day(day: date) -> str:
    return f"{day.day} {_MONTHS_SHORT[day.month - 1]} {day.year}"


def _clock_time(at: time) -> str:
    return f"{at.hour:02d}:{at.minute:02d}"


@dataclass(frozen=True)
class Wording:
    """How to word things: a translate function and the names and separators of a locale.

    ``months_short`` / ``months_long`` hold January…December, ``days_short`` Monday…Sunday;
    ``format_day`` words a day with its month name ("3 Mar 2026", "3. März 2026");
    ``format_time`` a time of day as the locale writes it ("4:00 PM", "16:00").
    """

    translate: Translate = field(default=lambda context, text: text)
    translate_n: TranslateCount = field(default=lambda context, text, n: text)
    language: str = "en"
    months_short: Sequence[str] = _MONTHS_SHORT
    months_long: Sequence[str] = _MONTHS_LONG
    days_short: Sequence[str] = _DAYS_SHORT
    decimal_point: str = "."
    group_separator: str = ","
    format_day: Callable[[date], str] = _english_day
    format_time: Callable[[time], str] = _clock_time

    def __post_init__(self) -> None:
        if len(self.months_short) != 12 or len(self.months_long) != 12:
            raise ValueError("A wording needs twelve month names.")
        if len(self.days_short) != 7:
            raise ValueError("A wording needs seven day names.")


ENGLISH = Wording()
_current: Wording = ENGLISH


def use(wording: Wording) -> None:
    """Word everything with ``wording`` from now on (the UI calls this)."""
    global _current
    _current = wording


def current() -> Wording:
    return _current


def language() -> str:
    """The language's code ("en", "de"), for documents that declare it."""
    return _current.language


def fill(text: str, *args: object) -> str:
    """Replace ``%1``…``%99`` in ``text`` with ``args`` in one pass (so an argument that itself
    contains ``%2`` is left alone). Placeholders without an argument stay as they are."""
    if not args:
        return text

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(args[index]) if 0 <= index < len(args) else match.group(0)

    return _PLACEHOLDER.sub(value, text)


class Worded(str):
    """A text from :func:`tr` that remembers its context, source and arguments, so that it can
    be worded again once the language is known (see :func:`again`). It is a ``str`` in every
    other respect."""

    context: str
    source: str
    args: tuple[object, ...]
    quantity: int | None

    def __new__(
        cls,
        text: str,
        context: str,
        source: str,
        args: tuple[object, ...],
        quantity: int | None = None,
    ) -> Worded:
        worded = super().__new__(cls, text)
        worded.context, worded.source, worded.args = context, source, args
        worded.quantity = quantity
        return worded


def tr(context: str, source: str, *args: object) -> str:
    """``source`` in the client's language, with ``%1``… filled from ``args``."""
    try:
        text = _current.translate(context, source) or source
    except Exception:  # a broken translation must never hide the message itself
        text = source
    return Worded(fill(text, *args), context, source, args)


def tr_n(context: str, source: str, n: int, *args: object) -> str:
    """``source`` in the client's language in the form for the count ``n`` (``%n``), with
    ``%1``… filled from ``args``. See the module docstring for how ``source`` is written."""
    untranslated = (source, _counted(source, n))
    try:
        text = _current.translate_n(context, source, n)
    except Exception:  # a broken translation must never hide the message itself
        text = ""
    if not text or text in untranslated:
        text = english_form(source, n)
    return Worded(fill(text, *args), context, source, args, n)


def english_form(source: str, n: int) -> str:
    """The English text of a :func:`tr_n` source for ``n``: each ``[one|other]`` choice
    resolved (the first for exactly one) and ``%n`` filled."""
    form = 1 if n == 1 else 2
    return _counted(_CHOICE.sub(lambda match: match.group(form), source), n)


def _counted(text: str, n: int) -> str:
    """``%Ln`` (the count with the locale's thousands separator, as Qt writes it) and ``%n``
    (plain digits) filled with ``n``."""
    return text.replace("%Ln", whole(n)).replace("%n", str(n))


def again(text: str) -> str:
    """``text`` worded again in the current language if it came from :func:`tr` (its worded
    arguments too); any other text as it is. For messages made before the UI installed the
    client's language, such as why the keychain could not open the journal at start-up."""
    if not isinstance(text, Worded):
        return text
    args = (_again_argument(a) for a in text.args)
    if text.quantity is not None:
        return tr_n(text.context, text.source, text.quantity, *args)
    return tr(text.context, text.source, *args)


def _again_argument(argument: object) -> object:
    if isinstance(argument, BaseException):  # "could not be used (%1)" with the error's reason
        return again(message_of(argument))
    return again(argument) if isinstance(argument, str) else argument


def message_of(error: BaseException) -> str:
    """The message of an error as it was worded (``str(error)`` would lose that)."""
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, str) else str(error)


def mark(context: str, source: str) -> str:
    """Mark ``source`` for translation without translating it yet (Qt's
    ``QT_TRANSLATE_NOOP``); show it later with ``tr(context, source)``."""
    del context
    return source


def month_short(month: int) -> str:
    """ "Mar" for 3 in English, "März" in German (as the locale abbreviates it)."""
    return _current.months_short[month - 1]


def month_long(month: int) -> str:
    return _current.months_long[month - 1]


def day_short(weekday: int) -> str:
    """Monday is 0, as in :meth:`datetime.date.weekday`."""
    return _current.days_short[weekday]


def day_text(day: date) -> str:
    """A day with its month's name, as the locale writes it ("3 Mar 2026")."""
    return _current.format_day(day)


def time_text(at: time) -> str:
    """A time of day as the locale writes it ("4:00 PM", "16:00")."""
    return _current.format_time(at)


def whole(value: int) -> str:
    """A whole number with its thousands grouped as the locale does ("20,000" / "20.000")."""
    return f"{value:,}".replace(",", _current.group_separator)


def decimal(value: float, places: int = 1) -> str:
    """``value`` with ``places`` decimals and the locale's decimal point ("6.5" / "6,5")."""
    text = f"{value:.{places}f}"
    return text.replace(".", _current.decimal_point) if places > 0 else text
