"""Planning one session, or moving one to a new date and time."""

from __future__ import annotations

import contextlib
from datetime import UTC, date, datetime, timedelta

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from companion.domain.counselors import Counselor
from companion.domain.enums import SessionMode
from companion.domain.sessions import Session, SessionDraft
from companion.services.errors import CompanionError
from companion.services.sessions import SessionService
from companion.ui.formatting import planned_clock, session_when, zone_place
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


class SessionDialog(QDialog):
    """New session (``session`` None) or reschedule one; times are on the clock of
    ``time_zone``. ``session`` holds the stored result after :meth:`save`."""

    def __init__(
        self,
        sessions: SessionService,
        counselors: list[Counselor],
        *,
        time_zone: str,
        today: date,
        session: Session | None = None,
        counselor_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        # a session keeps the time zone it was planned in; new ones use the client's
        self._zone = session.time_zone if session else time_zone
        self._moving = session
        self.session: Session | None = None
        self.zone_hint: QLabel | None = None
        self.setWindowTitle(self.tr("Move session") if session else self.tr("Plan a session"))
        self.setMinimumWidth(380)

        chosen = session.counselor_id if session else counselor_id
        self.counselor_combo = counselor_combo(counselors, chosen)
        self.counselor_combo.setEnabled(session is None)
        self.date_edit = date_edit(self.tr("Date"))
        self.time_edit = time_edit(self.tr("Time"))
        self.duration_spin = duration_spin()
        self.mode_combo = mode_combo(self.tr("How you meet"))
        if session is not None:
            local = session.local_start
            self.date_edit.setDate(to_qdate(local.date()))
            self.time_edit.setTime(to_qtime(local.time()))
            self.duration_spin.setValue(session.duration_minutes)
            self.mode_combo.setCurrentIndex(self.mode_combo.findData(session.mode.value))
        else:
            self.date_edit.setDate(to_qdate(today + timedelta(days=7)))
            self.time_edit.setTime(to_qtime(DEFAULT_TIME))

        form = QFormLayout()  # addRow(text, field) makes the field the label's buddy
        form.addRow(self.tr("&Counselor"), self.counselor_combo)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("&Time"), self.time_edit)
        form.addRow(self.tr("&Length"), self.duration_spin)
        form.addRow(self.tr("&How"), self.mode_combo)
        self.message = message_label()
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        if session is not None:
            hint = QLabel(self.tr("The session is planned again at its new time."))
            hint.setWordWrap(True)
            layout.addWidget(hint)
            if planned_clock(session.starts_at, session.time_zone) is not None:
                zone_hint = QLabel(
                    self.tr(
                        "Date and time are on the clock of %1, where this session was planned "
                        "(now %2 here)."
                    )
                    .replace("%1", zone_place(session.time_zone))
                    .replace("%2", session_when(session.starts_at, ""))
                )
                zone_hint.setWordWrap(True)
                self.zone_hint = zone_hint
                layout.addWidget(zone_hint)
        layout.addLayout(form)
        if session is None:
            # a new session is on this computer's clock: say so when the counselor's
            # sessions so far were planned where the clock shows another time
            self.zone_hint = QLabel()
            self.zone_hint.setWordWrap(True)
            layout.addWidget(self.zone_hint)
            self.counselor_combo.currentIndexChanged.connect(self._show_zone_hint)
            self._show_zone_hint()
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.date_edit if session else self.counselor_combo).setFocus()

    def _show_zone_hint(self, *_args: object) -> None:
        assert self.zone_hint is not None
        counselor = self.counselor_combo.currentData()
        earlier = None
        if counselor is not None:
            now = datetime.now(UTC)
            with contextlib.suppress(CompanionError):
                earlier = self._sessions.last_attended(int(counselor), now) or next(
                    iter(self._sessions.upcoming(int(counselor), now, 1)), None
                )
        elsewhere = (
            earlier is not None
            and earlier.time_zone != self._zone
            and planned_clock(earlier.starts_at, earlier.time_zone) is not None
        )
        self.zone_hint.setVisible(elsewhere)
        if earlier is not None and elsewhere:
            self.zone_hint.setText(
                self.tr(
                    "Date and time are on this computer's clock. Sessions with this counselor "
                    "so far were planned in %1 time: the last one was at %2 here."
                )
                .replace("%1", zone_place(earlier.time_zone))
                .replace("%2", session_when(earlier.starts_at, ""))
            )

    def draft(self) -> SessionDraft:
        counselor = self.counselor_combo.currentData()
        return SessionDraft.at(
            int(counselor) if counselor is not None else 0,
            to_date(self.date_edit.date()),
            to_time(self.time_edit.time()),
            self._zone,
            self.duration_spin.value(),
            SessionMode(self.mode_combo.currentData()),
        )

    def save(self) -> bool:
        """Store and close; False (dialog open, message shown) on bad input."""
        try:
            draft = self.draft()
            if self._moving is None:
                self.session = self._sessions.plan(draft)
            else:
                self.session = self._sessions.reschedule(self._moving.id, draft)
        except LookupError:
            show_message(self.message, self.tr("This session is no longer in Companion."))
            return False
        except CompanionError as exc:
            show_message(self.message, str(exc))
            return False
        self.accept()
        return True
