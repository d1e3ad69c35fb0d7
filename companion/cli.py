"""Command line: the app by default, plus headless commands for scripts, benchmarks and
packaging checks. Heavy imports (Qt, SQLAlchemy) happen inside the commands that need them."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from companion import __version__

#: Commands that change a profile: they say which one before they start.
_CHANGING_COMMANDS = ("demo-data", "restore", "import")


def _add_profile_options(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    """``--data-dir`` and ``--passphrase-stdin``. Given before the command (top level) they
    are kept under their own names and merged by :func:`_merge_profile_options`, so that a
    command's own defaults can never silently replace them."""
    prefix = "global_" if top_level else ""
    parser.add_argument(
        "--data-dir",
        dest=f"{prefix}data_dir",
        type=Path,
        metavar="PATH",
        help="use the profile in this folder instead of the default one",
    )
    parser.add_argument(
        "--passphrase-stdin",
        dest=f"{prefix}passphrase_stdin",
        action="store_true",
        help="read the passphrase from the first line of standard input",
    )


def _merge_profile_options(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Profile options work before or after the command name, the same way; given in both
    places with different values, they are refused."""
    given = getattr(args, "global_data_dir", None)
    own = getattr(args, "data_dir", None)
    if given is not None and own is not None and Path(given) != Path(own):
        parser.error("--data-dir was given twice with different folders")
    args.data_dir = own if own is not None else given
    if getattr(args, "global_passphrase_stdin", False):
        if getattr(args, "recovery_key_stdin", False):
            parser.error("give either --passphrase-stdin or --recovery-key-stdin, not both")
        args.passphrase_stdin = True
    else:
        args.passphrase_stdin = getattr(args, "passphrase_stdin", False)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="companion",
        allow_abbrev=False,
        description="Companion: a private journal between counseling sessions.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_profile_options(parser, top_level=True)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a throwaway profile filled with generated example data",
    )
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="start, unlock, show the main window with its data, then exit 0",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser(
        "demo-data",
        help="create (if needed) and fill a profile with generated example data",
        allow_abbrev=False,
    )
    _add_profile_options(demo)
    demo.add_argument(
        "--years",
        type=float,
        default=1.0,
        help="years of entries (default 1; 0 creates an empty profile)",
    )
    demo.add_argument(
        "--into-existing",
        action="store_true",
        help="also add demo data to a profile that already has journal entries",
    )
    demo.add_argument("--seed", type=int, default=7, help=argparse.SUPPRESS)

    from companion.services.backup_cli import add_archive_parser, add_backup_parsers

    add_backup_parsers(sub)
    export = sub.add_parser(
        "export", help="export a summary to share, or everything to an archive"
    ).add_subparsers(dest="export_command", metavar="WHAT")
    add_archive_parser(export)
    from companion.export.summary_cli import add_export_summary_parser

    add_export_summary_parser(export)
    from companion.services.importing_cli import add_import_parser

    add_import_parser(sub)
    check = sub.add_parser(
        "self-test",
        help="check encryption, storage and search in a temporary profile, and with "
        "--data-dir that profile too (keystore, crash log, every page, newest backup); "
        "exit 0 if all is well",
        allow_abbrev=False,
    )
    _add_profile_options(check)
    return parser


def read_passphrase_from_stdin() -> str:
    """The passphrase from the first line of standard input (a ``str`` the caller owns and
    overwrites once used; see :mod:`companion.secret_input`)."""
    from companion.secret_input import read_secret_line

    passphrase = read_secret_line()
    if not passphrase:
        raise SystemExit("companion: --passphrase-stdin was given but standard input was empty.")
    return passphrase


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader of our output went away (``companion … | head``): stop quietly. Work
        # already done stays done; every write is a transaction of its own.
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 1


def _main(argv: Sequence[str] | None) -> int:
    # Everything Companion writes is for its owner only, whatever the umask it was started
    # with (the code also sets private modes itself; this covers what libraries create).
    if os.name == "posix":
        os.umask(0o077)
    parser = build_parser()
    args = parser.parse_args(argv)
    _merge_profile_options(parser, args)
    if args.command in _CHANGING_COMMANDS:
        from companion.config import default_data_dir

        print(f"Profile: {(args.data_dir or default_data_dir()).absolute()}")
    handler = getattr(args, "handler", None) or getattr(args, "func", None)
    if handler is not None:
        result: int = handler(args)
        return result
    if args.command == "demo-data":
        from companion.services.headless import fill_demo_profile

        return fill_demo_profile(
            args.data_dir,
            args.years,
            args.seed,
            read_passphrase_from_stdin if args.passphrase_stdin else None,
            into_existing=args.into_existing,
        )
    if args.command == "import":
        from companion.services.importing_cli import run_import

        return run_import(args)
    if args.command == "self-test":
        from companion.services.headless import self_test

        return self_test(
            print,
            args.data_dir,
            read_passphrase_from_stdin if args.passphrase_stdin else None,
        )
    passphrase = read_passphrase_from_stdin() if args.passphrase_stdin else None
    from companion.app import run_app

    return run_app(
        data_dir=args.data_dir,
        demo=args.demo,
        exit_when_ready=args.exit_when_ready,
        passphrase=passphrase,
    )


if __name__ == "__main__":
    sys.exit(main())
