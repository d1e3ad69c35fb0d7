"""The "Feedback" area: notes for the counselor, drafted in private and shared when ready.

The list (filtered by counselor and status) is on the left, the chosen note on the right.
Notes marked *ready to share* join the agenda of the next session. Edits are saved with the
Save button, when switching notes and on :meth:`flush`.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.domain.enums import FeedbackKind, FeedbackStatus
from companion.domain.feedback import FeedbackDraft, FeedbackNote
from companion.services.errors import SHOWABLE_ERRORS
from companion.services.feedback import FeedbackService
from companion.services.profile import UnlockedProfile
from companion.ui.counselor_filter import CounselorFilter
from companion.ui.feedback.phrasing_dialog import PhrasingDialog
from companion.ui.goals.view import LIST_STYLE, fill_counselor_choice, select_data, session_label

NoteIdRole = Qt.ItemDataRole.UserRole


class FeedbackView(QWidget):
    """The Feedback area view (see :mod:`companion.ui.areas`)."""

    def __init__(self, profile: UnlockedProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._feedback = profile.service(FeedbackService)
        self._counselors = profile.counselors
        self._note: FeedbackNote | None = None
        self._loading = False
        self._dirty = False

        self.kind_labels = {
            FeedbackKind.APPRECIATION: self.tr("Something I appreciate"),
            FeedbackKind.CONCERN: self.tr("A concern"),
            FeedbackKind.REQUEST: self.tr("A request"),
            FeedbackKind.QUESTION: self.tr("A question"),
        }
        self.kind_short = {
            FeedbackKind.APPRECIATION: self.tr("Appreciation"),
            FeedbackKind.CONCERN: self.tr("Concern"),
            FeedbackKind.REQUEST: self.tr("Request"),
            FeedbackKind.QUESTION: self.tr("Question"),
        }
        self.status_labels = {
            FeedbackStatus.DRAFT: self.tr("Draft, just for me"),
            FeedbackStatus.READY: self.tr("Ready to share"),
            FeedbackStatus.SHARED: self.tr("Shared"),
            FeedbackStatus.DISCUSSED: self.tr("Talked about"),
        }
        self.placeholders = {
            FeedbackKind.APPRECIATION: self.tr("What helped, or what you were glad about…"),
            FeedbackKind.CONCERN: self.tr(
                'What didn\'t feel right? "Help me phrase this" below can get you started.'
            ),
            FeedbackKind.REQUEST: self.tr("What would you like to do differently, or more of…"),
            FeedbackKind.QUESTION: self.tr("What would you like to ask…"),
        }

        intro = QLabel(
            self.tr(
                "It's fine to tell your counselor what helps and what doesn't, including "
                "small things. Most counselors welcome feedback: it helps them help you. "
                "Your notes stay here, private, until you decide to share them."
            )
        )
        intro.setWordWrap(True)
        intro.setAccessibleName(self.tr("About feedback"))

        self.counselor_filter = CounselorFilter(profile.counselors)
        self.counselor_filter.setAccessibleName(self.tr("Show notes for counselor"))
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Show notes by status"))
        self.status_filter.addItem(self.tr("All notes"), None)
        self.status_filter.addItem(self.tr("Not yet shared"), "open")
        for status, label in self.status_labels.items():
            self.status_filter.addItem(label, status)
        self.new_button = QPushButton(self.tr("&New note"))
        self.new_button.setAccessibleName(self.tr("New feedback note"))
        self.new_button.setToolTip(self.tr("Start a new note (Alt+N)"))
        top = QHBoxLayout()
        top.addWidget(self.counselor_filter)
        top.addWidget(self.status_filter)
        top.addStretch(1)
        top.addWidget(self.new_button)

        self.list_widget = QListWidget()
        self.list_widget.setAccessibleName(self.tr("Feedback notes"))
        self.list_widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_widget.setWordWrap(True)
        self.list_widget.setStyleSheet(LIST_STYLE)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(24)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.list_widget)
        self.list_stack.addWidget(self.empty_label)

        self.heading = QLabel()
        heading_font = self.heading.font()
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        self.heading.setFont(heading_font)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind of note"))
        for kind, label in self.kind_labels.items():
            self.kind_combo.addItem(label, kind)
        self.counselor_combo = QComboBox()
        self.counselor_combo.setAccessibleName(self.tr("Counselor"))
        self.session_combo = QComboBox()
        self.session_combo.setAccessibleName(self.tr("About which session"))
        self.body_edit = QPlainTextEdit()
        self.body_edit.setAccessibleName(self.tr("Note"))
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setMinimumHeight(140)
        self.phrase_button = QPushButton(self.tr("&Help me phrase this…"))
        self.phrase_button.setAccessibleName(self.tr("Help me phrase this"))
        self.phrase_button.setToolTip(
            self.tr("Sentence starters that make a concern easier to say")
        )
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status of the note"))
        for status, label in self.status_labels.items():
            self.status_combo.addItem(label, status)
        self.agenda_hint = QLabel(
            self.tr("Notes ready to share are added to the agenda of your next session.")
        )
        self.agenda_hint.setWordWrap(True)
        self.agenda_hint.setObjectName("agendaHint")
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save this note"))
        self.save_button.setDefault(True)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete this note"))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, widget in (
            (self.tr("&Kind"), self.kind_combo),
            (self.tr("&For"), self.counselor_combo),
            (self.tr("Ab&out"), self.session_combo),
        ):
            buddy = QLabel(caption)
            buddy.setBuddy(widget)
            form.addRow(buddy, widget)
        phrase_row = QHBoxLayout()
        phrase_row.addWidget(self.phrase_button)
        phrase_row.addStretch(1)
        status_form = QFormLayout()
        status_label = QLabel(self.tr("S&tatus"))
        status_label.setBuddy(self.status_combo)
        status_form.addRow(status_label, self.status_combo)
        status_form.addRow("", self.agenda_hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)

        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(16, 12, 16, 12)
        editor_layout.setSpacing(8)
        editor_layout.addWidget(self.heading)
        editor_layout.addLayout(form)
        editor_layout.addWidget(self.body_edit, 1)
        editor_layout.addLayout(phrase_row)
        editor_layout.addLayout(status_form)
        editor_layout.addLayout(buttons)
        editor_layout.addWidget(self.message_label)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 0, 6, 12)
        left_layout.addWidget(self.list_stack)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)

        intro_box = QFrame()
        intro_box.setObjectName("feedbackIntro")
        intro_box.setStyleSheet(
            "QFrame#feedbackIntro { background: palette(alternate-base); border-radius: 6px; }"
        )
        intro_layout = QVBoxLayout(intro_box)
        intro_layout.setContentsMargins(12, 8, 12, 8)
        intro_layout.addWidget(intro)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        header = QVBoxLayout()
        header.setContentsMargins(12, 0, 12, 6)
        header.addWidget(intro_box)
        header.addLayout(top)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)

        self.setTabOrder(self.counselor_filter, self.status_filter)
        self.setTabOrder(self.status_filter, self.new_button)
        self.setTabOrder(self.new_button, self.list_widget)
        self.setTabOrder(self.list_widget, self.kind_combo)
        self.setTabOrder(self.kind_combo, self.counselor_combo)
        self.setTabOrder(self.counselor_combo, self.session_combo)
        self.setTabOrder(self.session_combo, self.body_edit)
        self.setTabOrder(self.body_edit, self.phrase_button)
        self.setTabOrder(self.phrase_button, self.status_combo)
        self.setTabOrder(self.status_combo, self.save_button)
        self.setTabOrder(self.save_button, self.delete_button)

        self.counselor_filter.counselorChanged.connect(lambda _c: self.reload_list())
        self.status_filter.activated.connect(lambda _i: self.reload_list())
        self.new_button.clicked.connect(lambda: self.new_note())
        self.list_widget.currentItemChanged.connect(self._current_changed)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_current)
        self.phrase_button.clicked.connect(self.open_phrasing_helper)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.counselor_combo.currentIndexChanged.connect(self._counselor_changed)
        self.session_combo.currentIndexChanged.connect(self._changed)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.body_edit.textChanged.connect(self._changed)
        save_key = QShortcut(QKeySequence.StandardKey.Save, self)
        save_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_key.activated.connect(self.save)

    # -- area view --------------------------------------------------------------------------

    def load(self) -> None:
        self.counselor_filter.reload()
        fill_counselor_choice(
            self.counselor_combo, self._counselors, self.tr("No particular counselor")
        )
        self.reload_list()
        if self._note is None and not self._dirty:
            item = self.list_widget.item(0)
            if item is not None:
                self.open_note(int(item.data(NoteIdRole)))
            else:
                self.new_note()

    def flush(self) -> bool:
        if not self._dirty:
            return True
        if self._note is None and not self.body_edit.toPlainText().strip():
            self._dirty = False  # a new note with nothing written: nothing to keep
            return True
        return self.save()

    def remembered(self) -> object:
        return {
            "note": None if self._note is None else self._note.id,
            "counselor": self.counselor_filter.counselor_id(),
            "status": self.status_filter.currentData(),
        }

    def restore(self, state: object) -> None:
        if not isinstance(state, dict):
            return
        self.counselor_filter.set_counselor(state.get("counselor"))
        index = self.status_filter.findData(state.get("status"))
        self.status_filter.setCurrentIndex(max(index, 0))
        self.reload_list()
        note_id = state.get("note")
        if isinstance(note_id, int):
            with contextlib.suppress(LookupError):
                self.open_note(note_id)

    # -- list -------------------------------------------------------------------------------

    def reload_list(self) -> None:
        counselor_id = self.counselor_filter.counselor_id()
        chosen = self.status_filter.currentData()
        try:
            if chosen == "open":
                notes = self._feedback.open_notes(counselor_id)
            else:
                notes = self._feedback.list(
                    counselor_id, None if chosen is None else FeedbackStatus(chosen)
                )
        except SHOWABLE_ERRORS as exc:
            self._show_message(str(exc), error=True)
            return
        current = None if self._note is None else self._note.id
        self.list_widget.blockSignals(True)
        self.list_widget.clear()
        for note in notes:
            item = QListWidgetItem(self._item_text(note))
            item.setData(NoteIdRole, note.id)
            self.list_widget.addItem(item)
            if note.id == current:
                self.list_widget.setCurrentItem(item)
        self.list_widget.blockSignals(False)
        if notes:
            self.list_stack.setCurrentWidget(self.list_widget)
        else:
            filtering = counselor_id is not None or chosen is not None
            self.empty_label.setText(
                self.tr("No notes with these choices.")
                if filtering
                else self.tr(
                    "No notes yet.\n\nSomething that helped, something that didn't feel "
                    "right, a wish or a question: write it down while it is fresh."
                )
            )
            self.list_stack.setCurrentWidget(self.empty_label)

    def _item_text(self, note: FeedbackNote) -> str:
        return f"{self.kind_short[note.kind]} · {self.status_labels[note.status]}\n{note.preview}"

    def _row_of(self, note_id: int) -> int | None:
        for row in range(self.list_widget.count()):
            item = self.list_widget.item(row)
            if item is not None and item.data(NoteIdRole) == note_id:
                return row
        return None

    def _select_quietly(self, note_id: int | None) -> None:
        row = None if note_id is None else self._row_of(note_id)
        self.list_widget.blockSignals(True)
        self.list_widget.setCurrentRow(-1 if row is None else row)
        self.list_widget.blockSignals(False)

    def _current_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is None:
            return
        note_id = int(current.data(NoteIdRole))
        if self._note is not None and self._note.id == note_id:
            return
        if not self.flush():
            self._select_quietly(self._note.id if self._note else None)
            return
        try:
            self.open_note(note_id)
        except LookupError:
            self.reload_list()

    # -- editing ----------------------------------------------------------------------------

    def new_note(self, kind: FeedbackKind = FeedbackKind.CONCERN) -> None:
        if not self.flush():
            return
        self._show(None, kind)
        self._select_quietly(None)
        self.body_edit.setFocus()

    def open_note(self, note_id: int) -> None:
        self._show(self._feedback.get(note_id))
        self._select_quietly(note_id)

    def current_note(self) -> FeedbackNote | None:
        return self._note

    def draft(self) -> FeedbackDraft:
        return FeedbackDraft(
            kind=self.kind_combo.currentData(),
            body=self.body_edit.toPlainText(),
            counselor_id=self.counselor_combo.currentData(),
            session_id=self.session_combo.currentData(),
            status=self.status_combo.currentData(),
        )

    def save(self) -> bool:
        draft = self.draft()
        try:
            if self._note is None:
                saved = self._feedback.create(draft)
            else:
                saved = self._feedback.update(self._note.id, draft)
        except SHOWABLE_ERRORS as exc:
            self._show_message(str(exc), error=True)
            self.body_edit.setFocus()
            return False
        except LookupError:
            self._show_message(self.tr("This note was deleted meanwhile."), error=True)
            return False
        self._dirty = False
        self._note = saved
        self.reload_list()
        self._show(saved)
        self._select_quietly(saved.id)
        self._show_message(
            self.tr("Saved. It will be on the agenda of your next session.")
            if saved.status is FeedbackStatus.READY
            else self.tr("Saved")
        )
        return True

    def confirm_delete(self, note: FeedbackNote) -> bool:
        """Ask before deleting (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Delete this note?"),
            self.tr("Delete this note? This can't be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_current(self) -> None:
        note = self._note
        if note is None or not self.confirm_delete(note):
            return
        try:
            self._feedback.delete(note.id)
        except SHOWABLE_ERRORS as exc:
            self._show_message(str(exc), error=True)
            return
        except LookupError:
            pass
        self._note = None
        self._dirty = False
        self.reload_list()
        item = self.list_widget.item(0)
        if item is not None:
            self.open_note(int(item.data(NoteIdRole)))
        else:
            self.new_note()
        self._show_message(self.tr("Deleted."))

    def phrasing_dialog(self) -> PhrasingDialog:
        """The helper dialog (tests drive it through this)."""
        return PhrasingDialog(self)

    def open_phrasing_helper(self) -> None:
        dialog = self.phrasing_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.insert_text(dialog.composed_text())
        dialog.deleteLater()

    def insert_text(self, text: str) -> None:
        """Add ``text`` at the end of the note, after a blank line if it has text already."""
        if not text:
            return
        existing = self.body_edit.toPlainText().rstrip()
        self.body_edit.setPlainText(f"{existing}\n\n{text}" if existing else text)
        cursor = self.body_edit.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.body_edit.setTextCursor(cursor)
        self.body_edit.setFocus()

    def _show(self, note: FeedbackNote | None, kind: FeedbackKind = FeedbackKind.CONCERN) -> None:
        self._loading = True
        try:
            self._note = note
            if note is None:
                draft = FeedbackDraft(
                    kind=kind, body="", counselor_id=self.counselor_filter.counselor_id()
                )
            else:
                draft = note.draft()
            self.heading.setText(
                self.tr("A new note") if note is None else self.kind_labels[note.kind]
            )
            select_data(self.kind_combo, draft.kind)
            select_data(self.counselor_combo, draft.counselor_id)
            self._fill_sessions(draft.counselor_id, draft.session_id)
            self.body_edit.setPlainText(draft.body)
            self.body_edit.setPlaceholderText(self.placeholders[draft.kind])
            select_data(self.status_combo, draft.status)
            self._update_hint()
            self._dirty = False
            self._show_message("")
            self.delete_button.setEnabled(note is not None)
        finally:
            self._loading = False

    def _fill_sessions(self, counselor_id: int | None, session_id: int | None) -> None:
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        self.session_combo.addItem(self.tr("No particular session"), None)
        try:
            sessions = self._feedback.sessions(counselor_id)
        except SHOWABLE_ERRORS:
            sessions = []
        for ref in sessions:
            self.session_combo.addItem(
                self.tr("Session on %1").replace("%1", session_label(ref)), ref.id
            )
        if session_id is not None and self.session_combo.findData(session_id) < 0:
            self.session_combo.addItem(self.tr("An earlier session"), session_id)
        select_data(self.session_combo, session_id)
        self.session_combo.blockSignals(False)

    def _kind_changed(self, *_args: object) -> None:
        kind = self.kind_combo.currentData()
        if isinstance(kind, FeedbackKind):
            self.body_edit.setPlaceholderText(self.placeholders[kind])
        self._changed()

    def _counselor_changed(self, *_args: object) -> None:
        if not self._loading:
            self._fill_sessions(
                self.counselor_combo.currentData(), self.session_combo.currentData()
            )
        self._changed()

    def _status_changed(self, *_args: object) -> None:
        self._update_hint()
        self._changed()

    def _update_hint(self) -> None:
        ready = self.status_combo.currentData() == FeedbackStatus.READY
        font = self.agenda_hint.font()
        font.setBold(ready)
        self.agenda_hint.setFont(font)
        self.agenda_hint.setEnabled(ready)

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._dirty = True
        self._show_message(self.tr("Not saved yet"))

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setProperty("error", error)
        self.message_label.setStyleSheet("color: palette(link);" if error else "")
