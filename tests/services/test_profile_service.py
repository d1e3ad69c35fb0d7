from __future__ import annotations

from pathlib import Path

import pytest

from companion.config import ProfilePaths
from companion.domain.journal import EntryDraft
from companion.security.errors import InvalidRecoveryKey, WrongSecret
from companion.services.profile import (
    KeychainProblem,
    ProfileDamaged,
    ProfileError,
    ProfileService,
    ProfileState,
    keychain_status,
)
from tests.services.conftest import FAST
from tests.support.memory_keyring import MemoryKeyring


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_new_folder_is_new(service: ProfileService) -> None:
    assert service.state() is ProfileState.NEW


def test_create_with_keychain_then_open_without_prompt(
    service: ProfileService, memory_keyring: MemoryKeyring
) -> None:
    profile, recovery = service.create(use_keychain=True, passphrase=None)
    profile.journal.create(EntryDraft(body="kept"))
    profile.lock()
    assert len(memory_keyring.items) == 1
    assert service.state() is ProfileState.EXISTING
    again = service.unlock_with_keychain()
    assert again.journal.count() == 1
    assert again.recovery_key() == recovery
    again.lock()


def test_create_requires_a_method(service: ProfileService) -> None:
    with pytest.raises(ProfileError):
        service.create(use_keychain=False, passphrase=None)
    assert service.state() is ProfileState.NEW


def test_never_creates_over_an_existing_profile(service: ProfileService) -> None:
    service.create(use_keychain=True, passphrase=None)[0].lock()
    before = snapshot(service.paths.root)
    with pytest.raises(ProfileError, match="already"):
        service.create(use_keychain=True, passphrase=None)
    assert snapshot(service.paths.root) == before


def test_wrong_passphrase_changes_no_byte_on_disk(service: ProfileService) -> None:
    profile, _ = service.create(use_keychain=False, passphrase="right one", params=FAST)
    profile.journal.create(EntryDraft(body="text"))
    profile.lock()
    before = snapshot(service.paths.root)
    with pytest.raises(WrongSecret):
        service.unlock_with_passphrase("wrong one")
    assert snapshot(service.paths.root) == before


@pytest.mark.parametrize("trouble", ["missing", "locked", "changed", "gone"])
def test_keychain_trouble_leads_to_passphrase_or_recovery_never_a_new_profile(
    service: ProfileService,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    trouble: str,
) -> None:
    profile, recovery = service.create(use_keychain=True, passphrase="pass phrase", params=FAST)
    profile.journal.create(EntryDraft(body="precious"))
    profile.lock()
    if trouble == "missing":
        memory_keyring.items.clear()
    elif trouble == "locked":
        memory_keyring.locked = True
    elif trouble == "changed":
        memory_keyring.tamper_with = "ab" * 32
    else:
        from companion.security import keychain
        from companion.security.errors import KeychainUnavailable

        def unavailable() -> None:
            raise KeychainUnavailable("no keychain service is running")

        monkeypatch.setattr(keychain, "system_backend", unavailable)
    with pytest.raises(KeychainProblem):
        service.unlock_with_keychain()
    assert service.state() is ProfileState.EXISTING
    by_pass = service.unlock_with_passphrase("pass phrase")
    assert by_pass.journal.count() == 1
    by_pass.lock()
    by_key = service.unlock_with_recovery_key(recovery.lower().replace("-", " "))
    assert by_key.journal.count() == 1
    if trouble in ("missing", "changed"):
        memory_keyring.tamper_with = None
        by_key.store_key_in_keychain()
        by_key.lock()
        service.unlock_with_keychain().lock()
    else:
        by_key.lock()


def test_recovery_key_alone_opens_a_passphrase_profile(service: ProfileService) -> None:
    profile, recovery = service.create(use_keychain=False, passphrase="forgotten", params=FAST)
    profile.journal.create(EntryDraft(body="still here"))
    profile.lock()
    opened = service.unlock_with_recovery_key(recovery)
    assert opened.journal.count() == 1
    opened.lock()
    with pytest.raises(InvalidRecoveryKey):
        service.unlock_with_recovery_key("not a key")
    with pytest.raises(WrongSecret):
        from companion.security.recovery import generate_recovery_key

        service.unlock_with_recovery_key(generate_recovery_key())


