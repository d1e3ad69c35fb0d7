"""The options that say which profile a command acts on and how it is unlocked, declared once
for every command, and opening the profile they name.

``--data-dir PATH`` and ``--passphrase-stdin`` work before the command's name (on the main
parser, :func:`add_profile_options` with ``top_level=True``) and after it (on the command's
own parser); :func:`merge_profile_options` makes both places mean the same thing. Without
``--data-dir`` a command acts on the default profile (:func:`profile_paths`). The profile is
opened from the keychain unless a secret is read from standard input
(:mod:`companion.cli.passphrase`); a secret is overwritten once it has been used.

Only argparse is imported at start-up; the services when a command runs.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from companion.domain.wording import tr

if TYPE_CHECKING:
    from companion.config import ProfilePaths
    from companion.services.backups import Secret
    from companion.services.profile import ProfileService, UnlockedProfile


def add_profile_options(
    parser: argparse.ArgumentParser,
    *,
    top_level: bool = False,
    recovery_key: bool = False,
    data_dir_help: str | None = None,
) -> None:
    """Add ``--data-dir`` and ``--passphrase-stdin`` to ``parser`` (and, with
    ``recovery_key``, ``--recovery-key-stdin``, of which only one may be given). Given before
    the command (``top_level``) they are kept under their own names and merged by
    :func:`merge_profile_options`, so that a command's own defaults can never silently
    replace them. backup, restore, export archive and export summary word ``--data-dir``'s
    help their own way (``data_dir_help``)."""
    prefix = "global_" if top_level else ""
    parser.add_argument(
        "--data-dir",
        dest=f"{prefix}data_dir",
        type=Path,
        metavar=tr("cli", "FOLDER"),
        help=data_dir_help
        or tr("cli.profile_options", "use the profile in this folder instead of the default one"),
    )
    secrets: argparse._ActionsContainer = (
        parser.add_mutually_exclusive_group() if recovery_key else parser
    )
    secrets.add_argument(
        "--passphrase-stdin",
        dest=f"{prefix}passphrase_stdin",
        action="store_true",
        help=tr("cli.profile_options", "read the passphrase from the first line of standard input"),
    )
    if recovery_key:
        secrets.add_argument(
            "--recovery-key-stdin",
            action="store_true",
            help=tr(
                "cli.profile_options", "read the recovery key from the first line of standard input"
            ),
        )


def add_command(
    subparsers: Any,
    name: str,
    *,
    help: str,
    recovery_key: bool = False,
    data_dir_help: str | None = None,
) -> argparse.ArgumentParser:
    """A command's parser, added to ``subparsers`` with the profile options
    (:func:`add_profile_options`) as its first options."""
    parser: argparse.ArgumentParser = subparsers.add_parser(name, help=help, allow_abbrev=False)
    add_profile_options(parser, recovery_key=recovery_key, data_dir_help=data_dir_help)
    return parser


def merge_profile_options(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Profile options work before or after the command name, the same way; given in both
    places with different values, they are refused."""
    given = getattr(args, "global_data_dir", None)
    own = getattr(args, "data_dir", None)
    if given is not None and own is not None and Path(given) != Path(own):
        parser.error(tr("cli.profile_options", "--data-dir was given twice with different folders"))
    args.data_dir = own if own is not None else given
    if getattr(args, "global_passphrase_stdin", False):
        if getattr(args, "recovery_key_stdin", False):
            parser.error(
                tr(
                    "cli.profile_options",
                    "give either --passphrase-stdin or --recovery-key-stdin, not both",
                )
            )
        args.passphrase_stdin = True
    else:
        args.passphrase_stdin = getattr(args, "passphrase_stdin", False)


def chosen_folder(args: argparse.Namespace) -> Path:
    """The profile folder the options name: ``--data-dir``, else the default one."""
    from companion.config import default_data_dir

    folder: Path = args.data_dir or default_data_dir()
    return folder


def profile_paths(args: argparse.Namespace) -> ProfilePaths:
    """The files of the profile the options name."""
    from companion.config import ProfilePaths

    return ProfilePaths(chosen_folder(args))


def say_which_profile(args: argparse.Namespace) -> None:
    """Print the profile a command that changes one is about to act on."""
    print(tr("cli.profile_options", "Profile: %1", chosen_folder(args).absolute()))


