"""Opt-in reminders while Companion runs: the day before a session (prepare the agenda) and
after it (write notes, then check in). The text never contains anything private: no names,
no notes. After a session with a counselor the client has ended with, nothing is offered."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from companion.domain.home import SessionMoment
from companion.ui.preferences import Preferences

CHECK_EVERY_MS = 60_000
#: "The day before": from this long before a session starts.
BEFORE = timedelta(hours=24)
#: After a session: once it has (most likely) ended, for up to a day.
AFTER_START = timedelta(minutes=60)
AFTER_WINDOW = timedelta(hours=24)

SessionsBetween = Callable[[datetime, datetime], list[SessionMoment]]


class Reminders(QObject):
    """Checks every minute; emits ``remind(kind, text)`` with kind "before" or "after"."""

    remind = Signal(str, str)

    def __init__(
        self,
        sessions_between: SessionsBetween,
        prefs: Preferences,
        parent: QObject | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now().astimezone(),
    ) -> None:
        super().__init__(parent)
        self._sessions_between = sessions_between
        self._prefs = prefs
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        #: The session of the latest "after" reminder (its notes and check-in open on click).
        self.after_session_id: int | None = None

    def start(self) -> None:
        self._timer.start()
        QTimer.singleShot(0, self.check)

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> list[str]:
        """Emit what is due now; returns the kinds emitted (for tests)."""
        before, after = self._prefs.remind_before_session, self._prefs.remind_after_session
        if not (before or after):
            return []
        now = self._clock()
        shown = self._prefs.reminded()
        emitted = []
        window = self._sessions_between(now - AFTER_WINDOW, now + BEFORE)
        for moment in window:
            start = moment.starts_at.astimezone()  # naive local wall-clock -> aware local
            if before and now < start <= now + BEFORE:
                key = f"before:{moment.session_id}"
                if key not in shown:
                    shown.append(key)
                    emitted.append("before")
                    self.remind.emit("before", self._before_text(start, now))
            if (
                after
                and moment.counselor_active
                and start + AFTER_START <= now < start + AFTER_WINDOW
            ):
                key = f"after:{moment.session_id}"
                if key not in shown:
                    shown.append(key)
                    emitted.append("after")
                    self.after_session_id = moment.session_id
                    self.remind.emit(
                        "after",
                        self.tr(
                            "How did your session go? A few notes now can help you remember "
                            "what mattered."
                        ),
                    )
        if emitted:
            self._prefs.set_reminded(shown)
        return emitted

    def _before_text(self, start: datetime, now: datetime) -> str:
        same_day = start.date() == now.date()
        return (
            self.tr("You have a session later today. Would you like to look at your agenda?")
            if same_day
            else self.tr("You have a session tomorrow. Would you like to prepare your agenda?")
        )
