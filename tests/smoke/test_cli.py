"""The command line as a packaging check would use it: real processes, temporary profiles."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def isolated_env(home: Path, base: dict[str, str]) -> dict[str, str]:
    """``base`` pointed at a temporary home, offscreen Qt, and no keychain: the app must not
    find (or fall back to) one, so these runs use passphrase mode."""
    return {
        **base,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "TMPDIR": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        # English, whatever the language of whoever runs the tests (the command line follows
        # the system's language); a test that wants another passes it in ``extra_env``
        "LANGUAGE": "en",
    }


def run(
    args: list[str],
    home: Path,
    stdin: str | None = None,
    timeout: float = 120,
    extra_env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    env = {**isolated_env(home, dict(os.environ)), **(extra_env or {})}
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        input=stdin,
        text=True,
        capture_output=True,
        env=env,
        timeout=timeout,
        check=False,
    )


def test_self_test_passes(tmp_path: Path) -> None:
    result = run(["self-test"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Self-test passed." in result.stdout
    assert "Keychain:" in result.stdout


def test_demo_data_then_exit_when_ready(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    made = run(
        ["demo-data", "--data-dir", str(profile), "--years", "0.1", "--passphrase-stdin"],
        tmp_path,
        stdin="smoke test phrase\n",
    )
    assert made.returncode == 0, made.stderr
    assert "Recovery key" in made.stdout and "Added" in made.stdout
    ready = run(
        ["--data-dir", str(profile), "--exit-when-ready", "--passphrase-stdin"],
        tmp_path,
        stdin="smoke test phrase\n",
        extra_env={"COMPANION_REPORT_PAINT": "1"},
    )
    assert ready.returncode == 0, ready.stderr
    # the benchmarks' moments: the opening window painted first, then the ready main window
    moments = [line.split()[0] for line in ready.stderr.splitlines() if line[:1].islower()]
    assert [m for m in moments if m in ("first-paint", "ready")] == ["first-paint", "ready"]
    wrong = run(
        ["--data-dir", str(profile), "--exit-when-ready", "--passphrase-stdin"],
        tmp_path,
        stdin="not it\n",
    )
    assert wrong.returncode == 1
    assert "did not open" in wrong.stderr


def test_demo_data_without_keychain_or_passphrase_explains(tmp_path: Path) -> None:
    result = run(["demo-data", "--data-dir", str(tmp_path / "p"), "--years", "0.1"], tmp_path)
    assert result.returncode == 1
    assert "passphrase" in result.stderr
    assert not (tmp_path / "p" / "companion.db").exists()


def test_exit_when_ready_on_an_empty_folder_refuses(tmp_path: Path) -> None:
    result = run(["--data-dir", str(tmp_path / "none"), "--exit-when-ready"], tmp_path)
    assert result.returncode == 2
    assert "no profile" in result.stderr


def test_export_without_what_to_export_says_so_instead_of_opening_the_app(tmp_path: Path) -> None:
    result = run(["export"], tmp_path, timeout=60)
    assert result.returncode == 2
    assert "summary or archive" in result.stderr


@pytest.mark.parametrize("flag", ["--passphrase", "--key"])
def test_no_passphrase_argument_exists(tmp_path: Path, flag: str) -> None:
    result = run([flag, "x", "self-test"], tmp_path)
    assert result.returncode == 2  # argparse refuses it


def test_backup_restore_and_archive_from_the_command_line(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    phrase = "smoke test phrase\n"
    assert (
        run(
            ["demo-data", "--data-dir", str(profile), "--years", "0.1", "--passphrase-stdin"],
            tmp_path,
            stdin=phrase,
        ).returncode
        == 0
    )
    out = tmp_path / "out"
    out.mkdir()
    made = run(
        ["backup", "--data-dir", str(profile), "-o", str(out), "--passphrase-stdin"],
        tmp_path,
        stdin=phrase,
    )
    assert made.returncode == 0, made.stderr
    backup = next(out.glob("*.companion-backup"))
    elsewhere = tmp_path / "new-computer"
    restored = run(
        ["restore", "--data-dir", str(elsewhere), str(backup), "--passphrase-stdin"],
        tmp_path,
        stdin=phrase,
    )
    assert restored.returncode == 0, restored.stderr
    ready = run(
        ["--data-dir", str(elsewhere), "--exit-when-ready", "--passphrase-stdin"],
        tmp_path,
        stdin=phrase,
    )
    assert ready.returncode == 0, ready.stderr
    archive = run(
        [
            "export",
            "archive",
            "--data-dir",
            str(profile),
            "-o",
            str(out / "all.zip"),
            "--passphrase-stdin",
        ],
        tmp_path,
        stdin=phrase,
    )
    assert archive.returncode == 0, archive.stderr
    assert (out / "all.zip").exists()


def test_import_a_calendar_file_from_the_command_line(tmp_path: Path) -> None:
    from datetime import datetime, timedelta

    profile = tmp_path / "profile"
    phrase = "smoke test phrase\n"
    made = run(
        ["demo-data", "--data-dir", str(profile), "--years", "0.1", "--passphrase-stdin"],
        tmp_path,
        stdin=phrase,
    )
    assert made.returncode == 0, made.stderr
    soon = f"{datetime.now() + timedelta(days=20):%Y%m%d}"
    calendar = tmp_path / "practice.ics"
    calendar.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Practice//Smoke//EN\r\n"
        f"BEGIN:VEVENT\r\nUID:smoke@practice\r\nDTSTART:{soon}T150000Z\r\nDURATION:PT50M\r\n"
        "RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=MO, WE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
        newline="",
    )
    command = ["import", "--kind", "ics", str(calendar), "--data-dir", str(profile)]
    command += ["--passphrase-stdin", "--time-zone", "Europe/Berlin"]
    preview = run(command, tmp_path, stdin=phrase)
    assert preview.returncode == 0, preview.stderr
    assert "Found 3 appointments in practice.ics." in preview.stdout
    assert "Nothing was imported; run again with --yes to import." in preview.stdout
    imported = run([*command, "--yes"], tmp_path, stdin=phrase)
    assert imported.returncode == 0, imported.stderr
    assert "Added 3 planned sessions." in imported.stdout
    again = run([*command, "--yes"], tmp_path, stdin=phrase)
    assert again.returncode == 0, again.stderr
    assert "Already imported (skipped): 3." in again.stdout
    assert "There is nothing new to add from this file." in again.stdout
    cut = tmp_path / "cut.ics"
    cut.write_bytes(calendar.read_bytes()[:-6])
    refused = run([*command[:3], str(cut), *command[4:], "--yes"], tmp_path, stdin=phrase)
    assert refused.returncode == 1
    assert "the file seems to be cut off" in refused.stderr


@pytest.mark.parametrize("kind", ["jrnl", "ics"])
def test_import_into_a_folder_without_a_profile_creates_none(tmp_path: Path, kind: str) -> None:
    """A mistyped --data-dir used to set up a new, empty journal there and import into it,
    with the client's own journal untouched and no word about it."""
    export = tmp_path / "export.json"
    export.write_text('{"tags": {}, "entries": []}', encoding="utf-8")
    typo = tmp_path / "Companoin"
    result = run(
        [
            "import",
            "--data-dir",
            str(typo),
            "--kind",
            kind,
            str(export),
            "--yes",
            "--passphrase-stdin",
        ],
        tmp_path,
        stdin="a passphrase long enough\n",
        timeout=60,
    )
    assert result.returncode == 1
    assert f"There is no Companion profile in {typo}" in result.stderr
    assert "nothing was imported" in result.stderr
    assert not typo.exists() or not any(typo.iterdir()), "a profile was set up"
