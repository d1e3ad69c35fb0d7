"""The "Goals" area: what the client hopes to get from counseling, concrete goals, and how
close they feel to each over time.

The list (filtered by counselor) is on the left; the chosen goal is edited on the right, with
its progress ratings below: a small trend line, the dated history and a row to add a rating.
Edits are saved with the Save button, when switching to another goal and on :meth:`flush`.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
from datetime import UTC, date

from PySide6.QtCore import QDate, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QPaintEvent, QPalette, QPen, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from companion.domain.changes import Area
from companion.domain.enums import GoalDiscussion, GoalKind, GoalStatus
from companion.domain.goals import (
    PROGRESS_NOTE_MAX,
    TITLE_MAX,
    Goal,
    GoalDraft,
    ProgressRating,
    SessionRef,
)
from companion.domain.wording import tr_n
from companion.services.errors import CompanionError
from companion.services.goals import GoalService
from companion.services.profile import UnlockedProfile
from companion.ui.checkins.rating_row import RatingRow
from companion.ui.counselor_filter import CounselorFilter
from companion.ui.formatting import date_field_format
from companion.ui.list_detail import ListDetailView, ask_yes_no, editor_form, select_data
from companion.ui.qt_dates import to_date, to_qdate
from companion.ui.reflow import let_shrink, scrolling
from companion.ui.style import PANE_MARGINS, SPACING, SPACING_LARGE, Text, font_for
from companion.ui.undo_bar import UndoBar

log = logging.getLogger(__name__)


def short_date(day: date) -> str:
    """For example "3 Dec 2026"."""
    from companion.ui.formatting import day_text

    return day_text(day)


def session_label(ref: SessionRef, *, with_name: bool = True) -> str:
    """How a session is named in a choice: "Thu, 3 Dec 2026, 16:00 (17:00 in Berlin) · Dana"."""
    from companion.ui.formatting import session_when

    start = ref.starts_at if ref.starts_at.tzinfo else ref.starts_at.replace(tzinfo=UTC)
    text = session_when(start, ref.time_zone)
    return f"{text} · {ref.counselor_name}" if with_name else text


class ProgressSparkline(QWidget):
    """A small line of the ratings over time (0 at the bottom, 10 at the top)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ratings: list[int] = []
        self.setMinimumHeight(64)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Progress over time"))

    def sizeHint(self) -> QSize:
        return QSize(240, 64)

    def set_ratings(self, ratings: list[int]) -> None:
        self._ratings = list(ratings)
        if not ratings:
            description = self.tr("No ratings yet")
        elif len(ratings) == 1:
            description = self.tr("One rating: %1 of 10").replace("%1", str(ratings[0]))
        else:
            description = tr_n(
                "ProgressSparkline",
                "%n [rating|ratings], from %1 to %2 of 10 most recently",
                len(ratings),
                ratings[0],
                ratings[-1],
            )
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.update()

    def ratings(self) -> list[int]:
        return list(self._ratings)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        area = QRectF(self.rect()).adjusted(28, 8, -10, -8)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine))
        for value in (0, 10):
            y = area.bottom() - area.height() * value / 10
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        painter.setPen(muted)
        painter.setFont(font_for(Text.SMALL, painter.font()))
        for value in (0, 10):
            y = area.bottom() - area.height() * value / 10
            painter.drawText(
                QRectF(0, y - 8, 24, 16),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(value),
            )
        if not self._ratings:
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), self.tr("No ratings yet"))
            return
        count = len(self._ratings)
        step = area.width() / (count - 1) if count > 1 else 0.0
        points = [
            QPointF(
                area.left() + (step * i if count > 1 else area.width() / 2),
                area.bottom() - area.height() * r / 10,
            )
            for i, r in enumerate(self._ratings)
        ]
        colour = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(colour, 2))
        for a, b in itertools.pairwise(points):
            painter.drawLine(a, b)
        painter.setBrush(colour)
        for point in points:
            painter.drawEllipse(point, 3.0, 3.0)


