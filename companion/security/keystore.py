"""keystore.json: the unlock slots that each hold the database key, wrapped.

The file holds no secret in the clear. Each slot wraps the same random database key:

- ``keychain``: only the account name; the key itself lives in the OS keychain.
- ``passphrase`` (optional): wrapped with a key stretched from the passphrase by Argon2id.
- ``recovery``: wrapped with a key derived from the recovery key shown once at first run.

``key_check`` (an HMAC of a fixed label under the database key) lets the app confirm a key
without opening the database. Every wrapped slot is bound to its profile and slot name
through AES-GCM associated data, so slots cannot be moved between profiles or slots.

Damage is told apart from a mistyped secret. Each wrapped slot carries a ``digest`` of its
fields (catches a changed byte anywhere in the slot) and a ``check``, an HMAC of a fixed
label under the wrapping key: when the check says the passphrase (or recovery key) is right
but the seal does not open, the slot is damaged, and the client is told so instead of "wrong
passphrase". Only a deliberate edit that changes a slot's salt or cost settings *and*
recomputes its digest still reads as a wrong secret: nothing can tell that apart from another
passphrase. Slots written before these fields existed gain them the next time they open
(:attr:`KeyStore.needs_saving`).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.domain.wording import mark, tr
from companion.durable_files import write_bytes_atomically
from companion.security.crypto import (
    KEY_LENGTH,
    MAX_SALT_LENGTH,
    MIN_SALT_LENGTH,
    NONCE_LENGTH,
    KdfParams,
    derive_passphrase_key,
    derive_recovery_key,
    new_salt,
    open_sealed,
    seal,
)
from companion.security.errors import (
    InvalidPassphrase,
    KeystoreError,
    SecurityError,
    WrongSecret,
)
from companion.security.recovery import normalize_recovery_key, recovery_secret
from companion.wipe import wipe

#: A database key as the keystore is given it (Companion's own copies are bytearrays).
DbKey = bytes | bytearray

if TYPE_CHECKING:
    from companion.security.keychain import Keychain

FORMAT = "companion-keystore"
#: 2: passphrase slots give Argon2id an HMAC of the passphrase (``"input": "hmac-sha256"``).
VERSION = 2
#: Files larger than this are not keystores (a real one is about 1 KB).
MAX_FILE_BYTES = 64 * 1024

_KEY_CHECK_LABEL = b"companion database key check v1"
_SLOT_CHECK_LABEL = b"companion keystore slot check v1/"
_SLOT_CHECK_LENGTH = 16
_AAD_PREFIX = "companion-keystore-slot-v1"
_TAG_LENGTH = 16
_PROFILE_ID = re.compile(r"[0-9a-f]{32}")
_KEY_CHECK = re.compile(r"[0-9a-f]{64}")
_MAX_ACCOUNT_LENGTH = 200

# Shown to the user, worded with tr("security.keystore", ...) where they are raised.
_DAMAGED = mark(
    "security.keystore",
    "The file that unlocks your journal (keystore.json) is damaged, so Companion cannot use "
    "it. If you have a backup of your profile folder, restoring it may help.",
)
_NEWER = mark(
    "security.keystore",
    "This profile was created by a newer version of Companion. Please update Companion to open it.",
)
_WRONG_PASSPHRASE = mark(
    "security.keystore",
    "That passphrase did not unlock your journal. Please check it and try again.",
)
_WRONG_RECOVERY_KEY = mark(
    "security.keystore",
    "That recovery key did not unlock your journal. Please check it and try again.",
)
_NOT_THIS_JOURNAL = mark("security.keystore", "That key does not belong to this journal.")
_PASSPHRASE_SLOT_DAMAGED = mark(
    "security.keystore",
    "The part of keystore.json that your passphrase opens is damaged, so the passphrase "
    "cannot unlock your journal any more. Please use your recovery key; afterwards set your "
    "passphrase again in Settings.",
)
_RECOVERY_SLOT_DAMAGED = mark(
    "security.keystore",
    "The part of keystore.json that your recovery key opens is damaged. Please unlock with "
    "your passphrase or the keychain; afterwards create a new recovery key in Settings.",
)


class UnlockMethod(StrEnum):
    """The ways a journal can be unlocked, named as their slots are."""

    KEYCHAIN = "keychain"
    PASSPHRASE = "passphrase"
    RECOVERY_KEY = "recovery"


@dataclass(frozen=True)
class _Wrapped:
    """A database key sealed with AES-GCM under a key derived with ``salt``."""

    salt: bytes
    nonce: bytes
    ciphertext: bytes
    #: HMAC of a fixed label under the wrapping key (None in slots written before it).
    check: bytes | None = None
    #: False when the slot failed its digest or could not be read: it must not be used.
    intact: bool = True
    #: Passphrase slots: Argon2id was given an HMAC of the passphrase (version 2), not the
    #: passphrase itself (version 1).
    hashed_input: bool = False
    #: The slot carried a digest and it matched: its own fields are exactly as written.
    verified: bool = False


#: Stands in for a slot that could not be read, so that the other slots still work.
_UNREADABLE = _Wrapped(salt=b"", nonce=b"", ciphertext=b"", intact=False)


def _slot_check(wrapping_key: bytes, slot: str) -> bytes:
    return hmac.new(
        wrapping_key, _SLOT_CHECK_LABEL + slot.encode("ascii"), hashlib.sha256
    ).digest()[:_SLOT_CHECK_LENGTH]


def _slot_digest(slot: str, fields: Mapping[str, Any]) -> str:
    """A digest of a slot's fields as written (everything but the digest itself)."""
    canonical = json.dumps(
        {k: v for k, v in fields.items() if k != "digest"}, sort_keys=True, separators=(",", ":")
    )
    return hashlib.sha256(f"{slot}\n{canonical}".encode()).hexdigest()[:32]


