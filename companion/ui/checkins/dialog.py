"""Checking in on the relationship after a session: how heard, respected and supported the
client felt (0-10), optionally the other five qualities and a comment.

The dialog names the session it is about; until the check-in is saved the client may pick
another recent attended session that has none yet. Enter saves from anywhere in the dialog
(Shift+Enter starts a new line in the comment). After saving, a rating that is low or lower
than usual gets a gentle word (below the comment, in the same scrolling column) and an offer
to start a private draft note about that session for the counselor; otherwise the dialog
closes.
"""

from __future__ import annotations

import contextlib
import itertools

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.domain.checkins import (
    COMMENT_MAX,
    CORE_QUALITIES,
    MORE_QUALITIES,
    CheckIn,
    CheckInDraft,
)
from companion.domain.checkins import Signal as RatingSignal
from companion.domain.enums import RelationshipQuality
from companion.domain.sessions import Session
from companion.domain.wording import tr_n
from companion.services.checkins import CheckInService
from companion.services.errors import CompanionError
from companion.services.profile import UnlockedProfile
from companion.services.sessions import SessionService
from companion.ui.checkins import texts
from companion.ui.checkins.preferences import CheckInPreferences
from companion.ui.checkins.rating_row import RatingRow
from companion.ui.formatting import long_date, session_when
from companion.ui.reflow import follow_focus
from companion.ui.style import BOX_MARGINS, SPACING, SPACING_LARGE, SPACING_TIGHT, Text, set_text
from companion.ui.theme import CARD_STYLE
from companion.ui.window_size import open_at

