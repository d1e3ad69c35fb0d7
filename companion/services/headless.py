"""The headless commands: filling a profile with demo data, and the self-test."""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from companion.config import ProfilePaths, default_data_dir
from companion.domain.journal import EntryDraft, EntryFilter
from companion.services.demo import generate_entries
from companion.services.demo_counseling import DemoCounselingService
from companion.services.errors import CompanionError, ProfileError
from companion.services.profile import (
    ProfileService,
    ProfileState,
    UnlockedProfile,
    keychain_status,
    terminal_message,
)
from companion.wipe import wipe


def _err(message: str) -> int:
    print(f"companion: {message}", file=sys.stderr)
    return 1


def open_or_create(
    paths: ProfilePaths, read_passphrase: Callable[[], str] | None, out: Callable[[str], None]
) -> UnlockedProfile:
    """Open the profile in ``paths`` without a window (keychain first, else the passphrase
    from ``read_passphrase``), creating it when the folder holds none."""
    service = ProfileService(paths)
    passphrase = read_passphrase() if read_passphrase else None
    try:
        return _open_or_create(service, passphrase, out)
    finally:
        wipe(passphrase)  # read from standard input for this one use


def _open_or_create(
    service: ProfileService, passphrase: str | None, out: Callable[[str], None]
) -> UnlockedProfile:
    paths = service.paths
    if service.state() is ProfileState.INCOMPLETE:
        out(f"Setting up a profile in {paths.root} was interrupted earlier; starting it over.")
        service.start_over()
    if service.state() is ProfileState.NEW:
        use_keychain = keychain_status().available
        if not use_keychain and not passphrase:
            raise ProfileError(
                "No trustworthy keychain here: give a passphrase with --passphrase-stdin."
            )
        profile, recovery = service.create(use_keychain=use_keychain, passphrase=passphrase)
        out(f"Created a new profile in {paths.root}")
        out(f"Recovery key (keep it somewhere safe, it is shown only now): {recovery}")
        return profile
    if passphrase:
        return service.unlock_with_passphrase(passphrase)
    return service.unlock_with_keychain()


def fill_demo_profile(
    data_dir: Path | None,
    years: float,
    seed: int,
    read_passphrase: Callable[[], str] | None,
    into_existing: bool = False,
) -> int:
    """Create a profile (if the folder has none) and fill it with generated examples. A
    journal that already has entries is refused unless ``into_existing``: demo data in a
    real journal could not be told apart from what the client wrote."""
    paths = ProfilePaths(data_dir or default_data_dir())
    if not 0 <= years <= 100:
        return _err("--years must be from 0 (an empty profile) to 100.")
    from companion.profile_lock import ProfileLock

    lock = ProfileLock(paths.root)
    if not lock.acquire():
        return _err("Companion is open with this profile. Close it first.")
    try:
        return _fill(paths, years, seed, read_passphrase, into_existing)
    finally:
        lock.release()


def _fill(
    paths: ProfilePaths,
    years: float,
    seed: int,
    read_passphrase: Callable[[], str] | None,
    into_existing: bool,
) -> int:
    try:
        profile = open_or_create(paths, read_passphrase, print)
        if years > 0 and not into_existing and profile.journal.count() > 0:
            count = profile.journal.count()
            profile.lock()
            return _err(
                f"The profile in {paths.root} already has {count} journal entries; demo data "
                "is only added to a new or empty profile (give --into-existing to add it "
                "anyway)."
            )
        if years == 0:
            profile.lock()
            print("No demo data added (--years 0).")
            return 0
        try:
            started = time.perf_counter()
            added = profile.journal.add_many(
                generate_entries(max(1, round(years * 365)), seed=seed)
            )
            print(f"Added {added} journal entries in {time.perf_counter() - started:.1f} s.")
            started = time.perf_counter()
            counts = profile.service(DemoCounselingService).add(max(7, round(years * 365)))
            summary = ", ".join(f"{n} {what}" for what, n in counts.items())
            print(f"Added {summary} in {time.perf_counter() - started:.1f} s.")
        finally:
            profile.lock()
    except CompanionError as exc:
        return _err(terminal_message(exc, paths))
    return 0


