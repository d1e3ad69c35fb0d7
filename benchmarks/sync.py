#!/usr/bin/env python3
"""Sync through a folder, on 10 years of generated data (issue 15's targets).

    python benchmarks/sync.py [--years 10] [--rounds 3] [--keep]

A profile gets ``--years`` of journal entries and counseling history (as ``archive.py``) and
is set up to sync through a plain folder (as if the sync service delivered every file at
once). Measured, in this process, medians of ``--rounds``:

* **joining** a new computer (``ProfileService.join`` and its first round: the recovery key
  opens the folder's unlock record, a new encrypted journal is made and filled from the
  folder), as a ratio to the reference measured in the same run: exporting the full archive
  and importing it into a new empty profile (target: at most 3x);
* **one change** on the other side: a journal entry written on the first computer and put in
  the folder, then the time from that file being there to the second computer's journal
  holding it (its round: list the folder, read and open the file, merge, write the row;
  target under 2 s; the app's window adds the time its list takes to reload, measured by
  ``tests/ui`` but not here);
* **one change, in the app**: the second computer's window is open on the Journal (offscreen
  Qt, the app's own sync runner); from the first computer's change file appearing in the
  folder to the window's journal list showing the entry (the runner notices the file, waits
  half a second for the sync program to finish, runs a round on a worker thread, and the
  list reloads; target under 2 s);
* the **folder's size** against the database file's;
* **photos** (``--photos`` of about ``--photo-mb`` MB each, real JPEGs that do not compress,
  kept with as many entries): the first computer's round that sends them (each written into
  its ``files`` folder once, sealed), a new computer joining the journal with them (against
  the join without them above), one more photo from its file being there to the other
  computer holding it, a round with nothing new (nothing is sent again), and the size of
  the folder's files against the photos'.

Exit status 0 whenever the measurements were made (also when a target is missed).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

JOIN_TARGET = 3.0
CHANGE_TARGET_S = 2.0
PASSPHRASE = "bench passphrase"


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _listed(model: Any, title: str) -> bool:
    """The journal list shows an entry titled ``title`` near its top (newest first)."""
    from companion.ui.journal.list_model import SummaryRole

    for row in range(min(model.rowCount(), 12)):
        summary = model.index(row, 0).data(SummaryRole)
        if summary is not None and summary.title == title:
            return True
    return False


def _window_latencies(
    tmp: Path, folder: Path, source: Any, recovery: str, fast: Any, rounds: int
) -> list[float]:
    """The second computer's window open on the Journal; each round, a change file from the
    first computer lands in the folder, and the time until the list shows the entry."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from companion.ui.qt_loading import load_qt

    load_qt()
    from PySide6.QtCore import QCoreApplication, QElapsedTimer
    from PySide6.QtWidgets import QApplication

    from companion.config import ProfilePaths
    from companion.domain.journal import EntryDraft
    from companion.services.profile import ProfileService
    from companion.ui.main_window import MainWindow
    from companion.ui.preferences import Preferences

    app = QApplication.instance() or QApplication([])
    service = ProfileService(ProfilePaths(tmp / "window"))
    joined = service.join(folder, recovery, use_keychain=False, passphrase=PASSPHRASE, params=fast)
    joined.sync.set_up(folder, name="window")
    window = MainWindow(service, joined, Preferences())
    window.show()
    window.start()
    window.show_area_key("journal")
    view = window.journal_view

    def settle(seconds: float) -> None:
        timer = QElapsedTimer()
        timer.start()
        while timer.elapsed() < seconds * 1000:
            app.processEvents()
            time.sleep(0.005)

    settle(3.0)  # the runner's first round and the window's own warm-up
    found: list[float] = []
    for round_ in range(rounds):
        title = f"window change {round_}"
        source.journal.create(EntryDraft(title=title, body="from afar"))
        # the first computer's round, its change file written into the folder now
        source.sync.sync_now()
        started = time.perf_counter()
        while not _listed(view.model, title):
            app.processEvents()
            time.sleep(0.002)
            if time.perf_counter() - started > 30:
                raise SystemExit("the change never reached the window")
        found.append(time.perf_counter() - started)
        print(f"window round {round_ + 1}: shown after {found[-1] * 1000:.0f} ms")
        settle(1.0)
    window.close()
    if window.profile is not None:
        window.profile.lock()
    QCoreApplication.processEvents()
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", type=float, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--photos", type=int, default=10, help="photos kept with entries")
    parser.add_argument("--photo-mb", type=float, default=4.0, help="about how large each is")
    parser.add_argument("--no-window", action="store_true", help="skip the window's latency")
    args = parser.parse_args()

    from companion.config import ProfilePaths
    from companion.domain.journal import EntryDraft, EntryFilter
    from companion.security.crypto import KdfParams
    from companion.services.archive import ArchiveService
    from companion.services.demo import generate_entries
    from companion.services.demo_counseling import DemoCounselingService
    from companion.services.profile import ProfileService

    fast = KdfParams(memory_cost_kib=1024, iterations=1, lanes=1)
    days = round(args.years * 365)
    tmp = Path(tempfile.mkdtemp(prefix="companion-bench-sync-"))
    try:
        source, recovery = ProfileService(ProfilePaths(tmp / "source")).create(
            use_keychain=False, passphrase=PASSPHRASE, params=fast
        )
        entries = source.journal.add_many(generate_entries(days))
        counts = source.service(DemoCounselingService).add(days)
        print(f"Data: {entries} entries, " + ", ".join(f"{n} {k}" for k, n in counts.items()))
        folder = tmp / "Shared"
        folder.mkdir()
        started = time.perf_counter()
        source.sync.set_up(folder, name="first")
        print(f"Setting up sync on the first computer: {time.perf_counter() - started:.2f} s")

        references, joins, changes = [], [], []
        for round_ in range(args.rounds):
            target = tmp / f"round{round_}.companion-archive.zip"
            started = time.perf_counter()
            source.service(ArchiveService).export(
                target, include_private=True, include_safety_plan=True
            )
            empty, _ = ProfileService(ProfilePaths(tmp / f"empty{round_}")).create(
                use_keychain=False, passphrase=PASSPHRASE, params=fast
            )
            empty.service(ArchiveService).import_archive(target)
            references.append(time.perf_counter() - started)
            empty.lock()

            started = time.perf_counter()
            joined = ProfileService(ProfilePaths(tmp / f"joined{round_}")).join(
                folder, recovery, use_keychain=False, passphrase=PASSPHRASE, params=fast
            )
            joined.sync.set_up(folder, name=f"joined {round_}")
            joins.append(time.perf_counter() - started)
            held = joined.journal.count()

            marker = f"bench change {round_}"
            source.journal.create(EntryDraft(title=marker, body="one change"))
            source.sync.sync_now()
            started = time.perf_counter()
            report = joined.sync.sync_now(capture_local=False)
            changes.append(time.perf_counter() - started)
            found = joined.journal.list(EntryFilter(text=marker))
            assert found, "the change did not arrive"
            print(
                f"round {round_ + 1}: archive export + import {references[-1]:.2f} s, "
                f"join {joins[-1]:.2f} s ({held} entries), one change applied in "
                f"{changes[-1] * 1000:.0f} ms ({report.received} file)"
            )
            joined.lock()
            shutil.rmtree(tmp / f"joined{round_}")
            shutil.rmtree(tmp / f"empty{round_}")
        source.service(lambda db: db).checkpoint()
        window_latencies = (
            []
            if args.no_window
            else _window_latencies(tmp, folder, source, recovery, fast, args.rounds)
        )
        database = (tmp / "source" / "companion.db").stat().st_size
        shared = _size(folder)
        photos = (
            _photos(tmp, folder, source, recovery, fast, args.photos, args.photo_mb)
            if args.photos
            else None
        )
        source.lock()
    finally:
        if args.keep:
            print(f"Kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    reference = statistics.median(references)
    join = statistics.median(joins)
    ratio = join / reference
    change = statistics.median(changes)
    print()
    print(f"{'measure':<58} {'value':>12}  result")
    print(
        f"{'join a new computer / archive export + import':<58} {ratio:>11.2f}x  "
        f"{'met' if ratio <= JOIN_TARGET else 'NOT met'} (target <= {JOIN_TARGET:.0f}x; "
        f"{join:.2f} s / {reference:.2f} s)"
    )
    print(
        f"{'one change, file there -> journal holds it':<58} {change * 1000:>9.0f} ms  "
        f"{'met' if change < CHANGE_TARGET_S else 'NOT met'} (target < {CHANGE_TARGET_S:.0f} s)"
    )
    if window_latencies:
        window = statistics.median(window_latencies)
        print(
            f"{'one change, file there -> the window shows it':<58} {window * 1000:>9.0f} ms  "
            f"{'met' if window < CHANGE_TARGET_S else 'NOT met'} "
            f"(target < {CHANGE_TARGET_S:.0f} s; slowest {max(window_latencies) * 1000:.0f} ms)"
        )
    print(
        f"{'sync folder / the database file':<58} "
        f"{shared / database:>11.2f}x  ({shared / 1e6:.1f} MB / {database / 1e6:.1f} MB)"
    )
    if photos is not None:
        count, megabytes = args.photos, photos["sent"] / 1e6
        label = f"{count} photos ({megabytes:.0f} MB)"
        print(f"{f'first computer sends {label}':<58} {photos['send']:>10.2f} s")
        print(
            f"{f'join with {label}':<58} {photos['join']:>10.2f} s  "
            f"({photos['join'] - join:+.2f} s against the join without them, "
            f"{photos['join'] / reference:.2f}x archive export + import)"
        )
        print(
            f"{'one more photo, file there -> the other computer holds it':<58} "
            f"{photos['one'] * 1000:>9.0f} ms  "
            f"{'met' if photos['one'] < CHANGE_TARGET_S else 'NOT met'} "
            f"(target < {CHANGE_TARGET_S:.0f} s)"
        )
        print(
            f"{'a round with nothing new (photos held)':<58} {photos['idle'] * 1000:>9.0f} ms  "
            f"({photos['resent']} files sent again)"
        )
        print(
            f"{'the files in the folder / the photos':<58} "
            f"{photos['folder'] / photos['bytes']:>11.2f}x  "
            f"({photos['folder'] / 1e6:.1f} MB / {photos['bytes'] / 1e6:.1f} MB)"
        )
    return 0


def _photo(seed: int, megabytes: float) -> bytes:
    """A real JPEG of about ``megabytes`` MB that does not compress (noise)."""
    import io
    import random

    from PIL import Image

    pixels = int(megabytes * 1.03e6)  # noise at quality 92: about one byte a pixel
    width = int((pixels * 4 / 3) ** 0.5)
    height = pixels // width
    image = Image.frombytes("RGB", (width, height), random.Random(seed).randbytes(pixels * 3))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92)
    return out.getvalue()


