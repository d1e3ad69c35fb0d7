"""Which profile a command acts on, and the checks the command line makes: real processes,
temporary profiles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.smoke.test_cli import run

PHRASE = "smoke test phrase\n"


def _make(profile: Path, home: Path, years: str = "0") -> None:
    made = run(
        ["demo-data", "--data-dir", str(profile), "--years", years, "--passphrase-stdin"],
        home,
        stdin=PHRASE,
    )
    assert made.returncode == 0, made.stderr


def test_data_dir_before_the_command_is_the_profile_it_acts_on(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    _make(a, tmp_path, "0.02")
    backup = tmp_path / "a.companion-backup"
    done = run(
        ["--data-dir", str(a), "--passphrase-stdin", "backup", "-o", str(backup)],
        tmp_path,
        stdin=PHRASE,
    )
    assert done.returncode == 0, done.stderr
    restored = run(
        ["--data-dir", str(b), "restore", "--passphrase-stdin", str(backup)], tmp_path, stdin=PHRASE
    )
    assert restored.returncode == 0, restored.stderr
    assert f"Profile: {b}" in restored.stdout
    assert (b / "companion.db").is_file()
    # the default profile was never touched
    assert not (tmp_path / "data" / "Companion").exists()


def test_data_dir_given_twice_differently_is_refused(tmp_path: Path) -> None:
    result = run(
        ["--data-dir", str(tmp_path / "x"), "restore", "--data-dir", str(tmp_path / "y"), "F"],
        tmp_path,
    )
    assert result.returncode == 2
    assert "--data-dir" in result.stderr


def test_restoring_another_journal_needs_the_flag(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    _make(a, tmp_path)
    _make(b, tmp_path)
    backup = tmp_path / "b.companion-backup"
    assert (
        run(
            ["backup", "--data-dir", str(b), "--passphrase-stdin", "-o", str(backup)],
            tmp_path,
            stdin=PHRASE,
        ).returncode
        == 0
    )
    refused = run(
        ["restore", "--data-dir", str(a), "--passphrase-stdin", str(backup)], tmp_path, PHRASE
    )
    assert refused.returncode == 1
    assert "different journal" in refused.stderr and "--replace-other-journal" in refused.stderr
    assert "Traceback" not in refused.stderr
    replaced = run(
        [
            "restore",
            "--data-dir",
            str(a),
            "--passphrase-stdin",
            "--replace-other-journal",
            str(backup),
        ],
        tmp_path,
        PHRASE,
    )
    assert replaced.returncode == 0, replaced.stderr
    assert list((a / "backups").glob("*-before-restore.companion-backup"))


def test_a_short_passphrase_is_refused_on_the_command_line(tmp_path: Path) -> None:
    result = run(
        ["demo-data", "--data-dir", str(tmp_path / "p"), "--years", "0", "--passphrase-stdin"],
        tmp_path,
        stdin="ab\n",
    )
    assert result.returncode == 1
    assert "at least 8" in result.stderr
    assert not (tmp_path / "p" / "companion.db").exists()


def test_demo_data_with_zero_years_creates_an_empty_profile(tmp_path: Path) -> None:
    profile = tmp_path / "p"
    _make(profile, tmp_path)
    checked = run(
        ["self-test", "--data-dir", str(profile), "--passphrase-stdin"], tmp_path, stdin=PHRASE
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "No demo data added" not in checked.stdout
    refused = run(["demo-data", "--data-dir", str(profile), "--years", "-1"], tmp_path)
    assert refused.returncode == 1 and "--years" in refused.stderr


def test_self_test_checks_the_profile_it_is_given(tmp_path: Path) -> None:
    profile = tmp_path / "p"
    _make(profile, tmp_path, "0.05")
    good = run(["self-test", "--data-dir", str(profile), "--passphrase-stdin"], tmp_path, PHRASE)
    assert good.returncode == 0, good.stdout + good.stderr
    assert f"Profile: {profile}" in good.stdout
    assert "every page" in good.stdout
    with (profile / "companion.db").open("r+b") as handle:
        handle.seek(3 * 4096 + 200)
        byte = handle.read(1)
        handle.seek(3 * 4096 + 200)
        handle.write(bytes([byte[0] ^ 0xFF]))
    bad = run(["self-test", "--data-dir", str(profile), "--passphrase-stdin"], tmp_path, PHRASE)
    assert bad.returncode == 1
    assert "damaged" in bad.stdout and "Self-test FAILED." in bad.stdout
    assert "Traceback" not in bad.stderr


def test_everything_written_is_private_when_started_with_umask_000(tmp_path: Path) -> None:
    import os
    import stat
    import subprocess
    import sys

    from tests.smoke.test_cli import isolated_env

    def run_open(args: list[str]) -> None:
        started_with_umask_000 = (
            "import os, runpy, sys; os.umask(0); sys.argv[0] = 'companion'; "
            "runpy.run_module('companion', run_name='__main__')"
        )
        done = subprocess.run(
            [sys.executable, "-c", started_with_umask_000, *args],
            input=PHRASE,
            text=True,
            capture_output=True,
            env=isolated_env(tmp_path, dict(os.environ)),
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr

    profile, out = tmp_path / "p", tmp_path / "out"
    out.mkdir()
    run_open(["demo-data", "--data-dir", str(profile), "--years", "0.05", "--passphrase-stdin"])
    run_open(["backup", "--data-dir", str(profile), "--passphrase-stdin", "-o", str(out)])
    run_open(
        [
            "export",
            "archive",
            "--data-dir",
            str(profile),
            "--passphrase-stdin",
            "-o",
            str(out / "all.zip"),
        ]
    )
    run_open(
        [
            "export",
            "summary",
            "--data-dir",
            str(profile),
            "--passphrase-stdin",
            "-o",
            str(out / "summary.pdf"),
        ]
    )
    written = [p for p in out.iterdir()]
    assert {p.suffix for p in written} >= {".companion-backup", ".zip", ".pdf"}
    for path in [*written, *profile.rglob("*")]:
        expected = 0o700 if path.is_dir() else 0o600
        assert stat.S_IMODE(path.stat().st_mode) == expected, path
    assert stat.S_IMODE(profile.stat().st_mode) == 0o700


def test_commands_that_replace_a_profile_refuse_while_it_is_open(tmp_path: Path) -> None:
    from companion.profile_lock import ProfileLock

    profile = tmp_path / "p"
    _make(profile, tmp_path, "0.02")
    backup = tmp_path / "b.companion-backup"
    assert (
        run(
            ["backup", "--data-dir", str(profile), "--passphrase-stdin", "-o", str(backup)],
            tmp_path,
            stdin=PHRASE,
        ).returncode
        == 0
    )
    with ProfileLock(profile) as lock:  # what the open app holds
        assert lock.acquire()
        restored = run(
            ["restore", "--data-dir", str(profile), "--passphrase-stdin", str(backup)],
            tmp_path,
            stdin=PHRASE,
        )
        filled = run(
            ["demo-data", "--data-dir", str(profile), "--years", "0.02", "--passphrase-stdin"],
            tmp_path,
            stdin=PHRASE,
        )
    for result in (restored, filled):
        assert result.returncode == 1 and "Close it first" in result.stderr


def test_demo_data_is_not_added_to_a_journal_with_entries(tmp_path: Path) -> None:
    profile = tmp_path / "p"
    _make(profile, tmp_path, "0.02")
    again = run(
        ["demo-data", "--data-dir", str(profile), "--years", "0.02", "--passphrase-stdin"],
        tmp_path,
        stdin=PHRASE,
    )
    assert again.returncode == 1 and "--into-existing" in again.stderr
    forced = run(
        [
            "demo-data",
            "--data-dir",
            str(profile),
            "--years",
            "0.02",
            "--passphrase-stdin",
            "--into-existing",
        ],
        tmp_path,
        stdin=PHRASE,
    )
    assert forced.returncode == 0, forced.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX named pipes")
@pytest.mark.parametrize("source", ["fifo", "/dev/zero"])
def test_devices_and_pipes_are_refused_not_read_forever(tmp_path: Path, source: str) -> None:
    profile = tmp_path / "p"
    _make(profile, tmp_path)
    if source == "fifo":
        path = tmp_path / "2024-01-12 pipe.md"
        os.mkfifo(path)
    else:
        path = Path(source)
    commands = [
        ["import", "--data-dir", str(profile), "--kind", "markdown", str(path), "--yes"],
        ["import", "--data-dir", str(profile), "--kind", "jrnl", str(path), "--yes"],
        ["import", "--data-dir", str(profile), "--kind", "ics", str(path), "--yes"],
        ["restore", "--data-dir", str(profile), str(path)],
    ]
    for command in commands:
        result = run([*command, "--passphrase-stdin"], tmp_path, stdin=PHRASE, timeout=60)
        assert result.returncode == 1, (command, result.stderr)
        assert "Traceback" not in result.stderr and result.stderr.strip(), command


def test_archive_to_a_bad_place_says_so(tmp_path: Path) -> None:
    profile = tmp_path / "p"
    _make(profile, tmp_path)
    for target in (tmp_path / "missing" / "a.zip", tmp_path, Path("/proc/nope.zip")):
        result = run(
            [
                "export",
                "archive",
                "--data-dir",
                str(profile),
                "--passphrase-stdin",
                "-o",
                str(target),
            ],
            tmp_path,
            stdin=PHRASE,
        )
        assert result.returncode == 1, target
        assert "Traceback" not in result.stderr and "archive" in result.stderr, result.stderr


def test_output_read_by_a_reader_that_goes_away_ends_quietly(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.smoke.test_cli import isolated_env

    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "companion",
            "demo-data",
            "--data-dir",
            str(tmp_path / "p"),
            "--years",
            "0",
            "--passphrase-stdin",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=isolated_env(tmp_path, dict(os.environ)),
    )
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(PHRASE)
    process.stdin.close()
    process.stdout.close()  # like `| head -0`
    assert process.stderr is not None
    err = process.stderr.read()
    process.stderr.close()
    process.wait(timeout=60)
    assert "Traceback" not in err


def test_an_import_preview_never_prints_control_characters(tmp_path: Path) -> None:
    import json

    profile = tmp_path / "p"
    _make(profile, tmp_path)
    export = tmp_path / "jrnl.json"
    export.write_text(
        json.dumps(
            {
                "tags": {"@\x1b]0;PWNED\x07": 1},
                "entries": [
                    {
                        "date": "2024-01-02",
                        "time": "09:00",
                        "title": "t",
                        "body": "b",
                        "tags": ["@\x1b]0;PWNED\x07"],
                    }
                ],
            }
        )
    )
    result = run(
        ["import", "--data-dir", str(profile), "--kind", "jrnl", str(export), "--passphrase-stdin"],
        tmp_path,
        stdin=PHRASE,
    )
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