def _slot_damaged(slot: str) -> KeystoreError:
    message = _PASSPHRASE_SLOT_DAMAGED if slot == "passphrase" else _RECOVERY_SLOT_DAMAGED
    return KeystoreError(tr("security.keystore", message), detail=f"{slot} slot is damaged")


def _damaged(detail: str) -> KeystoreError:
    return KeystoreError(tr("security.keystore", _DAMAGED), detail=detail)


def _key_check(db_key: DbKey) -> bytes:
    return hmac.new(db_key, _KEY_CHECK_LABEL, hashlib.sha256).digest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object, what: str) -> bytes:
    if not isinstance(value, str):
        raise _damaged(f"{what} is not text")
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise _damaged(f"{what} is not valid base64") from None


def _field(data: Mapping[str, Any], name: str, where: str) -> Any:
    if name not in data:
        raise _damaged(f"{where} has no {name!r}")
    return data[name]


def _mapping(value: object, what: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise _damaged(f"{what} is not an object")
    return value


def _read_wrapped(data: Mapping[str, Any], slot: str) -> _Wrapped:
    salt = _unb64(_field(data, "salt", slot), f"{slot} salt")
    nonce = _unb64(_field(data, "nonce", slot), f"{slot} nonce")
    ciphertext = _unb64(_field(data, "ciphertext", slot), f"{slot} ciphertext")
    if not MIN_SALT_LENGTH <= len(salt) <= MAX_SALT_LENGTH:
        raise _damaged(f"{slot} salt has the wrong length")
    if len(nonce) != NONCE_LENGTH:
        raise _damaged(f"{slot} nonce has the wrong length")
    if len(ciphertext) != KEY_LENGTH + _TAG_LENGTH:
        raise _damaged(f"{slot} ciphertext has the wrong length")
    check: bytes | None = None
    if "check" in data:
        check = _unb64(data["check"], f"{slot} check")
        if len(check) != _SLOT_CHECK_LENGTH:
            raise _damaged(f"{slot} check has the wrong length")
    digest = data.get("digest")
    intact = digest is None or digest == _slot_digest(slot, data)
    kind = data.get("input")
    if kind not in (None, "hmac-sha256"):
        raise _damaged(f"{slot} input is unknown")
    return _Wrapped(
        salt=salt,
        nonce=nonce,
        ciphertext=ciphertext,
        check=check,
        intact=intact,
        hashed_input=kind == "hmac-sha256",
        verified=digest is not None and intact,
    )


def _read_slot(data: Mapping[str, Any], slot: str) -> _Wrapped:
    """A slot, or :data:`_UNREADABLE` when it cannot be read (the others may still work)."""
    try:
        return _read_wrapped(data, slot)
    except KeystoreError:
        return _UNREADABLE


def _write_wrapped(slot: str, wrapped: _Wrapped, fields: dict[str, Any]) -> dict[str, Any]:
    """The slot as written: ``fields`` (kdf, params), the wrapped key, its check and the
    digest over all of them."""
    out: dict[str, Any] = {
        **fields,
        "salt": _b64(wrapped.salt),
        "nonce": _b64(wrapped.nonce),
        "ciphertext": _b64(wrapped.ciphertext),
    }
    if wrapped.check is not None:
        out["check"] = _b64(wrapped.check)
    if wrapped.hashed_input:
        out["input"] = "hmac-sha256"
    out["digest"] = _slot_digest(slot, out)
    return out


def _aad(profile_id: str, slot: str) -> bytes:
    """Associated data binding a wrapped key to its profile and slot."""
    return f"{_AAD_PREFIX}/{profile_id}/{slot}".encode("ascii")


def _wrap_for_recovery(profile_id: str, db_key: DbKey, recovery_key: str) -> _Wrapped:
    secret = recovery_secret(normalize_recovery_key(recovery_key))
    salt = new_salt()
    wrapping_key = derive_recovery_key(secret, salt)
    try:
        nonce, ciphertext = seal(db_key, wrapping_key, _aad(profile_id, "recovery"))
        check = _slot_check(wrapping_key, "recovery")
    finally:
        wipe(secret)
        wipe(wrapping_key)
    return _Wrapped(salt=salt, nonce=nonce, ciphertext=ciphertext, check=check)


class KeyStore:
    """The unlock slots of one profile. Build one with :meth:`create` or :meth:`load`;
    change it with the methods below and write it back with :meth:`save`."""

    def __init__(
        self,
        *,
        profile_id: str,
        key_check: bytes,
        recovery: _Wrapped,
        passphrase: _Wrapped | None = None,
        passphrase_params: KdfParams | None = None,
        keychain_account: str | None = None,
    ) -> None:
        if (passphrase is None) != (passphrase_params is None):
            raise ValueError("a passphrase slot needs both its wrapped key and its parameters")
        self._profile_id = profile_id
        self._key_check = key_check
        self._recovery = recovery
        self._passphrase = passphrase
        self._passphrase_params = passphrase_params
        self._keychain_account = keychain_account
        self._needs_saving = False

    def __repr__(self) -> str:
        methods = ", ".join(self.unlock_methods())
        return f"<KeyStore profile={self._profile_id} slots=[{methods}]>"

    # -- creating, reading and writing -------------------------------------------------

    @classmethod
    def create(cls, db_key: DbKey, recovery_key: str, *, profile_id: str | None = None) -> KeyStore:
        """A new keystore for ``db_key`` with a recovery slot for ``recovery_key``."""
        if len(db_key) != KEY_LENGTH:
            raise ValueError("the database key must be 32 bytes")
        if profile_id is None:
            profile_id = uuid.uuid4().hex
        elif not _PROFILE_ID.fullmatch(profile_id):
            raise ValueError("a profile id is 32 lower-case hex digits")
        recovery = _wrap_for_recovery(profile_id, db_key, recovery_key)
        return cls(profile_id=profile_id, key_check=_key_check(db_key), recovery=recovery)

    @classmethod
    def load(cls, path: Path) -> KeyStore:
        """Read a keystore file. Raises :class:`KeystoreError` if it is missing, unreadable,
        damaged, or from a newer version of Companion."""
        try:
            with open(path, "rb") as handle:
                raw = handle.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            raise KeystoreError(
                tr(
                    "security.keystore",
                    "Companion could not find the file that unlocks your journal (keystore.json).",
                ),
                detail="missing",
            ) from None
        except OSError as exc:
            raise KeystoreError(
                tr(
                    "security.keystore",
                    "Companion could not read the file that unlocks your journal (keystore.json).",
                ),
                detail=exc.strerror or type(exc).__name__,
            ) from None
        if len(raw) > MAX_FILE_BYTES:
            raise _damaged("file is too large")
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise _damaged("not valid JSON") from None
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: object) -> KeyStore:
        """Build a keystore from parsed JSON, checking every field."""
        top = _mapping(data, "keystore")
        if top.get("format") != FORMAT:
            raise KeystoreError(
                tr(
                    "security.keystore",
                    "This file is not a Companion keystore, so it cannot unlock a journal.",
                ),
                detail="unknown format",
            )
        version = top.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise _damaged("version is missing or invalid")
        if version > VERSION:
            raise KeystoreError(
                tr("security.keystore", _NEWER), detail=f"keystore version {version}"
            )
        profile_id = _field(top, "profile_id", "keystore")
        if not isinstance(profile_id, str) or not _PROFILE_ID.fullmatch(profile_id):
            raise _damaged("profile_id is invalid")
        key_check = _field(top, "key_check", "keystore")
        if not isinstance(key_check, str) or not _KEY_CHECK.fullmatch(key_check):
            raise _damaged("key_check is invalid")
        slots = _mapping(_field(top, "slots", "keystore"), "slots")
        # A slot this version does not know, or one that cannot be read, is left unused: the
        # slots that can be read still open the journal.
        recovery = _UNREADABLE
        if isinstance(slots.get("recovery"), dict):
            recovery_data = slots["recovery"]
            if recovery_data.get("kdf") == "hkdf-sha256":
                recovery = _read_slot(recovery_data, "recovery")

        passphrase: _Wrapped | None = None
        params: KdfParams | None = None
        if "passphrase" in slots:
            passphrase_data = slots["passphrase"] if isinstance(slots["passphrase"], dict) else {}
            passphrase = _read_slot(passphrase_data, "passphrase")
            try:
                params = KdfParams.from_dict(
                    _mapping(_field(passphrase_data, "params", "passphrase"), "params")
                )
            except (ValueError, KeystoreError):
                params, passphrase = KdfParams(), _UNREADABLE
            if passphrase_data.get("kdf") != "argon2id":
                passphrase = _UNREADABLE
        if not recovery.intact and (passphrase is None or not passphrase.intact):
            # Neither slot can be used: say so now rather than at every attempt.
            raise _damaged("no usable slot")

        account: str | None = None
        keychain = slots.get("keychain")
        if isinstance(keychain, dict):
            candidate = keychain.get("account")
            if isinstance(candidate, str) and 0 < len(candidate) <= _MAX_ACCOUNT_LENGTH:
                account = candidate

        return cls(
            profile_id=profile_id,
            key_check=bytes.fromhex(key_check),
            recovery=recovery,
            passphrase=passphrase,
            passphrase_params=params,
            keychain_account=account,
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready content of keystore.json."""
        slots: dict[str, Any] = {}
        if self._keychain_account is not None:
            slots["keychain"] = {"account": self._keychain_account}
        if self._passphrase is not None and self._passphrase_params is not None:
            slots["passphrase"] = _write_wrapped(
                "passphrase",
                self._passphrase,
                {"kdf": "argon2id", "params": self._passphrase_params.to_dict()},
            )
        slots["recovery"] = _write_wrapped("recovery", self._recovery, {"kdf": "hkdf-sha256"})
        return {
            "format": FORMAT,
            "version": VERSION,
            "profile_id": self._profile_id,
            "key_check": self._key_check.hex(),
            "slots": slots,
        }

    def save(self, path: Path) -> None:
        """Write the keystore atomically: a temp file beside ``path`` is written, flushed to
        disk and renamed over it, so a crash leaves either the old or the new file."""
        data = (json.dumps(self.to_dict(), indent=2) + "\n").encode("utf-8")
        try:
            write_bytes_atomically(path, data, private=True)
        except OSError as exc:
            raise KeystoreError(
                tr(
                    "security.keystore",
                    "Companion could not save the file that unlocks your journal. "
                    "Please check that there is free space on the disk and try again.",
                ),
                detail=exc.strerror or type(exc).__name__,
            ) from None

    # -- the database key ----------------------------------------------------------------

    @property
    def needs_saving(self) -> bool:
        """True when unlocking added what an older keystore lacked (a slot's check): save it
        so that damage can be told apart from a wrong secret from now on."""
        return self._needs_saving

    @property
    def profile_id(self) -> str:
        """The random id of this profile (32 hex digits)."""
        return self._profile_id

    def verify_key(self, db_key: DbKey) -> bool:
        """True if ``db_key`` is this journal's database key."""
        if len(db_key) != KEY_LENGTH:
            return False
        return hmac.compare_digest(_key_check(db_key), self._key_check)

    def _require_key(self, db_key: DbKey) -> None:
        if not self.verify_key(db_key):
            raise WrongSecret(tr("security.keystore", _NOT_THIS_JOURNAL))

    def _aad(self, slot: str) -> bytes:
        return _aad(self._profile_id, slot)

    def _unwrapped(self, db_key: bytes) -> bytes:
        """Check a key that came out of a slot whose seal was intact."""
        if not self.verify_key(db_key):
            # The seal was fine but the key is not this journal's: the file is inconsistent.
            wipe(db_key)
            raise _damaged("a slot holds a key that does not match key_check")
        return db_key

    def unlock_methods(self) -> tuple[UnlockMethod, ...]:
        """The slots this keystore has, in the order the app should try them."""
        methods: list[UnlockMethod] = []
        if self._keychain_account is not None:
            methods.append(UnlockMethod.KEYCHAIN)
        if self._passphrase is not None:
            methods.append(UnlockMethod.PASSPHRASE)
        methods.append(UnlockMethod.RECOVERY_KEY)
        return tuple(methods)

    # -- keychain slot -----------------------------------------------------------------

    @property
    def keychain_account(self) -> str | None:
        """The keychain account that holds the key, or None if the keychain is not used."""
        return self._keychain_account

    def enable_keychain(self) -> str:
        """Record that the key is kept in the keychain; returns the account name to use.

        This does not write to the keychain: see :meth:`store_in_keychain`.
        """
        self._keychain_account = f"profile-{self._profile_id}"
        return self._keychain_account

    def disable_keychain(self) -> None:
        """Record that the keychain is no longer used (the item itself is left alone)."""
        self._keychain_account = None

    def store_in_keychain(self, keychain: Keychain, db_key: DbKey) -> None:
        """Keep ``db_key`` in ``keychain`` (verified by reading back), then enable the slot.

        The slot is only enabled once the keychain has really kept the key.
        """
        self._require_key(db_key)
        keychain.store(f"profile-{self._profile_id}", db_key)
        self.enable_keychain()

    def unlock_with_keychain(self, keychain: Keychain) -> bytes | None:
        """The database key from ``keychain``, or None when this keystore does not use the
        keychain, or the keychain does not hold this journal's key (a different or reset
        keychain). Raises :class:`KeychainUnavailable` when the keychain is locked."""
        if self._keychain_account is None:
            return None
        db_key = keychain.load(self._keychain_account)
        if db_key is None or not self.verify_key(db_key):
            return None
        return db_key

    # -- passphrase slot ---------------------------------------------------------------

    @property
    def has_passphrase(self) -> bool:
        """True when a passphrase can unlock this journal."""
        return self._passphrase is not None

    @property
    def passphrase_params(self) -> KdfParams | None:
        """The Argon2id settings of the passphrase slot, if there is one."""
        return self._passphrase_params

    def set_passphrase(
        self, db_key: DbKey, passphrase: str, params: KdfParams | None = None
    ) -> None:
        """Add a passphrase slot, or replace the existing one."""
        if not passphrase.strip():
            raise InvalidPassphrase(
                tr("security.keystore", "Please choose a passphrase. It cannot be empty.")
            )
        self._require_key(db_key)
        params = params if params is not None else KdfParams()
        salt = new_salt()
        wrapping_key = derive_passphrase_key(passphrase, salt, params, hashed_input=True)
        try:
            nonce, ciphertext = seal(db_key, wrapping_key, self._aad("passphrase"))
            check = _slot_check(wrapping_key, "passphrase")
        finally:
            wipe(wrapping_key)
        self._passphrase = _Wrapped(
            salt=salt,
            nonce=nonce,
            ciphertext=ciphertext,
            check=check,
            hashed_input=True,
        )
        self._passphrase_params = params

    def remove_passphrase(self) -> None:
        """Remove the passphrase slot (the recovery key keeps working)."""
        self._passphrase = None
        self._passphrase_params = None

    def unlock_with_passphrase(self, passphrase: str) -> bytes:
        """The database key, or :class:`WrongSecret` if the passphrase is wrong."""
        if self._passphrase is None or self._passphrase_params is None:
            raise SecurityError(
                tr(
                    "security.keystore",
                    "This journal does not have a passphrase. "
                    "You can unlock it with your recovery key.",
                )
            )
        slot = self._passphrase
        if not slot.intact:
            raise _slot_damaged("passphrase")
        params = self._passphrase_params
        wrapping_key = derive_passphrase_key(
            passphrase, slot.salt, params, hashed_input=slot.hashed_input
        )
        try:
            db_key = self._open_slot("passphrase", slot, wrapping_key, _WRONG_PASSPHRASE)
            if slot.hashed_input and slot.check is None:
                self._passphrase = replace(slot, check=_slot_check(wrapping_key, "passphrase"))
                self._needs_saving = True
        finally:
            wipe(wrapping_key)
        if not slot.hashed_input:
            # A slot from version 1 is wrapped again the version 2 way (once, on this unlock).
            self.set_passphrase(db_key, passphrase, params)
            self._needs_saving = True
        return db_key

    def _open_slot(self, name: str, slot: _Wrapped, wrapping_key: bytes, wrong: str) -> bytes:
        """The database key sealed in ``slot``. :class:`WrongSecret` (worded ``wrong``) when
        the secret is not this slot's, :class:`KeystoreError` when the secret is right (the
        slot's check says so) but the slot is damaged."""
        if slot.check is not None and not hmac.compare_digest(
            _slot_check(wrapping_key, name), slot.check
        ):
            raise WrongSecret(tr("security.keystore", wrong))
        try:
            db_key = open_sealed(slot.nonce, slot.ciphertext, wrapping_key, self._aad(name))
        except WrongSecret:
            if slot.verified:
                # The secret is right and the slot is exactly as written, so what no longer
                # matches is outside it: the profile id the seal is bound to.
                raise _damaged("the profile id does not match the slots") from None
            if slot.check is not None:
                raise _slot_damaged(name) from None
            raise WrongSecret(tr("security.keystore", wrong)) from None
        return self._unwrapped(db_key)

    # -- recovery slot -----------------------------------------------------------------

    def set_recovery_key(self, db_key: DbKey, recovery_key: str) -> None:
        """Replace the recovery slot so that ``recovery_key`` unlocks the journal."""
        self._require_key(db_key)
        self._recovery = _wrap_for_recovery(self._profile_id, db_key, recovery_key)

    def unlock_with_recovery_key(self, text: str) -> bytes:
        """The database key. Raises :class:`InvalidRecoveryKey` if ``text`` cannot be a
        recovery key and :class:`WrongSecret` if it is not this journal's."""
        slot = self._recovery
        if not slot.intact:
            raise _slot_damaged("recovery")
        secret = recovery_secret(text)
        wrapping_key = derive_recovery_key(secret, slot.salt)
        wipe(secret)
        try:
            db_key = self._open_slot("recovery", slot, wrapping_key, _WRONG_RECOVERY_KEY)
            if slot.check is None:
                self._recovery = replace(slot, check=_slot_check(wrapping_key, "recovery"))
                self._needs_saving = True
        finally:
            wipe(wrapping_key)
        return db_key
