#!/usr/bin/env python3
"""Full archive against docs/design.md §5: export and re-import of 10 years of data, each under 5 s.

    python benchmarks/archive.py [--years 10] [--rounds 3] [--photos 0]

A profile in a temporary folder gets ``--years`` of generated journal entries and counseling
history (``generate_entries`` + ``DemoCounselingService``), and ``--photos`` photos (JPEG of
about 1 MB each, every one different) kept with entries spread over the years. Each round
exports everything (private entries and safety plan included) to a zip, then imports it into
a new, empty profile. Profile creation and filling are not timed. Exit status 0 when
measured.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

TARGET_S = 5.0


def _photo(seed: int) -> bytes:
    """A JPEG of about 1 MB (noise compresses badly, like a real photo's detail)."""
    import io
    import random

    from PIL import Image

    width, height = 1280, 960
    noise = random.Random(seed).randbytes(width * height * 3)
    out = io.BytesIO()
    Image.frombytes("RGB", (width, height), noise).save(out, "JPEG", quality=90)
    return out.getvalue()


def _add_photos(profile: object, count: int) -> int:
    """``count`` different photos kept with entries spread over the journal; their bytes."""
    from companion.formats.attachment_files import check
    from companion.services.attachments import AttachmentService

    if count <= 0:
        return 0
    with profile._require_db().read() as conn:  # type: ignore[attr-defined]
        ids = [r[0] for r in conn.execute("SELECT id FROM journal_entry ORDER BY id")]
    step = max(1, len(ids) // count)
    items = []
    for n in range(count):
        items.append((ids[(n * step) % len(ids)], check(f"photo {n}.jpg", _photo(n))))
    profile.service(AttachmentService).add_many(items)  # type: ignore[attr-defined]
    return sum(len(checked.data) for _, checked in items)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", type=float, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--photos", type=int, default=0, help="photos kept with entries")
    args = parser.parse_args()

    from companion.config import ProfilePaths
    from companion.security.crypto import KdfParams
    from companion.services.archive import ArchiveService
    from companion.services.demo import generate_entries
    from companion.services.demo_counseling import DemoCounselingService
    from companion.services.profile import ProfileService

    fast = KdfParams(memory_cost_kib=1024, iterations=1, lanes=1)
    days = round(args.years * 365)
    with tempfile.TemporaryDirectory(prefix="companion-bench-archive-") as tmp:
        root = Path(tmp)
        source, _ = ProfileService(ProfilePaths(root / "source")).create(
            use_keychain=False, passphrase="bench passphrase", params=fast
        )
        entries = source.journal.add_many(generate_entries(days))
        counts = source.service(DemoCounselingService).add(days)
        photos = _add_photos(source, args.photos)
        print(
            f"Data: {entries} entries, "
            + ", ".join(f"{n} {k}" for k, n in counts.items())
            + f", {args.photos} photos ({photos / 1e6:.0f} MB)"
        )
        exports, imports = [], []
        for round_ in range(args.rounds):
            target = root / f"round{round_}.companion-archive.zip"
            started = time.perf_counter()
            result = source.service(ArchiveService).export(
                target, include_private=True, include_safety_plan=True
            )
            exports.append(time.perf_counter() - started)
            empty, _ = ProfileService(ProfilePaths(root / f"empty{round_}")).create(
                use_keychain=False, passphrase="bench passphrase", params=fast
            )
            started = time.perf_counter()
            empty.service(ArchiveService).import_archive(target)
            imports.append(time.perf_counter() - started)
            empty.lock()
            size = target.stat().st_size / 1e6
            print(
                f"round {round_ + 1}: export {exports[-1]:.2f} s ({result.records} records, "
                f"{size:.1f} MB), import {imports[-1]:.2f} s"
            )
        source.lock()
    for name, values in (("export", exports), ("import", imports)):
        median = statistics.median(values)
        verdict = "met" if median < TARGET_S else "NOT met"
        print(f"{name}: median {median:.2f} s (target < {TARGET_S:.0f} s): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
