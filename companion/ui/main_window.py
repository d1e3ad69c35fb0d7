"""The main window: navigation between areas, the lock screen, menus and shortcuts."""

from __future__ import annotations

import contextlib
import logging
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QByteArray, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QSystemTrayIcon,
    QWidget,
)

from companion.domain.changes import Changes
from companion.domain.home import SessionMoment
from companion.services.attachments import AttachmentService
from companion.services.errors import CompanionError
from companion.services.home import HomeService
from companion.services.profile import ProfileService, UnlockedProfile, keychain_status
from companion.ui import privacy_veil
from companion.ui.areas import AreaView, LiveView, area_entries
from companion.ui.attachments.opened_files import OpenedFiles
from companion.ui.changes import ChangeRelay, relevant
from companion.ui.edit_actions import EditActions
from companion.ui.home.view import HomeView
from companion.ui.icons import app_icon, area_icon, icon
from companion.ui.idle import IdleWatcher
from companion.ui.preferences import Preferences
from companion.ui.reminders import Reminders
from companion.ui.style import ICON_SIZE
from companion.ui.tasks import run_in_background, wait_for_background_work
from companion.ui.theme import NAV_STYLE, ThemeChoice, apply_theme
from companion.ui.warm_up import ChartWarmUp
from companion.ui.window_dialogs import (
    ask_close_without_saving,
    ask_replace_other_journal,
    ask_store_key_again,
    close_for_lock,
    open_dialog,
    open_help,
    show_about,
)
from companion.ui.window_size import open_at

if TYPE_CHECKING:
    from companion.domain.search import SearchHit
    from companion.domain.sessions import Session
    from companion.ui import capture_guard
    from companion.ui.journal.view import JournalView
    from companion.ui.search_dialog import SearchDialog
    from companion.ui.settings_dialog import SettingsDialog
    from companion.ui.sync_runner import SyncRunner, SyncState
    from companion.ui.sync_status import SyncStatusLabel
    from companion.ui.unlock_panel import UnlockPanel

log = logging.getLogger(__name__)

W = TypeVar("W", bound=QWidget)
#: Sync starts this long after the window (so that start-up does not wait for it).
SYNC_AFTER_MS = 400

#: The app-wide event filters are installed this long after the window is built, when its
#: first frame is on screen (milliseconds).
APP_FILTERS_AFTER_MS = 300


