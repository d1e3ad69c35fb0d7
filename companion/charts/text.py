"""The words in the charts, the summary and its exports. The charts know no Qt: their texts
go through :mod:`companion.domain.wording` (context "Charts"), where the UI installs Qt's
translations and the chosen locale's month names and decimal point."""

from __future__ import annotations

from datetime import date

from companion.domain import wording
from companion.domain.insights import CheckInPoint


def tr(text: str, *args: object) -> str:
    """``text`` in the client's language (context "Charts"), ``%1``… filled from ``args``."""
    return wording.tr("Charts", text, *args)


_QUALITIES = {
    "heard": "Heard",
    "respected": "Respected",
    "supported": "Supported",
    "understood": "Understood",
    "trust": "Trust",
    "open": "Not judged",
    "safe": "Safe",
    "together": "Working together",
}


def quality_label(quality: str) -> str:
    """The short name of a relationship quality, as charts and tables show it."""
    return tr(_QUALITIES.get(quality, quality.capitalize()))


def day_text(day: date) -> str:
    """For example "3 Mar 2026" (in German "3. März 2026")."""
    return wording.day_text(day)


def written_text(checkin: CheckInPoint) -> str:
    """When a check-in was written: "written 3 Dec 2026"."""
    return tr("written %1", day_text(checkin.written_at.date()))


def checkin_day(checkin: CheckInPoint) -> str:
    """The day of the session a check-in is about, and the day it was written when that was
    another one: "11 Aug 2026 (written 3 Dec 2026)"."""
    day = day_text(checkin.when.date())
    return f"{day} ({written_text(checkin)})" if checkin.written_later else day


def latest_label(checkin: CheckInPoint) -> str:
    """How a chart's legend names the latest check-in: by its session's day, with the day
    it was written on a second line when that was later."""
    label = tr("Latest check-in (%1)", day_text(checkin.when.date()))
    return f"{label}\n{written_text(checkin)}" if checkin.written_later else label


def number(value: float | None) -> str:
    """A rating for a table: whole numbers plainly, others with one decimal."""
    if value is None:
        return tr("not rated")
    return str(int(value)) if float(value).is_integer() else wording.decimal(value, 1)


DISCLAIMER = "A personal reflection aid, not a clinical measure."
