"""The fault matrix: every file Companion reads damaged in the places that matter, and kills
at every durable step of profile creation, backup and restore (and at random moments of
creation and import). Each fault has one defined outcome: a message for the client, what was
kept aside, nothing deleted, no traceback.

Kill runs are real processes (:mod:`tests.reliability.crash_at`) killed with SIGKILL; they are
bounded (one run per step, a few random ones) so the whole matrix takes well under a minute
or two.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from companion.config import ProfilePaths
from companion.domain.journal import EntryDraft
from companion.security.errors import KeystoreError, SecurityError
from companion.services.backups import (
    BackupRefused,
    BackupService,
    Secret,
    restore,
    sweep_temporary_files,
)
from companion.services.errors import ProfileError
from companion.services.profile import (
    ProfileDamaged,
    ProfileService,
    ProfileState,
    RecentSavesLost,
)
from tests.reliability.test_kill_during_writes import child_env
from tests.services.conftest import FAST
from tests.storage.helpers import PAGE_SIZE, flip_byte, snapshot

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL"),
]

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "fault matrix phrase"
SEED = int(os.environ.get("COMPANION_FAULT_SEED", "0")) or random.SystemRandom().randrange(2**32)


# -- damaged files (in process) ----------------------------------------------------------------


@dataclass(frozen=True)
class Damage:
    """How to damage a closed profile (after a crash image when ``crash`` is set)."""

    apply: Callable[[ProfilePaths], None]
    #: The error the client is shown (its message), when opening with the passphrase.
    outcome: type[Exception]
    #: Opening keeps a copy of the files aside in backups/.
    kept_aside: bool
    crash: bool = False


def _flip_db(offset: Callable[[int], int]) -> Callable[[ProfilePaths], None]:
    return lambda p: flip_byte(p.database, offset(p.database.stat().st_size))


def _wal(p: ProfilePaths) -> Path:
    return p.sidecars()[0]


def _truncate_wal(p: ProfilePaths) -> None:
    data = _wal(p).read_bytes()
    _wal(p).write_bytes(data[: len(data) // 2])


def _edit_keystore(change: Callable[[dict], None]) -> Callable[[ProfilePaths], None]:
    def apply(p: ProfilePaths) -> None:
        data = json.loads(p.keystore.read_text())
        change(data)
        p.keystore.write_text(json.dumps(data))

    return apply


def _set(*keys: str, value: object) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        for key in keys[:-1]:
            data = data[key]
        data[keys[-1]] = value

    return change


def _flip_b64(slot: str, field: str) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        text = data["slots"][slot][field]
        data["slots"][slot][field] = ("B" if text[0] == "A" else "A") + text[1:]

    return change


DAMAGE: dict[str, Damage] = {
    "db-page-1": Damage(_flip_db(lambda _s: 100), ProfileDamaged, True),
    "db-salt": Damage(_flip_db(lambda _s: 5), ProfileDamaged, True),
    "db-cut-on-page-1": Damage(lambda p: os.truncate(p.database, 1000), ProfileDamaged, True),
    "db-middle-page": Damage(
        _flip_db(lambda s: (s // PAGE_SIZE // 2) * PAGE_SIZE + 700), ProfileDamaged, True
    ),
    "db-last-page": Damage(_flip_db(lambda s: s - 300), ProfileDamaged, True),
    "wal-header": Damage(lambda p: flip_byte(_wal(p), 20), RecentSavesLost, True, crash=True),
    "wal-frame": Damage(
        lambda p: flip_byte(_wal(p), _wal(p).stat().st_size // 2), RecentSavesLost, True, True
    ),
    "wal-truncated": Damage(_truncate_wal, RecentSavesLost, True, crash=True),
    "keystore-format": Damage(_edit_keystore(_set("format", value="other")), KeystoreError, False),
    "keystore-version": Damage(_edit_keystore(_set("version", value=99)), KeystoreError, False),
    "keystore-profile-id": Damage(
        _edit_keystore(_set("profile_id", value="0" * 32)), KeystoreError, False
    ),
    "keystore-key-check": Damage(
        _edit_keystore(_set("key_check", value="0" * 64)), KeystoreError, False
    ),
    "keystore-passphrase-nonce": Damage(
        _edit_keystore(_flip_b64("passphrase", "nonce")), KeystoreError, False
    ),
    "keystore-passphrase-salt": Damage(
        _edit_keystore(_flip_b64("passphrase", "salt")), KeystoreError, False
    ),
    "keystore-cut": Damage(
        lambda p: p.keystore.write_bytes(p.keystore.read_bytes()[:100]), KeystoreError, False
    ),
    "keystore-empty": Damage(lambda p: p.keystore.write_bytes(b""), KeystoreError, False),
}


def _as_error(exc: BaseException) -> type[Exception]:
    """ProfileService wraps keystore trouble in ProfileError with the same message."""
    if isinstance(exc, ProfileError) and isinstance(exc.__cause__, KeystoreError):
        return KeystoreError
    return type(exc)


@pytest.mark.parametrize("name", sorted(DAMAGE))
def test_damaged_files(tmp_path: Path, name: str) -> None:
    damage = DAMAGE[name]
    service = ProfileService(ProfilePaths(tmp_path / "p"))
    profile, _ = service.create(use_keychain=False, passphrase=PASSPHRASE, params=FAST)
    profile.service(BackupService).backup_if_due()
    for i in range(25):
        profile.journal.create(EntryDraft(title=f"entry {i}", body="canary text " * 60))
    if damage.crash:
        shutil.copytree(service.paths.root, tmp_path / "crashed")
        profile.lock()
        service = ProfileService(ProfilePaths(tmp_path / "crashed"))
    else:
        profile.lock()
    paths = service.paths
    damage.apply(paths)
    before = snapshot(paths.root)

    with pytest.raises((ProfileError, SecurityError)) as caught:
        service.unlock_with_passphrase(PASSPHRASE)

    assert issubclass(_as_error(caught.value), damage.outcome), repr(caught.value)
    message = str(caught.value)
    assert message and "canary" not in message and "Traceback" not in message
    after = snapshot(paths.root)
    kept = [n for n in after if n not in before]
    # nothing changed or deleted; at most a copy was kept aside
    assert {n: after[n] for n in before} == before
    if damage.kept_aside:
        assert len(kept) == 1 and kept[0].startswith("backups/")
        assert isinstance(caught.value, ProfileDamaged)
        assert caught.value.backups, "the latest backup is offered"
    else:
        assert kept == []


@pytest.mark.parametrize(
    "damage", ["cut", "not-a-zip", "member-flipped", "manifest-junk", "extra-member"]
)
def test_damaged_backup_files(tmp_path: Path, damage: str) -> None:
    service = ProfileService(ProfilePaths(tmp_path / "p"))
    profile, _ = service.create(use_keychain=False, passphrase=PASSPHRASE, params=FAST)
    profile.journal.create(EntryDraft(title="kept"))
    backup = profile.service(BackupService).back_up_to(tmp_path / "b.companion-backup")
    profile.lock()
    data = backup.read_bytes()
    if damage == "cut":
        backup.write_bytes(data[: len(data) // 2])
    elif damage == "not-a-zip":
        backup.write_bytes(b"PK\x03\x04" + os.urandom(5000))
    else:
        crafted = tmp_path / "crafted.companion-backup"
        with zipfile.ZipFile(backup) as src, zipfile.ZipFile(crafted, "w") as out:
            for info in src.infolist():
                content = bytearray(src.read(info))
                if damage == "member-flipped" and info.filename == "companion.db":
                    content[9000] ^= 0x10
                if damage == "manifest-junk" and info.filename == "manifest.json":
                    content = bytearray(b'{"format": "companion-backup", "version": 1}')
                out.writestr(info, bytes(content))
            if damage == "extra-member":
                out.writestr("../../outside.txt", b"no")
        backup = crafted
    before = snapshot(service.paths.root)
    with pytest.raises(BackupRefused) as caught:
        restore(backup, service.paths, Secret(passphrase=PASSPHRASE))
    assert str(caught.value)
    assert snapshot(service.paths.root) == before
    assert not (tmp_path / "outside.txt").exists()


# -- kills at every durable step (real processes) ------------------------------------------------


def _run(
    args: list[str], home: Path, *, kill_at: int, stdin: str = PASSPHRASE + "\n"
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.reliability.crash_at", str(kill_at), "--", *args],
        input=stdin,
        text=True,
        capture_output=True,
        cwd=REPO,
        env=child_env(home),
        timeout=120,
        check=False,
    )


def _steps(args: list[str], home: Path) -> int:
    counted = _run(args, home, kill_at=0)
    assert counted.returncode == 0, counted.stderr
    return int(counted.stderr.strip().rsplit("steps ", 1)[1])


def _open(paths: ProfilePaths) -> int:
    """The entries in the profile, opened the way the app opens it."""
    profile = ProfileService(paths).unlock_with_passphrase(PASSPHRASE)
    try:
        return profile.journal.count()
    finally:
        profile.lock()


def _make(paths: ProfilePaths, entries: int) -> None:
    profile, _ = ProfileService(paths).create(use_keychain=False, passphrase=PASSPHRASE)
    for i in range(entries):
        profile.journal.create(EntryDraft(title=f"{paths.root.name} {i}"))
    profile.lock()


def test_a_kill_at_any_step_of_creating_a_profile_leaves_nothing_or_a_whole_one(
    tmp_path: Path,
) -> None:
    args = ["demo-data", "--years", "0", "--passphrase-stdin", "--data-dir"]
    steps = _steps([*args, str(tmp_path / "counted")], tmp_path)
    assert steps >= 5
    for kill_at in range(1, steps + 1):
        root = tmp_path / f"killed-{kill_at}"
        result = _run([*args, str(root)], tmp_path, kill_at=kill_at)
        assert result.returncode == -signal.SIGKILL, (kill_at, result.stderr)
        service = ProfileService(ProfilePaths(root))
        state = service.state()
        assert state in (ProfileState.NEW, ProfileState.INCOMPLETE, ProfileState.EXISTING)
        if state is ProfileState.EXISTING:
            assert _open(service.paths) == 0, kill_at
        # whatever was left, the same command now makes a whole profile
        again = _run([*args, str(root)], tmp_path, kill_at=-1)
        assert again.returncode == 0, (kill_at, again.stderr)
        assert _open(service.paths) == 0


def test_a_kill_at_a_random_moment_of_creating_and_filling_a_profile(tmp_path: Path) -> None:
    from companion.services.demo import generate_entries

    whole_year = len(list(generate_entries(365, seed=7)))
    rng = random.Random(SEED)
    for round_ in range(4):
        root = tmp_path / f"random-{round_}"
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "companion",
                "demo-data",
                "--data-dir",
                str(root),
                "--years",
                "1",
                "--passphrase-stdin",
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
            cwd=REPO,
            env=child_env(tmp_path),
        )
        assert process.stdin is not None
        process.stdin.write(PASSPHRASE + "\n")
        process.stdin.close()
        time.sleep(rng.uniform(0.3, 2.5))
        process.kill()
        process.wait(timeout=30)
        service = ProfileService(ProfilePaths(root))
        state = service.state()
        assert state is not ProfileState.KEYSTORE_MISSING, f"seed {SEED}"
        if state is ProfileState.INCOMPLETE:
            service.start_over()
            assert service.state() is ProfileState.NEW
        elif state is ProfileState.EXISTING:
            assert _open(service.paths) in (0, whole_year), f"seed {SEED}"


def test_a_kill_at_any_step_of_a_backup_leaves_the_profile_whole_and_no_litter(
    tmp_path: Path,
) -> None:
    paths = ProfilePaths(tmp_path / "p")
    _make(paths, 3)
    dest = tmp_path / "usb"
    dest.mkdir()
    args = ["backup", "--data-dir", str(paths.root), "--passphrase-stdin", "-o", str(dest)]
    steps = _steps(args, tmp_path)
    for kill_at in range(1, steps + 1):
        for leftover in dest.iterdir():
            leftover.unlink()
        result = _run(args, tmp_path, kill_at=kill_at)
        assert result.returncode == -signal.SIGKILL, (kill_at, result.stderr)
        assert _open(paths) == 3
        finished = [p for p in dest.iterdir() if p.suffix == ".companion-backup"]
        for backup in finished:  # a backup that is there is whole
            with zipfile.ZipFile(backup) as z:
                assert z.testzip() is None
        # the next backup to that folder sweeps what the killed one left
        again = _run(args, tmp_path, kill_at=-1)
        assert again.returncode == 0, again.stderr
        assert [p.name for p in dest.iterdir() if p.name.startswith(".")] == [], kill_at


def test_a_kill_at_any_step_of_a_restore_leaves_one_journal_or_the_other(
    tmp_path: Path,
) -> None:
    """Restoring another journal replaces both the journal and its keystore: after a kill at
    any step the profile opens, holding either journal whole, never a mix."""
    other = ProfilePaths(tmp_path / "other")
    _make(other, 5)
    backup = tmp_path / "other.companion-backup"
    assert (
        _run(
            ["backup", "--data-dir", str(other.root), "--passphrase-stdin", "-o", str(backup)],
            tmp_path,
            kill_at=-1,
        ).returncode
        == 0
    )
    template = ProfilePaths(tmp_path / "mine")
    _make(template, 2)

    def fresh(name: str) -> ProfilePaths:
        target = ProfilePaths(tmp_path / name)
        shutil.copytree(template.root, target.root)
        return target

    args = ["restore", "--passphrase-stdin", "--replace-other-journal", str(backup)]
    steps = _steps([*args, "--data-dir", str(fresh("counted").root)], tmp_path)
    for kill_at in range(1, steps + 1):
        paths = fresh(f"killed-{kill_at}")
        result = _run([*args, "--data-dir", str(paths.root)], tmp_path, kill_at=kill_at)
        assert result.returncode == -signal.SIGKILL, (kill_at, result.stderr)
        assert ProfileService(paths).state() is ProfileState.EXISTING
        assert _open(paths) in (2, 5), kill_at
        sweep_temporary_files(paths.root)  # what the next start does first
        leftovers = [p.name for p in paths.root.iterdir() if p.name.startswith(".")]
        assert leftovers == [], (kill_at, leftovers)


def test_a_kill_during_an_import_adds_all_or_nothing(tmp_path: Path) -> None:
    paths = ProfilePaths(tmp_path / "p")
    _make(paths, 1)
    entries = [
        {
            "date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "time": "09:00",
            "title": f"imported {i}",
            "body": "words " * 80,
            "tags": [],
        }
        for i in range(4000)
    ]
    export = tmp_path / "big.json"
    export.write_text(json.dumps({"tags": {}, "entries": entries}))
    rng = random.Random(SEED)
    for _round in range(3):
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "companion",
                "import",
                "--data-dir",
                str(paths.root),
                "--kind",
                "jrnl",
                str(export),
                "--yes",
                "--passphrase-stdin",
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
            cwd=REPO,
            env=child_env(tmp_path),
        )
        assert process.stdin is not None
        process.stdin.write(PASSPHRASE + "\n")
        process.stdin.close()
        time.sleep(rng.uniform(0.5, 3.0))
        process.kill()
        process.wait(timeout=30)
        count = _open(paths)
        assert count in (1, 4001), f"seed {SEED}: {count}"
        if count == 4001:
            break
