"""Sealing and opening the files Companion keeps in a sync folder, and the unlock record the
folder carries for a computer that joins the journal.

A sync folder is a plain folder that some other program (Syncthing, Dropbox, a USB stick...)
keeps the same on several computers; Companion only reads and writes files there. Everything
it writes is sealed here first:

- :func:`derive_sync_key` gives the key for the folder's files. It comes from the journal's
  database key through HKDF, so it is never the database key itself, yet every computer that
  can open the journal can compute it.
- :func:`seal_sync_file` compresses a payload, pads it so that the file's size is one of a few
  fixed sizes ("buckets": 1 KiB, 2 KiB, 4 KiB ... 1 MiB, then whole MiB), and encrypts it
  with AES-256-GCM. The associated data binds the file to its journal, its device, its kind
  and its sequence number, so a file that is moved, renamed or swapped does not open.
- :func:`open_sync_file` and :func:`read_sync_file` undo that and refuse anything that is not
  exactly a file this journal wrote, with :class:`SyncFileRejected`; the size limits are
  checked before any large amount of memory is used (no zip bomb gets through).
- The bytes of a file kept with an entry travel sealed the same way, as a file of its own
  named by :func:`file_name_for`: an HMAC of the bytes' SHA-256 under a key of its own
  (:func:`derive_file_name_key`), so that the name says nothing about the content, not even
  to someone who knows the photo and could work out its SHA-256.
- :func:`folder_unlock_record` copies only the recovery-key slot of the keystore for the
  folder; :func:`unlock_folder_record` and :func:`keystore_from_folder_record` read it back
  on a computer that joins. The passphrase slot never goes into the folder: a weak passphrase
  would then be open to guessing by anyone who holds a copy of the folder.

The layout of the file (docs/sync-folder.md)::

    MAGIC (6 bytes) | nonce (12 bytes) | AES-256-GCM( length (4, big-endian) | zlib data |
                                                      zero padding ) including its 16-byte tag
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import os
import re
import secrets
import stat
import zlib
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from companion.domain.wording import mark, tr
from companion.security import keystore as keystore_module
from companion.security.errors import KeystoreError, SecurityError, SyncFileRejected
from companion.security.keystore import KeyStore
from companion.wipe import wipe

__all__ = [
    "KIND_CHANGE",
    "KIND_DEVICE",
    "KIND_FILE",
    "KIND_SNAPSHOT",
    "MAGIC",
    "MAX_PAYLOAD_BYTES",
    "MAX_SYNC_FILE_BYTES",
    "MIN_SYNC_FILE_BYTES",
    "SYNC_KEY_LENGTH",
    "UNLOCK_FORMAT",
    "UNLOCK_VERSION",
    "SyncFileRejected",
    "SyncPayloadTooLarge",
    "bucket_size",
    "derive_file_name_key",
    "derive_sync_key",
    "file_name_for",
    "folder_unlock_record",
    "keystore_from_folder_record",
    "open_sync_file",
    "read_sync_file",
    "seal_sync_file",
    "unlock_folder_record",
]

#: Length in bytes of the key that seals the sync folder's files.
SYNC_KEY_LENGTH = 32
#: The first bytes of every sealed sync file: "CSYNC" and the format's version.
MAGIC = b"CSYNC\x01"
#: The smallest size of a sealed file; sizes go up in powers of two to :data:`_MIB`, then in
#: whole MiB.
MIN_SYNC_FILE_BYTES = 1024
#: A sync file larger than this is refused before it is read.
MAX_SYNC_FILE_BYTES = 256 * 1024 * 1024
#: A payload larger than this is neither sealed nor let out of decompression.
MAX_PAYLOAD_BYTES = 512 * 1024 * 1024

#: The kinds of file the sync engine writes (any short lower-case word is accepted).
KIND_CHANGE = "change"
KIND_SNAPSHOT = "snapshot"
KIND_DEVICE = "device"
#: The bytes of a file kept with an entry; its "number" is its name (:func:`file_name_for`).
KIND_FILE = "file"

#: The folder's unlock record (see :func:`folder_unlock_record`).
UNLOCK_FORMAT = "companion-sync-unlock"
UNLOCK_VERSION = 1

_MIB = 1024 * 1024
_NONCE_LENGTH = 12
_TAG_LENGTH = 16
_LENGTH_FIELD = 4
_HEADER_LENGTH = len(MAGIC) + _NONCE_LENGTH
#: Bytes of a sealed file that are not plaintext.
_OVERHEAD = _HEADER_LENGTH + _TAG_LENGTH
_COMPRESSION_LEVEL = 6
_SYNC_KEY_INFO = b"companion sync key v1"
_FILE_NAME_INFO = b"companion sync file names v1"
_HEX_ID = re.compile(r"[0-9a-f]{32}")
_DIGEST = re.compile(r"[0-9a-f]{64}")
_KIND = re.compile(r"[a-z][a-z0-9_-]{0,31}")
_UNLOCK_FIELDS = frozenset({"format", "version", "profile_id", "key_check", "slots"})

_REJECTED = mark(
    "security.sync",
    "A file in the sync folder could not be opened: it is damaged, was changed, or does not "
    "belong to this journal.",
)
_FILE_TOO_LARGE = mark(
    "security.sync",
    "A file in the sync folder is far larger than any file Companion writes there, so it was "
    "not opened.",
)
_PAYLOAD_TOO_LARGE = mark(
    "security.sync",
    "Companion could not write this to the sync folder: it is more than one sync file may hold.",
)
_RECORD_DAMAGED = mark(
    "security.sync",
    "The unlock information in the sync folder is damaged, so this computer cannot open the "
    "journal from it.",
)
_RECORD_NEWER = mark(
    "security.sync",
    "The sync folder was set up by a newer version of Companion. Please update Companion on "
    "this computer.",
)


class SyncPayloadTooLarge(SecurityError, ValueError):
    """A payload is too large to be sealed into one sync file (more than
    :data:`MAX_PAYLOAD_BYTES`, or still more than :data:`MAX_SYNC_FILE_BYTES` compressed)."""

    def __init__(self, *, detail: str) -> None:
        super().__init__(tr("security.sync", _PAYLOAD_TOO_LARGE))
        self.detail = detail


def _rejected(detail: str) -> SyncFileRejected:
    return SyncFileRejected(tr("security.sync", _REJECTED), detail=detail)


def _too_large(detail: str) -> SyncFileRejected:
    return SyncFileRejected(tr("security.sync", _FILE_TOO_LARGE), detail=detail)


# -- the key ---------------------------------------------------------------------------------


def _check_profile_id(profile_id: object) -> str:
    if not isinstance(profile_id, str) or not _HEX_ID.fullmatch(profile_id):
        raise ValueError("a profile id is 32 lower-case hex digits")
    return profile_id


def derive_sync_key(db_key: bytes | bytearray, profile_id: str) -> bytes:
    """The key that seals this journal's sync files: HKDF-SHA256 of the database key, salted
    with the profile id. The same on every computer that has the database key."""
    if len(db_key) != SYNC_KEY_LENGTH:
        raise ValueError("the database key must be 32 bytes")
    salt = bytes.fromhex(_check_profile_id(profile_id))
    hkdf = HKDF(algorithm=hashes.SHA256(), length=SYNC_KEY_LENGTH, salt=salt, info=_SYNC_KEY_INFO)
    return hkdf.derive(db_key)


def derive_file_name_key(sync_key: bytes | bytearray) -> bytes:
    """The key that names the files of attachments in the folder (HKDF-SHA256 of the sync
    key with a label of its own: never the key that seals them)."""
    if len(sync_key) != SYNC_KEY_LENGTH:
        raise ValueError("a sync key must be 32 bytes")
    hkdf = HKDF(algorithm=hashes.SHA256(), length=SYNC_KEY_LENGTH, salt=None, info=_FILE_NAME_INFO)
    return hkdf.derive(bytes(sync_key))


def file_name_for(name_key: bytes | bytearray, digest: str) -> str:
    """The name (32 lower-case hex digits) of the sealed file holding the bytes whose SHA-256
    is ``digest`` (64 lower-case hex digits): HMAC-SHA256 of the digest, cut to 128 bits.
    The same on every computer of the journal, and nothing without the key."""
    if not isinstance(digest, str) or not _DIGEST.fullmatch(digest):
        raise ValueError("a digest is 64 lower-case hex digits")
    return hmac.new(bytes(name_key), bytes.fromhex(digest), hashlib.sha256).hexdigest()[:32]


# -- sealed files ----------------------------------------------------------------------------


def bucket_size(size: int) -> int:
    """The smallest allowed file size that holds ``size`` bytes: 1 KiB, 2 KiB, 4 KiB ...
    1 MiB (powers of two), then the next whole number of MiB."""
    if size <= MIN_SYNC_FILE_BYTES:
        return MIN_SYNC_FILE_BYTES
    if size <= _MIB:
        return 1 << (size - 1).bit_length()
    return -(-size // _MIB) * _MIB


def _aad(profile_id: str, device_id: str, kind: str, seq: int | str) -> bytes:
    """The associated data of a sync file: the format and everything that says where the
    file belongs (``seq``: its number, or the name of a file of an attachment). Checks each
    field, so the joined text cannot be ambiguous."""
    _check_profile_id(profile_id)
    if not isinstance(device_id, str) or not _HEX_ID.fullmatch(device_id):
        raise ValueError("a device id is 32 lower-case hex digits")
    if not isinstance(kind, str) or not _KIND.fullmatch(kind):
        raise ValueError("a kind is a short lower-case ASCII word")
    if isinstance(seq, str):
        if not _HEX_ID.fullmatch(seq):
            raise ValueError("a file's name is 32 lower-case hex digits")
    elif not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
        raise ValueError("a sequence number is a whole number of at least 0")
    return MAGIC + f"\n{profile_id}\n{device_id}\n{kind}\n{seq}".encode("ascii")


def _cipher(sync_key: bytes | bytearray) -> AESGCM:
    if len(sync_key) != SYNC_KEY_LENGTH:
        raise ValueError("a sync key must be 32 bytes")
    return AESGCM(sync_key)


def seal_sync_file(
    sync_key: bytes | bytearray,
    *,
    profile_id: str,
    device_id: str,
    kind: str,
    seq: int | str,
    payload: bytes,
    compression_level: int = _COMPRESSION_LEVEL,
) -> bytes:
    """The bytes of a sync file holding ``payload``, bound to the journal ``profile_id``,
    the device ``device_id``, the ``kind`` of file and its number ``seq`` (the name of a
    file of an attachment).

    The file's size is always a bucket (:func:`bucket_size`). ``compression_level`` 0 only
    frames the payload (for bytes that are compressed already, as photos are). Raises
    :class:`SyncPayloadTooLarge` when the payload cannot fit in one file.
    """
    aad = _aad(profile_id, device_id, kind, seq)
    cipher = _cipher(sync_key)
    if len(payload) > MAX_PAYLOAD_BYTES:
        raise SyncPayloadTooLarge(detail="payload is larger than the payload limit")
    compressed = zlib.compress(payload, compression_level)
    size = bucket_size(_OVERHEAD + _LENGTH_FIELD + len(compressed))
    if size > MAX_SYNC_FILE_BYTES:
        wipe(compressed)
        raise SyncPayloadTooLarge(detail="compressed payload is larger than a sync file")
    plaintext = bytearray(size - _OVERHEAD)  # zeros: the padding is already in place
    plaintext[:_LENGTH_FIELD] = len(compressed).to_bytes(_LENGTH_FIELD, "big")
    plaintext[_LENGTH_FIELD : _LENGTH_FIELD + len(compressed)] = compressed
    wipe(compressed)
    nonce = secrets.token_bytes(_NONCE_LENGTH)
    try:
        ciphertext = cipher.encrypt(nonce, plaintext, aad)
    finally:
        wipe(plaintext)
    return MAGIC + nonce + ciphertext


def open_sync_file(
    sync_key: bytes | bytearray,
    *,
    profile_id: str,
    device_id: str,
    kind: str,
    seq: int | str,
    data: bytes,
    max_payload_bytes: int = MAX_PAYLOAD_BYTES,
    max_file_bytes: int = MAX_SYNC_FILE_BYTES,
) -> bytes:
    """The payload sealed in ``data`` by :func:`seal_sync_file` with the same journal,
    device, kind and number.

    Raises :class:`SyncFileRejected` when ``data`` is too large, too short, not a sync file,
    not on a bucket size, does not authenticate (another key, place or journal, or any
    change), or holds a length, compressed data or padding that is not exactly as written,
    or a payload larger than ``max_payload_bytes`` once decompressed (found without
    decompressing more than that). ``max_file_bytes`` lowers the largest file taken.
    """
    aad = _aad(profile_id, device_id, kind, seq)
    cipher = _cipher(sync_key)
    if len(data) > min(max_file_bytes, MAX_SYNC_FILE_BYTES):
        raise _too_large("file is larger than the sync file limit")
    if len(data) < _OVERHEAD + _LENGTH_FIELD:
        raise _rejected("file is too short")
    if data[: len(MAGIC)] != MAGIC:
        raise _rejected("file does not start with the sync file magic")
    if len(data) != bucket_size(len(data)):
        raise _rejected("file size is not a bucket size")
    with memoryview(data) as view:
        try:
            plaintext = cipher.decrypt(
                bytes(view[len(MAGIC) : _HEADER_LENGTH]), view[_HEADER_LENGTH:], aad
            )
        except InvalidTag:
            raise _rejected("authentication failed") from None
    try:
        return _unpack(plaintext, max_payload_bytes)
    finally:
        wipe(plaintext)


def _unpack(plaintext: bytes, max_payload_bytes: int) -> bytes:
    """The payload from an authenticated plaintext: length field, zlib data, zero padding."""
    length = int.from_bytes(plaintext[:_LENGTH_FIELD], "big")
    end = _LENGTH_FIELD + length
    if end > len(plaintext):
        raise _rejected("length field is larger than the file")
    with memoryview(plaintext) as view:
        padding = view[end:]
        if padding.nbytes and bytes(padding).count(0) != padding.nbytes:
            raise _rejected("padding is not zeros")
        inflater = zlib.decompressobj()
        try:
            # at most one byte beyond the limit comes out, however much the data would give
            payload = inflater.decompress(view[_LENGTH_FIELD:end], max_payload_bytes + 1)
        except zlib.error:
            raise _rejected("compressed data is invalid") from None
    if len(payload) > max_payload_bytes:
        raise _too_large("decompressed payload is larger than the payload limit")
    if not inflater.eof:
        raise _rejected("compressed data is cut short")
    if inflater.unused_data:
        raise _rejected("data follows the compressed payload")
    return payload


def _read_at_most(fd: int, limit: int) -> bytes:
    """Up to ``limit`` bytes from ``fd`` (fewer only at the end of the file)."""
    chunks: list[bytes] = []
    left = limit
    while left > 0:
        chunk = os.read(fd, min(left, 4 * _MIB))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _read_sync_bytes(path: Path, limit: int = MAX_SYNC_FILE_BYTES) -> bytes:
    """The bytes of the regular file at ``path``, refused before reading when it is larger
    than ``limit`` (symbolic links are not followed; FIFOs and devices are not waited on)."""
    flags = (
        os.O_RDONLY
        | getattr(os, "O_NOFOLLOW", 0)
        | getattr(os, "O_NONBLOCK", 0)
        | getattr(os, "O_BINARY", 0)
    )
    if os.path.islink(path):
        raise _rejected("file is a symbolic link")
    try:
        fd = os.open(path, flags)
    except OSError:
        if os.path.islink(path):  # replaced by a link between the two looks
            raise _rejected("file is a symbolic link") from None
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _rejected("not a regular file")
        if info.st_size > limit:
            raise _too_large("file is larger than the sync file limit")
        data = _read_at_most(fd, limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:  # it grew while it was read
        raise _too_large("file is larger than the sync file limit")
    return data


def read_sync_file(
    path: str | os.PathLike[str],
    sync_key: bytes | bytearray,
    *,
    profile_id: str,
    device_id: str,
    kind: str,
    seq: int | str,
    max_payload_bytes: int = MAX_PAYLOAD_BYTES,
    max_file_bytes: int = MAX_SYNC_FILE_BYTES,
) -> bytes:
    """Read the sync file at ``path`` and return its payload (see :func:`open_sync_file`).

    The file's size is checked before anything is read, and no more than
    ``max_file_bytes`` (at most :data:`MAX_SYNC_FILE_BYTES`, plus one byte) is ever read. A
    symbolic link or anything but a regular file is refused with :class:`SyncFileRejected`.
    Other ``OSError`` (the
    file vanished because the sync service replaced it, the folder was unplugged) reach the
    caller as they are: the file may well be fine when tried again.
    """
    limit = min(max_file_bytes, MAX_SYNC_FILE_BYTES)
    data = _read_sync_bytes(Path(path), limit)
    return open_sync_file(
        sync_key,
        profile_id=profile_id,
        device_id=device_id,
        kind=kind,
        seq=seq,
        data=data,
        max_payload_bytes=max_payload_bytes,
        max_file_bytes=limit,
    )


# -- the folder's unlock record --------------------------------------------------------------


def _record_damaged(detail: str) -> KeystoreError:
    return KeystoreError(tr("security.sync", _RECORD_DAMAGED), detail=detail)


def _as_keystore_dict(data: object) -> dict[str, Any]:
    """The keystore.json content (format ``companion-keystore``) an unlock record stands
    for, after checking the record's own fields."""
    if not isinstance(data, dict):
        raise _record_damaged("unlock record is not an object")
    if data.get("format") != UNLOCK_FORMAT:
        raise _record_damaged("unlock record has an unknown format")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _record_damaged("unlock record version is missing or invalid")
    if version > UNLOCK_VERSION:
        raise KeystoreError(
            tr("security.sync", _RECORD_NEWER), detail=f"unlock record version {version}"
        )
    if set(data) != _UNLOCK_FIELDS:
        raise _record_damaged("unlock record has missing or unknown fields")
    profile_id = data["profile_id"]
    if not isinstance(profile_id, str) or not _HEX_ID.fullmatch(profile_id):
        raise _record_damaged("unlock record profile_id is invalid")
    slots = data["slots"]
    if not isinstance(slots, dict) or set(slots) != {"recovery"}:
        raise _record_damaged("unlock record must hold the recovery slot and nothing else")
    if not isinstance(slots["recovery"], dict):
        raise _record_damaged("unlock record recovery slot is not an object")
    return {
        "format": keystore_module.FORMAT,
        "version": keystore_module.VERSION,
        "profile_id": profile_id,
        "key_check": data["key_check"],
        "slots": {"recovery": copy.deepcopy(slots["recovery"])},
    }


