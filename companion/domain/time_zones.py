"""Time zones by their IANA names ("Europe/Berlin"), opened without surprises.

Names come from calendar files, imports, other computers and the system, so any text may
arrive. ``ZoneInfo`` reads the name as a path into the time zone database: besides
``ZoneInfoNotFoundError`` and ``ValueError`` it raises ``OSError`` for a folder of the database
("Europe") or a name longer than a file name may be, and ``UnicodeError`` for text a file
name cannot hold. :func:`known_zone` turns every one of those into None.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

#: Longer than any IANA name ("America/Argentina/ComodRivadavia" has 32 characters).
LONGEST_NAME = 64

_NOT_A_ZONE = (ZoneInfoNotFoundError, ValueError, OSError, UnicodeError)


def known_zone(name: str) -> ZoneInfo | None:
    """The time zone called ``name``, or None when there is no such zone here."""
    if not name or len(name) > LONGEST_NAME:
        return None
    try:
        return ZoneInfo(name)
    except _NOT_A_ZONE:
        return None
