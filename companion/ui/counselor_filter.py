"""Choosing which counselor a view shows: every area can be filtered by counselor."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from companion.services.counselors import CounselorService
from companion.ui.reflow import let_shrink


class CounselorFilter(QComboBox):
    """ "All counselors" or one of them (active ones first, ended ones marked).

    ``counselorChanged`` carries the chosen id, or None for all.
    """

    counselorChanged = Signal(object)

    def __init__(
        self, counselors: CounselorService, parent: QWidget | None = None, *, allow_all: bool = True
    ) -> None:
        super().__init__(parent)
        self._counselors = counselors
        self._allow_all = allow_all
        self.setAccessibleName(self.tr("Counselor"))
        let_shrink(self, 10)  # a long name and practice end in "…" in a narrow window
        self.activated.connect(lambda _i: self.counselorChanged.emit(self.counselor_id()))
        self.reload()

    def reload(self) -> None:
        """Refill from the service, keeping the current choice when it still exists."""
        current = self.counselor_id()
        self.blockSignals(True)
        self.clear()
        if self._allow_all:
            self.addItem(self.tr("All counselors"), None)
        for c in self._counselors.list():
            label = c.label if c.active else self.tr("%1 (ended)").replace("%1", c.label)
            self.addItem(label, c.id)
        index = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def counselor_id(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def set_counselor(self, counselor_id: int | None) -> None:
        index = self.findData(counselor_id) if counselor_id is not None else 0
        if index >= 0:
            self.setCurrentIndex(index)
