"""The importers for other journal apps' exports, without a database: the fixtures in
tests/fixtures/imports (written for these tests from each app's documented format) read field
by field, damaged files rejected with a message naming the line or record (and never the
text), and random input never crashing with anything but InvalidInput."""

from __future__ import annotations

import io
import json
import os
import shutil
import zipfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.domain.errors import InvalidInput
from companion.domain.journal import BODY_MAX
from companion.formats.importers.batch import (
    MAX_IMPORT_BYTES,
    ImportBatch,
    ImportFileProblem,
    ImportKind,
    SkippedKind,
    split_heading,
)
from companion.formats.importers.daylio import MOOD_SCALE, parse_daylio
from companion.formats.importers.dayone import journal_files_in_zip, parse_dayone
from companion.formats.importers.jrnl import parse_jrnl
from companion.formats.importers.markdown_files import TextFile, parse_text_files
from companion.formats.importers.sources import read_import

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
UTC_ZONE = ZoneInfo("UTC")
SECRET = "my secret sentence"


def _at(*parts: int) -> datetime:
    return datetime(*parts)  # type: ignore[arg-type]


# --- jrnl ------------------------------------------------------------------------------------


def test_jrnl_fixture_field_by_field() -> None:
    batch = parse_jrnl((FIXTURES / "jrnl.json").read_bytes(), "jrnl.json")
    assert [at for at, _ in batch.entries] == [
        _at(2021, 3, 4, 18, 22),
        _at(2021, 3, 5, 7, 5),
        _at(2021, 3, 9, 9, 30),
    ]
    first, second, third = (d for _, d in batch.entries)
    assert first.title == "Long day at the office."
    assert first.body == (
        "Meeting ran over again, but I said no to the extra project.\nFelt good about that."
    )
    assert first.tags == ("work",)
    assert second.title == "Slept badly." and second.body == ""
    assert second.tags == ("sleep", "starred")  # starred becomes a tag
    assert not second.bring_to_session and not second.private
    assert third.body.startswith("Things to bring up:\n- the @work")
    assert all(d.mood is None for _, d in batch.entries)
    assert batch.problems == () and batch.skipped == ()


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"date": "2021-13-40", "time": "10:00"}, "Entry 2: the date '2021-13-40' is not a real"),
        ({"time": "10:00", "body": SECRET}, "Entry 2 has no date."),
        ({"date": "2021-03-04", "time": "25:99"}, "Entry 2: the time '25:99' is not a real"),
        ({"date": SECRET}, "Entry 2: the date is not a real date."),
        ({"date": "2021-03-04", "tags": "work"}, "Entry 2: the tags are not a list"),
        ({"date": "1066-10-14"}, "Entry 2: the date is outside the years"),
    ],
)
def test_jrnl_bad_entry_names_the_entry(entry: dict[str, object], message: str) -> None:
    good = {"date": "2021-03-04", "time": "10:00", "title": "ok", "body": ""}
    data = json.dumps({"tags": {}, "entries": [good, entry]}).encode()
    with pytest.raises(ImportFileProblem) as caught:
        parse_jrnl(data)
    assert str(caught.value).startswith(message)
    assert SECRET not in str(caught.value)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b'{"entries": [', "is not valid JSON (line 1)"),
        (b'{"tags": {}}', "is not a jrnl JSON export"),
        (b"[1, 2]", "is not a jrnl JSON export"),
        (b"\xff\xfe\x00garbage", "is not a text file in UTF-8"),
    ],
)
def test_jrnl_broken_files(data: bytes, message: str) -> None:
    with pytest.raises(ImportFileProblem, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_jrnl(data, "journal.json")


def test_jrnl_long_title_and_tag_are_cleaned_with_a_note() -> None:
    data = json.dumps(
        {"entries": [{"date": "2021-03-04", "title": "t" * 300, "tags": ["@" + "x" * 60]}]}
    ).encode()
    batch = parse_jrnl(data)
    ((_, draft),) = batch.entries
    assert len(draft.title) == 200 and draft.title.endswith("…")
    assert draft.tags == ()
    assert batch.problems == (
        "Entry 1: the title was too long and has been shortened.",
        "Entry 1: a tag longer than 40 characters was left out.",
    )


# --- Day One ---------------------------------------------------------------------------------


def _check_dayone(batch: ImportBatch, *, resolved: bool = True) -> None:
    assert [at for at, _ in batch.entries] == [
        _at(2021, 3, 4, 13, 22, 10),  # 18:22:10 UTC in New York (EST, UTC-5)
        _at(2021, 7, 1, 8, 0),  # 06:00 UTC in Berlin (summer time, UTC+2)
        _at(2021, 12, 25, 8, 30),  # 23:30 UTC on the 24th is the 25th in Tokyo
    ]
    first, second, third = (d for _, d in batch.entries)
    assert first.title == "Walk by the river"
    assert first.body == "The ice is finally gone.\n\nI stayed out for an hour."
    assert "dayone-moment" not in first.body
    assert first.tags == ("walks", "gratitude", "starred")
    assert second.title == "" and second.body == "Short one today: calmer than last week."
    assert third.body == "Christmas morning, quiet." and third.tags == ()
    assert batch.skipped_count(SkippedKind.VIDEO) == 1
    assert batch.skipped_count(SkippedKind.AUDIO) == 1
    assert batch.skipped_count(SkippedKind.PDF) == 1
    photos = batch.files_of(0)
    assert [p.name for p in photos] == ["Photo 1.jpeg", "Photo 2.jpeg"][: len(photos)]
    assert batch.files_of(1) == batch.files_of(2) == ()
    if not resolved:  # as parsed: both photos to be looked for in the export
        assert [p.where for p in photos] == ["photos/0f0f", "photos/1e1e"]
        assert batch.problems == () and batch.skipped_count(SkippedKind.PHOTO) == 0
        return
    # found in the export: the one photo that is there (the other is not)
    assert [p.where for p in photos] == ["photos/0f0f.jpeg"]
    assert batch.skipped_count(SkippedKind.PHOTO) == 1
    assert batch.problems == (
        "Entry 1 in Journal.json, photo 2 was not imported: the file could not be found.",
    )


def test_dayone_zip_fixture() -> None:
    journals = journal_files_in_zip((FIXTURES / "dayone.zip").read_bytes())
    assert [name for name, _ in journals] == ["Journal.json"]
    _check_dayone(parse_dayone(journals), resolved=False)
    _check_dayone(read_import(FIXTURES / "dayone.zip", ImportKind.DAYONE))


def test_dayone_folder_and_json_file_read_the_same() -> None:
    _check_dayone(read_import(FIXTURES / "dayone", ImportKind.DAYONE))
    _check_dayone(read_import(FIXTURES / "dayone" / "Journal.json", ImportKind.DAYONE))


def _dayone(*entries: dict[str, object], name: str = "Journal.json") -> list[tuple[str, bytes]]:
    return [(name, json.dumps({"metadata": {}, "entries": list(entries)}).encode())]


def test_dayone_several_journals_are_tagged_with_their_names() -> None:
    entry = {"creationDate": "2021-03-04T18:22:10Z", "timeZone": "UTC", "text": "x"}
    batch = parse_dayone(_dayone(entry, name="Work.json") + _dayone(entry, name="Dreams.json"))
    assert [d.tags for _, d in batch.entries] == [("work",), ("dreams",)]


def test_dayone_unknown_or_missing_time_zone() -> None:
    batch = parse_dayone(
        _dayone(
            {"creationDate": "2021-03-04T18:22:10Z", "timeZone": "Mars/Olympus", "text": "a"},
            {"creationDate": "2021-03-04T18:22:10Z", "text": "b"},
        ),
        local_zone=ZoneInfo("Europe/Berlin"),
    )
    assert [at for at, _ in batch.entries] == [_at(2021, 3, 4, 19, 22, 10)] * 2
    assert batch.problems == (
        "Entry 1 in Journal.json: the time zone is not one Companion knows; "
        "the time is shown on this computer's clock.",
    )


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"text": SECRET}, "Entry 2 in Journal.json has no creation date."),
        ({"creationDate": "2021-02-30T10:00:00Z"}, "Entry 2 in Journal.json: the creation date"),
        ({"creationDate": 5}, "Entry 2 in Journal.json: the creation date is not a date."),
        ({"creationDate": "2021-03-04T10:00:00Z", "text": 7}, "Entry 2 in Journal.json: the"),
        ("just a string", "Entry 2 in Journal.json is not a journal entry."),
    ],
)
def test_dayone_bad_entry_names_the_record(entry: object, message: str) -> None:
    good = {"creationDate": "2021-03-04T10:00:00Z", "text": "fine"}
    with pytest.raises(ImportFileProblem) as caught:
        parse_dayone(_dayone(good, entry))  # type: ignore[arg-type]
    assert str(caught.value).startswith(message)
    assert SECRET not in str(caught.value)


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_dayone_zip_with_nothing_usable() -> None:
    with pytest.raises(ImportFileProblem, match="no journal in it"):
        journal_files_in_zip(_zip({"photos/a.jpeg": b"\xff\xd8"}))
    with pytest.raises(ImportFileProblem, match="no journal in it"):
        parse_dayone(journal_files_in_zip(_zip({"notes.json": b'{"hello": 1}'})))
    with pytest.raises(ImportFileProblem, match="not a zip file Companion can read"):
        journal_files_in_zip(b"PK\x03\x04 this is not really a zip")