def keystore_from_folder_record(data: object) -> KeyStore:
    """A keystore with only the recovery slot of the folder's unlock record: what a computer
    that joins the journal starts its own keystore.json from (it then adds its own
    passphrase or keychain slot once it has the key).

    Raises :class:`KeystoreError` when the record is damaged or from a newer version.
    """
    keystore_dict = _as_keystore_dict(data)
    try:
        return KeyStore.from_dict(keystore_dict)
    except KeystoreError as exc:
        raise _record_damaged(f"unlock record: {exc.detail or 'invalid'}") from None


def unlock_folder_record(data: object, recovery_key: str) -> tuple[str, bytes]:
    """The journal's ``(profile_id, database key)`` from the folder's unlock record and the
    client's recovery key.

    Raises :class:`InvalidRecoveryKey` when the text cannot be a recovery key,
    :class:`WrongSecret` when it is not this journal's, and :class:`KeystoreError` when the
    record is damaged or from a newer version.
    """
    keystore = keystore_from_folder_record(data)
    try:
        db_key = keystore.unlock_with_recovery_key(recovery_key)
    except KeystoreError as exc:
        raise _record_damaged(f"unlock record: {exc.detail or 'invalid'}") from None
    return keystore.profile_id, db_key


def folder_unlock_record(keystore: KeyStore) -> dict[str, Any]:
    """The JSON-ready unlock record for the sync folder: the profile id, the key check and
    the recovery slot exactly as keystore.json holds them, and nothing else (never the
    passphrase slot, never the keychain account).

    Raises :class:`KeystoreError` when this keystore's recovery slot could not be used.
    """
    full = keystore.to_dict()
    record: dict[str, Any] = {
        "format": UNLOCK_FORMAT,
        "version": UNLOCK_VERSION,
        "profile_id": full["profile_id"],
        "key_check": full["key_check"],
        "slots": {"recovery": copy.deepcopy(full["slots"]["recovery"])},
    }
    keystore_from_folder_record(record)  # a record that cannot unlock is never written
    return record