def _photos(
    tmp: Path, folder: Path, source: Any, recovery: str, fast: Any, count: int, megabytes: float
) -> dict[str, float]:
    """Photos kept with entries: sending them, joining with them, one more, nothing new."""
    from companion.config import ProfilePaths
    from companion.domain.journal import EntryFilter
    from companion.services.attachments import AttachmentService
    from companion.services.profile import ProfileService

    files = source.service(AttachmentService)
    entries = source.journal.list(EntryFilter())[: count + 1]
    total = 0
    for n in range(count):
        data = _photo(n, megabytes)
        total += len(data)
        files.add(entries[n].id, f"photo {n}.jpg", data)
    started = time.perf_counter()
    report = source.sync.sync_now()
    send = time.perf_counter() - started
    assert report.files_sent == count, report
    print(f"photos: {count} sent in {send:.2f} s ({total / 1e6:.1f} MB)")

    started = time.perf_counter()
    joined = ProfileService(ProfilePaths(tmp / "joined-photos")).join(
        folder, recovery, use_keychain=False, passphrase=PASSPHRASE, params=fast
    )
    report = joined.sync.set_up(folder, name="joined with photos")
    join = time.perf_counter() - started
    assert report.files_received == count and report.waiting == 0, report
    print(f"photos: joined in {join:.2f} s, {report.files_received} photos brought")

    data = _photo(count, megabytes)
    files.add(entries[count].id, "one more.jpg", data)
    source.sync.sync_now()
    started = time.perf_counter()
    report = joined.sync.sync_now(capture_local=False)
    one = time.perf_counter() - started
    assert report.files_received == 1, report
    started = time.perf_counter()
    idle = source.sync.sync_now()
    idle_time = time.perf_counter() - started
    joined.lock()
    found = list(folder.glob("devices/*/files/*.csync"))
    return {
        "send": send,
        "join": join,
        "one": one,
        "idle": idle_time,
        "resent": idle.files_sent,
        "sent": total,
        "bytes": total + len(data),
        "folder": sum(p.stat().st_size for p in found),
    }


if __name__ == "__main__":
    sys.exit(main())
