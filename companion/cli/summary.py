"""``companion export summary``: the session summary without a window.

    companion export summary --data-dir PATH [--counselor NAME_OR_ID]
        [--since-last-session | --between-sessions ID ID | --from DAY --to DAY]
        [--format pdf|html|md] [--paper a4|letter] [--pictures none|chosen|all]
        [--passphrase-stdin] -o FILE

What goes in is what the dialog ticks by default (the agenda, entries flagged "bring to my
next session" in the period, open goals, notes ready to share, the takeaways and what to try
from the last session, the check-ins and mood with charts); private entries never do, nor
anything kept with them. Pictures kept with the entries stay out unless ``--pictures`` says
``chosen`` (those chosen for an entry in the export dialog's last saved or printed summary)
or ``all`` (every picture of each included entry); PDF and text files kept with entries never
go in. The profile is opened, never created: from the keychain when it has that slot,
otherwise with the passphrase from the first line of standard input. No Qt is imported
unless the format is PDF, or pictures go into a web page (they are scaled with Qt).
"""

from __future__ import annotations

import argparse
import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from companion.cli import fail
from companion.cli.profile_options import add_command
from companion.domain.wording import tr
from companion.export.summary_files import SummaryFormat, format_for_path

PICTURE_CHOICES = ("none", "chosen", "all")


def add_export_summary_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``summary`` to ``subparsers`` (those of ``companion export``)."""
    parser = add_command(
        subparsers,
        "summary",
        help=tr(
            "cli.summary", "write a summary to bring to your next session (PDF, HTML or Markdown)"
        ),
        data_dir_help=tr("cli.summary", "the profile folder"),
    )
    parser.add_argument(
        "--counselor",
        metavar="NAME_OR_ID",
        help=tr(
            "cli.summary",
            "who the summary is for (default: your only, or first current, counselor)",
        ),
    )
    period = parser.add_mutually_exclusive_group()
    period.add_argument(
        "--since-last-session",
        action="store_true",
        help=tr("cli.summary", "from the last attended session to today (the default)"),
    )
    period.add_argument(
        "--between-sessions",
        nargs=2,
        type=int,
        metavar=("ID", "ID"),
        help=tr("cli.summary", "between two sessions (their ids)"),
    )
    period.add_argument("--from", dest="start", type=_day, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="end", type=_day, metavar="YYYY-MM-DD")
    parser.add_argument(
        "--format",
        choices=[f.value for f in SummaryFormat],
        help=tr("cli.summary", "pdf, html or md (default: from the file name, else pdf)"),
    )
    parser.add_argument(
        "--paper",
        choices=["a4", "letter"],
        help=tr("cli.summary", "PDF paper (default: as is usual where you live)"),
    )
    parser.add_argument(
        "--pictures",
        choices=PICTURE_CHOICES,
        default="none",
        help=tr(
            "cli.summary",
            "pictures kept with the included entries: none (the default), chosen (those "
            "chosen with their entry in the app's last saved summary) or all; in Markdown "
            "they are named, not shown",
        ),
    )
    parser.add_argument("-o", "--output", type=Path, required=True, metavar=tr("cli", "FILE"))
    parser.set_defaults(handler=run_export_summary)
    return parser


def _day(text: str) -> date:
    """``--from``/``--to``: a day written as YYYY-MM-DD, else a clear message."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr(
                "cli.summary",
                "“%1” is not a day Companion can read; write it as YYYY-MM-DD, "
                "for example 2026-03-14.",
                text,
            )
        ) from None


