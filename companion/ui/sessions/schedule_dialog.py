"""Planning a recurring schedule: "every week on Tuesday at 17:00, for the next 3 months"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.domain.counselors import Counselor
from companion.domain.enums import SessionMode
from companion.domain.errors import InvalidInput
from companion.domain.sessions import SCHEDULE_MAX_MONTHS, Schedule, Session, add_months
from companion.domain.wording import tr_n
from companion.services.errors import CompanionError
from companion.services.sessions import SessionService
from companion.ui.formatting import session_when_long
from companion.ui.sessions.common import (
    DEFAULT_TIME,
    counselor_combo,
    date_edit,
    duration_spin,
    message_label,
    mode_combo,
    save_cancel_buttons,
    show_message,
    time_edit,
    to_date,
    to_qdate,
    to_qtime,
    to_time,
)

DEFAULT_MONTHS = 3


class ScheduleDialog(QDialog):
    """Creates the schedule and its sessions on Save; ``sessions`` holds them afterwards.
    The line under the form says how many sessions that makes and when, as you choose."""

    def __init__(
        self,
        sessions: SessionService,
        counselors: list[Counselor],
        *,
        time_zone: str,
        today: date,
        counselor_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._zone = time_zone
        self.sessions: list[Session] = []
        self.setWindowTitle(self.tr("Plan a schedule"))
        self.setMinimumWidth(440)

        self.counselor_combo = counselor_combo(counselors, counselor_id)
        self.interval_combo = QComboBox()
        self.interval_combo.setAccessibleName(self.tr("How often"))
        self.interval_combo.addItem(self.tr("Every week"), 1)
        self.interval_combo.addItem(self.tr("Every two weeks"), 2)
        self.interval_combo.addItem(self.tr("Every three weeks"), 3)
        self.interval_combo.addItem(self.tr("Every four weeks"), 4)
        self.weekday_combo = QComboBox()
        self.weekday_combo.setAccessibleName(self.tr("Day of the week"))
        locale = QLocale()
        for weekday in range(7):  # Monday=0, as the domain counts; Qt counts Monday=1
            self.weekday_combo.addItem(
                locale.dayName(weekday + 1, QLocale.FormatType.LongFormat), weekday
            )
        self.weekday_combo.setCurrentIndex(today.weekday())
        self.time_edit = time_edit(self.tr("Time"))
        self.time_edit.setTime(to_qtime(DEFAULT_TIME))
        self.duration_spin = duration_spin()
        self.mode_combo = mode_combo(self.tr("How you meet"))
        self.first_edit = date_edit(self.tr("Starting on"))
        self.first_edit.setDate(to_qdate(today))

        self.months_radio = QRadioButton(self.tr("For the next"))
        self.months_radio.setAccessibleName(self.tr("For a number of months"))
        self.months_spin = QSpinBox()
        self.months_spin.setRange(1, SCHEDULE_MAX_MONTHS)
        self.months_spin.setValue(DEFAULT_MONTHS)
        self.months_spin.setSuffix(self.tr(" months"))
        self.months_spin.setAccessibleName(self.tr("Number of months"))
        self.until_radio = QRadioButton(self.tr("Until"))
        self.until_radio.setAccessibleName(self.tr("Until a date"))
        self.until_edit = date_edit(self.tr("Last date"))
        self.until_edit.setDate(to_qdate(add_months(today, DEFAULT_MONTHS)))
        self.end_group = QButtonGroup(self)
        self.end_group.addButton(self.months_radio)
        self.end_group.addButton(self.until_radio)
        self.months_radio.setChecked(True)
        ends = QGridLayout()
        ends.setContentsMargins(0, 0, 0, 0)
        ends.addWidget(self.months_radio, 0, 0)
        ends.addWidget(self.months_spin, 0, 1)
        ends.addWidget(self.until_radio, 1, 0)
        ends.addWidget(self.until_edit, 1, 1)
        ends.setColumnStretch(1, 1)

        form = QFormLayout()  # addRow(text, field) makes the field the label's buddy
        form.addRow(self.tr("&Counselor"), self.counselor_combo)
        form.addRow(self.tr("&Repeats"), self.interval_combo)
        form.addRow(self.tr("&On"), self.weekday_combo)
        form.addRow(self.tr("&At"), self.time_edit)
        form.addRow(self.tr("&Length"), self.duration_spin)
        form.addRow(self.tr("&How"), self.mode_combo)
        form.addRow(self.tr("&Starting"), self.first_edit)
        form.addRow(self.tr("Ends"), ends)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Sessions this makes"))
        self.message = message_label()
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        for combo in (self.counselor_combo, self.interval_combo, self.weekday_combo):
            combo.currentIndexChanged.connect(self._update_summary)
        self.time_edit.timeChanged.connect(self._update_summary)
        self.first_edit.dateChanged.connect(self._update_summary)
        self.until_edit.dateChanged.connect(self._until_changed)
        self.months_spin.valueChanged.connect(self._months_changed)
        self.end_group.buttonToggled.connect(self._update_summary)
        self._update_summary()
        self.counselor_combo.setFocus()

    def _months_changed(self) -> None:
        self.months_radio.setChecked(True)
        self._update_summary()

    def _until_changed(self) -> None:
        self.until_radio.setChecked(True)
        self._update_summary()

    def schedule(self) -> Schedule:
        """The schedule as chosen (not validated yet)."""
        first = to_date(self.first_edit.date())
        if self.months_radio.isChecked():
            until = Schedule.until_for_months(first, self.months_spin.value())
        else:
            until = to_date(self.until_edit.date())
        counselor = self.counselor_combo.currentData()
        return Schedule(
            counselor_id=int(counselor) if counselor is not None else 0,
            weekday=int(self.weekday_combo.currentData()),
            start_time=to_time(self.time_edit.time()),
            time_zone=self._zone,
            first_date=first,
            until_date=until,
            interval_weeks=int(self.interval_combo.currentData()),
            duration_minutes=self.duration_spin.value(),
            mode=SessionMode(self.mode_combo.currentData()),
        )

    def _update_summary(self) -> None:
        try:
            starts = self.schedule().validated().occurrences()
        except InvalidInput as exc:
            self.summary.setText(str(exc))
            return
        first, last = (session_when_long(s, self._zone) for s in (starts[0], starts[-1]))
        if len(starts) == 1:
            text = self.tr("1 session, on %1.").replace("%1", first)
        else:
            text = tr_n(
                "ScheduleDialog",
                "%n [session|sessions], from %1 to %2.",
                len(starts),
                first,
                last,
            )
        self.summary.setText(text)

    def save(self) -> bool:
        """Store the schedule and its sessions and close; False on bad input."""
        try:
            _series, self.sessions = self._sessions.create_schedule(self.schedule())
        except CompanionError as exc:
            show_message(self.message, str(exc))
            return False
        self.accept()
        return True