def test_dayone_zip_bomb_is_refused_before_unpacking() -> None:
    bomb = _zip({"Journal.json": b"0" * (MAX_IMPORT_BYTES + 1)})
    assert len(bomb) < 1_000_000
    with pytest.raises(ImportFileProblem, match="unpacks to more than Companion can import"):
        journal_files_in_zip(bomb)


# --- Daylio ----------------------------------------------------------------------------------


def test_daylio_fixture_field_by_field() -> None:
    batch = parse_daylio((FIXTURES / "daylio.csv").read_bytes(), "daylio.csv")
    assert [at for at, _ in batch.entries] == [
        _at(2021, 3, 6, 21, 40),
        _at(2021, 3, 5, 8, 15),
        _at(2021, 3, 4, 19, 2),
        _at(2021, 3, 3, 12, 0),
    ]
    rad, meh, awful, custom = (d for _, d in batch.entries)
    assert rad.title == "Dinner with Sam"
    assert rad.body == "We cooked together.\nLaughed a lot.\nHome late."
    assert rad.mood == 10 and rad.tags == ("friends", "cooking", "music")
    assert meh.mood == 5 and meh.tags == ("work",) and meh.body == ""
    assert awful.mood == 1 and awful.tags == ("sleep", "work")
    assert custom.mood is None and custom.body == "Custom mood here."
    assert batch.problems == (
        "Line 5: the mood is a custom one Companion cannot place on its 0-10 scale, "
        "so this entry comes in without a mood.",
    )


