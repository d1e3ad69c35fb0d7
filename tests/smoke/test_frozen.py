"""The frozen (PyInstaller) app, as CI builds it with build.spec.

Skipped unless ``COMPANION_FROZEN_APP`` names the built executable, for example
``COMPANION_FROZEN_APP=dist/companion/companion pytest tests/smoke/test_frozen.py``. Each
check runs the bundle as a real process on a temporary profile, offscreen, with no keychain,
the passphrase on standard input.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.smoke.test_cli import isolated_env

FROZEN_APP = os.environ.get("COMPANION_FROZEN_APP", "")

pytestmark = pytest.mark.skipif(
    not FROZEN_APP, reason="set COMPANION_FROZEN_APP to the built executable"
)

PASSPHRASE = "frozen smoke phrase\n"


def run_frozen(
    args: list[str], home: Path, stdin: str | None = None, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    app = Path(FROZEN_APP).resolve()
    assert app.is_file(), f"COMPANION_FROZEN_APP does not name a file: {app}"
    # the bundle must not pick up the developer's Python or Qt
    base = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "QT_", "LD_LIBRARY_PATH", "VIRTUAL_ENV"))
    }
    env = isolated_env(home, base)
    return subprocess.run(
        [str(app), *args],
        input=stdin,
        text=True,
        capture_output=True,
        env=env,
        cwd=home,  # not the checkout: nothing may be imported from the source tree
        timeout=timeout,
        check=False,
    )


def test_frozen_self_test(tmp_path: Path) -> None:
    result = run_frozen(["self-test"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Self-test passed." in result.stdout


def test_frozen_version(tmp_path: Path) -> None:
    from companion import __version__

    result = run_frozen(["--version"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert __version__ in result.stdout + result.stderr


def test_frozen_demo_profile_opens_a_window(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    made = run_frozen(
        ["demo-data", "--data-dir", str(profile), "--years", "0.2", "--passphrase-stdin"],
        tmp_path,
        stdin=PASSPHRASE,
    )
    assert made.returncode == 0, made.stdout + made.stderr
    assert "Recovery key" in made.stdout
    ready = run_frozen(
        ["--data-dir", str(profile), "--exit-when-ready", "--passphrase-stdin"],
        tmp_path,
        stdin=PASSPHRASE,
    )
    assert ready.returncode == 0, ready.stdout + ready.stderr


def test_frozen_summary_export_draws_charts(tmp_path: Path) -> None:
    """The PDF summary needs matplotlib's Agg backend and Qt's PDF writer in the bundle."""
    profile = tmp_path / "profile"
    made = run_frozen(
        ["demo-data", "--data-dir", str(profile), "--years", "0.2", "--passphrase-stdin"],
        tmp_path,
        stdin=PASSPHRASE,
    )
    assert made.returncode == 0, made.stdout + made.stderr
    out = tmp_path / "summary.pdf"
    exported = run_frozen(
        [
            "export",
            "summary",
            "--data-dir",
            str(profile),
            "--since-last-session",
            "--format",
            "pdf",
            "-o",
            str(out),
            "--passphrase-stdin",
        ],
        tmp_path,
        stdin=PASSPHRASE,
    )
    assert exported.returncode == 0, exported.stdout + exported.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_frozen_probe_walks_the_window_in_german(tmp_path: Path) -> None:
    """Every area, every Insights chart, SVG icons, the PDF summary and printing, in German
    with Qt's own translations: what the slimming of the bundle must not break
    (scripts/bundle_probe.py, built beside the app with COMPANION_BUNDLE_PROBE=1)."""
    probe = Path(FROZEN_APP).resolve().with_name("companion-probe")
    if not probe.is_file():
        pytest.skip("the bundle was built without COMPANION_BUNDLE_PROBE=1")
    base = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "QT_", "LD_LIBRARY_PATH", "VIRTUAL_ENV"))
    }
    result = subprocess.run(
        [str(probe)],
        text=True,
        capture_output=True,
        env=isolated_env(tmp_path, base),
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Probe passed." in result.stdout


def test_frozen_calendar_import(tmp_path: Path) -> None:
    """Calendar files need icalendar (whose tests the bundle leaves out), dateutil's rules
    and the time zone database."""
    from datetime import datetime, timedelta

    profile = tmp_path / "profile"
    made = run_frozen(
        ["demo-data", "--data-dir", str(profile), "--years", "0.1", "--passphrase-stdin"],
        tmp_path,
        stdin=PASSPHRASE,
    )
    assert made.returncode == 0, made.stdout + made.stderr
    soon = f"{datetime.now() + timedelta(days=20):%Y%m%d}"
    calendar = tmp_path / "practice.ics"
    calendar.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Practice//Frozen//EN\r\n"
        f"BEGIN:VEVENT\r\nUID:frozen@practice\r\nDTSTART;TZID=Europe/Berlin:{soon}T150000\r\n"
        "DURATION:PT50M\r\nRRULE:FREQ=WEEKLY;COUNT=3;BYDAY=MO,WE\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n",
        encoding="utf-8",
        newline="",
    )
    command = ["import", "--kind", "ics", str(calendar), "--data-dir", str(profile)]
    imported = run_frozen(
        [*command, "--passphrase-stdin", "--time-zone", "Europe/Berlin", "--yes"],
        tmp_path,
        stdin=PASSPHRASE,
    )
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert "Added 3 planned sessions." in imported.stdout
