"""The Settings choice of how long earlier versions and deleted entries are kept.

The choice is stored in the profile (its encrypted database), not with the app's settings.
Choosing a shorter period removes what is older at once, in the background; "keep no
history" does so only after the client confirms it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from companion.domain.journal_history import HISTORY_DAY_CHOICES, NO_HISTORY
from companion.domain.wording import tr_n
from companion.services.errors import CompanionError
from companion.services.journal_history import EntryHistoryService
from companion.ui.tasks import run_in_background

log = logging.getLogger(__name__)


class HistoryRetentionBox(QComboBox):
    """7, 30, 90 days, a year, or no history. ``changed`` carries the days once stored."""

    changed = Signal(int)

    def __init__(self, history: EntryHistoryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._history = history
        self.setAccessibleName(self.tr("Keep entry history for"))
        self.setToolTip(
            self.tr(
                "Earlier versions of your journal entries and entries you deleted are kept "
                "this long, encrypted like everything else, so that you can bring them back."
            )
        )
        for days in HISTORY_DAY_CHOICES:
            label = (
                self.tr("1 year")
                if days == 365
                else tr_n("HistoryRetentionBox", "%n [day|days]", days)
            )
            self.addItem(label, days)
        self.addItem(self.tr("Keep no history"), NO_HISTORY)
        self._shown = NO_HISTORY
        try:
            self._shown = history.history_days()
        except CompanionError:
            self.setEnabled(False)
        self.setCurrentIndex(max(self.findData(self._shown), 0))
        self.activated.connect(self._chosen)

    def confirm_no_history(self) -> bool:
        """Ask before throwing all history away (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Keep no history?"),
            self.tr(
                "Earlier versions of your entries and the entries in Recently deleted will be "
                "removed for good, now and from now on. Entries you delete can then be brought "
                "back only with Undo, right after deleting.\n\nKeep no history?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _chosen(self, index: int) -> None:
        days = int(self.itemData(index))
        if days == self._shown:
            return
        if days == NO_HISTORY and not self.confirm_no_history():
            self.setCurrentIndex(self.findData(self._shown))
            return
        self._shown = days
        self.setEnabled(False)  # until the change is stored
        run_in_background(
            lambda: self._history.set_history_days(days),
            lambda _removed: self._stored(days),
            self._failed,
            owner=self,
        )

    def _stored(self, days: int) -> None:
        self.setEnabled(True)
        self.changed.emit(days)

    def _failed(self, exc: BaseException) -> None:
        log.warning("storing the history setting failed: %s", type(exc).__name__)
        self.setEnabled(True)
        try:
            self._shown = self._history.history_days()
        except CompanionError:
            return
        self.setCurrentIndex(max(self.findData(self._shown), 0))
