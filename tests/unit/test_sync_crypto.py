"""Sealed sync files and the sync folder's unlock record (companion.security.sync_crypto)."""

from __future__ import annotations

import json
import os
import random
import secrets
import tracemalloc
import zlib
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.domain.errors import CompanionError
from companion.security import sync_crypto
from companion.security.crypto import KdfParams, new_database_key
from companion.security.errors import (
    InvalidRecoveryKey,
    KeystoreError,
    SecurityError,
    SyncFileRejected,
    WrongSecret,
)
from companion.security.keystore import KeyStore, UnlockMethod
from companion.security.recovery import generate_recovery_key
from companion.security.sync_crypto import (
    MAGIC,
    MAX_PAYLOAD_BYTES,
    MAX_SYNC_FILE_BYTES,
    SYNC_KEY_LENGTH,
    SyncPayloadTooLarge,
    bucket_size,
    derive_sync_key,
    folder_unlock_record,
    keystore_from_folder_record,
    open_sync_file,
    read_sync_file,
    seal_sync_file,
    unlock_folder_record,
)

PROFILE = "0123456789abcdef0123456789abcdef"
OTHER_PROFILE = "fedcba9876543210fedcba9876543210"
DEVICE = "a" * 32
OTHER_DEVICE = "b" * 32
KEY = bytes(range(32))
PLACE: dict[str, Any] = {"profile_id": PROFILE, "device_id": DEVICE, "kind": "change", "seq": 7}
CANARY = b"CANARY my counsellor said the word pineapple CANARY"
CHEAP = KdfParams(memory_cost_kib=8, iterations=1, lanes=1)
OVERHEAD = len(MAGIC) + 12 + 16


def _seal(payload: bytes, **place: Any) -> bytes:
    return seal_sync_file(KEY, payload=payload, **{**PLACE, **place})


def _open(data: bytes, key: bytes = KEY, **place: Any) -> bytes:
    return open_sync_file(key, data=data, **{**PLACE, **place})


def _forge(plaintext: bytes, **place: Any) -> bytes:
    """A file sealed properly around any plaintext (padded with zeros to a bucket), so that
    only the checks after authentication can refuse it."""
    where = {**PLACE, **place}
    size = bucket_size(OVERHEAD + len(plaintext))
    plaintext = plaintext + bytes(size - OVERHEAD - len(plaintext))
    aad = sync_crypto._aad(where["profile_id"], where["device_id"], where["kind"], where["seq"])
    nonce = secrets.token_bytes(12)
    return MAGIC + nonce + AESGCM(KEY).encrypt(nonce, plaintext, aad)


def _framed(compressed: bytes) -> bytes:
    return len(compressed).to_bytes(4, "big") + compressed


def _rejected(data: bytes, detail: str | None = None, **place: Any) -> SyncFileRejected:
    with pytest.raises(SyncFileRejected) as caught:
        _open(data, **place)
    if detail is not None:
        assert detail in caught.value.detail
    return caught.value


# -- the key ---------------------------------------------------------------------------------


def test_the_sync_key_is_derived_and_never_the_database_key() -> None:
    db_key = new_database_key()
    sync_key = derive_sync_key(db_key, PROFILE)
    assert len(sync_key) == SYNC_KEY_LENGTH
    assert sync_key != db_key
    assert derive_sync_key(bytearray(db_key), PROFILE) == sync_key  # deterministic
    assert derive_sync_key(db_key, OTHER_PROFILE) != sync_key
    assert derive_sync_key(new_database_key(), PROFILE) != sync_key


@pytest.mark.parametrize(
    ("db_key", "profile_id"),
    [(bytes(31), PROFILE), (bytes(33), PROFILE), (KEY, "ABCDEF" * 5 + "00"), (KEY, "12")],
)
def test_the_sync_key_needs_a_real_key_and_profile_id(db_key: bytes, profile_id: str) -> None:
    with pytest.raises(ValueError):
        derive_sync_key(db_key, profile_id)


