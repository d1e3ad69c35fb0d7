"""Importing appointments from a calendar file: choose the file, see exactly what will be
added (and what is skipped), then add it to one counselor in one step."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDir, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.domain.counselors import Counselor
from companion.domain.enums import SessionMode
from companion.domain.sessions import Appointment, ImportPreview, Session
from companion.domain.wording import tr_n
from companion.services.errors import CompanionError
from companion.services.sessions import SessionService
from companion.ui.formatting import date_text, session_time
from companion.ui.sessions.common import (
    counselor_combo,
    duration_label,
    message_label,
    mode_combo,
    show_message,
)
from companion.ui.tasks import run_in_background
from companion.ui.window_size import open_at

log = logging.getLogger(__name__)

COLUMNS = 5


class ImportDialog(QDialog):
    """``previewReady`` fires when a chosen file has been read (its preview or the problem is
    on screen). After :meth:`apply`, ``imported`` holds the sessions added."""

    previewReady = Signal()

    def __init__(
        self,
        sessions: SessionService,
        counselors: list[Counselor],
        *,
        time_zone: str,
        now: datetime,
        counselor_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._zone = time_zone
        self._now = now
        self.preview: ImportPreview | None = None
        self.imported: list[Session] = []
        self.setWindowTitle(self.tr("Import from a calendar file"))
        open_at(self, 640, 480)

        intro = QLabel(
            self.tr(
                "Choose the calendar file (.ics) your practice sent. You will see what would be "
                "added before anything changes."
            )
        )
        intro.setWordWrap(True)
        self.file_button = QPushButton(self.tr("C&hoose file…"))
        self.file_button.setAccessibleName(self.tr("Choose a calendar file"))
        self.file_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.tr("No file chosen yet."))
        self.file_label.setAccessibleName(self.tr("Chosen file"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_button)
        file_row.addWidget(self.file_label, 1)

        self.counselor_combo = counselor_combo(counselors, counselor_id)
        self.mode_combo = mode_combo(self.tr("How you meet"))
        self.past_box = QCheckBox(self.tr("Also add appointments that are already over"))
        self.past_box.setAccessibleName(self.tr("Also add past appointments"))
        self.past_box.toggled.connect(self._fill_table)
        form = QFormLayout()  # addRow(text, field) makes the field the label's buddy
        form.addRow(self.tr("Add to &counselor"), self.counselor_combo)
        form.addRow(self.tr("&How you meet"), self.mode_combo)

        self.table = QTableWidget(0, COLUMNS)
        self.table.setAccessibleName(self.tr("Appointments in the file"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Time"), self.tr("Length"), self.tr("Title"), ""]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What will be imported"))
        self.message = message_label()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addLayout(form)
        layout.addWidget(self.past_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.file_button.setFocus()

    # -- reading the file ---------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a calendar file"),
            QDir.homePath(),
            self.tr("Calendar files (*.ics *.ical *.icalendar);;All files (*)"),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Read and check the file off the UI thread; the preview follows."""
        self.file_label.setText(path.name)
        self.preview = None
        self.table.setRowCount(0)
        self.import_button.setEnabled(False)
        show_message(self.message, "")
        self.summary.setText(self.tr("Reading the file…"))
        zone, now = self._zone, self._now
        run_in_background(
            lambda: self._sessions.preview_import_file(path, local_zone=zone, now=now),
            self._show_preview,
            self._show_problem,
            owner=self,
        )

    def _show_preview(self, preview: object) -> None:
        assert isinstance(preview, ImportPreview)
        self.preview = preview
        self._fill_table()
        self.previewReady.emit()

    def _show_problem(self, exc: BaseException) -> None:
        if isinstance(exc, CompanionError):
            text = str(exc)
        else:
            log.warning("reading a calendar file failed: %s", type(exc).__name__)
            text = self.tr("Companion could not read this file. Nothing was added.")
        self.summary.setText("")
        show_message(self.message, text)
        self.previewReady.emit()

    # -- the preview --------------------------------------------------------------------------

    def _is_over(self, appointment: Appointment) -> bool:
        return appointment.starts_at + timedelta(minutes=appointment.duration_minutes) <= self._now

    def chosen(self) -> list[Appointment]:
        """The appointments that Import would add."""
        if self.preview is None:
            return []
        include_past = self.past_box.isChecked()
        return [a for a in self.preview.new if include_past or not self._is_over(a)]

    def _fill_table(self) -> None:
        preview = self.preview
        if preview is None:
            return
        chosen = {a.key for a in self.chosen()}
        self.table.setRowCount(len(preview.appointments))
        for row, a in enumerate(preview.appointments):
            if a.key in chosen:
                note = self.tr("New")
            elif a.already_imported:
                note = self.tr("Already imported, skipped")
            else:
                note = self.tr("Already over, left out")
            cells = (
                date_text(a.starts_at),
                session_time(a.starts_at, self._zone),
                duration_label(a.duration_minutes),
                a.title,
                note,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if a.key not in chosen:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        count = len(chosen)
        if count == 0:
            text = self.tr("There is nothing new to add from this file.")
        else:
            text = tr_n("ImportDialog", "%n [session|sessions] will be added.", count)
        notes = [text, *self._skipped_notes(preview), *preview.problems]
        self.summary.setText(" ".join(notes))
        self.import_button.setEnabled(count > 0)

    def _skipped_notes(self, preview: ImportPreview) -> list[str]:
        """What was read besides the start and rule of each event, and why some events are
        not in the list (counts only, never their text)."""
        notes = []
        if preview.extra_dates:
            notes.append(
                tr_n(
                    "ImportDialog",
                    "%n [appointment comes|appointments come] from extra dates listed in the file.",
                    preview.extra_dates,
                )
            )
        if preview.duplicates:
            notes.append(
                tr_n(
                    "ImportDialog",
                    "%n [appointment was|appointments were] imported before and [is|are] skipped.",
                    preview.duplicates,
                )
            )
        if preview.all_day_skipped:
            notes.append(
                tr_n(
                    "ImportDialog",
                    "%n all-day [event is|events are] left out (only appointments with a time "
                    "are added).",
                    preview.all_day_skipped,
                )
            )
        if preview.cancelled_skipped:
            notes.append(
                tr_n(
                    "ImportDialog",
                    "%n cancelled [appointment is|appointments are] left out.",
                    preview.cancelled_skipped,
                )
            )
        if preview.unusable_skipped:
            notes.append(
                tr_n(
                    "ImportDialog",
                    "%n [event|events] without a usable time [is|are] left out.",
                    preview.unusable_skipped,
                )
            )
        if preview.capped_events:
            notes.append(
                self.tr(
                    "Some appointments repeat for a long time: only the most recent ones, up "
                    "to a year ahead, are listed."
                )
            )
        return notes

    # -- importing ----------------------------------------------------------------------------

    def apply(self) -> bool:
        """Add the new appointments to the chosen counselor and close; False if nothing
        could be added (the reason is shown)."""
        chosen = self.chosen()
        counselor = self.counselor_combo.currentData()
        if not chosen or counselor is None:
            show_message(self.message, self.tr("There is nothing new to add from this file."))
            return False
        try:
            self.imported = self._sessions.import_appointments(
                int(counselor),
                chosen,
                time_zone=self._zone,
                mode=SessionMode(self.mode_combo.currentData()),
            )
        except CompanionError as exc:
            show_message(self.message, str(exc))
            return False
        self.accept()
        return True
