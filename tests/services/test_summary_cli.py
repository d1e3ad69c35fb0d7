"""``companion export summary`` without a window: opens (never creates) the profile, writes
the default selection, never a private entry."""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from companion.cli.summary import add_export_summary_parser, run_export_summary
from companion.config import ProfilePaths
from companion.services.profile import ProfileService
from tests.services.conftest import FAST
from tests.support import summary_data as data

PASSPHRASE = "summary passphrase"
REPO = Path(__file__).resolve().parents[2]


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="companion export")
    add_export_summary_parser(parser.add_subparsers(dest="what"))
    return parser.parse_args(argv)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "profile"
    profile, _ = ProfileService(ProfilePaths(root)).create(
        use_keychain=False, passphrase=PASSPHRASE, params=FAST
    )
    try:
        data.fill(profile)
    finally:
        profile.lock()
    return root


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_writes_html_and_markdown(
    folder: Path, tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    out = tmp_path / f"summary.{fmt}"
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    args = parse(
        [
            "summary",
            "--data-dir",
            str(folder),
            "--since-last-session",
            "--format",
            fmt,
            "-o",
            str(out),
        ]
    )
    assert args.handler is run_export_summary
    assert run_export_summary(args) == 0
    text = out.read_text("utf-8")
    assert data.SHARED in text and data.READY in text
    assert data.PRIVATE not in text and data.PLAIN not in text
    assert "Wrote" in capsys.readouterr().out


def test_wrong_passphrase_and_missing_profile(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    out = tmp_path / "s.html"
    monkeypatch.setattr(sys, "stdin", io.StringIO("not it\n"))
    assert run_export_summary(parse(["summary", "--data-dir", str(folder), "-o", str(out)])) == 1
    assert not out.exists()
    empty = tmp_path / "nothing-here"
    assert run_export_summary(parse(["summary", "--data-dir", str(empty), "-o", str(out)])) == 1
    assert not empty.exists() or not any(empty.iterdir())  # no profile was created
    assert "no Companion profile" in capsys.readouterr().err


def test_pdf_in_a_separate_process(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    script = (
        "import argparse, sys;"
        "from companion.cli.summary import add_export_summary_parser;"
        "p = argparse.ArgumentParser(); add_export_summary_parser(p.add_subparsers());"
        "a = p.parse_args(sys.argv[1:]); sys.exit(a.handler(a))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    done = subprocess.run(
        [sys.executable, "-c", script, "summary", "--data-dir", str(folder), "-o", str(out)],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True).stdout
    plain = unicodedata.normalize("NFKC", text.decode("utf-8"))
    assert data.SHARED in plain and data.PRIVATE not in plain


def test_no_garbage_collection_while_the_command_runs(
    folder: Path, tmp_path: Path, monkeypatch
) -> None:
    import gc

    from companion.cli import summary

    seen: list[bool] = []
    original = summary._export_summary

    def export(args: argparse.Namespace) -> int:
        seen.append(gc.isenabled())
        return original(args)

    monkeypatch.setattr(summary, "_export_summary", export)
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    out = tmp_path / "s.md"
    assert gc.isenabled()
    args = parse(["summary", "--data-dir", str(folder), "-o", str(out)])
    assert summary.run_export_summary(args) == 0
    assert seen == [False]  # paused while it ran
    assert gc.isenabled()  # and running again after
    assert out.is_file()


@pytest.fixture
def folder_with_pictures(tmp_path: Path) -> Path:
    root = tmp_path / "pictures-profile"
    profile, _ = ProfileService(ProfilePaths(root)).create(
        use_keychain=False, passphrase=PASSPHRASE, params=FAST
    )
    try:
        data.add_pictures(profile, data.fill(profile))
    finally:
        profile.lock()
    return root


def _export(folder: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """The command in a process of its own (no QGuiApplication made by the tests)."""
    script = (
        "import argparse, sys;"
        "from companion.cli.summary import add_export_summary_parser;"
        "p = argparse.ArgumentParser(); add_export_summary_parser(p.add_subparsers());"
        "a = p.parse_args(sys.argv[1:]); sys.exit(a.handler(a))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    command = [sys.executable, "-c", script, "summary", "--data-dir", str(folder), "-o", str(out)]
    return subprocess.run(
        [*command, *extra],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )


def _pdf_image_sizes(path: Path) -> list[list[str]]:
    listed = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, check=True)
    return [r.split()[3:5] for r in listed.stdout.decode().splitlines()[2:]]


def test_pictures_stay_out_unless_asked_for(folder_with_pictures: Path, tmp_path: Path) -> None:
    """No picture by default; ``--pictures all`` takes every picture of the entries that go
    in (the shared one's photo), never the private entry's, chosen once; ``chosen`` only
    those chosen in the app (none here)."""
    out = tmp_path / "summary.pdf"
    done = _export(folder_with_pictures, out)
    assert done.returncode == 0, done.stderr
    assert _pdf_image_sizes(out) == []

    done = _export(folder_with_pictures, out, "--pictures", "all")
    assert done.returncode == 0, done.stderr
    assert _pdf_image_sizes(out) == [list(map(str, data.SHARED_PICTURE_SIZE))]

    done = _export(folder_with_pictures, out, "--pictures", "chosen")
    assert done.returncode == 0, done.stderr
    assert _pdf_image_sizes(out) == []

    page = tmp_path / "summary.html"
    done = _export(folder_with_pictures, page, "--pictures", "all")
    assert done.returncode == 0, done.stderr
    html = page.read_text("utf-8")
    assert f'alt="{data.SHARED_PICTURE}"' in html and "data:image/jpeg;base64," in html
    for never in (data.PRIVATE_PICTURE, data.PRIVATE_FILE, data.SHARED_FILE, data.PLAIN_PICTURE):
        assert never not in html

    text = tmp_path / "summary.md"
    done = _export(folder_with_pictures, text, "--pictures", "all")
    assert done.returncode == 0, done.stderr
    assert data.SHARED_PICTURE in text.read_text("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".jpg", ".png")) == []
