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
from companion.services.errors import SHOWABLE_ERRORS, ProfileError
from companion.services.profile import (
    ProfileService,
    ProfileState,
    UnlockedProfile,
    keychain_status,
)


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
    data_dir: Path | None, years: float, seed: int, read_passphrase: Callable[[], str] | None
) -> int:
    paths = ProfilePaths(data_dir or default_data_dir())
    try:
        profile = open_or_create(paths, read_passphrase, print)
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
    except SHOWABLE_ERRORS as exc:
        return _err(str(exc))
    return 0


def self_test(out: Callable[[str], None]) -> int:
    """Create a temporary encrypted profile, migrate, write, read and search; report the
    keychain that would be used. Touches no existing profile."""
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
        except (AssertionError, *SHOWABLE_ERRORS) as exc:  # type: ignore[misc]
            out(f"Self-test FAILED: {exc}")
            return 1
    out("Encryption, migrations, writing, reading and search: OK")
    out("Self-test passed.")
    return 0