class MainWindow(QMainWindow):
    locked = Signal()
    unlockedAgain = Signal()
    chart_warm_up: ChartWarmUp | None = None

    def __init__(
        self,
        service: ProfileService,
        profile: UnlockedProfile,
        prefs: Preferences,
        *,
        lock_hint: str = "",
    ) -> None:
        super().__init__()
        self.setWindowTitle("Companion")
        open_at(self, 1100, 720)
        # the app-wide filters (the wheel guard, noticing input for the auto-lock) once the
        # window is up and painted: a filter in Python slows every event of the start-up
        QTimer.singleShot(APP_FILTERS_AFTER_MS, self, self._install_app_filters)
        self._service = service
        self._profile: UnlockedProfile | None = profile
        self._prefs = prefs
        self._lock_hint = lock_hint
        self._remembered_entry: int | None = None
        #: the daily backup waits for the check of the journal file's pages (see start)
        self._backups_wait = False
        self._remembered_area = 0
        #: readable copies of the files the client opens, removed at lock and quit
        self.opened_files = OpenedFiles()

        self.nav = QListWidget()
        self.nav.setObjectName("areaNav")
        self.nav.setStyleSheet(NAV_STYLE)
        self.nav.setAccessibleName(self.tr("Areas"))
        self.nav.setFixedWidth(168)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.areas = QStackedWidget()
        #: Built the first time the journal is needed (see ``journal_view``): when Companion
        #: opens on another area, the window is ready sooner.
        self._journal_view: JournalView | None = None
        #: One entry per navigation row; a None factory is the journal, which stays built.
        self._entries = area_entries()
        #: the area views built so far, by navigation row (not the journal's)
        self._built: dict[int, AreaView] = {}
        self._area_states: dict[str, object] = {}
        #: changes a view that was not on screen has still to catch up with
        self._stale: dict[LiveView, Changes] = {}
        self.changes = ChangeRelay(profile.changes, self)
        self.changes.changed.connect(self._profile_changed)
        #: sync through a folder, by itself while the journal is open (started by ``start``)
        self._sync_runner: SyncRunner | None = None  # made after the window is ready
        self.sync_status: SyncStatusLabel | None = None  # in the status bar once sync is on
        for key, title, _factory in self._entries:
            QListWidgetItem(title, self.nav)
            self.areas.addWidget(QWidget())
            if key == "journal":
                self._journal_row = self.nav.count() - 1
        self._build_area_views(profile)
        self.nav.currentRowChanged.connect(self._area_chosen)
        self.nav.setCurrentRow(0)

        content = QWidget()
        row = QHBoxLayout(content)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.areas, 1)
        self.screens = QStackedWidget()
        self.screens.addWidget(content)
        self.setCentralWidget(self.screens)
        self.lock_panel: UnlockPanel | None = None
        # A plain panel over the content while another app is in front (when chosen).
        self.privacy_cover = QLabel(self.tr("Companion is in the background."))
        self.privacy_cover.setObjectName("privacyCover")
        self.privacy_cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.privacy_cover.setAccessibleName(self.tr("Companion is in the background"))
        self.screens.addWidget(self.privacy_cover)
        self._veils: list[privacy_veil.Veil] = []
        self._capture_guard: capture_guard.CaptureGuard | None = None
        self.tray: QSystemTrayIcon | None = None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._application_state_changed)

        self._build_actions()
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        self.idle.set_minutes(prefs.auto_lock_minutes)
        self.setWindowIcon(app_icon())
        self.reminders = Reminders(self._sessions_between, prefs, self)
        self.reminders.remind.connect(self.show_reminder)
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(60 * 60 * 1000)  # the daily backup, checked hourly
        self._backup_timer.timeout.connect(self._daily_backup)
        self._last_reminder = ""
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._build_tray()
        geometry, _state = prefs.window_state()
        if geometry:
            self.restoreGeometry(QByteArray(geometry))

    def _build_area_views(self, profile: UnlockedProfile) -> None:
        """After start or unlock: build the area on screen; the others wait until opened."""
        del profile  # views take the current profile when they are built
        self._ensure_area(self.nav.currentRow())

    @property
    def area_views(self) -> list[AreaView]:
        """The area views built now, in the order they were built (not the journal's)."""
        return list(self._built.values())

    @property
    def journal_view(self) -> JournalView:
        """The journal's view, built (and its list loaded) the first time it is needed."""
        if self._journal_view is None:
            profile = self._profile
            assert profile is not None  # the journal is only asked for while unlocked
            from companion.ui.journal.view import JournalView

            view = JournalView(
                profile.journal,
                attachments=profile.service(AttachmentService),
                opened=self.opened_files,
            )
            view.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
            self._replace_slot(self._journal_row, view)
            self._journal_view = view
            view.load()
            self.areas.setCurrentIndex(self.nav.currentRow())
        return self._journal_view

    def _ensure_area(self, row: int) -> None:
        """Build the view of navigation row ``row`` if it is not built yet."""
        if self._profile is None or not 0 <= row < len(self._entries):
            return
        key, _title, factory = self._entries[row]
        if factory is None:
            self.journal_view  # noqa: B018 (builds it)
            return
        if row in self._built:
            return
        view = factory(self._profile)
        assert isinstance(view, QWidget)  # every area view is a widget
        self._replace_slot(row, view)
        self._built[row] = view
        self._connect_area(view)
        view.load()
        if key in self._area_states:
            view.restore(self._area_states.pop(key))
        self.areas.setCurrentIndex(self.nav.currentRow())

    def _drop_area_views(self) -> bool:
        """Save, remember and remove the built area views (when locking): placeholders keep
        the slots. False if some edit could not be saved."""
        saved = True
        for row in sorted(self._built):
            view = self._built[row]
            saved = view.flush() and saved
            self._area_states[self._entries[row][0]] = view.remembered()
            self._replace_slot(row, QWidget())
        self._built.clear()
        self._stale.clear()
        return saved

    # -- reminders and the tray icon --------------------------------------------------------

    def _sessions_between(self, start: datetime, end: datetime) -> list[SessionMoment]:
        if self._profile is None:
            return []  # locked: reminders wait until the journal is open again
        return self._profile.service(HomeService).sessions_between(start, end)

    def _build_tray(self) -> None:
        tray = QSystemTrayIcon(app_icon(), self)
        tray.setToolTip("Companion")
        menu = QMenu(self)
        self.tray_open_action = menu.addAction(self.tr("Open Companion"), self._bring_forward)
        menu.addAction(self.lock_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        tray.setContextMenu(menu)
        tray.activated.connect(lambda _reason: self._bring_forward())
        tray.messageClicked.connect(self._reminder_clicked)
        tray.show()
        self.tray = tray

    def bring_forward(self) -> None:
        """Show the window in front (a second start of Companion asks for this)."""
        self._bring_forward()

    def _bring_forward(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def show_reminder(self, kind: str, text: str) -> None:
        """A reminder: through the tray where there is one, else in the status bar."""
        self._last_reminder = kind
        if self.tray is not None and self.tray.supportsMessages():
            self.tray.showMessage("Companion", text, app_icon(), 15_000)
        else:
            self.statusBar().showMessage(text, 60_000)
            QApplication.alert(self)

    def _reminder_clicked(self) -> None:
        self._bring_forward()
        if self._last_reminder == "after":
            self.open_after_session(self.reminders.after_session_id, then_check_in=True)
        elif self._last_reminder == "before":
            self.show_area_key("agenda")

    def _area_chosen(self, row: int) -> None:
        self._ensure_area(row)
        self.areas.setCurrentIndex(row)
        self._catch_up(self._view_at(row))

    # -- keeping every view current -----------------------------------------------------------

    def _live_views(self) -> list[LiveView]:
        journal = [] if self._journal_view is None else [self._journal_view]
        return [*journal, *self._built.values()]

    def _view_at(self, row: int) -> LiveView | None:
        """The view of navigation row ``row``, if it is built."""
        return self._journal_view if row == self._journal_row else self._built.get(row)

    def _profile_changed(self, changes: Changes) -> None:
        """Something was committed: the view on screen updates now, the others when shown."""
        if self._profile is None:
            return
        for view in self._live_views():
            mine = relevant(changes, view.shows)
            if not mine:
                continue
            if view.isVisible():
                view.refresh(mine)
            else:
                self._stale[view] = self._stale.get(view, Changes()).merged(mine)

    def _catch_up(self, view: LiveView | None) -> None:
        if view is not None and view in self._stale and self._profile is not None:
            view.refresh(self._stale.pop(view))

    def _replace_slot(self, row: int, widget: QWidget) -> None:
        old = self.areas.widget(row)
        self.areas.insertWidget(row, widget)
        if old is not None:
            self.areas.removeWidget(old)
            old.deleteLater()

    def _connect_area(self, view: AreaView) -> None:
        """Wire the requests some views make to move elsewhere."""
        if isinstance(view, HomeView):
            view.writeEntryRequested.connect(self.new_entry)
            view.agendaRequested.connect(lambda: self.show_area_key("agenda"))
            view.sessionsRequested.connect(lambda: self.show_area_key("sessions"))
            view.afterSessionRequested.connect(self.open_after_session)
            view.checkInRequested.connect(self.check_in)
            view.entryRequested.connect(self.open_entry)
            view.areaRequested.connect(self.show_area_key)
            view.planSessionRequested.connect(self._plan_session)

    def open_entry(self, entry_id: int) -> None:
        """Show a journal entry in the Journal."""
        self.nav.setCurrentRow(self._journal_row)
        with contextlib.suppress(LookupError):
            self.journal_view.open_entry(entry_id)

    def _plan_session(self) -> None:
        from companion.ui.sessions.view import SessionsView

        sessions = self._show_area_as("sessions", SessionsView)
        if sessions is not None:
            sessions.plan_session()

    def show_area_key(self, key: str) -> QWidget | None:
        """Switch to the area called ``key``; returns its view."""
        for row, (entry_key, _title, _factory) in enumerate(self._entries):
            if entry_key == key:
                self.nav.setCurrentRow(row)
                self._ensure_area(row)
                return self.areas.widget(row)
        return None

    def _show_area_as(self, key: str, kind: type[W]) -> W | None:
        """Switch to the area called ``key``; returns its view if it is a ``kind`` (it is
        not while Companion is locked)."""
        view = self.show_area_key(key)
        return view if isinstance(view, kind) else None

    def open_after_session(self, session_id: object = None, *, then_check_in: bool = False) -> None:
        """Notes after a session (in the Agenda area); with ``then_check_in`` the check-in
        follows when the notes are closed, if that session has none yet."""
        from companion.ui.agenda.view import AgendaView

        about = session_id if isinstance(session_id, int) else None
        agenda = self._show_area_as("agenda", AgendaView)
        dialog = agenda.open_after_session(about) if agenda is not None else None
        if then_check_in and dialog is not None:
            dialog.finished.connect(lambda _result: self._offer_check_in(about))

    def _check_in_nudges(self) -> list[Session]:
        """The sessions a check-in is offered for now (see CheckInService.nudges)."""
        from companion.services.checkins import CheckInService
        from companion.ui.checkins.preferences import CheckInPreferences

        if self._profile is None:
            return []
        return self._profile.service(CheckInService).nudges(CheckInPreferences().nudge_days)

    def _offer_check_in(self, session_id: int | None = None) -> None:
        """After the notes on a session: its check-in, if it is one to offer now (the
        latest with a counselor still seen, recent, none yet)."""
        offered = [s.id for s in self._check_in_nudges()]
        if session_id is None and offered:
            self.check_in(offered[0])
        elif session_id in offered:
            self.check_in(session_id)

    def _build_actions(self) -> None:
        """The menus, the toolbar and their actions (named by :meth:`_name_actions`)."""
        self.main_menu = self.menuBar().addMenu("")
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_entry)
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.settings_action = QAction(self)
        self.settings_action.setShortcuts(
            [QKeySequence("Ctrl+,"), QKeySequence(QKeySequence.StandardKey.Preferences)]
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._find)
        self.safety_action = QAction(self)
        self.safety_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.safety_action.triggered.connect(self.open_safety_plan)
        self.export_action = QAction(self)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.triggered.connect(self.export_summary)
        self.import_action = QAction(self)
        self.import_action.triggered.connect(self.import_journal)
        self.backup_action = QAction(self)
        self.backup_action.triggered.connect(self.open_backups)
        self.checkin_action = QAction(self)
        self.checkin_action.setShortcut(QKeySequence("Ctrl+K"))
        self.checkin_action.triggered.connect(lambda: self.check_in(None))
        self.find_all_action = QAction(self)
        self.find_all_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.find_all_action.triggered.connect(self.search_everything)
        self.history_action = QAction(self)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.triggered.connect(self.entry_history)
        self.add_file_action = QAction(self)
        self.add_file_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.add_file_action.triggered.connect(self.add_file_to_entry)
        self.deleted_action = QAction(self)
        self.deleted_action.triggered.connect(self.recently_deleted)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.about)
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.privacy_action = QAction(self)
        self.privacy_action.triggered.connect(self.show_privacy)
        self.text_actions = EditActions(self)

        menu = self.main_menu
        for action in (
            self.new_action,
            self.lock_action,
            None,
            self.checkin_action,
            self.safety_action,
            self.export_action,
            self.import_action,
            self.backup_action,
            self.settings_action,
            None,
            self.quit_action,
        ):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        self.edit_menu = self.menuBar().addMenu("")
        self.edit_menu.aboutToShow.connect(self.text_actions.update)
        self.edit_menu.addActions(self.text_actions.actions[:2])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions(self.text_actions.actions[2:])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addAction(self.find_all_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.add_file_action)
        self.edit_menu.addAction(self.history_action)
        self.edit_menu.addAction(self.deleted_action)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.privacy_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("quickActions")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.new_action)
        self.toolbar.addAction(self.lock_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.safety_action)
        self._unlocked_actions = [
            self.new_action,
            self.lock_action,
            self.settings_action,
            self.find_action,
            self.find_all_action,
            self.safety_action,
            self.checkin_action,
            self.backup_action,
            self.import_action,
            self.export_action,
            self.history_action,
            self.add_file_action,
            self.deleted_action,
        ]
        for action in (
            *self._unlocked_actions,
            self.quit_action,
            self.shortcuts_action,
            *self.text_actions.actions,
        ):
            self.addAction(action)
        self._show_icons()
        self._name_actions()

    def _show_icons(self) -> None:
        """Icons of the navigation, the toolbar and the menus (companion.ui.icons); they
        follow the theme by themselves."""
        for row, (key, _title, _factory) in enumerate(self._entries):
            self.nav.item(row).setIcon(area_icon(key))
        self.nav.setIconSize(ICON_SIZE)
        self.toolbar.setIconSize(ICON_SIZE)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action, name in (
            (self.new_action, "new-entry"),
            (self.lock_action, "lock"),
            (self.settings_action, "settings"),
            (self.quit_action, "quit"),
            (self.find_action, "search"),
            (self.find_all_action, "search-everything"),
            (self.safety_action, "safety-plan"),
            (self.export_action, "export"),
            (self.import_action, "import"),
            (self.backup_action, "backups"),
            (self.checkin_action, "check-in"),
            (self.history_action, "history"),
            (self.add_file_action, "attach"),
            (self.deleted_action, "deleted"),
            (self.about_action, "about"),
            (self.shortcuts_action, "shortcuts"),
            (self.privacy_action, "privacy"),
            (self.text_actions.undo, "undo"),
            (self.text_actions.redo, "redo"),
            (self.text_actions.cut, "cut"),
            (self.text_actions.copy, "copy"),
            (self.text_actions.paste, "paste"),
            (self.text_actions.select_all, "select-all"),
        ):
            action.setIcon(icon(name))

    def _name_actions(self) -> None:
        """The texts of the menus, the toolbar and the window's own labels, in the current
        language (again after the client switches it)."""
        self.main_menu.setTitle(self.tr("&Companion"))
        self.new_action.setText(self.tr("&New entry"))
        self.lock_action.setText(self.tr("&Lock"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.find_action.setText(self.tr("&Search the journal"))
        self.safety_action.setText(self.tr("Safety &plan"))
        self.safety_action.setToolTip(self.tr("Your safety plan, from anywhere (Ctrl+Shift+S)"))
        self.export_action.setText(self.tr("&Export summary for my next session…"))
        self.import_action.setText(self.tr("&Import from another journal app…"))
        self.backup_action.setText(self.tr("&Backups and archive…"))
        self.checkin_action.setText(self.tr("Check &in on a session…"))
        self.find_all_action.setText(self.tr("Search &everything…"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.history_action.setText(self.tr("Entry &history…"))
        self.add_file_action.setText(self.tr("Add a fi&le to the entry…"))
        self.deleted_action.setText(self.tr("Recently &deleted entries…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Companion"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts…"))
        self.privacy_action.setText(self.tr("How Companion &protects your data…"))
        self.text_actions.name()
        self.toolbar.setWindowTitle(self.tr("Quick actions"))
        self.nav.setAccessibleName(self.tr("Areas"))
        self.privacy_cover.setText(self.tr("Companion is in the background."))
        self.privacy_cover.setAccessibleName(self.tr("Companion is in the background"))
        if self.sync_status is not None:
            self.sync_status.retranslate()
        if self.tray is not None:
            self.tray_open_action.setText(self.tr("Open Companion"))

    # -- actions ----------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._profile is None

    @property
    def profile(self) -> UnlockedProfile | None:
        return self._profile

    def new_entry(self) -> None:
        self.nav.setCurrentRow(self._journal_row)
        self.journal_view.new_entry()

    def entry_history(self) -> None:
        """Earlier versions of the entry open in the journal (Ctrl+H, from anywhere)."""
        self.nav.setCurrentRow(self._journal_row)
        entry_id = self.journal_view.editor.entry_id
        if entry_id is None:
            self.statusBar().showMessage(
                self.tr("This entry has no earlier versions yet: it is new."), 5000
            )
            return
        self.journal_view.show_history(entry_id)

    def add_file_to_entry(self) -> None:
        """Add files to the entry open in the journal (Ctrl+Shift+A, from anywhere)."""
        self.nav.setCurrentRow(self._journal_row)
        action = self.journal_view.editor.add_file_action
        if action.isEnabled():
            action.trigger()

    def recently_deleted(self) -> None:
        self.nav.setCurrentRow(self._journal_row)
        self.journal_view.show_recently_deleted()

    def _find(self) -> None:
        self.nav.setCurrentRow(self._journal_row)
        self.journal_view.focus_search()

    def retranslate(self) -> None:
        """Show everything in the language just installed: menus and toolbar are renamed;
        the views (which take their texts when built) are built again where the client was,
        with text not yet saved kept. (The Settings dialog renews itself.)"""
        profile = self._profile
        # widgets take their locale from the window: month names and number formats of
        # date fields built from now on follow the new language
        self.setLocale(QLocale())
        self._name_actions()
        self._entries = area_entries()
        for row, (_key, title, _factory) in enumerate(self._entries):
            item = self.nav.item(row)
            if item is not None:
                item.setText(title)
        if profile is None:
            return
        self.changes.deliver_now()
        self._drop_area_views()
        self._rebuild_journal_view(profile)
        self._build_area_views(profile)

    def _rebuild_journal_view(self, profile: UnlockedProfile) -> None:
        old = self._journal_view
        if old is None:
            return  # built in the new language when it is first needed
        from companion.ui.journal.view import JournalView

        old.flush()
        entry_id = old.remembered_entry()
        old.clear_for_lock()
        new = JournalView(
            profile.journal,
            attachments=profile.service(AttachmentService),
            opened=self.opened_files,
        )
        new.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        old.hand_over(new)
        self.areas.insertWidget(self._journal_row, new)
        self.areas.removeWidget(old)
        old.deleteLater()
        self._journal_view = new
        new.load()
        if entry_id is not None:
            with contextlib.suppress(LookupError):  # deleted meanwhile
                new.open_entry(entry_id)
        self.areas.setCurrentIndex(self.nav.currentRow())

    # -- dialogs (see window_dialogs.open_dialog) --------------------------------------------

    def check_in(self, session_id: object = None) -> None:
        """The relationship check-in for a session. By default the latest session offered
        for one (see :meth:`_check_in_nudges`); without one, the client picks a recent
        attended session in the dialog, or hears kindly that there is none."""
        if self._profile is None:
            return
        from companion.services.checkins import CheckInService
        from companion.ui.checkins.dialog import CheckInDialog

        about: int | None = session_id if isinstance(session_id, int) else None
        if about is None:
            nudges = self._check_in_nudges()
            if nudges:
                about = nudges[0].id
            elif not self._profile.service(CheckInService).recent_without_checkin(limit=1):
                self.statusBar().showMessage(
                    self.tr(
                        "There is no recent session waiting for a check-in. Add a session "
                        "you have had under Sessions, or after your next one, Ctrl+K opens "
                        "its check-in here."
                    ),
                    10_000,
                )
                return

        def build(profile: UnlockedProfile) -> CheckInDialog:
            dialog = CheckInDialog(profile, about, self)
            dialog.feedback_drafted.connect(self._show_drafted_feedback)
            return dialog

        self.checkin_dialog = open_dialog(self._profile, build)

    def _show_drafted_feedback(self, note_id: int) -> None:
        self.statusBar().showMessage(
            self.tr("A draft note for your counselor is in Feedback."), 8000
        )
        del note_id

    def export_summary(self) -> None:
        from companion.ui.export import ExportSummaryDialog

        def build(profile: UnlockedProfile) -> ExportSummaryDialog:
            if self._journal_view is not None:  # the summary offers what was typed just now
                self._journal_view.flush()
            return ExportSummaryDialog(profile, self)

        self.export_dialog = open_dialog(self._profile, build)

    def import_journal(self) -> None:
        from companion.ui.import_journal_dialog import ImportJournalDialog

        self.import_dialog = open_dialog(
            self._profile, lambda profile: ImportJournalDialog(profile, self)
        )

    def open_backups(self) -> None:
        from companion.ui.backup_dialog import BackupDialog

        def build(profile: UnlockedProfile) -> BackupDialog:
            dialog = BackupDialog(profile, self)
            dialog.restore_handler = self.restore_backup
            return dialog

        self.backup_dialog = open_dialog(self._profile, build)

    def restore_backup(self, path: object, secret: object, keystore_file: object = None) -> bool:
        """Check the backup; if it holds another journal, ask; then lock (closing the
        database), replace the journal with the backup and ask to unlock."""
        from pathlib import Path

        from companion.services.backups import Secret, check_backup, current_profile_id, restore

        assert isinstance(secret, Secret)
        backup = Path(str(path))
        keystore = Path(str(keystore_file)) if keystore_file is not None else None
        paths = self._service.paths
        try:
            check = check_backup(backup, paths, secret, keystore_file=keystore)
        except CompanionError as exc:
            QMessageBox.warning(self, self.tr("Not restored"), str(exc))
            return False
        replace_other = False
        if check.profile_id != current_profile_id(paths):
            entries_now = self._profile.journal.count() if self._profile is not None else 0
            if not ask_replace_other_journal(self, check, entries_now):
                self.statusBar().showMessage(self.tr("Nothing was restored."), 8000)
                return False
            replace_other = True
        self.lock()
        try:
            restore(backup, paths, secret, replace_other=replace_other, keystore_file=keystore)
        except CompanionError as exc:
            QMessageBox.warning(self, self.tr("Not restored"), str(exc))
            return False
        self.statusBar().showMessage(
            self.tr("Backup restored. Unlock to continue; your previous data was kept aside."),
            15_000,
        )
        return True

    def _daily_backup(self) -> None:
        from companion.services.backups import BackupService

        profile = self._profile
        if profile is None:
            return
        run_in_background(
            profile.service(BackupService).backup_if_due,
            lambda _r: None,
            lambda exc: log.warning("automatic backup failed: %s", type(exc).__name__),
            owner=self,
        )

    def _sweep_backup_folders(self) -> None:
        """Remove what an interrupted backup left in the folders backups were written to."""
        from companion.services.backups import BackupService

        profile = self._profile
        if profile is None:
            return
        run_in_background(
            profile.service(BackupService).sweep_backup_folders,
            lambda _r: None,
            lambda exc: log.warning("sweeping backup folders failed: %s", type(exc).__name__),
            owner=self,
        )

    def open_safety_plan(self) -> None:
        """The safety plan in a window of its own, one click from anywhere."""
        from companion.ui.safety_plan import SafetyPlanDialog

        self.safety_dialog = open_dialog(
            self._profile, lambda profile: SafetyPlanDialog(profile, self)
        )

    def search_everything(self) -> None:
        from companion.services.search import SearchService
        from companion.ui.search_dialog import SearchDialog

        def build(profile: UnlockedProfile) -> SearchDialog:
            dialog = SearchDialog(profile.service(SearchService), self)
            dialog.openRequested.connect(self.open_hit)
            return dialog

        self.search_dialog = open_dialog(self._profile, build)

    def open_hit(self, hit: SearchHit) -> None:
        """Show a search result in its area."""
        from companion.domain.search import HitKind

        if hit.kind is HitKind.JOURNAL:
            self.open_entry(hit.ref_id)
        elif hit.kind is HitKind.SESSION_NOTES:
            self.open_after_session(hit.ref_id)
        elif hit.kind is HitKind.FEEDBACK:
            from companion.ui.feedback.view import FeedbackView

            feedback = self._show_area_as("feedback", FeedbackView)
            if feedback is not None:
                with contextlib.suppress(LookupError):
                    feedback.open_note(hit.ref_id)
        elif hit.kind is HitKind.AGENDA:
            from companion.ui.agenda.view import AgendaView

            agenda = self._show_area_as("agenda", AgendaView)
            if agenda is not None:
                with contextlib.suppress(LookupError):
                    agenda.reveal(hit.ref_id)

    def about(self) -> None:
        show_about(self)

    def show_shortcuts(self) -> None:
        """Every keyboard shortcut, read from the actions themselves (the areas are built
        first, so theirs are there too)."""
        from companion.ui.help_windows import ShortcutsDialog, shortcuts_of

        for row in range(len(self._entries)):
            self._ensure_area(row)
        places: dict[QWidget, str] = {}
        for row, (_key, title, _factory) in enumerate(self._entries):
            view = self.areas.widget(row)
            if view is not None:
                places[view] = title
        self.shortcuts_dialog = open_help(self, ShortcutsDialog(shortcuts_of(self, places), self))

    def show_privacy(self) -> None:
        """How Companion protects your data, in plain words."""
        from companion.ui.help_windows import PrivacyDialog

        self.privacy_dialog = open_help(self, PrivacyDialog(self))

    def open_settings(self) -> None:
        from companion.ui.settings_dialog import SettingsDialog

        def build(profile: UnlockedProfile) -> SettingsDialog:
            dialog = SettingsDialog(profile, self._prefs, self, sync_runner=self.sync_runner)
            dialog.themeChanged.connect(self._apply_theme)
            dialog.autoLockChanged.connect(self.idle.set_minutes)
            dialog.remindersChanged.connect(self.reminders.check)
            dialog.languageChanged.connect(self.retranslate)
            dialog.hideWhenInactiveChanged.connect(self._hide_when_inactive_chosen)
            dialog.blockScreenshotsChanged.connect(self.block_screenshots)
            return dialog

        self.settings_dialog = open_dialog(self._profile, build)

    def _open_sync_settings(self) -> None:
        self.open_settings()
        dialog = self.settings_dialog
        if dialog is not None:
            dialog.show_sync()

    def _apply_theme(self, choice: ThemeChoice) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, choice)

    @property
    def sync_runner(self) -> SyncRunner:
        """What keeps sync going while the journal is open (made when first needed, so that
        start-up does not wait for it)."""
        if self._sync_runner is None:
            from companion.ui.sync_runner import SyncRunner

            runner = self._sync_runner = SyncRunner(self)
            runner.stateChanged.connect(self._show_sync_state)
            profile = self._profile
            if profile is not None and not profile.is_locked:
                runner.start(profile)  # asked for before its own start (Settings opened)
        return self._sync_runner

    def _start_sync(self, profile: UnlockedProfile) -> None:
        if self._profile is profile and not profile.is_locked:
            runner = self.sync_runner
            if not runner.running_for(profile):
                runner.start(profile)

    def _stop_sync(self) -> None:
        if self._sync_runner is not None:
            self._sync_runner.stop()

    def _show_sync_state(self, state: SyncState) -> None:
        """How sync is doing, at the right of the status bar (made once sync is first on)."""
        from companion.ui.sync_runner import SyncKind

        label = self.sync_status
        if label is None:
            if state.kind is SyncKind.OFF:
                return
            from companion.ui.sync_status import SyncStatusLabel

            label = self.sync_status = SyncStatusLabel()
            label.clicked.connect(self._open_sync_settings)
            self.statusBar().addPermanentWidget(label)
        label.show_state(state)

    # -- privacy while in the background ----------------------------------------------------

    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.uncover()
        elif self._prefs.hide_when_inactive:
            self.cover()

    def cover(self) -> None:
        """Put the plain panel over the content and veil open dialogs (the journal stays
        open: this is no lock)."""
        if self._profile is not None:
            self.screens.setCurrentWidget(self.privacy_cover)
            self._veils += privacy_veil.veil_open_windows(self)

    def uncover(self) -> None:
        privacy_veil.lift(self._veils)
        if self.screens.currentWidget() is self.privacy_cover:
            if self.lock_panel is not None:
                self.screens.setCurrentWidget(self.lock_panel)
            else:
                self.screens.setCurrentIndex(0)

    @property
    def is_covered(self) -> bool:
        return self.screens.currentWidget() is self.privacy_cover

    def _hide_when_inactive_chosen(self, on: bool) -> None:
        if not on:
            self.uncover()

    def block_screenshots(self, on: bool) -> None:
        """Ask the system to leave Companion's windows out of screenshots (Windows, macOS)."""
        if self._capture_guard is None:
            from companion.ui import capture_guard

            app = QApplication.instance()
            assert isinstance(app, QApplication)
            self._capture_guard = capture_guard.CaptureGuard(app, self)
        self._capture_guard.set_on(bool(on))

    # -- the area shown last -----------------------------------------------------------------

    def current_area_key(self) -> str:
        row = self.nav.currentRow()
        return self._entries[row][0] if 0 <= row < len(self._entries) else ""

    def _remember_area(self) -> None:
        key = self.current_area_key()
        if key:
            self._prefs.last_area = key

    # -- locking ----------------------------------------------------------------------------

    def lock(self) -> None:
        """Save pending edits, cover the content, close the database and drop the key."""
        if self._profile is None:
            return
        journal = self._journal_view
        if journal is not None:
            journal.flush()
        self._remembered_entry = None if journal is None else journal.remembered_entry()
        self._remembered_area = self.nav.currentRow()
        self._remember_area()
        self._drop_area_views()
        close_for_lock(self)
        if journal is not None:
            journal.clear_for_lock()
        self._stop_sync()
        wait_for_background_work()  # e.g. the daily backup must finish before the key goes
        self.opened_files.remove_all()
        self.changes.stop()
        self._stale.clear()
        self._profile.lock()
        self._profile = None
        self.idle.pause()
        for action in self._unlocked_actions:
            action.setEnabled(False)
        from companion.ui.unlock_panel import UnlockPanel

        self.lock_panel = UnlockPanel(self._service, hint=self._lock_hint)
        self.lock_panel.unlocked.connect(self._unlocked)
        self.screens.addWidget(self.lock_panel)
        self.screens.setCurrentWidget(self.lock_panel)
        self.lock_panel.focus_input()
        self.statusBar().clearMessage()
        self.locked.emit()

    def _unlocked(self, profile: UnlockedProfile, keychain_failed: bool) -> None:
        self._profile = profile
        self.statusBar().clearMessage()  # e.g. "Unlock to continue" is done now
        self.changes = ChangeRelay(profile.changes, self)
        self.changes.changed.connect(self._profile_changed)
        if self._journal_view is not None:
            self._journal_view.attach(profile.journal, profile.service(AttachmentService))
            self._journal_view.load()
        self._build_area_views(profile)
        if self._remembered_entry is not None:
            with contextlib.suppress(LookupError):  # deleted meanwhile
                self.journal_view.open_entry(self._remembered_entry)
        self.nav.setCurrentRow(self._remembered_area)
        self.screens.setCurrentIndex(0)
        if self.lock_panel is not None:
            self.screens.removeWidget(self.lock_panel)
            self.lock_panel.deleteLater()
            self.lock_panel = None
        for action in self._unlocked_actions:
            action.setEnabled(True)
        self.idle.restart()
        self._start_sync(profile)
        self.unlockedAgain.emit()
        if keychain_failed:
            self.offer_keychain_again()

    def offer_keychain_again(self) -> None:
        """After the keychain failed to open the journal, offer to store the key again."""
        if self._profile is None or not keychain_status().available:
            return
        if ask_store_key_again(self):
            try:
                self._profile.store_key_in_keychain()
            except Exception as exc:
                QMessageBox.warning(self, self.tr("Keychain"), str(exc))
            else:
                self.statusBar().showMessage(self.tr("The key is stored in the keychain."), 5000)

    # -- start and close --------------------------------------------------------------------

    def _install_app_filters(self) -> None:
        self.idle.watch_input()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            from companion.ui import wheel_guard

            wheel_guard.install(app)

    def start(
        self, *, background_work: bool = True, warm_up: bool = False, pages_checked: bool = True
    ) -> None:
        """Load the data; then, off the UI thread, get the storage ready for the first save
        and make the daily backup, and start the reminders. ``--exit-when-ready`` skips that
        work: it comes after the window is ready and nothing will be written. ``warm_up``:
        get the charts ready once idle (:mod:`companion.ui.warm_up`). ``pages_checked`` false:
        the journal file's pages are still being checked (the app opened it without waiting
        for that); no backup is made until :meth:`page_check_finished` says they are sound."""
        last = self._prefs.last_area
        if last and last != self.current_area_key():
            self.show_area_key(last)  # an unknown key (an area since removed) changes nothing
        if self._prefs.block_screenshots:
            self.block_screenshots(True)
        profile = self._profile
        if profile is None or not background_work:
            return
        if warm_up:
            self.chart_warm_up = ChartWarmUp(self)
        self.reminders.start()
        run_in_background(
            profile.journal.prepare_for_writing,
            lambda _r: None,
            lambda exc: log.warning("preparing storage failed: %s", type(exc).__name__),
            owner=self,
        )
        self._sweep_backup_folders()
        # once the window is up and has shown its data: a journal that syncs starts its
        # first round a moment after that
        QTimer.singleShot(SYNC_AFTER_MS, self, lambda: self._start_sync(profile))
        self._backups_wait = not pages_checked
        if pages_checked:
            self._start_backups()

    def _start_backups(self) -> None:
        self._daily_backup()
        self._backup_timer.start()

    def page_check_finished(self, damage: Exception | None) -> None:
        """The check of every page of the journal file is over: backups may begin; or a
        page is damaged: lock, and open again with the full check, which says what can be
        done (restore a backup, the damaged file kept aside). Nothing was backed up over
        the backups meanwhile."""
        waiting, self._backups_wait = self._backups_wait, False
        if damage is None:
            if waiting and self._profile is not None:
                self._start_backups()
            return
        if self._profile is None:
            return  # locked meanwhile: unlocking opens with the full check
        self.lock()
        panel = self.lock_panel
        if panel is not None:
            panel.error_label.setText(
                self.tr(
                    "Companion found damage in your journal file while it was open. Unlock "
                    "again to see what can be done; your backups were not touched."
                )
            )
            panel.try_keychain_silently()

    def _flush_views(self) -> bool:
        """Save what every built view holds; False if something could not be saved."""
        saved = [view.flush() for view in self.area_views]
        if self._journal_view is not None:
            saved.insert(0, self._journal_view.flush())
        return all(saved)

    def closeEvent(self, event: QCloseEvent) -> None:
        all_saved = self._profile is None or self._flush_views()
        if not all_saved and not ask_close_without_saving(self):
            event.ignore()
            return
        self._prefs.save_window_state(
            bytes(self.saveGeometry().data()), bytes(self.saveState().data())
        )
        if self._profile is not None:  # while locked, the area shown before locking is kept
            self._remember_area()
        self.hide()  # gone at once, while work still running in the background finishes
        self._stop_sync()
        wait_for_background_work()
        self.opened_files.remove_all()
        self.changes.stop()
        if self._profile is not None:
            self._profile.lock()
            self._profile = None
        event.accept()
