"""Keeping sync going by itself while the journal is open.

:class:`SyncRunner` belongs to the main window and runs one round of sync
(:meth:`~companion.services.sync.SyncService.sync_now`) on a worker thread whenever there is
something to carry:

* a couple of seconds after a write here is announced on the profile's change feed (what
  sync itself writes, and settings, do not count: that would go round in circles);
* shortly after files change in the sync folder (a watcher on ``devices/`` and on each
  other computer's folder, renewed after every round as folders appear);
* every half minute as a fallback (looking for edits here only when one was announced);
* once when the journal is unlocked.

Rounds never overlap: one asked for during a round runs after it. :class:`SyncGate` makes
that true for the Settings' own rounds too, and tells the runner which commits are sync's own.
What a round writes reaches the views through the change feed, like any other write.

:func:`run_round` and :func:`run_set_up` do the work (on a worker thread) and sum it up as a
:class:`RoundResult`; :class:`SyncState` is what the status bar shows.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import os
import re
import threading
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal, Slot

from companion.domain.changes import Area, Changes
from companion.services.errors import CompanionError
from companion.ui.tasks import run_in_background

if TYPE_CHECKING:
    from companion.services.profile import UnlockedProfile
    from companion.services.sync import SyncReport, SyncService

log = logging.getLogger(__name__)

#: A round this long after the first write of a burst (milliseconds).
WRITE_DELAY_MS = 2000
#: A round this long after the first change seen in the sync folder (files come in bursts).
ARRIVAL_DELAY_MS = 500
#: The fallback round, also for folders no watcher can see into (network drives).
POLL_MS = 30_000
#: The fallback round while the sync folder is away.
AWAY_POLL_MS = 5_000
#: The round at unlock waits this long, so the window is painted first.
FIRST_ROUND_MS = 800
#: Commits that touch only these areas are not edits to send.
_NOT_EDITS = frozenset({Area.SYNC, Area.SETTINGS})
_DEVICE_ID = re.compile(r"[0-9a-f]{32}")
#: At most this many of the other computers' folders are watched (the rest wait for the poll).
_MAX_WATCHED = 64


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncRunner", text)


# -- one round, on a worker thread ------------------------------------------------------------


class SyncGate:
    """Lets one piece of sync work run at a time for a journal, and knows which thread runs
    it (so that the runner can tell sync's own commits from the client's)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._owner: int | None = None

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        with self._lock:
            self._owner = threading.get_ident()
            try:
                yield
            finally:
                self._owner = None

    def held_here(self) -> bool:
        """True on the thread doing sync work now."""
        return self._owner == threading.get_ident()


_gates: weakref.WeakKeyDictionary[SyncService, SyncGate] = weakref.WeakKeyDictionary()


def gate_for(service: SyncService) -> SyncGate:
    """The gate of one journal's sync (call on the UI thread)."""
    gate = _gates.get(service)
    if gate is None:
        gate = _gates[service] = SyncGate()
    return gate


@dataclass(frozen=True)
class RoundResult:
    """What a piece of sync work found."""

    folder: Path | None  # None: sync is not set up on this computer
    report: SyncReport | None = None
    away: bool = False  # the sync folder is not there
    problem: str = ""  # why the work stopped, in plain words
    watch: tuple[str, ...] = ()  # the folders to watch for files arriving

    @property
    def problems(self) -> list[str]:
        """Every problem, the one that stopped the work first."""
        found = [self.problem] if self.problem else []
        return found + (list(self.report.problems) if self.report is not None else [])


def run_round(
    service: SyncService,
    gate: SyncGate,
    *,
    capture_local: bool,
    progress: Callable[[int, int], None] | None = None,
) -> RoundResult:
    """One round of sync, when sync is set up (call on a worker thread)."""
    with gate.held():
        folder = service.folder
        if folder is None:
            return RoundResult(None)
        return _do(service, folder, lambda: service.sync_now(progress, capture_local=capture_local))


def run_set_up(
    service: SyncService,
    gate: SyncGate,
    folder: Path,
    progress: Callable[[int, int], None] | None = None,
) -> RoundResult:
    """Sync through ``folder`` from now on, with a first round (on a worker thread)."""
    with gate.held():
        return _do(service, folder, lambda: service.set_up(folder, progress=progress))


def run_stop(service: SyncService, gate: SyncGate) -> RoundResult:
    """Stop syncing on this computer (on a worker thread)."""
    with gate.held():
        service.stop()
        return RoundResult(service.folder)


