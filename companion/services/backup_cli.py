"""Headless commands: ``companion backup``, ``companion restore`` and ``companion export
archive``. Secrets are read from standard input only, never from arguments.

Wiring (in ``companion/cli.py``)::

    sub = parser.add_subparsers(dest="command")
    add_backup_parsers(sub)                       # "backup" and "restore"
    export = sub.add_parser("export").add_subparsers(dest="export_command")
    add_archive_parser(export)                    # "export archive"
    ...
    if getattr(args, "handler", None): return args.handler(args)

Heavy imports happen inside the commands.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO


def _data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="PATH",
        help="the profile folder (default: the usual one)",
    )


def _secrets(parser: argparse.ArgumentParser, *, recovery: bool) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase from the first line of standard input",
    )
    if recovery:
        group.add_argument(
            "--recovery-key-stdin",
            action="store_true",
            help="read the recovery key from the first line of standard input",
        )


def add_backup_parsers(subparsers: Any) -> None:
    """Add ``backup`` and ``restore`` to the command's subparsers."""
    backup = subparsers.add_parser(
        "backup",
        help="write an encrypted backup file that can be restored on another computer",
        allow_abbrev=False,
    )
    _data_dir(backup)
    _secrets(backup, recovery=True)
    backup.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help="file or folder"
    )
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser(
        "restore",
        help="replace the profile with an encrypted backup (the current one is kept aside)",
        allow_abbrev=False,
    )
    _data_dir(restore)
    _secrets(restore, recovery=True)
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
    restore.set_defaults(handler=run_restore)


def add_archive_parser(export_subparsers: Any) -> None:
    """Add ``archive`` to the subparsers of ``companion export``."""
    archive = export_subparsers.add_parser(
        "archive",
        help="export everything as JSON and CSV in a zip (NOT encrypted)",
        allow_abbrev=False,
    )
    _data_dir(archive)
    _secrets(archive, recovery=True)
    archive.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    archive.add_argument(
        "--include-private", action="store_true", help="include private journal entries"
    )
    archive.add_argument(
        "--include-safety-plan", action="store_true", help="include the safety plan"
    )
    archive.set_defaults(handler=run_export_archive)


def _read_line(stream: TextIO, what: str) -> str:
    from companion.secret_input import read_secret_line

    value = read_secret_line(stream)
    if not value:
        raise SystemExit(f"companion: {what} was expected on standard input but it was empty.")
    return value


def _err(message: str) -> int:
    print(f"companion: {message}", file=sys.stderr)
    return 1


def _paths(args: argparse.Namespace) -> Any:
    from companion.config import ProfilePaths, default_data_dir

    return ProfilePaths(args.data_dir or default_data_dir())


def _secret(args: argparse.Namespace, stdin: TextIO) -> Any:
    from companion.services.backups import Secret

    if getattr(args, "recovery_key_stdin", False):
        return Secret(recovery_key=_read_line(stdin, "The recovery key"))
    if getattr(args, "passphrase_stdin", False):
        return Secret(passphrase=_read_line(stdin, "The passphrase"))
    return None


_OPEN_ELSEWHERE = (
    "Companion is open with this profile. Close it first: a restore replaces the journal's "
    "files, and the open window would go on writing to the old ones."
)


def _lock_or_none(paths: Any) -> Any:
    """The profile folder's lock, or None when Companion (or another command) holds it."""
    from companion.profile_lock import ProfileLock

    lock = ProfileLock(paths.root)
    return lock if lock.acquire() else None


def _forget(secret: Any) -> None:
    """Overwrite a secret read from standard input once it has been used."""
    from companion.wipe import wipe

    if secret is not None:
        wipe(secret.passphrase)
        wipe(secret.recovery_key)


def _with_profile(args: argparse.Namespace, stdin: TextIO, work: Callable[[Any], int]) -> int:
    from companion.services.errors import CompanionError, ProfileError
    from companion.services.profile import ProfileService, ProfileState

    service = ProfileService(_paths(args))
    try:
        if service.state() is not ProfileState.EXISTING:
            raise ProfileError(f"There is no Companion profile in {service.paths.root}.")
        secret = _secret(args, stdin)
        try:
            if secret is None:
                profile = service.unlock_with_keychain()
            elif secret.recovery_key is not None:
                profile = service.unlock_with_recovery_key(secret.recovery_key)
            else:
                profile = service.unlock_with_passphrase(secret.passphrase)
        finally:
            _forget(secret)
        try:
            return work(profile)
        finally:
            profile.lock()
    except CompanionError as exc:
        from companion.services.profile import terminal_message

        return _err(terminal_message(exc, service.paths))


def run_backup(args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    from companion.services.backups import BackupService

    def work(profile: Any) -> int:
        written = profile.service(BackupService).back_up_to(args.output)
        print(f"Encrypted backup written to {written}")
        return 0

    return _with_profile(args, stdin or sys.stdin, work)


def run_restore(args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    from companion.services.backups import OtherJournal, restore, sweep_temporary_files
    from companion.services.errors import CompanionError

    secret = _secret(args, stdin or sys.stdin)
    if secret is None:
        return _err("Give --passphrase-stdin or --recovery-key-stdin to restore a backup.")
    paths = _paths(args)
    lock = _lock_or_none(paths)
    if lock is None:
        _forget(secret)
        return _err(_OPEN_ELSEWHERE)
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
        return _err(
            f"{exc} The backup was made {exc.check.created or 'at an unknown time'} and holds "
            f"{exc.check.entries} journal entries (the newest from {latest}). Give "
            "--replace-other-journal to restore it anyway."
        )
    except CompanionError as exc:
        return _err(str(exc))
    finally:
        _forget(secret)
        lock.release()
    print(f"Restored the backup made {check.created or 'earlier'} into {paths.root}")
    print("The journal that was there before is kept aside in its backups folder.")
    return 0


def run_export_archive(args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    from companion.services.archive import ArchiveService

    def work(profile: Any) -> int:
        result = profile.service(ArchiveService).export(
            args.output,
            include_private=args.include_private,
            include_safety_plan=args.include_safety_plan,
        )
        print(f"Archive with {result.records} records written to {result.path}")
        print("Note: the archive is NOT encrypted. Keep it somewhere private.")
        return 0

    return _with_profile(args, stdin or sys.stdin, work)