def read_secret(args: argparse.Namespace, stdin: TextIO | None = None) -> Secret | None:
    """The recovery key (``--recovery-key-stdin``) or passphrase (``--passphrase-stdin``)
    from the first line of ``stdin`` (standard input by default); None without either."""
    from companion.cli.passphrase import read_required_line
    from companion.services.backups import Secret

    if getattr(args, "recovery_key_stdin", False):
        empty = tr(
            "cli.profile_options",
            "The recovery key was expected on standard input but it was empty.",
        )
        return Secret(recovery_key=read_required_line(stdin, when_empty=empty))
    if getattr(args, "passphrase_stdin", False):
        empty = tr(
            "cli.profile_options",
            "The passphrase was expected on standard input but it was empty.",
        )
        return Secret(passphrase=read_required_line(stdin, when_empty=empty))
    return None


def forget(secret: Secret | None) -> None:
    """Overwrite a secret read from standard input once it has been used."""
    from companion.wipe import wipe

    if secret is not None:
        wipe(secret.passphrase)
        wipe(secret.recovery_key)


def unlock(service: ProfileService, secret: Secret | None) -> UnlockedProfile:
    """Open the profile with the recovery key or passphrase in ``secret``, else from the
    keychain; ``secret`` is overwritten afterwards, whatever happened."""
    try:
        if secret is None:
            return service.unlock_with_keychain()
        if secret.recovery_key is not None:
            return service.unlock_with_recovery_key(secret.recovery_key)
        return service.unlock_with_passphrase(secret.passphrase or "")
    finally:
        forget(secret)


def with_existing_profile(
    args: argparse.Namespace, work: Callable[[UnlockedProfile], int], stdin: TextIO | None = None
) -> int:
    """Open the existing profile the options name (never create one), run ``work`` with it
    and lock it again; 1 with a message on standard error when it cannot be opened."""
    from companion.services.errors import CompanionError, ProfileError
    from companion.services.profile import ProfileService, ProfileState

    service = ProfileService(profile_paths(args))
    try:
        if service.state() is not ProfileState.EXISTING:
            raise ProfileError(
                tr(
                    "cli.profile_options",
                    "There is no Companion profile in %1.",
                    service.paths.root,
                )
            )
        profile = unlock(service, read_secret(args, stdin))
        try:
            return work(profile)
        finally:
            profile.lock()
    except CompanionError as exc:
        from companion.cli import fail

        return fail(terminal_message(exc, service.paths))


def open_or_create(
    paths: ProfilePaths, passphrase: str | None, out: Callable[[str], None]
) -> UnlockedProfile:
    """Open the profile in ``paths`` without a window (keychain first, else ``passphrase``),
    creating it when the folder holds none; ``passphrase`` is overwritten afterwards."""
    from companion.services.profile import ProfileService
    from companion.wipe import wipe

    service = ProfileService(paths)
    try:
        return _open_or_create(service, passphrase, out)
    finally:
        wipe(passphrase)  # read from standard input for this one use


def _open_or_create(
    service: ProfileService, passphrase: str | None, out: Callable[[str], None]
) -> UnlockedProfile:
    from companion.services.errors import ProfileError
    from companion.services.profile import ProfileState, keychain_status

    paths = service.paths
    if service.state() is ProfileState.INCOMPLETE:
        out(
            tr(
                "cli.profile_options",
                "Setting up a profile in %1 was interrupted earlier; starting it over.",
                paths.root,
            )
        )
        service.start_over()
    if service.state() is ProfileState.NEW:
        use_keychain = keychain_status().available
        if not use_keychain and not passphrase:
            raise ProfileError(
                tr(
                    "cli.profile_options",
                    "No trustworthy keychain here: give a passphrase with --passphrase-stdin.",
                )
            )
        profile, recovery = service.create(use_keychain=use_keychain, passphrase=passphrase)
        out(tr("cli.profile_options", "Created a new profile in %1", paths.root))
        out(
            tr(
                "cli.profile_options",
                "Recovery key (keep it somewhere safe, it is shown only now): %1",
                recovery,
            )
        )
        return profile
    if passphrase:
        return service.unlock_with_passphrase(passphrase)
    return service.unlock_with_keychain()


def terminal_message(error: BaseException, paths: ProfilePaths) -> str:
    """What the command line says about ``error``: its message, and for a damaged journal
    where the copy went and how to restore a backup without the window."""
    from companion.services.profile import ProfileDamaged

    message = str(error)
    if isinstance(error, ProfileDamaged):
        if error.kept_aside is not None:
            message += " " + tr("cli.profile_options", "A copy was kept in %1.", error.kept_aside)
        if error.backups:
            command = (
                f'companion restore --data-dir "{paths.root}" --passphrase-stdin '
                f'"{error.backups[0].path}"'
            )
            message += " " + tr(
                "cli.profile_options", "To restore the latest automatic backup: %1", command
            )
    return message
