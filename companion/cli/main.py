"""The ``companion`` command (and ``python -m companion``): one parser, built here from the
command modules of :mod:`companion.cli`; without a command it runs the app. Heavy imports
(Qt, SQLAlchemy) happen inside the commands that need them; only QtCore is loaded before the
parser, to speak the client's language (:mod:`companion.cli.language`)."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence

from companion import __version__
from companion.cli.backup import add_archive_parser, add_backup_parsers
from companion.cli.demo_data import add_demo_data_parser
from companion.cli.importing import add_import_parser
from companion.cli.language import Parser, add_language_option, use_language
from companion.cli.profile_options import (
    add_profile_options,
    merge_profile_options,
    say_which_profile,
)
from companion.cli.self_test import add_self_test_parser
from companion.cli.summary import add_export_summary_parser
from companion.cli.sync import add_sync_parsers
from companion.domain.wording import tr


def build_parser() -> argparse.ArgumentParser:
    """The whole command line. A command's parser sets ``handler`` (what runs it) and, when
    the command changes a profile, ``changes_profile`` (it first says which one)."""
    parser = Parser(
        prog="companion",
        allow_abbrev=False,
        description=tr("cli", "Companion: a private journal between counseling sessions."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=tr("cli", "show Companion's version and exit"),
    )
    add_language_option(parser)
    add_profile_options(parser, top_level=True)
    parser.add_argument(
        "--demo",
        action="store_true",
        help=tr("cli", "open a throwaway profile filled with generated example data"),
    )
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help=tr("cli", "start, unlock, show the main window with its data, then exit 0"),
    )
    sub = parser.add_subparsers(
        title=tr("cli", "commands"), dest="command", metavar=tr("cli", "COMMAND")
    )
    add_demo_data_parser(sub)
    add_backup_parsers(sub)
    export_parser = sub.add_parser(
        "export", help=tr("cli", "export a summary to share, or everything to an archive")
    )
    export = export_parser.add_subparsers(
        title=tr("cli", "commands"), dest="export_command", metavar=tr("cli", "WHAT")
    )
    export_parser.set_defaults(handler=lambda _args: _usage(export_parser))
    add_archive_parser(export)
    add_export_summary_parser(export)
    add_import_parser(sub)
    add_sync_parsers(sub)
    add_self_test_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _replace_what_the_terminal_cannot_show()
    try:
        return _main(argv)
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            return _reader_went_away()
        # A path the system refuses (no permission, a name too long, a disk that is full)
        # where no command expected it: say what and why, never a traceback.
        reason = exc.strerror or type(exc).__name__
        if exc.filename is not None:
            message = tr(
                "cli", "Companion could not use “%1”: %2.", os.fsdecode(exc.filename), reason
            )
        else:
            message = tr("cli", "Companion could not go on: %1.", reason)
        with contextlib.suppress(OSError):
            sys.stderr.write(f"companion: {message}\n")
        return 1


def _replace_what_the_terminal_cannot_show() -> None:
    """A terminal whose encoding lacks a letter of the messages (German in an ASCII locale)
    shows a replacement character instead of the command failing."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)  # None in a windowed Windows app
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")


def _reader_went_away() -> int:
    """The reader of our output went away (``companion … | head``): stop quietly. Work
    already done stays done; every write is a transaction of its own."""
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 1


def _main(argv: Sequence[str] | None) -> int:
    # Everything Companion writes is for its owner only, whatever the umask it was started
    # with (the code also sets private modes itself; this covers what libraries create).
    if os.name == "posix":
        os.umask(0o077)
    argv = sys.argv[1:] if argv is None else list(argv)
    use_language(argv)  # before the parser: its help texts are translated too
    parser = build_parser()
    args = parser.parse_args(argv)
    merge_profile_options(parser, args)
    if getattr(args, "changes_profile", False):
        say_which_profile(args)
    handler = getattr(args, "handler", None)
    if handler is not None:
        result: int = handler(args)
        return result
    return _run_app(args)


def _usage(parser: argparse.ArgumentParser) -> int:
    """A command that needs more: say what it takes, as argparse does for a missing argument."""
    parser.print_usage(sys.stderr)
    what = tr("cli", "say what to export: summary or archive")
    sys.stderr.write(tr("cli", "%1: error: %2", parser.prog, what) + "\n")
    return 2


def _run_app(args: argparse.Namespace) -> int:
    """No command: the app itself."""
    from companion.cli.passphrase import read_passphrase

    passphrase = read_passphrase() if args.passphrase_stdin else None
    from companion.app import run_app

    return run_app(
        data_dir=args.data_dir,
        demo=args.demo,
        exit_when_ready=args.exit_when_ready,
        passphrase=passphrase,
        language=args.language,
    )


if __name__ == "__main__":
    sys.exit(main())