def test_daylio_mood_scale_is_documented() -> None:
    assert MOOD_SCALE == {"rad": 10, "good": 8, "meh": 5, "bad": 3, "awful": 1}


HEADER = "full_date,date,weekday,time,mood,activities,note_title,note\n"
GOOD_ROW = "2021-03-04,March 4,Thursday,19:02,good,,,fine\n"


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (GOOD_ROW + "2021-13-40,x,y,10:00,good,,,secret\n", "Line 3: the date '2021-13-40' is"),
        (GOOD_ROW + "2021-03-04,x,y,27:00,good,,,secret\n", "Line 3: the time '27:00' is not"),
        (GOOD_ROW + "2021-03-04,x,y,10:00,good\n", "Line 3: there are 5 columns instead of 8."),
        (GOOD_ROW + f'{SECRET},x,y,10:00,good,,,"n"\n', "Line 3: the date is not a real date."),
        (GOOD_ROW + ",x,y,10:00,good,,,n\n", "Line 3: there is no date."),
    ],
)
def test_daylio_bad_rows_name_the_line(rows: str, message: str) -> None:
    with pytest.raises(ImportFileProblem) as caught:
        parse_daylio((HEADER + rows).encode())
    assert str(caught.value).startswith(message)
    assert SECRET not in str(caught.value)


def test_daylio_wrong_columns_and_empty() -> None:
    with pytest.raises(ImportFileProblem, match="no column 'full_date', 'mood'"):
        parse_daylio(b"date,time,activities,note_title,note\n2021-03-04,10:00,,,\n", "x.csv")
    with pytest.raises(ImportFileProblem, match=r"x\.csv is empty"):
        parse_daylio(b"  \n", "x.csv")


def test_daylio_twelve_hour_times_and_quoted_line_breaks() -> None:
    data = HEADER + '2021-03-04,March 4,Thursday,9:15 pm,bad,a | b,,"one\ntwo"\n'
    ((at, draft),) = parse_daylio(data.encode()).entries
    assert at == _at(2021, 3, 4, 21, 15)
    assert draft.mood == 3 and draft.tags == ("a", "b") and draft.body == "one\ntwo"


