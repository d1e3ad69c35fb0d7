"""Tests for keystore.json: slots, round trips, tampering, and what never reaches the file."""

from __future__ import annotations

import base64
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from companion.security.crypto import KdfParams, new_database_key
from companion.security.errors import (
    InvalidPassphrase,
    InvalidRecoveryKey,
    KeychainUnavailable,
    KeystoreError,
    SecurityError,
    WrongSecret,
)
from companion.security.keychain import Keychain
from companion.security.keystore import KeyStore, UnlockMethod
from companion.security.recovery import generate_recovery_key, recovery_secret
from tests.support.memory_keyring import MemoryKeyring

CHEAP = KdfParams(memory_cost_kib=8, iterations=1, lanes=1)
PASSPHRASE = "a quiet walk by the river"


@pytest.fixture
def db_key() -> bytes:
    return new_database_key()


@pytest.fixture
def recovery_key() -> str:
    return generate_recovery_key()


@pytest.fixture
def store(db_key: bytes, recovery_key: str) -> KeyStore:
    return KeyStore.create(db_key, recovery_key)


@pytest.fixture
def path(profile_dir: Path) -> Path:
    return profile_dir / "keystore.json"


def _edit(path: Path, change: Callable[[dict[str, Any]], object]) -> None:
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


# -- round trips ---------------------------------------------------------------------------


def test_recovery_key_alone_unlocks(
    store: KeyStore, path: Path, db_key: bytes, recovery_key: str
) -> None:
    store.save(path)
    loaded = KeyStore.load(path)
    assert loaded.unlock_methods() == (UnlockMethod.RECOVERY_KEY,)
    assert not loaded.has_passphrase
    assert loaded.keychain_account is None
    assert loaded.unlock_with_recovery_key(recovery_key) == db_key
    assert loaded.profile_id == store.profile_id


def test_recovery_key_is_forgiving_when_unlocking(
    store: KeyStore, db_key: bytes, recovery_key: str
) -> None:
    typed = recovery_key.lower().replace("-", " ").replace("0", "o")
    assert store.unlock_with_recovery_key(typed) == db_key


def test_wrong_or_malformed_recovery_key(store: KeyStore) -> None:
    with pytest.raises(WrongSecret, match="recovery key did not unlock"):
        store.unlock_with_recovery_key(generate_recovery_key())
    with pytest.raises(InvalidRecoveryKey, match="this one has 3"):
        store.unlock_with_recovery_key("abc")


def test_passphrase_round_trip(store: KeyStore, path: Path, db_key: bytes) -> None:
    store.set_passphrase(db_key, PASSPHRASE, CHEAP)
    store.save(path)
    loaded = KeyStore.load(path)
    assert loaded.has_passphrase
    assert loaded.passphrase_params == CHEAP
    assert loaded.unlock_methods() == (UnlockMethod.PASSPHRASE, UnlockMethod.RECOVERY_KEY)
    assert loaded.unlock_with_passphrase(PASSPHRASE) == db_key


def test_passphrase_with_default_argon2_settings(
    store: KeyStore, path: Path, db_key: bytes
) -> None:
    store.set_passphrase(db_key, "päss wörd")
    assert store.passphrase_params == KdfParams()
    store.save(path)
    assert KeyStore.load(path).unlock_with_passphrase("päss wörd") == db_key


def test_wrong_passphrase_leaves_the_file_untouched(
    store: KeyStore, path: Path, db_key: bytes
) -> None:
    store.set_passphrase(db_key, PASSPHRASE, CHEAP)
    store.save(path)
    before = path.read_bytes()
    loaded = KeyStore.load(path)
    with pytest.raises(WrongSecret) as info:
        loaded.unlock_with_passphrase("a quiet walk by the sea")
    assert "sea" not in str(info.value)
    assert path.read_bytes() == before


def test_changing_the_passphrase_keeps_the_recovery_key_working(
    store: KeyStore, path: Path, db_key: bytes, recovery_key: str
) -> None:
    store.set_passphrase(db_key, PASSPHRASE, CHEAP)
    store.save(path)
    loaded = KeyStore.load(path)
    loaded.set_passphrase(db_key, "a new beginning", CHEAP)
    loaded.save(path)
    again = KeyStore.load(path)
    assert again.unlock_with_passphrase("a new beginning") == db_key
    with pytest.raises(WrongSecret):
        again.unlock_with_passphrase(PASSPHRASE)
    assert again.unlock_with_recovery_key(recovery_key) == db_key