def _do(service: SyncService, folder: Path, work: Callable[[], SyncReport]) -> RoundResult:
    from companion.formats.sync_folder import SyncFolderMissing

    try:
        report = work()
    except SyncFolderMissing:
        return RoundResult(service.folder, away=True)
    except CompanionError as exc:
        return RoundResult(service.folder, problem=str(exc))
    except OSError as exc:
        log.warning("sync could not use its folder (%s)", type(exc).__name__)
        problem = _tr(
            "Companion could not read or write the sync folder. Please check that it is "
            "there and that it can be written to."
        )
        return RoundResult(service.folder, problem=problem)
    folder = service.folder or folder
    if report.folder_missing:
        return RoundResult(folder, report, away=True)
    return RoundResult(folder, report, watch=_watch_paths(folder, service.device_id()))


def _watch_paths(folder: Path, own_device: str) -> tuple[str, ...]:
    """The sync folder, its ``devices`` folder and the other computers' folders in it, with
    their ``files`` folders (this computer's own are left out: its own writes there must not
    start another round)."""
    from companion.formats.sync_folder import DEVICES_FOLDER, FILES_FOLDER

    paths = [str(folder)]
    devices = folder / DEVICES_FOLDER
    try:
        with os.scandir(devices) as entries:
            paths.append(str(devices))
            for entry in entries:
                if len(paths) >= _MAX_WATCHED + 2:
                    break
                name = entry.name
                mine = name == own_device
                if not mine and _DEVICE_ID.fullmatch(name) and entry.is_dir(follow_symlinks=False):
                    paths.append(entry.path)
                    files = os.path.join(entry.path, FILES_FOLDER)  # bytes of kept files
                    if os.path.isdir(files) and not os.path.islink(files):
                        paths.append(files)
    except OSError:
        pass  # no devices folder yet: the sync folder's own watch sees it appear
    return tuple(paths)


# -- what the status bar shows ----------------------------------------------------------------


class SyncKind(enum.Enum):
    OFF = "off"  # not set up (or locked): nothing is shown
    SYNCED = "synced"
    AWAY = "away"  # the sync folder is not there; changes wait here
    PROBLEM = "problem"


@dataclass(frozen=True)
class SyncState:
    kind: SyncKind = SyncKind.OFF
    last_synced: datetime | None = None
    folder: Path | None = None
    problems: tuple[str, ...] = ()  # in plain words, the most important first

    @property
    def problem(self) -> str:
        return self.problems[0] if self.problems else ""


def state_after(previous: SyncState, result: RoundResult, now: datetime) -> SyncState:
    """What to show after ``result``."""
    if result.folder is None:
        return SyncState()
    kept = replace(previous, folder=result.folder, problems=())
    if result.away:
        return replace(kept, kind=SyncKind.AWAY)
    problems = tuple(dict.fromkeys(result.problems))  # the same text once
    if result.report is not None:  # the round went through (some file may not have been used)
        kept = replace(kept, last_synced=now)
    if problems:
        return replace(kept, kind=SyncKind.PROBLEM, problems=problems)
    return replace(kept, kind=SyncKind.SYNCED)


# -- the runner ---------------------------------------------------------------------------------


