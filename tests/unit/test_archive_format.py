"""The archive format: checking a document, messages naming the record."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime
from typing import Any

import pytest

from companion.domain.enums import RelationshipQuality, SessionStatus
from companion.formats.archive import (
    FORMAT,
    VERSION,
    ArchiveContent,
    ArchiveInvalid,
    check_document,
    drop_private,
    member_name,
    to_document,
)
from companion.formats.zip_members import is_safe_name

STAMP = "2026-03-01T10:00:00"


def _doc() -> dict[str, Any]:
    records: dict[str, list[dict[str, Any]]] = {
        "counselors": [
            {
                "id": 1,
                "name": "Sam",
                "practice": "",
                "notes": "",
                "kind": "individual",
                "active": True,
                "started_on": "2026-01-05",
                "ended_on": None,
                "created_at": STAMP,
                "updated_at": STAMP,
            }
        ],
        "session_series": [],
        "sessions": [
            {
                "id": 3,
                "counselor_id": 1,
                "starts_at": "2026-03-02T16:00:00+00:00",
                "time_zone": "Europe/Berlin",
                "duration_minutes": 50,
                "mode": "video",
                "status": "attended",
                "series_id": None,
                "ics_uid": None,
                "takeaways": "t",
                "to_try": "",
                "not_right": "",
                "created_at": STAMP,
                "updated_at": STAMP,
            }
        ],
        "journal_entries": [
            {
                "id": 7,
                "created_at": STAMP,
                "updated_at": STAMP,
                "title": "",
                "body": "b",
                "mood": 4,
                "private": True,
                "bring_to_session": False,
                "tags": ["sleep"],
            },
            {
                "id": 8,
                "created_at": STAMP,
                "updated_at": STAMP,
                "title": "",
                "body": "c",
                "mood": None,
                "private": False,
                "bring_to_session": True,
                "tags": [],
            },
        ],
        "feedback_notes": [],
        "agenda_items": [
            {
                "id": 2,
                "counselor_id": 1,
                "session_id": None,
                "text": "x",
                "position": 0,
                "important": False,
                "status": "open",
                "source_entry_id": 7,
                "source_feedback_id": None,
                "created_at": STAMP,
            }
        ],
        "goals": [
            {
                "id": 5,
                "counselor_id": None,
                "kind": "goal",
                "title": "Sleep",
                "details": "",
                "discussed": "agreed",
                "status": "active",
                "created_at": STAMP,
                "updated_at": STAMP,
                "progress": [
                    {"id": 1, "rated_on": "2026-03-02", "session_id": 3, "rating": 6, "note": ""}
                ],
            }
        ],
        "check_ins": [
            {
                "id": 9,
                "counselor_id": 1,
                "session_id": 3,
                "created_at": STAMP,
                "comment": "",
                "ratings": {"heard": 8, "safe": 10},
            }
        ],
    }
    content = ArchiveContent(records, None, True, False)
    return copy.deepcopy(to_document(content, exported_at=datetime(2026, 3, 3), app_version="test"))


def test_a_good_document_becomes_typed_rows() -> None:
    checked = check_document(_doc())
    session = checked.rows["counseling_session"][0]
    assert session["starts_at"] == datetime(2026, 3, 2, 16, tzinfo=UTC)
    assert session["status"] is SessionStatus.ATTENDED
    assert checked.rows["counselor"][0]["started_on"] == date(2026, 1, 5)
    assert checked.entry_tags == [(7, "sleep")]
    assert checked.progress[0]["goal_id"] == 5
    assert {r["quality"] for r in checked.ratings} == {
        RelationshipQuality.HEARD,
        RelationshipQuality.SAFE,
    }
    assert checked.safety_plan is None


def test_document_header() -> None:
    doc = _doc()
    assert doc["format"] == FORMAT and doc["version"] == VERSION == 2
    assert doc["encrypted"] is False


def test_a_newer_version_is_refused() -> None:
    doc = _doc()
    doc["version"] = VERSION + 1
    with pytest.raises(ArchiveInvalid, match="newer version of Companion"):
        check_document(doc)


@pytest.mark.parametrize("doc", [None, [], {"format": "other"}, {"format": FORMAT}])
def test_not_an_archive(doc: object) -> None:
    with pytest.raises(ArchiveInvalid):
        check_document(doc)


def _broken(change: Any) -> str:
    doc = _doc()
    change(doc["records"])
    with pytest.raises(ArchiveInvalid) as caught:
        check_document(doc)
    return str(caught.value)


def test_messages_name_the_record_and_never_its_text() -> None:
    def mood(r: Any) -> None:
        r["journal_entries"][1]["mood"] = 11

    message = _broken(mood)
    assert "Journal entry 8" in message and "mood" in message
    assert "“b”" not in message

    def missing_ref(r: Any) -> None:
        r["sessions"][0]["counselor_id"] = 99

    assert "Session 3 refers to a record that is not in the archive" in _broken(missing_ref)

    def bad_enum(r: Any) -> None:
        r["agenda_items"][0]["status"] = "maybe"

    assert "Agenda item 2 has an invalid “status”" in _broken(bad_enum)

    def naive_instant(r: Any) -> None:
        r["sessions"][0]["starts_at"] = "2026-03-02T16:00:00"

    assert "Session 3 has an invalid “starts_at”" in _broken(naive_instant)

    def duplicate(r: Any) -> None:
        r["journal_entries"][1]["id"] = 7

    assert "Journal entry 7 appears twice" in _broken(duplicate)

    def bad_rating(r: Any) -> None:
        r["check_ins"][0]["ratings"]["heard"] = 12

    assert "Check-in 9 has an invalid rating" in _broken(bad_rating)

    def unknown_quality(r: Any) -> None:
        r["check_ins"][0]["ratings"]["vibes"] = 3

    assert "Check-in 9 rates an unknown quality" in _broken(unknown_quality)

    def progress(r: Any) -> None:
        r["goals"][0]["progress"][0]["rating"] = -1

    assert "Goal progress 1" in _broken(progress)

    def extra(r: Any) -> None:
        r["counselors"][0]["secret"] = 1

    assert "Counselor 1 has unknown fields: secret" in _broken(extra)

    def missing(r: Any) -> None:
        del r["counselors"][0]["name"]

    assert "Counselor 1 has no “name”" in _broken(missing)

    def dup_tags(r: Any) -> None:
        r["journal_entries"][0]["tags"] = ["Sleep", "sleep"]

    assert "Journal entry 7 has the same tag twice" in _broken(dup_tags)

    def ends_early(r: Any) -> None:
        r["counselors"][0]["ended_on"] = "2025-01-01"

    assert "Counselor 1 ends before it starts" in _broken(ends_early)


def test_drop_private_unlinks_agenda_items() -> None:
    doc = _doc()
    content = ArchiveContent(doc["records"], None, True, False)
    shared = drop_private(content)
    assert [e["id"] for e in shared.records["journal_entries"]] == [8]
    assert shared.records["agenda_items"][0]["source_entry_id"] is None
    assert shared.includes_private is False
    # the original is untouched
    assert len(content.records["journal_entries"]) == 2


DIGEST = "ab" * 32


def _with_files() -> dict[str, Any]:
    doc = _doc()
    doc["records"]["attachments"] = [
        {
            "id": 1,
            "entry_id": 7,
            "name": "drawing.png",
            "position": 0,
            "added_at": STAMP,
            "in_summary": True,
            "digest": DIGEST,
            "media_type": "image/png",
            "size": 120,
        },
        {
            "id": 2,
            "entry_id": 8,
            "name": "same drawing.png",
            "position": 0,
            "added_at": STAMP,
            "in_summary": False,
            "digest": DIGEST,
            "media_type": "image/png",
            "size": 120,
        },
    ]
    return doc


def test_files_records_are_checked_and_typed() -> None:
    checked = check_document(_with_files())
    assert [(a["id"], a["entry_id"], a["digest"]) for a in checked.attachments] == [
        (1, 7, DIGEST),
        (2, 8, DIGEST),
    ]
    assert checked.attachments[0]["added_at"] == datetime(2026, 3, 1, 10)
    assert checked.attachments[0]["in_summary"] is True
    assert member_name(DIGEST, "image/png") == f"attachments/{DIGEST}.png"
    assert member_name(DIGEST, "application/pdf") == f"attachments/{DIGEST}.pdf"


def test_a_version_1_archive_is_still_read_but_knows_no_files() -> None:
    old = _doc()
    old["version"] = 1
    del old["records"]["attachments"]
    assert check_document(old).attachments == []
    old["records"]["attachments"] = []
    with pytest.raises(ArchiveInvalid, match="unknown record lists attachments"):
        check_document(old)


def test_bad_file_records_are_named_by_id() -> None:
    def broken(change: Any) -> str:
        doc = _with_files()
        change(doc["records"]["attachments"])
        with pytest.raises(ArchiveInvalid) as caught:
            check_document(doc)
        return str(caught.value)

    def path_as_digest(a: Any) -> None:
        a[1]["digest"] = "../../../etc/passwd"

    assert "Attachment 2 has an invalid “digest”" in broken(path_as_digest)

    def upper_case(a: Any) -> None:
        a[0]["digest"] = DIGEST.upper()

    assert "Attachment 1 has an invalid “digest”" in broken(upper_case)

    def no_entry(a: Any) -> None:
        a[0]["entry_id"] = 99

    assert "Attachment 1 refers to a record that is not in the archive" in broken(no_entry)

    def twice(a: Any) -> None:
        a[1]["id"] = 1

    assert "Attachment 1 appears twice" in broken(twice)

    def extra(a: Any) -> None:
        a[0]["file"] = "/etc/passwd"

    assert "Attachment 1 has unknown fields: file" in broken(extra)


def test_drop_private_drops_the_files_of_private_entries() -> None:
    doc = _with_files()
    shared = drop_private(ArchiveContent(doc["records"], None, True, False))
    assert [a["entry_id"] for a in shared.records["attachments"]] == [8]


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("attachments/" + DIGEST + ".png", True),
        ("archive.json", True),
        ("../evil.png", False),
        ("attachments/../../evil.png", False),
        ("/etc/passwd", False),
        ("C:/Windows/evil.png", False),
        ("attachments\\..\\evil.png", False),
        ("", False),
    ],
)
def test_member_names_that_leave_the_archive_are_unsafe(name: str, safe: bool) -> None:
    assert is_safe_name(name) is safe
