"""Importing other journal apps' exports into a real encrypted profile: the preview counts,
duplicates (a second import, and repeats within a file), all-or-nothing writes, bad files
leaving the journal untouched, and the ``companion import`` command."""

from __future__ import annotations

import argparse
import json
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.cli.importing import add_import_parser, run_import
from companion.domain.errors import InvalidInput
from companion.domain.journal import EntryDraft, EntryFilter
from companion.domain.wording import day_text
from companion.services.importing import (
    ImportFileProblem,
    ImportKind,
    ImportService,
    SkippedKind,
)
from companion.services.profile import UnlockedProfile

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


@pytest.fixture
def importer(profile: UnlockedProfile) -> ImportService:
    return profile.service(ImportService)


def test_preview_then_apply_jrnl(profile: UnlockedProfile, importer: ImportService) -> None:
    preview = importer.preview(FIXTURES / "jrnl.json", "jrnl")
    assert preview.found == 3 and preview.new_count == 3 and preview.duplicates == 0
    assert preview.first == datetime(2021, 3, 4, 18, 22)
    assert preview.last == datetime(2021, 3, 9, 9, 30)
    assert preview.tags == ("work", "sleep", "starred")
    assert profile.journal.count() == 0  # a preview writes nothing
    assert importer.apply(preview).entries == 3
    assert profile.journal.count() == 3
    stored = [profile.journal.get(s.id) for s in profile.journal.list(EntryFilter())]
    starred = next(e for e in stored if e.title == "Slept badly.")
    assert starred.created_at == datetime(2021, 3, 5, 7, 5)
    assert starred.tags == ("sleep", "starred")


@pytest.mark.parametrize(
    ("path", "kind", "count"),
    [
        ("jrnl.json", ImportKind.JRNL, 3),
        ("dayone.zip", ImportKind.DAYONE, 3),
        ("dayone", ImportKind.DAYONE, 3),
        ("daylio.csv", ImportKind.DAYLIO, 4),
        ("markdown", ImportKind.MARKDOWN, 5),
    ],
)
def test_second_import_finds_only_duplicates(
    profile: UnlockedProfile, importer: ImportService, path: str, kind: ImportKind, count: int
) -> None:
    first = importer.preview(FIXTURES / path, kind)
    assert importer.apply(first).entries == count
    again = importer.preview(FIXTURES / path, kind)
    assert again.found == count
    assert again.new_count == 0 and again.already_in_journal == count
    assert importer.apply(again).entries == 0
    assert profile.journal.count() == count


def test_dayone_preview_counts_media(importer: ImportService) -> None:
    preview = importer.preview(FIXTURES / "dayone.zip", ImportKind.DAYONE)
    assert preview.skipped_count(SkippedKind.PHOTO) == 2
    assert preview.skipped_count(SkippedKind.PDF) == 1


def test_daylio_preview_moods_and_problems(importer: ImportService) -> None:
    preview = importer.preview(FIXTURES / "daylio.csv", ImportKind.DAYLIO)
    assert preview.with_mood == 3
    assert len(preview.problems) == 1 and preview.problems[0].startswith("Line 5:")


def test_duplicates_within_the_file_and_against_the_journal(
    profile: UnlockedProfile, importer: ImportService, tmp_path: Path
) -> None:
    profile.journal.create(
        EntryDraft(title="Already here", body="Same words"),
        created_at=datetime(2021, 3, 4, 18, 22, 40),  # same minute, other seconds
    )
    entry = {"date": "2021-03-04", "time": "18:22", "title": "Already here", "body": "Same words"}
    other = {"date": "2021-03-04", "time": "18:22", "title": "Different", "body": "words"}
    path = tmp_path / "j.json"
    path.write_text(json.dumps({"entries": [entry, other, other, other]}))
    preview = importer.preview(path, ImportKind.JRNL)
    assert preview.found == 4
    assert preview.already_in_journal == 1 and preview.repeated_in_file == 2
    assert preview.new_count == 1
    assert importer.apply(preview).entries == 1
    assert profile.journal.count() == 2


def test_apply_does_not_add_twice_what_arrived_after_the_preview(
    profile: UnlockedProfile, importer: ImportService
) -> None:
    preview = importer.preview(FIXTURES / "jrnl.json", ImportKind.JRNL)
    assert importer.apply(preview).entries == 3
    assert importer.apply(preview).entries == 0
    assert profile.journal.count() == 3