class SyncRunner(QObject):
    """Runs sync rounds by itself while a profile is unlocked (see the module's description)."""

    stateChanged = Signal(object)  # SyncState
    roundFinished = Signal(object)  # RoundResult, of the runner's rounds and the Settings'
    _wrote = Signal()  # an edit was committed (from any thread)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._profile: UnlockedProfile | None = None
        self._service: SyncService | None = None
        self._gate: SyncGate | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._generation = 0  # rounds of an earlier unlock report to nobody
        self._set_up: bool | None = None  # None: not known yet
        self._busy = False
        self._again: bool | None = None  # a round asked for during one (capture_local)
        self._dirty = False  # an edit was announced since the last round looked for edits
        self._state = SyncState()
        #: rounds started, for tests and for the curious
        self.rounds = 0
        self._first = self._timer(FIRST_ROUND_MS, lambda: self.request_round(capture_local=True))
        self._after_write = self._timer(WRITE_DELAY_MS, lambda: self.request_round(True))
        self._after_arrival = self._timer(ARRIVAL_DELAY_MS, self._files_settled)
        self._poll = self._timer(POLL_MS, self._files_settled, single=False)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._files_changed)
        self._wrote.connect(self._edit_announced)

    def _timer(self, ms: int, slot: Callable[[], None], *, single: bool = True) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    @property
    def state(self) -> SyncState:
        return self._state

    @property
    def busy(self) -> bool:
        """A round is running."""
        return self._busy

    def is_idle(self) -> bool:
        """No round running and none about to start (the half-minute fallback aside)."""
        waiting = (self._first, self._after_write, self._after_arrival)
        return not self._busy and not any(timer.isActive() for timer in waiting)

    @property
    def watched(self) -> list[str]:
        """The folders watched for files arriving now."""
        return self._watcher.directories()

    # -- life cycle ------------------------------------------------------------------------

    def start(self, profile: UnlockedProfile) -> None:
        """The journal is open: listen for edits and run a first round soon. When the journal
        does not sync, nothing of sync is loaded (a quick read says so) until Settings sets
        it up and hands the runner its first round (:meth:`take_result`)."""
        self.stop()
        self._profile = profile
        if profile.sync_folder() is None:
            self._set_up = False
            return
        self._attach()
        self._first.start()

    def running_for(self, profile: UnlockedProfile) -> bool:
        """True when started for ``profile`` (and not stopped since)."""
        return self._profile is profile

    def _attach(self) -> None:
        """Reach the profile's sync service and hear its edits (once per unlock)."""
        profile = self._profile
        if self._service is not None or profile is None or profile.is_locked:
            return
        service = profile.sync
        self._service, self._gate = service, gate_for(service)
        self._unsubscribe = profile.changes.subscribe(self._hear)

    def stop(self) -> None:
        """The journal is locked or Companion quits: no more rounds (one running finishes;
        the window waits for it before the key goes)."""
        self._generation += 1
        for timer in (self._first, self._after_write, self._after_arrival, self._poll):
            timer.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._rearm(())
        self._profile, self._service, self._gate = None, None, None
        self._set_up, self._busy, self._again, self._dirty = None, False, None, False
        self._show(SyncState())

    # -- what starts a round ---------------------------------------------------------------

    def _hear(self, changes: Changes) -> None:
        """Called on the committing thread."""
        gate = self._gate
        if gate is not None and gate.held_here():
            return  # sync's own writes
        if all(area in _NOT_EDITS for area in changes.areas):
            return
        with contextlib.suppress(RuntimeError):  # the runner is gone
            self._wrote.emit()

    @Slot()
    def _edit_announced(self) -> None:
        if self._service is None or self._set_up is False:
            return
        self._dirty = True
        if not self._after_write.isActive():
            self._after_write.start()  # not restarted: typing for a while still syncs

    @Slot(str)
    def _files_changed(self, _path: str) -> None:
        if not self._after_arrival.isActive():
            self._after_arrival.start()

    def _files_settled(self) -> None:
        self.request_round(capture_local=self._dirty)

    def request_round(self, capture_local: bool = True) -> None:
        """Run a round now, or right after the one running."""
        profile, service, gate = self._profile, self._service, self._gate
        if profile is None or service is None or gate is None:
            return
        if profile.is_locked:  # locked without the window knowing (tests do that)
            self.stop()
            return
        if self._busy:
            self._again = bool(self._again) or capture_local
            return
        capture = capture_local or self._dirty
        self._busy, self._dirty = True, False
        if capture:
            self._after_write.stop()  # this round takes the edits along
        self.rounds += 1
        generation = self._generation
        run_in_background(
            lambda: run_round(service, gate, capture_local=capture),
            lambda result: self._round_done(generation, result),
            lambda exc: self._round_failed(generation, exc),
            owner=self,
        )

    # -- after a round ---------------------------------------------------------------------

    def _round_done(self, generation: int, result: RoundResult) -> None:
        if generation != self._generation:
            return
        self._busy = False
        self.take_result(result)
        again, self._again = self._again, None
        if again is not None and self._set_up:
            self.request_round(again)

    def _round_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if self._profile is None or self._profile.is_locked:
            log.debug("a sync round ended as the journal was locked (%s)", type(exc).__name__)
            self.stop()
            return
        log.error("a sync round failed with %s", type(exc).__name__)
        self._busy = False
        problem = _tr("Something went wrong while syncing. Companion will try again.")
        self._show(replace(self._state, kind=SyncKind.PROBLEM, problems=(problem,)))
        self._again = None

    def take_result(self, result: RoundResult) -> None:
        """What a round found (the runner's own, or one Settings ran): show it, watch the
        folders it found, and keep the fallback round going while sync is set up."""
        self._attach()
        if self._service is None:
            return
        self._set_up = result.folder is not None
        if self._set_up:
            # while the folder is away, look for it often: nothing watches a folder that
            # is not there, and its return should be noticed soon
            self._poll.setInterval(AWAY_POLL_MS if result.away else POLL_MS)
            if not self._poll.isActive():
                self._poll.start()
            # a folder that went away is watched afresh when it is back (a watch may have
            # followed it elsewhere)
            self._rearm(() if result.away else result.watch)
        else:
            self._poll.stop()
            self._after_write.stop()
            self._rearm(())
        self._show(state_after(self._state, result, datetime.now()))
        self.roundFinished.emit(result)

    def _rearm(self, paths: tuple[str, ...]) -> None:
        current = set(self._watcher.directories())
        gone = current - set(paths)
        if gone:
            self._watcher.removePaths(sorted(gone))
        new = [p for p in paths if p not in current]
        if new:
            self._watcher.addPaths(new)  # a folder gone meanwhile is left out

    def _show(self, state: SyncState) -> None:
        changed = state != self._state
        self._state = state
        if changed:
            self.stateChanged.emit(state)
