"""Finding the pictures a Markdown text shows, where each is inside the chosen folder, and
reading a file inside a folder without ever reading one outside it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from companion.formats.importers.batch import LinkedFile, SkippedKind
from companion.formats.importers.linked_files import (
    FolderFiles,
    NotRead,
    Reason,
    ZipFiles,
    check_all,
    read_inside,
)
from companion.formats.importers.markdown_files import picture_links, picture_path
from tests.support import attachment_samples as samples


def test_picture_links_in_markdown_and_html_in_order_once() -> None:
    text = (
        '![a](one.png "title") <img width=3 src="two.png"> ![b](<three four.png>)\n'
        "![c](one.png) ![d](img/a(1).png) <IMG SRC='five.png'> <img src=six.png>\n"
        "```\n![code](no.png)\n```\n`![inline](no2.png)` [a link](not-a-picture.png)\n"
        "![](  ) ![escaped \\] bracket](seven.png)\n"
    )
    assert picture_links(text) == [
        "one.png",
        "two.png",
        "three four.png",
        "img/a(1).png",
        "five.png",
        "six.png",
        "seven.png",
    ]


@pytest.mark.parametrize(
    ("target", "folder", "where"),
    [
        ("img/a.png", "", "img/a.png"),
        ("a.png", "2021/03", "2021/03/a.png"),
        ("../img/a.png", "2021", "img/a.png"),
        ("./img/../img/a.png", "", "img/a.png"),
        ("img\\a.png", "", "img/a.png"),
        ("my%20photo.png", "", "my photo.png"),
        ("a.png#part", "", "a.png"),
        ("../a.png", "", None),
        ("img/../../a.png", "", None),
        ("../../a.png", "2021", None),
        ("/etc/passwd", "", None),
        ("~/secret.png", "", None),
        ("C:\\Users\\me\\a.png", "", None),
        ("c:/a.png", "", None),
        ("https://example.com/a.png", "", None),
        ("data:image/png;base64,AAAA", "", None),
        ("file:///etc/passwd", "", None),
        ("%2e%2e/a.png", "", None),
        (".", "", None),
    ],
)
def test_picture_paths_stay_inside_the_folder(target: str, folder: str, where: str | None) -> None:
    assert picture_path(target, folder) == where


def test_reading_inside_a_folder_never_leaves_it(tmp_path: Path) -> None:
    root = tmp_path / "notes"
    (root / "img").mkdir(parents=True)
    (root / "img" / "a.png").write_bytes(b"inside")
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "secret.png").write_bytes(b"outside")
    os.symlink(outside / "secret.png", root / "img" / "link.png")
    os.symlink(root / "img" / "a.png", root / "img" / "inner.png")  # stays inside: fine
    os.symlink(outside, root / "away")
    os.symlink(root / "img" / "loop", root / "img" / "loop")
    os.mkfifo(root / "img" / "pipe.png")
    assert read_inside(root, "img/a.png") == b"inside"
    assert read_inside(root, "img/inner.png") == b"inside"
    for where, reason in [
        ("img/link.png", Reason.OUTSIDE),
        ("away/secret.png", Reason.OUTSIDE),
        ("../private/secret.png", Reason.OUTSIDE),
        ("/etc/passwd", Reason.OUTSIDE),
        ("img/none.png", Reason.MISSING),
        ("img/loop", Reason.UNREADABLE),
        ("img/pipe.png", Reason.UNREADABLE),  # would never end: not read
        ("img", Reason.UNREADABLE),
    ]:
        with pytest.raises(NotRead) as caught:
            read_inside(root, where)
        assert caught.value.reason is reason, where


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    with (tmp_path / "film.png").open("wb") as handle:
        handle.truncate(2 * 1024**3)  # sparse: nothing is really written
    with pytest.raises(NotRead) as caught:
        read_inside(tmp_path, "film.png")
    assert caught.value.reason is Reason.TOO_LARGE


def _file(where: str, name: str, number: int = 1, root: str = "") -> LinkedFile:
    return LinkedFile(where, name, "a.md", number, SkippedKind.PICTURE, root)


def test_check_all_keeps_what_passes_and_names_the_rest(tmp_path: Path) -> None:
    (tmp_path / "ok.png").write_bytes(samples.png())
    (tmp_path / "text.png").write_bytes(b"plain words")
    (tmp_path / "empty.png").write_bytes(b"")
    root = str(tmp_path)
    entry = tuple(
        _file(name, name, n, root)
        for n, name in enumerate(["ok.png", "text.png", "empty.png", "none.png"], 1)
    )
    checked = check_all([entry, ()], FolderFiles())
    assert checked.files == [(entry[0],), ()]
    assert checked.skipped == {SkippedKind.PICTURE: 3}
    assert checked.notes == [
        "a.md, picture 2 was not imported: it is not a kind of file Companion keeps, or not "
        "the kind its name says.",
        "a.md, picture 3 was not imported: the file is empty.",
        "a.md, picture 4 was not imported: the file could not be found.",
    ]


def test_an_entry_brings_at_most_fifty_files(tmp_path: Path) -> None:
    (tmp_path / "ok.png").write_bytes(samples.png())
    many = tuple(_file("ok.png", f"p{n}.png", n, str(tmp_path)) for n in range(1, 53))
    checked = check_all([many], FolderFiles())
    assert len(checked.files[0]) == 50 and len(checked.notes) == 2
    assert "an entry holds at most 50 files" in checked.notes[0]


def test_a_zip_that_went_since_it_was_read_is_a_clear_problem(tmp_path: Path) -> None:
    from companion.formats.importers.batch import ImportFileProblem

    with pytest.raises(ImportFileProblem, match=r"could not open gone\.zip again"):
        check_all([(_file("photos/a.jpeg", "a.jpeg"),)], ZipFiles(tmp_path / "gone.zip"))
