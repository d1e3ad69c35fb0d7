"""``companion sync`` and ``companion join`` as a person runs them: separate processes,
secrets on standard input, messages in plain words, nothing made on a wrong key."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from companion.config import ProfilePaths
from companion.domain.journal import EntryDraft, EntryFilter
from companion.services.profile import ProfileService
from tests.services.conftest import FAST

REPO = Path(__file__).resolve().parents[2]
HOME_PHRASE = "home phrase 123"


def _companion(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )


def test_set_up_join_and_sync_from_the_command_line(tmp_path: Path) -> None:
    home, work, folder = tmp_path / "home", tmp_path / "work", tmp_path / "Shared"
    folder.mkdir()
    profile, recovery = ProfileService(ProfilePaths(home)).create(
        use_keychain=False, passphrase=HOME_PHRASE, params=FAST
    )
    profile.journal.create(EntryDraft(title="Home", body="written at home"))
    profile.lock()

    done = _companion(
        "sync", "--data-dir", str(home), "--folder", str(folder), "--passphrase-stdin",
        stdin=HOME_PHRASE + "\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Syncing through" in done.stdout

    wrong = _companion(
        "join", "--folder", str(folder), "--data-dir", str(tmp_path / "nope"),
        "--recovery-key-stdin", "--passphrase-stdin",
        stdin="AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA\nwork phrase 123\n",
    )  # fmt: skip
    assert wrong.returncode == 1
    assert "Traceback" not in wrong.stderr and wrong.stderr.startswith("companion: ")
    assert not (tmp_path / "nope" / "companion.db").exists()

    joined = _companion(
        "join", "--folder", str(folder), "--data-dir", str(work),
        "--recovery-key-stdin", "--passphrase-stdin",
        stdin=f"{recovery}\nwork phrase 123\n",
    )  # fmt: skip
    assert joined.returncode == 0, joined.stderr
    assert "Joined" in joined.stdout

    opened = ProfileService(ProfilePaths(work)).unlock_with_passphrase("work phrase 123")
    try:
        (summary,) = opened.journal.list(EntryFilter())
        assert opened.journal.get(summary.id).body == "written at home"
    finally:
        opened.lock()

    again = _companion(
        "sync", "--data-dir", str(home), "--passphrase-stdin", stdin=HOME_PHRASE + "\n"
    )
    assert again.returncode == 0, again.stderr
    assert again.stdout.count("last wrote") == 2  # both computers are listed


def test_sync_without_a_folder_says_how_to_set_it_up(tmp_path: Path) -> None:
    home = tmp_path / "home"
    ProfileService(ProfilePaths(home)).create(
        use_keychain=False, passphrase=HOME_PHRASE, params=FAST
    )[0].lock()
    done = _companion(
        "sync", "--data-dir", str(home), "--passphrase-stdin", stdin=HOME_PHRASE + "\n"
    )
    assert done.returncode == 1
    assert "give --folder" in done.stderr
