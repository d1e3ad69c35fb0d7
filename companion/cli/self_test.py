"""``companion self-test``: check encryption, storage and search in a temporary profile, and
with ``--data-dir`` that profile too, without changing what it holds."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.cli.profile_options import add_command
from companion.domain.wording import tr, tr_n

if TYPE_CHECKING:
    from companion.config import ProfilePaths


def add_self_test_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``self-test`` to the subparsers of ``companion``'s parser."""
    check = add_command(
        subparsers,
        "self-test",
        help=tr(
            "cli.self_test",
            "check encryption, storage and search in a temporary profile, and with "
            "--data-dir that profile too (keystore, crash log, every page, newest backup); "
            "exit 0 if all is well",
        ),
    )
    check.set_defaults(handler=run_self_test)
    return check


def run_self_test(args: argparse.Namespace) -> int:
    from companion.cli.passphrase import read_passphrase

    return self_test(print, args.data_dir, read_passphrase if args.passphrase_stdin else None)


def check_profile(
    paths: ProfilePaths, read_passphrase: Callable[[], str] | None, out: Callable[[str], None]
) -> bool:
    """Check an existing profile without changing what it holds: its keystore, the log a
    crash may have left, every page of the journal and its structure, and the newest
    automatic backup. Returns True when all is well; says what is not. The passphrase, when
    the profile needs one, is read with ``read_passphrase`` only once the files look whole."""
    from companion.cli.profile_options import terminal_message, unlock
    from companion.security.keystore import KeyStore
    from companion.services.backups import Secret
    from companion.services.errors import CompanionError
    from companion.services.health import HealthService
    from companion.services.profile import ProfileDamaged, ProfileService, ProfileState
    from companion.storage.wal_check import inspect_wal

    service = ProfileService(paths)
    state = service.state()
    out(tr("cli.self_test", "Profile: %1", paths.root))
    if state is not ProfileState.EXISTING:
        descriptions = {
            ProfileState.NEW: tr("cli.self_test", "there is no profile in this folder"),
            ProfileState.KEYSTORE_MISSING: tr(
                "cli.self_test", "the journal is there but its keystore.json is not"
            ),
            ProfileState.INCOMPLETE: tr("cli.self_test", "setting this profile up was interrupted"),
        }
        out(tr("cli.self_test", "Profile check FAILED: %1.", descriptions[state]))
        return False
    try:
        KeyStore.load(paths.keystore)
        out(tr("cli.self_test", "Keystore: OK"))
        report = inspect_wal(paths.database)
        if report is None:
            out(tr("cli.self_test", "Log left by a crash: none"))
        elif report.damaged:
            out(
                tr(
                    "cli.self_test",
                    "Log left by a crash: DAMAGED (opening would lose recent saves)",
                )
            )
            return False
        else:
            out(
                tr_n(
                    "cli.self_test",
                    "Log left by a crash: intact (%n [save|saves] to replay)",
                    report.replayable_commits,
                )
            )
        passphrase = read_passphrase() if read_passphrase else None
        profile = unlock(service, Secret(passphrase=passphrase) if passphrase else None)
    except ProfileDamaged as exc:
        out(tr("cli.self_test", "Profile check FAILED: %1", terminal_message(exc, paths)))
        return False
    except CompanionError as exc:
        out(tr("cli.self_test", "Profile check FAILED: %1", exc))
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
    from companion.config import ProfilePaths

    passed = _self_test_in_a_temporary_profile(out)
    if data_dir is not None:
        passed = check_profile(ProfilePaths(data_dir), read_passphrase, out) and passed
    out(
        tr("cli.self_test", "Self-test passed.")
        if passed
        else tr("cli.self_test", "Self-test FAILED.")
    )
    return 0 if passed else 1


def _self_test_in_a_temporary_profile(out: Callable[[str], None]) -> bool:
    import tempfile

    from companion.config import ProfilePaths
    from companion.domain.journal import EntryDraft, EntryFilter
    from companion.services.errors import CompanionError
    from companion.services.profile import ProfileService, keychain_status

    status = keychain_status()
    if status.available:
        out(tr("cli.self_test", "Keychain: %1", status.description))
    else:
        out(tr("cli.self_test", "Keychain: none usable (%1)", status.description))
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
            assert profile.journal.get(entry.id).body == canary, tr(
                "cli.self_test", "what was read back differs from what was written"
            )
            hits = profile.journal.list(EntryFilter(text="canary sent"))
            assert [h.id for h in hits] == [entry.id], tr(
                "cli.self_test", "search did not find the entry"
            )
            profile.lock()
            raw = paths.database.read_bytes()
            assert canary.encode() not in raw, tr(
                "cli.self_test", "the journal file is not encrypted"
            )
            again = ProfileService(paths).unlock_with_recovery_key(recovery)
            assert again.journal.count() == 1, tr(
                "cli.self_test", "the recovery key did not open the profile"
            )
            again.lock()
        except (AssertionError, CompanionError) as exc:
            out(tr("cli.self_test", "Temporary profile FAILED: %1", exc))
            return False
    out(
        tr(
            "cli.self_test",
            "Encryption, migrations, writing, reading and search (temporary profile): OK",
        )
    )
    return True
