"""The "Insights" area: charts of the relationship check-ins, mood, journaling and goals.

A period (last 3 or 12 months, everything, or chosen dates) and a counselor choice at the top
apply to every chart. Each chart has its own tab, a "Show as table" toggle with the same
numbers as text (for screen readers and for anyone who prefers numbers) and "Save as image…".
Charts follow the app's light or dark theme. matplotlib is imported when this view is built,
and only the chart in view is drawn; the others are drawn when their tab is opened.
"""

from __future__ import annotations

import contextlib
import logging
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAccessible, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.domain.changes import Area, Changes
from companion.domain.insights import (
    ALL_QUALITIES,
    CORE_QUALITIES,
    InsightsData,
    Period,
    PeriodKind,
)
from companion.services.errors import CompanionError
from companion.services.insights import InsightsService
from companion.services.profile import UnlockedProfile
from companion.ui.accessible_roles import give_role
from companion.ui.counselor_filter import CounselorFilter
from companion.ui.formatting import date_field_format
from companion.ui.idle_steps import IdleSteps, Job
from companion.ui.qt_dates import to_date, to_qdate
from companion.ui.reflow import FlowLayout, flow_widget
from companion.ui.style import SPACING
from companion.ui.theme import is_dark

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from companion.charts.qt_canvas import ChartCanvas, Frame
    from companion.charts.theme import ChartTheme

log = logging.getLogger(__name__)

# choices of period and counselor whose data are kept until the next write
READ_KEPT = 12
# the (compressed) pixels of charts drawn for earlier choices, at most (a chart of 1360 x
# 600 pixels takes about 120 KB), and how many charts at most
FRAMES_KEPT_BYTES = 12 * 1024 * 1024
FRAMES_KEPT = 12
# Once a chart is shown and the filters are left alone this long (ms), the charts one
# filter change away (the other periods, the other counselors) are drawn ahead, at most
# AHEAD_MOST of them, one short step at a time with AHEAD_GAP_MS between steps, so that
# choosing one of them shows it at once.
AHEAD_AFTER_MS = 400
AHEAD_GAP_MS = 15
AHEAD_MOST = 4
AHEAD_PERIODS = (PeriodKind.TWELVE_MONTHS, PeriodKind.THREE_MONTHS, PeriodKind.ALL)

Builder = Callable[[InsightsData, "ChartTheme", Sequence[str]], "Figure"]
TableMaker = Callable[[InsightsData, Sequence[str]], tuple[list[str], list[list[str]]]]


@dataclass(frozen=True)
class ChartSpec:
    key: str
    label: str
    build: Builder
    table: TableMaker
    has_qualities: bool = False
    #: keeps a wide, low chart (the calendar) from stretching tall
    max_height: int | None = None


def _tr(text: str) -> str:
    return QCoreApplication.translate("InsightsView", text)


def chart_specs() -> list[ChartSpec]:
    """The six charts, in tab order (imports the chart modules, and with them matplotlib)."""
    from companion.charts import alongside, goals, journaling, latest, mood, relationship

    return [
        ChartSpec(
            "relationship",
            _tr("Relationship"),
            lambda d, t, q: relationship.build_relationship(d, t, qualities=q),
            lambda d, q: relationship.table_relationship(d, qualities=q),
            has_qualities=True,
        ),
        ChartSpec(
            "latest",
            _tr("Latest check-in"),
            lambda d, t, q: latest.build_latest(d, t),
            lambda d, q: latest.table_latest(d),
        ),
        ChartSpec(
            "mood",
            _tr("Mood"),
            lambda d, t, q: mood.build_mood(d, t),
            lambda d, q: mood.table_mood(d),
        ),
        ChartSpec(
            "journaling",
            _tr("Journaling calendar"),
            lambda d, t, q: journaling.build_journaling(d, t),
            lambda d, q: journaling.table_journaling(d),
            max_height=380,
        ),
        ChartSpec(
            "goals",
            _tr("Goals"),
            lambda d, t, q: goals.build_goals(d, t),
            lambda d, q: goals.table_goals(d),
        ),
        ChartSpec(
            "alongside",
            _tr("Relationship and mood"),
            lambda d, t, q: alongside.build_relationship_mood(d, t),
            lambda d, q: alongside.table_relationship_mood(d),
        ),
    ]


