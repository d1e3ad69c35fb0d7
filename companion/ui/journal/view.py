"""The journal area: search and filters, the list of entries, and the editor."""

from __future__ import annotations

import contextlib
from datetime import date, timedelta

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.domain.attachments import RemovedAttachment, short_name
from companion.domain.changes import Area, Changes
from companion.domain.journal import EntryDraft, EntryFilter, JournalEntry, summary_of
from companion.domain.wording import tr_n
from companion.services.attachments import AttachmentService
from companion.services.journal import EntryNotFound, JournalService
from companion.ui.attachments.entry_files import EntryFiles
from companion.ui.attachments.opened_files import OpenedFiles
from companion.ui.changes import OwnWrites, relevant
from companion.ui.formatting import date_field_format
from companion.ui.journal.editor import EntryEditor
from companion.ui.journal.list_delegate import EntryDelegate
from companion.ui.journal.list_model import EntryListModel
from companion.ui.reflow import FlowLayout, let_shrink
from companion.ui.style import LIST_MARGINS, SPACING
from companion.ui.undo_bar import UndoBar

SEARCH_DELAY_MS = 150

PERIODS = ("any", "week", "month", "year", "custom")


class JournalView(QWidget):
    """Everything the journal area shows. ``status`` carries short messages for the window."""

    status = Signal(str)
    shows = frozenset({Area.JOURNAL, Area.SYNC, Area.ATTACHMENTS})

    def __init__(
        self,
        journal: JournalService,
        parent: QWidget | None = None,
        *,
        attachments: AttachmentService | None = None,
        opened: OpenedFiles | None = None,
    ) -> None:
        """``attachments`` and ``opened``: the entries' files and where opened ones go
        (without them, the editor keeps no files)."""
        super().__init__(parent)
        self._journal = journal
        self._own = OwnWrites()
        self._locked_search = ""
        #: What could not be saved when Companion locked (entry id, or None for a new entry,
        #: and the draft), kept in memory only and shown again after unlocking.
        self._locked_draft: tuple[int | None, EntryDraft] | None = None
        #: The editor was on a new entry when Companion locked: it is again after unlocking.
        self._locked_on_new = False

        self.model = EntryListModel(journal.list, self)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search your journal"))
        self.search_edit.setAccessibleName(self.tr("Search"))
        self.search_edit.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("New entry"))
        self.new_button.setToolTip(self.tr("Start a new entry (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_entry)

        self.tag_combo = QComboBox()
        self.tag_combo.setAccessibleName(self.tr("Filter by tag"))
        self.period_combo = QComboBox()
        self.period_combo.setAccessibleName(self.tr("Filter by date"))
        for key, label in zip(
            PERIODS,
            (
                self.tr("Any time"),
                self.tr("Last 7 days"),
                self.tr("Last 30 days"),
                self.tr("Last 12 months"),
                self.tr("Choose dates…"),
            ),
            strict=True,
        ):
            self.period_combo.addItem(label, key)
        self.flagged_combo = QComboBox()
        self.flagged_combo.setAccessibleName(self.tr("Filter by flag"))
        self.flagged_combo.addItem(self.tr("All entries"), False)
        self.flagged_combo.addItem(self.tr("For next session"), True)
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit, name in (
            (self.from_edit, self.tr("From date")),
            (self.to_edit, self.tr("To date")),
        ):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.setDisplayFormat(date_field_format())
            # Qt sizes a date field for its widest imaginable date; the narrow list pane needs
            # less ("30. Sept. 2026" still fits), so the editor next to it keeps its room
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("30. Sept. 2026") + 28)
        self.from_edit.setDate(QDate.currentDate().addMonths(-1))
        self.to_edit.setDate(QDate.currentDate())
        self.dates_row = QWidget()
        dates = QHBoxLayout(self.dates_row)
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(QLabel(self.tr("From")))
        dates.addWidget(self.from_edit, 1)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.to_edit, 1)
        self.dates_row.hide()

        self.list_view = QListView()
        self.list_view.setAccessibleName(self.tr("Journal entries"))
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(EntryDelegate(self.list_view))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setUniformItemSizes(False)
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)  # rows follow the width
        self.list_view.setFrameShape(QFrame.Shape.NoFrame)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(24)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.list_view)
        self.list_stack.addWidget(self.empty_label)
        self.result_label = QLabel()
        self.result_label.setAccessibleName(self.tr("Search results"))

        self.undo_bar = UndoBar()
        self.undo_button = self.undo_bar.button
        self.deleted_button = QPushButton(self.tr("Recently deleted…"))
        self.deleted_button.setFlat(True)
        self.deleted_button.setAccessibleName(self.tr("Recently deleted entries"))
        self.deleted_button.setToolTip(self.tr("Deleted entries you can still bring back"))
        self.deleted_button.clicked.connect(self.show_recently_deleted)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(LIST_MARGINS)
        left_layout.setSpacing(SPACING)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.new_button)
        # side by side, or over two lines in a narrow list pane (a 900 px window)
        filter_row = FlowLayout(fill=True, whole_words=True)
        for combo in (self.tag_combo, self.period_combo, self.flagged_combo):
            filter_row.addWidget(let_shrink(combo, 8))
        left_layout.addLayout(search_row)
        left_layout.addLayout(filter_row)
        left_layout.addWidget(self.dates_row)
        left_layout.addWidget(self.result_label)
        left_layout.addWidget(self.list_stack, 1)
        left_layout.addWidget(self.undo_bar)
        deleted_row = QHBoxLayout()
        deleted_row.addStretch(1)
        deleted_row.addWidget(self.deleted_button)
        left_layout.addLayout(deleted_row)

        self.files = EntryFiles(attachments, opened, self)
        self.editor = EntryEditor(journal, files=self.files)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([400, 600])  # two parts list, three parts editor, at any width
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.tag_combo.activated.connect(self.apply_filter)
        self.period_combo.activated.connect(self._period_chosen)
        self.flagged_combo.activated.connect(self.apply_filter)
        self.from_edit.dateChanged.connect(self.apply_filter)
        self.to_edit.dateChanged.connect(self.apply_filter)
        self.list_view.selectionModel().currentChanged.connect(self._current_changed)
        self.editor.entrySaved.connect(self._entry_saved)
        self.editor.deleteRequested.connect(self.delete_entry)
        self.editor.historyRequested.connect(self.show_history)
        self.model.modelReset.connect(self._update_empty_state)
        self.model.rowsInserted.connect(self._update_empty_state)
        self.model.loadFailed.connect(self.status)
        self.files.removed.connect(self._file_removed)
        self.editor.files_strip.undo_action.triggered.connect(self.undo_bar.undo)

    # -- loading ----------------------------------------------------------------------------

    def load(self) -> None:
        """Fill the list (first page only) and the tag choices; open the newest entry."""
        if self._locked_search:
            self.search_edit.blockSignals(True)
            self.search_edit.setText(self._locked_search)
            self.search_edit.blockSignals(False)
            self._locked_search = ""
        self._refresh_tags()
        self.model.set_filter(self.current_filter())
        first = self._first_entry_row()
        if first is not None and not self._locked_on_new:
            self._select_row(first)
        else:
            self.editor.new_entry()
            self._select_editor_row()
        self._locked_on_new = False
        if self._locked_draft is not None:
            self._show_locked_draft(*self._locked_draft)
            self._locked_draft = None

    def _show_locked_draft(self, entry_id: int | None, draft: EntryDraft) -> None:
        entry = None
        if entry_id is not None:
            try:
                entry = self._journal.get(entry_id)
            except EntryNotFound:
                entry = None  # deleted meanwhile: the text comes back as a new entry
        self.editor.show_unsaved(entry, draft)
        self._select_editor_row()

    def _refresh_tags(self) -> None:
        tags = self._journal.tags()
        current = self.tag_combo.currentData()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("All tags"), None)
        for tag in tags:
            self.tag_combo.addItem(f"#{tag}", tag)
        index = self.tag_combo.findData(current) if current else 0
        self.tag_combo.setCurrentIndex(max(index, 0))
        self.tag_combo.blockSignals(False)
        self.editor.set_known_tags(tags)

    # -- filtering --------------------------------------------------------------------------

    def current_filter(self) -> EntryFilter:
        tag = self.tag_combo.currentData()
        period = self.period_combo.currentData()
        today = date.today()
        start: date | None = None
        end: date | None = None
        if period == "week":
            start = today - timedelta(days=6)
        elif period == "month":
            start = today - timedelta(days=29)
        elif period == "year":
            start = today - timedelta(days=364)
        elif period == "custom":
            first = self.from_edit.date()
            last = self.to_edit.date()
            if first > last:
                first, last = last, first
            start = date(first.year(), first.month(), first.day())
            end = date(last.year(), last.month(), last.day())
        return EntryFilter(
            text=self.search_edit.text(),
            tags=(tag,) if tag else (),
            date_from=start,
            date_to=end,
            flagged_only=bool(self.flagged_combo.currentData()),
        )

    def _period_chosen(self) -> None:
        self.dates_row.setVisible(self.period_combo.currentData() == "custom")
        self.apply_filter()

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.editor.flush()
        keep = self.editor.entry_id
        self.model.set_filter(self.current_filter())
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self._select_row(row, load=False)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _update_empty_state(self) -> None:
        count = self.model.entry_count()
        filtering = not self.model.entry_filter.is_empty()
        if count:
            self.list_stack.setCurrentIndex(0)
        elif filtering:
            self.empty_label.setText(
                self.tr("Nothing matches. Try fewer or different words, or clear the filters.")
            )
            self.list_stack.setCurrentIndex(1)
        else:
            self.empty_label.setText(
                self.tr(
                    "Your journal is empty.\n\nWrite your first entry: whatever is on your mind, "
                    "something from your last session, or something you want to remember."
                )
            )
            self.list_stack.setCurrentIndex(1)
        if filtering:
            more = "+" if self.model.canFetchMore() else ""
            self.result_label.setText(
                tr_n("JournalView", "%n+ [entry|entries] found", count)
                if more
                else tr_n("JournalView", "%n [entry|entries] found", count)
            )
            self.result_label.show()
        else:
            self.result_label.hide()

    # -- selection and editing --------------------------------------------------------------

    def _first_entry_row(self) -> int | None:
        for row in range(self.model.rowCount()):
            if self.model.summary_at(row) is not None:
                return row
        return None

    def _select_row(self, row: int, *, load: bool = True) -> None:
        index = self.model.index(row)
        selection = self.list_view.selectionModel()
        if not load:
            selection.blockSignals(True)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if not load:
            selection.blockSignals(False)
            self.list_view.viewport().update()
        self.list_view.scrollTo(index)

    def _select_editor_row(self) -> None:
        """Mark the entry the editor shows in the list (or nothing, for a new entry)."""
        entry_id = self.editor.entry_id
        row = self.model.row_of(entry_id) if entry_id is not None else None
        if row is not None:
            self._select_row(row, load=False)
        else:
            selection = self.list_view.selectionModel()
            selection.blockSignals(True)
            selection.clear()
            selection.blockSignals(False)
            self.list_view.viewport().update()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        summary = self.model.summary_at(current.row()) if current.isValid() else None
        if summary is None or summary.id == self.editor.entry_id:
            return
        if not self.editor.flush():
            # The editor keeps what could not be saved; the list points at it again, and
            # the window says why nothing else opened.
            QTimer.singleShot(0, self, self._select_editor_row)
            self.status.emit(
                self.tr(
                    "This entry could not be saved yet, so it stays open. See the message below it."
                )
            )
            return
        try:
            self.editor.load(self._journal.get(summary.id))
        except EntryNotFound:
            self.model.reload()
        # Saving the entry left may have added a row (a new entry) and marked it: the list
        # marks the entry the editor shows.
        QTimer.singleShot(0, self, self._select_editor_row)

    def new_entry(self) -> None:
        if not self.editor.flush():
            return  # the editor says why; what is there stays
        self.editor.new_entry()
        self._select_editor_row()  # no row is current, so clicking any row opens it

    def open_entry(self, entry_id: int) -> None:
        """Show an entry (the one being edited stays as it is on screen)."""
        if entry_id == self.editor.entry_id:
            row = self.model.row_of(entry_id)
            if row is not None:
                self._select_row(row, load=False)
            return
        if not self.editor.flush():
            return
        row = self.model.row_of(entry_id)  # after saving: a new entry may have moved the rows
        if row is None:
            self.editor.load(self._journal.get(entry_id))
            self._select_editor_row()
        else:
            self._select_row(row)

    # -- keeping current -----------------------------------------------------------------------

    def refresh(self, changes: Changes) -> None:
        """Entries were written elsewhere (an import, the agenda, a restored version): the
        list and tags are read again where the client was, and the entry in the editor is
        shown as stored now, unless the client has unsaved edits in it. The echo of the
        view's own saves changes nothing."""
        if changes.touches(Area.SYNC):  # sync's notes: two versions kept, or settled?
            self.editor.check_conflict()
        if changes.ids(Area.ATTACHMENTS) != frozenset():  # files, not only their pictures
            self.files.reload()
        changes = relevant(changes, frozenset({Area.JOURNAL}))
        if not changes or self._own.is_echo(changes):
            return
        self._refresh_tags()
        self._reload_in_place()
        current = self.editor.entry_id
        ids = changes.ids(Area.JOURNAL)
        if current is None or self.editor.has_unsaved_changes:
            self._select_editor_row()
            return
        if ids is not None and current not in ids:
            self._select_editor_row()
            return
        try:
            stored = self._journal.get(current)
        except EntryNotFound:
            self.editor.new_entry()
            self._select_editor_row()
            self.status.emit(self.tr("The entry you had open was deleted."))
            return
        if stored.draft() != self.editor.draft():
            self.editor.load(stored)
        self._select_editor_row()

    def _reload_in_place(self) -> None:
        """Read the list again as far as it was loaded, at the same scroll position."""
        scroll = self.list_view.verticalScrollBar()
        position = scroll.value()
        loaded = self.model.entry_count()
        self.model.reload()
        while self.model.entry_count() < loaded and self.model.canFetchMore():
            self.model.fetchMore()
        scroll.setValue(position)

    def _entry_saved(self, entry: JournalEntry) -> None:
        self._own.note(Area.JOURNAL, entry.id)
        if not self.model.update_summary(summary_of(entry)):
            self.model.reload()
            row = self.model.row_of(entry.id)
            if row is not None:
                self._select_row(row, load=False)
        if set(entry.tags) - {self.tag_combo.itemData(i) for i in range(self.tag_combo.count())}:
            self._refresh_tags()

    def delete_entry(self, entry_id: int) -> None:
        self._own.note(Area.JOURNAL, entry_id)
        try:
            deleted: JournalEntry | None = self._journal.delete(entry_id)
        except EntryNotFound:
            deleted = None
        self.model.reload()
        self._refresh_tags()
        self.editor.new_entry()
        self._select_editor_row()
        if deleted is not None:
            history = self._journal.history
            self.undo_bar.offer(
                self.tr("Entry deleted."),
                lambda: self._undo_delete(deleted),
                lambda: history.forget_deleted(deleted),
            )
        self.status.emit(self.tr("Entry deleted."))

    def _file_removed(self, removed: RemovedAttachment) -> None:
        name = short_name(removed.attachment.name, 48)
        text = self.tr("“%1” removed from the entry.").replace("%1", name)
        self.undo_bar.offer(text, lambda: self.files.undo_remove(removed), focus=False)
        self.status.emit(text)

    def undo_delete(self) -> None:
        """What the Undo bar offers, done (bringing back the entry deleted last)."""
        self.undo_bar.undo()

    def _undo_delete(self, deleted: JournalEntry) -> None:
        try:
            restored = self._journal.undo_delete(deleted)
        except LookupError:
            self.status.emit(self.tr("That entry is no longer kept."))
            return
        self._show_restored(restored)
        self.status.emit(self.tr("Entry restored."))

    def _show_restored(self, entry: JournalEntry) -> None:
        self._own.note(Area.JOURNAL, entry.id)
        self._refresh_tags()
        self.model.reload()
        self.open_entry(entry.id)

    # -- history ----------------------------------------------------------------------------

    def show_history(self, entry_id: int) -> None:
        """Earlier versions of the entry, after saving what is on screen."""
        if entry_id != self.editor.entry_id or not self.editor.flush():
            return
        history = self._journal.history
        try:
            entry = self._journal.get(entry_id)
            versions = history.versions(entry_id)
        except EntryNotFound:
            return
        from companion.ui.journal.history_dialog import HistoryDialog

        dialog = HistoryDialog(entry, versions, history.history_days(), self)
        dialog.restoreRequested.connect(
            lambda version_id: self.restore_version(entry_id, version_id)
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.history_dialog = dialog
        dialog.open()

    def restore_version(self, entry_id: int, version_id: int, *, undoing: bool = False) -> None:
        """Make an earlier version the entry's text (what it says now is kept as a version),
        with Undo (which puts the text back once, and offers nothing more)."""
        if not self.editor.flush():
            return
        try:
            entry, undo = self._journal.history.restore_version(entry_id, version_id)
        except LookupError:
            self.status.emit(self.tr("That version is no longer kept."))
            return
        self.editor.load(entry)
        self._entry_saved(entry)
        self._select_editor_row()
        if undoing:
            self.undo_bar.forget()
            self.status.emit(self.tr("The entry says again what it said before."))
            return
        if undo is None:  # it said that already (or no history is kept): nothing to undo
            self.status.emit(self.tr("The entry says that already."))
            return
        self.undo_bar.offer(
            self.tr("An earlier version is back."),
            lambda: self.restore_version(entry_id, undo, undoing=True),
        )
        self.status.emit(self.tr("An earlier version is back."))

    def show_recently_deleted(self) -> None:
        history = self._journal.history
        from companion.ui.journal.recently_deleted import RecentlyDeletedDialog

        dialog = RecentlyDeletedDialog(history.deleted(), history.history_days(), self)
        dialog.restoreRequested.connect(self.restore_deleted)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.deleted_dialog = dialog
        dialog.open()

    def restore_deleted(self, deleted_id: int) -> None:
        """Bring a deleted entry back and open it."""
        if not self.editor.flush():
            return
        self.undo_bar.forget()  # what it offered may be about this very entry
        try:
            entry = self._journal.history.restore_deleted(deleted_id)
        except LookupError:
            self.status.emit(self.tr("That entry is no longer kept."))
            return
        self._show_restored(entry)
        self.status.emit(self.tr("Entry restored."))

    # -- lock support -----------------------------------------------------------------------

    def flush(self) -> bool:
        return self.editor.flush()

    def remembered_entry(self) -> int | None:
        return self.editor.entry_id

    def clear_for_lock(self) -> None:
        """Forget everything shown; call :meth:`flush` first. The search is kept in memory
        (not on screen) and comes back with :meth:`load` after unlocking."""
        self._search_timer.stop()
        self._locked_search = self.search_edit.text()
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.undo_bar.forget()
        for name in ("history_dialog", "deleted_dialog"):
            dialog = getattr(self, name, None)
            if isinstance(dialog, QDialog):
                with contextlib.suppress(RuntimeError):  # already closed and deleted
                    dialog.close()
        if self.editor.has_unsaved_changes:  # the save failed: keep it for after unlocking
            self._locked_draft = (self.editor.entry_id, self.editor.draft())
        self._locked_on_new = self.editor.entry_id is None
        self.editor.clear_for_lock()
        self.model.clear()

    def hand_over(self, successor: JournalView) -> None:
        """Give what :meth:`clear_for_lock` kept (the search, text that could not be saved,
        whether a new entry was open) to the view that replaces this one, which shows it
        when it is loaded."""
        successor._locked_search = self._locked_search
        successor._locked_draft = self._locked_draft
        successor._locked_on_new = self._locked_on_new
        self._locked_search, self._locked_draft = "", None

    def attach(self, journal: JournalService, attachments: AttachmentService | None = None) -> None:
        """Use the journal (and its files) of a freshly unlocked profile."""
        self._journal = journal
        self.model.set_loader(journal.list)
        self.editor.attach(journal)
        self.files.attach(attachments)
