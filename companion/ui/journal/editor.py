"""Writing one journal entry: title, Markdown body with a read view, mood, tags, flags.

Saves by itself: shortly after typing stops, and whenever :meth:`flush` is called (switching
entry, locking, closing). A save that fails keeps everything on screen and says so.

The entry's files show under the text in Write mode (``companion.ui.attachments.strip``) and
below it in the read view; files dropped anywhere on the editor, or pasted into the text, are
added to the entry (a new entry is saved first).
"""

from __future__ import annotations

import itertools
import logging
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.journal import BODY_MAX, TITLE_MAX, EntryDraft, InvalidEntry, JournalEntry
from companion.domain.prompts import PROMPTS, prompt_themes
from companion.domain.wording import tr_n, whole
from companion.services.journal import JournalService
from companion.ui.attachments.entry_files import EntryFiles
from companion.ui.attachments.read_view import fit_pictures, linked_file, show_files
from companion.ui.attachments.strip import (
    AttachmentStrip,
    FileDropFilter,
    accept_file_drag,
    drop_files,
)
from companion.ui.autosave import AUTOSAVE_DELAY_MS, Autosave
from companion.ui.formatting import long_date_time
from companion.ui.journal.conflict_bar import ConflictBar
from companion.ui.journal.long_lines import show_markdown
from companion.ui.journal.markdown_editing import MarkdownBodyEdit
from companion.ui.mood_picker import MoodPicker
from companion.ui.reflow import flow_widget, group
from companion.ui.style import PANE_MARGINS, SPACING, Text, set_text
from companion.ui.tag_edit import TagEdit

log = logging.getLogger(__name__)


