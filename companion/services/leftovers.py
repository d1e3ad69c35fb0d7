"""Clearing up what a crash left behind: temporary files of interrupted writes, and a restore
that was cut between replacing the journal and its keystore.

This runs at every start, before the journal is opened, so it stays small: the modules that
read backup files are imported only when there is something to do.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from pathlib import Path

from companion.config import ProfilePaths

#: Temp files of a backup being written start with this, then the writer's process id:
#: ``.companion-backup-part-<pid>-<random>.tmp``. No other program uses the name, so an
#: interrupted backup's leftovers can be recognised and swept in any folder.
PARTIAL_PREFIX = ".companion-backup-part-"
_PARTIAL = re.compile(
    re.escape(PARTIAL_PREFIX) + r"(?P<pid>\d+)-[A-Za-z0-9_]+\.tmp(?:-journal|-wal|-shm)?"
)
#: A leftover whose writer may still be running is swept once it is this old.
_PARTIAL_MAX_AGE_S = 24 * 3600

_TEMP = re.compile(
    r"\.companion-[A-Za-z0-9_]+\.tmp(-wal|-shm|-journal)?"  # storage.files.new_temp_file
    r"|\.(companion\.db|keystore\.json)\..+\.tmp"  # keystore and profile atomic writes
)

#: Written (atomically) before a restore replaces the journal *and* its keystore; see
#: :func:`companion.services.backup_files.begin_restore`.
RESTORE_MARKER = ".companion-restore-pending.json"


def finish_interrupted_restore(paths: ProfilePaths) -> bool:
    """Finish (or undo) a restore a crash cut in half; True when there was one."""
    if not (paths.root / RESTORE_MARKER).is_file():
        return False
    from companion.services.backup_files import finish_restore

    return finish_restore(paths)


def sweep_partial_files(folder: Path) -> list[Path]:
    """Remove what interrupted backups left in ``folder``: files named like a backup's temp
    file whose writer is no longer running (or that are a day old). Nothing else is ever
    touched. Returns what was removed."""
    try:
        candidates = [
            (path, int(match["pid"]))
            for path in Path(folder).iterdir()
            if (match := _PARTIAL.fullmatch(path.name)) is not None
        ]
    except OSError:
        return []
    if not candidates:
        return []
    import psutil

    removed: list[Path] = []
    now = time.time()
    for path, pid in candidates:
        if path.is_symlink() or not path.is_file():
            continue
        try:
            age = now - path.stat().st_mtime
        except OSError:
            continue
        if age < _PARTIAL_MAX_AGE_S and (pid == os.getpid() or psutil.pid_exists(pid)):
            continue  # a backup being written right now, by us or another Companion
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def sweep_temporary_files(folder: Path) -> list[Path]:
    """Remove temp files that our atomic writes left behind after a crash, in ``folder`` and
    its ``backups`` folder; returns what was removed. Call it at start-up, before the
    database is opened. Only our own temp names are touched. A restore a crash cut in half
    is finished (or undone) first, since it still needs its staged file."""
    finish_interrupted_restore(ProfilePaths(Path(folder)))
    removed: list[Path] = []
    for place in (Path(folder), Path(folder) / "backups"):
        if not place.is_dir():
            continue
        removed.extend(sweep_partial_files(place))
        for path in place.iterdir():
            if _TEMP.fullmatch(path.name) and path.is_file() and not path.is_symlink():
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
    return removed
