"""Text as Companion stores it.

Whatever a client types, pastes or imports is kept as valid Unicode. A lone surrogate (half of
a UTF-16 pair, which no keyboard produces but a broken clipboard or file can carry) cannot be
written to the database, so it becomes U+FFFD, the replacement character, instead of failing
the save. Everything else is kept exactly as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: What a lone surrogate becomes.
REPLACEMENT = "\ufffd"

_SURROGATE = re.compile("[\ud800-\udfff]")


def storable(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD (a no-op for normal text)."""
    if text.isascii():
        return text
    return _SURROGATE.sub(REPLACEMENT, text)


def storable_all(texts: Iterable[str]) -> tuple[str, ...]:
    """:func:`storable` for each of ``texts``."""
    return tuple(storable(t) for t in texts)


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` safe to print in a terminal: control characters (which a crafted file could
    use to move the cursor, retitle the window or hide what is shown) become U+FFFD. Line
    breaks and tabs stay."""
    return _CONTROL.sub(REPLACEMENT, text)