#: Above this the statements scroll (the "More" statements make the list long).
MAX_SCROLL_HEIGHT = 520
#: The comment field asks for room for this many lines (it grows with the dialog).
COMMENT_LINES = 3
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _CommentEdit(QPlainTextEdit):
    """The comment: asks the layout for a few lines instead of a fixed height."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        lines = self.fontMetrics().lineSpacing() * COMMENT_LINES
        margins = self.contentsMargins()
        frame = 2 * self.document().documentMargin() + margins.top() + margins.bottom()
        return QSize(hint.width(), int(lines + frame))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


class _StatementsArea(QScrollArea):
    """The scrolling column: asks for the height of all it holds (up to
    :data:`MAX_SCROLL_HEIGHT`), and can shrink to a few lines when the screen is small;
    nothing else is ever laid over it."""

    def sizeHint(self) -> QSize:
        inner = self.widget()
        hint = super().sizeHint()
        if inner is None:
            return hint
        wanted = inner.sizeHint().height() + 2 * self.frameWidth()
        return QSize(hint.width(), min(wanted, MAX_SCROLL_HEIGHT))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.fontMetrics().lineSpacing() * 8)


class CheckInDialog(QDialog):
    """The check-in of one session (an existing one is loaded for editing). With
    ``session_id`` None the client first picks the session from the recent ones.

    ``saved(checkin_id)`` after each save, ``deleted(checkin_id)`` after deleting,
    ``feedback_drafted(note_id)`` after "Draft a note for my counselor".
    """

    saved = Signal(int)
    deleted = Signal(int)
    feedback_drafted = Signal(int)

    def __init__(
        self,
        profile: UnlockedProfile,
        session_id: int | None,
        parent: QWidget | None = None,
        *,
        preferences: CheckInPreferences | None = None,
    ) -> None:
        super().__init__(parent)
        self._checkins = profile.service(CheckInService)
        self._sessions = profile.service(SessionService)
        self._profile = profile
        self._prefs = preferences or CheckInPreferences()
        self._session_id = session_id
        self._session: Session | None = None
        self._choices: dict[int, Session] = {}
        self._checkin: CheckIn | None = None
        self._signals: list[RatingSignal] = []
        self._last_saved: CheckInDraft | None = None
        self.setWindowTitle(self.tr("Check in"))
        self.setMinimumWidth(620)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        set_text(self.heading, Text.HEADING)
        self.session_combo = QComboBox()
        self.session_combo.setAccessibleName(self.tr("The session this check-in is about"))
        self.session_combo.setToolTip(
            self.tr("You can choose another recent session that has no check-in yet.")
        )
        self.session_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.session_label = QLabel(self.tr("&About the session"))
        self.session_label.setBuddy(self.session_combo)
        self.session_form = QWidget()
        session_layout = QFormLayout(self.session_form)
        session_layout.setContentsMargins(0, 0, 0, 0)
        session_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        session_layout.addRow(self.session_label, self.session_combo)
        self.intro = QLabel(
            self.tr(
                "How did this session feel for you? 0 means not at all, 10 means completely. "
                "Type a number or use the arrow keys; Tab moves on, Enter saves."
            )
        )
        self.intro.setWordWrap(True)
        self.not_clinical = QLabel(texts.not_clinical())
        self.not_clinical.setWordWrap(True)
        self.not_clinical.setEnabled(False)
        self.not_clinical.setAccessibleName(self.tr("About these ratings"))

        self.rows: dict[RelationshipQuality, RatingRow] = {}
        for key in CORE_QUALITIES:
            self.rows[key] = RatingRow(texts.statement(key))
        self.more_button = QPushButton(self.tr("&More statements (optional)"))
        self.more_button.setCheckable(True)
        self.more_button.setAutoDefault(False)
        self.more_button.setAccessibleName(self.tr("Show five more statements, all optional"))
        self.more_button.toggled.connect(self._show_more)
        self.more_box = QWidget()
        more_layout = QVBoxLayout(self.more_box)
        more_layout.setContentsMargins(0, 0, 0, 0)
        more_layout.setSpacing(SPACING_TIGHT)
        for key in MORE_QUALITIES:
            row = RatingRow(texts.statement(key), optional=True)
            self.rows[key] = row
            more_layout.addWidget(row)
        self.more_box.hide()

        self.comment_label = QLabel(self.tr("What would have &helped? (optional)"))
        self.comment_edit = _CommentEdit()
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setPlaceholderText(
            self.tr("A few words for yourself. Shift+Enter starts a new line.")
        )
        self.comment_edit.setAccessibleName(self.tr("What would have helped? Optional comment"))
        self.comment_edit.installEventFilter(self)
        self.comment_label.setBuddy(self.comment_edit)

        # -- the gentle signal ---------------------------------------------------------------
        self.signal_box = QFrame()
        self.signal_box.setObjectName("card")
        self.signal_box.setStyleSheet(CARD_STYLE)
        self.signal_label = QLabel()
        self.signal_label.setWordWrap(True)
        self.signal_label.setAccessibleName(self.tr("A gentle note about this check-in"))
        self.signal_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.draft_button = QPushButton(self.tr("&Draft a note for my counselor"))
        self.draft_button.setAutoDefault(False)
        self.draft_button.setAccessibleName(
            self.tr("Draft a private note for my counselor about this")
        )
        self.draft_button.clicked.connect(self.draft_note)
        self.drafted_label = QLabel()
        self.drafted_label.setWordWrap(True)
        self.drafted_label.setAccessibleName(self.tr("Draft note"))
        self.drafted_label.hide()
        signal_layout = QVBoxLayout(self.signal_box)
        signal_layout.setContentsMargins(BOX_MARGINS)
        signal_layout.addWidget(self.signal_label)
        signal_layout.addWidget(self.draft_button, 0, Qt.AlignmentFlag.AlignLeft)
        signal_layout.addWidget(self.drafted_label)
        self.signal_box.hide()

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, SPACING, 0)
        body_layout.setSpacing(SPACING_TIGHT)
        for key in CORE_QUALITIES:
            body_layout.addWidget(self.rows[key])
        body_layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        body_layout.addWidget(self.more_box)
        body_layout.addSpacing(SPACING)
        body_layout.addWidget(self.comment_label)
        body_layout.addWidget(self.comment_edit)
        body_layout.addSpacing(SPACING_LARGE)
        body_layout.addWidget(self.signal_box)
        body_layout.addStretch(1)
        self.statements_area = _StatementsArea()
        self.statements_area.setWidgetResizable(True)
        self.statements_area.setFrameShape(QFrame.Shape.NoFrame)
        self.statements_area.setWidget(body)
        follow_focus(self.statements_area)
        self._body = body

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setStyleSheet("color: palette(link);")
        self.error_label.hide()
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Save status"))

        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save the check-in"))
        self.save_button.setToolTip(self.tr("Save (Enter)"))
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.delete_button = QPushButton(self.tr("Delete check-in"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.setAccessibleName(self.tr("Delete this check-in"))
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.hide()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.close_button.clicked.connect(self.reject)
        save_action = QAction(self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.triggered.connect(self.save)
        self.addAction(save_action)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.session_form)
        layout.addWidget(self.intro)
        layout.addWidget(self.not_clinical)
        layout.addWidget(self.statements_area, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

        order: list[QWidget] = [self.session_combo, *(self.rows[k] for k in CORE_QUALITIES)]
        order += [self.more_button, *(self.rows[k] for k in MORE_QUALITIES)]
        # then the buttons at the bottom, in the order the button box shows them (it sets their
        # Tab order itself when it lays them out: ordering them here too made Tab go back and
        # forth between Save and Close for ever)
        order += [self.comment_edit, self.draft_button, self.save_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self._load()
        self._fit()
        self.rows[CORE_QUALITIES[0]].setFocus(Qt.FocusReason.OtherFocusReason)

    # -- loading ----------------------------------------------------------------------------

    def _load(self) -> None:
        if self._session_id is not None:
            try:
                self._session = self._sessions.get(self._session_id)
                self._checkin = self._checkins.for_session(self._session_id)
            except LookupError:
                self._session = None
            except CompanionError as exc:
                self.show_error(str(exc))
            if self._session is None:
                self.heading.setText(self.tr("This session is no longer in Companion."))
                self.session_form.hide()
                self.save_button.setEnabled(False)
                self.statements_area.setEnabled(False)
                return
        self._show_heading()
        if self._checkin is not None:
            self.setWindowTitle(self.tr("Your check-in"))
            self.session_form.hide()
            self.delete_button.show()
            self._fill(self._checkin)
            return
        self._offer_sessions()

    def _counselor_name(self, counselor_id: int) -> str:
        with contextlib.suppress(LookupError, CompanionError):
            return self._profile.counselors.get(counselor_id).name
        return ""

    def _session_label(self, session: Session) -> str:
        when = session_when(session.starts_at, session.time_zone)
        name = self._counselor_name(session.counselor_id)
        if not name:
            return when
        return self.tr("%1, with %2").replace("%1", when).replace("%2", name)

    def _offer_sessions(self) -> None:
        """The session picker: this session, then the recent attended sessions that have no
        check-in yet (newest first); without a session, a first line asking to choose."""
        try:
            recent = self._checkins.recent_without_checkin()
        except CompanionError:
            recent = []
        combo = self.session_combo
        combo.blockSignals(True)
        combo.clear()
        if self._session is None:
            combo.addItem(self.tr("Choose a session…"), None)
        elif all(s.id != self._session.id for s in recent):
            combo.addItem(self._session_label(self._session), self._session.id)
        self._choices = {s.id: s for s in recent}
        if self._session is not None:
            self._choices[self._session.id] = self._session
        for session in recent:
            combo.addItem(self._session_label(session), session.id)
        combo.setCurrentIndex(max(0, combo.findData(self._session_id)))
        combo.blockSignals(False)
        combo.currentIndexChanged.connect(self._session_chosen)

    def _session_chosen(self, index: int) -> None:
        chosen = self.session_combo.itemData(index)
        self._session = self._choices.get(chosen) if isinstance(chosen, int) else None
        self._session_id = None if self._session is None else self._session.id
        self.show_error("")
        self._show_heading()

    def _show_heading(self) -> None:
        if self._session is None:
            self.heading.setText(self.tr("Which session would you like to check in on?"))
            return
        name = self._counselor_name(self._session.counselor_id)
        day = self._day_text()
        if name:
            self.heading.setText(
                self.tr("Your session with %1 on %2").replace("%1", name).replace("%2", day)
            )
        else:
            self.heading.setText(self.tr("Your session on %1").replace("%1", day))

    @property
    def session_id(self) -> int | None:
        """The session the check-in is about (None until the client picks one)."""
        return self._session_id

    def _day_text(self) -> str:
        assert self._session is not None
        return long_date(self._session.starts_at)

    def _fill(self, checkin: CheckIn) -> None:
        for key, row in self.rows.items():
            row.setValue(checkin.rating(key))
        self.comment_edit.setPlainText(checkin.comment)
        if any(checkin.rating(k) is not None for k in MORE_QUALITIES):
            self.more_button.setChecked(True)

    def _show_more(self, on: bool) -> None:
        self.more_box.setVisible(on)
        self.more_button.setText(
            self.tr("Fewer &statements") if on else self.tr("&More statements (optional)")
        )
        self._fit()

    def _fit(self) -> None:
        """Show the statements (and the gentle note) without scrolling where the screen
        allows; on a small screen the column scrolls instead of anything overlapping."""
        body_layout = self._body.layout()
        if body_layout is not None:
            body_layout.activate()
        self.statements_area.updateGeometry()  # its size hint follows what the column holds
        layout = self.layout()
        if layout is not None:
            layout.activate()
        open_at(self, max(self.width(), 680), self.sizeHint().height())

    # -- state ------------------------------------------------------------------------------

    @property
    def checkin(self) -> CheckIn | None:
        """The stored check-in (after loading or saving), if there is one."""
        return self._checkin

    @property
    def signals(self) -> list[RatingSignal]:
        """The ratings pointed out after the last save."""
        return list(self._signals)

    def draft(self) -> CheckInDraft:
        return CheckInDraft(
            session_id=self._session_id or 0,
            ratings={key: row.value() for key, row in self.rows.items()},
            comment=self.comment_edit.toPlainText(),
        )

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # -- keyboard: Enter saves from anywhere --------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.comment_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER_KEYS
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.save()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER_KEYS and not event.modifiers():
            if self.save_button.isEnabled():
                self.save()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- saving -----------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the check-in; then show a gentle word if a rating is low or lower than usual,
        or close. False (with the reason shown, nothing written) on bad input."""
        if not self.save_button.isEnabled():
            return False
        if self._session is None:
            self.show_error(self.tr("Please choose the session this check-in is about."))
            self.session_combo.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        draft = self.draft()
        if self.signal_box.isVisible() and draft == self._last_saved:
            self.accept()  # nothing changed since the gentle note appeared: Enter is "done"
            return True
        if len(draft.comment.strip()) > COMMENT_MAX:
            self.show_error(
                tr_n(
                    "CheckInDialog",
                    "The comment can be at most %n [character|characters] long.",
                    COMMENT_MAX,
                )
            )
            return False
        missing = [k for k in CORE_QUALITIES if self.rows[k].value() is None]
        if missing:
            self.show_error(
                self.tr(
                    "Please rate the first three statements (heard, respected, supported) "
                    "before saving; the others can stay empty."
                )
            )
            self.rows[missing[0]].setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        try:
            self._checkin = self._checkins.save(draft)
            self._signals = (
                self._checkins.signals_for(self._checkin.id, self._prefs.threshold)
                if self._prefs.signal_enabled
                else []
            )
        except LookupError:
            self.show_error(self.tr("This session is no longer in Companion."))
            return False
        except CompanionError as exc:
            self.show_error(str(exc))
            return False
        self._last_saved = draft
        self.show_error("")
        self.session_form.hide()  # saved: now the check-in of this session
        self.delete_button.show()
        self.saved.emit(self._checkin.id)
        if not self._signals:
            self.accept()
            return True
        self.status_label.setText(self.tr("Saved."))
        self._show_signals()
        return True

    def _show_signals(self) -> None:
        dropped = [s for s in self._signals if s.below_usual]
        low = [s for s in self._signals if not s.below_usual]
        parts = []
        if dropped:
            parts.append(
                self.tr("You felt %1 this time than usual.").replace(
                    "%1", texts.join([texts.you_felt_less(s.quality) for s in dropped])
                )
            )
        if low:
            parts.append(
                self.tr("This time you felt %1 than you might like.").replace(
                    "%1", texts.join([texts.you_felt_less(s.quality) for s in low])
                )
            )
        parts.append(self.tr("That is worth saying; counselors generally want to know."))
        details = []
        for s in self._signals:
            line = self.tr("%1: %2").replace("%1", texts.short_name(s.quality))
            line = line.replace("%2", texts.rating_text(s.rating))
            if s.median is not None:
                usual = f"{s.median:g}"
                line += " " + self.tr("(usually about %1)").replace("%1", usual)
            details.append(line)
        self.signal_label.setText(
            " ".join(parts)
            + "\n"
            + " · ".join(details)
            + "\n\n"
            + self.tr(
                "If you like, Companion can start a private note for you to finish in "
                "Feedback. Nothing is shared unless you choose to."
            )
        )
        self.draft_button.setEnabled(True)
        self.drafted_label.hide()
        self.signal_box.show()
        self.close_button.setText(self.tr("Done"))
        self._fit()
        # once the column has its new height: scroll the note into view
        QTimer.singleShot(0, self, self._reveal_signal)

    def _reveal_signal(self) -> None:
        # the rows settle their heights first (a chosen, bold number is a little taller)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.statements_area.ensureWidgetVisible(self.signal_box, 0, 0)

    def note_text(self) -> str:
        """The draft note in the client's voice, in the user's language."""
        dropped = [texts.i_felt_less(s.quality) for s in self._signals if s.below_usual]
        low = [texts.i_felt_less(s.quality) for s in self._signals if not s.below_usual]
        opening = self.tr("In our session on %1").replace("%1", self._day_text())
        sentences = []
        if dropped:
            sentences.append(
                self.tr("%1 I felt %2 than usual.")
                .replace("%1", opening)
                .replace("%2", texts.join(dropped))
            )
        if low:
            if dropped:
                sentences.append(
                    self.tr("I also felt %1 than I would like.").replace("%1", texts.join(low))
                )
            else:
                sentences.append(
                    self.tr("%1 I felt %2 than I would like.")
                    .replace("%1", opening)
                    .replace("%2", texts.join(low))
                )
        sentences.append(self.tr("What would help me is …"))
        return " ".join(sentences)

    def draft_note(self) -> int | None:
        """Start a private draft concern for the counselor; returns its id."""
        if not self._signals or self._session is None:
            return None
        try:
            note = self._checkins.draft_feedback_for(
                self._signals, self._session, text=self.note_text()
            )
        except CompanionError as exc:
            self.show_error(str(exc))
            return None
        self.draft_button.setEnabled(False)
        self.drafted_label.setText(
            self.tr(
                "A draft is waiting for you in Feedback, ready to finish in your own words. "
                "It stays private until you choose to share it."
            )
        )
        self.drafted_label.show()
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.feedback_drafted.emit(note.id)
        return note.id

    # -- deleting ---------------------------------------------------------------------------

    def confirm_delete(self) -> bool:
        """Ask before deleting (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Delete this check-in?"),
            self.tr("Its ratings and comment will be gone. The session itself stays."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete(self) -> bool:
        if self._checkin is None or not self.confirm_delete():
            return False
        try:
            self._checkins.delete(self._checkin.id)
        except LookupError:
            pass
        except CompanionError as exc:
            self.show_error(str(exc))
            return False
        gone = self._checkin.id
        self._checkin = None
        self.deleted.emit(gone)
        self.accept()
        return True