@pytest.mark.parametrize(
    ("name", "content", "kind", "message"),
    [
        ("j.json", b'{"entries": [{"date": "2021-03-04"}, {"dat', ImportKind.JRNL, "not valid"),
        (
            "j.json",
            b'{"entries": [{"date": "2021-03-04"}, {"date": "2021-13-40"}]}',
            ImportKind.JRNL,
            "Entry 2: the date '2021-13-40' is not a real date.",
        ),
        ("d.csv", b"a,b,c\n1,2,3\n", ImportKind.DAYLIO, "is not a Daylio export"),
        ("d.csv", b"", ImportKind.DAYLIO, "d.csv is empty."),
        (
            "d.csv",
            b"full_date,date,weekday,time,mood,activities,note_title,note\n"
            + b"2021-03-04,a,b,10:00,rad,,,ok\n" * 13
            + b"2021-13-40,a,b,10:00,rad,,,ok\n",
            ImportKind.DAYLIO,
            "Line 15: the date '2021-13-40' is not a real date.",
        ),
        ("e.zip", b"PK\x03\x04 broken", ImportKind.DAYONE, "not a zip file"),
        (
            "Journal.json",
            b'{"entries": [{"creationDate": "2021-03-04T10:00:00Z"}, {"text": "x"}]}',
            ImportKind.DAYONE,
            "Entry 2 in Journal.json has no creation date.",
        ),
    ],
)
def test_bad_file_writes_nothing(
    profile: UnlockedProfile,
    importer: ImportService,
    tmp_path: Path,
    name: str,
    content: bytes,
    kind: ImportKind,
    message: str,
) -> None:
    profile.journal.create(EntryDraft(title="mine"))
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileProblem) as caught:
        importer.preview(path, kind)
    assert message in str(caught.value)
    assert profile.journal.count() == 1


def test_markdown_several_files(importer: ImportService, tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "markdown", tmp_path / "m")
    files = [tmp_path / "m" / "20210306-notes.txt", tmp_path / "m" / "with-front-matter.md"]
    preview = importer.preview(files, ImportKind.MARKDOWN)
    assert preview.found == 2 and preview.source_name == "2 files"


def test_too_big_is_refused_before_reading(
    importer: ImportService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from companion.formats.importers import batch

    monkeypatch.setattr(batch, "MAX_IMPORT_BYTES", 10)
    path = tmp_path / "j.json"
    path.write_text('{"entries": []}   ')
    with pytest.raises(ImportFileProblem, match="too big"):
        importer.preview(path, ImportKind.JRNL)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    kind=st.sampled_from(list(ImportKind)),
    data=st.one_of(
        st.binary(max_size=200),
        st.lists(
            st.fixed_dictionaries(
                {
                    "date": st.one_of(st.dates().map(str), st.text(max_size=10)),
                    "creationDate": st.text(max_size=25),
                    "text": st.text(max_size=20),
                }
            ),
            max_size=3,
        ).map(lambda e: json.dumps({"entries": e}).encode()),
    ),
)
def test_fuzz_the_database_is_unchanged_on_rejection(
    profile: UnlockedProfile, importer: ImportService, tmp_path: Path, kind: ImportKind, data: bytes
) -> None:
    before = profile.journal.count()
    path = tmp_path / "fuzz.input"
    path.write_bytes(data)
    try:
        preview = importer.preview(path, kind)
    except InvalidInput:
        assert profile.journal.count() == before
        return
    assert profile.journal.count() == before
    added = importer.apply(preview)
    assert profile.journal.count() == before + added.entries


DAYLIO_MULTILINE = (
    "full_date,date,weekday,time,mood,activities,note_title,note\n"
    '2021-03-04,March 4,Thursday,19:02,good,walk,Evening,"First line\nsecond line\n\nthird"\n'
    "2021-03-05,March 5,Friday,08:15,meh,,,short\n"
)


def test_the_same_daylio_file_with_windows_line_endings_finds_only_duplicates(
    profile: UnlockedProfile, importer: ImportService, tmp_path: Path
) -> None:
    unix = tmp_path / "unix.csv"
    unix.write_bytes(DAYLIO_MULTILINE.encode())
    windows = tmp_path / "windows.csv"
    windows.write_bytes(DAYLIO_MULTILINE.replace("\n", "\r\n").encode())
    assert importer.apply(importer.preview(unix, ImportKind.DAYLIO)).entries == 2
    again = importer.preview(windows, ImportKind.DAYLIO)
    assert again.new_count == 0 and again.already_in_journal == 2
    (first, *_) = [profile.journal.get(s.id) for s in profile.journal.list(EntryFilter())]
    assert "\r" not in first.body


