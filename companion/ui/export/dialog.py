"""Export a summary to bring to the next session: choose the counselor, the period and what
to share on the left; the right side shows exactly what the file will contain.

Private journal entries are never listed, nor anything kept with them. The safety plan is not
part of a summary. An entry's pictures go with it when the client ticks its "With 2
pictures" row (off unless chosen for an earlier summary); the preview shows them exactly as
the file will, and saving or printing remembers the choice for the next summary.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.export.print_pictures import PrintPictures
from companion.export.selection import (
    Candidates,
    PeriodChoice,
    Selection,
    chosen,
    default_selection,
    pictures_to_remember,
)
from companion.export.summary_files import SummaryFormat
from companion.export.summary_model import SummaryDocument
from companion.services.errors import CompanionError
from companion.services.feedback import FeedbackService
from companion.services.profile import UnlockedProfile
from companion.services.summary import SummaryRequest, SummaryService
from companion.ui.export import printing, writing
from companion.ui.export.period import PeriodChooser
from companion.ui.export.preview import SummaryPreview
from companion.ui.export.share_list import ShareList
from companion.ui.reflow import let_shrink
from companion.ui.style import Text, set_text
from companion.ui.tasks import run_in_background
from companion.ui.window_size import open_at

_PREVIEW_DELAY_MS = 200


class ExportSummaryDialog(QDialog):
    """Choose, preview and export (or print) a session summary."""

    def __init__(self, profile: UnlockedProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile = profile
        self._service = profile.service(SummaryService)
        self._candidates: Candidates | None = None
        self._document: SummaryDocument | None = None
        #: the chosen pictures, ready for print, kept while the dialog is open
        self._pictures = PrintPictures()
        self._filling = False
        self.setWindowTitle(self.tr("Summary for my next session"))
        open_at(self, 1120, 760)

        self._counselor = QComboBox()
        self._counselor.setAccessibleName(self.tr("Counselor"))
        self._period = PeriodChooser()
        self._items = ShareList()
        self._first_paragraph = QCheckBox(self.tr("Only the first paragraph of each entry"))
        self._first_paragraph.setAccessibleName(self._first_paragraph.text())
        self.mark_shared_box = QCheckBox(self.tr("Mark these feedback notes as shared now"))
        self.mark_shared_box.setAccessibleName(self.mark_shared_box.text())
        self.mark_shared_box.setToolTip(
            self.tr(
                "Or leave it: after the session, the notes you write about it ask whether "
                "you shared them."
            )
        )
        self.mark_shared_box.hide()
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
        self.preview = SummaryPreview()

        self._layout()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._preview_when_pictures_ready)
        #: counts the pictures being made ready on a worker thread (the latest one counts)
        self._making_pictures = 0

        self._counselor.currentIndexChanged.connect(self._counselor_changed)
        self._period.changed.connect(self.reload)
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
        form.addRow(self.tr("Period"), self._period)
        form.addRow(self.tr("F&ormat"), let_shrink(self._format, 12))
        column = QVBoxLayout(left)
        column.addLayout(form)
        share = QLabel(self.tr("&What to share"))
        share.setBuddy(self._items)
        set_text(share, Text.LABEL)
        column.addWidget(share)
        column.addWidget(self._items, 1)
        column.addWidget(self._first_paragraph)
        column.addWidget(self.mark_shared_box)
        column.addWidget(self._private_note)
        column.addWidget(self._message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._export)
        buttons.addWidget(self._print)
        buttons.addWidget(self._close)
        column.addLayout(buttons)

        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Preview: exactly what the file will contain"))
        heading.setWordWrap(True)
        set_text(heading, Text.LABEL)
        right_column.addWidget(heading)
        right_column.addWidget(self.preview, 1)
        self.preview.setMinimumWidth(260)  # a preview narrower than this shows nothing useful

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.addWidget(splitter)
        period = self._period
        chain: list[QWidget] = [
            self._counselor,
            period.since_last,
            period.between,
            period.first_session,
            period.second_session,
            period.custom,
            period.start,
            period.end,
            self._format,  # in the form at the top, with the counselor and the period
            self._items,
            self._first_paragraph,
            self.mark_shared_box,
            self._export,
            self._print,
            self._close,
            self.preview,
        ]
        for first, then in pairwise(chain):
            self.setTabOrder(first, then)

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
            self.preview.show_no_counselor()
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
        self._period.fill_sessions(sessions)

    def period_choice(self) -> PeriodChoice:
        return self._period.choice()

    def set_period(self, choice: PeriodChoice) -> None:
        """Set the period controls (for tests and callers that know the period)."""
        self._period.set_choice(choice)
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
        self._period.show_days(period)
        self._items.fill(candidates, default_selection(candidates))
        self.refresh_preview()

    def _item_changed(self, _item: QTreeWidgetItem, _column: int) -> None:
        self._schedule_preview()

    def _schedule_preview(self) -> None:
        self._timer.start()

    def selection(self) -> Selection:
        """What is ticked now."""
        return self._items.selection(first_paragraph_only=self._first_paragraph.isChecked())

    def set_checked(self, kind: str, value: object, checked: bool) -> bool:
        """Tick or untick one item (kind "agenda", "entry", "goal", "feedback", "note",
        "pictures" (an entry's id) or "flag"); False when no such item is listed."""
        return self._items.set_checked(kind, value, checked)

    def set_first_paragraph_only(self, on: bool) -> None:
        self._first_paragraph.setChecked(on)

    def listed_texts(self) -> list[str]:
        """Every row's text in the list of choices (for tests)."""
        return [item.text(0) for item in self._items.rows()]

    # -- preview ----------------------------------------------------------------------------

    @property
    def preview_html(self) -> str:
        """The HTML shown in the preview: exactly what an HTML export writes."""
        return self.preview.html

    def document(self) -> SummaryDocument | None:
        return self._document

    def _preview_when_pictures_ready(self) -> None:
        """Show the preview for the current choice. Pictures chosen that are not ready for
        print yet (a 4 MB photo takes about a tenth of a second to read and scale) are made on
        a worker thread first, so that the window never stops answering meanwhile."""
        if self._candidates is None:
            return
        request = SummaryRequest(self._candidates, self.selection())
        wanted = chosen(request.candidates, request.selection).pictures
        if all(self._pictures.holds(p) for p in wanted):
            self.refresh_preview()
            return
        self._making_pictures += 1
        token = self._making_pictures
        self._message.setText(self.tr("Getting the pictures ready…"))
        service, pictures = self._service, self._pictures

        def made(_document: SummaryDocument) -> None:
            if token == self._making_pictures:
                self._message.clear()
                self.refresh_preview()

        def failed(exc: BaseException) -> None:
            if token != self._making_pictures:
                return
            if not isinstance(exc, CompanionError):
                raise exc
            self._show_error(str(exc))

        run_in_background(
            lambda: service.build(request, charts=False, pictures=pictures),
            made,
            failed,
            owner=self,
        )

    def refresh_preview(self) -> None:
        """Build the document from the current choice and show it (the HTML file's text)."""
        self._timer.stop()
        if self._candidates is None:
            return
        try:
            document = self._service.build(
                SummaryRequest(self._candidates, self.selection()), pictures=self._pictures
            )
        except CompanionError as exc:
            self._show_error(str(exc))
            return
        self._document = document
        self.preview.show_document(document)
        self.mark_shared_box.setVisible(bool(self._shared_candidates()))
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
        if self.export_to(path, fmt):
            self._remember_pictures()
            self._brought()

    def ask_path(self, fmt: SummaryFormat) -> Path | None:
        """The save dialog (tests call :meth:`export_to` instead)."""
        return writing.ask_path(self, fmt)

    def export_to(self, path: Path, fmt: SummaryFormat | str) -> list[Path]:
        """Write the previewed document to ``path``; returns the files written (empty on
        error, with the message shown in the dialog)."""
        self.refresh_preview()
        if self._document is None:
            return []
        saved = writing.save(self._document, self.preview_html, path, SummaryFormat(fmt))
        self._message.setText(saved.message)
        return saved.files

    def _remember_pictures(self) -> None:
        """The summary is saved or printed: each offered picture remembers whether it went
        with its entry, so that the next summary ticks the same."""
        if self._candidates is None:
            return
        changes = pictures_to_remember(self._candidates, self.selection())
        if not changes:
            return
        try:
            self._service.remember_pictures(changes)
        except CompanionError:
            return  # only the next summary's ticks are lost; the file is saved
        now = dict(changes)
        self._candidates = replace(
            self._candidates,
            pictures=tuple(
                replace(p, in_summary=now.get(p.id, p.in_summary))
                for p in self._candidates.pictures
            ),
        )

    def _shared_candidates(self) -> list[int]:
        if self._candidates is None:
            return []
        chosen_ids = self.selection().feedback
        return [n.id for n in self._candidates.feedback if n.id in chosen_ids]

    def _brought(self) -> None:
        """The summary is on its way to the counselor: mark its feedback notes as shared when
        the client ticked that, else remember them, so that the notes after the session ask
        (:class:`companion.ui.agenda.after_session.AfterSessionDialog`)."""
        notes = self._shared_candidates()
        counselor_id = self.counselor_id()
        if not notes or counselor_id is None:
            return
        if self.mark_shared_box.isChecked():
            saved = self._message.text()
            if self.mark_feedback_shared():
                self.reload()  # the notes are no longer waiting to be shared
                self._message.setText(
                    saved + " " + self.tr("The feedback notes are marked as shared.")
                )
            return
        try:
            self._service.remember_brought(counselor_id, notes)
        except CompanionError:
            return  # only the later question is lost; the file is saved
        self._message.setText(
            self._message.text()
            + " "
            + self.tr(
                "After your session, the notes about it will ask whether you shared the "
                "feedback notes."
            )
        )

    def mark_feedback_shared(self) -> int:
        """Mark the feedback notes in the summary as shared; returns how many."""
        service = self._profile.service(FeedbackService)
        try:
            return service.mark_shared(self._shared_candidates())
        except CompanionError as exc:
            self._show_error(str(exc))
            return 0

    # -- print ------------------------------------------------------------------------------

    def print_summary(self) -> None:
        printer = printing.ask_printer(self)
        if printer is not None and self.print_to(printer):
            self._message.clear()
            self._remember_pictures()
            self._brought()

    def print_to(self, printer: object) -> int:
        """Lay the summary out on ``printer`` (a QPrinter or any paged device); returns the
        number of pages."""
        self.refresh_preview()
        if self._document is None:
            return 0
        return printing.print_document(self._document, printer)

    # -- messages ---------------------------------------------------------------------------

    def _show_error(self, text: str) -> None:
        self._message.setText(text)

    def message(self) -> str:
        return self._message.text()
