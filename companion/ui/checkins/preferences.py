"""Check-in preferences kept in QSettings: the gentle signal on or off and its threshold."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from companion.domain.checkins import DEFAULT_THRESHOLD, RATING_MAX, RATING_MIN, clamp_threshold

THRESHOLD_KEY = "checkins/threshold"
SIGNAL_KEY = "checkins/signal"


class CheckInPreferences:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings()

    @property
    def threshold(self) -> int:
        """A rating at or below this is pointed out (0-10, default 6)."""
        return clamp_threshold(self._s.value(THRESHOLD_KEY, DEFAULT_THRESHOLD))

    @threshold.setter
    def threshold(self, value: int) -> None:
        self._s.setValue(THRESHOLD_KEY, clamp_threshold(value))

    @property
    def signal_enabled(self) -> bool:
        """Whether a low or lower-than-usual rating is pointed out after saving (default on)."""
        value = self._s.value(SIGNAL_KEY, True)
        return value not in (False, "false", "0", 0)

    @signal_enabled.setter
    def signal_enabled(self, on: bool) -> None:
        self._s.setValue(SIGNAL_KEY, bool(on))


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
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.signal_box)
        label = QLabel(self.tr("Count a rating as &low at or below"))
        label.setBuddy(self.threshold_spin)
        form.addRow(label, self.threshold_spin)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(hint, 0, Qt.AlignmentFlag.AlignTop)
        self.signal_box.toggled.connect(self._signal_toggled)
        self.threshold_spin.valueChanged.connect(self._threshold_changed)
        self.threshold_spin.setEnabled(self.signal_box.isChecked())

    def _signal_toggled(self, on: bool) -> None:
        self._prefs.signal_enabled = on
        self.threshold_spin.setEnabled(on)

    def _threshold_changed(self, value: int) -> None:
        self._prefs.threshold = value