def _ensure_gui_app() -> object:
    """A QGuiApplication for the PDF writer (offscreen when there is no display)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["companion"])


def run_export_summary(args: argparse.Namespace) -> int:
    """Run the command; 0 on success, 1 with a message on standard error otherwise."""
    with _no_garbage_collection():
        return _export_summary(args)


@contextmanager
def _no_garbage_collection() -> Iterator[None]:
    """Python's cyclic garbage collector paused while the command runs: it ran about 200
    times during an export (through every object made so far, as modules are imported),
    about 50 ms of a command that takes a second, to free some 5,000 objects."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _export_summary(args: argparse.Namespace) -> int:
    from companion.cli.passphrase import read_secret_line
    from companion.cli.profile_options import profile_paths, unlock
    from companion.export.selection import PeriodChoice, PeriodKind
    from companion.services.errors import CompanionError
    from companion.services.profile import ProfileService, ProfileState
    from companion.services.summary import SummaryRequest, SummaryService

    output: Path = args.output
    fmt = SummaryFormat(args.format) if args.format else format_for_path(output)
    fmt = fmt or SummaryFormat.PDF
    if not output.parent.is_dir():
        return fail(tr("cli.summary", "The folder %1 does not exist.", output.parent))
    if (args.start is None) != (args.end is None):
        return fail(tr("cli.summary", "Give both --from and --to, or neither."))
    if args.start is not None:
        choice = PeriodChoice(PeriodKind.CUSTOM, start=args.start, end=args.end)
    elif args.between_sessions:
        first, second = args.between_sessions
        choice = PeriodChoice(PeriodKind.BETWEEN_SESSIONS, first, second)
    else:
        choice = PeriodChoice()
    paths = profile_paths(args)
    service = ProfileService(paths)
    try:
        if service.state() is ProfileState.NEW:
            return fail(tr("cli.summary", "There is no Companion profile in %1.", paths.root))
        methods = service.unlock_methods()
        secret = None
        if args.passphrase_stdin or not methods.keychain:
            # without the keychain's slot the passphrase is read even when not announced
            from companion.services.backups import Secret  # (only here: 5-10 ms of imports)

            secret = Secret(passphrase=read_secret_line())
            if not secret.passphrase:
                return fail(
                    tr(
                        "cli.summary",
                        "This profile needs its passphrase on standard input.",
                    )
                )
        profile = unlock(service, secret)  # overwrites the passphrase
        try:
            summaries = profile.service(SummaryService)
            counselor_id = _pick_counselor(profile.counselors.list(), args.counselor)
            period = summaries.resolve_period(choice, counselor_id)
            candidates = summaries.candidates(period, counselor_id)
            request = SummaryRequest(candidates, _selection(candidates, args.pictures))
            if request.selection.pictures and fmt is not SummaryFormat.MARKDOWN:
                from companion.export.print_pictures import PrintPictures

                document = summaries.build(request, pictures=PrintPictures())
            else:
                document = summaries.build(request)
        finally:
            profile.lock()
        if fmt is SummaryFormat.PDF:
            app = _ensure_gui_app()
        from companion.export.summary_files import write_summary

        written = write_summary(document, output, fmt, args.paper)
        if fmt is SummaryFormat.PDF:
            del app
    except CompanionError as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(
            tr(
                "cli.summary",
                "The summary could not be written (%1).",
                exc.strerror or exc,
            )
        )
    for path in written:
        print(tr("cli.summary", "Wrote %1", path))
    return 0


def _selection(candidates: Any, pictures: str) -> Any:
    """What the dialog ticks by default, with the pictures ``--pictures`` asks for."""
    from dataclasses import replace

    from companion.export.selection import default_selection, offered

    selection = default_selection(candidates)
    if pictures == "all":
        return replace(selection, pictures=frozenset(p.id for p in offered(candidates).pictures))
    if pictures == "none":
        return replace(selection, pictures=frozenset())
    return selection


def _pick_counselor(counselors: list[Any], wanted: str | None) -> int:
    from companion.domain.errors import InvalidInput

    if not counselors:
        raise InvalidInput(
            tr(
                "cli.summary",
                "There is no counselor in Companion yet, so there is no one to summarise for.",
            )
        )
    if wanted is None:
        current = [c for c in counselors if c.active] or counselors
        return int(current[0].id)
    for c in counselors:
        if str(c.id) == wanted.strip() or c.name.casefold() == wanted.strip().casefold():
            return int(c.id)
    raise InvalidInput(tr("cli.summary", "No counselor has that name or number."))
