#!/usr/bin/env python3
"""What an entry with ten 4 MB photos costs (issue 16).

    python benchmarks/attachments.py [--years 10] [--photos 10] [--rounds 3]

A profile gets ``--years`` of generated journal entries; one entry gets ``--photos`` photos of
about 4 MB each (4000 x 3000 JPEGs, made from noise so that they cannot be compressed: the
worst case for every step). Measured, medians of ``--rounds``, each against a reference
measured in the same run:

* **opening the entry** in the app's window (offscreen Qt, the Journal area): from asking the
  view to open it to the thumbnail of every file the strip shows drawn (Write mode; the strip
  shows two rows and makes the others' as it scrolls), and to every picture in the Read view.
  The first open makes the thumbnails and previews from the 4 MB originals (on a worker
  thread) and keeps them; later opens read the kept ones. Reference: Qt decoding one of the
  photos whole, as an image viewer shows it (an entry without files is timed too).
* **backing up**: a portable backup of the journal with the photos, against the same journal
  without them (the growth of backup time), and the sizes of both.

Exit status 0 whenever the measurements were made.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

PASSPHRASE = "bench passphrase"


def photo(seed: int) -> bytes:
    """A 4000 x 3000 JPEG of about 4 MB (noise at quality 60)."""
    import io
    import random

    from PIL import Image

    rng = random.Random(seed)
    small = Image.frombytes("RGB", (1000, 750), rng.randbytes(1000 * 750 * 3))
    big = small.resize((4000, 3000), Image.Resampling.NEAREST)
    noise = Image.frombytes("RGB", (4000, 3000), rng.randbytes(4000 * 3000 * 3))
    mixed = Image.blend(big, noise, 0.5)
    out = io.BytesIO()
    mixed.save(out, "JPEG", quality=60)
    return out.getvalue()


def _wait(app: object, done: Callable[[], bool], limit: float = 30.0, what: str = "") -> float:
    started = time.perf_counter()
    while not done():
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.001)
        if time.perf_counter() - started > limit:
            raise SystemExit(f"the entry never finished opening ({what})")
    return time.perf_counter() - started


def _open_times(
    root: Path, profile: object, entries: tuple[int, int], photos: int, rounds: int
) -> dict[str, list[float]]:
    with_files, plain = entries
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from companion.config import ProfilePaths
    from companion.services.profile import ProfileService
    from companion.ui.attachments.pictures import Kind
    from companion.ui.main_window import MainWindow
    from companion.ui.preferences import Preferences

    app = QApplication.instance() or QApplication([])
    window = MainWindow(ProfileService(ProfilePaths(root)), profile, Preferences())  # type: ignore[arg-type]
    window.resize(1200, 800)
    window.show()
    window.start()
    window.show_area_key("journal")
    view = window.journal_view
    editor = view.editor
    settle_until = time.perf_counter() + 3.0
    while time.perf_counter() < settle_until:  # the window's own warm-up
        app.processEvents()
        time.sleep(0.005)

    def all_ready(kind: Kind) -> bool:
        files = editor.files.attachments
        if len(files) != photos:
            return False
        wanted = [a for i, a in enumerate(files) if kind is Kind.PREVIEW or shown(i)]
        return all(editor.files.pictures.has(a, kind) for a in wanted)

    strip = editor.files_strip.list

    def shown(row: int) -> bool:
        """The strip shows this file now (the thumbnails of others are made as it scrolls)."""
        rect = strip.visualRect(strip.model().index(row, 0))
        return rect.isValid() and strip.viewport().rect().intersects(rect)

    times: dict[str, list[float]] = {
        "plain": [],
        "write, first": [],
        "write, kept": [],
        "read, first": [],
        "read, kept": [],
    }
    for round_ in range(rounds):
        editor.show_reader(False)
        view.open_entry(plain)
        _wait(app, lambda: editor.files.entry_id == plain)
        editor.files.pictures.forget()  # nothing of the photos in memory
        started = time.perf_counter()
        view.open_entry(with_files)
        _wait(app, lambda: all_ready(Kind.THUMBNAIL), what="thumbnails")
        key = "write, first" if round_ == 0 else "write, kept"
        times[key].append(time.perf_counter() - started)
        editor.show_reader(True)
        view.open_entry(plain)
        _wait(app, lambda: editor.files.entry_id == plain)
        editor.files.pictures.forget()
        started = time.perf_counter()
        view.open_entry(with_files)
        _wait(app, lambda: all_ready(Kind.PREVIEW), what="previews")
        key = "read, first" if round_ == 0 else "read, kept"
        times[key].append(time.perf_counter() - started)
        editor.show_reader(False)
        view.open_entry(with_files)
        _wait(app, lambda: editor.files.entry_id == with_files)
        started = time.perf_counter()
        view.open_entry(plain)
        _wait(app, lambda: editor.files.entry_id == plain and editor.title_edit.text() == "plain")
        times["plain"].append(time.perf_counter() - started)
    window.close()
    QCoreApplication.processEvents()
    return times


def _viewer_reference(data: bytes, rounds: int) -> float:
    """Median time for Qt to decode one photo at full size (what an image viewer does)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageReader

    found = []
    for _ in range(rounds):
        started = time.perf_counter()
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        reader.setAllocationLimit(512)
        if reader.read().isNull():
            raise SystemExit("the reference photo could not be decoded")
        found.append(time.perf_counter() - started)
    return statistics.median(found)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", type=float, default=10)
    parser.add_argument("--photos", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from companion.config import ProfilePaths
    from companion.domain.journal import EntryDraft
    from companion.security.crypto import KdfParams
    from companion.services.attachments import AttachmentService
    from companion.services.backups import BackupService
    from companion.services.demo import generate_entries
    from companion.services.profile import ProfileService

    fast = KdfParams(memory_cost_kib=1024, iterations=1, lanes=1)
    days = round(args.years * 365)
    with tempfile.TemporaryDirectory(prefix="companion-bench-attachments-") as tmp:
        root = Path(tmp)
        profile, _ = ProfileService(ProfilePaths(root / "profile")).create(
            use_keychain=False, passphrase=PASSPHRASE, params=fast
        )
        entries = profile.journal.add_many(generate_entries(days))
        backups = profile.service(BackupService)

        def backup_times(label: str) -> tuple[float, int]:
            found = []
            size = 0
            for round_ in range(args.rounds):
                target = root / f"{label}-{round_}.companion-backup"
                started = time.perf_counter()
                written = backups.back_up_to(target)
                found.append(time.perf_counter() - started)
                size = written.stat().st_size
                written.unlink()
            return statistics.median(found), size

        without, size_without = backup_times("without")
        photos = [photo(i) for i in range(args.photos)]
        print(
            f"Data: {entries} entries; {args.photos} photos of "
            f"{statistics.mean(len(p) for p in photos) / 1e6:.1f} MB on average"
        )
        with_files = profile.journal.create(
            EntryDraft(title="with photos", body="Ten photos of the walk."),
            created_at=datetime.now() - timedelta(days=400),  # not the one the window opens
        ).id
        plain = profile.journal.create(EntryDraft(title="plain", body="No files here.")).id
        attachments = profile.service(AttachmentService)
        started = time.perf_counter()
        for i, data in enumerate(photos):
            attachments.add(with_files, f"walk {i}.jpg", data)
        added = time.perf_counter() - started
        with_photos, size_with = backup_times("with")

        times = _open_times(
            root / "profile", profile, (with_files, plain), args.photos, args.rounds
        )
        profile.lock()

    plain_open = statistics.median(times["plain"])
    viewer = _viewer_reference(photos[0], args.rounds)
    print(f"reference: one photo decoded whole by Qt, as a viewer shows it: {viewer * 1000:.0f} ms")
    print(f"adding the photos (check, take details out, store): {added:.2f} s")
    print(f"open an entry without files:                        {plain_open * 1000:7.0f} ms")
    for key in ("write, first", "write, kept", "read, first", "read, kept"):
        if times[key]:
            value = statistics.median(times[key])
            print(
                f"open the entry with the photos, {key + ':':<14}      {value * 1000:7.0f} ms "
                f"({value / viewer:.2f}x the reference)"
            )
    print(
        f"portable backup without / with the photos: {without:.2f} s / {with_photos:.2f} s "
        f"({with_photos / without:.2f}x), {size_without / 1e6:.1f} MB / {size_with / 1e6:.1f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