class GoalsView(ListDetailView[Goal, GoalDraft]):
    """The Goals area view (see :mod:`companion.ui.areas`)."""

    area = Area.GOALS
    shows = frozenset({Area.GOALS, Area.COUNSELORS, Area.SESSIONS})

    def __init__(self, profile: UnlockedProfile, parent: QWidget | None = None) -> None:
        goals = profile.service(GoalService)
        super().__init__(goals, profile.counselors, parent)
        self._goals = goals

        self.kind_labels = {
            GoalKind.EXPECTATION: self.tr("Something I hope for"),
            GoalKind.GOAL: self.tr("A goal"),
        }
        self.discussion_labels = {
            GoalDiscussion.NOT_YET: self.tr("Not talked about yet"),
            GoalDiscussion.AGREED: self.tr("Agreed with my counselor"),
            GoalDiscussion.REVISED: self.tr("Changed together"),
        }
        self.status_labels = {
            GoalStatus.ACTIVE: self.tr("Working on it"),
            GoalStatus.ACHIEVED: self.tr("Achieved"),
            GoalStatus.LET_GO: self.tr("Let go"),
        }

        # -- top row ------------------------------------------------------------------------
        intro = QLabel(
            self.tr(
                "What do you hope to get from counseling, and what would you like to work "
                "towards? Writing it down makes it easier to talk about. Goals may change "
                "along the way, and that is fine."
            )
        )
        intro.setWordWrap(True)
        self.counselor_filter = CounselorFilter(profile.counselors)
        self.counselor_filter.setAccessibleName(self.tr("Show goals for counselor"))
        self.closed_box = QCheckBox(self.tr("Show &achieved and let go"))
        self.closed_box.setChecked(True)
        self.new_button = QPushButton(self.tr("&New goal"))
        self.new_button.setAccessibleName(self.tr("New goal or expectation"))
        self.new_button.setToolTip(self.tr("Write down a new hope or goal (Alt+N)"))
        top = QHBoxLayout()
        top.addWidget(self.counselor_filter)
        top.addWidget(self.closed_box)
        top.addStretch(1)
        top.addWidget(self.new_button)

        # -- list ---------------------------------------------------------------------------
        self._build_list(self.tr("Expectations and goals"))

        # -- editor -------------------------------------------------------------------------
        self._build_heading()
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setMaxLength(TITLE_MAX)
        self.title_edit.setPlaceholderText(self.tr("For example: Sleep through most nights"))
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        for kind, label in self.kind_labels.items():
            self.kind_combo.addItem(label, kind)
        self.counselor_combo = QComboBox()
        self.counselor_combo.setAccessibleName(self.tr("Counselor"))
        self.details_edit = QPlainTextEdit()
        self.details_edit.setAccessibleName(self.tr("Details"))
        self.details_edit.setPlaceholderText(
            self.tr("Why it matters to you, what it would look like, small steps…")
        )
        self.details_edit.setTabChangesFocus(True)
        self.details_edit.setMinimumHeight(70)
        self.details_edit.setMaximumHeight(110)
        self.discussed_combo = QComboBox()
        self.discussed_combo.setAccessibleName(self.tr("Talked about with my counselor"))
        for discussion, text in self.discussion_labels.items():
            self.discussed_combo.addItem(text, discussion)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Where it stands"))
        for status, text in self.status_labels.items():
            self.status_combo.addItem(text, status)
        self.status_combo.setToolTip(
            self.tr("Letting go of a goal is a choice too: needs and plans change.")
        )
        buttons = self._build_save_row(self.tr("Save this goal"), self.tr("Delete this goal"))
        form = editor_form(
            (
                (self.tr("&Title"), self.title_edit),
                (self.tr("&Kind"), self.kind_combo),
                (self.tr("&For"), self.counselor_combo),
                (self.tr("&Details"), self.details_edit),
                (self.tr("Ta&lked about"), self.discussed_combo),
                (self.tr("&Where it stands"), self.status_combo),
            )
        )

        # -- progress -----------------------------------------------------------------------
        self.progress_box = QFrame()
        self.progress_box.setFrameShape(QFrame.Shape.NoFrame)
        progress_title = QLabel(self.tr("How close do I feel?"))
        progress_title.setFont(self.heading.font())
        progress_hint = QLabel(
            self.tr("0 is just starting out, 10 is fully there. A rough feeling is enough.")
        )
        progress_hint.setWordWrap(True)
        progress_hint.setEnabled(False)
        self.sparkline = ProgressSparkline()
        self.history_list = QListWidget()
        self.history_list.setAccessibleName(self.tr("Ratings so far"))
        self.history_list.setMinimumHeight(90)
        self.history_list.setMaximumHeight(160)
        self.history_list.setWordWrap(True)
        self.history_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # the same 0-10 buttons as a check-in (digits, arrow keys, Home, End, Delete)
        self.rating_row = RatingRow(self.tr("How close I feel"))
        self.rating_row.statement_label.hide()  # the title above says it
        shown = self.rating_row.value_label  # "not rated yet" whole, in a narrow editor too
        shown.setMinimumWidth(max(shown.minimumWidth(), shown.sizeHint().width()))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_field_format())
        self.date_edit.setAccessibleName(self.tr("Date of the rating"))
        self.session_combo = QComboBox()
        self.session_combo.setAccessibleName(self.tr("After which session"))
        let_shrink(self.session_combo, 16)
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("Short note with the rating"))
        self.note_edit.setPlaceholderText(self.tr("A short note, if you like"))
        self.note_edit.setMaxLength(PROGRESS_NOTE_MAX)
        self.add_rating_button = QPushButton(self.tr("Add &rating"))
        self.add_rating_button.setAccessibleName(self.tr("Add this rating"))
        self.remove_rating_button = QPushButton(self.tr("Remove rating"))
        self.remove_rating_button.setAccessibleName(self.tr("Remove the chosen rating"))
        self.remove_rating_button.setToolTip(self.tr("Remove the chosen rating (Delete)"))

        rating_row = QVBoxLayout()  # the caption above the scale, which needs the width
        rating_row.setSpacing(0)
        rating_label = QLabel(self.tr("&How close"))
        rating_label.setBuddy(self.rating_row)
        rating_row.addWidget(rating_label)
        rating_row.addWidget(self.rating_row)
        when_row = QHBoxLayout()
        on_label = QLabel(self.tr("o&n"))
        on_label.setBuddy(self.date_edit)
        when_row.addWidget(on_label)
        when_row.addWidget(self.date_edit)
        when_row.addWidget(self.session_combo, 1)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.add_rating_button)

        self.undo_bar = UndoBar()
        self.undo_button = self.undo_bar.button

        progress_layout = QVBoxLayout(self.progress_box)
        progress_layout.setContentsMargins(0, SPACING_LARGE, 0, 0)
        progress_layout.setSpacing(SPACING)
        progress_layout.addWidget(progress_title)
        progress_layout.addWidget(progress_hint)
        progress_layout.addWidget(self.sparkline)
        # A new rating first, the ratings so far below it: in a short window the rating is
        # the first thing under the goal.
        progress_layout.addLayout(rating_row)
        progress_layout.addLayout(when_row)
        progress_layout.addLayout(note_row)
        progress_layout.addWidget(self.history_list)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_rating_button)
        progress_layout.addLayout(remove_row)
        progress_layout.addWidget(self.undo_bar)
        self.save_first_label = QLabel(
            self.tr("Once it is saved, you can note how close you feel to it over time.")
        )
        self.save_first_label.setWordWrap(True)
        self.save_first_label.setEnabled(False)

        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(PANE_MARGINS)
        editor_layout.setSpacing(SPACING)
        editor_layout.addWidget(self.heading)
        editor_layout.addLayout(form)
        editor_layout.addLayout(buttons)
        editor_layout.addWidget(self.message_label)
        editor_layout.addWidget(self.save_first_label)
        editor_layout.addWidget(self.progress_box)
        editor_layout.addStretch(1)
        # up and down only: the editor is never cut at the side, the list gives way instead
        editor_scroll = self.editor_scroll = scrolling(editor, sideways=False)
        self._lay_out(intro, top, editor_scroll)
        # Whatever gets the keyboard focus (Tab, or a caption's Alt+letter such as Alt+H for
        # the rating) is scrolled into view in a short window.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._show_focused)

        self.setTabOrder(self.counselor_filter, self.closed_box)
        self.setTabOrder(self.closed_box, self.new_button)
        self.setTabOrder(self.new_button, self.list_widget)
        self.setTabOrder(self.list_widget, self.title_edit)

        # -- signals ------------------------------------------------------------------------
        self._connect_shared()
        self.closed_box.toggled.connect(lambda _c: self.reload_list())
        self.add_rating_button.clicked.connect(self.add_rating)
        self.remove_rating_button.clicked.connect(self.remove_rating)
        self.session_combo.currentIndexChanged.connect(self._session_chosen)
        self.history_list.currentRowChanged.connect(self._update_rating_buttons)
        self.note_edit.returnPressed.connect(self.add_rating)
        remove_key = QShortcut(QKeySequence.StandardKey.Delete, self.history_list)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_rating)
        self.title_edit.textEdited.connect(self._changed)
        self.title_edit.returnPressed.connect(self.save)
        self.details_edit.textChanged.connect(self._changed)
        for combo in (
            self.kind_combo,
            self.counselor_combo,
            self.discussed_combo,
            self.status_combo,
        ):
            combo.currentIndexChanged.connect(self._changed)

    # -- area view --------------------------------------------------------------------------

    def _show_focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        editor = self.editor_scroll.widget()
        if new is not None and editor is not None and editor.isAncestorOf(new):
            self.editor_scroll.ensureWidgetVisible(new, 0, 8)

    def remembered(self) -> object:
        return {
            "goal": None if self._current is None else self._current.id,
            "counselor": self.counselor_filter.counselor_id(),
            "closed": self.closed_box.isChecked(),
        }

    def restore(self, state: object) -> None:
        if not isinstance(state, dict):
            return
        self.closed_box.blockSignals(True)
        self.closed_box.setChecked(bool(state.get("closed", True)))
        self.closed_box.blockSignals(False)
        self.counselor_filter.set_counselor(state.get("counselor"))
        self.reload_list()
        goal_id = state.get("goal")
        if isinstance(goal_id, int):
            with contextlib.suppress(LookupError):
                self.open_goal(goal_id)

    # -- list -------------------------------------------------------------------------------

    def _fetch(self) -> list[Goal]:
        return self._goals.list(
            self.counselor_filter.counselor_id(), include_closed=self.closed_box.isChecked()
        )

    def _empty_text(self) -> str:
        if self.counselor_filter.counselor_id() is not None or not self.closed_box.isChecked():
            return self.tr("Nothing to show with these choices. Try all counselors.")
        return self.tr(
            "No hopes or goals written down yet.\n\nWhat would you like to be "
            "different? It can be small, and it can be vague for now."
        )

    def _item_text(self, item: Goal) -> str:
        parts = [self.kind_labels[item.kind]]
        if item.status is not GoalStatus.ACTIVE:
            parts.append(self.status_labels[item.status])
        elif item.discussed is not GoalDiscussion.NOT_YET:
            parts.append(self.discussion_labels[item.discussed])
        if item.latest_rating is not None:
            parts.append(self.tr("feels like %1 of 10").replace("%1", str(item.latest_rating)))
        return f"{item.title}\n{' · '.join(parts)}"

    # -- editing ----------------------------------------------------------------------------

    def new_goal(self) -> None:
        """Start a new hope or goal (stored on Save)."""
        self.new_item()

    def open_goal(self, goal_id: int) -> None:
        self.open_item(goal_id)

    def current_goal(self) -> Goal | None:
        return self._current

    def draft(self) -> GoalDraft:
        return GoalDraft(
            title=self.title_edit.text(),
            details=self.details_edit.toPlainText(),
            kind=self.kind_combo.currentData(),
            counselor_id=self.counselor_combo.currentData(),
            discussed=self.discussed_combo.currentData(),
            status=self.status_combo.currentData(),
        )

    def _main_field(self) -> QWidget:
        return self.title_edit

    def _is_blank(self) -> bool:
        return not self.title_edit.text().strip() and not self.details_edit.toPlainText().strip()

    def _deleted_meanwhile_text(self) -> str:
        return self.tr("This goal was deleted meanwhile.")

    def confirm_delete(self, item: Goal) -> bool:
        """Ask before deleting (tests replace this)."""
        return ask_yes_no(
            self,
            self.tr("Delete this goal?"),
            self.tr(
                "Delete it together with its ratings? This can't be undone. If it simply no "
                "longer fits, you can also mark it as let go and keep its history."
            ),
        )

    def _show(self, item: Goal | None) -> None:
        self._loading = True
        try:
            self._current = item
            draft = item.draft() if item else GoalDraft(title="")
            self.heading.setText(item.title if item else self.tr("A new hope or goal"))
            self.title_edit.setText(draft.title)
            select_data(self.kind_combo, draft.kind)
            if item is None:
                select_data(self.counselor_combo, self.counselor_filter.counselor_id())
            else:
                select_data(self.counselor_combo, draft.counselor_id)
            self.details_edit.setPlainText(draft.details)
            select_data(self.discussed_combo, draft.discussed)
            select_data(self.status_combo, draft.status)
            self._autosave.reset()
            self._show_message("")
            self.delete_button.setEnabled(item is not None)
            self.progress_box.setVisible(item is not None)
            self.save_first_label.setVisible(item is None)
            self.undo_bar.forget()
            self._reset_rating_inputs()
            self._refresh_history()
        finally:
            self._loading = False

    # -- progress ---------------------------------------------------------------------------

    def _reset_rating_inputs(self) -> None:
        self.rating_row.setValue(None)
        today = QDate.currentDate()
        self.date_edit.setMaximumDate(today)
        self.date_edit.setDate(today)
        self.note_edit.clear()
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        self.session_combo.addItem(self.tr("Not after a particular session"), None)
        if self._current is not None:
            try:
                sessions = self._goals.sessions(self._current.counselor_id)
            except CompanionError:
                sessions = []
            for ref in sessions:
                label = self.tr("After %1").replace("%1", session_label(ref))
                self.session_combo.addItem(label, ref.id)
                self.session_combo.setItemData(
                    self.session_combo.count() - 1, ref.local_date, Qt.ItemDataRole.UserRole + 1
                )
        self.session_combo.setCurrentIndex(0)
        self.session_combo.setVisible(self.session_combo.count() > 1)
        self.session_combo.blockSignals(False)
        self.date_edit.setEnabled(True)

    def _session_chosen(self, index: int) -> None:
        day = self.session_combo.itemData(index, Qt.ItemDataRole.UserRole + 1)
        if isinstance(day, date):
            self.date_edit.setDate(to_qdate(min(day, date.today())))
        self.date_edit.setEnabled(self.session_combo.currentData() is None)

    def _refresh_history(self) -> None:
        self.history_list.clear()
        if self._current is None:
            self.sparkline.set_ratings([])
            self._update_rating_buttons()
            return
        try:
            history = self._goals.history(self._current.id)
        except LookupError:
            history = []
        except CompanionError as exc:
            self._show_message(str(exc), error=True)
            history = []
        self.sparkline.set_ratings([p.rating for p in history])
        for rating in reversed(history):
            text = self.tr("%1 · %2 of 10").replace("%1", short_date(rating.rated_on))
            text = text.replace("%2", str(rating.rating))
            if rating.session_id is not None:
                text += " · " + self.tr("after a session")
            if rating.note:
                text += f" · {rating.note}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, rating.id)
            self.history_list.addItem(item)
        if not history:
            placeholder = QListWidgetItem(self.tr("No ratings yet. Add the first one above."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.history_list.addItem(placeholder)
        self._update_rating_buttons()

    def _update_rating_buttons(self, *_args: object) -> None:
        item = self.history_list.currentItem()
        self.remove_rating_button.setEnabled(
            item is not None and item.data(Qt.ItemDataRole.UserRole) is not None
        )

    def flush(self) -> bool:
        """Save pending edits, and a rating that was chosen but not added yet (switching to
        another goal, Save, locking or closing never drops it)."""
        if not super().flush():
            return False
        if self._current is not None and self.rating_row.value() is not None:
            return self.add_rating()
        return True

    def save(self) -> bool:
        pending = self._current is not None and self.rating_row.value() is not None
        if pending and not self.add_rating():
            return False
        return super().save()

    def add_rating(self) -> bool:
        if self._current is None:
            return False
        rating = self.rating_row.value()
        if rating is None:
            self._show_message(
                self.tr("Choose how close you feel, from 0 to 10, first."), error=True
            )
            self.rating_row.setFocus()
            return False
        session_id = self.session_combo.currentData()
        on = None if session_id is not None else to_date(self.date_edit.date())
        try:
            self._goals.add_progress(
                self._current.id,
                rating,
                on=on,
                session_id=session_id,
                note=self.note_edit.text(),
            )
        except LookupError:
            self._show_message(self._deleted_meanwhile_text(), error=True)
            return False
        except CompanionError as exc:
            self._show_message(str(exc), error=True)
            return False
        self.undo_bar.forget()
        self._after_ratings_changed()
        self._reset_rating_inputs()
        self._show_message(self.tr("Rating added."))
        return True

    def remove_rating(self) -> None:
        item = self.history_list.currentItem()
        progress_id = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        if progress_id is None:
            return
        try:
            deleted: ProgressRating | None = self._goals.delete_progress(int(progress_id))
        except LookupError:
            deleted = None
            self.undo_bar.forget()
        except CompanionError as exc:
            self._show_message(str(exc), error=True)
            return
        self._after_ratings_changed()
        if deleted is not None:
            self.undo_bar.offer(
                self.tr("Rating removed."),
                lambda: self._undo_remove_rating(deleted),
                accessible_name=self.tr("Undo removing the rating"),
            )

    def _undo_remove_rating(self, rating: ProgressRating) -> bool:
        """Restore ``rating``; False (the offer stays) when it could not be stored."""
        try:
            self._goals.restore_progress(rating)
        except LookupError:
            self._show_message(self._deleted_meanwhile_text(), error=True)
        except CompanionError as exc:
            self._show_message(str(exc), error=True)
            return False
        self._after_ratings_changed()
        self._show_message(self.tr("Rating restored."))
        return True

    def _after_ratings_changed(self) -> None:
        self._refresh_history()
        if self._current is not None:
            with contextlib.suppress(LookupError):
                self._current = self._goals.get(self._current.id)
            row = self._row_of(self._current.id)
            item = None if row is None else self.list_widget.item(row)
            if item is not None:
                item.setText(self._item_text(self._current))
