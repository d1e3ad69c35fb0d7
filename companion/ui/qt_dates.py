"""Between Python's dates and times and Qt's (for date and time fields): the one place that
converts them. Showing a date as text is :mod:`companion.ui.formatting`'s job."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def to_time(value: QTime) -> time:
    return time(value.hour(), value.minute())
