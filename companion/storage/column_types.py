"""Custom column types: time zone aware UTC timestamps and string enums."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy import DateTime, Dialect, String
from sqlalchemy.types import TypeDecorator

E = TypeVar("E", bound=StrEnum)


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime, stored as naive UTC and read back with ``tzinfo=UTC``.

    Writing a naive datetime is refused: its meaning (local? UTC?) would be a guess. Use this
    for moments that must survive time zone and daylight saving changes (session start
    times); wall-clock times (journal entries) use a plain ``DateTime``.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
            raise ValueError("UTCDateTime needs a datetime with a time zone.")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class StrEnumType(TypeDecorator[E], Generic[E]):
    """A :class:`~enum.StrEnum` stored as its value in a VARCHAR column.

    Any ``str`` equal to one of the values is accepted when writing (so a domain enum with the
    same values works too); reading returns the member. Pair it with a CHECK constraint (see
    :func:`companion.storage.enums.check_in`) so the database enforces the set as well.
    """

    impl = String
    cache_ok = True

    def __init__(self, enum_class: type[E], length: int = 20) -> None:
        super().__init__(length)
        self.enum_class = enum_class

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return self.enum_class(str(value)).value

    def process_result_value(self, value: Any, dialect: Dialect) -> E | None:
        if value is None:
            return None
        return self.enum_class(value)

    def __repr__(self) -> str:
        return f"StrEnumType({self.enum_class.__name__})"
