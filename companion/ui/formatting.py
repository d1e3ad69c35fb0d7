"""Dates and times shown in the client's locale."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def _qdatetime(value: datetime) -> QDateTime:
    return QDateTime(
        QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second)
    )


def long_datetime(value: datetime) -> str:
    """For example "Wednesday, 25 November 2026 17:40" (locale dependent)."""
    locale = QLocale()
    return (
        locale.toString(_qdatetime(value).date(), QLocale.FormatType.LongFormat)
        + " "
        + locale.toString(_qdatetime(value).time(), QLocale.FormatType.ShortFormat)
    )


def short_datetime(value: datetime) -> str:
    return QLocale().toString(_qdatetime(value), QLocale.FormatType.ShortFormat)


def month_year(value: date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), "MMMM yyyy")


def day_and_time(value: datetime) -> str:
    """A list row's date, for example "Tue 24 · 19:05"."""
    return QLocale().toString(_qdatetime(value), "ddd d · HH:mm")
