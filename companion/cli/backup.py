"""``companion backup``, ``companion restore`` and ``companion export archive``. Secrets are
read from standard input only, never from arguments. Heavy imports happen inside the
commands."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from companion.cli import fail
from companion.cli.profile_options import (
    add_command,
    forget,
    profile_paths,
    read_secret,
    with_existing_profile,
)
from companion.domain.wording import day_text, tr, tr_n

if TYPE_CHECKING:
    from companion.profile_lock import ProfileLock
    from companion.services.profile import UnlockedProfile


def _data_dir_help() -> str:
    """How these commands word ``--data-dir``."""
    return tr("cli.backup", "the profile folder (default: the usual one)")


def add_backup_parsers(subparsers: Any) -> None:
    """Add ``backup`` and ``restore`` to the command's subparsers."""
    backup = add_command(
        subparsers,
        "backup",
        help=tr(
            "cli.backup", "write an encrypted backup file that can be restored on another computer"
        ),
        recovery_key=True,
        data_dir_help=_data_dir_help(),
    )
    backup.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar=tr("cli", "FILE|FOLDER"),
        help=tr(
            "cli.backup",
            "the backup file, or a folder to write it into under a name of its own",
        ),
    )
    backup.set_defaults(handler=run_backup)

    restore = add_command(
        subparsers,
        "restore",
        help=tr(
            "cli.backup",
            "replace the profile with an encrypted backup (the current one is kept aside)",
        ),
        recovery_key=True,
        data_dir_help=_data_dir_help(),
    )
    restore.add_argument(
        "file",
        type=Path,
        metavar=tr("cli", "FILE"),
        help=tr("cli.backup", "the .companion-backup file"),
    )
    restore.add_argument(
        "--keystore",
        type=Path,
        metavar=tr("cli", "FILE"),
        help=tr("cli.backup", "the keystore.json of a journal that was kept aside without it"),
    )
    restore.add_argument(
        "--replace-other-journal",
        action="store_true",
        help=tr(
            "cli.backup",
            "restore even when the backup holds a different journal from the one in the "
            "profile folder (that journal is kept aside in its backups folder first)",
        ),
    )
    restore.set_defaults(handler=run_restore, changes_profile=True)


def add_archive_parser(export_subparsers: Any) -> None:
    """Add ``archive`` to the subparsers of ``companion export``."""
    archive = add_command(
        export_subparsers,
        "archive",
        help=tr("cli.backup", "export everything as JSON and CSV in a zip (NOT encrypted)"),
        recovery_key=True,
        data_dir_help=_data_dir_help(),
    )
    archive.add_argument("-o", "--output", type=Path, required=True, metavar=tr("cli", "FILE"))
    archive.add_argument(
        "--include-private",
        action="store_true",
        help=tr("cli.backup", "include private journal entries"),
    )
    archive.add_argument(
        "--include-safety-plan",
        action="store_true",
        help=tr("cli.backup", "include the safety plan"),
    )
    archive.set_defaults(handler=run_export_archive)


def _lock_or_none(root: Path) -> ProfileLock | None:
    """The profile folder's lock, or None when Companion (or another command) holds it."""
    from companion.profile_lock import ProfileLock

    lock = ProfileLock(root)
    return lock if lock.acquire() else None


def run_backup(args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    from companion.services.backups import BackupService

    def work(profile: UnlockedProfile) -> int:
        written = profile.service(BackupService).back_up_to(args.output)
        print(tr("cli.backup", "Encrypted backup written to %1", written))
        return 0

    return with_existing_profile(args, work, stdin)


def run_restore(args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    from companion.services.backups import OtherJournal, restore, sweep_temporary_files
    from companion.services.errors import CompanionError

    secret = read_secret(args, stdin)
    if secret is None:
        return fail(
            tr("cli.backup", "Give --passphrase-stdin or --recovery-key-stdin to restore a backup.")
        )
    paths = profile_paths(args)
    lock = _lock_or_none(paths.root)
    if lock is None:
        forget(secret)
        return fail(
            tr(
                "cli.backup",
                "Companion is open with this profile. Close it first: a restore replaces the "
                "journal's files, and the open window would go on writing to the old ones.",
            )
        )
    try:
        sweep_temporary_files(paths.root)
        check = restore(
            args.file,
            paths,
            secret,
            replace_other=getattr(args, "replace_other_journal", False),
            keystore_file=getattr(args, "keystore", None),
        )
    except OtherJournal as exc:
        check = exc.check
        made = (
            tr("cli.backup", "The backup was made %1.", check.created)
            if check.created
            else tr("cli.backup", "It is not known when the backup was made.")
        )
        holds = (
            tr_n(
                "cli.backup",
                "It holds %n journal [entry|entries], the newest from %1.",
                check.entries,
                day_text(check.latest_entry),
            )
            if check.latest_entry
            else tr_n("cli.backup", "It holds %n journal [entry|entries].", check.entries)
        )
        anyway = tr("cli.backup", "Give --replace-other-journal to restore it anyway.")
        return fail(f"{exc} {made} {holds} {anyway}")
    except CompanionError as exc:
        return fail(str(exc))
    finally:
        forget(secret)
        lock.release()
    if check.created:
        print(tr("cli.backup", "Restored the backup made %1 into %2", check.created, paths.root))
    else:
        print(tr("cli.backup", "Restored the backup into %1", paths.root))
    print(
        tr("cli.backup", "The journal that was there before is kept aside in its backups folder.")
    )
    return 0


def run_export_archive(args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    from companion.services.archive import ArchiveService

    def work(profile: UnlockedProfile) -> int:
        result = profile.service(ArchiveService).export(
            args.output,
            include_private=args.include_private,
            include_safety_plan=args.include_safety_plan,
        )
        print(
            tr_n(
                "cli.backup",
                "Archive with %n [record|records] written to %1",
                result.records,
                result.path,
            )
        )
        if result.files:
            print(
                tr_n(
                    "cli.backup",
                    "It holds %n [file|files] kept with entries too.",
                    result.files,
                )
            )
        print(tr("cli.backup", "Note: the archive is NOT encrypted. Keep it somewhere private."))
        return 0

    return with_existing_profile(args, work, stdin)
