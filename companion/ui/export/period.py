"""The period a summary covers: since the last session, between two sessions, or chosen
dates; and the days that choice stands for."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.sessions import Session
from companion.export.selection import PeriodChoice, PeriodKind, SummaryPeriod
from companion.ui.formatting import date_field_format, day_text, session_when
from companion.ui.qt_dates import to_date
from companion.ui.reflow import let_shrink
from companion.ui.style import INDENT


class PeriodChooser(QWidget):
    """Three ways to choose the period. ``changed`` says the client chose another one (not
    while the sessions are filled in or a period is set from code)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self.since_last = QRadioButton(self.tr("Since the last session"))
        self.between = QRadioButton(self.tr("Between two sessions"))
        self.custom = QRadioButton(self.tr("Chosen dates"))
        self._group = QButtonGroup(self)
        for index, button in enumerate((self.since_last, self.between, self.custom)):
            self._group.addButton(button, index)
            button.setAccessibleName(button.text().replace("&", ""))
        self.since_last.setChecked(True)
        self.first_session = QComboBox()
        self.first_session.setAccessibleName(self.tr("First session"))
        self.second_session = QComboBox()
        self.second_session.setAccessibleName(self.tr("Second session"))
        self.start = QDateEdit()
        self.start.setCalendarPopup(True)
        self.start.setAccessibleName(self.tr("First day"))
        self.end = QDateEdit()
        self.end.setCalendarPopup(True)
        self.end.setAccessibleName(self.tr("Last day"))
        for combo in (self.first_session, self.second_session):
            let_shrink(combo, 12)  # a session's date and counselor end in "…" when narrow
        for edit in (self.start, self.end):
            edit.setDisplayFormat(date_field_format())
        today = QDate.currentDate()
        self.start.setDate(today.addDays(-27))
        self.end.setDate(today)
        self._days = QLabel()
        self._days.setWordWrap(True)
        self._layout()

        self._group.idToggled.connect(self._toggled)
        for combo in (self.first_session, self.second_session):
            combo.currentIndexChanged.connect(self._edited)
        self.start.dateChanged.connect(self._edited)
        self.end.dateChanged.connect(self._edited)

    def _layout(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.since_last)
        column.addWidget(self.between)
        column.addLayout(self._indented(self.first_session, self.second_session))
        column.addWidget(self.custom)
        column.addLayout(self._indented(self.start, self.end))
        column.addWidget(self._days)

    def _indented(self, first: QWidget, second: QWidget) -> QHBoxLayout:
        """``first`` to ``second``, under their radio button."""
        row = QHBoxLayout()
        row.setContentsMargins(INDENT, 0, 0, 0)
        row.addWidget(first, 1)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(second, 1)
        return row

    def fill_sessions(self, sessions: list[Session]) -> None:
        """Offer the counselor's past sessions (newest first) for "between two sessions"."""
        self._filling = True
        for combo in (self.first_session, self.second_session):
            combo.clear()
            for session in sessions:
                combo.addItem(session_when(session.starts_at, session.time_zone), session.id)
        if len(sessions) > 1:
            self.first_session.setCurrentIndex(1)
        self._filling = False
        self.between.setEnabled(len(sessions) > 1)
        self._enable_fields()

    def _enable_fields(self) -> None:
        between = self.between.isChecked()
        custom = self.custom.isChecked()
        self.first_session.setEnabled(between)
        self.second_session.setEnabled(between)
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._enable_fields()
            self._edited()

    def _edited(self) -> None:
        if not self._filling:
            self.changed.emit()

    def choice(self) -> PeriodChoice:
        if self.between.isChecked():
            return PeriodChoice(
                PeriodKind.BETWEEN_SESSIONS,
                first_session_id=self.first_session.currentData(),
                second_session_id=self.second_session.currentData(),
            )
        if self.custom.isChecked():
            return PeriodChoice(
                PeriodKind.CUSTOM,
                start=to_date(self.start.date()),
                end=to_date(self.end.date()),
            )
        return PeriodChoice()

    def set_choice(self, choice: PeriodChoice) -> None:
        """Set the controls to ``choice`` (``changed`` only when the kind changes)."""
        self._filling = True
        if choice.kind is PeriodKind.CUSTOM and choice.start and choice.end:
            self.start.setDate(QDate(choice.start.year, choice.start.month, choice.start.day))
            self.end.setDate(QDate(choice.end.year, choice.end.month, choice.end.day))
        self._filling = False
        {
            PeriodKind.SINCE_LAST_SESSION: self.since_last,
            PeriodKind.BETWEEN_SESSIONS: self.between,
            PeriodKind.CUSTOM: self.custom,
        }[choice.kind].setChecked(True)

    def show_days(self, period: SummaryPeriod) -> None:
        """Say which days the chosen period stands for, e.g. "3 Mar 2026 to 31 Mar 2026"."""
        self._days.setText(
            self.tr("%1 to %2")
            .replace("%1", day_text(period.start))
            .replace("%2", day_text(period.end))
        )
