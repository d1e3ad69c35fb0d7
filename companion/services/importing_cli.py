"""``companion import``: preview an export from another journal app and, with ``--yes``,
import it. Only argparse is imported at start-up; the rest when the command runs."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

KINDS = ("jrnl", "dayone", "daylio", "markdown")


def add_import_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``import`` command to the subparsers of ``companion``'s parser."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "import",
        help="import entries from jrnl, Day One, Daylio or Markdown/text files",
        allow_abbrev=False,
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="PATH",
        help="use the profile in this folder instead of the default one",
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase from the first line of standard input",
    )
    parser.add_argument("--kind", required=True, choices=KINDS, help="the app the export is from")
    parser.add_argument(
        "--yes", action="store_true", help="import after showing the preview (else only preview)"
    )
    parser.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar="FILE",
        help="the exported file (or folder; several files for markdown)",
    )
    return parser


def _read_passphrase() -> str:
    passphrase = sys.stdin.readline().rstrip("\r\n")
    if not passphrase:
        raise SystemExit("companion: --passphrase-stdin was given but standard input was empty.")
    return passphrase


def describe(preview: Any) -> list[str]:
    """The preview as lines of text (counts, dates, tags, notes; never entry text)."""
    from companion.services.importing import SkippedKind

    lines = [f"Found {preview.found} entries in {preview.source_name}."]
    if preview.first is not None and preview.last is not None:
        lines.append(f"From {preview.first:%Y-%m-%d} to {preview.last:%Y-%m-%d}.")
    lines.append(f"New: {preview.new_count}.")
    if preview.already_in_journal:
        lines.append(f"Already in your journal (skipped): {preview.already_in_journal}.")
    if preview.repeated_in_file:
        lines.append(f"Repeated in the file (imported once): {preview.repeated_in_file}.")
    if preview.with_mood:
        lines.append(f"With a mood: {preview.with_mood}.")
    if preview.tags:
        shown = ", ".join(preview.tags[:20])
        more = f" and {len(preview.tags) - 20} more" if len(preview.tags) > 20 else ""
        lines.append(f"Tags: {shown}{more}.")
    names = {
        SkippedKind.PHOTO: "photos",
        SkippedKind.VIDEO: "videos",
        SkippedKind.AUDIO: "audio recordings",
        SkippedKind.PDF: "PDF attachments",
        SkippedKind.EMPTY: "empty entries",
    }
    for kind, count in preview.skipped:
        lines.append(f"Not imported: {count} {names[kind]}.")
    lines.extend(f"Note: {problem}" for problem in preview.problems)
    return lines


def run_import(args: argparse.Namespace, out: Callable[[str], None] = print) -> int:
    """Run ``companion import``; 0 on success (or a preview without --yes), 1 on a problem."""
    from companion.config import ProfilePaths, default_data_dir
    from companion.services.errors import SHOWABLE_ERRORS
    from companion.services.headless import open_or_create
    from companion.services.importing import ImportService

    paths = ProfilePaths(args.data_dir or default_data_dir())
    try:
        profile = open_or_create(paths, _read_passphrase if args.passphrase_stdin else None, out)
        try:
            service = profile.service(ImportService)
            chosen = list(args.paths)
            preview = service.preview(chosen[0] if len(chosen) == 1 else chosen, args.kind)
            for line in describe(preview):
                out(line)
            if not args.yes:
                out("Nothing was imported; run again with --yes to import.")
                return 0
            added = service.apply(preview)
            out(f"Imported {added} entries.")
        finally:
            profile.lock()
    except SHOWABLE_ERRORS as exc:
        print(f"companion: {exc}", file=sys.stderr)
        print("companion: nothing was imported.", file=sys.stderr)
        return 1
    return 0