def test_windows_line_endings_are_stored_as_unix_ones(
    profile: UnlockedProfile, importer: ImportService, tmp_path: Path
) -> None:
    windows = tmp_path / "windows.csv"
    windows.write_bytes(DAYLIO_MULTILINE.replace("\n", "\r\n").encode())
    assert importer.apply(importer.preview(windows, ImportKind.DAYLIO)).entries == 2
    bodies = {profile.journal.get(s.id).body for s in profile.journal.list(EntryFilter())}
    assert bodies == {"First line\nsecond line\n\nthird", "short"}
    unix = tmp_path / "unix.csv"
    unix.write_bytes(DAYLIO_MULTILINE.encode())
    assert importer.preview(unix, ImportKind.DAYLIO).new_count == 0


def test_an_entry_written_with_windows_line_endings_is_a_duplicate(
    profile: UnlockedProfile, importer: ImportService, tmp_path: Path
) -> None:
    profile.journal.create(
        EntryDraft(title="Evening", body="First line\r\nsecond line\r\n\r\nthird", tags=("walk",)),
        created_at=datetime(2021, 3, 4, 19, 2),
    )
    path = tmp_path / "unix.csv"
    path.write_bytes(DAYLIO_MULTILINE.encode())
    preview = importer.preview(path, ImportKind.DAYLIO)
    assert preview.already_in_journal == 1 and preview.new_count == 1


def test_entries_over_the_size_limit_are_left_out_and_the_rest_imports(
    profile: UnlockedProfile, importer: ImportService, tmp_path: Path
) -> None:
    from companion.domain.journal import BODY_MAX

    path = tmp_path / "j.json"
    entries = [
        {"date": "2021-05-03", "time": "10:00", "body": "x" * (BODY_MAX + 23_456)},
        {"date": "2021-05-04", "time": "10:00", "body": "fits"},
        {"date": "2021-05-05", "time": "10:00", "body": "y" * BODY_MAX},
    ]
    path.write_text(json.dumps({"entries": entries}))
    preview = importer.preview(path, ImportKind.JRNL)
    assert preview.found == 2 and preview.new_count == 2
    assert preview.problems == (
        "Entry of 3 May 2021 is longer than Companion allows (123,456 characters); "
        "it was left out.",
    )
    assert importer.apply(preview).entries == 2
    bodies = sorted(
        len(profile.journal.get(s.id).body) for s in profile.journal.list(EntryFilter())
    )
    assert bodies == [4, BODY_MAX]  # never half an entry


def test_a_long_daylio_note_is_read_not_refused_as_broken_csv(
    importer: ImportService, tmp_path: Path
) -> None:
    path = tmp_path / "d.csv"
    note = "n" * 200_000
    path.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        f'2021-05-03,a,b,10:00,rad,,,"{note}"\n2021-05-04,a,b,10:00,rad,,,ok\n'
    )
    preview = importer.preview(path, ImportKind.DAYLIO)
    assert preview.new_count == 1
    assert preview.problems == (
        "Entry of 3 May 2021 is longer than Companion allows (200,000 characters); "
        "it was left out.",
    )


@pytest.mark.parametrize(
    ("fixture", "kind", "named"),
    [
        ("daylio.csv", ImportKind.MARKDOWN, "looks like a Daylio export; please choose Daylio"),
        ("jrnl.json", ImportKind.MARKDOWN, "looks like a jrnl export; please choose jrnl"),
        ("dayone.zip", ImportKind.MARKDOWN, "looks like a Day One export"),
        ("jrnl.json", ImportKind.DAYONE, "looks like a jrnl export"),
        ("dayone/Journal.json", ImportKind.JRNL, "looks like a Day One export"),
    ],
)
def test_a_wrong_kind_is_named_and_nothing_is_written(
    profile: UnlockedProfile, importer: ImportService, fixture: str, kind: ImportKind, named: str
) -> None:
    with pytest.raises(ImportFileProblem, match=named):
        importer.preview(FIXTURES / fixture, kind)
    assert profile.journal.count() == 0


def test_several_files_are_named_with_a_plural(importer: ImportService, tmp_path: Path) -> None:
    files = []
    for day in (4, 5):
        files.append(tmp_path / f"2021-03-0{day}.md")
        files[-1].write_text("note")
    assert importer.preview(files, ImportKind.MARKDOWN).source_name == "2 files"


# --- the command line ------------------------------------------------------------------------


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="companion")
    add_import_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(["import", *argv])