def test_change_passphrase_keeps_data_and_recovery_key(service: ProfileService) -> None:
    profile, recovery = service.create(use_keychain=False, passphrase="old phrase", params=FAST)
    profile.journal.create(EntryDraft(body="data"))
    assert profile.check_passphrase("old phrase")
    assert not profile.check_passphrase("nope")
    profile.set_passphrase("new phrase", FAST)
    profile.lock()
    with pytest.raises(WrongSecret):
        service.unlock_with_passphrase("old phrase")
    p = service.unlock_with_passphrase("new phrase")
    assert p.journal.count() == 1
    p.lock()
    r = service.unlock_with_recovery_key(recovery)
    assert r.journal.count() == 1
    r.lock()


def test_cannot_remove_the_last_everyday_unlock_method(service: ProfileService) -> None:
    profile, _ = service.create(use_keychain=False, passphrase="only way", params=FAST)
    with pytest.raises(ProfileError):
        profile.remove_passphrase()
    profile.store_key_in_keychain()
    profile.remove_passphrase()
    assert profile.unlock_methods().passphrase is False
    assert profile.unlock_methods().keychain is True
    with pytest.raises(ProfileError):
        profile.remove_key_from_keychain()
    profile.lock()
    service.unlock_with_keychain().lock()


def test_new_recovery_key_replaces_the_old_one(service: ProfileService) -> None:
    profile, old = service.create(use_keychain=True, passphrase=None)
    new = profile.new_recovery_key()
    assert new != old and profile.recovery_key() == new
    profile.lock()
    with pytest.raises(WrongSecret):
        service.unlock_with_recovery_key(old)
    service.unlock_with_recovery_key(new).lock()


def test_locked_profile_refuses_work(profile) -> None:
    profile.lock()
    assert profile.is_locked
    with pytest.raises(ProfileError):
        profile.recovery_key()


def test_keystore_missing_is_reported(service: ProfileService) -> None:
    service.create(use_keychain=True, passphrase=None)[0].lock()
    service.paths.keystore.unlink()
    assert service.state() is ProfileState.KEYSTORE_MISSING
    with pytest.raises(ProfileError):
        service.create(use_keychain=True, passphrase=None)


def test_database_missing_is_reported_and_not_recreated(service: ProfileService) -> None:
    service.create(use_keychain=True, passphrase=None)[0].lock()
    service.paths.database.unlink()
    with pytest.raises(ProfileError, match="missing"):
        service.unlock_with_keychain()
    assert not service.paths.database.exists()


def test_flipped_byte_offers_the_automatic_backup(service: ProfileService) -> None:
    profile, _ = service.create(use_keychain=True, passphrase=None)
    for i in range(50):
        profile.journal.create(EntryDraft(body=f"entry {i} " + "words " * 40))
    assert profile.backup_if_due() is not None
    assert profile.backup_if_due() is None  # not due again the same day
    profile.lock()
    db = service.paths.database
    data = bytearray(db.read_bytes())
    data[4096 + 2000] ^= 0xFF  # inside page 2
    db.write_bytes(bytes(data))
    with pytest.raises(ProfileDamaged) as caught:
        service.unlock_with_keychain()
    damaged = caught.value
    assert damaged.backups, "an automatic backup should be offered"
    restored = damaged.restore(damaged.backups[0])
    assert restored.journal.count() == 50
    restored.lock()


def test_keychain_status_reports_the_memory_backend() -> None:
    status = keychain_status()
    assert status.available


def test_profile_paths_layout(tmp_path: Path) -> None:
    p = ProfilePaths(tmp_path)
    assert p.database.name == "companion.db" and p.keystore.name == "keystore.json"
    assert not p.exists()


def test_the_daily_backup_keeps_as_many_as_the_client_chose(service: ProfileService) -> None:
    """There was a second daily backup that ignored the client's "keep" setting."""
    from datetime import datetime, timedelta

    from companion.services.backups import BackupService

    profile, _ = service.create(use_keychain=True, passphrase=None)
    profile.service(BackupService).set_keep(2)
    start = datetime.now()
    for day in range(4):
        assert profile.backup_if_due(start + timedelta(days=day)) is not None
    automatic = [p for p in service.paths.backups.glob("*.db")]
    assert len(automatic) == 2
    profile.lock()