def test_remove_passphrase(store: KeyStore, db_key: bytes, recovery_key: str) -> None:
    store.set_passphrase(db_key, PASSPHRASE, CHEAP)
    store.remove_passphrase()
    assert not store.has_passphrase
    assert store.passphrase_params is None
    with pytest.raises(SecurityError, match="does not have a passphrase"):
        store.unlock_with_passphrase(PASSPHRASE)
    assert store.unlock_with_recovery_key(recovery_key) == db_key


@pytest.mark.parametrize("empty", ["", "   ", "\t\n"])
def test_empty_passphrase_is_refused(store: KeyStore, db_key: bytes, empty: str) -> None:
    with pytest.raises(InvalidPassphrase, match="cannot be empty"):
        store.set_passphrase(db_key, empty, CHEAP)
    assert not store.has_passphrase


def test_slots_need_the_right_database_key(store: KeyStore) -> None:
    other = new_database_key()
    with pytest.raises(WrongSecret):
        store.set_passphrase(other, PASSPHRASE, CHEAP)
    with pytest.raises(WrongSecret):
        store.set_recovery_key(other, generate_recovery_key())
    assert not store.has_passphrase


def test_replacing_the_recovery_key(
    store: KeyStore, path: Path, db_key: bytes, recovery_key: str
) -> None:
    new_key = generate_recovery_key()
    store.set_recovery_key(db_key, new_key)
    store.save(path)
    loaded = KeyStore.load(path)
    assert loaded.unlock_with_recovery_key(new_key) == db_key
    with pytest.raises(WrongSecret):
        loaded.unlock_with_recovery_key(recovery_key)


def test_verify_key(store: KeyStore, db_key: bytes) -> None:
    assert store.verify_key(db_key)
    assert not store.verify_key(new_database_key())
    assert not store.verify_key(db_key[:31])
    assert not store.verify_key(b"")


def test_create_checks_its_arguments(recovery_key: str) -> None:
    with pytest.raises(ValueError):
        KeyStore.create(b"too short", recovery_key)
    with pytest.raises(ValueError):
        KeyStore.create(new_database_key(), recovery_key, profile_id="not-a-uuid")
    with pytest.raises(InvalidRecoveryKey):
        KeyStore.create(new_database_key(), "1234")
    fixed = "0123456789abcdef0123456789abcdef"
    assert KeyStore.create(new_database_key(), recovery_key, profile_id=fixed).profile_id == fixed


def test_profile_ids_are_random(recovery_key: str) -> None:
    ids = {KeyStore.create(new_database_key(), recovery_key).profile_id for _ in range(5)}
    assert len(ids) == 5


# -- keychain slot -------------------------------------------------------------------------


def test_keychain_account(store: KeyStore, path: Path) -> None:
    account = store.enable_keychain()
    assert account == f"profile-{store.profile_id}"
    assert store.keychain_account == account
    assert store.unlock_methods()[0] is UnlockMethod.KEYCHAIN
    store.save(path)
    assert KeyStore.load(path).keychain_account == account
    store.disable_keychain()
    assert store.keychain_account is None
    store.save(path)
    assert KeyStore.load(path).keychain_account is None


def test_keychain_round_trip(
    store: KeyStore, path: Path, db_key: bytes, memory_keyring: MemoryKeyring
) -> None:
    keychain = Keychain.system()
    store.store_in_keychain(keychain, db_key)
    store.save(path)
    assert KeyStore.load(path).unlock_with_keychain(keychain) == db_key


