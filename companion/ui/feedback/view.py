"""The "Feedback" area: notes for the counselor, drafted in private and shared when ready.

The list (filtered by counselor and status) is on the left, the chosen note on the right.
Notes marked *ready to share* join the agenda of the next session. Edits save by themselves
a moment after typing stops, like the journal's, and when switching notes, when leaving the
area and on :meth:`flush` (locking, closing); Ctrl+S saves at once.
"""

from __future__ import annotations

import contextlib

from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.changes import Area
from companion.domain.enums import FeedbackKind, FeedbackStatus
from companion.domain.feedback import FeedbackDraft, FeedbackNote
from companion.services.errors import CompanionError
from companion.services.feedback import FeedbackService
from companion.services.profile import UnlockedProfile
from companion.ui.counselor_filter import CounselorFilter
from companion.ui.feedback.phrasing_dialog import PhrasingDialog
from companion.ui.goals.view import session_label
from companion.ui.list_detail import ListDetailView, ask_yes_no, editor_form, select_data
from companion.ui.reflow import let_shrink
from companion.ui.style import BOX_MARGINS, PANE_MARGINS, SPACING


class FeedbackView(ListDetailView[FeedbackNote, FeedbackDraft]):
    """The Feedback area view (see :mod:`companion.ui.areas`)."""

    area = Area.FEEDBACK
    shows = frozenset({Area.FEEDBACK, Area.COUNSELORS, Area.SESSIONS})
    AUTOSAVE_MS = 800  # as the journal's editor

    def __init__(self, profile: UnlockedProfile, parent: QWidget | None = None) -> None:
        feedback = profile.service(FeedbackService)
        super().__init__(feedback, profile.counselors, parent)
        self._feedback = feedback

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
        let_shrink(self.status_filter)
        top = QHBoxLayout()
        top.addWidget(self.counselor_filter)
        top.addWidget(self.status_filter)
        top.addStretch(1)
        top.addWidget(self.new_button)

        self._build_list(self.tr("Feedback notes"))
        self._build_heading()
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
        self.body_edit.setMinimumHeight(100)
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
        buttons = self._build_save_row(self.tr("Save this note"), self.tr("Delete this note"))
        self.save_button.hide()  # notes save by themselves (Ctrl+S still saves at once)
        self.save_button.setDefault(False)

        form = editor_form(
            (
                (self.tr("&Kind"), self.kind_combo),
                (self.tr("&For"), self.counselor_combo),
                (self.tr("Ab&out"), self.session_combo),
            )
        )
        phrase_row = QHBoxLayout()
        phrase_row.addWidget(self.phrase_button)
        phrase_row.addStretch(1)
        status_form = QFormLayout()
        status_label = QLabel(self.tr("S&tatus"))
        status_label.setBuddy(self.status_combo)
        status_form.addRow(status_label, self.status_combo)
        status_form.addRow("", self.agenda_hint)

        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(PANE_MARGINS)
        editor_layout.setSpacing(SPACING)
        editor_layout.addWidget(self.heading)
        editor_layout.addLayout(form)
        editor_layout.addWidget(self.body_edit, 1)
        editor_layout.addLayout(phrase_row)
        editor_layout.addLayout(status_form)
        editor_layout.addLayout(buttons)
        editor_layout.addWidget(self.message_label)

        intro_box = QFrame()
        intro_box.setObjectName("feedbackIntro")
        intro_box.setStyleSheet(
            "QFrame#feedbackIntro { background: palette(alternate-base); border-radius: 6px; }"
        )
        intro_layout = QVBoxLayout(intro_box)
        intro_layout.setContentsMargins(BOX_MARGINS)
        intro_layout.addWidget(intro)
        self._lay_out(intro_box, top, editor)

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

        self._connect_shared()
        self.status_filter.activated.connect(lambda _i: self.reload_list())
        self.phrase_button.clicked.connect(self.open_phrasing_helper)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.counselor_combo.currentIndexChanged.connect(self._counselor_changed)
        self.session_combo.currentIndexChanged.connect(self._changed)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.body_edit.textChanged.connect(self._changed)

    # -- area view --------------------------------------------------------------------------

    def remembered(self) -> object:
        return {
            "note": None if self._current is None else self._current.id,
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
        elif "note" in state:
            self.new_note()  # the client was on a new note (empty: it was not kept)

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the area (or the window going) saves the note, as switching notes does;
        if it cannot be saved, it stays as it is, with the reason shown."""
        self.flush()
        super().hideEvent(event)

    # -- list -------------------------------------------------------------------------------

    def _fetch(self) -> list[FeedbackNote]:
        counselor_id = self.counselor_filter.counselor_id()
        chosen = self.status_filter.currentData()
        if chosen == "open":
            return self._feedback.open_notes(counselor_id)
        return self._feedback.list(counselor_id, None if chosen is None else FeedbackStatus(chosen))

    def _empty_text(self) -> str:
        filtering = self.status_filter.currentData() is not None
        if self.counselor_filter.counselor_id() is not None or filtering:
            return self.tr("No notes with these choices.")
        return self.tr(
            "No notes yet.\n\nSomething that helped, something that didn't feel "
            "right, a wish or a question: write it down while it is fresh."
        )

    def _item_text(self, item: FeedbackNote) -> str:
        return f"{self.kind_short[item.kind]} · {self.status_labels[item.status]}\n{item.preview}"

    # -- editing ----------------------------------------------------------------------------

    def new_item(self, kind: FeedbackKind = FeedbackKind.CONCERN) -> None:
        """Start a new note of ``kind`` (stored on Save)."""
        if not self.flush():
            return
        self._show(None, kind)
        self._select_quietly(None)
        self.body_edit.setFocus()

    def new_note(self, kind: FeedbackKind = FeedbackKind.CONCERN) -> None:
        self.new_item(kind)

    def open_note(self, note_id: int) -> None:
        self.open_item(note_id)

    def current_note(self) -> FeedbackNote | None:
        return self._current

    def draft(self) -> FeedbackDraft:
        return FeedbackDraft(
            kind=self.kind_combo.currentData(),
            body=self.body_edit.toPlainText(),
            counselor_id=self.counselor_combo.currentData(),
            session_id=self.session_combo.currentData(),
            status=self.status_combo.currentData(),
        )

    def _main_field(self) -> QWidget:
        return self.body_edit

    def _is_blank(self) -> bool:
        return not self.body_edit.toPlainText().strip()

    def _deleted_meanwhile_text(self) -> str:
        return self.tr("This note was deleted meanwhile.")

    def _saved_quietly(self, item: FeedbackNote) -> None:
        super()._saved_quietly(item)
        self.heading.setText(self.kind_labels[item.kind])

    def _saved_text(self, item: FeedbackNote) -> str:
        if item.status is FeedbackStatus.READY:
            return self.tr("Saved. It will be on the agenda of your next session.")
        return self.tr("Saved")

    def confirm_delete(self, item: FeedbackNote) -> bool:
        """Ask before deleting (tests replace this)."""
        return ask_yes_no(
            self, self.tr("Delete this note?"), self.tr("Delete this note? This can't be undone.")
        )

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
            self._current = note
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
            self._autosave.reset()
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
        except CompanionError:
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