# --- Markdown and text files -----------------------------------------------------------------


def test_markdown_folder_fixture(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    shutil.copytree(FIXTURES / "markdown", folder)
    stamp = datetime(2021, 4, 1, 10, 0).timestamp()
    os.utime(folder / "undated.md", (stamp, stamp))
    batch = read_import(folder, ImportKind.MARKDOWN)
    found = {at: d for at, d in batch.entries}
    assert len(found) == 5
    assert found[_at(2021, 3, 4)].title == "First day back"
    assert found[_at(2021, 3, 4)].body == "Went for a run before work."
    assert found[_at(2021, 3, 5)].title == "Talking to mum"
    assert found[_at(2021, 3, 6)].title == "notes"
    assert found[_at(2021, 3, 6)].body == "Plain text, no heading."
    front = found[_at(2021, 3, 9, 17, 45)]
    assert front.title == "After the session" and front.tags == ("session", "homework")
    assert front.body == "Homework: write down three things that went fine each day."
    assert found[_at(2021, 4, 1, 10, 0)].title == "undated"
    assert batch.problems == (
        "undated.md has no date in it or in its name; the date it was last changed is used.",
    )


def _file(name: str, text: str) -> TextFile:
    return TextFile(name=name, data=text.encode(), modified=0.0)


def test_markdown_front_matter_list_tags_and_utc_date() -> None:
    text = "---\ndate: 2021-03-04T18:22:10Z\ntags:\n  - one\n  - '#two'\n---\nBody\n"
    ((at, draft),) = parse_text_files(
        [_file("x.md", text)], local_zone=ZoneInfo("Europe/Berlin")
    ).entries
    assert at == _at(2021, 3, 4, 19, 22, 10)
    assert draft.tags == ("one", "two") and draft.title == "x" and draft.body == "Body"


def test_markdown_bad_front_matter_date_names_file_and_line() -> None:
    text = f"---\ntitle: {SECRET}\ndate: 2021-13-40\n---\n{SECRET}\n"
    with pytest.raises(ImportFileProblem) as caught:
        parse_text_files([_file("a.md", "fine"), _file("b.md", text)])
    assert str(caught.value) == "b.md, line 3: the date '2021-13-40' is not a real date."


def test_markdown_names_with_dates() -> None:
    batch = parse_text_files(
        [
            _file("2021-03-04 18.30 Evening.md", "a"),
            _file("20210304-title.txt", "b"),
            _file("2021-13-40.md", "c"),  # looks like a date, is not: modification time
        ],
        local_zone=UTC_ZONE,
    )
    assert [(at, d.title) for at, d in batch.entries] == [
        (_at(2021, 3, 4, 18, 30), "Evening"),
        (_at(2021, 3, 4), "title"),
        (_at(1970, 1, 1), "2021-13-40"),
    ]


def test_markdown_nothing_to_import_and_empty_files() -> None:
    with pytest.raises(ImportFileProblem, match="no Markdown or text files"):
        parse_text_files([])
    batch = parse_text_files([_file("2021-03-04.md", "  \n")])
    assert batch.entries == () and batch.skipped_count(SkippedKind.EMPTY) == 1


def test_split_heading() -> None:
    assert split_heading("\n# Title #\nbody") == ("Title", "body")
    assert split_heading("## Not a title\nbody") == ("", "## Not a title\nbody")
    assert split_heading("text\n# Later") == ("", "text\n# Later")


def test_read_import_refuses_a_folder_for_single_file_kinds(tmp_path: Path) -> None:
    with pytest.raises(ImportFileProblem, match="not a folder"):
        read_import(tmp_path, ImportKind.JRNL)
    with pytest.raises(ImportFileProblem, match="could not open"):
        read_import(tmp_path / "missing.csv", ImportKind.DAYLIO)


# --- the wrong kind: every importer names the app a file seems to come from -----------------

ICS = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
LOOKS_LIKE = {
    "jrnl.json": "looks like a jrnl export; please choose jrnl",
    "Journal.json": "looks like a Day One export; please choose Day One",
    "dayone.zip": "looks like a Day One export; please choose Day One",
    "daylio.csv": "looks like a Daylio export; please choose Daylio",
    "practice.ics": "looks like a calendar file (.ics)",
}


def _export(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    if name == "practice.ics":
        path.write_bytes(ICS)
    elif name == "Journal.json":
        shutil.copy(FIXTURES / "dayone" / "Journal.json", path)
    else:
        shutil.copy(FIXTURES / name, path)
    return path


@pytest.mark.parametrize("name", sorted(LOOKS_LIKE))
def test_markdown_refuses_another_apps_export_and_names_it(tmp_path: Path, name: str) -> None:
    path = _export(tmp_path, name)
    note = tmp_path / "2021-03-04.md"
    note.write_text("A plain note.", encoding="utf-8")
    for chosen in (path, [path], [note, path]):
        with pytest.raises(ImportFileProblem) as caught:
            read_import(chosen, ImportKind.MARKDOWN)  # type: ignore[arg-type]
        assert str(caught.value).startswith(f"{name} {LOOKS_LIKE[name]}")


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        (kind, name)
        for kind, own in (
            (ImportKind.JRNL, {"jrnl.json"}),
            (ImportKind.DAYONE, {"Journal.json", "dayone.zip"}),
            (ImportKind.DAYLIO, {"daylio.csv"}),
        )
        for name in sorted(LOOKS_LIKE)
        if name not in own
    ],
)
def test_every_importer_names_the_kind_it_was_given(
    tmp_path: Path, kind: ImportKind, name: str
) -> None:
    with pytest.raises(ImportFileProblem) as caught:
        read_import(_export(tmp_path, name), kind)
    assert LOOKS_LIKE[name] in str(caught.value)


