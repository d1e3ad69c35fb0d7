"""The command line speaks the client's language: ``--language``, else the language chosen in
Settings, else the system's; English stays the default. Real processes, temporary homes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.smoke.test_cli import run

GERMAN = {"LANGUAGE": "de"}


def _choose_in_settings(home: Path, language: str) -> None:
    """What the Settings window stores (QSettings, organisation and application Companion)."""
    folder = home / "config" / "Companion"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "Companion.conf").write_text(f"[appearance]\nlanguage={language}\n")


def test_help_and_usage_are_german_with_a_german_system(tmp_path: Path) -> None:
    result = run(["--help"], tmp_path, extra_env=GERMAN)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Aufruf: companion")
    assert "ein privates Tagebuch zwischen deinen Beratungsgesprächen" in result.stdout
    assert "diese Hilfe zeigen und beenden" in result.stdout
    assert "eine verschlüsselte Sicherung schreiben" in result.stdout
    assert "usage:" not in result.stdout and "show this help" not in result.stdout


def test_english_stays_the_default(tmp_path: Path) -> None:
    result = run(["--help"], tmp_path)
    assert result.stdout.startswith("usage: companion")
    assert "write an encrypted backup file" in result.stdout


def test_a_missing_option_is_refused_in_german(tmp_path: Path) -> None:
    result = run(["backup"], tmp_path, extra_env=GERMAN)
    assert result.returncode == 2
    assert "companion backup: Fehler: diese Angaben fehlen noch: -o/--output" in result.stderr
    assert result.stderr.startswith("Aufruf: companion backup")


def test_a_wrong_choice_and_a_wrong_day_are_explained_in_german(tmp_path: Path) -> None:
    kind = run(["import", "--kind", "nope", "x"], tmp_path, extra_env=GERMAN)
    assert kind.returncode == 2
    assert "Fehler: --kind: 'nope' ist keine der möglichen Angaben" in kind.stderr
    day = run(
        ["export", "summary", "--from", "2026-13-01", "--to", "2026-01-01", "-o", "x.md"],
        tmp_path,
        extra_env=GERMAN,
    )
    assert day.returncode == 2
    assert "„2026-13-01“ ist kein Tag, den Companion lesen kann" in day.stderr
    folder = run(
        ["export", "summary", "-o", str(tmp_path / "nope" / "x.md")], tmp_path, extra_env=GERMAN
    )
    assert folder.returncode == 1
    assert folder.stderr.startswith("companion: Den Ordner") and "gibt es nicht" in folder.stderr


def test_the_language_chosen_in_settings_wins_over_the_system(tmp_path: Path) -> None:
    _choose_in_settings(tmp_path, "de")
    result = run(["self-test"], tmp_path)  # the system says English (LANGUAGE=en)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Selbsttest bestanden." in result.stdout
    assert "Schlüsselbund: keiner verwendbar" in result.stdout


def test_the_option_wins_over_settings_and_system(tmp_path: Path) -> None:
    _choose_in_settings(tmp_path, "de")
    result = run(["--language", "en", "self-test"], tmp_path, extra_env=GERMAN)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Self-test passed." in result.stdout
    german = run(["--language=de", "--version"], tmp_path)
    assert german.returncode == 0 and german.stdout.startswith("companion ")
    wrong = run(["--language", "xx", "--version"], tmp_path, extra_env=GERMAN)
    assert wrong.returncode == 2
    assert "--language: 'xx' ist keine der möglichen Angaben" in wrong.stderr


def test_results_and_counts_are_german(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    made = run(
        ["demo-data", "--data-dir", str(profile), "--years", "0.1", "--passphrase-stdin"],
        tmp_path,
        stdin="eine lange Passphrase\n",
        extra_env=GERMAN,
    )
    assert made.returncode == 0, made.stderr
    assert f"Profil: {profile}" in made.stdout
    assert "Wiederherstellungsschlüssel (bewahre ihn sicher auf" in made.stdout
    assert "Tagebucheinträge in " in made.stdout and "Berater:innen" in made.stdout
    again = run(
        ["demo-data", "--data-dir", str(profile), "--passphrase-stdin"],
        tmp_path,
        stdin="eine lange Passphrase\n",
        extra_env=GERMAN,
    )
    assert again.returncode == 1
    assert "Tagebucheinträge; Beispieldaten kommen nur in ein neues oder leeres Profil" in (
        again.stderr
    )
    empty = run(
        ["export", "archive", "--data-dir", str(profile), "--passphrase-stdin", "-o", "a.zip"],
        tmp_path,
        stdin="\n",
        extra_env=GERMAN,
    )
    assert empty.returncode == 1
    assert "Die Passphrase wurde auf der Standardeingabe erwartet" in empty.stderr


def test_english_loads_no_qt_and_german_only_qtcore() -> None:
    """``--language en`` needs no translation; German needs QtCore, never a window toolkit."""
    code = (
        "import sys\n"
        "from companion.cli.main import main\n"
        "try:\n"
        "    main(sys.argv[1:])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6.Qt')))\n"
    )
    english = subprocess.run(
        [sys.executable, "-c", code, "--language", "en", "--version"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert english.stdout.strip().endswith("[]"), english.stdout
    german = subprocess.run(
        [sys.executable, "-c", code, "--language", "de", "--help"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert "Aufruf:" in german.stdout
    assert german.stdout.strip().endswith("['PySide6.QtCore']"), german.stdout


def test_a_path_the_system_refuses_is_explained_not_a_traceback(tmp_path: Path) -> None:
    # a folder name longer than file systems allow: Path.exists() raises instead of saying no
    too_long = tmp_path / ("a" * 300)
    for args in (
        ["backup", "--data-dir", str(too_long), "-o", str(tmp_path / "x.companion-backup")],
        ["self-test", "--data-dir", str(too_long)],
        ["--data-dir", str(too_long), "--exit-when-ready"],
    ):
        for env, words in (({}, "Companion could not use"), (GERMAN, "Companion konnte")):
            result = run(args, tmp_path, extra_env=env)
            assert result.returncode == 1, (args, result.stderr)
            assert "Traceback" not in result.stderr, result.stderr
            assert words in result.stderr, result.stderr


def test_german_in_a_terminal_that_cannot_show_it_does_not_crash(tmp_path: Path) -> None:
    result = run(["--help"], tmp_path, extra_env={**GERMAN, "PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "Aufruf: companion" in result.stdout


def test_the_last_language_given_is_the_one_used(tmp_path: Path) -> None:
    # argparse keeps the last value, so the messages must follow the last one too
    result = run(["--language", "de", "--language", "en", "self-test"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Self-test passed." in result.stdout


def test_help_lists_commands_under_their_own_heading_and_each_says_what_it_does(
    tmp_path: Path,
) -> None:
    top = run(["--help"], tmp_path, extra_env=GERMAN)
    assert "Befehle:\n  BEFEHL" in top.stdout
    backup = run(["backup", "--help"], tmp_path, extra_env=GERMAN)
    # the command's own help starts with what it does, and -o says it takes a folder too
    assert "Eine verschlüsselte Sicherung schreiben" in backup.stdout
    assert "-o DATEI|ORDNER" in backup.stdout
    english = run(["backup", "--help"], tmp_path)
    assert "commands:" in run(["--help"], tmp_path).stdout
    assert "Write an encrypted backup file" in english.stdout
    assert "-o FILE|FOLDER" in english.stdout


def test_a_missing_backup_folder_is_named(tmp_path: Path) -> None:
    home = tmp_path
    made = run(
        ["demo-data", "--years", "0", "--passphrase-stdin"], home, stdin="a long phrase here\n"
    )
    assert made.returncode == 0, made.stderr
    missing = tmp_path / "nowhere" / "inner"
    result = run(
        ["backup", "--passphrase-stdin", "-o", str(missing / "x.companion-backup")],
        home,
        stdin="a long phrase here\n",
        extra_env=GERMAN,
    )
    assert result.returncode == 1
    assert f"„{missing}“" in result.stderr, result.stderr


def test_days_in_results_are_written_the_way_the_language_writes_them(tmp_path: Path) -> None:
    made = run(
        ["demo-data", "--years", "0", "--passphrase-stdin"], tmp_path, stdin="a long phrase\n"
    )
    assert made.returncode == 0, made.stderr
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "2026-11-02.md").write_text("A first note\n", encoding="utf-8")
    (notes / "2026-11-05.md").write_text("A second note\n", encoding="utf-8")
    args = ["import", "--passphrase-stdin", "--kind", "markdown", str(notes)]
    # a German desktop: the language and the way days are written (LC_TIME follows LANG)
    german_desktop = {"LANGUAGE": "de", "LANG": "de_DE.UTF-8"}
    german = run(args, tmp_path, stdin="a long phrase\n", extra_env=german_desktop)
    assert "Vom 2. Nov. 2026 bis 5. Nov. 2026." in german.stdout, german.stdout
    english = run(["--language", "en", *args], tmp_path, stdin="a long phrase\n")
    assert "From 2 Nov 2026 to 5 Nov 2026." in english.stdout, english.stdout
