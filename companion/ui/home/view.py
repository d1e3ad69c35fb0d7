"""Home: the next session and whether the agenda is ready, how the sessions felt lately, the
mood since the last session, the latest entries, what is still open, and the one or two
things worth doing now; a warm welcome with the first steps for a new profile."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from companion.domain.changes import Area, Changes
from companion.domain.checkin_points import latest_checkin
from companion.domain.checkins import CORE_QUALITIES
from companion.domain.home import (
    HomeDigest,
    NextStep,
    RecentEntry,
    SessionMoment,
    Step,
    next_steps,
)
from companion.domain.wording import tr_n
from companion.services.errors import CompanionError
from companion.services.home import HomeService
from companion.services.profile import UnlockedProfile
from companion.ui.checkins.preferences import CheckInPreferences
from companion.ui.counselor_filter import CounselorFilter
from companion.ui.formatting import date_text, relative_day, session_time, session_when_long
from companion.ui.home.sparkline import Sparkline
from companion.ui.reflow import scrolling, tab_in_layout_order
from companion.ui.style import (
    PAGE_MARGINS,
    PANE_MARGINS,
    SPACING,
    SPACING_LARGE,
    SPACING_SMALL,
    Text,
    set_text,
)
from companion.ui.theme import LINK_STYLE

# From this width on the cards stand in three columns, below it in two.
WIDE = 1400

# Set on each row button itself: a style sheet on the whole of Home made Qt re-style every
# widget of it while the window was built (about 0.03 s of the start-up).
_ROW_STYLE = """
QPushButton[homeRow="true"] { text-align: left; border: none; border-radius: 6px;
                              padding: 5px 8px; background: transparent; }
QPushButton[homeRow="true"]:hover { background: palette(alternate-base); }
QPushButton[homeRow="true"]:focus { border: 1px solid palette(highlight); }
"""


class _Card(QFrame):
    """A rounded panel in the field colour with a quiet edge (drawn, not style-sheeted)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)


def _card(title: str) -> tuple[QFrame, QVBoxLayout, QLabel]:
    frame = _Card()
    frame.setObjectName("card")
    frame.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(PANE_MARGINS)
    layout.setSpacing(SPACING_SMALL)
    heading = QLabel(title)
    heading.setWordWrap(True)
    set_text(heading, Text.HEADING)
    layout.addWidget(heading)
    return frame, layout, heading