def test_a_markdown_note_about_json_or_csv_is_still_a_note() -> None:
    batch = parse_text_files(
        [
            _file("2021-03-04.md", '{"entries": "not really"}'),
            _file("2021-03-05.txt", "date,mood,note\n1,2,3\n"),
        ]
    )
    assert len(batch.entries) == 2


# --- line endings, very long notes, entries over the size limit -----------------------------


def test_line_endings_are_normalised_in_every_importer() -> None:
    row = '2021-03-04,March 4,Thursday,19:02,good,,"A\nB","one\ntwo\rthree"\n'
    crlf = (HEADER + row).replace("\n", "\r\n")
    ((_, daylio),) = parse_daylio(crlf.encode()).entries
    assert daylio.body == "one\ntwo\nthree" and daylio.title == "A B"
    jrnl = json.dumps({"entries": [{"date": "2021-03-04", "body": "one\r\ntwo\rthree"}]})
    assert parse_jrnl(jrnl.encode()).entries[0][1].body == "one\ntwo\nthree"
    dayone = _dayone({"creationDate": "2021-03-04T10:00:00Z", "text": "# T\r\none\r\ntwo"})
    assert parse_dayone(dayone, local_zone=UTC_ZONE).entries[0][1].body == "one\ntwo"


def test_a_daylio_note_longer_than_the_csv_default_limit_is_read(tmp_path: Path) -> None:
    import csv

    rows = (
        HEADER
        + f'2021-05-03,May 3,Monday,10:00,good,,,"{"a" * 140_000}"\n'
        + f'2021-05-04,May 4,Tuesday,10:00,good,,"{"t" * 140_000}",short\n'
        + GOOD_ROW
    )
    batch = parse_daylio(rows.encode())
    assert [at.day for at, _ in batch.entries] == [4, 4]
    assert batch.entries[0][1].title.endswith("…") and batch.entries[0][1].body == "short"
    assert batch.problems[0] == (
        "Entry of 3 May 2021 is longer than Companion allows (140,000 characters); it was left out."
    )
    assert csv.field_size_limit() <= MAX_IMPORT_BYTES  # raised, but bounded


LONG = "w" * (BODY_MAX + 1)


