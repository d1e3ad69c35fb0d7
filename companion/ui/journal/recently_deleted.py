"""Recently deleted entries: when each was written and deleted, its title and the start of its
text; Restore brings one back with everything it had."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.domain.journal_history import NO_HISTORY, DeletedEntry
from companion.domain.wording import tr_n
from companion.ui.formatting import date_time
from companion.ui.list_detail import LIST_STYLE
from companion.ui.window_size import open_at

DeletedRole = Qt.ItemDataRole.UserRole


class RecentlyDeletedDialog(QDialog):
    """The deleted entries still kept, newest first. ``restoreRequested`` carries the id of
    the one the client wants back; the journal restores it and opens it."""

    restoreRequested = Signal(int)

    def __init__(
        self, deleted: list[DeletedEntry], days_kept: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recently deleted"))
        open_at(self, 620, 520)

        intro = QLabel(
            tr_n(
                "RecentlyDeletedDialog",
                "Deleted entries are kept here for %n [day|days] after you delete them, then "
                "removed for good. Restoring one brings it back with its date, tags, mood, "
                "flags, files and history.",
                days_kept,
            )
        )
        intro.setWordWrap(True)

        self.entry_list = QListWidget()
        self.entry_list.setAccessibleName(self.tr("Deleted entries"))
        self.entry_list.setWordWrap(True)
        self.entry_list.setStyleSheet(LIST_STYLE)
        for item in deleted:
            entry = item.entry
            heading = entry.title or self.tr("(no title)")
            flags = self.tr(" · private") if entry.private else ""
            row = QListWidgetItem(
                self.tr("Written %1 · deleted %2")
                .replace("%1", date_time(entry.created_at))
                .replace("%2", date_time(item.deleted_at))
                + flags
                + f"\n{heading}"
                + (f"\n{item.preview}" if item.preview else "")
            )
            row.setData(DeletedRole, item.id)
            self.entry_list.addItem(row)

        self.empty_label = QLabel(
            self.tr(
                "You chose to keep no history, so deleted entries are not kept. You can change "
                "that in Settings."
            )
            if days_kept == NO_HISTORY
            else tr_n(
                "RecentlyDeletedDialog",
                "Nothing was deleted in the last %n [day|days].",
                days_kept,
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(24)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.entry_list)
        self.stack.addWidget(self.empty_label)
        self.stack.setCurrentIndex(0 if deleted else 1)

        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore the chosen entry"))
        self.restore_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.stack, 1)
        layout.addWidget(buttons)

        self.entry_list.currentItemChanged.connect(
            lambda current, _previous: self.restore_button.setEnabled(current is not None)
        )
        self.entry_list.itemActivated.connect(lambda _item: self._restore())
        self.restore_button.clicked.connect(self._restore)
        if deleted:
            self.entry_list.setCurrentRow(0)
            self.entry_list.setFocus()

    def _restore(self) -> None:
        item = self.entry_list.currentItem()
        if item is not None:
            self.restoreRequested.emit(int(item.data(DeletedRole)))
            self.accept()