def _line(*, quiet: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if quiet:
        label.setObjectName("homeQuiet")
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _styled(label: QLabel, text: Text) -> QLabel:
    set_text(label, text)
    return label


class RowButton(QPushButton):
    """One line of a list on Home (an entry, a note, a goal) that opens it; long text is
    cut with an ellipsis to the width there is, the whole of it in the tooltip."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("homeRow", True)
        self.setStyleSheet(_ROW_STYLE)
        self.setProperty("elides", True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setToolTip(text)
        self.setText(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        option = QStyleOptionButton()
        self.initStyleOption(option)
        room = max(self.width() - 20, 20)
        option.text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room)
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)


class HomeView(QWidget):
    """The first area. Its buttons ask the window to switch areas."""

    writeEntryRequested = Signal()
    agendaRequested = Signal()
    afterSessionRequested = Signal(object)  # session id or None
    sessionsRequested = Signal()
    checkInRequested = Signal(int)  # session id
    entryRequested = Signal(int)  # a journal entry to open
    areaRequested = Signal(str)  # an area's key ("goals", "feedback", "insights"…)
    planSessionRequested = Signal()
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
        self.digest: HomeDigest | None = None
        self.steps: list[NextStep] = []
        self._columns = 0

        self.title = _styled(QLabel(self.tr("Since your last session")), Text.TITLE)
        self.title.setWordWrap(True)
        self.counselor_filter = CounselorFilter(profile.counselors)
        self.counselor_filter.counselorChanged.connect(lambda _c: self.load())
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.counselor_filter, 0, Qt.AlignmentFlag.AlignTop)

        self.welcome = self._build_welcome()
        self.now_card = self._build_steps_card()
        self.cards = [
            self._build_next_card(),
            self._build_relationship_card(),
            self._build_entries_card(),
            self._build_mood_card(),
            self._build_open_card(),
        ]
        self.grid = QGridLayout()
        self.grid.setSpacing(SPACING_LARGE)
        self.grid.setContentsMargins(0, 0, 0, 0)
        # "Now" is a strip above the cards, as tall as its one or two lines: in the grid it
        # stretched to the height of its neighbour and was mostly empty.
        self.dashboard = QWidget()
        dashboard = QVBoxLayout(self.dashboard)
        dashboard.setContentsMargins(0, 0, 0, 0)
        dashboard.setSpacing(SPACING_LARGE)
        dashboard.addWidget(self.now_card)
        dashboard.addLayout(self.grid, 1)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Home message"))

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(PAGE_MARGINS)
        inner.setSpacing(SPACING_LARGE)
        inner.addLayout(header)
        inner.addWidget(self.welcome, 0, Qt.AlignmentFlag.AlignTop)
        inner.addWidget(self.dashboard, 1)
        inner.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(content))
        self._content = content
        self._arrange(2)

    # -- building -----------------------------------------------------------------------------

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _link(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = self._button(text, slot)
        button.setProperty("link", True)
        button.setStyleSheet(LINK_STYLE)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def _build_welcome(self) -> QFrame:
        frame, layout, heading = _card(self.tr("Welcome to Companion"))
        set_text(heading, Text.TITLE)
        intro = _line()
        intro.setText(
            self.tr(
                "This is your private space between counseling sessions: to note what moves "
                "you, to prepare what you want to bring, and to see how the sessions feel over "
                "time. Everything stays encrypted on this computer."
            )
        )
        layout.addWidget(intro)
        layout.addSpacing(SPACING)
        steps = QGridLayout()
        steps.setHorizontalSpacing(SPACING_LARGE)
        steps.setVerticalSpacing(SPACING)
        self.welcome_counselor_button = self._button(
            self.tr("Add your counselor"), lambda: self.areaRequested.emit("sessions")
        )
        self.welcome_write_button = self._button(
            self.tr("Write your first entry"), self.writeEntryRequested.emit
        )
        self.welcome_goals_button = self._button(
            self.tr("Note your hopes"), lambda: self.areaRequested.emit("goals")
        )
        rows = (
            (
                self.welcome_counselor_button,
                self.tr("Add the counselor you see, then plan your sessions or import them."),
            ),
            (
                self.welcome_write_button,
                self.tr("A few lines about how you are. Nobody else reads them."),
            ),
            (
                self.welcome_goals_button,
                self.tr("What do you hope counseling will change? You can share it when ready."),
            ),
        )
        for row, (button, text) in enumerate(rows):
            number = _styled(QLabel(f"{row + 1}"), Text.HEADING)
            label = _line()
            label.setText(text)
            steps.addWidget(number, row, 0, Qt.AlignmentFlag.AlignTop)
            steps.addWidget(label, row, 1)
            steps.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
        steps.setColumnStretch(1, 1)
        layout.addLayout(steps)
        layout.addStretch(1)
        frame.setMaximumWidth(860)
        return frame

    def _build_next_card(self) -> QFrame:
        frame, layout, _heading = _card(self.tr("Next session"))
        self.next_when = _styled(_line(), Text.TITLE)
        self.next_label = _line()
        self.agenda_label = _line()
        self.agenda_items_label = _line(quiet=True)
        self.last_label = _line(quiet=True)
        for label in (self.next_when, self.next_label, self.agenda_label, self.agenda_items_label):
            layout.addWidget(label)
        # the agenda lines not in the preview: how many, and a way to them
        self.agenda_more_button = self._link("", self.agendaRequested.emit)
        layout.addWidget(self.agenda_more_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        layout.addWidget(self.last_label)
        buttons = QHBoxLayout()
        self.agenda_button = self._button(self.tr("Open the agenda"), self.agendaRequested.emit)
        self.sessions_button = self._button(self.tr("All sessions"), self.sessionsRequested.emit)
        buttons.addWidget(self.agenda_button)
        buttons.addWidget(self.sessions_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return frame

    def _build_steps_card(self) -> QFrame:
        frame, layout, _heading = _card(self.tr("Now"))
        self.checkin_label = _line()
        self.checkin_button = self._button(self.tr("Check in"), self._check_in)
        self.checkin_button.setToolTip(
            self.tr("How heard, respected and supported did you feel? (under a minute)")
        )
        self.after_label = _line()
        self.after_button = self._button(self.tr("Notes after the session"), self._after_session)
        self.prepare_label = _line()
        self.prepare_button = self._button(self.tr("Plan what to bring"), self.agendaRequested.emit)
        self.plan_label = _line()
        self.plan_button = self._button(
            self.tr("Plan your next session"), self.planSessionRequested.emit
        )
        self.write_label = _line()
        self.write_button = self._button(self.tr("Write an entry"), self.writeEntryRequested.emit)
        self.write_button.setToolTip(self.tr("Ctrl+N"))
        self.counselor_label = _line()
        self.counselor_button = self._button(
            self.tr("Add your counselor"), lambda: self.areaRequested.emit("sessions")
        )
        self.step_widgets: dict[Step, tuple[QLabel, QPushButton]] = {
            Step.ADD_COUNSELOR: (self.counselor_label, self.counselor_button),
            Step.CHECK_IN: (self.checkin_label, self.checkin_button),
            Step.AFTER_SESSION: (self.after_label, self.after_button),
            Step.PREPARE_AGENDA: (self.prepare_label, self.prepare_button),
            Step.PLAN_SESSION: (self.plan_label, self.plan_button),
            Step.WRITE_ENTRY: (self.write_label, self.write_button),
        }
        # one line a step: what and why on the left, the button to it on the right
        self.steps_layout = QGridLayout()
        self.steps_layout.setHorizontalSpacing(SPACING_LARGE)
        self.steps_layout.setVerticalSpacing(SPACING)
        self.steps_layout.setColumnStretch(0, 1)
        layout.addLayout(self.steps_layout)
        self.calm_label = _line(quiet=True)
        self.calm_label.setText(
            self.tr("Nothing needs doing now. Whenever you like, write a few lines.")
        )
        self.calm_write_button = self._link(
            self.tr("Write an entry"), self.writeEntryRequested.emit
        )
        calm = QHBoxLayout()
        calm.setSpacing(SPACING_LARGE)
        calm.addWidget(self.calm_label, 1)
        calm.addWidget(self.calm_write_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(calm)
        frame.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        return frame

    def _build_relationship_card(self) -> QFrame:
        frame, layout, _heading = _card(self.tr("How the sessions felt"))
        self.relationship_line = Sparkline()
        self.relationship_line.setAccessibleName(self.tr("How the sessions felt"))
        self.relationship_label = _line()
        self.relationship_range_label = _line(quiet=True)
        layout.addWidget(self.relationship_line, 1)
        layout.addWidget(self.relationship_label)
        layout.addWidget(self.relationship_range_label)
        self.insights_button = self._link(
            self.tr("More in Insights"), lambda: self.areaRequested.emit("insights")
        )
        layout.addWidget(self.insights_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return frame

    def _build_mood_card(self) -> QFrame:
        frame, layout, self.mood_heading = _card(self.tr("Mood since your last session"))
        self.mood_line = Sparkline()
        self.mood_line.setAccessibleName(self.tr("Mood since your last session"))
        self.entries_label = _line()
        self.flagged_label = _line(quiet=True)
        layout.addWidget(self.mood_line, 1)
        layout.addWidget(self.entries_label)
        layout.addWidget(self.flagged_label)
        layout.addStretch(1)
        return frame

    def _build_entries_card(self) -> QFrame:
        frame, layout, _heading = _card(self.tr("Recent entries"))
        self.entry_rows = QVBoxLayout()
        self.entry_rows.setSpacing(0)
        self.entry_buttons: list[RowButton] = []
        self.no_entries_label = _line(quiet=True)
        self.no_entries_label.setText(
            self.tr("Nothing written yet. Whatever is on your mind is a good start.")
        )
        layout.addLayout(self.entry_rows)
        layout.addWidget(self.no_entries_label)
        layout.addStretch(1)
        self.journal_button = self._link(self.tr("Write an entry"), self.writeEntryRequested.emit)
        self.journal_button.setToolTip(self.tr("Ctrl+N"))
        layout.addWidget(self.journal_button, 0, Qt.AlignmentFlag.AlignLeft)
        return frame

    def _build_open_card(self) -> QFrame:
        frame, layout, _heading = _card(self.tr("Still open"))
        self.feedback_label = _line()
        self.feedback_rows = QVBoxLayout()
        self.feedback_rows.setSpacing(0)
        self.goals_label = _line()
        self.goal_rows = QVBoxLayout()
        self.goal_rows.setSpacing(0)
        self.open_buttons: list[RowButton] = []
        layout.addWidget(self.feedback_label)
        layout.addLayout(self.feedback_rows)
        layout.addSpacing(SPACING_SMALL)
        layout.addWidget(self.goals_label)
        layout.addLayout(self.goal_rows)
        layout.addStretch(1)
        links = QHBoxLayout()
        self.feedback_button = self._link(
            self.tr("Feedback"), lambda: self.areaRequested.emit("feedback")
        )
        self.goals_button = self._link(self.tr("Goals"), lambda: self.areaRequested.emit("goals"))
        links.addWidget(self.feedback_button)
        links.addWidget(self.goals_button)
        links.addStretch(1)
        layout.addLayout(links)
        return frame

    # -- layout -------------------------------------------------------------------------------

    def _arrange(self, columns: int) -> None:
        """The cards in two columns (three rows) or three columns (two rows); the last card
        takes the columns left over in its row."""
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for index, card in enumerate(self.cards):
            row, column = divmod(index, columns)
            span = columns - column if index == len(self.cards) - 1 else 1
            self.grid.addWidget(card, row, column, 1, span)
        for column in range(3):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        rows = (len(self.cards) + columns - 1) // columns
        for row in range(3):
            self.grid.setRowStretch(row, 1 if row < rows else 0)
        tab_in_layout_order(self._content)  # Tab goes through the cards as they are now

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(3 if event.size().width() >= WIDE else 2)

    # -- area view protocol -------------------------------------------------------------------

    def load(self) -> None:
        self.counselor_filter.reload()
        self.counselor_filter.setVisible(self.counselor_filter.count() > 1)
        try:
            self.digest = self._home.digest(
                self.counselor_filter.counselor_id(), CheckInPreferences().nudge_days
            )
        except CompanionError as exc:
            self.message.setText(str(exc))
            return
        self.message.clear()
        self._show(self.digest)

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

    # -- showing ------------------------------------------------------------------------------

    def _show(self, d: HomeDigest) -> None:
        fresh = not d.has_anything
        self.welcome.setVisible(fresh)
        self.dashboard.setVisible(not fresh)
        self.title.setVisible(not fresh)  # the welcome card has its own heading
        self._show_sessions(d)
        self._show_steps(d)
        self._show_relationship(d)
        self._show_mood(d)
        self._show_entries(d)
        self._show_open(d)
        tab_in_layout_order(self._content)

    def _show_sessions(self, d: HomeDigest) -> None:
        if d.next_session is None:
            self.next_when.setText(self.tr("No session planned"))
            self.next_label.setText(
                self.tr("When you have a date, add it here to prepare for it.")
                if d.has_counselor
                else self.tr("Add your counselor to plan your sessions.")
            )
        else:
            moment = d.next_session
            self.next_when.setText(session_when_long(moment.instant, moment.time_zone))
            self.next_label.setText(
                self.tr("with %1, %2")
                .replace("%1", moment.counselor_name)
                .replace("%2", relative_day(moment.starts_at.date(), d.today))
            )
        things = d.open_agenda_items
        self.agenda_label.setText(
            str(tr_n("HomeView", "%n [thing|things] to bring.", things))
            if things
            else self.tr("Nothing on the agenda yet.")
        )
        self.agenda_button.setText(
            self.tr("Open the agenda") if things else self.tr("Add to the agenda")
        )
        self.agenda_items_label.setText("\n".join(f"• {text}" for text in d.agenda_preview))
        self.agenda_items_label.setVisible(bool(d.agenda_preview))
        more = things - len(d.agenda_preview)
        self.agenda_more_button.setVisible(bool(d.agenda_preview) and more > 0)
        if more > 0:
            self.agenda_more_button.setText(tr_n("HomeView", "…and %n more in the agenda", more))
        if d.last_session is None:
            self.last_label.setText(self.tr("No session yet."))
        else:
            self.last_label.setText(
                self.tr("Last session %1, with %2")
                .replace("%1", relative_day(d.last_session.starts_at.date(), d.today))
                .replace("%2", d.last_session.counselor_name)
            )
            self.last_label.setToolTip(self._session_text(d.last_session))

    def _session_text(self, moment: SessionMoment) -> str:
        return (
            self.tr("%1, with %2")
            .replace("%1", session_when_long(moment.instant, moment.time_zone))
            .replace("%2", moment.counselor_name)
        )

    def _step_text(self, step: NextStep, d: HomeDigest) -> str:
        session = step.session
        when = relative_day(session.starts_at.date(), d.today) if session is not None else ""
        name = session.counselor_name if session is not None else ""
        if step.step is Step.CHECK_IN and session is not None:
            return (
                self.tr("How did your session with %1 on %2 feel? A check-in takes under a minute.")
                .replace("%1", name)
                .replace("%2", date_text(session.instant))
            )
        if step.step is Step.AFTER_SESSION:
            return (
                self.tr(
                    "Your session with %1 was %2. Note what you took from it while it is fresh."
                )
                .replace("%1", name)
                .replace("%2", when)
            )
        if step.step is Step.PREPARE_AGENDA and session is not None:
            return (
                self.tr("Your session with %1 is %2, at %3. What would you like to bring?")
                .replace("%1", name)
                .replace("%2", when)
                .replace("%3", session_time(session.instant, session.time_zone))
            )
        if step.step is Step.PLAN_SESSION:
            return self.tr("No next session planned yet. When do you see your counselor again?")
        if step.step is Step.ADD_COUNSELOR:
            return self.tr("Add the counselor you see, then plan your sessions.")
        if d.last_session is None:
            return self.tr("Nothing written lately. A few lines are enough.")
        return self.tr("Nothing written since your last session. A few lines are enough.")

    def _show_steps(self, d: HomeDigest) -> None:
        self.steps = next_steps(d)
        while self.steps_layout.count():
            self.steps_layout.takeAt(0)
        for label, button in self.step_widgets.values():
            label.hide()
            button.hide()
        for row, step in enumerate(self.steps):
            label, button = self.step_widgets[step.step]
            label.setText(self._step_text(step, d))
            self.steps_layout.addWidget(label, row, 0)
            self.steps_layout.addWidget(button, row, 1, Qt.AlignmentFlag.AlignVCenter)
            label.show()
            button.show()
        self.calm_label.setVisible(not self.steps)
        self.calm_write_button.setVisible(not self.steps)
        # Writing is offered once on Home: by "Now" when it offers it, else under the entries.
        self.journal_button.setVisible(not self.writing_offered)

    @property
    def writing_offered(self) -> bool:
        """Whether the "Now" strip offers to write an entry (a step, or the calm link)."""
        return not self.steps or any(s.step is Step.WRITE_ENTRY for s in self.steps)

    def _show_relationship(self, d: HomeDigest) -> None:
        line = d.relationship_line()
        band = d.relationship_range()
        self.relationship_line.set_values(
            line, band=None if band is None else (band.low, band.high)
        )
        self.relationship_line.setVisible(bool(line))
        latest = latest_checkin(d.checkins)
        if latest is None:
            self.relationship_label.setText(
                self.tr(
                    "After a few check-ins you will see here how heard, respected and "
                    "supported you felt in your sessions."
                )
            )
        else:
            names = {
                CORE_QUALITIES[0]: self.tr("heard %1"),
                CORE_QUALITIES[1]: self.tr("respected %1"),
                CORE_QUALITIES[2]: self.tr("supported %1"),
            }
            parts = [
                text.replace("%1", str(value))
                for key, text in names.items()
                if (value := latest.rating(key)) is not None
            ]
            self.relationship_label.setText(
                self.tr("Last check-in: %1.").replace(
                    "%1", ", ".join(parts) if parts else self.tr("no core ratings")
                )
            )
        self.relationship_range_label.setVisible(band is not None)
        if band is not None:
            self.relationship_range_label.setText(
                tr_n(
                    "HomeView",
                    "Usual range over the last %n [check-in|check-ins]: %1 to %2 (shaded).",
                    len(line),
                    f"{band.low:.0f}",
                    f"{band.high:.0f}",
                )
            )
        self.relationship_line.setToolTip(
            self.relationship_label.text() + "\n" + self.relationship_range_label.text()
            if band is not None
            else self.relationship_label.text()
        )
        self.insights_button.setVisible(bool(line))

    def _show_mood(self, d: HomeDigest) -> None:
        self.mood_heading.setText(
            self.tr("Mood since your last session")
            if d.last_session is not None
            else self.tr("Mood over the last 30 days")
        )
        first = d.since.date()
        self.mood_line.set_values(
            [m.mood for m in d.moods],
            xs=[float((m.day - first).days) for m in d.moods],
        )
        self.mood_line.setVisible(bool(d.moods))
        if d.entries_since == 0:
            self.entries_label.setText(self.tr("No entries since then. Whenever you like."))
        else:
            text = tr_n("HomeView", "%n [entry|entries] since then", d.entries_since)
            if d.mood_low is not None and d.mood_high is not None:
                mood = (
                    self.tr("mood %1").replace("%1", str(d.mood_low))
                    if d.mood_low == d.mood_high
                    # the lowest and the highest mood, not the first and the latest
                    else self.tr("mood between %1 and %2")
                    .replace("%1", str(d.mood_low))
                    .replace("%2", str(d.mood_high))
                )
                text += ", " + mood
            self.entries_label.setText(text + ".")
        self.mood_line.setToolTip(self.entries_label.text())
        self.flagged_label.setText(
            self.tr("Nothing flagged for your next session.")
            if d.flagged_entries == 0
            else tr_n(
                "HomeView",
                "%n [entry|entries] flagged for your next session.",
                d.flagged_entries,
            )
        )

    def _entry_text(self, entry: RecentEntry, d: HomeDigest) -> str:
        days = (d.today - entry.created_at.date()).days
        when = (
            relative_day(entry.created_at.date(), d.today)
            if days < 7
            else date_text(entry.created_at)
        )
        what = entry.title or entry.preview or self.tr("(empty entry)")
        parts = [when[:1].upper() + when[1:], what]
        if entry.mood is not None:
            parts.append(self.tr("mood %1").replace("%1", str(entry.mood)))
        if entry.bring_to_session:
            parts.append(self.tr("for the next session"))
        return " · ".join(parts)

    @staticmethod
    def _clear(layout: QVBoxLayout, buttons: list[RowButton]) -> None:
        for button in buttons:
            layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        buttons.clear()

    def _show_entries(self, d: HomeDigest) -> None:
        self._clear(self.entry_rows, self.entry_buttons)
        for entry in d.recent_entries:
            button = RowButton(self._entry_text(entry, d))
            button.clicked.connect(
                lambda _checked=False, i=entry.entry_id: self.entryRequested.emit(i)
            )
            self.entry_rows.addWidget(button)
            button.show()  # now, not when the layout gets round to it
            self.entry_buttons.append(button)
        self.no_entries_label.setVisible(not d.recent_entries)

    def _show_open(self, d: HomeDigest) -> None:
        for layout in (self.feedback_rows, self.goal_rows):
            mine = [b for b in self.open_buttons if layout.indexOf(b) >= 0]
            self._clear(layout, mine)
        self.open_buttons.clear()
        if d.draft_feedback or d.ready_feedback:
            self.feedback_label.setText(
                self.tr("Feedback for your counselor: %1, %2.")
                .replace("%1", tr_n("HomeView", "%n [draft|drafts]", d.draft_feedback))
                .replace("%2", tr_n("HomeView", "%n ready to share", d.ready_feedback))
            )
        else:
            self.feedback_label.setText(self.tr("No open feedback notes."))
        for note in d.open_feedback:
            state = self.tr("ready to share") if note.ready else self.tr("draft")
            text = (note.preview or self.tr("(empty note)")) + " · " + state
            self._open_row(self.feedback_rows, text, "feedback")
        self.goals_label.setText(
            self.tr("No goals touched since then.")
            if d.goals_touched == 0
            else self.tr("Goals touched since then: %1.").replace("%1", str(d.goals_touched))
        )
        for goal in d.touched_goals:
            text = goal.title
            if goal.rating is not None:
                text += " · " + self.tr("%1 of 10").replace("%1", str(goal.rating))
            self._open_row(self.goal_rows, text, "goals")

    def _open_row(self, layout: QVBoxLayout, text: str, area: str) -> None:
        button = RowButton(text)
        button.clicked.connect(lambda _checked=False: self.areaRequested.emit(area))
        layout.addWidget(button)
        button.show()
        self.open_buttons.append(button)

    # -- acting -------------------------------------------------------------------------------

    def _due(self, step: Step) -> SessionMoment | None:
        return next((s.session for s in self.steps if s.step is step), None)

    def _check_in(self) -> None:
        session = self._due(Step.CHECK_IN)
        if session is not None:
            self.checkInRequested.emit(session.session_id)

    def _after_session(self) -> None:
        last = self.digest.last_session if self.digest else None
        self.afterSessionRequested.emit(last.session_id if last else None)