# -- sealing and opening ---------------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, 100, 1000, 4000, 70_000, 1_500_000])
@pytest.mark.parametrize("kind", ["change", "snapshot", "device"])
def test_round_trip(size: int, kind: str) -> None:
    payload = random.Random(size).randbytes(size)
    sealed = _seal(payload, kind=kind, seq=size)
    assert sealed.startswith(MAGIC)
    assert _open(sealed, kind=kind, seq=size) == payload


def test_a_bytearray_key_works_and_each_seal_is_new() -> None:
    first = seal_sync_file(bytearray(KEY), payload=b"same", **PLACE)
    second = _seal(b"same")
    assert first != second  # a fresh nonce every time
    assert _open(first) == _open(second) == b"same"


@pytest.mark.parametrize(
    "moved",
    [
        {"device_id": OTHER_DEVICE},
        {"seq": 8},
        {"seq": 0},
        {"kind": "snapshot"},
        {"profile_id": OTHER_PROFILE},
    ],
    ids=["device", "seq", "seq-0", "kind", "profile"],
)
def test_a_file_opens_only_where_it_was_sealed(moved: dict[str, Any]) -> None:
    sealed = _seal(CANARY)
    _rejected(sealed, "authentication failed", **moved)


def test_another_key_does_not_open_a_file() -> None:
    sealed = _seal(CANARY)
    with pytest.raises(SyncFileRejected) as caught:
        _open(sealed, key=bytes(32))
    assert caught.value.detail == "authentication failed"
    with pytest.raises(SyncFileRejected):
        _open(sealed, key=derive_sync_key(KEY, PROFILE))


def test_a_flipped_bit_anywhere_is_refused() -> None:
    sealed = _seal(CANARY)
    assert len(sealed) == 1024
    for index in range(len(sealed)):
        for bit in (0x01, 0x80):
            damaged = bytearray(sealed)
            damaged[index] ^= bit
            _rejected(bytes(damaged))


@pytest.mark.parametrize("keep", [0, 1, 5, 6, 17, 18, 33, 34, 37, 38, 512, 1023])
def test_a_truncated_file_is_refused(keep: int) -> None:
    _rejected(_seal(CANARY)[:keep])


def test_bytes_added_to_a_file_are_refused() -> None:
    sealed = _seal(CANARY)
    _rejected(sealed + b"\x00")
    _rejected(sealed + bytes(1024), "authentication failed")  # even on the next bucket


def test_a_file_that_is_not_a_sync_file_is_refused() -> None:
    _rejected(b"PK\x03\x04" + bytes(1020), "magic")
    _rejected(b"CSYNC\x02" + _seal(CANARY)[6:], "magic")  # a future format version


@pytest.mark.parametrize(
    ("size", "bucket"),
    [
        (0, 1024),
        (1024, 1024),
        (1025, 2048),
        (4096, 4096),
        (4097, 8192),
        (2**19 + 1, 2**20),
        (2**20, 2**20),
        (2**20 + 1, 2 * 2**20),
        (5 * 2**20, 5 * 2**20),
        (5 * 2**20 + 1, 6 * 2**20),
    ],
)
def test_bucket_sizes(size: int, bucket: int) -> None:
    assert bucket_size(size) == bucket


def _is_bucket(size: int) -> bool:
    if size < 1024:
        return False
    if size <= 2**20:
        return size & (size - 1) == 0
    return size % 2**20 == 0


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    size=st.one_of(
        st.integers(0, 5000), st.integers(5000, 300_000), st.integers(1_000_000, 2_200_000)
    ),
    seed=st.integers(0, 2**32),
    compressible=st.booleans(),
)
def test_the_file_size_is_always_the_smallest_bucket(
    size: int, seed: int, compressible: bool
) -> None:
    rng = random.Random(seed)
    payload = bytes(size) if compressible else rng.randbytes(size)
    sealed = _seal(payload)
    assert _is_bucket(len(sealed))
    needed = OVERHEAD + 4 + len(zlib.compress(payload, 6))
    assert len(sealed) == bucket_size(needed)
    assert _open(sealed) == payload


