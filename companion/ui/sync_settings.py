"""Settings: "Sync between computers".

:class:`SyncSettingsGroup` explains sync and sets it up in a folder the client chooses; once
set up it shows the folder, the computers sharing the journal (when each last sent changes), the
changes still waiting to go into the folder and the last problem, and offers "Sync now",
"Stop syncing on this computer" and taking a computer no longer used off the list. Every
piece of work runs on a worker thread (:mod:`companion.ui.sync_runner`'s functions, through
the same gate as the automatic rounds), with the buttons disabled meanwhile; what it finds is
handed to the main window's :class:`~companion.ui.sync_runner.SyncRunner`, which keeps the
status bar current.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.wording import tr_n
from companion.ui import formatting
from companion.ui.sync_runner import (
    RoundResult,
    SyncKind,
    SyncRunner,
    gate_for,
    run_round,
    run_set_up,
    run_stop,
)
from companion.ui.tasks import ProgressWatch, run_in_background

if TYPE_CHECKING:
    from companion.services.sync import Computer, SyncService, SyncStatus

log = logging.getLogger(__name__)

#: Room for the folder's path before its middle is left out (the tooltip has all of it).
_PATH_WIDTH = 420
_ERROR_STYLE = "color: palette(link);"


class SyncSettingsGroup(QGroupBox):
    """The "Sync between computers" group of the Settings dialog."""

    def __init__(
        self,
        sync: SyncService,
        runner: SyncRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sync between computers"))
        self._sync = sync
        self._gate = gate_for(sync)
        self._runner = runner
        self._busy = False
        self._focus_after: QWidget | None = None  # the button to give focus back to
        self._set_up = False
        self._status: SyncStatus | None = None
        #: the last round's problems, in plain words (the folder away is one of them)
        self._problems: tuple[str, ...] = ()
        if runner is not None:
            state = runner.state
            if state.kind is SyncKind.AWAY:
                self._problems = (self._away_words(),)
            elif state.kind is SyncKind.PROBLEM:
                self._problems = state.problems
            runner.roundFinished.connect(self._runner_round)
        self._build()
        set_up = sync.folder is not None  # a small read: the right page at once
        self._show_page(set_up)
        if set_up:
            self._load_status()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.intro = QLabel(
            self.tr(
                "Companion never goes online. To keep your journal the same on more than one "
                "computer, it writes it, encrypted, into a folder that a sync program you "
                "already use keeps the same on your computers — for example Syncthing, "
                "Nextcloud, Dropbox, OneDrive or iCloud Drive — or onto a USB stick you carry "
                "between them. Everything goes, private entries too, always encrypted; private "
                "entries still never go into anything you export."
            )
        )
        self.how_to = QLabel(
            self.tr(
                "Choose an empty folder inside the one your sync program looks after. On your "
                "other computer, choose “I already use Companion on another computer” when "
                "Companion starts for the first time, and type your recovery key."
            )
        )
        for label in (self.intro, self.how_to):
            label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose folder…"))
        self.choose_button.clicked.connect(self.choose_folder)

        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.computers_label = QLabel(self.tr("Computers sharing this journal:"))
        self.computers = QListWidget()
        self.computers.setAccessibleName(self.tr("Computers sharing this journal"))
        self.computers_label.setBuddy(self.computers)
        self.computers.currentItemChanged.connect(lambda *_: self._enable())
        self.waiting_label = QLabel()
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(_ERROR_STYLE)
        self.problem_label.setAccessibleName(self.tr("Sync problem"))
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.forget_button = QPushButton(self.tr("Remove from list"))
        self.forget_button.setToolTip(
            self.tr("For a computer you no longer use. Its files stay in the sync folder.")
        )
        self.stop_button = QPushButton(self.tr("Stop syncing on this computer…"))
        self.sync_button.clicked.connect(self.sync_now)
        self.forget_button.clicked.connect(self.forget_computer)
        self.stop_button.clicked.connect(self.stop_syncing)

        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.hide()
        self._watch = ProgressWatch(self.progress, self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Sync message"))
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.how_to)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.choose_button)
        choose_row.addStretch(1)
        layout.addLayout(choose_row)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.computers_label)
        layout.addWidget(self.computers)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.problem_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.forget_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)

    def _show_page(self, set_up: bool) -> None:
        """The explanation and "Choose folder…", or what sync is doing."""
        self._set_up = set_up
        explanation: tuple[QWidget, ...] = (self.intro, self.how_to, self.choose_button)
        for widget in explanation:
            widget.setVisible(not set_up)
        for widget in (
            self.folder_label,
            self.computers_label,
            self.computers,
            self.sync_button,
            self.forget_button,
            self.stop_button,
        ):
            widget.setVisible(set_up)
        if not set_up:
            self.waiting_label.hide()
            self.problem_label.hide()
        else:
            self._show_problems()
        self._enable()

    @property
    def busy(self) -> bool:
        """Work started here is running."""
        return self._busy

    @property
    def is_set_up(self) -> bool:
        """What the group shows: sync set up on this computer."""
        return self._set_up

    # -- what sync is doing ------------------------------------------------------------------

    def _load_status(self) -> None:
        """The computers and the waiting changes (reading the folder: off the UI thread)."""
        run_in_background(self._sync.status, self._show_status, self._status_failed, owner=self)

    def _status_failed(self, exc: BaseException) -> None:
        log.warning("the sync status could not be read (%s)", type(exc).__name__)

    def _show_status(self, status: SyncStatus) -> None:
        self._status = status
        set_up = status.folder is not None
        if set_up:
            path = str(status.folder)
            shown = self.fontMetrics().elidedText(path, Qt.TextElideMode.ElideMiddle, _PATH_WIDTH)
            words = self.tr("Your journal syncs through: %1")
            self.folder_label.setText(words.replace("%1", shown))
            self.folder_label.setToolTip(path)
            self._fill_computers(status.computers)
            self.waiting_label.setText(
                tr_n(
                    "SyncSettingsGroup",
                    "%n [change|changes] waiting to go into the sync folder",
                    status.unsent,
                )
            )
        self.waiting_label.setVisible(set_up and status.unsent > 0)
        self._show_page(set_up)

    def _fill_computers(self, computers: tuple[Computer, ...]) -> None:
        chosen = self._chosen_computer()
        self.computers.clear()
        for computer in computers:
            name = computer.name
            if computer.this_computer:
                name = self.tr("%1 (this computer)").replace("%1", name)
            when = self._when(computer.last_wrote)
            item = QListWidgetItem(f"{name} — {when}", self.computers)
            item.setData(Qt.ItemDataRole.UserRole, computer)
            if chosen is not None and computer.device_id == chosen.device_id:
                self.computers.setCurrentItem(item)
        if not computers:
            note = QListWidgetItem(
                self.tr("The computers show here once the sync folder can be read."),
                self.computers,
            )
            note.setFlags(Qt.ItemFlag.NoItemFlags)  # words, not a computer to choose
        rows = max(2, min(5, self.computers.count()))
        row_height = max(self.computers.sizeHintForRow(0), self.fontMetrics().height() + 4)
        frame = self.computers.frameWidth() * 2
        self.computers.setFixedHeight(rows * row_height + frame + 4)

    def _when(self, wrote: datetime | None) -> str:
        if wrote is None:
            return self.tr("no changes sent yet")
        if wrote.date() == formatting.today():
            return self.tr("last sent changes today at %1").replace(
                "%1", formatting.time_text(wrote)
            )
        return self.tr("last sent changes %1").replace("%1", formatting.date_time(wrote))

    def _chosen_computer(self) -> Computer | None:
        item = self.computers.currentItem()
        found = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return found if found is not None and hasattr(found, "device_id") else None

    def _away_words(self) -> str:
        return self.tr(
            "The sync folder is not available right now. Is the drive or USB stick connected? "
            "Your changes wait here and go into the folder when it is back."
        )

    def _note_result(self, result: RoundResult) -> None:
        if result.away:
            self._problems = (self._away_words(),)
        else:
            self._problems = tuple(dict.fromkeys(result.problems))

    def _show_problems(self) -> None:
        self.problem_label.setText("\n".join(self._problems))
        self.problem_label.setVisible(bool(self._problems) and self.is_set_up)

    def _runner_round(self, result: RoundResult) -> None:
        """The runner finished a round: show what it found (unless this group is busy and
        shows its own work next)."""
        if self._busy:
            return
        self._note_result(result)
        self._show_problems()
        if result.folder is not None or self.is_set_up:
            self._load_status()

    def _enable(self) -> None:
        idle = not self._busy
        self.choose_button.setEnabled(idle)
        self.sync_button.setEnabled(idle)
        self.stop_button.setEnabled(idle)
        chosen = self._chosen_computer()
        self.forget_button.setEnabled(idle and chosen is not None and not chosen.this_computer)

    # -- the work ------------------------------------------------------------------------------

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(_ERROR_STYLE if error else "")
        self.message.setVisible(bool(text))

    def _start(
        self,
        busy_text: str,
        work: Callable[[], RoundResult | None],
        done: Callable[[RoundResult | None], None],
        *,
        progress: bool = False,
    ) -> None:
        """Run ``work`` and then read the status, on a worker thread; ``done`` on the UI
        thread. The runner hears of the result even when the dialog was closed meanwhile."""
        self._busy = True
        focused = QApplication.focusWidget()
        self._focus_after = focused if focused is not None and self.isAncestorOf(focused) else None
        self._enable()
        self._say(busy_text)
        if progress:
            self.progress.show()
            self._watch.start()
        sync, runner = self._sync, self._runner

        def both() -> tuple[RoundResult | None, SyncStatus]:
            result = work()
            return result, sync.status()

        def finished(outcome: tuple[RoundResult | None, SyncStatus]) -> None:
            result, status = outcome
            if runner is not None and result is not None:
                runner.take_result(result)
            with contextlib.suppress(RuntimeError):  # the dialog was closed meanwhile
                self._finish(status)
                if result is not None:
                    self._note_result(result)
                    self._show_problems()
                done(result)

        def failed(exc: BaseException) -> None:
            log.error("sync work failed with %s", type(exc).__name__)
            with contextlib.suppress(RuntimeError):
                self._finish(None)
                self._say(self.tr("That did not work. Please try again."), error=True)

        run_in_background(both, finished, failed, owner=runner if runner is not None else self)

    def _finish(self, status: SyncStatus | None) -> None:
        self._busy = False
        self._watch.stop()
        self.progress.hide()
        if status is not None:
            self._show_status(status)
        else:
            self._enable()
        back = self._focus_after  # the button pressed, not whatever took focus meanwhile
        self._focus_after = None
        if back is None:
            return
        for widget in (back, self.computers, self.sync_button, self.choose_button):
            if widget.isVisible() and widget.isEnabled():  # else the nearest that is
                widget.setFocus()
                return

    def choose_folder(self) -> None:
        """Ask for the folder and set sync up in it."""
        start = str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the sync folder"), start)
        if not chosen:
            return
        sync, gate, watch = self._sync, self._gate, self._watch
        folder = Path(chosen)
        if not self._folder_is_fine(folder):
            return

        def done(result: RoundResult | None) -> None:
            if result is None or result.folder is None:
                problem = result.problem if result is not None else ""
                self._say(problem or self.tr("Sync could not be set up there."), error=True)
            elif result.away:
                self._say(self._away_words(), error=True)
            elif self._status is not None and len(self._status.computers) > 1:
                self._say(self.tr("Sync is set up."))
            else:
                self._say(
                    self.tr(
                        "Sync is set up. On your other computer, choose “I already use "
                        "Companion on another computer” when Companion starts for the first "
                        "time, and type your recovery key."
                    )
                )

        self._start(
            self.tr("Setting up sync… With a big journal this can take a little while."),
            lambda: run_set_up(sync, gate, folder, watch.report),
            done,
            progress=True,
        )

    def _folder_is_fine(self, folder: Path) -> bool:
        """A folder holding other things (and no Companion journal) is used only when the
        client says so: Companion's files would go next to them."""
        from companion.formats.sync_folder import JOURNAL_FILE_NAME

        try:
            names = [p.name for p in folder.iterdir() if not p.name.startswith(".")]
        except OSError:
            return True  # setting up says what is wrong with it
        if not names or JOURNAL_FILE_NAME in names:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Use this folder?"),
            self.tr(
                "This folder already holds other files. Companion would put its own next to "
                "them. An empty folder of its own is tidier. Use this folder anyway?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def sync_now(self) -> None:
        sync, gate, watch = self._sync, self._gate, self._watch

        def done(result: RoundResult | None) -> None:
            report = result.report if result is not None else None
            if result is None or result.folder is None:
                self._say("")
            elif result.away or report is None:
                self._say("")  # the problem says what happened
            else:
                came = report.written + report.deleted
                self._say(
                    tr_n(
                        "SyncSettingsGroup",
                        "Up to date. %n [change|changes] came in from your other computers.",
                        came,
                    )
                    if came
                    else self.tr("Up to date.")
                )

        self._start(
            self.tr("Syncing…"),
            lambda: run_round(sync, gate, capture_local=True, progress=watch.report),
            done,
            progress=True,
        )

    def stop_syncing(self) -> None:
        unsent = self._status.unsent if self._status is not None else 0
        text = self.tr(
            "Stop syncing on this computer? Your journal here stays as it is, and the files "
            "in the sync folder stay too: your other computers keep syncing through it. You "
            "can set sync up here again at any time."
        )
        if unsent:
            text += "\n\n" + tr_n(
                "SyncSettingsGroup",
                "%n [change|changes] made here did not reach the sync folder yet. They go "
                "there if you set sync up again.",
                unsent,
            )
        answer = QMessageBox.question(self, self.tr("Stop syncing"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        sync, gate = self._sync, self._gate

        def done(_result: RoundResult | None) -> None:
            self._problems = ()
            self._say(
                self.tr(
                    "Sync is off on this computer. Your journal here and the files in the sync "
                    "folder are as they were."
                )
            )

        self._start(self.tr("Stopping…"), lambda: run_stop(sync, gate), done)

    def forget_computer(self) -> None:
        chosen = self._chosen_computer()
        if chosen is None or chosen.this_computer:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove from list"),
            self.tr(
                "Take “%1” off the list? Do this for a computer you no longer use. Nothing is "
                "deleted: its files stay in the sync folder, and it shows here again if it "
                "syncs again."
            ).replace("%1", chosen.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        sync, device = self._sync, chosen.device_id

        def forget() -> None:
            sync.forget_computer(device)

        def done(_result: RoundResult | None) -> None:
            self._say(self.tr("“%1” is off the list.").replace("%1", chosen.name))

        self._start(self.tr("Removing…"), forget, done)