def chart_theme(palette: QPalette, dark: bool, point_size: float) -> ChartTheme:
    """The chart colours of the current Qt palette."""
    from companion.charts.theme import DARK_SERIES, LIGHT_SERIES, ChartTheme

    role = QPalette.ColorRole
    return ChartTheme(
        background=palette.color(role.Window).name(),
        surface=palette.color(role.Base).name(),
        text=palette.color(role.Text).name(),
        muted=palette.color(role.PlaceholderText).name(),
        grid=palette.color(role.Mid).name(),
        accent=palette.color(role.Highlight).name(),
        series=DARK_SERIES if dark else LIGHT_SERIES,
        font_size=max(7.0, min(point_size, 14.0)),
        dark=dark,
    )


QUALITY_NAMES = {
    "heard": "Heard",
    "respected": "Respected",
    "supported": "Supported",
    "understood": "Understood",
    "trust": "Trust",
    "open": "Not judged",
    "safe": "Safe",
    "together": "Working together",
}


class FrameStore:
    """Charts drawn for earlier choices (period, counselor, qualities), kept as pixels so that
    going back to a choice shows its chart at once, until the next write, theme change or
    resize (:meth:`clear`). Bounded in bytes: the least recently shown go first."""

    def __init__(self, max_bytes: int = FRAMES_KEPT_BYTES) -> None:
        self.max_bytes = max_bytes
        self._frames: OrderedDict[Hashable, Frame] = OrderedDict()

    def __len__(self) -> int:
        return len(self._frames)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._frames

    def get(self, key: Hashable) -> Frame | None:
        frame = self._frames.get(key)
        if frame is not None:
            self._frames.move_to_end(key)
        return frame

    def put(self, key: Hashable, frame: Frame) -> None:
        self._frames.pop(key, None)
        if frame.nbytes > self.max_bytes:
            return
        self._frames[key] = frame
        while (
            len(self._frames) > FRAMES_KEPT
            or sum(f.nbytes for f in self._frames.values()) > self.max_bytes
        ):
            self._frames.popitem(last=False)

    def clear(self) -> None:
        self._frames.clear()


def _pair(label: QLabel, field: QWidget) -> QWidget:
    """A caption and its field, kept on one line."""
    pair = QWidget()
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label)
    row.addWidget(field, 1)
    return pair


