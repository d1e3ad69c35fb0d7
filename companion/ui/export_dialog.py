"""Export a summary to bring to the next session: choose the counselor, the period and what
to share on the left; the right side shows exactly what the file will contain (the preview is
the HTML file itself, rendered from the same document as the PDF and the Markdown).

Private journal entries are never listed. The safety plan is not part of a summary.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDir, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.domain.enums import FeedbackStatus
from companion.domain.journal import preview_text
from companion.export.render_html import render_html
from companion.export.selection import (
    NOTE_FIELDS,
    Candidates,
    PeriodChoice,
    PeriodKind,
    Selection,
    default_selection,
)
from companion.export.summary_files import SummaryFormat, write_summary
from companion.export.summary_model import SummaryDocument
from companion.services.errors import CompanionError
from companion.services.feedback import FeedbackService
from companion.services.profile import UnlockedProfile
from companion.services.summary import SummaryRequest, SummaryService
from companion.ui.formatting import date_field_format, day_text, session_when
from companion.ui.qt_dates import to_date

_ROLE = Qt.ItemDataRole.UserRole
_PREVIEW_DELAY_MS = 200

_NOTE_LABELS = {
    "takeaways": "What I took away",
    "to_try": "What I wanted to try",
    "not_right": "What did not feel right",
}


class ExportSummaryDialog(QDialog):
    """Choose, preview and export a session summary."""

    def __init__(self, profile: UnlockedProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile = profile
        self._service = profile.service(SummaryService)
        self._candidates: Candidates | None = None
        self._document: SummaryDocument | None = None
        #: The HTML shown in the preview: exactly what an HTML export writes.
        self.preview_html = ""
        self._filling = False
        self.setWindowTitle(self.tr("Summary for my next session"))
        self.resize(1120, 760)

        self._counselor = QComboBox()
        self._counselor.setAccessibleName(self.tr("Counselor"))
        self._since_last = QRadioButton(self.tr("Since the last session"))
        self._between = QRadioButton(self.tr("Between two sessions"))
        self._custom = QRadioButton(self.tr("Chosen dates"))
        self._period_group = QButtonGroup(self)
        for index, button in enumerate((self._since_last, self._between, self._custom)):
            self._period_group.addButton(button, index)
            button.setAccessibleName(button.text().replace("&", ""))
        self._since_last.setChecked(True)
        self._first_session = QComboBox()
        self._first_session.setAccessibleName(self.tr("First session"))
        self._second_session = QComboBox()
        self._second_session.setAccessibleName(self.tr("Second session"))
        self._start = QDateEdit()
        self._start.setCalendarPopup(True)
        self._start.setAccessibleName(self.tr("First day"))
        self._end = QDateEdit()
        self._end.setCalendarPopup(True)
        self._end.setAccessibleName(self.tr("Last day"))
        for edit in (self._start, self._end):
            edit.setDisplayFormat(date_field_format())
        today = QDate.currentDate()
        self._start.setDate(today.addDays(-27))
        self._end.setDate(today)
        self._period_text = QLabel()
        self._period_text.setWordWrap(True)

        self._items = QTreeWidget()
        self._items.setHeaderHidden(True)
        self._items.setAccessibleName(self.tr("What to share"))
        self._items.setUniformRowHeights(True)
        self._first_paragraph = QCheckBox(self.tr("Only the first paragraph of each entry"))
        self._first_paragraph.setAccessibleName(self._first_paragraph.text())
        self._private_note = QLabel(
            self.tr("Private entries are never offered here, and the safety plan stays in the app.")
        )
        self._private_note.setWordWrap(True)
        self._private_note.setEnabled(False)

        self._format = QComboBox()
        self._format.setAccessibleName(self.tr("File format"))
        self._format.addItem(self.tr("PDF"), SummaryFormat.PDF.value)
        self._format.addItem(self.tr("Web page (HTML)"), SummaryFormat.HTML.value)
        self._format.addItem(self.tr("Markdown (charts as PNG files beside it)"), "md")
        self._export = QPushButton(self.tr("&Export…"))
        self._export.setAccessibleName(self.tr("Export"))
        self._export.setDefault(True)
        self._print = QPushButton(self.tr("&Print…"))
        self._print.setAccessibleName(self.tr("Print"))
        self._close = QPushButton(self.tr("Close"))
        self._close.setAccessibleName(self.tr("Close"))
        self._message = QLabel()
        self._message.setWordWrap(True)
        self._message.setAccessibleName(self.tr("Message"))

        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Preview of the summary"))
        self.preview.setOpenLinks(False)

        self._layout()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)

        self._counselor.currentIndexChanged.connect(self._counselor_changed)
        self._period_group.idToggled.connect(self._period_toggled)
        for combo in (self._first_session, self._second_session):
            combo.currentIndexChanged.connect(self._period_changed)
        self._start.dateChanged.connect(self._period_changed)
        self._end.dateChanged.connect(self._period_changed)
        self._items.itemChanged.connect(self._item_changed)
        self._first_paragraph.toggled.connect(self._schedule_preview)
        self._export.clicked.connect(self.choose_file_and_export)
        self._print.clicked.connect(self.print_summary)
        self._close.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_summary)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.choose_file_and_export)

        self._fill_counselors()

    # -- layout -----------------------------------------------------------------------------

    def _layout(self) -> None:
        left = QWidget()
        form = QFormLayout()
        form.addRow(self.tr("&For"), self._counselor)
        period = QVBoxLayout()
        period.addWidget(self._since_last)
        period.addWidget(self._between)
        sessions = QHBoxLayout()
        sessions.setContentsMargins(24, 0, 0, 0)
        sessions.addWidget(self._first_session, 1)
        sessions.addWidget(QLabel(self.tr("to")))
        sessions.addWidget(self._second_session, 1)
        period.addLayout(sessions)
        period.addWidget(self._custom)
        dates = QHBoxLayout()
        dates.setContentsMargins(24, 0, 0, 0)
        dates.addWidget(self._start, 1)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self._end, 1)
        period.addLayout(dates)
        period.addWidget(self._period_text)
        form.addRow(self.tr("Period"), period)
        column = QVBoxLayout(left)
        column.addLayout(form)
        share = QLabel(self.tr("&What to share"))
        share.setBuddy(self._items)
        share.setStyleSheet("font-weight: 600;")
        column.addWidget(share)
        column.addWidget(self._items, 1)
        column.addWidget(self._first_paragraph)
        column.addWidget(self._private_note)
        column.addWidget(self._message)
        buttons = QHBoxLayout()
        buttons.addWidget(self._format, 1)
        buttons.addWidget(self._export)
        buttons.addWidget(self._print)
        buttons.addWidget(self._close)
        column.addLayout(buttons)

        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Preview: exactly what the file will contain"))
        heading.setStyleSheet("font-weight: 600;")
        right_column.addWidget(heading)
        right_column.addWidget(self.preview, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.addWidget(splitter)
        self.setTabOrder(self._counselor, self._since_last)
        self.setTabOrder(self._since_last, self._between)
        self.setTabOrder(self._between, self._first_session)
        self.setTabOrder(self._first_session, self._second_session)
        self.setTabOrder(self._second_session, self._custom)
        self.setTabOrder(self._custom, self._start)
        self.setTabOrder(self._start, self._end)
        self.setTabOrder(self._end, self._items)
        self.setTabOrder(self._items, self._first_paragraph)
        self.setTabOrder(self._first_paragraph, self._format)
        self.setTabOrder(self._format, self._export)
        self.setTabOrder(self._export, self._print)
        self.setTabOrder(self._print, self._close)
        self.setTabOrder(self._close, self.preview)

    # -- choices ----------------------------------------------------------------------------

    def _fill_counselors(self) -> None:
        try:
            counselors = self._profile.counselors.list()
        except CompanionError as exc:
            self._show_error(str(exc))
            return
        counselors.sort(key=lambda c: (not c.active, c.name.casefold()))
        self._filling = True
        for counselor in counselors:
            self._counselor.addItem(counselor.name, counselor.id)
        self._filling = False
        if not counselors:
            self._items.clear()
            self._export.setEnabled(False)
            self._print.setEnabled(False)
            self.preview_html = ""
            self.preview.setHtml(
                "<p>"
                + self.tr(
                    "Once you add a counselor, you can put together a summary for your "
                    "next session here."
                )
                + "</p>"
            )
            return
        self._counselor_changed()

    def counselor_id(self) -> int | None:
        value = self._counselor.currentData()
        return None if value is None else int(value)

    def _counselor_changed(self) -> None:
        if self._filling:
            return
        counselor_id = self.counselor_id()
        if counselor_id is None:
            return
        self._fill_sessions(counselor_id)
        self.reload()

    def _fill_sessions(self, counselor_id: int) -> None:
        try:
            sessions = self._service.sessions_to_choose(counselor_id)
        except CompanionError as exc:
            self._show_error(str(exc))
            return
        self._filling = True
        for combo in (self._first_session, self._second_session):
            combo.clear()
            for session in sessions:
                combo.addItem(session_when(session.starts_at, session.time_zone), session.id)
        if len(sessions) > 1:
            self._first_session.setCurrentIndex(1)
        self._filling = False
        self._between.setEnabled(len(sessions) > 1)
        self._sync_period_widgets()

    def _sync_period_widgets(self) -> None:
        between = self._between.isChecked()
        custom = self._custom.isChecked()
        self._first_session.setEnabled(between)
        self._second_session.setEnabled(between)
        self._start.setEnabled(custom)
        self._end.setEnabled(custom)

    def _period_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._sync_period_widgets()
            self._period_changed()

    def _period_changed(self) -> None:
        if not self._filling:
            self.reload()

    def period_choice(self) -> PeriodChoice:
        if self._between.isChecked():
            return PeriodChoice(
                PeriodKind.BETWEEN_SESSIONS,
                first_session_id=self._first_session.currentData(),
                second_session_id=self._second_session.currentData(),
            )
        if self._custom.isChecked():
            return PeriodChoice(
                PeriodKind.CUSTOM,
                start=to_date(self._start.date()),
                end=to_date(self._end.date()),
            )
        return PeriodChoice()

    def set_period(self, choice: PeriodChoice) -> None:
        """Set the period controls (for tests and callers that know the period)."""
        self._filling = True
        if choice.kind is PeriodKind.CUSTOM and choice.start and choice.end:
            self._start.setDate(QDate(choice.start.year, choice.start.month, choice.start.day))
            self._end.setDate(QDate(choice.end.year, choice.end.month, choice.end.day))
        self._filling = False
        {
            PeriodKind.SINCE_LAST_SESSION: self._since_last,
            PeriodKind.BETWEEN_SESSIONS: self._between,
            PeriodKind.CUSTOM: self._custom,
        }[choice.kind].setChecked(True)
        self.reload()

    def reload(self) -> None:
        """Read the candidates for the counselor and period again, tick the defaults."""
        counselor_id = self.counselor_id()
        if counselor_id is None:
            return
        try:
            period = self._service.resolve_period(self.period_choice(), counselor_id)
            candidates = self._service.candidates(period, counselor_id)
        except CompanionError as exc:
            self._show_error(str(exc))
            return
        self._message.clear()
        self._candidates = candidates
        self._period_text.setText(
            self.tr("%1 to %2").replace("%1", _day(period.start)).replace("%2", _day(period.end))
        )
        self._fill_items(candidates, default_selection(candidates))
        self.refresh_preview()

    def _fill_items(self, candidates: Candidates, selection: Selection) -> None:
        self._items.blockSignals(True)
        self._items.clear()

        def group(key: str, title: str, empty: str) -> QTreeWidgetItem:
            item = QTreeWidgetItem(self._items, [title])
            item.setData(0, _ROLE, ("section", key))
            item.setFlags(
                item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
            )
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setExpanded(True)
            item.setToolTip(0, empty)
            return item

        def child(parent: QTreeWidgetItem, text: str, data: object, on: bool) -> None:
            item = QTreeWidgetItem(parent, [text])
            item.setData(0, _ROLE, data)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

        def empty_row(parent: QTreeWidgetItem, text: str) -> None:
            item = QTreeWidgetItem(parent, [text])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setData(0, _ROLE, None)
            parent.setFlags(parent.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            parent.setData(0, Qt.ItemDataRole.CheckStateRole, None)

        agenda = group("agenda", self.tr("The agenda"), "")
        for line in candidates.agenda:
            text = " ".join(line.text.split())
            child(agenda, text, ("agenda", line.key), line.key in selection.agenda)
        if not candidates.agenda:
            empty_row(agenda, self.tr("Nothing on the agenda yet."))

        notes = group("notes", self.tr("My notes from the last session"), "")
        if candidates.notes is not None:
            for field in NOTE_FIELDS:
                if getattr(candidates.notes, field).strip():
                    child(
                        notes,
                        self.tr(_NOTE_LABELS[field]),
                        ("note", field),
                        field in selection.note_fields,
                    )
        if notes.childCount() == 0:
            empty_row(notes, self.tr("No notes from the last session."))

        journal = group("journal", self.tr("Journal entries"), "")
        for entry in candidates.entries:
            label = entry.title or preview_text("", entry.body, 60) or self.tr("(empty entry)")
            text = f"{_day(entry.created_at.date())} · {label}"
            if entry.bring_to_session:
                text += "  " + self.tr("(to bring)")
            child(journal, text, ("entry", entry.id), entry.id in selection.entries)
        if not candidates.entries:
            empty_row(journal, self.tr("No journal entries to share in this period."))

        goals = group("goals", self.tr("Expectations and goals"), "")
        for candidate in candidates.goals:
            child(
                goals,
                candidate.goal.title,
                ("goal", candidate.goal.id),
                candidate.goal.id in selection.goals,
            )
        if not candidates.goals:
            empty_row(goals, self.tr("No expectations or goals yet."))

        feedback = group("feedback", self.tr("Feedback notes ready to share"), "")
        for note in candidates.feedback:
            child(feedback, note.preview, ("feedback", note.id), note.id in selection.feedback)
        if not candidates.feedback:
            empty_row(feedback, self.tr("No feedback notes are marked ready."))

        for key, title, available, on in (
            (
                "checkins",
                self.tr("Check-ins, with their chart"),
                candidates.checkin_count > 0,
                selection.checkins,
            ),
            ("mood", self.tr("Mood chart"), candidates.mood_count > 0, selection.mood),
        ):
            item = QTreeWidgetItem(self._items, [title])
            item.setData(0, _ROLE, ("flag", key))
            if available:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setText(0, title + " " + self.tr("(nothing in this period)"))
        self._items.blockSignals(False)

    def _item_changed(self, _item: QTreeWidgetItem, _column: int) -> None:
        self._schedule_preview()

    def _schedule_preview(self) -> None:
        self._timer.start()

    def selection(self) -> Selection:
        """What is ticked now."""
        agenda: set[Any] = set()
        entries: set[Any] = set()
        goals: set[Any] = set()
        feedback: set[Any] = set()
        notes: set[Any] = set()
        flags: dict[str, bool] = {}
        buckets: dict[str, set[object]] = {
            "agenda": agenda,
            "entry": entries,
            "goal": goals,
            "feedback": feedback,
            "note": notes,
        }
        for item in self._all_items():
            data = item.data(0, _ROLE)
            if not isinstance(data, tuple):
                continue
            kind, value = data
            checked = item.checkState(0) == Qt.CheckState.Checked
            if kind == "flag":
                flags[value] = checked and bool(item.flags() & Qt.ItemFlag.ItemIsUserCheckable)
            elif kind in buckets and checked:
                buckets[kind].add(value)
        return Selection(
            agenda=frozenset(agenda),
            entries=frozenset(entries),
            goals=frozenset(goals),
            feedback=frozenset(feedback),
            note_fields=frozenset(notes),
            checkins=flags.get("checkins", False),
            mood=flags.get("mood", False),
            first_paragraph_only=self._first_paragraph.isChecked(),
        )

    def set_checked(self, kind: str, value: object, checked: bool) -> bool:
        """Tick or untick one item (kind "agenda", "entry", "goal", "feedback", "note" or
        "flag"); False when no such item is listed."""
        for item in self._all_items():
            if item.data(0, _ROLE) == (kind, value):
                item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return True
        return False

    def _all_items(self) -> list[QTreeWidgetItem]:
        """Every row of the list of choices, in order."""
        found: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem | None) -> None:
            if item is None:
                return
            found.append(item)
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self._items.topLevelItemCount()):
            walk(self._items.topLevelItem(i))
        return found

    def set_first_paragraph_only(self, on: bool) -> None:
        self._first_paragraph.setChecked(on)

    def listed_texts(self) -> list[str]:
        """Every row's text in the list of choices (for tests)."""
        found = []
        for item in self._all_items():
            found.append(item.text(0))
        return found

    # -- preview ----------------------------------------------------------------------------

    def document(self) -> SummaryDocument | None:
        return self._document

    def refresh_preview(self) -> None:
        """Build the document from the current choice and show it (the HTML file's text)."""
        self._timer.stop()
        if self._candidates is None:
            return
        try:
            document = self._service.build(SummaryRequest(self._candidates, self.selection()))
        except CompanionError as exc:
            self._show_error(str(exc))
            return
        self._document = document
        self.preview_html = render_html(document)
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(self.preview_html)
        self.preview.verticalScrollBar().setValue(scroll)
        nothing = document.is_empty()
        self._export.setEnabled(not nothing)
        self._print.setEnabled(not nothing)

    # -- export -----------------------------------------------------------------------------

    def current_format(self) -> SummaryFormat:
        return SummaryFormat(self._format.currentData())

    def choose_file_and_export(self) -> None:
        fmt = self.current_format()
        path = self.ask_path(fmt)
        if path is None:
            return
        if self.export_to(path, fmt) and self._shared_candidates() and self.ask_mark_shared():
            self.mark_feedback_shared()

    def ask_path(self, fmt: SummaryFormat) -> Path | None:
        """The save dialog (tests call :meth:`export_to` instead)."""
        filters = {
            SummaryFormat.PDF: self.tr("PDF (*.pdf)"),
            SummaryFormat.HTML: self.tr("Web page (*.html)"),
            SummaryFormat.MARKDOWN: self.tr("Markdown (*.md)"),
        }
        suggested = Path(QDir.homePath()) / (
            self.tr("summary") + f"-{date.today().isoformat()}{fmt.suffix}"
        )
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the summary"), str(suggested), filters[fmt]
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(fmt.suffix)

    def export_to(self, path: Path, fmt: SummaryFormat | str) -> list[Path]:
        """Write the previewed document to ``path``; returns the files written (empty on
        error, with the message shown in the dialog)."""
        self.refresh_preview()
        if self._document is None:
            return []
        fmt = SummaryFormat(fmt)
        try:
            if fmt is SummaryFormat.HTML:
                from companion.durable_files import write_bytes_atomically

                written = [write_bytes_atomically(path, self.preview_html.encode("utf-8"))]
            else:
                written = write_summary(self._document, Path(path), fmt)
        except OSError as exc:
            self._show_error(
                self.tr("The summary could not be saved (%1). Nothing was changed.").replace(
                    "%1", exc.strerror or type(exc).__name__
                )
            )
            return []
        self._message.setText(
            self.tr("Saved to %1.").replace(
                "%1", str(written[-1] if fmt is not SummaryFormat.MARKDOWN else Path(path))
            )
        )
        return written

    def _shared_candidates(self) -> list[int]:
        if self._candidates is None:
            return []
        chosen_ids = self.selection().feedback
        return [n.id for n in self._candidates.feedback if n.id in chosen_ids]

    def ask_mark_shared(self) -> bool:
        """Ask whether the included feedback notes count as shared now (tests patch this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Mark as shared?"),
            self.tr(
                "The summary includes feedback notes. Mark them as shared, so they leave the "
                "list of notes waiting to be raised?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def mark_feedback_shared(self) -> int:
        """Mark the feedback notes in the summary as shared; returns how many."""
        service = self._profile.service(FeedbackService)
        count = 0
        try:
            for note_id in self._shared_candidates():
                service.set_status(note_id, FeedbackStatus.SHARED)
                count += 1
        except CompanionError as exc:
            self._show_error(str(exc))
        return count

    # -- print ------------------------------------------------------------------------------

    def print_summary(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: object) -> int:
        """Lay the summary out on ``printer`` (a QPrinter or any paged device); returns the
        number of pages."""
        from PySide6.QtGui import QPagedPaintDevice

        from companion.export.render_pdf import page_layout, paint_pages, paper_for_locale

        self.refresh_preview()
        if self._document is None or not isinstance(printer, QPagedPaintDevice):
            return 0
        printer.setPageLayout(page_layout(paper_for_locale()))
        return paint_pages(self._document, printer, printer.logicalDpiY())

    # -- messages ---------------------------------------------------------------------------

    def _show_error(self, text: str) -> None:
        self._message.setText(text)

    def message(self) -> str:
        return self._message.text()


def _day(day: date) -> str:
    """For example "3 Mar 2026", as the summary itself writes days (in the chosen language)."""
    return day_text(day)
