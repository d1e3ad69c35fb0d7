"""``companion demo-data``: create a profile (if the folder has none) and fill it with
generated examples, for trying Companion out, screenshots and benchmarks."""

from __future__ import annotations

import argparse
import time
from typing import TYPE_CHECKING, Any

from companion.cli import fail
from companion.cli.profile_options import add_command, profile_paths
from companion.domain.wording import decimal, tr, tr_n
from companion.services.demo import MAX_ENTRIES_PER_DAY

if TYPE_CHECKING:
    from companion.config import ProfilePaths


def add_demo_data_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``demo-data`` to the subparsers of ``companion``'s parser."""
    demo = add_command(
        subparsers,
        "demo-data",
        help=tr(
            "cli.demo_data", "create (if needed) and fill a profile with generated example data"
        ),
    )
    demo.add_argument(
        "--years",
        type=float,
        default=1.0,
        help=tr("cli.demo_data", "years of entries (default 1; 0 creates an empty profile)"),
    )
    demo.add_argument(
        "--entries-per-day",
        type=_entries_per_day,
        default=1,
        metavar="N",
        help=tr(
            "cli.demo_data",
            "journal entries on each day that has some (1 to %1, default 1)",
            MAX_ENTRIES_PER_DAY,
        ),
    )
    demo.add_argument(
        "--into-existing",
        action="store_true",
        help=tr(
            "cli.demo_data", "also add demo data to a profile that already has journal entries"
        ),
    )
    demo.add_argument("--seed", type=int, default=7, help=argparse.SUPPRESS)
    demo.set_defaults(handler=run_demo_data, changes_profile=True)
    return demo


def _entries_per_day(text: str) -> int:
    """``--entries-per-day``: a whole number in the allowed range, else a clear message."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_ENTRIES_PER_DAY:
        raise argparse.ArgumentTypeError(_entries_per_day_range())
    return value


def _entries_per_day_range() -> str:
    return tr("cli.demo_data", "must be a whole number from 1 to %1", MAX_ENTRIES_PER_DAY)


def run_demo_data(args: argparse.Namespace) -> int:
    return fill_demo_profile(
        profile_paths(args),
        args.years,
        args.seed,
        passphrase_stdin=args.passphrase_stdin,
        into_existing=args.into_existing,
        entries_per_day=args.entries_per_day,
    )


def fill_demo_profile(
    paths: ProfilePaths,
    years: float,
    seed: int,
    *,
    passphrase_stdin: bool = False,
    into_existing: bool = False,
    entries_per_day: int = 1,
) -> int:
    """Create a profile (if the folder has none) and fill it with generated examples. A
    journal that already has entries is refused unless ``into_existing``: demo data in a
    real journal could not be told apart from what the client wrote."""
    if not 0 <= years <= 100:
        return fail(tr("cli.demo_data", "--years must be from 0 (an empty profile) to 100."))
    if not 1 <= entries_per_day <= MAX_ENTRIES_PER_DAY:
        return fail(
            tr(
                "cli.demo_data",
                "--entries-per-day must be a whole number from 1 to %1; nothing was created.",
                MAX_ENTRIES_PER_DAY,
            )
        )
    from companion.profile_lock import ProfileLock

    lock = ProfileLock(paths.root)
    if not lock.acquire():
        return fail(tr("cli.demo_data", "Companion is open with this profile. Close it first."))
    try:
        return _fill(paths, years, seed, passphrase_stdin, into_existing, entries_per_day)
    finally:
        lock.release()


def _fill(
    paths: ProfilePaths,
    years: float,
    seed: int,
    passphrase_stdin: bool,
    into_existing: bool,
    entries_per_day: int,
) -> int:
    from companion.cli.passphrase import read_passphrase
    from companion.cli.profile_options import open_or_create, terminal_message
    from companion.services.demo import generate_entries
    from companion.services.demo_counseling import DemoCounselingService
    from companion.services.errors import CompanionError

    try:
        passphrase = read_passphrase() if passphrase_stdin else None
        profile = open_or_create(paths, passphrase, print)  # overwrites the passphrase
        if years > 0 and not into_existing and profile.journal.count() > 0:
            count = profile.journal.count()
            profile.lock()
            return fail(
                tr_n(
                    "cli.demo_data",
                    "The profile in %1 already has %n journal [entry|entries]; demo data is "
                    "only added to a new or empty profile (give --into-existing to add it "
                    "anyway).",
                    count,
                    paths.root,
                )
            )
        if years == 0:
            profile.lock()
            print(tr("cli.demo_data", "No demo data added (--years 0)."))
            return 0
        try:
            started = time.perf_counter()
            added = profile.journal.add_many(
                generate_entries(max(1, round(years * 365)), seed=seed, per_day=entries_per_day)
            )
            seconds = decimal(time.perf_counter() - started)
            print(
                tr_n("cli.demo_data", "Added %n journal [entry|entries] in %1 s.", added, seconds)
            )
            started = time.perf_counter()
            counts = profile.service(DemoCounselingService).add(max(7, round(years * 365)))
            summary = ", ".join(counted(what, n) for what, n in counts.items())
            seconds = decimal(time.perf_counter() - started)
            print(tr("cli.demo_data", "Added %1 in %2 s.", summary, seconds))
        finally:
            profile.lock()
    except CompanionError as exc:
        return fail(terminal_message(exc, paths))
    return 0


def counted(what: str, n: int) -> str:
    """``n`` demo records of the kind ``what`` (as the demo data names its kinds)."""
    words = {
        "counselors": lambda: tr_n("cli.demo_data", "%n [counselor|counselors]", n),
        "sessions": lambda: tr_n("cli.demo_data", "%n [session|sessions]", n),
        "agenda items": lambda: tr_n("cli.demo_data", "%n agenda [item|items]", n),
        "goals": lambda: tr_n("cli.demo_data", "%n [goal|goals]", n),
        "progress ratings": lambda: tr_n("cli.demo_data", "%n progress [rating|ratings]", n),
        "feedback notes": lambda: tr_n("cli.demo_data", "%n feedback [note|notes]", n),
        "check-ins": lambda: tr_n("cli.demo_data", "%n [check-in|check-ins]", n),
    }
    word = words.get(what)
    return word() if word is not None else f"{n} {what}"