def test_the_content_never_shows_in_the_sealed_file() -> None:
    payload = CANARY * 50 + b"\n" + CANARY
    sealed = _seal(payload)
    assert CANARY not in sealed
    assert b"pineapple" not in sealed
    assert zlib.compress(payload, 6)[2:40] not in sealed
    assert payload not in sealed


def test_a_rejection_never_carries_the_content() -> None:
    errors = [
        _rejected(_seal(CANARY), seq=99),
        _rejected(_forge(_framed(zlib.compress(CANARY))[:-3])),
        _rejected(_forge(_framed(zlib.compress(CANARY)) + CANARY)),
    ]
    for error in errors:
        assert isinstance(error, SecurityError)
        assert isinstance(error, CompanionError)
        for text in (str(error), error.detail, repr(error.args)):
            assert "CANARY" not in text and "pineapple" not in text
        assert str(error) == (
            "A file in the sync folder could not be opened: it is damaged, was changed, or does "
            "not belong to this journal."
        )


# -- what only authentication cannot catch ---------------------------------------------------


def test_a_forged_file_opens_like_a_sealed_one() -> None:
    assert _open(_forge(_framed(zlib.compress(CANARY)))) == CANARY


def test_a_length_beyond_the_file_is_refused() -> None:
    _rejected(_forge((10_000).to_bytes(4, "big") + zlib.compress(CANARY)), "length field")
    _rejected(_forge(b"\xff\xff\xff\xff"), "length field")


def test_padding_that_is_not_zeros_is_refused() -> None:
    _rejected(_forge(_framed(zlib.compress(CANARY)) + b"\x01"), "padding")


def test_broken_compressed_data_is_refused() -> None:
    compressed = zlib.compress(CANARY)
    _rejected(_forge(_framed(b"not zlib data at all")), "compressed data is invalid")
    _rejected(_forge(_framed(compressed[:-6])), "cut short")
    _rejected(_forge(_framed(compressed + b"extra")), "follows")
    _rejected(_forge(_framed(b"")), "cut short")


def _bomb(decompressed_mib: int) -> bytes:
    """A zlib stream of ``decompressed_mib`` MiB of zeros, made without holding them."""
    packer = zlib.compressobj(9)
    chunk = bytes(2**20)
    parts = [packer.compress(chunk) for _ in range(decompressed_mib)]
    parts.append(packer.flush())
    return b"".join(parts)


def test_a_zip_bomb_is_refused_without_inflating_it() -> None:
    bomb = _bomb(64)
    sealed = _forge(_framed(bomb))
    assert len(sealed) <= 128 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(SyncFileRejected) as caught:
            _open_limited(sealed, 2**20)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "larger than the payload limit" in caught.value.detail
    assert peak < 8 * 2**20  # not the 64 MiB the bomb would become


def _open_limited(data: bytes, limit: int) -> bytes:
    return open_sync_file(KEY, data=data, max_payload_bytes=limit, **PLACE)


def test_a_payload_exactly_at_the_limit_opens() -> None:
    payload = bytes(5000)
    assert _open_limited(_seal(payload), 5000) == payload
    with pytest.raises(SyncFileRejected):
        _open_limited(_seal(payload), 4999)


def test_the_limits() -> None:
    assert MAX_SYNC_FILE_BYTES == 256 * 2**20
    assert MAX_PAYLOAD_BYTES == 512 * 2**20


def test_too_large_a_payload_is_not_sealed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync_crypto, "MAX_PAYLOAD_BYTES", 1000)
    with pytest.raises(SyncPayloadTooLarge):
        _seal(bytes(1001))
    monkeypatch.undo()
    monkeypatch.setattr(sync_crypto, "MAX_SYNC_FILE_BYTES", 4096)
    with pytest.raises(SyncPayloadTooLarge) as caught:
        _seal(random.Random(1).randbytes(5000))
    assert isinstance(caught.value, SecurityError) and "compressed" in caught.value.detail


