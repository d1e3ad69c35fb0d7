"""Check-in preferences: the gentle signal on or off, its threshold, and for how many days
after a session a check-in is offered (declared with the other settings in
:mod:`companion.ui.preferences`), and the widget the Settings dialog shows for them."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from companion.domain.checkins import NUDGE_DAYS_MAX, NUDGE_DAYS_MIN, RATING_MAX, RATING_MIN
from companion.ui.preferences import (
    CHECKIN_NUDGE_DAYS,
    CHECKIN_SIGNAL,
    CHECKIN_THRESHOLD,
    Preferences,
)
from companion.ui.style import SPACING


class CheckInPreferences:
    """The check-in settings of :data:`companion.ui.preferences.SETTINGS`, read and written
    through :class:`~companion.ui.preferences.Preferences` (a view of the same settings)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._prefs = Preferences(settings)

    @property
    def threshold(self) -> int:
        """A rating at or below this is pointed out (0-10, default 6)."""
        return self._prefs.read(CHECKIN_THRESHOLD)

    @threshold.setter
    def threshold(self, value: int) -> None:
        self._prefs.write(CHECKIN_THRESHOLD, value)

    @property
    def signal_enabled(self) -> bool:
        """Whether a low or lower-than-usual rating is pointed out after saving (default on)."""
        return self._prefs.read(CHECKIN_SIGNAL)

    @signal_enabled.setter
    def signal_enabled(self, on: bool) -> None:
        self._prefs.write(CHECKIN_SIGNAL, bool(on))

    @property
    def nudge_days(self) -> int:
        """For how many days after a session Home, Ctrl+K and the notes after a session offer
        a check-in on it (default 14)."""
        return self._prefs.read(CHECKIN_NUDGE_DAYS)

    @nudge_days.setter
    def nudge_days(self, days: int) -> None:
        self._prefs.write(CHECKIN_NUDGE_DAYS, days)


class CheckInSettingsWidget(QWidget):
    """The check-in settings, saved as soon as they change (for the Settings dialog)."""

    def __init__(
        self, parent: QWidget | None = None, preferences: CheckInPreferences | None = None
    ) -> None:
        super().__init__(parent)
        self._prefs = preferences or CheckInPreferences()
        self.signal_box = QCheckBox(
            self.tr("After a check-in, gently point out a rating that is low or lower than usual")
        )
        self.signal_box.setAccessibleName(self.tr("Point out low check-in ratings"))
        self.signal_box.setChecked(self._prefs.signal_enabled)
        self.threshold_spin = QSpinBox()
        self.threshold_spin.setRange(RATING_MIN, RATING_MAX)
        self.threshold_spin.setValue(self._prefs.threshold)
        self.threshold_spin.setSuffix(self.tr(" of 10"))
        self.threshold_spin.setMaximumWidth(120)
        self.threshold_spin.setAccessibleName(self.tr("A rating at or below this counts as low"))
        hint = QLabel(
            self.tr(
                "\u201cLower than usual\u201d compares only with your own earlier check-ins with "
                "the same counselor, once there are three of them."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.nudge_spin = QSpinBox()
        self.nudge_spin.setRange(NUDGE_DAYS_MIN, NUDGE_DAYS_MAX)
        self.nudge_spin.setValue(self._prefs.nudge_days)
        self.nudge_spin.setSuffix(self.tr(" days"))
        self.nudge_spin.setMaximumWidth(120)
        self.nudge_spin.setAccessibleName(
            self.tr("For how many days after a session a check-in is offered")
        )
        nudge_hint = QLabel(
            self.tr(
                "Home, Ctrl+K and the notes after a session offer a check-in only on your "
                "latest session with each counselor you still see, for this long after it."
            )
        )
        nudge_hint.setWordWrap(True)
        nudge_hint.setEnabled(False)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.signal_box)
        label = QLabel(self.tr("Count a rating as &low at or below"))
        label.setBuddy(self.threshold_spin)
        form.addRow(label, self.threshold_spin)
        nudge_form = QFormLayout()
        nudge_form.setContentsMargins(0, 0, 0, 0)
        nudge_label = QLabel(self.tr("Offer a check-in for &up to"))
        nudge_label.setBuddy(self.nudge_spin)
        nudge_form.addRow(nudge_label, self.nudge_spin)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(hint, 0, Qt.AlignmentFlag.AlignTop)
        layout.addSpacing(SPACING)
        layout.addLayout(nudge_form)
        layout.addWidget(nudge_hint, 0, Qt.AlignmentFlag.AlignTop)
        self.signal_box.toggled.connect(self._signal_toggled)
        self.threshold_spin.valueChanged.connect(self._threshold_changed)
        self.nudge_spin.valueChanged.connect(self._nudge_days_changed)
        self.threshold_spin.setEnabled(self.signal_box.isChecked())

    def _signal_toggled(self, on: bool) -> None:
        self._prefs.signal_enabled = on
        self.threshold_spin.setEnabled(on)

    def _threshold_changed(self, value: int) -> None:
        self._prefs.threshold = value

    def _nudge_days_changed(self, value: int) -> None:
        self._prefs.nudge_days = value