def test_cli_previews_then_imports_with_yes(
    profile: UnlockedProfile, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = str(profile.paths.root)
    profile.lock()
    lines: list[str] = []
    args = _args("--data-dir", data_dir, "--kind", "jrnl", str(FIXTURES / "jrnl.json"))
    assert run_import(args, lines.append) == 0
    assert "Found 3 entries in jrnl.json." in lines
    assert "New: 3." in lines
    assert lines[-1] == "Nothing was imported; run again with --yes to import."
    lines.clear()
    assert (
        run_import(_args(*args_list(data_dir), "--yes", str(FIXTURES / "jrnl.json")), lines.append)
        == 0
    )
    assert lines[-1] == "Imported 3 entries."
    lines.clear()
    assert run_import(_args(*args_list(data_dir), str(FIXTURES / "daylio.csv")), lines.append) == 1
    err = capsys.readouterr().err
    assert "daylio.csv looks like a Daylio export" in err and "nothing was imported" in err


def test_cli_counts_the_photos_that_come_along(profile: UnlockedProfile, tmp_path: Path) -> None:
    from tests.support import attachment_samples as samples

    (tmp_path / "a.png").write_bytes(samples.png())
    (tmp_path / "2021-03-04.md").write_text("![](a.png) ![](/etc/passwd)", encoding="utf-8")
    data_dir = str(profile.paths.root)
    profile.lock()
    lines: list[str] = []
    argv = ("--data-dir", data_dir, "--kind", "markdown", "--yes", str(tmp_path))
    assert run_import(_args(*argv), lines.append) == 0
    assert "Photos and pictures with them: 1." in lines
    assert "Not imported: 1 picture." in lines
    assert lines[-2:] == ["Imported 1 entry.", "Kept 1 photo or picture with them."]


def args_list(data_dir: str) -> list[str]:
    return ["--data-dir", data_dir, "--kind", "jrnl"]


def _many_jrnl(path: Path, count: int) -> Path:
    entries = [
        {
            "title": f"Day {n}",
            "body": f"Entry number {n}.",
            "date": f"{2000 + n // 365:04d}-{1 + (n // 28) % 12:02d}-{1 + n % 28:02d}",
            "time": f"{n % 24:02d}:{n % 60:02d}",
            "tags": [],
            "starred": False,
        }
        for n in range(count)
    ]
    path.write_text(json.dumps({"tags": {}, "entries": entries}), encoding="utf-8")
    return path


def test_apply_reports_progress_in_batches(
    profile: UnlockedProfile, importer: ImportService, tmp_path: Path
) -> None:
    preview = importer.preview(_many_jrnl(tmp_path / "many.json", 450), "jrnl")
    assert preview.new_count == 450
    seen: list[tuple[int, int]] = []
    assert (
        importer.apply(preview, progress=lambda done, total: seen.append((done, total))).entries
        == 450
    )
    assert seen[0] == (0, 450) and seen[-1] == (450, 450)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert len(seen) >= 3  # more than a start and an end
    assert profile.journal.count() == 450


def test_a_cancelled_import_adds_nothing(
    profile: UnlockedProfile, importer: ImportService, tmp_path: Path
) -> None:
    from companion.services.importing import ImportCancelled

    profile.journal.create(EntryDraft(body="already here"))
    preview = importer.preview(_many_jrnl(tmp_path / "many.json", 650), "jrnl")
    calls: list[int] = []

    def cancel_after_two_batches() -> bool:
        calls.append(1)
        return len(calls) > 2  # rows were written (flushed) before the stop

    with pytest.raises(ImportCancelled):
        importer.apply(preview, cancel=cancel_after_two_batches)
    assert profile.journal.count() == 1  # the transaction was rolled back
    assert importer.apply(preview).entries == 650  # and the same preview still imports afterwards


# --- the command line: calendar files ---------------------------------------------------------


def _ics_day(days_ahead: int) -> str:
    return f"{datetime.now() + timedelta(days=days_ahead):%Y%m%d}"


SOON, LATER = _ics_day(30), _ics_day(40)
CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Practice//Test//EN\r\n"
    f"BEGIN:VEVENT\r\nUID:weekly@practice\r\nDTSTART;TZID=Europe/Berlin:{SOON}T170000\r\n"
    "DURATION:PT50M\r\nRRULE:FREQ=WEEKLY;COUNT=2\r\nSUMMARY:Session\r\nEND:VEVENT\r\n"
    f"BEGIN:VEVENT\r\nUID:once@practice\r\nDTSTART:{LATER}T100000Z\r\n"
    f"RDATE;VALUE=DATE:{_ics_day(41)}\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:past@practice\r\nDTSTART:20200320T100000Z\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def _calendar_args(data_dir: str, path: Path, *more: str) -> argparse.Namespace:
    return _args(
        "--data-dir", data_dir, "--kind", "ics", "--time-zone", "Europe/Berlin", *more, str(path)
    )


def test_cli_imports_a_calendar_file_and_skips_duplicates(
    profile: UnlockedProfile, tmp_path: Path
) -> None:
    from companion.domain.counselors import CounselorDraft
    from companion.services.sessions import SessionService

    dana = profile.counselors.create(CounselorDraft(name="Dana"))
    data_dir = str(profile.paths.root)
    profile.lock()
    path = tmp_path / "practice.ics"
    path.write_text(CALENDAR, encoding="utf-8", newline="")
    lines: list[str] = []
    assert run_import(_calendar_args(data_dir, path), lines.append) == 0
    assert lines[0] == "Found 4 appointments in practice.ics."
    assert "New: 3." in lines
    assert "Already over (left out; add them with --include-past): 1." in lines
    later = datetime.strptime(LATER, "%Y%m%d").date()
    assert (
        f"Note: The appointment on {day_text(later)} lists 1 extra date without a time of day; "
        "it was left out." in lines
    )
    assert lines[-1] == "Nothing was imported; run again with --yes to import."
    lines.clear()
    assert run_import(_calendar_args(data_dir, path, "--yes"), lines.append) == 0
    assert lines[-1] == "Added 3 planned sessions."
    lines.clear()
    assert run_import(_calendar_args(data_dir, path, "--yes", "--include-past"), lines.append) == 0
    assert "Already imported (skipped): 3." in lines
    assert lines[-1] == "Added 1 planned session."
    lines.clear()
    assert run_import(_calendar_args(data_dir, path, "--yes"), lines.append) == 0
    assert lines[-1] == "There is nothing new to add from this file."

    again = _reopen(data_dir)
    try:
        assert again.service(SessionService).count(dana.id) == 4
    finally:
        again.lock()


def _reopen(data_dir: str) -> UnlockedProfile:
    from companion.config import ProfilePaths
    from companion.services.profile import ProfileService

    return ProfileService(ProfilePaths(Path(data_dir))).unlock_with_keychain()


def test_cli_calendar_needs_one_counselor_to_add_to(
    profile: UnlockedProfile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from companion.domain.counselors import CounselorDraft

    data_dir = str(profile.paths.root)
    path = tmp_path / "practice.ics"
    path.write_text(CALENDAR, encoding="utf-8", newline="")
    profile.lock()
    lines: list[str] = []
    assert run_import(_calendar_args(data_dir, path, "--yes"), lines.append) == 1
    assert "add your counselor in Companion first" in capsys.readouterr().err
    again = _reopen(data_dir)
    again.counselors.create(CounselorDraft(name="Dana"))
    again.counselors.create(CounselorDraft(name="Sam Okafor"))
    again.lock()
    assert run_import(_calendar_args(data_dir, path, "--yes"), lines.append) == 1
    assert "2 active counselors; choose one with --counselor" in capsys.readouterr().err
    assert run_import(_calendar_args(data_dir, path, "--counselor", "nobody"), lines.append) == 1
    assert "No counselor" in capsys.readouterr().err
    lines.clear()
    args = _calendar_args(data_dir, path, "--yes", "--counselor", "sam okafor")
    assert run_import(args, lines.append) == 0
    assert lines[-1] == "Added 3 planned sessions."


def test_cli_calendar_refuses_a_cut_off_file_and_adds_nothing(
    profile: UnlockedProfile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from companion.domain.counselors import CounselorDraft

    profile.counselors.create(CounselorDraft(name="Dana"))
    data_dir = str(profile.paths.root)
    profile.lock()
    path = tmp_path / "practice.ics"
    path.write_text(CALENDAR[:-8], encoding="utf-8", newline="")
    assert run_import(_calendar_args(data_dir, path, "--yes"), [].append) == 1
    err = capsys.readouterr().err
    assert "the file seems to be cut off" in err and "nothing was imported" in err


def test_cli_journal_counts_use_plurals(profile: UnlockedProfile, tmp_path: Path) -> None:
    data_dir = str(profile.paths.root)
    profile.lock()
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"entries": [{"date": "2021-03-04", "body": "x"}]}))
    lines: list[str] = []
    assert run_import(_args(*args_list(data_dir), "--yes", str(path)), lines.append) == 0
    assert "Found 1 entry in one.json." in lines
    assert lines[-1] == "Imported 1 entry."
    lines.clear()
    zipped = _args("--data-dir", data_dir, "--kind", "dayone", str(FIXTURES / "dayone.zip"))
    assert run_import(zipped, lines.append) == 0
    assert "Not imported: 2 photos." in lines
    assert "Not imported: 1 video." in lines
    assert "Not imported: 1 PDF attachment." in lines