def test_keychain_slot_is_not_enabled_when_the_write_fails(
    store: KeyStore, db_key: bytes, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.locked = True
    with pytest.raises(KeychainUnavailable):
        store.store_in_keychain(Keychain.system(), db_key)
    assert store.keychain_account is None


def test_keychain_with_another_key_is_not_the_one(
    store: KeyStore, db_key: bytes, memory_keyring: MemoryKeyring
) -> None:
    keychain = Keychain.system()
    store.store_in_keychain(keychain, db_key)
    # The keychain was reset or replaced and now holds something else.
    keychain.store(f"profile-{store.profile_id}", new_database_key())
    assert store.unlock_with_keychain(keychain) is None
    keychain.delete(f"profile-{store.profile_id}")
    assert store.unlock_with_keychain(keychain) is None


def test_keychain_unused_or_locked(
    store: KeyStore, db_key: bytes, memory_keyring: MemoryKeyring
) -> None:
    keychain = Keychain.system()
    assert store.unlock_with_keychain(keychain) is None
    store.store_in_keychain(keychain, db_key)
    memory_keyring.locked = True
    with pytest.raises(KeychainUnavailable):
        store.unlock_with_keychain(keychain)


# -- the file on disk ----------------------------------------------------------------------


def test_file_layout(store: KeyStore, path: Path, db_key: bytes) -> None:
    store.set_passphrase(db_key, PASSPHRASE, CHEAP)
    store.enable_keychain()
    store.save(path)
    data = json.loads(path.read_text())
    assert data["format"] == "companion-keystore"
    assert data["version"] == 2
    assert data["profile_id"] == store.profile_id
    assert len(data["key_check"]) == 64
    assert data["slots"]["keychain"] == {"account": f"profile-{store.profile_id}"}
    assert data["slots"]["passphrase"]["kdf"] == "argon2id"
    assert data["slots"]["passphrase"]["input"] == "hmac-sha256"
    assert data["slots"]["passphrase"]["params"] == CHEAP.to_dict()
    assert data["slots"]["recovery"]["kdf"] == "hkdf-sha256"
    for slot in ("passphrase", "recovery"):
        assert {"salt", "nonce", "ciphertext"} <= set(data["slots"][slot])


def _encodings(secret: bytes) -> list[bytes]:
    return [
        secret,
        secret.hex().encode(),
        secret.hex().upper().encode(),
        base64.b64encode(secret),
        base64.b64encode(secret).rstrip(b"="),
        base64.urlsafe_b64encode(secret).rstrip(b"="),
        base64.b32encode(secret).rstrip(b"="),
    ]


def test_file_holds_no_secret_in_any_encoding(
    store: KeyStore, path: Path, db_key: bytes, recovery_key: str
) -> None:
    store.set_passphrase(db_key, PASSPHRASE, CHEAP)
    store.store_in_keychain(Keychain.system(), db_key)
    store.save(path)
    content = path.read_bytes()
    needles = _encodings(db_key) + _encodings(recovery_secret(recovery_key))
    needles += _encodings(PASSPHRASE.encode())
    needles += [recovery_key.encode(), recovery_key.replace("-", "").encode()]
    needles += [recovery_key.lower().encode(), recovery_key.replace("-", "").lower().encode()]
    for needle in needles:
        assert needle not in content


@pytest.mark.skipif(os.name != "posix", reason="file modes are a POSIX idea")
def test_file_is_private_to_the_user(store: KeyStore, path: Path) -> None:
    path.write_text("{}")
    path.chmod(0o644)
    store.save(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_save_replaces_the_file_and_leaves_no_temp_files(
    store: KeyStore, path: Path, db_key: bytes
) -> None:
    store.save(path)
    store.set_passphrase(db_key, PASSPHRASE, CHEAP)
    store.save(path)
    assert sorted(p.name for p in path.parent.iterdir()) == ["keystore.json"]
    assert KeyStore.load(path).has_passphrase


def test_save_into_a_missing_folder_fails_plainly(store: KeyStore, tmp_path: Path) -> None:
    with pytest.raises(KeystoreError, match="could not save"):
        store.save(tmp_path / "gone" / "keystore.json")


def test_missing_file(path: Path) -> None:
    with pytest.raises(KeystoreError, match="could not find"):
        KeyStore.load(path)


def test_unreadable_file(path: Path) -> None:
    path.mkdir()  # something is there, but it cannot be read as a file
    with pytest.raises(KeystoreError, match="could not read") as info:
        KeyStore.load(path)
    assert info.value.detail


def test_newer_version_is_refused(store: KeyStore, path: Path) -> None:
    store.save(path)
    _edit(path, lambda data: data.update(version=3))
    with pytest.raises(KeystoreError) as info:
        KeyStore.load(path)
    assert str(info.value).startswith("This profile was created by a newer version of Companion.")


def _set(*keys: str, value: object) -> Callable[[dict[str, Any]], object]:
    def change(data: dict[str, Any]) -> None:
        target = data
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value

    return change


def _drop(*keys: str) -> Callable[[dict[str, Any]], object]:
    def change(data: dict[str, Any]) -> None:
        target = data
        for key in keys[:-1]:
            target = target[key]
        del target[keys[-1]]

    return change


TAMPERING: dict[str, Callable[[dict[str, Any]], object]] = {
    "format": _set("format", value="something-else"),
    "version-text": _set("version", value="1"),
    "version-zero": _set("version", value=0),
    "version-bool": _set("version", value=True),
    "no-profile-id": _drop("profile_id"),
    "profile-id": _set("profile_id", value="../../etc"),
    "key-check": _set("key_check", value="00"),
    "no-slots": _drop("slots"),
    "slots-list": _set("slots", value=[]),
}

#: Slots that cannot be used are left aside; the passphrase still opens the journal.
LEFT_ASIDE: dict[str, Callable[[dict[str, Any]], object]] = {
    "unknown-slot": _set("slots", "fingerprint", value={}),
    "no-recovery": _drop("slots", "recovery"),
    "recovery-not-an-object": _set("slots", "recovery", value=[1]),
    "account-empty": _set("slots", "keychain", "account", value=""),
    "account-number": _set("slots", "keychain", "account", value=7),
}

#: Damage inside one wrapped slot: the file still loads and the other slot still opens, but
#: the damaged one is reported as damaged when it is used (never as a wrong secret).
SLOT_TAMPERING: dict[str, tuple[str, Callable[[dict[str, Any]], object]]] = {
    "recovery-kdf": ("recovery", _set("slots", "recovery", "kdf", value="md5")),
    "bad-base64": ("recovery", _set("slots", "recovery", "salt", value="not base64!")),
    "salt-number": ("recovery", _set("slots", "recovery", "salt", value=12)),
    "short-salt": ("recovery", _set("slots", "recovery", "salt", value="AAAA")),
    "short-nonce": ("recovery", _set("slots", "recovery", "nonce", value="AAAA")),
    "short-ciphertext": ("recovery", _set("slots", "recovery", "ciphertext", value="AAAA")),
    "recovery-digest": ("recovery", _set("slots", "recovery", "digest", value="0" * 32)),
    "no-nonce": ("passphrase", _drop("slots", "passphrase", "nonce")),
    "passphrase-kdf": ("passphrase", _set("slots", "passphrase", "kdf", value="pbkdf2")),
    "absurd-memory": (
        "passphrase",
        _set("slots", "passphrase", "params", "memory_cost_kib", value=2**40),
    ),
    "params-missing": ("passphrase", _drop("slots", "passphrase", "params")),
    "params-list": ("passphrase", _set("slots", "passphrase", "params", value=[1, 2, 3])),
    "passphrase-check": (
        "passphrase",
        _set("slots", "passphrase", "check", value="AAAAAAAAAAAAAAAAAAAAAA=="),
    ),
}


@pytest.mark.parametrize("name", sorted(TAMPERING))
def test_tampered_json_is_refused(store: KeyStore, path: Path, db_key: bytes, name: str) -> None:
    store.set_passphrase(db_key, PASSPHRASE, CHEAP)
    store.enable_keychain()
    store.save(path)
    _edit(path, TAMPERING[name])
    with pytest.raises(KeystoreError) as info:
        KeyStore.load(path)
    assert info.value.detail


@pytest.mark.parametrize("name", sorted(LEFT_ASIDE))
def test_a_slot_that_cannot_be_used_leaves_the_others_working(
    store: KeyStore, path: Path, db_key: bytes, name: str
) -> None:
    store.set_passphrase(db_key, PASSPHRASE, CHEAP)
    store.enable_keychain()
    store.save(path)
    _edit(path, LEFT_ASIDE[name])
    loaded = KeyStore.load(path)
    assert loaded.unlock_with_passphrase(PASSPHRASE) == db_key


def test_a_changed_profile_id_is_damage_of_the_whole_file_not_of_each_slot(
    store: KeyStore, path: Path, db_key: bytes, recovery_key: str
) -> None:
    store.set_passphrase(db_key, PASSPHRASE, CHEAP)
    store.save(path)
    _edit(path, _set("profile_id", value="0" * 32))
    loaded = KeyStore.load(path)
    for attempt in (
        lambda: loaded.unlock_with_passphrase(PASSPHRASE),
        lambda: loaded.unlock_with_recovery_key(recovery_key),
    ):
        with pytest.raises(KeystoreError) as info:
            attempt()
        assert "keystore.json) is damaged" in str(info.value)
        assert "Please use your" not in str(info.value)


@pytest.mark.parametrize("name", sorted(SLOT_TAMPERING))
def test_a_damaged_slot_is_reported_as_damage_and_the_other_slot_still_opens(
    store: KeyStore, path: Path, db_key: bytes, recovery_key: str, name: str
) -> None:
    store.set_passphrase(db_key, PASSPHRASE, CHEAP)
    store.save(path)
    slot, change = SLOT_TAMPERING[name]
    _edit(path, change)
    loaded = KeyStore.load(path)
    use_damaged = (
        (lambda: loaded.unlock_with_recovery_key(recovery_key))
        if slot == "recovery"
        else (lambda: loaded.unlock_with_passphrase(PASSPHRASE))
    )
    with pytest.raises(KeystoreError) as info:
        use_damaged()
    assert "damaged" in str(info.value)
    other = (
        loaded.unlock_with_passphrase(PASSPHRASE)
        if slot == "recovery"
        else loaded.unlock_with_recovery_key(recovery_key)
    )
    assert other == db_key


def test_a_keystore_with_no_usable_slot_is_refused_when_loaded(store: KeyStore, path: Path) -> None:
    store.save(path)
    _edit(path, _set("slots", "recovery", "nonce", value="AAAA"))
    with pytest.raises(KeystoreError):
        KeyStore.load(path)


@pytest.mark.parametrize(
    "content",
    [b"", b"{", b"[]", b"null", b"\xff\xfe", b'"companion-keystore"', b" " * (70 * 1024)],
    ids=["empty", "truncated", "list", "null", "binary", "string", "huge"],
)
def test_damaged_file_is_refused(path: Path, content: bytes) -> None:
    path.write_bytes(content)
    with pytest.raises(KeystoreError):
        KeyStore.load(path)


def test_flipped_ciphertext_does_not_unlock(store: KeyStore, path: Path, recovery_key: str) -> None:
    store.save(path)

    def flip(data: dict[str, Any]) -> None:
        raw = bytearray(base64.b64decode(data["slots"]["recovery"]["ciphertext"]))
        raw[0] ^= 1
        data["slots"]["recovery"]["ciphertext"] = base64.b64encode(bytes(raw)).decode()

    _edit(path, flip)
    with pytest.raises(KeystoreError, match="damaged"):
        KeyStore.load(path).unlock_with_recovery_key(recovery_key)


def test_a_tampered_seal_with_a_fixed_digest_is_damage_not_a_wrong_secret(
    store: KeyStore, path: Path, db_key: bytes, recovery_key: str
) -> None:
    """Even when whoever changed the ciphertext recomputed the slot's digest, the keyed check
    shows that the passphrase was right: the slot is damaged."""
    from companion.security.keystore import _slot_digest

    store.set_passphrase(db_key, PASSPHRASE, CHEAP)
    store.save(path)

    def flip(data: dict[str, Any]) -> None:
        slot = data["slots"]["passphrase"]
        raw = bytearray(base64.b64decode(slot["ciphertext"]))
        raw[3] ^= 0x40
        slot["ciphertext"] = base64.b64encode(bytes(raw)).decode()
        slot["digest"] = _slot_digest("passphrase", slot)

    _edit(path, flip)
    loaded = KeyStore.load(path)
    with pytest.raises(KeystoreError, match="damaged"):
        loaded.unlock_with_passphrase(PASSPHRASE)
    with pytest.raises(WrongSecret):
        loaded.unlock_with_passphrase("not the passphrase at all")


def test_a_keystore_from_before_slot_checks_still_opens_and_gains_them(
    store: KeyStore, path: Path, db_key: bytes, recovery_key: str
) -> None:
    store.set_passphrase(db_key, PASSPHRASE, CHEAP)
    store.save(path)

    def legacy(data: dict[str, Any]) -> None:
        for slot in data["slots"].values():
            slot.pop("check", None)
            slot.pop("digest", None)

    _edit(path, legacy)
    old = KeyStore.load(path)
    with pytest.raises(WrongSecret):
        old.unlock_with_passphrase("a mistyped passphrase")
    assert not old.needs_saving
    assert old.unlock_with_passphrase(PASSPHRASE) == db_key
    assert old.needs_saving
    old.save(path)
    assert "check" in json.loads(path.read_text())["slots"]["passphrase"]


def test_slots_cannot_be_swapped_between_profiles(tmp_path: Path, recovery_key: str) -> None:
    key_a, key_b = new_database_key(), new_database_key()
    store_a = KeyStore.create(key_a, recovery_key)
    store_a.set_passphrase(key_a, PASSPHRASE, CHEAP)
    store_b = KeyStore.create(key_b, generate_recovery_key())
    path_a, path_b = tmp_path / "a.json", tmp_path / "b.json"
    store_a.save(path_a)
    store_b.save(path_b)
    slots_a = json.loads(path_a.read_text())["slots"]

    def transplant(data: dict[str, Any]) -> None:
        data["slots"]["recovery"] = slots_a["recovery"]
        data["slots"]["passphrase"] = slots_a["passphrase"]

    _edit(path_b, transplant)
    swapped = KeyStore.load(path_b)
    # The secrets are right for the slots, but the slots do not belong to this profile: they
    # never unlock it, and the keystore is reported as damaged.
    with pytest.raises(KeystoreError):
        swapped.unlock_with_recovery_key(recovery_key)
    with pytest.raises(KeystoreError):
        swapped.unlock_with_passphrase(PASSPHRASE)


def test_a_slot_holding_another_key_is_reported_as_damage(
    store: KeyStore, path: Path, recovery_key: str
) -> None:
    """Same profile id, a validly sealed slot, but for a different database key."""
    impostor = KeyStore.create(new_database_key(), recovery_key, profile_id=store.profile_id)
    impostor_path = path.with_name("impostor.json")
    impostor.save(impostor_path)
    store.save(path)
    recovery_slot = json.loads(impostor_path.read_text())["slots"]["recovery"]
    _edit(path, lambda data: data["slots"].update(recovery=recovery_slot))
    with pytest.raises(KeystoreError, match="damaged"):
        KeyStore.load(path).unlock_with_recovery_key(recovery_key)


def test_repr_shows_no_secret(store: KeyStore, db_key: bytes) -> None:
    text = repr(store)
    assert db_key.hex() not in text
    assert "recovery" in text


def test_a_version_1_passphrase_slot_opens_and_is_wrapped_again_with_a_hashed_input(
    db_key: bytes, recovery_key: str, path: Path
) -> None:
    """Version 1 gave Argon2id the passphrase itself; such a slot still opens, and is then
    wrapped again so that Argon2id only ever sees a hash of the passphrase."""
    from companion.security import keystore as module
    from companion.security.crypto import derive_passphrase_key, new_salt, seal

    old = KeyStore.create(db_key, recovery_key)
    salt = new_salt()
    wrapping = derive_passphrase_key(PASSPHRASE, salt, CHEAP, hashed_input=False)
    nonce, ciphertext = seal(db_key, wrapping, module._aad(old.profile_id, "passphrase"))
    old._passphrase = module._Wrapped(salt=salt, nonce=nonce, ciphertext=ciphertext)
    old._passphrase_params = CHEAP
    data = old.to_dict()
    data["version"] = 1
    path.write_text(json.dumps(data))

    loaded = KeyStore.load(path)
    assert loaded.unlock_with_passphrase(PASSPHRASE) == db_key
    assert loaded.needs_saving
    loaded.save(path)
    saved = json.loads(path.read_text())
    assert saved["version"] == 2 and saved["slots"]["passphrase"]["input"] == "hmac-sha256"
    assert KeyStore.load(path).unlock_with_passphrase(PASSPHRASE) == db_key
