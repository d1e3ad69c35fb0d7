"""Search everything: journal entries, agenda items, session notes and feedback notes."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.domain.journal import MATCH_END, MATCH_START
from companion.domain.search import HitKind, SearchHit
from companion.domain.wording import tr_n
from companion.services.errors import CompanionError
from companion.services.search import SearchService
from companion.ui.formatting import date_time
from companion.ui.window_size import open_at

HitRole = Qt.ItemDataRole.UserRole + 1


class SearchDialog(QDialog):
    """Type to search; Enter or a double click opens the result in its area."""

    openRequested = Signal(object)  # SearchHit

    def __init__(self, search: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search everything"))
        open_at(self, 640, 480)
        self._search = search
        self.field = QLineEdit()
        self.field.setPlaceholderText(
            self.tr("Search journal entries, agenda items, session notes and feedback")
        )
        self.field.setAccessibleName(self.tr("Search everything"))
        self.field.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Results"))
        self.results.setWordWrap(True)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Search status"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run)
        self.field.textChanged.connect(self._timer.start)
        self.field.returnPressed.connect(self._open_current)
        self.results.itemActivated.connect(self._open)
        self.field.setFocus()

    def _kind_label(self, hit: SearchHit) -> str:
        return {
            HitKind.JOURNAL: self.tr("Journal"),
            HitKind.AGENDA: self.tr("Agenda"),
            HitKind.SESSION_NOTES: self.tr("Session notes"),
            HitKind.FEEDBACK: self.tr("Feedback"),
        }[hit.kind]

    def run(self) -> None:
        self._timer.stop()
        self.results.clear()
        text = self.field.text()
        if not text.strip():
            self.status.clear()
            return
        try:
            hits = self._search.everything(text)
        except CompanionError as exc:
            self.status.setText(str(exc))
            return
        for hit in hits:
            parts = [self._kind_label(hit)]
            if hit.when is not None:
                parts.append(date_time(hit.when))
            if hit.counselor_name:
                parts.append(hit.counselor_name)
            if hit.label:
                parts.append(hit.label)
            snippet = hit.snippet.replace(MATCH_START, "").replace(MATCH_END, "")
            item = QListWidgetItem(" · ".join(parts) + "\n" + snippet)
            item.setData(HitRole, hit)
            self.results.addItem(item)
        self.status.setText(
            self.tr("Nothing found.")
            if not hits
            else tr_n("SearchDialog", "%n [result|results]", len(hits))
        )
        if hits:
            self.results.setCurrentRow(0)

    def _open_current(self) -> None:
        self.run()
        item = self.results.currentItem()
        if item is not None:
            self._open(item)

    def _open(self, item: QListWidgetItem) -> None:
        hit = item.data(HitRole)
        if isinstance(hit, SearchHit):
            self.openRequested.emit(hit)
            self.accept()
