"""Words and small widgets the Sessions dialogs and view share."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimeZone
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from companion.domain.counselors import Counselor
from companion.domain.enums import CounselorKind, SessionMode, SessionStatus
from companion.domain.sessions import DEFAULT_DURATION, Session
from companion.domain.time_zones import known_zone
from companion.domain.wording import tr_n
from companion.ui.formatting import date_field_format, time_field_format
from companion.ui.qt_dates import to_date as to_date
from companion.ui.qt_dates import to_qdate as to_qdate
from companion.ui.qt_dates import to_qtime as to_qtime
from companion.ui.qt_dates import to_time as to_time

#: The time a new session or schedule starts at until the client picks another.
DEFAULT_TIME = time(17, 0)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sessions", text)


def local_zone_name() -> str:
    """The IANA name of this computer's time zone (Qt knows it on every platform); UTC when
    Python's time zone data does not know that name."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name if known_zone(name) is not None else "UTC"


def mode_label(mode: SessionMode) -> str:
    return {
        SessionMode.IN_PERSON: _tr("In person"),
        SessionMode.VIDEO: _tr("Video call"),
        SessionMode.PHONE: _tr("Phone call"),
    }[SessionMode(mode)]


def kind_label(kind: CounselorKind) -> str:
    return {
        CounselorKind.INDIVIDUAL: _tr("Just me"),
        CounselorKind.COUPLES: _tr("Couples"),
        CounselorKind.FAMILY: _tr("Family"),
        CounselorKind.GROUP: _tr("Group"),
    }[CounselorKind(kind)]


def status_label(session: Session, now: datetime) -> str:
    """What became of a session, in words; a past one not marked yet says so gently."""
    if session.awaits_marking(now):
        return _tr("How did it go?")
    return {
        SessionStatus.PLANNED: _tr("Planned"),
        SessionStatus.ATTENDED: _tr("Attended"),
        SessionStatus.CANCELLED: _tr("Cancelled"),
        SessionStatus.MISSED: _tr("Missed"),
    }[session.status]


def duration_label(minutes: int) -> str:
    if minutes % 60 == 0 and minutes >= 60:
        hours = minutes // 60
        return tr_n("Sessions", "%n [hour|hours]", hours)
    return _tr("%1 min").replace("%1", str(minutes))


def mode_combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for mode in SessionMode:
        combo.addItem(mode_label(mode), mode.value)
    return combo


def duration_spin() -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(5, 480)
    spin.setSingleStep(5)
    spin.setValue(DEFAULT_DURATION)
    spin.setSuffix(_tr(" min"))
    spin.setAccessibleName(_tr("Length in minutes"))
    return spin


def date_edit(name: str) -> QDateEdit:
    """A date field with a calendar popup, showing the weekday."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_field_format(with_weekday=True))
    edit.setAccessibleName(name)
    return edit


def time_edit(name: str) -> QTimeEdit:
    """A clock time field, as the locale writes times."""
    edit = QTimeEdit()
    edit.setDisplayFormat(time_field_format())
    edit.setAccessibleName(name)
    return edit


def counselor_combo(counselors: list[Counselor], selected: int | None) -> QComboBox:
    """Active counselors (and ended ones, marked); ``selected`` chosen when it is there."""
    combo = QComboBox()
    combo.setAccessibleName(_tr("Counselor"))
    for c in counselors:
        label = c.label if c.active else _tr("%1 (ended)").replace("%1", c.label)
        combo.addItem(label, c.id)
    index = combo.findData(selected) if selected is not None else -1
    if index < 0:
        index = next((i for i, c in enumerate(counselors) if c.active), 0)
    combo.setCurrentIndex(index)
    return combo


def message_label() -> QLabel:
    """Where a dialog says what needs another look (read out by screen readers)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("formMessage")
    label.setStyleSheet("color: palette(link);")
    label.setAccessibleName(_tr("Message"))
    label.hide()
    return label


def save_cancel_buttons(dialog: QDialog, save: Callable[[], bool]) -> QDialogButtonBox:
    """Save and Cancel for ``dialog``: Save calls ``save`` (which closes the dialog when the
    input is good), Cancel closes it without saving."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def view_action(
    view: QWidget, text: str, keys: str | QKeySequence.StandardKey, slot: Callable[[], Any]
) -> QAction:
    """An action of ``view`` whose shortcut works wherever the focus is inside the view."""
    action = QAction(text, view)
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    view.addAction(action)
    return action
