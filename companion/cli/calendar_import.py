"""``companion import --kind ics``: preview the appointments in a calendar file and, with
``--yes``, add the new ones as planned sessions with one counselor. The same services as the
Sessions window: appointments imported before are skipped, and so are those already over
unless ``--include-past`` is given."""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from companion.domain.counselors import Counselor
from companion.domain.enums import SessionMode
from companion.domain.errors import InvalidInput
from companion.domain.sessions import Appointment, CalendarFileProblem, ImportPreview, zone
from companion.domain.wording import day_text, tr, tr_n
from companion.services.profile import UnlockedProfile
from companion.services.sessions import SessionService

_ZONEINFO = "zoneinfo/"


def system_zone() -> str:
    """This computer's IANA time zone as far as the system says without Qt (``TZ``, then
    ``/etc/localtime`` and ``/etc/timezone``); UTC when none of them names a known one."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        target = os.path.realpath("/etc/localtime")
        if _ZONEINFO in target:
            candidates.append(target.split(_ZONEINFO, 1)[1])
    with contextlib.suppress(OSError, UnicodeError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for name in candidates:
        if name:
            try:
                zone(name)
            except InvalidInput:
                continue
            return name
    return "UTC"


def choose_counselor(profile: UnlockedProfile, wanted: str | None) -> Counselor:
    """The counselor named ``wanted`` (any case), or the only active one."""
    if wanted:
        key = " ".join(wanted.split()).casefold()
        for counselor in profile.counselors.list():
            if counselor.name.casefold() == key:
                return counselor
        raise InvalidInput(tr("cli.calendar_import", "No counselor in this profile has that name."))
    active = profile.counselors.list(include_ended=False)
    if len(active) == 1:
        return active[0]
    if not active:
        raise InvalidInput(
            tr(
                "cli.calendar_import",
                "Appointments are added to a counselor: add your counselor in Companion first "
                "(Sessions), then import again.",
            )
        )
    raise InvalidInput(
        tr_n(
            "cli.calendar_import",
            "This profile has %n active [counselor|counselors]; choose one with --counselor NAME.",
            len(active),
        )
    )


def _is_over(appointment: Appointment, now: datetime) -> bool:
    return appointment.starts_at + timedelta(minutes=appointment.duration_minutes) <= now


def chosen(preview: ImportPreview, now: datetime, include_past: bool) -> list[Appointment]:
    """What ``--yes`` adds: the new appointments (those already over only when asked)."""
    return [a for a in preview.new if include_past or not _is_over(a, now)]


def describe_calendar(
    preview: ImportPreview, name: str, local_zone: str, now: datetime, include_past: bool
) -> list[str]:
    """The preview as lines of text (counts and dates; never an appointment's title)."""
    found = preview.appointments
    new = chosen(preview, now, include_past)
    lines = [
        tr_n(
            "cli.calendar_import",
            "Found %n [appointment|appointments] in %1.",
            len(found),
            name,
        )
    ]
    if found:
        first, last = (a.starts_at.astimezone(zone(local_zone)) for a in (found[0], found[-1]))
        lines.append(
            tr(
                "cli.calendar_import",
                "From %1 to %2.",
                day_text(first.date()),
                day_text(last.date()),
            )
        )
    lines.append(tr_n("cli.calendar_import", "New: %n.", len(new)))
    past = len(preview.new) - len(new)
    counted = (
        (
            preview.duplicates,
            tr_n(
                "cli.calendar_import",
                "Already imported (skipped): %n.",
                preview.duplicates,
            ),
        ),
        (
            past,
            tr_n(
                "cli.calendar_import",
                "Already over (left out; add them with --include-past): %n.",
                past,
            ),
        ),
        (
            preview.extra_dates,
            tr_n(
                "cli.calendar_import",
                "From extra dates in the file: %n.",
                preview.extra_dates,
            ),
        ),
        (
            preview.all_day_skipped,
            tr_n(
                "cli.calendar_import",
                "All-day events (left out): %n.",
                preview.all_day_skipped,
            ),
        ),
        (
            preview.cancelled_skipped,
            tr_n(
                "cli.calendar_import",
                "Cancelled (left out): %n.",
                preview.cancelled_skipped,
            ),
        ),
        (
            preview.unusable_skipped,
            tr_n(
                "cli.calendar_import",
                "Without a usable time (left out): %n.",
                preview.unusable_skipped,
            ),
        ),
    )
    lines.extend(text for count, text in counted if count)
    if preview.capped_events:
        lines.append(
            tr(
                "cli.calendar_import",
                "Some appointments repeat for a long time: only the most recent ones, up to a "
                "year ahead, are listed.",
            )
        )
    lines.extend(tr("cli.calendar_import", "Note: %1", problem) for problem in preview.problems)
    return lines


def import_calendar(
    profile: UnlockedProfile, args: argparse.Namespace, out: Callable[[str], None]
) -> None:
    """Preview the calendar file in ``args.paths`` and, with ``args.yes``, import it."""
    if len(args.paths) != 1:
        raise CalendarFileProblem(
            tr("cli.calendar_import", "Please choose one calendar file to import.")
        )
    path: Path = args.paths[0]
    local_zone = args.time_zone or system_zone()
    zone(local_zone)  # an unknown name is refused before anything is read
    counselor = choose_counselor(profile, args.counselor)
    sessions = profile.service(SessionService)
    now = datetime.now(UTC)
    preview = sessions.preview_import_file(path, local_zone=local_zone, now=now)
    for line in describe_calendar(preview, path.name, local_zone, now, args.include_past):
        out(line)
    new = chosen(preview, now, args.include_past)
    if not new:
        out(tr("cli.calendar_import", "There is nothing new to add from this file."))
        return
    if not args.yes:
        out(
            tr(
                "cli.calendar_import",
                "Nothing was imported; run again with --yes to import.",
            )
        )
        return
    mode = SessionMode(args.mode)
    added = sessions.import_appointments(counselor.id, new, time_zone=local_zone, mode=mode)
    out(tr_n("cli.calendar_import", "Added %n planned [session|sessions].", len(added)))
