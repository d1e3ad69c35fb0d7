"""``companion import``: preview an export from another journal app (or a calendar file of
appointments, ``--kind ics``, in :mod:`companion.cli.calendar_import`) and, with ``--yes``,
import it. Only argparse is imported at start-up; the rest when the command runs."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from companion.cli.profile_options import add_command
from companion.domain.wording import day_text, tr, tr_n

KINDS = ("jrnl", "dayone", "daylio", "markdown", "ics")
MODES = ("in_person", "video", "phone")


def add_import_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``import`` command to the subparsers of ``companion``'s parser."""
    parser = add_command(
        subparsers,
        "import",
        help=tr(
            "cli.importing",
            "import entries from jrnl, Day One, Daylio or Markdown/text files, or "
            "appointments from a calendar file (.ics)",
        ),
    )
    parser.add_argument(
        "--kind",
        required=True,
        choices=KINDS,
        help=tr(
            "cli.importing", "the app the export is from; ics for a calendar file of appointments"
        ),
    )
    parser.add_argument(
        "--yes",
        action="store_true",
        help=tr("cli.importing", "import after showing the preview (else only preview)"),
    )
    calendar = parser.add_argument_group(tr("cli.importing", "calendar files (--kind ics)"))
    calendar.add_argument(
        "--counselor",
        metavar="NAME",
        help=tr(
            "cli.importing", "the counselor the sessions are with (needed when there are several)"
        ),
    )
    calendar.add_argument(
        "--time-zone",
        metavar="NAME",
        help=tr(
            "cli.importing",
            "your IANA time zone, for times without one (default: this computer's)",
        ),
    )
    calendar.add_argument(
        "--mode",
        choices=MODES,
        default="in_person",
        help=tr("cli.importing", "how you meet (default: in_person)"),
    )
    calendar.add_argument(
        "--include-past",
        action="store_true",
        help=tr("cli.importing", "also add appointments that are already over"),
    )
    parser.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar=tr("cli", "FILE"),
        help=tr("cli.importing", "the exported file (or folder; several files for markdown)"),
    )
    parser.set_defaults(handler=run_import, changes_profile=True)
    return parser


def describe(preview: Any) -> list[str]:
    """The preview as lines of text (counts, dates, tags, notes; never entry text)."""

    lines = [
        tr_n(
            "cli.importing",
            "Found %n [entry|entries] in %1.",
            preview.found,
            preview.source_name,
        )
    ]
    if preview.first is not None and preview.last is not None:
        first, last = day_text(preview.first.date()), day_text(preview.last.date())
        lines.append(tr("cli.importing", "From %1 to %2.", first, last))
    lines.append(tr_n("cli.importing", "New: %n.", preview.new_count))
    if preview.file_count:
        lines.append(
            tr_n("cli.importing", "Photos and pictures with them: %n.", preview.file_count)
        )
    counted = (
        (
            preview.already_in_journal,
            tr_n(
                "cli.importing",
                "Already in your journal (skipped): %n.",
                preview.already_in_journal,
            ),
        ),
        (
            preview.repeated_in_file,
            tr_n(
                "cli.importing",
                "Repeated in the file (imported once): %n.",
                preview.repeated_in_file,
            ),
        ),
        (preview.with_mood, tr_n("cli.importing", "With a mood: %n.", preview.with_mood)),
    )
    lines.extend(text for count, text in counted if count)
    if preview.tags:
        lines.append(_tags(preview.tags))
    lines.extend(_not_imported(kind, count) for kind, count in preview.skipped)
    lines.extend(tr("cli.importing", "Note: %1", problem) for problem in preview.problems)
    return lines


def _tags(tags: tuple[str, ...]) -> str:

    shown = ", ".join(tags[:20])
    if len(tags) > 20:
        return tr_n("cli.importing", "Tags: %1 and %n more.", len(tags) - 20, shown)
    return tr("cli.importing", "Tags: %1.", shown)


def _not_imported(kind: Any, count: int) -> str:
    from companion.services.importing import SkippedKind

    if kind is SkippedKind.PHOTO:
        return tr_n("cli.importing", "Not imported: %n [photo|photos].", count)
    if kind is SkippedKind.PICTURE:
        return tr_n("cli.importing", "Not imported: %n [picture|pictures].", count)
    if kind is SkippedKind.VIDEO:
        return tr_n("cli.importing", "Not imported: %n [video|videos].", count)
    if kind is SkippedKind.AUDIO:
        return tr_n("cli.importing", "Not imported: %n audio [recording|recordings].", count)
    if kind is SkippedKind.PDF:
        return tr_n("cli.importing", "Not imported: %n PDF [attachment|attachments].", count)
    return tr_n("cli.importing", "Not imported: %n empty [entry|entries].", count)


def _import_journal(profile: Any, args: argparse.Namespace, out: Callable[[str], None]) -> None:
    from companion.services.importing import ImportService

    service = profile.service(ImportService)
    chosen = list(args.paths)
    preview = service.preview(chosen[0] if len(chosen) == 1 else chosen, args.kind)
    for line in describe(preview):
        out(line)
    if not args.yes:
        out(tr("cli.importing", "Nothing was imported; run again with --yes to import."))
        return
    imported = service.apply(preview)
    out(tr_n("cli.importing", "Imported %n [entry|entries].", imported.entries))
    if imported.files:
        out(
            tr_n(
                "cli.importing",
                "Kept %n [photo or picture|photos and pictures] with them.",
                imported.files,
            )
        )


def run_import(args: argparse.Namespace, out: Callable[[str], None] = print) -> int:
    """Run ``companion import``; 0 on success (or a preview without --yes), 1 on a problem."""
    from companion.cli.passphrase import read_passphrase
    from companion.cli.profile_options import open_or_create, profile_paths
    from companion.domain.text import printable
    from companion.services.errors import CompanionError, ProfileError
    from companion.services.profile import ProfileService, ProfileState

    def safe(line: str) -> None:  # names, tags and notes come from the file being imported
        out(printable(line))

    paths = profile_paths(args)
    try:
        if ProfileService(paths).state() is not ProfileState.EXISTING:
            # never set up a new, empty journal here: a mistyped --data-dir would import
            # into a profile the client does not know about
            raise ProfileError(
                tr(
                    "cli.importing",
                    "There is no Companion profile in %1. Check --data-dir, or open "
                    "Companion once to set up your journal.",
                    str(paths.root),
                )
            )
        passphrase = read_passphrase() if args.passphrase_stdin else None
        profile = open_or_create(paths, passphrase, safe)  # overwrites the passphrase
        try:
            if args.kind == "ics":
                from companion.cli.calendar_import import import_calendar

                import_calendar(profile, args, safe)
            else:
                _import_journal(profile, args, safe)
        finally:
            profile.lock()
    except CompanionError as exc:
        print(f"companion: {printable(str(exc))}", file=sys.stderr)
        nothing = tr("cli.importing", "nothing was imported.")
        print(f"companion: {nothing}", file=sys.stderr)
        return 1
    return 0