def check_profile(
    paths: ProfilePaths, read_passphrase: Callable[[], str] | None, out: Callable[[str], None]
) -> bool:
    """Check an existing profile without changing what it holds: its keystore, the log a
    crash may have left, every page of the journal and its structure, and the newest
    automatic backup. Returns True when all is well; says what is not."""
    from companion.security.keystore import KeyStore
    from companion.services.health import HealthService
    from companion.services.profile import ProfileDamaged
    from companion.storage.wal_check import inspect_wal

    service = ProfileService(paths)
    state = service.state()
    out(f"Profile: {paths.root}")
    if state is not ProfileState.EXISTING:
        descriptions = {
            ProfileState.NEW: "there is no profile in this folder",
            ProfileState.KEYSTORE_MISSING: "the journal is there but its keystore.json is not",
            ProfileState.INCOMPLETE: "setting this profile up was interrupted",
        }
        out(f"Profile check FAILED: {descriptions[state]}.")
        return False
    try:
        KeyStore.load(paths.keystore)
        out("Keystore: OK")
        report = inspect_wal(paths.database)
        if report is None:
            out("Log left by a crash: none")
        elif report.damaged:
            out("Log left by a crash: DAMAGED (opening would lose recent saves)")
            return False
        else:
            out(f"Log left by a crash: intact ({report.replayable_commits} saves to replay)")
        passphrase = read_passphrase() if read_passphrase else None
        try:
            profile = (
                service.unlock_with_passphrase(passphrase)
                if passphrase
                else service.unlock_with_keychain()
            )
        finally:
            wipe(passphrase)
    except ProfileDamaged as exc:
        out(f"Profile check FAILED: {terminal_message(exc, paths)}")
        return False
    except CompanionError as exc:
        out(f"Profile check FAILED: {exc}")
        return False
    try:
        health = profile.service(HealthService)
        findings = [health.check_journal(), health.check_newest_backup()]
    finally:
        profile.lock()
    for finding in findings:
        out(finding.message)
    return all(finding.ok for finding in findings)


def self_test(
    out: Callable[[str], None],
    data_dir: Path | None = None,
    read_passphrase: Callable[[], str] | None = None,
) -> int:
    """Create a temporary encrypted profile, migrate, write, read and search; report the
    keychain that would be used. With ``data_dir``, also check that profile
    (:func:`check_profile`). Never changes the journal itself."""
    passed = _self_test_in_a_temporary_profile(out)
    if data_dir is not None:
        passed = check_profile(ProfilePaths(data_dir), read_passphrase, out) and passed
    out("Self-test passed." if passed else "Self-test FAILED.")
    return 0 if passed else 1


def _self_test_in_a_temporary_profile(out: Callable[[str], None]) -> bool:
    status = keychain_status()
    out(
        f"Keychain: {status.description if status.available else 'none usable'}"
        + ("" if status.available else f" ({status.description})")
    )
    with tempfile.TemporaryDirectory(prefix="companion-self-test-") as tmp:
        paths = ProfilePaths(Path(tmp) / "profile")
        try:
            profile, recovery = ProfileService(paths).create(
                use_keychain=False, passphrase="self-test passphrase"
            )
            canary = "selftest canary sentence"
            entry = profile.journal.create(
                EntryDraft(title="Self-test", body=canary, mood=5, tags=("check",))
            )
            assert profile.journal.get(entry.id).body == canary, "read back differs"
            hits = profile.journal.list(EntryFilter(text="canary sent"))
            assert [h.id for h in hits] == [entry.id], "search did not find the entry"
            profile.lock()
            raw = paths.database.read_bytes()
            assert canary.encode() not in raw, "database is not encrypted"
            again = ProfileService(paths).unlock_with_recovery_key(recovery)
            assert again.journal.count() == 1, "recovery key did not open the profile"
            again.lock()
        except (AssertionError, CompanionError) as exc:
            out(f"Temporary profile FAILED: {exc}")
            return False
    out("Encryption, migrations, writing, reading and search (temporary profile): OK")
    return True
