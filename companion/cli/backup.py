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

if TYPE_CHECKING:
    from companion.profile_lock import ProfileLock
    from companion.services.profile import UnlockedProfile

#: How these commands word ``--data-dir``.
_DATA_DIR_HELP = "the profile folder (default: the usual one)"


def add_backup_parsers(subparsers: Any) -> None:
    """Add ``backup`` and ``restore`` to the command's subparsers."""
    backup = add_command(
        subparsers,
        "backup",
        help="write an encrypted backup file that can be restored on another computer",
        recovery_key=True,
        data_dir_help=_DATA_DIR_HELP,
    )
    backup.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help="file or folder"
    )
    backup.set_defaults(handler=run_backup)

    restore = add_command(
        subparsers,
        "restore",
        help="replace the profile with an encrypted backup (the current one is kept aside)",
        recovery_key=True,
        data_dir_help=_DATA_DIR_HELP,
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="the .companion-backup file")
    restore.add_argument(
        "--keystore",
        type=Path,
        metavar="FILE",
        help="the keystore.json of a journal that was kept aside without it",
    )
    restore.add_argument(
        "--replace-other-journal",
        action="store_true",
        help="restore even when the backup holds a different journal from the one in the "
        "profile folder (that journal is kept aside in its backups folder first)",
    )
    restore.set_defaults(handler=run_restore, changes_profile=True)


def add_archive_parser(export_subparsers: Any) -> None:
    """Add ``archive`` to the subparsers of ``companion export``."""
    archive = add_command(
        export_subparsers,
        "archive",
        help="export everything as JSON and CSV in a zip (NOT encrypted)",
        recovery_key=True,
        data_dir_help=_DATA_DIR_HELP,
    )
    archive.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    archive.add_argument(
        "--include-private", action="store_true", help="include private journal entries"
    )
    archive.add_argument(
        "--include-safety-plan", action="store_true", help="include the safety plan"
    )
    archive.set_defaults(handler=run_export_archive)


_OPEN_ELSEWHERE = (
    "Companion is open with this profile. Close it first: a restore replaces the journal's "
    "files, and the open window would go on writing to the old ones."
)


def _lock_or_none(root: Path) -> ProfileLock | None:
    """The profile folder's lock, or None when Companion (or another command) holds it."""
    from companion.profile_lock import ProfileLock

    lock = ProfileLock(root)
    return lock if lock.acquire() else None


def run_backup(args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    from companion.services.backups import BackupService

    def work(profile: UnlockedProfile) -> int:
        written = profile.service(BackupService).back_up_to(args.output)
        print(f"Encrypted backup written to {written}")
        return 0

    return with_existing_profile(args, work, stdin)


def run_restore(args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    from companion.services.backups import OtherJournal, restore, sweep_temporary_files
    from companion.services.errors import CompanionError

    secret = read_secret(args, stdin)
    if secret is None:
        return fail("Give --passphrase-stdin or --recovery-key-stdin to restore a backup.")
    paths = profile_paths(args)
    lock = _lock_or_none(paths.root)
    if lock is None:
        forget(secret)
        return fail(_OPEN_ELSEWHERE)
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
        latest = exc.check.latest_entry.isoformat() if exc.check.latest_entry else "none"
        return fail(
            f"{exc} The backup was made {exc.check.created or 'at an unknown time'} and holds "
            f"{exc.check.entries} journal entries (the newest from {latest}). Give "
            "--replace-other-journal to restore it anyway."
        )
    except CompanionError as exc:
        return fail(str(exc))
    finally:
        forget(secret)
        lock.release()
    print(f"Restored the backup made {check.created or 'earlier'} into {paths.root}")
    print("The journal that was there before is kept aside in its backups folder.")
    return 0


def run_export_archive(args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    from companion.services.archive import ArchiveService

    def work(profile: UnlockedProfile) -> int:
        result = profile.service(ArchiveService).export(
            args.output,
            include_private=args.include_private,
            include_safety_plan=args.include_safety_plan,
        )
        files = f" and {result.files} attached files" if result.files else ""
        print(f"Archive with {result.records} records{files} written to {result.path}")
        print("Note: the archive is NOT encrypted. Keep it somewhere private.")
        return 0

    return with_existing_profile(args, work, stdin)