class EntryEditor(QWidget):
    """Edits one entry at a time. ``entrySaved`` carries the stored entry after each save."""

    entrySaved = Signal(object)  # JournalEntry
    deleteRequested = Signal(int)
    historyRequested = Signal(int)

    def __init__(
        self,
        journal: JournalService,
        parent: QWidget | None = None,
        *,
        files: EntryFiles | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._entry: JournalEntry | None = None
        #: the files of the entry shown (none can be kept when the view was given no service)
        self.files = files if files is not None else EntryFiles(None, None, self)
        self.files.save_shown = self.flush
        self.files.entry_for_files = self._entry_for_files
        self.files.dialog_parent = self
        #: a save here went over a change from another computer (the note says so)
        self._changed_elsewhere = False
        self._loading = False
        self._created_at: datetime | None = None
        self._autosave = Autosave(
            self,
            lambda: self._save(self.draft()),
            AUTOSAVE_DELAY_MS,
            when_quiet=self._autosave_now,
        )

        self.date_label = QLabel()
        self.date_label.setObjectName("entryDate")
        self.status_label = QLabel()
        self.status_label.setObjectName("saveStatus")
        self.status_label.setAccessibleName(self.tr("Save status"))
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # a long message takes the room there is and never widens the window (its whole
        # text is in the tooltip)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Title (optional)"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        # No maxLength: Qt would cut a long paste silently; the save says what is too long.
        self.title_edit.setAccessibleDescription(
            tr_n("EntryEditor", "At most %n [character|characters]", TITLE_MAX)
        )
        set_text(self.title_edit, Text.ENTRY)
        self.title_edit.setFrame(False)

        self.body_edit = MarkdownBodyEdit()
        self.body_edit.setAccessibleName(self.tr("Entry text"))
        self.body_edit.setPlaceholderText(
            self.tr(
                "Write whatever is on your mind. You can use Markdown: **bold**, *italic*, "
                "- lists, # headings."
            )
        )
        self.body_edit.setTabChangesFocus(True)
        self.reader = QTextBrowser()
        self.reader.setAccessibleName(self.tr("Entry, read view"))
        self.reader.setOpenLinks(False)
        self.reader.document().setDocumentMargin(12)
        self.reader.anchorClicked.connect(self._link_followed)
        self.reader.viewport().installEventFilter(self)
        self._reshow = QTimer(self)  # pictures arriving for the read view, shown together
        self._reshow.setSingleShot(True)
        self._reshow.setInterval(30)
        self._reshow.timeout.connect(self._show_again)
        self.body_stack = QStackedWidget()
        self.body_stack.addWidget(self.body_edit)
        self.body_stack.addWidget(self.reader)
        # Says when the text is longer than an entry can hold (it is kept, not saved).
        self.limit_label = QLabel()
        self.limit_label.setObjectName("lengthLimit")
        self.limit_label.setWordWrap(True)
        self.limit_label.setStyleSheet("color: palette(link);")
        self.limit_label.hide()

        self.files_strip = AttachmentStrip(self.files)
        self.add_file_action = QAction(self.tr("Add a file to this entry…"), self)
        # its key, Ctrl+Shift+A, is the window's (Edit menu), so that it works from anywhere
        self.add_file_action.setEnabled(self.files.available)
        self.add_file_action.triggered.connect(self.files_strip.choose_files)
        self.addAction(self.add_file_action)
        self.body_edit.takes_files = self.files.available
        self.body_edit.filesOffered.connect(self.files.add_paths)
        self.body_edit.pictureOffered.connect(self.files.add_picture)
        self.files.changed.connect(self._files_changed)
        self.files.notice.connect(self._files_notice)
        #: the message about a file shown while reading (None when none is open)
        self.files_message: QMessageBox | None = None
        self.files.pictures.ready.connect(self._picture_ready)
        self.setAcceptDrops(self.files.available)

        self.write_button = QToolButton()
        self.write_button.setText(self.tr("Write"))
        self.read_button = QToolButton()
        self.read_button.setText(self.tr("Read"))
        for b in (self.write_button, self.read_button):
            b.setCheckable(True)
            b.setAutoExclusive(True)
        self.write_button.setChecked(True)
        self.write_button.setToolTip(self.tr("Edit the text (Ctrl+E switches)"))
        self.read_button.setToolTip(self.tr("See the text formatted (Ctrl+E switches)"))
        self.write_button.clicked.connect(lambda: self.show_reader(False))
        self.read_button.clicked.connect(lambda: self.show_reader(True))
        toggle = QAction(self.tr("Switch between writing and reading"), self)
        toggle.setShortcut(QKeySequence("Ctrl+E"))
        toggle.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        toggle.triggered.connect(lambda: self.show_reader(self.body_stack.currentIndex() == 0))
        self.addAction(toggle)

        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setAccessibleName(self.tr("Earlier versions of this entry"))
        self.history_button.setToolTip(
            self.tr("Earlier versions of this entry, to compare or restore (Ctrl+H)")
        )
        self.history_button.clicked.connect(self._request_history)  # Ctrl+H: the window's

        self.conflict_bar = ConflictBar()
        self.conflict_bar.compareRequested.connect(self._request_history)
        self.conflict_bar.keepRequested.connect(self._keep_as_shown)

        self.prompt_button = QPushButton(self.tr("Need a prompt?"))
        self.prompt_button.setToolTip(self.tr("Questions that can help you start writing"))
        self.prompt_button.setMenu(self._prompt_menu())

        self.mood_picker = MoodPicker()
        self.tag_edit = TagEdit()
        self.private_box = QCheckBox(self.tr("Private: never leaves Companion"))
        self.private_box.setToolTip(
            self.tr("Private entries are never included in anything you export or share.")
        )
        self.session_box = QCheckBox(self.tr("Bring to my next session"))
        self.session_box.setToolTip(self.tr("Puts this entry on the agenda for your next session."))
        self.delete_button = QPushButton(self.tr("Delete entry"))
        self.delete_button.setAccessibleName(self.tr("Delete this entry"))
        self.delete_button.clicked.connect(self._request_delete)

        top = QHBoxLayout()
        top.addWidget(self.date_label)
        top.addStretch(1)
        top.addWidget(self.status_label)

        # Write/Read on the left, History and the prompts on the right (below, when narrow)
        mode = flow_widget(
            group(self.write_button, self.read_button),
            group(self.history_button, self.prompt_button),
            last_to_the_right=True,
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        mood_label = QLabel(self.tr("&Mood"))
        mood_label.setBuddy(self.mood_picker)
        form.addRow(mood_label, self.mood_picker)
        tags_label = QLabel(self.tr("&Tags"))
        tags_label.setBuddy(self.tag_edit)
        form.addRow(tags_label, self.tag_edit)
        # the two tick boxes go one above the other when they do not fit side by side
        flags = QHBoxLayout()
        flags.addWidget(flow_widget(self.private_box, self.session_box, spacing=16), 1)
        flags.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(PANE_MARGINS)
        layout.setSpacing(SPACING)
        layout.addLayout(top)
        layout.addWidget(self.title_edit)
        layout.addWidget(self.conflict_bar)
        layout.addWidget(mode)
        layout.addWidget(self.body_stack, 1)
        layout.addWidget(self.files_strip)
        self.files_strip.setVisible(self.files.available)
        layout.addWidget(self.limit_label)
        layout.addLayout(form)
        layout.addLayout(flags)

        self.title_edit.textEdited.connect(self._changed)
        self.body_edit.textChanged.connect(self._body_changed)
        self.body_edit.textChanged.connect(self._check_length)
        self.mood_picker.moodChanged.connect(self._changed)
        self.tag_edit.textEdited.connect(self._changed)
        self.tag_edit.editingFinished.connect(self._tag_finished)
        self.private_box.toggled.connect(self._changed)
        self.session_box.toggled.connect(self._changed)
        drops = FileDropFilter(self.files, self)  # files dropped on the title or the tags
        self.title_edit.installEventFilter(drops)
        self.tag_edit.installEventFilter(drops)
        # From the title straight to the text; Write/Read (also Ctrl+E) and the prompts after.
        chain = (
            self.title_edit,
            self.conflict_bar.compare_button,
            self.conflict_bar.keep_button,
            self.body_edit,
            self.reader,
            self.files_strip.list,
            self.files_strip.add_button,
            self.write_button,
            self.read_button,
            self.history_button,
            self.prompt_button,
            self.mood_picker,
            self.tag_edit,
            self.private_box,
            self.session_box,
            self.delete_button,
        )
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.new_entry()

    # -- public API -------------------------------------------------------------------------

    @property
    def entry_id(self) -> int | None:
        return None if self._entry is None else self._entry.id

    @property
    def has_unsaved_changes(self) -> bool:
        return self._autosave.pending

    def attach(self, journal: JournalService) -> None:
        """Use the journal of a freshly unlocked profile."""
        self._journal = journal

    def set_known_tags(self, tags: list[str]) -> None:
        self.tag_edit.set_known_tags(tags)

    def new_entry(self) -> None:
        """Start a blank entry; it is stored once something is written."""
        self._show(None)
        self.title_edit.setFocus()

    def load(self, entry: JournalEntry) -> None:
        self._show(entry)

    def draft(self) -> EntryDraft:
        return EntryDraft(
            title=self.title_edit.text(),
            body=self.body_edit.toPlainText(),
            mood=self.mood_picker.mood(),
            tags=tuple(self.tag_edit.tags()),
            private=self.private_box.isChecked(),
            bring_to_session=self.session_box.isChecked(),
        )

    def flush(self) -> bool:
        """Save pending changes now (everything, the tag being typed too). True when nothing
        is left unsaved."""
        return self._autosave.flush()

    def _autosave_now(self) -> bool:
        """The save a moment after typing stops: a tag still being typed waits until it is
        finished (a comma, Return or leaving the field), and stays pending until then."""
        draft = self.draft()
        finished = tuple(self.tag_edit.finished_tags())
        if finished == draft.tags:
            return self._save(draft)
        self._save(replace(draft, tags=finished))
        return False  # the unfinished tag: saved when finished, or on flush

    def _tag_finished(self) -> None:
        if self._autosave.pending and not self._loading:
            self._autosave.changed()

    def _save(self, draft: EntryDraft) -> bool:
        recreated = False
        try:
            if self._entry is None:
                if draft.is_blank():
                    return True
                saved = self._journal.create(draft)
            else:
                outcome = self._journal.save_edit(self._entry, draft)
                saved = outcome.entry
                self._changed_elsewhere = outcome.changed_elsewhere or self._changed_elsewhere
                recreated = outcome.recreated
        except InvalidEntry as exc:
            over = self._check_length()
            self._set_status(self.tr("Not saved") if over else str(exc), error=True)
            return False
        except Exception as exc:
            # only the type is logged: an exception's message could quote what was written
            log.error("saving an entry failed: %s", type(exc).__name__)
            self._set_status(
                self.tr(
                    "Not saved yet: Companion could not write to your "
                    "journal. Your text is still here."
                ),
                error=True,
            )
            return False
        self._entry = saved
        self.files.saved_as(saved.id)
        self.delete_button.setEnabled(True)  # a new entry can be deleted once it is stored
        self.history_button.setEnabled(True)
        self._update_date()
        if recreated:
            self._set_status(self.tr("Saved again: it was deleted on another computer"))
        else:
            self._set_status(self.tr("Saved"))
        self.check_conflict()
        self.entrySaved.emit(saved)
        return True

    def _files_notice(self, text: str, problem: bool) -> None:
        """A problem with a file while reading (the strip that says it is hidden then)."""
        if not (problem and text and self.body_stack.currentIndex() == 1):
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Files in this entry"), text, parent=self
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.files_message = box
        box.destroyed.connect(lambda: setattr(self, "files_message", None))
        box.open()

    def show_reader(self, reading: bool) -> None:
        if reading:
            self._show_markdown(self.body_edit.toPlainText())
        self.body_stack.setCurrentIndex(1 if reading else 0)
        self.files_strip.setVisible(self.files.available and not reading)
        (self.read_button if reading else self.write_button).setChecked(True)

    def show_unsaved(self, entry: JournalEntry | None, draft: EntryDraft) -> None:
        """Show ``draft`` as unsaved changes to ``entry`` (or to a new entry): what could not
        be saved before locking comes back this way, and is saved when it can be."""
        self._show(entry)
        self._loading = True
        try:
            self._fill(draft)
        finally:
            self._loading = False
        self._changed()

    def clear_for_lock(self) -> None:
        """Forget what is shown (after :meth:`flush`), so nothing stays in widgets while locked.

        The entry itself is forgotten too: after unlocking, the editor shows what it is given,
        never these empty fields as if they were the entry's text."""
        self._show(None)
        self.files.forget()
        self.files_strip.forget()
        self.reader.clear()

    # -- internals --------------------------------------------------------------------------

    def _show(self, entry: JournalEntry | None) -> None:
        self._autosave.reset()
        self._loading = True
        try:
            if entry is None or self._entry is None or entry.id != self._entry.id:
                self._changed_elsewhere = False
                self.files_strip.show_notice("", False)
            self._entry = entry
            self.files.set_entry(entry.id if entry is not None else None)
            self._fill(entry.draft() if entry else EntryDraft())
            self._update_date()
            self._set_status("")
            self.delete_button.setEnabled(entry is not None)
            self.history_button.setEnabled(entry is not None)
            self.check_conflict()
        finally:
            self._loading = False

    def _fill(self, draft: EntryDraft) -> None:
        self.title_edit.setText(draft.title)
        self.body_edit.set_text(draft.body)
        self.mood_picker.set_mood(draft.mood)
        self.tag_edit.set_tags(draft.tags)
        self.private_box.setChecked(draft.private)
        self.session_box.setChecked(draft.bring_to_session)
        self._check_length()
        if self.body_stack.currentIndex() == 1:
            self._show_markdown(draft.body)

    def _show_markdown(self, text: str) -> None:
        show_markdown(self.reader, text)
        show_files(self.reader, self.files.attachments, self.files.pictures)

    # -- files --------------------------------------------------------------------------------

    def _entry_for_files(self) -> int | None:
        """The entry files are added to: what is on screen is saved first, and a new entry
        with nothing written yet is stored now (None when it could not be saved: the status
        says why, and everything stays on screen)."""
        if not self.flush():
            return None
        if self._entry is not None:
            return self._entry.id
        try:
            saved = self._journal.create(self.draft())
        except Exception as exc:
            log.error("saving an entry for its files failed: %s", type(exc).__name__)
            self._set_status(
                self.tr(
                    "Not saved yet: Companion could not write to your "
                    "journal. Your text is still here."
                ),
                error=True,
            )
            return None
        self._entry = saved
        self.files.saved_as(saved.id)
        self.delete_button.setEnabled(True)
        self.history_button.setEnabled(True)
        self._update_date()
        self._set_status(self.tr("Saved"))
        self.entrySaved.emit(saved)
        return saved.id

    def _files_changed(self) -> None:
        if self.body_stack.currentIndex() == 1:
            self._show_again()

    def _picture_ready(self, _digest: str) -> None:
        if self.body_stack.currentIndex() == 1:
            self._reshow.start()

    def _link_followed(self, url: QUrl) -> None:
        attachment_id = linked_file(url)
        attachment = self.files.find(attachment_id) if attachment_id is not None else None
        if attachment is not None:
            self.files.open(attachment)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Resize
            and watched is self.reader.viewport()
            and self.body_stack.currentIndex() == 1
        ):
            fit_pictures(self.reader)
        return super().eventFilter(watched, event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        accept_file_drag(event, self.files)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        accept_file_drag(event, self.files)

    def dropEvent(self, event: QDropEvent) -> None:
        drop_files(event, self.files)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # the read view's quotes are tinted from the palette when shown: show them again in
        # the colours of a theme chosen meanwhile
        if event.type() == QEvent.Type.PaletteChange and self.body_stack.currentIndex() == 1:
            # once every widget has its new palette (the reader may get it after this one)
            QTimer.singleShot(0, self, self._show_again)

    def _show_again(self) -> None:
        if self.body_stack.currentIndex() != 1:
            return
        bar = self.reader.verticalScrollBar()
        where = bar.value()
        self._show_markdown(self.body_edit.toPlainText())
        bar.setValue(where)  # the client stays at the line they were reading

    def _check_length(self) -> bool:
        """Show or hide the message about the length limit; True when the text is over it."""
        # Qt counts UTF-16 units (never fewer than characters): only a long text is counted
        # again exactly.
        over = self.body_edit.document().characterCount() - 1 > BODY_MAX
        length = len(self.body_edit.toPlainText()) if over else 0
        over = length > BODY_MAX
        if over:
            self.limit_label.setText(
                tr_n(
                    "EntryEditor",
                    "This entry has %Ln [character|characters], more than the %1 an entry can "
                    "hold, so it is not saved. Everything you wrote stays here, and it saves "
                    "again as soon as it is shorter: you could move part of it into a new entry.",
                    length,
                    whole(BODY_MAX),
                )
            )
        self.limit_label.setVisible(over)
        return over

    def _update_date(self) -> None:
        when = self._entry.created_at if self._entry else datetime.now()
        text = long_date_time(when)
        self.date_label.setText(
            text if self._entry else self.tr("New entry · %1").replace("%1", text)
        )

    def _body_changed(self) -> None:
        if not self.body_edit.restyling:  # a new theme's colours are not an edit
            self._changed()

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self.delete_button.setEnabled(True)  # what was just typed can be deleted too
        self._set_status(self.tr("Editing…"))
        self._autosave.changed()

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setToolTip(text)
        self.status_label.setProperty("error", error)
        self.status_label.setStyleSheet("color: palette(link);" if error else "")

    def check_conflict(self) -> None:
        """Show the two-computers note when sync kept two versions of the entry shown, or
        when a save here went over a change from another computer."""
        entry = self._entry
        try:
            both = entry is not None and self._journal.changed_on_two_computers(entry.id)
        except Exception as exc:  # a note, never a reason to fail showing the entry
            log.warning("could not ask whether an entry was changed twice: %s", type(exc).__name__)
            both = False
        if both:
            self.conflict_bar.show_both_kept()
        elif self._changed_elsewhere and entry is not None:
            self.conflict_bar.show_changed_while_writing()
        else:
            self.conflict_bar.hide()

    def _keep_as_shown(self) -> None:
        if self._entry is None or not self.flush():
            return
        self._changed_elsewhere = False
        try:
            self._journal.keep_as_shown(self._entry.id)
        except Exception as exc:
            log.error("settling an entry changed twice failed: %s", type(exc).__name__)
            self._set_status(self.tr("Could not keep this version; please try again."), error=True)
            return
        self.check_conflict()
        self._set_status(self.tr("This version is kept"))

    def _request_history(self) -> None:
        if self._entry is not None:
            self.historyRequested.emit(self._entry.id)

    def _request_delete(self) -> None:
        if self._entry is None:
            # a new entry not saved yet: saved first, so deleting it can be undone
            if not self.flush():
                return  # the status says why; the text stays
            if self._entry is None:  # nothing was written: start afresh
                self.new_entry()
                return
        else:
            self.flush()
        self.deleteRequested.emit(self._entry.id)

    def _prompt_menu(self) -> QMenu:
        menu = QMenu(self)
        for theme in prompt_themes():
            section = menu.addMenu(self.tr_prompt(theme))
            for prompt in (p for p in PROMPTS if p.theme == theme):
                text = self.tr_prompt(prompt.text)
                action = section.addAction(text)
                action.triggered.connect(lambda _=False, t=text: self.insert_prompt(t))
        return menu

    @staticmethod
    def tr_prompt(text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("prompts", text)

    def insert_prompt(self, text: str) -> None:
        """Add the prompt as a quoted line and put the cursor below it."""
        self.show_reader(False)
        cursor = self.body_edit.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        existing = self.body_edit.toPlainText()
        prefix = "" if not existing.strip() else ("\n\n" if not existing.endswith("\n\n") else "")
        cursor.insertText(f"{prefix}> {text}\n\n")
        self.body_edit.setTextCursor(cursor)
        self.body_edit.setFocus()