class ChartPanel(QWidget):
    """One chart: the picture or its table, with the buttons to switch and to save."""

    def __init__(
        self, spec: ChartSpec, frames: FrameStore | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from companion.charts.qt_canvas import ChartCanvas

        self.spec = spec
        self.frames = frames if frames is not None else FrameStore()
        # the choice whose chart is on the canvas (None: not one to keep)
        self.shown_choice: Hashable | None = None
        self.stale = True
        self.table_stale = True
        self.quality_boxes: dict[str, QCheckBox] = {}

        self.table_button = QPushButton(self.tr("Show as &table"))
        self.table_button.setCheckable(True)
        self.table_button.setAccessibleName(self.tr("Show %1 as a table").replace("%1", spec.label))
        self.table_button.setToolTip(self.tr("The same numbers as text (Alt+T)"))
        self.save_button = QPushButton(self.tr("Save as &image…"))
        self.save_button.setAccessibleName(
            self.tr("Save the %1 chart as an image").replace("%1", spec.label)
        )
        self.save_button.setToolTip(self.tr("Save this chart as a PNG or SVG picture"))
        row = QHBoxLayout()
        if spec.has_qualities:
            # the qualities wrap onto a second line in a narrow window
            shown = QLabel(self.tr("Show:"))
            for quality in ALL_QUALITIES:
                box = QCheckBox(QCoreApplication.translate("Charts", QUALITY_NAMES[quality]))
                box.setChecked(quality in CORE_QUALITIES)
                box.setAccessibleName(self.tr("Show %1 in the chart").replace("%1", box.text()))
                self.quality_boxes[quality] = box
            row.addWidget(flow_widget(shown, *self.quality_boxes.values()), 1)
        else:
            row.addStretch(1)
        row.addWidget(self.table_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)

        self.canvas: ChartCanvas = ChartCanvas()
        if spec.max_height is not None:
            self.canvas.setMaximumHeight(spec.max_height)
        give_role(self.canvas, QAccessible.Role.Chart)
        self.canvas.setAccessibleName(spec.label)
        self.canvas.setAccessibleDescription(
            self.tr("A chart. Use “Show as table” to read its numbers.")
        )
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("%1 as a table").replace("%1", spec.label))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table_empty = QLabel(self.tr("Nothing to show in this period yet."))
        self.table_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table_empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.canvas)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.table_empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        layout.addLayout(row)
        layout.addWidget(self.stack, 1)

    def qualities(self) -> list[str]:
        if not self.quality_boxes:
            return list(CORE_QUALITIES)
        return [q for q, box in self.quality_boxes.items() if box.isChecked()]

    def showing_table(self) -> bool:
        return self.table_button.isChecked()

    def draw(self, data: InsightsData, theme: ChartTheme, choice: Hashable | None = None) -> None:
        """Show the chart for ``data`` (and fill the table when it is shown): drawn before
        for the same ``choice`` (period, counselor…, with the same data) it is shown from
        its pixels, else built and drawn."""
        if self.showing_table():
            self.fill_table(data)
        self.keep_frame()
        key = None if choice is None else self.frame_key(choice)
        frame = None if key is None else self.frames.get(key)
        if frame is None or not self.canvas.show_frame(frame):
            self.canvas.set_figure(self.spec.build(data, theme, self.qualities()))
        self.shown_choice = key
        self.stale = False

    def frame_key(self, choice: Hashable) -> Hashable:
        """What the chart drawn for ``choice`` (period, counselor, day) is kept under."""
        return (self.spec.key, choice, tuple(self.qualities()))

    def keep_frame(self) -> None:
        """Keep the chart on the canvas (once drawn) for its choice."""
        if self.shown_choice is None:
            return
        frame = self.canvas.frame()
        if frame is not None:
            self.frames.put(self.shown_choice, frame)

    def fill_table(self, data: InsightsData) -> None:
        headers, rows = self.spec.table(data, self.qualities())
        self.table.setUpdatesEnabled(False)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.setUpdatesEnabled(True)
        self.table_stale = False
        if self.showing_table():
            self.stack.setCurrentWidget(self.table if rows else self.table_empty)

    def figure(self) -> Figure | None:
        return self.canvas.figure


