"""The journal list: newest first, grouped by month, loaded a page at a time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from companion.domain.journal import LIST_PAGE_SIZE, EntryFilter, EntrySummary, clipped
from companion.services.errors import CompanionError
from companion.ui.formatting import long_date_time, month_year

SummaryRole = Qt.ItemDataRole.UserRole + 1
HeaderRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
PageLoader = Callable[..., list[EntrySummary]]  # (filter, *, offset, limit)


def month_label(day: date) -> str:
    return month_year(day)


class EntryListModel(QAbstractListModel):
    """Rows are month headers (``str``) or entries (:class:`EntrySummary`)."""

    PAGE = LIST_PAGE_SIZE
    loadFailed = Signal(str)

    def __init__(self, load_page: PageLoader, parent: Any = None) -> None:
        super().__init__(parent)
        self._load_page = load_page
        self._filter = EntryFilter()
        self._rows: list[EntrySummary | str] = []
        self._loaded = 0
        self._exhausted = True  # nothing is loaded until reload() or set_filter()

    # -- loading ----------------------------------------------------------------------------

    @property
    def entry_filter(self) -> EntryFilter:
        return self._filter

    def set_filter(self, entry_filter: EntryFilter) -> None:
        self._filter = entry_filter
        self.reload()

    def set_loader(self, load_page: PageLoader) -> None:
        self._load_page = load_page

    def clear(self) -> None:
        """Show nothing (while locked) until the next :meth:`reload`."""
        self.beginResetModel()
        self._rows = []
        self._loaded = 0
        self._exhausted = True
        self.endResetModel()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._loaded = 0
        self._exhausted = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        try:
            page = self._load_page(self._filter, offset=self._loaded, limit=self.PAGE)
        except CompanionError as exc:
            # Locked or unreadable: show what is loaded and say so, rather than crash.
            self._exhausted = True
            self.loadFailed.emit(str(exc))
            return
        self._loaded += len(page)
        self._exhausted = len(page) < self.PAGE
        new_rows = self._with_headers(page)
        if new_rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new_rows) - 1)
            self._rows.extend(new_rows)
            self.endInsertRows()

    def load_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    def _with_headers(self, page: list[EntrySummary]) -> list[EntrySummary | str]:
        last_month = self._last_month()
        rows: list[EntrySummary | str] = []
        for summary in page:
            month = (summary.created_at.year, summary.created_at.month)
            if month != last_month:
                rows.append(month_label(summary.created_at.date()))
                last_month = month
            rows.append(summary)
        return rows

    def _last_month(self) -> tuple[int, int] | None:
        for row in reversed(self._rows):
            if isinstance(row, EntrySummary):
                return (row.created_at.year, row.created_at.month)
        return None

    # -- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == HeaderRole:
            return isinstance(row, str)
        if isinstance(row, str):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return row
            return None
        if role == SummaryRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title or row.preview
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible_text(row)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], str):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _accessible_text(self, s: EntrySummary) -> str:
        parts = [long_date_time(s.created_at)]
        parts.append(s.title or clipped(s.preview, 80) or self.tr("Untitled entry"))
        if s.mood is not None:
            parts.append(self.tr("mood %1 of 10").replace("%1", str(s.mood)))
        if s.private:
            parts.append(self.tr("private"))
        if s.bring_to_session:
            parts.append(self.tr("for next session"))
        return ", ".join(parts)

    # -- lookups and in-place updates -------------------------------------------------------

    def summary_at(self, row: int) -> EntrySummary | None:
        if 0 <= row < len(self._rows):
            item = self._rows[row]
            return item if isinstance(item, EntrySummary) else None
        return None

    def row_of(self, entry_id: int) -> int | None:
        for i, item in enumerate(self._rows):
            if isinstance(item, EntrySummary) and item.id == entry_id:
                return i
        return None

    def entry_count(self) -> int:
        return sum(1 for r in self._rows if isinstance(r, EntrySummary))

    def update_summary(self, summary: EntrySummary) -> bool:
        """Refresh one row in place (after an autosave); False when it is not loaded."""
        row = self.row_of(summary.id)
        if row is None:
            return False
        old = self._rows[row]
        assert isinstance(old, EntrySummary)
        self._rows[row] = replace(
            summary, highlighted=old.highlighted, highlighted_title=old.highlighted_title
        )
        index = self.index(row)
        self.dataChanged.emit(index, index)
        return True
