"""``companion sync`` (set up sync through a folder, or run one round) and ``companion join``
(make a new profile from a journal another computer syncs through a folder). Secrets come
from standard input only: for ``join``, the recovery key on the first line and, with
``--passphrase-stdin``, this computer's new passphrase on the second."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from companion.cli import fail
from companion.cli.profile_options import add_command, profile_paths, with_existing_profile
from companion.domain.wording import day_text, time_text, tr, tr_n

if TYPE_CHECKING:
    from companion.services.profile import UnlockedProfile
    from companion.services.sync import SyncReport


def add_sync_parsers(subparsers: Any) -> None:
    """Add ``sync`` and ``join`` to the command's subparsers."""
    sync = add_command(
        subparsers,
        "sync",
        help=tr(
            "cli.sync",
            "sync the journal through a folder another program keeps in step "
            "(set it up with --folder; without it, run one round)",
        ),
        recovery_key=True,
    )
    sync.add_argument(
        "--folder",
        type=Path,
        metavar=tr("cli", "FOLDER"),
        help=tr("cli.sync", "the shared folder (sets up sync)"),
    )
    sync.set_defaults(handler=run_sync, changes_profile=True)

    join = subparsers.add_parser(
        "join",
        help=tr(
            "cli.sync",
            "make a new profile from a journal another computer syncs through a folder",
        ),
        allow_abbrev=False,
    )
    join.add_argument(
        "--folder",
        type=Path,
        required=True,
        metavar=tr("cli", "FOLDER"),
        help=tr("cli.sync", "the shared folder"),
    )
    join.add_argument(
        "--data-dir",
        type=Path,
        required=True,
        metavar=tr("cli", "FOLDER"),
        help=tr("cli.sync", "the new profile's folder"),
    )
    join.add_argument(
        "--recovery-key-stdin",
        action="store_true",
        required=True,
        help=tr(
            "cli.sync", "read the journal's recovery key from the first line of standard input"
        ),
    )
    join.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=tr(
            "cli.sync",
            "read this computer's new passphrase from the second line of standard input "
            "(without it, the key goes into this computer's keychain)",
        ),
    )
    join.set_defaults(handler=run_join)


def _print_report(report: SyncReport) -> None:
    if report.folder_missing:
        print(
            tr(
                "cli.sync",
                "The sync folder is not there right now; changes wait until it is back.",
            )
        )
        return
    print(
        " ".join(
            (
                tr_n("cli.sync", "Sent %n change [file|files].", report.sent),
                tr_n("cli.sync", "Read %n change [file|files].", report.received),
                tr_n(
                    "cli.sync",
                    "%n [record was|records were] brought up to date.",
                    report.written,
                ),
                tr_n("cli.sync", "%n [record was|records were] deleted.", report.deleted),
            )
        )
    )
    if report.files_sent or report.files_received:
        print(
            " ".join(
                (
                    tr_n(
                        "cli.sync",
                        "Sent %n [file|files] kept with entries (photos, documents).",
                        report.files_sent,
                    ),
                    tr_n(
                        "cli.sync",
                        "Brought %n [file|files] kept with entries.",
                        report.files_received,
                    ),
                )
            )
        )
    if report.conflicts:
        print(
            tr_n(
                "cli.sync",
                "%n [record was|records were] changed on two computers at once; both "
                "versions are kept (an entry's other version is in its history; other records "
                "show the other text below their own).",
                report.conflicts,
            )
        )
    if report.waiting:
        print(
            tr_n(
                "cli.sync",
                "%n [record waits|records wait] for files that have not arrived yet.",
                report.waiting,
            )
        )
    for problem in dict.fromkeys(report.problems):
        print(tr("cli.sync", "Problem: %1", problem))


def run_sync(args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    def work(profile: UnlockedProfile) -> int:
        if args.folder is not None:
            report = profile.sync.set_up(args.folder)
            print(tr("cli.sync", "Syncing through %1", profile.sync.folder))
        elif profile.sync.folder is None:
            return fail(
                tr("cli.sync", "Sync is not set up for this profile: give --folder FOLDER.")
            )
        else:
            report = profile.sync.sync_now()
        _print_report(report)
        for computer in profile.sync.status().computers:
            name = (
                tr("cli.sync", "%1 (this computer)", computer.name)
                if computer.this_computer
                else computer.name
            )
            if computer.last_wrote:
                local = computer.last_wrote.astimezone()
                when = f"{day_text(local.date())} {time_text(local.time())}"
                print("  " + tr("cli.sync", "%1: last wrote %2", name, when))
            else:
                print("  " + tr("cli.sync", "%1: has not written yet", name))
        return 1 if report.problems else 0

    return _guarded(lambda: with_existing_profile(args, work, stdin))


def run_join(args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    from companion.cli.passphrase import read_required_line
    from companion.services.profile import ProfileService, keychain_status
    from companion.wipe import wipe

    recovery = read_required_line(
        stdin,
        when_empty=tr(
            "cli.sync", "The recovery key was expected on standard input but it was empty."
        ),
    )
    passphrase = None
    if args.passphrase_stdin:
        passphrase = read_required_line(
            stdin,
            when_empty=tr(
                "cli.sync", "The passphrase was expected on the second line of standard input."
            ),
        )
    paths = profile_paths(args)
    print(tr("cli.sync", "Profile: %1", paths.root.absolute()))

    def work() -> int:
        use_keychain = passphrase is None and keychain_status().available
        if passphrase is None and not use_keychain:
            return fail(
                tr(
                    "cli.sync",
                    "No trustworthy keychain here: give a passphrase with --passphrase-stdin.",
                )
            )

        def progress(done: int, total: int) -> None:
            print(
                tr_n("cli.sync", "Reading the journal: %1 of %n [file|files]", total, done),
                flush=True,
            )

        # one step: a first round that fails leaves nothing here that stops a second try
        profile, report = ProfileService(paths).join_and_sync(
            args.folder,
            recovery,
            use_keychain=use_keychain,
            passphrase=passphrase,
            progress=progress,
        )
        try:
            _print_report(report)
            print(tr("cli.sync", "Joined: this computer now syncs through %1", profile.sync.folder))
        finally:
            profile.lock()
        return 0

    try:
        return _guarded(work)
    finally:
        wipe(recovery)
        wipe(passphrase)


def _guarded(work: Any) -> int:
    import logging

    from companion.services.errors import CompanionError

    try:
        result: int = work()
    except CompanionError as exc:
        return fail(str(exc))
    except Exception as exc:  # a message, never a traceback that could quote the journal
        logging.getLogger(__name__).error("sync failed: %s", type(exc).__name__)
        return fail(
            tr(
                "cli.sync",
                "Sync stopped because of an unexpected problem. Nothing was lost: your journal "
                "here is as it was, and the next round tries again.",
            )
        )
    return result