class InsightsView(QWidget):
    """The Insights area view (see :mod:`companion.ui.areas`)."""

    shows = frozenset({Area.JOURNAL, Area.COUNSELORS, Area.SESSIONS, Area.CHECKINS, Area.GOALS})

    def __init__(self, profile: UnlockedProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = profile.service(InsightsService)
        self._data: InsightsData | None = None
        # what was read per choice of period and counselor since the last write (a filter
        # change back to a choice seen before redraws without reading again)
        self._read: dict[tuple[Period, int | None, date], InsightsData] = {}
        self._theme: ChartTheme | None = None
        self._frames = FrameStore()
        self._ahead = IdleSteps(
            self._jobs_ahead, delay_ms=AHEAD_AFTER_MS, gap_ms=AHEAD_GAP_MS, parent=self
        )
        self._loaded = False
        self._specs = chart_specs()

        # Charts of check-in scores say once, in the chart (so a saved image says it too),
        # that they are a personal reflection aid; the intro does not repeat it.
        intro = QLabel(
            self.tr("How things have been going, from your check-ins, journal and goals.")
        )
        intro.setWordWrap(True)
        intro.setObjectName("insightsDisclaimer")
        self.disclaimer = intro

        self.period_box = QComboBox()
        self.period_box.setAccessibleName(self.tr("Period shown"))
        for label, kind in (
            (self.tr("Last 3 months"), PeriodKind.THREE_MONTHS),
            (self.tr("Last 12 months"), PeriodKind.TWELVE_MONTHS),
            (self.tr("Everything"), PeriodKind.ALL),
            (self.tr("Choose dates…"), PeriodKind.CUSTOM),
        ):
            self.period_box.addItem(label, kind.value)
        self.period_box.setCurrentIndex(1)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period_box)

        today = date.today()
        self.start_edit = QDateEdit(to_qdate(today.replace(day=1)))
        self.end_edit = QDateEdit(to_qdate(today))
        for edit, name in (
            (self.start_edit, self.tr("First day shown")),
            (self.end_edit, self.tr("Last day shown")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_field_format())
            edit.setAccessibleName(name)
        self.dates_label = QLabel(self.tr("to"))
        self.custom_row = QWidget()
        custom = QHBoxLayout(self.custom_row)
        custom.setContentsMargins(0, 0, 0, 0)
        custom.addWidget(self.start_edit)
        custom.addWidget(self.dates_label)
        custom.addWidget(self.end_edit)
        self.custom_row.setVisible(False)

        self.counselor_filter = CounselorFilter(profile.counselors)
        self.counselor_filter.setAccessibleName(self.tr("Show charts for counselor"))
        counselor_label = QLabel(self.tr("&Counselor:"))
        counselor_label.setBuddy(self.counselor_filter)

        # label and box stay together; the counselor goes below the period when narrow
        top = FlowLayout(spacing=12)
        top.addWidget(_pair(period_label, self.period_box))
        top.addWidget(self.custom_row)
        top.addWidget(_pair(counselor_label, self.counselor_filter))

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.setVisible(False)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Charts"))
        self.tabs.tabBar().setAccessibleName(self.tr("Charts"))
        self.tabs.setDocumentMode(True)
        self.panels: list[ChartPanel] = []
        for spec in self._specs:
            panel = ChartPanel(spec, self._frames)
            self.panels.append(panel)
            self.tabs.addTab(panel, spec.label)
            panel.table_button.toggled.connect(lambda on, p=panel: self._toggle_table(p, on))
            panel.save_button.clicked.connect(lambda _c=False, p=panel: self._ask_and_save(p))
            for box in panel.quality_boxes.values():
                box.toggled.connect(lambda _on, p=panel: self._qualities_changed(p))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        layout.addWidget(self.tabs, 1)

        self.period_box.currentIndexChanged.connect(self._period_changed)
        self.start_edit.dateChanged.connect(lambda _d: self.reload())
        self.end_edit.dateChanged.connect(lambda _d: self.reload())
        self.counselor_filter.counselorChanged.connect(lambda _id: self.reload())
        self.tabs.currentChanged.connect(lambda _i: self._draw_visible())
        save = QShortcut(QKeySequence(self.tr("Ctrl+S")), self)
        save.activated.connect(self._save_current)

        self.setTabOrder(self.period_box, self.start_edit)
        self.setTabOrder(self.start_edit, self.end_edit)
        self.setTabOrder(self.end_edit, self.counselor_filter)
        self.setTabOrder(self.counselor_filter, self.tabs)

    # -- area view protocol ------------------------------------------------------------------

    def load(self) -> None:
        self._read.clear()
        self._forget_frames()
        self.counselor_filter.reload()
        self.reload()

    def refresh(self, changes: Changes) -> None:
        """Something was written: forget what was read and read again for the same choices
        (period, counselor, tab), then redraw."""
        del changes
        self._read.clear()
        self.load()

    def flush(self) -> bool:
        return True

    def remembered(self) -> object:
        return {
            "period": self.period_box.currentData(),
            "start": to_date(self.start_edit.date()).isoformat(),
            "end": to_date(self.end_edit.date()).isoformat(),
            "counselor": self.counselor_filter.counselor_id(),
            "tab": self.tabs.currentIndex(),
            "qualities": self.panels[0].qualities(),
        }

    def restore(self, state: object) -> None:
        if not isinstance(state, dict):
            return
        widgets: list[QWidget] = [
            self.period_box,
            self.start_edit,
            self.end_edit,
            self.counselor_filter,
            self.tabs,
            *self.panels[0].quality_boxes.values(),
        ]
        for w in widgets:
            w.blockSignals(True)
        try:
            index = self.period_box.findData(state.get("period"))
            if index >= 0:
                self.period_box.setCurrentIndex(index)
            self.custom_row.setVisible(self.period_box.currentData() == PeriodKind.CUSTOM.value)
            for edit, key in ((self.start_edit, "start"), (self.end_edit, "end")):
                with contextlib.suppress(ValueError):
                    edit.setDate(to_qdate(date.fromisoformat(str(state.get(key)))))
            self.counselor_filter.set_counselor(state.get("counselor"))
            tab = state.get("tab")
            if isinstance(tab, int) and 0 <= tab < self.tabs.count():
                self.tabs.setCurrentIndex(tab)
            qualities = state.get("qualities")
            if isinstance(qualities, list):
                for quality, box in self.panels[0].quality_boxes.items():
                    box.setChecked(quality in qualities)
        finally:
            for w in widgets:
                w.blockSignals(False)
        self.reload()

    # -- data --------------------------------------------------------------------------------

    def period(self) -> Period:
        kind = PeriodKind(self.period_box.currentData())
        if kind is PeriodKind.CUSTOM:
            return Period.custom(to_date(self.start_edit.date()), to_date(self.end_edit.date()))
        return Period(kind)

    def data(self) -> InsightsData | None:
        return self._data

    def reload(self) -> None:
        """Read the data for the current choices and redraw the chart in view."""
        try:
            self._data = self._read_data(self.period(), self.counselor_filter.counselor_id())
        except CompanionError as exc:
            self._show_message(str(exc))
            return
        self._show_message("")
        for panel in self.panels:
            panel.stale = True
            panel.table_stale = True
        self._draw_visible()

    def _choice(self) -> tuple[Period, int | None, date]:
        return (self.period(), self.counselor_filter.counselor_id(), date.today())

    def _forget_frames(self) -> None:
        self._ahead.cancel()
        self._frames.clear()
        for panel in self.panels:
            panel.shown_choice = None

    def _read_data(self, period: Period, counselor_id: int | None) -> InsightsData:
        key = (period, counselor_id, date.today())
        found = self._read.get(key)
        if found is None:
            found = self._service.data(period, counselor_id)
            if len(self._read) >= READ_KEPT:
                self._read.clear()
            self._read[key] = found
        return found

    def _period_changed(self, _index: int) -> None:
        self.custom_row.setVisible(self.period_box.currentData() == PeriodKind.CUSTOM.value)
        self.reload()

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # -- drawing -----------------------------------------------------------------------------

    def theme(self) -> ChartTheme:
        if self._theme is None:
            app = QApplication.instance()
            dark = is_dark(app) if isinstance(app, QApplication) else False
            self._theme = chart_theme(self.palette(), dark, self.font().pointSizeF() * 0.95)
        return self._theme

    def current_panel(self) -> ChartPanel:
        return self.panels[self.tabs.currentIndex()]

    def _draw_visible(self) -> None:
        panel = self.current_panel()
        if self._data is None:
            return
        if panel.stale:
            self._draw(panel)
        elif panel.showing_table() and panel.table_stale:
            panel.fill_table(self._data)

    def _draw(self, panel: ChartPanel) -> None:
        if self._data is None:
            return
        try:
            panel.draw(self._data, self.theme(), self._choice())
        except Exception as exc:  # a chart that cannot be drawn must not take the view down
            log.error("drawing the %s chart failed: %s", panel.spec.key, type(exc).__name__)
            self._show_message(self.tr("This chart could not be drawn. The others still work."))
            return
        self._ahead.start()

    # -- drawing ahead -----------------------------------------------------------------------

    def _jobs_ahead(self) -> list[Job]:
        """The charts one filter change away from the one in view, not drawn yet."""
        panel = self.current_panel()
        if not self.isVisible() or self._data is None or panel.stale or panel.showing_table():
            return []
        if not panel.canvas.frame_bytes():
            return []  # (no usable size yet)
        room = min(AHEAD_MOST, FRAMES_KEPT - 2)  # the shown ones stay kept
        period, counselor, today = self._choice()
        near: list[tuple[Period, int | None]] = [
            (Period(kind), counselor) for kind in AHEAD_PERIODS if kind is not period.kind
        ]
        for index in range(self.counselor_filter.count()):
            other = self.counselor_filter.itemData(index)
            other = None if other is None else int(other)
            if other != counselor:
                near.append((period, other))
        jobs: list[Job] = []
        for near_period, near_counselor in near:
            key = panel.frame_key((near_period, near_counselor, today))
            if key not in self._frames and len(jobs) < room:
                jobs.append(self._draw_ahead(panel, key, near_period, near_counselor))
        return jobs

    def _draw_ahead(
        self, panel: ChartPanel, key: Hashable, period: Period, counselor: int | None
    ) -> Job:
        """Read, build, lay out, then draw off screen: four steps."""
        data = self._read_data(period, counselor)
        yield
        figure = panel.spec.build(data, self.theme(), panel.qualities())
        yield
        for frame in panel.canvas.frame_steps(figure):  # laid out, then drawn
            if frame is not None:
                self._frames.put(key, frame)
            yield

    def _qualities_changed(self, panel: ChartPanel) -> None:
        panel.stale = True
        panel.table_stale = True
        if panel is self.current_panel():
            self._draw_visible()

    def _toggle_table(self, panel: ChartPanel, on: bool) -> None:
        panel.table_button.setText(self.tr("Show as &chart") if on else self.tr("Show as &table"))
        if on:
            if self._data is not None and (panel.table_stale or panel.stale):
                panel.fill_table(self._data)
            else:
                panel.stack.setCurrentWidget(
                    panel.table if panel.table.rowCount() else panel.table_empty
                )
        else:
            panel.stack.setCurrentWidget(panel.canvas)
            if panel.stale:
                self._draw(panel)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._theme = None
            self._forget_frames()
            for panel in self.panels:
                panel.stale = True
            # after the theme has been applied completely (apply_theme marks dark or light
            # after setting the palette)
            QTimer.singleShot(0, self, self._redraw_after_theme)
        super().changeEvent(event)

    def _redraw_after_theme(self) -> None:
        self._theme = None
        if self._data is not None and self.isVisible():
            self._draw_visible()

    def hideEvent(self, event: Any) -> None:
        self._ahead.cancel()
        super().hideEvent(event)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self._ahead.busy():
            self._ahead.start()  # what it draws must have the new size

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._data is None:
            self.load()
        else:
            self._draw_visible()

    # -- saving ------------------------------------------------------------------------------

    def figure(self, index: int) -> Figure | None:
        """The chart of tab ``index`` as drawn now (drawn first if it is out of date)."""
        panel = self.panels[index]
        if panel.stale and self._data is not None:
            self._draw(panel)
        return panel.figure()

    def save_chart(self, index: int, path: Path | str) -> Path | None:
        """Save the chart of tab ``index`` as PNG or SVG (by the file's extension); returns
        the path, or None (with a message in the view) when it could not be saved."""
        from companion.charts.qt_canvas import UnknownImageFormat, save_figure

        figure = self.figure(index)
        if figure is None:
            return None
        try:
            saved = save_figure(figure, path)
        except UnknownImageFormat:
            self._show_message(self.tr("Please save the image as a .png or .svg file."))
            return None
        except OSError:
            self._show_message(
                self.tr("The image could not be saved there. Please try another folder.")
            )
            return None
        self._show_message(self.tr("Saved the chart as %1.").replace("%1", Path(saved).name))
        return saved

    def ask_save_path(self, panel: ChartPanel) -> str:
        """The file dialog (tests replace this)."""
        png, svg = self.tr("PNG image (*.png)"), self.tr("SVG image (*.svg)")
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the chart as an image"),
            f"{panel.spec.key}.png",
            f"{png};;{svg}",
        )
        if path and Path(path).suffix.lower() not in (".png", ".svg"):
            path += ".svg" if chosen == svg else ".png"
        return path

    def _ask_and_save(self, panel: ChartPanel) -> None:
        path = self.ask_save_path(panel)
        if path:
            self.save_chart(self.panels.index(panel), path)

    def _save_current(self) -> None:
        self._ask_and_save(self.current_panel())
