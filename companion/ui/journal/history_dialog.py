"""History of one entry: its earlier versions, each compared with what it says now, and
Restore (which the journal offers to undo)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from companion.domain.journal import JournalEntry
from companion.domain.journal_history import NO_HISTORY, EntryVersion
from companion.domain.wording import tr_n
from companion.ui.formatting import date_time, date_time_with_seconds, long_date_time
from companion.ui.journal.version_compare import comparison_html
from companion.ui.list_detail import LIST_STYLE
from companion.ui.window_size import open_at

VersionRole = Qt.ItemDataRole.UserRole


class HistoryDialog(QDialog):
    """Earlier versions of ``entry``, newest first. ``restoreRequested`` carries the id of
    the version the client wants back; the journal does the rest."""

    restoreRequested = Signal(int)

    def __init__(
        self,
        entry: JournalEntry,
        versions: list[EntryVersion],
        days_kept: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._entry = entry
        self._versions = {v.id: v for v in versions}
        self.setWindowTitle(self.tr("History of this entry"))
        open_at(self, 900, 600)

        intro = QLabel(
            tr_n(
                "HistoryDialog",
                "Each time this entry is saved, what it said before is kept here, encrypted, "
                "for %n [day|days]. Choose a version to see how it differs from the text now.",
                days_kept,
            )
        )
        intro.setWordWrap(True)

        self.version_list = QListWidget()
        self.version_list.setAccessibleName(self.tr("Earlier versions"))
        self.version_list.setWordWrap(True)
        self.version_list.setStyleSheet(LIST_STYLE)
        minutes = [date_time(version.saved_at) for version in versions]
        for version, minute in zip(versions, minutes, strict=True):
            # saves within one minute are told apart by their seconds, and the words
            # each version starts with
            when = date_time_with_seconds(version.saved_at) if minutes.count(minute) > 1 else minute
            lines = [when]
            if version.other_computer:
                lines.append(self.tr("The other version (changed on two computers)"))
            lines.append(version.title or version.preview or self.tr("(empty)"))
            if version.title and version.preview:
                lines.append(version.preview)
            item = QListWidgetItem("\n".join(lines))
            item.setData(VersionRole, version.id)
            item.setToolTip(
                self.tr("Saved %1, replaced %2")
                .replace("%1", long_date_time(version.saved_at))
                .replace("%2", long_date_time(version.replaced_at))
            )
            self.version_list.addItem(item)

        self.compare_view = QTextBrowser()
        self.compare_view.setAccessibleName(self.tr("Differences from the text now"))
        self.compare_view.setOpenLinks(False)
        self.whole_box = QCheckBox(self.tr("Show the &whole text"))
        self.whole_box.setToolTip(self.tr("Every line, not only what changed"))
        self.restore_button = QPushButton(self.tr("&Restore this version"))
        self.restore_button.setToolTip(
            self.tr("The text now is kept as a version too, and Undo brings it back.")
        )
        self.restore_button.setEnabled(False)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.compare_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.whole_box)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        right_layout.addLayout(row)

        splitter = QSplitter()
        splitter.addWidget(self.version_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        self.empty_label = QLabel(
            self.tr(
                "You chose to keep no history, so earlier versions are not kept. You can "
                "change that in Settings."
            )
            if days_kept == NO_HISTORY
            else tr_n(
                "HistoryDialog",
                "No earlier versions yet. Once you change this entry, what it said before is "
                "kept here for %n [day|days].",
                days_kept,
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(24)
        self.stack = QStackedWidget()
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.empty_label)
        self.stack.setCurrentIndex(0 if versions else 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.stack, 1)
        layout.addWidget(buttons)

        self.version_list.currentItemChanged.connect(lambda *_: self._show_chosen())
        self.whole_box.toggled.connect(lambda _on: self._show_chosen())
        self.restore_button.clicked.connect(self._restore)
        if versions:
            self.version_list.setCurrentRow(0)
            self.version_list.setFocus()

    def chosen(self) -> EntryVersion | None:
        item = self.version_list.currentItem()
        return None if item is None else self._versions.get(int(item.data(VersionRole)))

    def _show_chosen(self) -> None:
        version = self.chosen()
        self.restore_button.setEnabled(version is not None)
        if version is None:
            self.compare_view.clear()
            return
        self.compare_view.setHtml(
            comparison_html(
                version, self._entry, self.compare_view.palette(), whole=self.whole_box.isChecked()
            )
        )

    def _restore(self) -> None:
        version = self.chosen()
        if version is not None:
            self.restoreRequested.emit(version.id)
            self.accept()
