"""Recovery keys: 160 random bits written as 32 characters, in 8 groups of 4.

The alphabet is Crockford's base32 (digits and capital letters without I, L, O and U), so a
key can be read aloud, written on paper and typed back without mix-ups. When reading a key
back we are forgiving: any case, any spaces or dashes, and O/I/L are taken as 0/1/1.
"""

from __future__ import annotations

import hmac
import random
import secrets

from companion.domain.wording import tr, tr_n
from companion.security.errors import InvalidRecoveryKey

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
SECRET_BYTES = 20
KEY_CHARS = 32
GROUP_SIZE = 4
GROUP_COUNT = KEY_CHARS // GROUP_SIZE
SEPARATOR = "-"

_VALUE = {char: index for index, char in enumerate(ALPHABET)}
_CONFUSIONS = str.maketrans({"O": "0", "I": "1", "L": "1"})
# Characters people (or their word processors) put between groups.
_SEPARATORS = frozenset(" \t\r\n-_.\u2010\u2011\u2012\u2013\u2014\u2212\u00a0")


def _encode(secret: bytes) -> str:
    number = int.from_bytes(secret, "big")
    chars = [ALPHABET[(number >> (5 * shift)) & 31] for shift in reversed(range(KEY_CHARS))]
    return "".join(chars)


def _group(chars: str) -> str:
    return SEPARATOR.join(chars[i : i + GROUP_SIZE] for i in range(0, len(chars), GROUP_SIZE))


def _clean(text: str) -> str:
    """Drop separators, upper-case, and map look-alike letters to digits."""
    kept = "".join(ch for ch in text if ch not in _SEPARATORS)
    return kept.upper().translate(_CONFUSIONS)


def _not_in_alphabet(char: str) -> str:
    """The message for a character a recovery key never has (named when it can be shown)."""
    if char.isprintable() and not char.isspace():
        return tr(
            "security.recovery",
            "A recovery key only uses the digits 0–9 and the letters A–Z (never U); "
            "“%1” is not one of them.",
            char,
        )
    return tr(
        "security.recovery",
        "A recovery key only uses the digits 0–9 and the letters A–Z (never U); "
        "an unusual character is not one of them.",
    )


def generate_recovery_key() -> str:
    """A new random recovery key in its display form, e.g. ``7K3M-...-Q9ZT``."""
    return _group(_encode(secrets.token_bytes(SECRET_BYTES)))


def normalize_recovery_key(text: str) -> str:
    """Return the canonical grouped form of ``text``, or raise :class:`InvalidRecoveryKey`
    with a message that says what is wrong."""
    chars = _clean(text)
    if not chars:
        raise InvalidRecoveryKey(tr("security.recovery", "Please type your recovery key."))
    for char in chars:
        if char not in _VALUE:
            raise InvalidRecoveryKey(_not_in_alphabet(char))
    if len(chars) != KEY_CHARS:
        raise InvalidRecoveryKey(
            tr_n(
                "security.recovery",
                "A recovery key has %n [letter or digit|letters and digits]; this one has %1.",
                KEY_CHARS,
                len(chars),
            )
        )
    return _group(chars)


def recovery_secret(key: str) -> bytes:
    """The 20 random bytes behind a recovery key (given in any accepted form)."""
    chars = normalize_recovery_key(key).replace(SEPARATOR, "")
    number = 0
    for char in chars:
        number = (number << 5) | _VALUE[char]
    return number.to_bytes(SECRET_BYTES, "big")


def confirmation_groups(key: str) -> tuple[str, ...]:
    """The 8 groups of 4 characters of a key, in order (for showing it one group at a time)."""
    return tuple(normalize_recovery_key(key).split(SEPARATOR))


def pick_confirmation_groups(rng: random.Random | None = None) -> tuple[int, int]:
    """Two different 0-based group numbers, in increasing order, for the "please retype
    part of your key" check after the key is first shown."""
    chooser = rng if rng is not None else secrets.SystemRandom()
    first, second = chooser.sample(range(GROUP_COUNT), 2)
    return (first, second) if first < second else (second, first)


def groups_match(key: str, index: int, typed: str) -> bool:
    """True when ``typed`` is group ``index`` of ``key``, forgiving case, spaces, dashes and
    the usual look-alikes (O for 0, I or L for 1)."""
    if not 0 <= index < GROUP_COUNT:
        raise IndexError(f"a recovery key has groups 0 to {GROUP_COUNT - 1}")
    expected = confirmation_groups(key)[index]
    return hmac.compare_digest(_clean(typed).encode("utf-8"), expected.encode("ascii"))
