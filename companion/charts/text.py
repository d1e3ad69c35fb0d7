"""The words in the charts. The charts know no Qt; the UI installs Qt's translation function
with :func:`set_translator` so every string still goes through Qt's translations."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

_translate: Callable[[str], str] = str


def set_translator(translate: Callable[[str], str]) -> None:
    """Use ``translate`` (for example ``QCoreApplication.translate("Charts", s)``)."""
    global _translate
    _translate = translate


def tr(text: str) -> str:
    return _translate(text)


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
    """For example "3 Mar 2026"."""
    return f"{day.day} {day:%b %Y}"


def number(value: float | None) -> str:
    """A rating for a table: whole numbers plainly, others with one decimal."""
    if value is None:
        return tr("not rated")
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


DISCLAIMER = "A personal reflection aid, not a clinical measure."
