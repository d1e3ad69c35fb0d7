"""The Sessions area: who you see, what is coming up, what has been, and ways to plan,
import, mark and move sessions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from itertools import pairwise
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.domain.changes import Area, Changes
from companion.domain.counselors import Counselor
from companion.domain.enums import SessionStatus
from companion.domain.sessions import Session
from companion.domain.wording import tr_n
from companion.services.profile import UnlockedProfile
from companion.services.sessions import PAST_LIMIT, UPCOMING_LIMIT, SessionService
from companion.ui.counselor_filter import CounselorFilter
from companion.ui.formatting import (
    session_day_time,
    session_when_long,
    session_zone_note,
)
from companion.ui.guarded import guarded
from companion.ui.sessions.common import (
    duration_label,
    local_zone_name,
    message_label,
    mode_label,
    show_message,
    status_label,
    view_action,
)
from companion.ui.sessions.counselors import CounselorMenu
from companion.ui.sessions.import_dialog import ImportDialog
from companion.ui.sessions.schedule_dialog import ScheduleDialog
from companion.ui.sessions.session_dialog import SessionDialog
from companion.ui.style import PANE_MARGINS, SPACING, SPACING_LARGE, Text, set_text

IdRole = Qt.ItemDataRole.UserRole
COLUMNS = ("when", "counselor", "length", "how", "status")
#: Delete choices for a session that belongs to a schedule.
DELETE_ONE, DELETE_REST = "one", "rest"


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    set_text(label, Text.LABEL)
    return label


class SessionsView(QWidget):
    """An area view (see ``companion.ui.areas``). ``status`` carries short messages.

    Dialogs open without blocking (``dialog`` is the open one), and the question before
    deleting a session goes through :meth:`ask_delete`, so tests can answer it. The
    Counselors menu is :class:`~companion.ui.sessions.counselors.CounselorMenu`."""

    status = Signal(str)
    shows = frozenset({Area.COUNSELORS, Area.SESSIONS, Area.CHECKINS, Area.AGENDA})

    def __init__(self, profile: UnlockedProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sessions = profile.service(SessionService)
        self._counselors = profile.counselors
        self._counselor_list: list[Counselor] = []
        self._by_id: dict[int, Session] = {}
        self.dialog: QDialog | None = None
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.time_zone = local_zone_name()

        title = QLabel(self.tr("Sessions"))
        set_text(title, Text.TITLE)
        self.counselor_filter = CounselorFilter(self._counselors)
        self.counselor_filter.setToolTip(self.tr("Show the sessions with one counselor"))
        self.counselor_filter.counselorChanged.connect(lambda _c: self.refresh())
        self.counselor_menu = CounselorMenu(
            self,
            self._counselors,
            self._sessions,
            self.counselor_filter,
            listed=lambda: self._counselor_list,
            open_dialog=self._open,
            attempt=self._try,
            refresh=self.refresh,
        )
        self.counselor_menu.status.connect(self.status)
        self.counselors_button = self.counselor_menu.button
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.counselor_filter)
        header.addWidget(self.counselors_button)

        self.plan_action = view_action(
            self, self.tr("&Plan a session…"), "Ctrl+Shift+N", self.plan_session
        )
        self.schedule_action = view_action(
            self, self.tr("Plan a &schedule…"), "Ctrl+Shift+R", self.plan_schedule
        )
        self.import_action = view_action(
            self, self.tr("&Import calendar file…"), "Ctrl+I", self.import_calendar
        )
        self.plan_button = self._button(self.plan_action)
        self.schedule_button = self._button(self.schedule_action)
        self.import_button = self._button(self.import_action)
        plan_row = QHBoxLayout()
        for b in (self.plan_button, self.schedule_button, self.import_button):
            plan_row.addWidget(b)
        plan_row.addStretch(1)

        # -- lists --
        self.upcoming_tree = self._tree(self.tr("Upcoming sessions"))
        self.past_tree = self._tree(self.tr("Past sessions"))
        self.upcoming_empty = QLabel()
        self.past_empty = QLabel(self.tr("Sessions you have had will show here."))
        for label in (self.upcoming_empty, self.past_empty):
            label.setWordWrap(True)
            label.setStyleSheet("color: palette(placeholder-text); padding: 6px 2px;")
        self.attended_action = view_action(
            self, self.tr("&Attended"), "Ctrl+Shift+A", lambda: self.mark(SessionStatus.ATTENDED)
        )
        self.cancelled_action = view_action(
            self,
            self.tr("Ca&ncelled"),
            "Ctrl+Shift+X",
            lambda: self.mark(SessionStatus.CANCELLED),
        )
        self.missed_action = view_action(
            self, self.tr("&Missed"), "Ctrl+Shift+M", lambda: self.mark(SessionStatus.MISSED)
        )
        self.move_action = view_action(self, self.tr("&Reschedule…"), "F2", self.reschedule)
        self.delete_action = view_action(
            self, self.tr("&Delete…"), QKeySequence.StandardKey.Delete, self.delete_session
        )
        self._status_actions = {
            SessionStatus.ATTENDED: self.attended_action,
            SessionStatus.CANCELLED: self.cancelled_action,
            SessionStatus.MISSED: self.missed_action,
        }
        for action in self._status_actions.values():
            action.setCheckable(True)
        session_actions = [
            self.attended_action,
            self.cancelled_action,
            self.missed_action,
            self.move_action,
            self.delete_action,
        ]
        for tree in (self.upcoming_tree, self.past_tree):
            tree.addActions(session_actions)
        actions_row = QHBoxLayout()
        actions_row.addWidget(QLabel(self.tr("Selected session:")))
        self.action_buttons = [self._button(a) for a in session_actions]
        for b in self.action_buttons:
            actions_row.addWidget(b)
        actions_row.addStretch(1)
        self.message = message_label()

        lists = QWidget()
        lists_layout = QVBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        lists_layout.addLayout(plan_row)
        lists_layout.addSpacing(SPACING)
        lists_layout.addWidget(_heading(self.tr("Coming up")))
        lists_layout.addWidget(self.upcoming_empty)
        lists_layout.addWidget(self.upcoming_tree, 2)
        lists_layout.addWidget(_heading(self.tr("Past")))
        lists_layout.addWidget(self.past_empty)
        lists_layout.addWidget(self.past_tree, 3)
        lists_layout.addLayout(actions_row)
        lists_layout.addWidget(self.message)

        # -- the first-run invitation --
        welcome = QWidget()
        welcome_layout = QVBoxLayout(welcome)
        welcome_layout.addStretch(1)
        self.welcome_label = QLabel(
            self.tr(
                "Start by adding the counselor you see (a first name is enough). Then you can "
                "plan your sessions, set up a regular schedule, or import the appointments "
                "from a calendar file your practice sent."
            )
        )
        self.welcome_label.setWordWrap(True)
        self.welcome_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome_button = QPushButton(self.tr("Add a counselor…"))
        self.welcome_button.clicked.connect(self.counselor_menu.add)
        welcome_layout.addWidget(self.welcome_label)
        welcome_layout.addSpacing(SPACING_LARGE)
        welcome_layout.addWidget(self.welcome_button, 0, Qt.AlignmentFlag.AlignHCenter)
        welcome_layout.addStretch(2)

        self.pages = QStackedWidget()
        self.pages.addWidget(welcome)
        self.pages.addWidget(lists)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PANE_MARGINS)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)
        for action in (self.plan_action, self.schedule_action, self.import_action):
            action.setEnabled(False)
        chain = [
            self.counselor_filter,
            self.counselors_button,
            self.welcome_button,
            self.plan_button,
            self.schedule_button,
            self.import_button,
            self.upcoming_tree,
            self.past_tree,
            *self.action_buttons,
        ]
        for first, then in pairwise(chain):
            QWidget.setTabOrder(first, then)
        self._update_actions()

    # -- building blocks ----------------------------------------------------------------------

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text())
        plain = action.text().replace("&", "").rstrip("…")
        button.setAccessibleName(plain)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{plain} ({keys})" if keys else plain)
        button.setCheckable(action.isCheckable())
        button.clicked.connect(lambda _c=False: action.trigger())
        action.changed.connect(lambda: self._sync_button(button, action))
        return button

    @staticmethod
    def _sync_button(button: QPushButton, action: QAction) -> None:
        button.setEnabled(action.isEnabled())
        button.setCheckable(action.isCheckable())
        button.setChecked(action.isChecked())

    def _tree(self, name: str) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setAccessibleName(name)
        tree.setColumnCount(len(COLUMNS))
        tree.setHeaderLabels(
            [
                self.tr("When"),
                self.tr("Counselor"),
                self.tr("Length"),
                self.tr("How"),
                self.tr("Status"),
            ]
        )
        tree.setStyleSheet("QTreeWidget::item { padding: 4px 2px; }")
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.currentItemChanged.connect(lambda cur, _prev, t=tree: self._picked(t, cur))
        tree.itemSelectionChanged.connect(self._update_actions)
        tree.itemActivated.connect(lambda _item, _col: self.reschedule())
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return tree

    # -- area view protocol -------------------------------------------------------------------

    def load(self) -> None:
        self.refresh()

    def flush(self) -> bool:
        return True  # every change is saved as it is made

    def remembered(self) -> object:
        return {"counselor": self.counselor_filter.counselor_id(), "session": self.selected_id()}

    def restore(self, state: object) -> None:
        if not isinstance(state, dict):
            return
        self.counselor_filter.set_counselor(state.get("counselor"))
        self.refresh()
        session_id = state.get("session")
        if isinstance(session_id, int):
            self.reveal(session_id)

    def reveal(self, session_id: int) -> None:
        """Select a session (showing all counselors if the filter hides it)."""
        if self._item_for(session_id) is None:
            self.counselor_filter.set_counselor(None)
            self.refresh()
        item = self._item_for(session_id)
        if item is not None:
            item.treeWidget().setCurrentItem(item)
            item.treeWidget().setFocus()

    # -- filling ------------------------------------------------------------------------------

    def refresh(self, changes: Changes | None = None) -> None:
        """Read counselors and sessions again, keeping the selection where possible (also
        when ``changes`` were committed elsewhere)."""
        del changes  # both lists are short: read them again whole
        keep = self.selected_id()
        self.counselor_filter.reload()
        self._counselor_list = self._counselors.list()
        has_counselors = bool(self._counselor_list)
        self.pages.setCurrentIndex(1 if has_counselors else 0)
        for action in (self.plan_action, self.schedule_action, self.import_action):
            action.setEnabled(has_counselors)
        counselor_id = self.counselor_filter.counselor_id()
        now = self.clock()
        upcoming = self._sessions.upcoming(
            counselor_id, now, UPCOMING_LIMIT, include_cancelled=True
        )
        past = self._sessions.past(counselor_id, now, PAST_LIMIT)
        self._by_id = {s.id: s for s in (*upcoming, *past)}
        names = {c.id: c.name for c in self._counselor_list}
        for tree, found in ((self.upcoming_tree, upcoming), (self.past_tree, past)):
            tree.blockSignals(True)
            tree.clear()
            for s in found:
                tree.addTopLevelItem(self._item(s, names, now))
            tree.setColumnHidden(1, counselor_id is not None or len(self._counselor_list) < 2)
            tree.blockSignals(False)
            tree.setVisible(bool(found))
        self.upcoming_empty.setVisible(not upcoming)
        self.past_empty.setVisible(not past)
        self.upcoming_empty.setText(
            self.tr(
                "Nothing planned yet. Plan your next session, set up a regular schedule, or "
                "import appointments from a calendar file."
            )
        )
        item = self._item_for(keep) if keep is not None else None
        if item is not None:
            item.treeWidget().setCurrentItem(item)
        self._update_actions()

    def _when(self, session: Session, now: datetime) -> str:
        """On this computer's clock, naming the planned zone's time when it differs."""
        return session_day_time(session.starts_at, session.time_zone, now.astimezone().date())

    def _tooltip(self, session: Session) -> str:
        note = session_zone_note(session.starts_at, session.time_zone)
        when = session_when_long(session.starts_at, session.time_zone)
        return f"{when}\n{note}" if note else when

    def _item(self, s: Session, names: dict[int, str], now: datetime) -> QTreeWidgetItem:
        item = QTreeWidgetItem(
            [
                self._when(s, now),
                names.get(s.counselor_id, ""),
                duration_label(s.duration_minutes),
                mode_label(s.mode),
                status_label(s, now),
            ]
        )
        item.setData(0, IdRole, s.id)
        item.setToolTip(0, self._tooltip(s))
        if s.status in (SessionStatus.CANCELLED, SessionStatus.MISSED):
            font = item.font(0)
            font.setStrikeOut(s.status is SessionStatus.CANCELLED)
            for column in range(len(COLUMNS) - 1):
                item.setFont(column, font)
                item.setForeground(column, self.palette().placeholderText())
        if s.awaits_marking(now):
            font = item.font(4)
            font.setItalic(True)
            item.setFont(4, font)
        return item

    def _item_for(self, session_id: int) -> QTreeWidgetItem | None:
        for tree in (self.upcoming_tree, self.past_tree):
            for i in range(tree.topLevelItemCount()):
                item = tree.topLevelItem(i)
                if item is not None and item.data(0, IdRole) == session_id:
                    return item
        return None

    # -- selection ----------------------------------------------------------------------------

    def _picked(self, tree: QTreeWidget, current: QTreeWidgetItem | None) -> None:
        if current is not None:
            other = self.past_tree if tree is self.upcoming_tree else self.upcoming_tree
            other.blockSignals(True)
            other.selectionModel().clearCurrentIndex()
            other.clearSelection()
            other.blockSignals(False)
        show_message(self.message, "")
        self._update_actions()

    def selected_id(self) -> int | None:
        for tree in (self.upcoming_tree, self.past_tree):
            item = tree.currentItem()
            if item is not None and item.isSelected():
                return int(item.data(0, IdRole))
        return None

    def selected(self) -> Session | None:
        found = self.selected_id()
        return self._by_id.get(found) if found is not None else None

    def _update_actions(self) -> None:
        session = self.selected()
        today_or_before = session is not None and (
            session.local_start.date() <= self.clock().astimezone(session.local_start.tzinfo).date()
        )
        for status, action in self._status_actions.items():
            action.setChecked(session is not None and session.status is status)
            needs_day = status is not SessionStatus.CANCELLED
            action.setEnabled(session is not None and (today_or_before or not needs_day))
        self.move_action.setEnabled(session is not None)
        self.delete_action.setEnabled(session is not None)

    # -- dialogs ------------------------------------------------------------------------------

    def _open(self, dialog: QDialog, done: Callable[[], None]) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(done)
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _today(self) -> date:
        return self.clock().astimezone(ZoneInfo(self.time_zone)).date()

    def plan_session(self) -> None:
        if not self._counselor_list:
            return
        dialog = SessionDialog(
            self._sessions,
            self._counselor_list,
            time_zone=self.time_zone,
            today=self._today(),
            counselor_id=self.counselor_filter.counselor_id(),
            parent=self,
        )
        self._open(dialog, lambda: self._saved(dialog.session, self.tr("Session planned.")))

    def plan_schedule(self) -> None:
        if not self._counselor_list:
            return
        dialog = ScheduleDialog(
            self._sessions,
            self._counselor_list,
            time_zone=self.time_zone,
            today=self._today(),
            counselor_id=self.counselor_filter.counselor_id(),
            parent=self,
        )
        self._open(dialog, lambda: self._schedule_saved(dialog.sessions))

    def import_calendar(self) -> None:
        if not self._counselor_list:
            return
        dialog = ImportDialog(
            self._sessions,
            self._counselor_list,
            time_zone=self.time_zone,
            now=self.clock(),
            counselor_id=self.counselor_filter.counselor_id(),
            parent=self,
        )
        self._open(dialog, lambda: self._imported(dialog.imported))

    def reschedule(self) -> None:
        session = self.selected()
        if session is None:
            return
        dialog = SessionDialog(
            self._sessions,
            self._counselor_list,
            time_zone=self.time_zone,
            today=self._today(),
            session=session,
            parent=self,
        )
        self._open(dialog, lambda: self._saved(dialog.session, self.tr("Session moved.")))

    def _saved(self, session: Session | None, text: str) -> None:
        self.refresh()
        if session is not None:
            self.reveal(session.id)
        self.status.emit(text)

    def _schedule_saved(self, sessions: list[Session]) -> None:
        if sessions:
            text = tr_n("SessionsView", "%n [session|sessions] planned.", len(sessions))
        else:
            text = self.tr("Those sessions were already planned; nothing was added.")
        self._saved(sessions[0] if sessions else None, text)
        show_message(self.message, "" if sessions else text)

    def _imported(self, sessions: list[Session]) -> None:
        text = tr_n("SessionsView", "%n [session|sessions] imported.", len(sessions))
        self._saved(sessions[0] if sessions else None, text)

    # -- marking and deleting -----------------------------------------------------------------

    def mark(self, status: SessionStatus) -> None:
        """Mark the selected session; choosing its current status again makes it planned."""
        session = self.selected()
        if session is None:
            return
        new = SessionStatus.PLANNED if session.status is status else status
        if not self._try(lambda: self._sessions.mark(session.id, new, self.clock())):
            self._update_actions()
            return
        self.refresh()
        self.reveal(session.id)

    def delete_session(self) -> None:
        session = self.selected()
        if session is None:
            return
        choice = self.ask_delete(session)
        if choice is None:
            return
        if choice == DELETE_REST and session.series_id is not None:
            series_id = session.series_id
            ok = self._try(lambda: self._sessions.stop_schedule(series_id, session.starts_at))
        else:
            ok = self._try(lambda: self._sessions.delete(session.id))
        if ok:
            self.refresh()
            self.status.emit(self.tr("Deleted."))

    def ask_delete(self, session: Session) -> str | None:
        """Ask before deleting: :data:`DELETE_ONE`, :data:`DELETE_REST` (this and the later
        planned sessions of its schedule) or None to keep it."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete session"))
        box.setText(
            self.tr("Delete the session on %1?").replace(
                "%1", session_when_long(session.starts_at, session.time_zone)
            )
        )
        box.setInformativeText(self.tr("Notes you wrote about it are deleted with it."))
        one = box.addButton(self.tr("Delete this session"), QMessageBox.ButtonRole.DestructiveRole)
        rest = None
        if session.series_id is not None and session.status is SessionStatus.PLANNED:
            rest = box.addButton(
                self.tr("Delete this and later ones of the schedule"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is one:
            return DELETE_ONE
        if rest is not None and clicked is rest:
            return DELETE_REST
        return None

    def _try(self, work: Callable[[], object]) -> bool:
        return guarded(
            work,
            say=lambda text: show_message(self.message, text),
            gone=self.tr("That is no longer in Companion."),
            after_gone=self.refresh,
        ).ok
