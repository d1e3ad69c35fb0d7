"""After a session: notes (what I take away, what I want to try, what did not feel right) and
ticks for what was actually talked about. Unticked lines stay on the agenda for next time.

Notes save by themselves shortly after typing stops and whenever the dialog closes; the ticks
are saved with "Save". Closing with ticks not yet saved asks first.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.domain.agenda import AgendaLine, AgendaSession, LineKey, SessionNotes
from companion.domain.enums import SessionStatus
from companion.domain.feedback import FeedbackNote
from companion.services.agenda import AgendaService
from companion.services.errors import CompanionError
from companion.services.feedback import FeedbackService
from companion.services.profile import UnlockedProfile
from companion.services.summary import SummaryService
from companion.ui.autosave import AUTOSAVE_DELAY_MS, Autosave
from companion.ui.formatting import session_when_long
from companion.ui.reflow import scrolling
from companion.ui.style import SPACING, SPACING_TIGHT, Text, set_text
from companion.ui.window_size import open_at

KeyRole = Qt.ItemDataRole.UserRole + 1


class AfterSessionDialog(QDialog):
    """Notes and ticks for one session with ``counselor_id`` (``session_id``, or the latest
    one that has started). ``saved`` is emitted after "Save"."""

    saved = Signal()

    def __init__(
        self,
        profile: UnlockedProfile,
        counselor_id: int,
        session_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._agenda = profile.service(AgendaService)
        self._summaries = profile.service(SummaryService)
        self._feedback = profile.service(FeedbackService)
        self._brought: list[FeedbackNote] = []
        self._counselor_id = counselor_id
        self._session: AgendaSession | None = None
        self._loading = False
        self._lines: list[AgendaLine] = []
        self.setWindowTitle(self.tr("After your session"))
        self.setMinimumWidth(560)
        open_at(self, 640, 780)

        self._autosave = Autosave(self, self._save_notes, AUTOSAVE_DELAY_MS)

        name = ""
        with contextlib.suppress(LookupError):
            name = profile.counselors.get(counselor_id).name
        intro = QLabel(
            self.tr(
                "A few words while the session is fresh. Write as much or as little as you "
                "like; nothing here is shared unless you choose to."
            )
        )
        intro.setWordWrap(True)

        self.session_combo = QComboBox()
        self.session_combo.setAccessibleName(self.tr("Session"))
        self.session_combo.currentIndexChanged.connect(self._session_chosen)

        self.takeaways_edit = self._notes_edit(
            self.tr("What I am taking away"),
            self.tr("Something that stuck with you, an insight, a sentence you want to keep…"),
        )
        self.to_try_edit = self._notes_edit(
            self.tr("What I want to try before next time"),
            self.tr("Small steps count: something to notice, practise or write about…"),
        )
        self.not_right_edit = self._notes_edit(
            self.tr("Anything that did not feel right"),
            self.tr(
                "It is okay to note this. You can bring it up next time, or turn it into "
                "feedback when you are ready."
            ),
        )

        self.discussed_list = QListWidget()
        self.discussed_list.setAccessibleName(self.tr("What you talked about"))
        self.discussed_list.setAccessibleDescription(
            self.tr("Tick each line you talked about; Space ticks the selected line.")
        )
        self.discussed_list.setMinimumHeight(120)
        self.discussed_list.setWordWrap(True)
        self.discussed_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.discussed_list.setSpacing(SPACING_TIGHT)
        self.carry_hint = QLabel(
            self.tr("Lines you leave unticked stay on your agenda for next time.")
        )
        self.carry_hint.setWordWrap(True)
        self.carry_hint.setEnabled(False)
        self.already_label = QLabel()
        self.already_label.setWordWrap(True)
        self.already_label.setAccessibleName(self.tr("Already noted as talked about"))

        self.attended_box = QCheckBox(self.tr("I went to this session (mark it as attended)"))
        self.attended_box.setAccessibleName(self.tr("Mark the session as attended"))
        self.attended_box.setChecked(True)

        # -- feedback notes that went into a summary for this session ------------------------
        self.brought_box = QWidget()
        brought_layout = QVBoxLayout(self.brought_box)
        brought_layout.setContentsMargins(0, SPACING, 0, 0)
        self.brought_label = QLabel(
            self.tr("You brought feedback notes to this session: mark them as shared?")
        )
        self.brought_label.setWordWrap(True)
        set_text(self.brought_label, Text.LABEL)
        self.brought_list = QLabel()
        self.brought_list.setWordWrap(True)
        self.brought_list.setTextFormat(Qt.TextFormat.PlainText)
        self.brought_list.setAccessibleName(self.tr("Feedback notes you brought"))
        self.mark_shared_button = QPushButton(self.tr("&Mark as shared"))
        self.mark_shared_button.setAccessibleName(
            self.tr("Mark the feedback notes you brought as shared")
        )
        self.mark_shared_button.clicked.connect(self.mark_brought_shared)
        brought_layout.addWidget(self.brought_label)
        brought_layout.addWidget(self.brought_list)
        brought_layout.addWidget(self.mark_shared_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.brought_box.hide()

        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Save status"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setStyleSheet("color: palette(link);")
        self.error_label.hide()

        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save notes and what was talked about"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        save_action = QAction(self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.triggered.connect(self.save)
        self.addAction(save_action)

        # -- no session to write about ------------------------------------------------------
        self.no_session_label = QLabel(
            self.tr(
                "There is no session with %1 to write about yet.\n\nAdd or plan one in "
                "Sessions, then come back here for your notes."
            ).replace("%1", name or self.tr("this counselor"))
        )
        self.no_session_label.setWordWrap(True)
        self.no_session_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_session_label.setMargin(24)

        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("&Session"), self.session_combo)
        form.addRow(self.tr("What I am &taking away"), self.takeaways_edit)
        form.addRow(self.tr("What I want to t&ry before next time"), self.to_try_edit)
        form.addRow(self.tr("Anything that did &not feel right"), self.not_right_edit)
        form.addRow(self.tr("What did you &talk about?"), self.discussed_list)
        form.addRow(self.carry_hint)
        form.addRow(self.already_label)
        form.addRow(self.attended_box)
        form.addRow(self.brought_box)

        self.stack = QStackedWidget()
        # on a short screen the notes scroll instead of squeezing over each other
        self.stack.addWidget(scrolling(form_widget, sideways=False))
        self.stack.addWidget(self.no_session_label)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

        self._fill_sessions(session_id)

    def _notes_edit(self, name: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(64)
        edit.textChanged.connect(self._notes_changed)
        return edit

    # -- sessions ---------------------------------------------------------------------------

    def _session_label(self, session: AgendaSession) -> str:
        when = session_when_long(session.starts_at, session.time_zone)
        status = {
            SessionStatus.PLANNED: self.tr("planned"),
            SessionStatus.ATTENDED: self.tr("attended"),
            SessionStatus.CANCELLED: self.tr("cancelled"),
            SessionStatus.MISSED: self.tr("missed"),
        }[session.status]
        return f"{when} · {status}"

    def _fill_sessions(self, session_id: int | None) -> None:
        try:
            sessions = self._agenda.sessions_for_notes(self._counselor_id, keep=session_id)
            default = (
                session_id
                if session_id is not None
                else getattr(self._agenda.default_session(self._counselor_id), "id", None)
            )
        except CompanionError as exc:
            self.show_error(str(exc))
            sessions, default = [], None
        self._loading = True
        self.session_combo.clear()
        for s in sessions:
            self.session_combo.addItem(self._session_label(s), s)
        self._loading = False
        if not sessions:
            self.stack.setCurrentWidget(self.no_session_label)
            self.save_button.setEnabled(False)
            self._session = None
            return
        index = next((i for i, s in enumerate(sessions) if s.id == default), 0)
        if index == self.session_combo.currentIndex():
            self._session_chosen(index)
        else:
            self.session_combo.setCurrentIndex(index)

    def _session_chosen(self, index: int) -> None:
        if self._loading or index < 0:
            return
        self.flush()
        session = self.session_combo.itemData(index)
        if not isinstance(session, AgendaSession):
            return
        self._session = session
        self.show_error("")
        try:
            notes = self._agenda.session_notes(session.id)
            self._lines = self._agenda.agenda(self._counselor_id)
            already = self._agenda.discussed_in(session.id)
            can_attend = self._agenda.can_mark_attended(session)
        except CompanionError as exc:
            self.show_error(str(exc))
            return
        self._loading = True
        self.takeaways_edit.setPlainText(notes.takeaways)
        self.to_try_edit.setPlainText(notes.to_try)
        self.not_right_edit.setPlainText(notes.not_right)
        self._loading = False
        self._autosave.reset()
        self.status_label.clear()
        self._fill_lines()
        if already:
            self.already_label.setText(
                self.tr("Already noted as talked about in this session: %1").replace(
                    "%1", "; ".join(already)
                )
            )
            self.already_label.show()
        else:
            self.already_label.hide()
        self.attended_box.setVisible(can_attend)
        self._fill_brought(session.id)

    def _fill_brought(self, session_id: int) -> None:
        """Offer to mark as shared the feedback notes that went into a summary for this
        session and still wait to be shared."""
        try:
            self._brought = self._summaries.brought_to(session_id)
        except CompanionError:
            self._brought = []
        self.brought_list.setText("\n".join(f"• {note.preview}" for note in self._brought))
        self.brought_box.setVisible(bool(self._brought))

    def _fill_lines(self) -> None:
        from companion.ui.agenda.view import line_label

        self.discussed_list.clear()
        for line in self._lines:
            item = QListWidgetItem(line_label(self, line))
            item.setData(KeyRole, line.key)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            self.discussed_list.addItem(item)
        if not self._lines:
            item = QListWidgetItem(self.tr("The agenda was empty; that is fine too."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.discussed_list.addItem(item)
        self.carry_hint.setVisible(bool(self._lines))

    # -- state ------------------------------------------------------------------------------

    @property
    def session_id(self) -> int | None:
        return self._session.id if self._session else None

    @property
    def has_unsaved_changes(self) -> bool:
        """The notes changed and are not saved yet."""
        return self._autosave.pending

    def notes(self) -> SessionNotes:
        return SessionNotes(
            takeaways=self.takeaways_edit.toPlainText(),
            to_try=self.to_try_edit.toPlainText(),
            not_right=self.not_right_edit.toPlainText(),
        )

    def ticked(self) -> list[LineKey]:
        keys: list[LineKey] = []
        for row in range(self.discussed_list.count()):
            item = self.discussed_list.item(row)
            key = item.data(KeyRole)
            if isinstance(key, LineKey) and item.checkState() == Qt.CheckState.Checked:
                keys.append(key)
        return keys

    def set_ticked(self, keys: list[LineKey]) -> None:
        wanted = set(keys)
        for row in range(self.discussed_list.count()):
            item = self.discussed_list.item(row)
            key = item.data(KeyRole)
            if isinstance(key, LineKey):
                checked = key in wanted
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def mark_brought_shared(self) -> int:
        """Mark the feedback notes brought to this session as shared (one unit of work);
        returns how many. The agenda is read again, keeping the ticks: shared notes leave it."""
        ids = [note.id for note in self._brought]
        if not ids:
            return 0
        try:
            marked = self._feedback.mark_shared(ids)
            self._lines = self._agenda.agenda(self._counselor_id)
        except CompanionError as exc:
            self.show_error(str(exc))
            return 0
        ticked = self.ticked()
        self._fill_lines()
        self.set_ticked(ticked)
        self._brought = []
        self.brought_box.hide()
        self.status_label.setText(self.tr("Feedback notes marked as shared"))
        return marked

    # -- saving -----------------------------------------------------------------------------

    def _notes_changed(self) -> None:
        if self._loading:
            return
        self.status_label.setText(self.tr("Not saved yet"))
        self._autosave.changed()

    def flush(self) -> bool:
        """Save the notes now if they changed; False (with the reason shown) if they could not
        be saved. The text stays on screen either way."""
        return self._autosave.flush() or self._session is None

    def _save_notes(self) -> bool:
        if self._session is None:
            return False  # nowhere to save them (yet): they stay pending
        try:
            self._agenda.save_notes(self._session.id, self.notes())
        except LookupError:
            self.show_error(self.tr("This session is no longer in Companion."))
            return False
        except CompanionError as exc:
            self.show_error(str(exc))
            self.status_label.setText(self.tr("Not saved"))
            return False
        self.show_error("")
        self.status_label.setText(self.tr("Notes saved"))
        return True

    def save(self) -> bool:
        """Save the notes and the ticks; close when it worked."""
        if self._session is None:
            return False
        mark = self.attended_box.isVisible() and self.attended_box.isChecked()
        try:
            self._agenda.save_after_session(self._session.id, self.notes(), self.ticked(), mark)
        except LookupError:
            self.show_error(self.tr("This session is no longer in Companion."))
            return False
        except CompanionError as exc:
            self.show_error(str(exc))
            return False
        self._autosave.reset()
        self.saved.emit()
        self.accept()
        return True

    def ask_about_ticks(self) -> QMessageBox.StandardButton:
        """Ask what to do with ticks not saved yet (tests replace this)."""
        return QMessageBox.question(
            self,
            self.tr("Save what you talked about?"),
            self.tr(
                "You ticked what you talked about but have not saved it yet. Save it now?\n\n"
                "Your notes are kept either way."
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    def reject(self) -> None:
        """Closing keeps the notes; unsaved ticks are asked about."""
        if self.ticked():
            answer = self.ask_about_ticks()
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
        if not self.flush():
            return
        super().reject()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.flush()
        super().closeEvent(event)