@pytest.mark.parametrize("app", ["jrnl", "dayone", "daylio", "markdown"])
def test_an_entry_over_the_size_limit_is_left_out_with_a_note(app: str) -> None:
    if app == "jrnl":
        entries = [{"date": "2021-05-03", "body": LONG}, {"date": "2021-05-04", "body": "ok"}]
        batch = parse_jrnl(json.dumps({"entries": entries}).encode())
    elif app == "dayone":
        batch = parse_dayone(
            _dayone(
                {"creationDate": "2021-05-03T10:00:00Z", "text": LONG},
                {"creationDate": "2021-05-04T10:00:00Z", "text": "ok"},
            ),
            local_zone=UTC_ZONE,
        )
    elif app == "daylio":
        rows = f"2021-05-03,a,b,10:00,good,,,{LONG}\n2021-05-04,a,b,10:00,good,,,ok\n"
        batch = parse_daylio((HEADER + rows).encode())
    else:
        batch = parse_text_files([_file("2021-05-03.md", LONG), _file("2021-05-04.md", "ok")])
    assert [(at.day, d.body) for at, d in batch.entries] == [(4, "ok")]
    assert batch.problems == (
        "Entry of 3 May 2021 is longer than Companion allows (100,001 characters); "
        "it was left out.",
    )


def test_plural_wording_in_the_importers() -> None:
    with pytest.raises(ImportFileProblem, match="there is 1 column instead of 8"):
        parse_daylio((HEADER + "2021-03-04\n").encode())
    with pytest.raises(ImportFileProblem, match="there are 2 columns instead of 8"):
        parse_daylio((HEADER + "2021-03-04,x\n").encode())


# --- fuzzing: random input never crashes with anything but InvalidInput ---------------------

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=20,
)
entry_fields = st.fixed_dictionaries(
    {},
    optional={
        "date": st.one_of(st.text(max_size=12), st.dates().map(str), json_values),
        "time": st.one_of(st.text(max_size=6), st.times().map(lambda t: t.strftime("%H:%M"))),
        "title": json_values,
        "body": json_values,
        "tags": json_values,
        "starred": json_values,
        "creationDate": st.one_of(
            st.datetimes().map(lambda d: d.isoformat() + "Z"), st.text(max_size=25), json_values
        ),
        "timeZone": st.one_of(st.sampled_from(["UTC", "Europe/Berlin", "../x", ""]), json_values),
        "text": json_values,
        "photos": json_values,
    },
)
shaped = st.fixed_dictionaries(
    {"entries": st.lists(st.one_of(entry_fields, json_values), max_size=5)},
    optional={"tags": json_values, "metadata": json_values},
)


def _only_invalid_input(parse: object, data: bytes) -> None:
    try:
        batch = parse(data)  # type: ignore[operator]
    except InvalidInput:
        return
    assert isinstance(batch, ImportBatch)
    for at, draft in batch.entries:
        assert isinstance(at, datetime) and at.tzinfo is None
        assert draft.validated() == draft


@FUZZ
@given(st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode)))
def test_fuzz_bytes_jrnl_and_dayone(data: bytes) -> None:
    _only_invalid_input(parse_jrnl, data)
    _only_invalid_input(lambda d: parse_dayone([("Journal.json", d)]), data)
    _only_invalid_input(journal_files_in_zip, data)


@FUZZ
@given(st.one_of(shaped, json_values))
def test_fuzz_json_shapes(document: object) -> None:
    data = json.dumps(document).encode()
    _only_invalid_input(parse_jrnl, data)
    _only_invalid_input(lambda d: parse_dayone([("Journal.json", d)], local_zone=UTC_ZONE), data)


csv_cells = st.one_of(
    st.text(max_size=15),
    st.sampled_from(["2021-03-04", "2021-02-30", "10:00", "9:15 pm", "rad", "meh", "a | b"]),
    st.dates().map(str),
)


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=300),
        st.lists(st.lists(csv_cells, min_size=0, max_size=9), max_size=6).map(
            lambda rows: (HEADER + "\n".join(",".join(r) for r in rows)).encode()
        ),
    )
)
def test_fuzz_daylio(data: bytes) -> None:
    _only_invalid_input(parse_daylio, data)


@FUZZ
@given(
    st.lists(
        st.builds(
            TextFile,
            name=st.one_of(st.text(max_size=20), st.dates().map(lambda d: f"{d} x.md")),
            data=st.one_of(
                st.binary(max_size=200),
                st.text(max_size=200).map(lambda t: ("---\ndate: " + t + "\n---\n").encode()),
                st.text(max_size=200).map(str.encode),
            ),
            modified=st.floats(min_value=-1e12, max_value=1e12, allow_nan=False),
        ),
        max_size=4,
    )
)
def test_fuzz_text_files(files: list[TextFile]) -> None:
    _only_invalid_input(lambda _d: parse_text_files(files, local_zone=UTC_ZONE), b"")
