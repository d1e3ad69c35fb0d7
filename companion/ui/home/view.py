"""Home: days since the last session and until the next, what was written since, what is
waiting to be brought up, and one-click ways to act on it."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.changes import Area, Changes
from companion.domain.home import HomeDigest, SessionMoment
from companion.domain.sessions import Session
from companion.services.checkins import CheckInService
from companion.services.errors import CompanionError
from companion.services.home import HomeService
from companion.services.profile import UnlockedProfile
from companion.ui.checkins.preferences import CheckInPreferences
from companion.ui.counselor_filter import CounselorFilter
from companion.ui.formatting import relative_day, session_when_long
from companion.ui.style import (
    PAGE_MARGINS,
    PANE_MARGINS,
    SPACING,
    SPACING_LARGE,
    Text,
    set_text,
)


def _card(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(PANE_MARGINS)
    layout.setSpacing(SPACING)
    heading = QLabel(title)
    set_text(heading, Text.HEADING)
    layout.addWidget(heading)
    return frame, layout


def _line() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class HomeView(QWidget):
    """The first area. Its buttons ask the window to switch areas."""

    writeEntryRequested = Signal()
    agendaRequested = Signal()
    afterSessionRequested = Signal(object)  # session id or None
    sessionsRequested = Signal()
    checkInRequested = Signal(int)  # session id
    shows = frozenset(
        {
            Area.JOURNAL,
            Area.COUNSELORS,
            Area.SESSIONS,
            Area.AGENDA,
            Area.CHECKINS,
            Area.GOALS,
            Area.FEEDBACK,
            Area.SETTINGS,
        }
    )

    def __init__(self, profile: UnlockedProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._home = profile.service(HomeService)
        self._checkins = profile.service(CheckInService)
        self._counselors = profile.counselors
        self._unchecked: int | None = None
        self.digest: HomeDigest | None = None

        title = QLabel(self.tr("Since my last session"))
        set_text(title, Text.TITLE)
        self.counselor_filter = CounselorFilter(profile.counselors)
        self.counselor_filter.counselorChanged.connect(lambda _c: self.load())
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.counselor_filter)

        when_card, when_layout = _card(self.tr("Sessions"))
        self.last_label = _line()
        self.next_label = _line()
        when_layout.addWidget(self.last_label)
        when_layout.addWidget(self.next_label)
        self.checkin_label = _line()
        when_layout.addWidget(self.checkin_label)
        self.sessions_button = QPushButton(self.tr("Go to sessions"))
        self.sessions_button.clicked.connect(self.sessionsRequested)
        self.checkin_button = QPushButton(self.tr("Check in"))
        self.checkin_button.setToolTip(
            self.tr("How heard, respected and supported did you feel? (under a minute)")
        )
        self.checkin_button.clicked.connect(self._check_in)
        when_layout.addStretch(1)
        session_buttons = QHBoxLayout()
        session_buttons.addWidget(self.checkin_button)
        session_buttons.addWidget(self.sessions_button)
        session_buttons.addStretch(1)
        when_layout.addLayout(session_buttons)

        writing_card, writing_layout = _card(self.tr("Your journal"))
        self.entries_label = _line()
        self.flagged_label = _line()
        writing_layout.addWidget(self.entries_label)
        writing_layout.addWidget(self.flagged_label)
        self.write_button = QPushButton(self.tr("Write an entry"))
        self.write_button.setToolTip(self.tr("Ctrl+N"))
        self.write_button.clicked.connect(self.writeEntryRequested)
        writing_layout.addStretch(1)
        writing_layout.addWidget(self.write_button, 0, Qt.AlignmentFlag.AlignLeft)

        next_card, next_layout = _card(self.tr("For the next session"))
        self.agenda_label = _line()
        self.feedback_label = _line()
        self.goals_label = _line()
        for label in (self.agenda_label, self.feedback_label, self.goals_label):
            next_layout.addWidget(label)
        buttons = QHBoxLayout()
        self.agenda_button = QPushButton(self.tr("Prepare the agenda"))
        self.agenda_button.clicked.connect(self.agendaRequested)
        self.after_button = QPushButton(self.tr("Notes after a session"))
        self.after_button.clicked.connect(self._after_session)
        buttons.addWidget(self.agenda_button)
        buttons.addWidget(self.after_button)
        buttons.addStretch(1)
        next_layout.addLayout(buttons)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Home message"))

        grid = QGridLayout()
        grid.setSpacing(SPACING_LARGE)
        grid.addWidget(when_card, 0, 0)
        grid.addWidget(writing_card, 0, 1)
        grid.addWidget(next_card, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGINS)
        layout.setSpacing(SPACING_LARGE)
        layout.addLayout(header)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addStretch(1)

    # -- area view protocol -----------------------------------------------------------------

    def load(self) -> None:
        self.counselor_filter.reload()
        try:
            self.digest = self._home.digest(self.counselor_filter.counselor_id())
        except CompanionError as exc:
            self.message.setText(str(exc))
            return
        self.message.clear()
        self._show(self.digest)
        try:
            pending = self._checkins.nudges(
                CheckInPreferences().nudge_days, self.counselor_filter.counselor_id()
            )
        except CompanionError:
            pending = []
        self._unchecked = pending[0].id if pending else None
        self.checkin_button.setVisible(self._unchecked is not None)
        self.checkin_label.setVisible(self._unchecked is not None)
        if pending:
            self.checkin_label.setText(self._nudge_text(pending[0]))

    def _nudge_text(self, session: Session) -> str:
        """The invitation to check in on the latest session (naming the counselor)."""
        when = session_when_long(session.starts_at, session.time_zone)
        name = ""
        with contextlib.suppress(LookupError, CompanionError):
            name = self._counselors.get(session.counselor_id).name
        if not name:
            return self.tr(
                "How did the session on %1 feel? A check-in takes under a minute."
            ).replace("%1", when)
        return (
            self.tr("How did your session with %1 on %2 feel? A check-in takes under a minute.")
            .replace("%1", name)
            .replace("%2", when)
        )

    def refresh(self, changes: Changes) -> None:
        del changes  # the digest is one quick read: take all of it again
        self.load()

    def flush(self) -> bool:
        return True

    def remembered(self) -> object:
        return self.counselor_filter.counselor_id()

    def restore(self, state: object) -> None:
        if isinstance(state, int):
            self.counselor_filter.set_counselor(state)
            self.load()

    # -- showing ----------------------------------------------------------------------------

    def _session_text(self, moment: SessionMoment) -> str:
        return (
            self.tr("%1, with %2")
            .replace("%1", session_when_long(moment.instant, moment.time_zone))
            .replace("%2", moment.counselor_name)
        )

    def _show(self, d: HomeDigest) -> None:
        if d.last_session is None:
            self.last_label.setText(
                self.tr(
                    "No session yet. When you add your counselor and sessions, Companion counts "
                    "from your last one."
                )
            )
        else:
            ago = relative_day(d.last_session.starts_at.date(), d.today)
            self.last_label.setText(
                self.tr("Last session %1: %2")
                .replace("%1", ago)
                .replace("%2", self._session_text(d.last_session))
            )
        if d.next_session is None:
            self.next_label.setText(self.tr("No session planned."))
        else:
            when = relative_day(d.next_session.starts_at.date(), d.today)
            self.next_label.setText(
                self.tr("Next session %1: %2")
                .replace("%1", when)
                .replace("%2", self._session_text(d.next_session))
            )

        if d.entries_since == 0:
            self.entries_label.setText(self.tr("No entries since then. Whenever you like."))
        else:
            text = (
                self.tr("1 entry since then")
                if d.entries_since == 1
                else self.tr("%1 entries since then").replace("%1", str(d.entries_since))
            )
            if d.mood_low is not None and d.mood_high is not None:
                mood = (
                    self.tr("mood %1").replace("%1", str(d.mood_low))
                    if d.mood_low == d.mood_high
                    else self.tr("mood from %1 to %2")
                    .replace("%1", str(d.mood_low))
                    .replace("%2", str(d.mood_high))
                )
                text += ", " + mood
            self.entries_label.setText(text + ".")
        self.flagged_label.setText(
            self.tr("Nothing flagged for your next session.")
            if d.flagged_entries == 0
            else self.tr("%1 flagged for your next session.").replace(
                "%1",
                self.tr("1 entry")
                if d.flagged_entries == 1
                else self.tr("%1 entries").replace("%1", str(d.flagged_entries)),
            )
        )

        self.agenda_label.setText(
            self.tr("Your agenda is empty.")
            if d.open_agenda_items == 0
            else self.tr("%1 open on your agenda.").replace(
                "%1",
                self.tr("1 item")
                if d.open_agenda_items == 1
                else self.tr("%1 items").replace("%1", str(d.open_agenda_items)),
            )
        )
        if d.draft_feedback or d.ready_feedback:
            self.feedback_label.setText(
                self.tr("Feedback for your counselor: %1 draft, %2 ready to share.")
                .replace("%1", str(d.draft_feedback))
                .replace("%2", str(d.ready_feedback))
            )
        else:
            self.feedback_label.setText(self.tr("No open feedback notes."))
        self.goals_label.setText(
            self.tr("No goals touched since then.")
            if d.goals_touched == 0
            else self.tr("Goals touched since then: %1.").replace("%1", str(d.goals_touched))
        )
        self.after_button.setEnabled(d.last_session is not None)

    def _check_in(self) -> None:
        if self._unchecked is not None:
            self.checkInRequested.emit(self._unchecked)

    def _after_session(self) -> None:
        last = self.digest.last_session if self.digest else None
        self.afterSessionRequested.emit(last.session_id if last else None)