def test_an_oversize_file_is_refused_before_anything_else(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    big = _seal(random.Random(3).randbytes(3000))
    assert len(big) == 4096
    monkeypatch.setattr(sync_crypto, "MAX_SYNC_FILE_BYTES", 2048)
    error = _rejected(big, "larger than the sync file limit")
    assert "far larger" in str(error)


@pytest.mark.parametrize(
    "place",
    [
        {"profile_id": "x" * 32},
        {"device_id": "A" * 32},
        {"device_id": "a" * 31},
        {"kind": "Change"},
        {"kind": "chänge"},
        {"kind": "a\nb"},
        {"kind": ""},
        {"seq": -1},
        {"seq": True},
        {"seq": 1.0},
    ],
)
def test_the_place_of_a_file_is_checked(place: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        _seal(b"x", **place)
    with pytest.raises(ValueError):
        _open(_seal(b"x"), **place)


# -- reading from disk -----------------------------------------------------------------------


def test_read_sync_file_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "c-0000000007.csync"
    path.write_bytes(_seal(CANARY))
    assert read_sync_file(path, KEY, **PLACE) == CANARY
    with pytest.raises(SyncFileRejected):
        read_sync_file(path, KEY, **{**PLACE, "seq": 6})


def test_read_sync_file_refuses_an_oversize_file_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.csync"
    with open(path, "wb") as handle:
        handle.truncate(MAX_SYNC_FILE_BYTES + 1)  # sparse: nothing is written to the disk

    def no_reading(*_args: object) -> bytes:
        raise AssertionError("the file was read")

    monkeypatch.setattr(sync_crypto, "_read_at_most", no_reading)
    with pytest.raises(SyncFileRejected) as caught:
        read_sync_file(path, KEY, **PLACE)
    assert "larger than the sync file limit" in caught.value.detail


def test_read_sync_file_reads_no_more_than_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "c.csync"
    path.write_bytes(bytes(5000))
    asked: list[int] = []
    real = sync_crypto._read_at_most

    def counting(fd: int, limit: int) -> bytes:
        asked.append(limit)
        return real(fd, limit)

    monkeypatch.setattr(sync_crypto, "_read_at_most", counting)
    with pytest.raises(SyncFileRejected):
        read_sync_file(path, KEY, **PLACE)
    assert asked == [MAX_SYNC_FILE_BYTES + 1]


def test_read_sync_file_does_not_follow_symbolic_links(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.csync"
    target.write_bytes(_seal(CANARY))
    link = tmp_path / "c-0000000007.csync"
    try:
        link.symlink_to(target)
    except OSError:
        pytest.skip("symbolic links cannot be made here")
    with pytest.raises(SyncFileRejected) as caught:
        read_sync_file(link, KEY, **PLACE)
    assert "symbolic link" in caught.value.detail


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_read_sync_file_does_not_wait_on_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "c-0000000007.csync"
    os.mkfifo(fifo)
    with pytest.raises(SyncFileRejected) as caught:
        read_sync_file(fifo, KEY, **PLACE)
    assert "regular" in caught.value.detail


def test_read_sync_file_refuses_a_folder(tmp_path: Path) -> None:
    with pytest.raises((SyncFileRejected, IsADirectoryError)):
        read_sync_file(tmp_path, KEY, **PLACE)


def test_a_file_that_is_gone_reaches_the_caller_as_such(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_sync_file(tmp_path / "c-0000000007.csync", KEY, **PLACE)


# -- the folder's unlock record --------------------------------------------------------------


@pytest.fixture
def journal() -> tuple[KeyStore, bytes, str]:
    """A keystore with every slot, its database key and its recovery key."""
    db_key = new_database_key()
    recovery_key = generate_recovery_key()
    keystore = KeyStore.create(db_key, recovery_key, profile_id=PROFILE)
    keystore.set_passphrase(db_key, "correct horse battery staple", CHEAP)
    keystore.enable_keychain()
    return keystore, db_key, recovery_key


def test_the_record_holds_only_the_recovery_slot(journal: tuple[KeyStore, bytes, str]) -> None:
    keystore, _, _ = journal
    assert set(keystore.to_dict()["slots"]) == {"keychain", "passphrase", "recovery"}
    record = folder_unlock_record(keystore)
    assert record["format"] == "companion-sync-unlock"
    assert record["version"] == 1
    assert record["profile_id"] == PROFILE
    assert record["key_check"] == keystore.to_dict()["key_check"]
    assert record["slots"] == {"recovery": keystore.to_dict()["slots"]["recovery"]}
    text = json.dumps(record)
    for word in ("passphrase", "keychain", "argon2", "account", "profile-"):
        assert word not in text.lower()


def test_the_recovery_key_unlocks_the_record(journal: tuple[KeyStore, bytes, str]) -> None:
    keystore, db_key, recovery_key = journal
    record = json.loads(json.dumps(folder_unlock_record(keystore)))
    profile_id, key = unlock_folder_record(record, recovery_key.lower().replace("-", " "))
    assert (profile_id, key) == (PROFILE, db_key)
    assert derive_sync_key(key, profile_id) == derive_sync_key(db_key, PROFILE)


def test_a_wrong_or_mistyped_recovery_key_is_told_apart(
    journal: tuple[KeyStore, bytes, str],
) -> None:
    record = folder_unlock_record(journal[0])
    with pytest.raises(WrongSecret) as wrong:
        unlock_folder_record(record, generate_recovery_key())
    assert "recovery key did not unlock" in str(wrong.value)
    with pytest.raises(InvalidRecoveryKey):
        unlock_folder_record(record, "1234")
    with pytest.raises(InvalidRecoveryKey):  # the passphrase is no way in through the folder
        unlock_folder_record(record, "correct horse battery staple")


def test_a_joining_computer_builds_its_own_keystore(
    journal: tuple[KeyStore, bytes, str], tmp_path: Path
) -> None:
    keystore, db_key, recovery_key = journal
    joined = keystore_from_folder_record(folder_unlock_record(keystore))
    assert joined.profile_id == PROFILE
    assert joined.unlock_methods() == (UnlockMethod.RECOVERY_KEY,)
    key = joined.unlock_with_recovery_key(recovery_key)
    assert key == db_key
    joined.set_passphrase(key, "this computer's own passphrase", CHEAP)
    joined.save(tmp_path / "keystore.json")
    again = KeyStore.load(tmp_path / "keystore.json")
    assert again.unlock_with_passphrase("this computer's own passphrase") == db_key
    assert again.unlock_with_recovery_key(recovery_key) == db_key


def _record(journal: tuple[KeyStore, bytes, str]) -> dict[str, Any]:
    return json.loads(json.dumps(folder_unlock_record(journal[0])))


@pytest.mark.parametrize(
    "spoil",
    [
        lambda r: r.update(format="companion-keystore"),
        lambda r: r.pop("format"),
        lambda r: r.update(version="1"),
        lambda r: r.update(version=True),
        lambda r: r.update(version=0),
        lambda r: r.update(extra=1),
        lambda r: r.pop("key_check"),
        lambda r: r.update(key_check="00"),
        lambda r: r.update(profile_id="A" * 32),
        lambda r: r.update(profile_id=OTHER_PROFILE),
        lambda r: r.update(slots=[]),
        lambda r: r.update(slots={}),
        lambda r: r["slots"].update(passphrase={"kdf": "argon2id"}),
        lambda r: r["slots"].update(keychain={"account": "x"}),
        lambda r: r["slots"].update(recovery="x"),
        lambda r: r["slots"]["recovery"].update(kdf="argon2id"),
        lambda r: r["slots"]["recovery"].update(salt="AAAA"),
        lambda r: r["slots"]["recovery"].update(ciphertext="!!"),
        lambda r: r["slots"]["recovery"].pop("nonce"),
    ],
)
def test_a_damaged_record_is_refused_in_plain_words(
    journal: tuple[KeyStore, bytes, str], spoil: Any
) -> None:
    record = _record(journal)
    spoil(record)
    with pytest.raises(KeystoreError) as caught:
        unlock_folder_record(record, journal[2])
    message = str(caught.value)
    assert "keystore.json" not in message
    assert "sync folder" in message
    assert caught.value.detail


@pytest.mark.parametrize("data", [None, [], "text", 3, {"format": "companion-sync-unlock"}])
def test_what_is_not_a_record_is_refused(data: object) -> None:
    with pytest.raises(KeystoreError):
        keystore_from_folder_record(data)


def test_a_record_from_a_newer_version_asks_for_an_update(
    journal: tuple[KeyStore, bytes, str],
) -> None:
    record = _record(journal)
    record["version"] = 2
    with pytest.raises(KeystoreError) as caught:
        unlock_folder_record(record, journal[2])
    assert "newer version of Companion" in str(caught.value)


def test_a_keystore_whose_recovery_slot_is_damaged_gives_no_record(
    journal: tuple[KeyStore, bytes, str],
) -> None:
    data = journal[0].to_dict()
    data["slots"]["recovery"]["salt"] = "AAAA"  # the passphrase slot still opens it
    keystore = KeyStore.from_dict(data)
    with pytest.raises(KeystoreError):
        folder_unlock_record(keystore)


# -- files of attachments ----------------------------------------------------------------------

DIGEST = "ab" * 32
FILE_NAME = "0123456789abcdef" * 2


def test_a_files_name_is_an_hmac_of_its_digest_under_a_key_of_its_own() -> None:
    names = sync_crypto.derive_file_name_key(KEY)
    assert names != KEY and len(names) == SYNC_KEY_LENGTH
    name = sync_crypto.file_name_for(names, DIGEST)
    assert len(name) == 32 and int(name, 16) >= 0 and name == name.lower()
    assert sync_crypto.file_name_for(bytearray(names), DIGEST) == name  # the same everywhere
    assert name not in DIGEST  # nothing of the SHA-256 shows
    assert sync_crypto.file_name_for(names, "cd" * 32) != name
    other = sync_crypto.derive_file_name_key(derive_sync_key(new_database_key(), PROFILE))
    assert sync_crypto.file_name_for(other, DIGEST) != name  # another journal, another name


@pytest.mark.parametrize("digest", ["AB" * 32, "ab" * 31, "ab" * 33, "zz" * 32, 7])
def test_a_files_name_needs_a_real_digest(digest: Any) -> None:
    with pytest.raises(ValueError):
        sync_crypto.file_name_for(KEY, digest)


def test_a_file_of_an_attachment_opens_only_as_itself() -> None:
    photo = random.Random(1).randbytes(50_000)
    place = {"kind": "file", "seq": FILE_NAME}
    sealed = _seal(photo, **place, compression_level=0)
    assert len(sealed) == bucket_size(len(sealed)) == 64 * 1024
    assert _open(sealed, **place) == photo
    for moved in (
        {"seq": "f" * 32},  # under another name
        {"device_id": OTHER_DEVICE},  # in another computer's folder
        {"kind": "change", "seq": 1},  # taken for a change file
        {"profile_id": OTHER_PROFILE},
    ):
        _rejected(sealed, "authentication failed", **{**place, **moved})
    with pytest.raises(SyncFileRejected):  # larger than the caller takes
        _open(sealed, **place, max_file_bytes=32 * 1024)
    with pytest.raises(SyncFileRejected):  # more once unpacked than the caller takes
        _open(sealed, **place, max_payload_bytes=40_000)


@pytest.mark.parametrize("name", ["F" * 32, "f" * 31, "g" * 32, "../" + "f" * 29])
def test_a_files_name_in_the_associated_data_is_checked(name: str) -> None:
    with pytest.raises(ValueError):
        _seal(b"x", kind="file", seq=name)


def test_read_sync_file_refuses_a_file_larger_than_asked_without_reading_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / f"{FILE_NAME}.csync"
    path.write_bytes(_seal(b"photo", kind="file", seq=FILE_NAME))
    with path.open("r+b") as handle:
        handle.truncate(4 * 1024 * 1024)
    with pytest.raises(SyncFileRejected) as caught:
        read_sync_file(
            path, KEY, **{**PLACE, "kind": "file", "seq": FILE_NAME}, max_file_bytes=1024 * 1024
        )
    assert caught.value.detail == "file is larger than the sync file limit"
