"""Overwriting secrets in memory once they are no longer needed.

Python's ``bytes`` and ``str`` cannot be changed, and freeing one does not clear its memory:
a key or passphrase would stay readable in the process until the memory is reused. Companion
keeps its copies of the database key in ``bytearray`` buffers, and overwrites the few
immutable objects it creates itself (a key unwrapped by AES-GCM, a passphrase read from
standard input, the text of the key pragma) in place with :func:`wipe` when it is done.

Only objects Companion made itself may be wiped: a shared object (a constant in code, a
cached one-character string) would be changed for everyone. :func:`wipe` refuses objects of
length 0 or 1, which Python shares.

What this cannot reach is listed in docs/privacy.md: copies made inside libraries (the
keyring module and the OS keychain, Qt's text fields) and a UTF-8 copy Python may cache for a
non-ASCII ``str``.
"""

from __future__ import annotations

import ctypes
import sys

#: Where the data starts inside the objects (measured on objects that carry no caches).
_BYTES_HEADER = sys.getsizeof(b"") - 1
_ASCII_HEADER = sys.getsizeof("") - 1
_COMPACT_HEADER = sys.getsizeof("\xe9") - 2


def _width(text: str) -> int:
    """Bytes per character of a compact ``str`` (1, 2 or 4)."""
    if text.isascii():
        return 1
    top = max(text)
    return 1 if top <= "\xff" else (2 if top <= "\uffff" else 4)


def wipe(secret: bytes | bytearray | str | None) -> None:
    """Overwrite ``secret`` with zeros in place. Safe on None and on empty objects."""
    if secret is None or len(secret) <= 1:
        return
    if isinstance(secret, bytearray):
        secret[:] = bytes(len(secret))
        return
    if isinstance(secret, bytes):
        ctypes.memset(id(secret) + _BYTES_HEADER, 0, len(secret))
        return
    if isinstance(secret, str):
        header = _ASCII_HEADER if secret.isascii() else _COMPACT_HEADER
        ctypes.memset(id(secret) + header, 0, len(secret) * _width(secret))
        return
    raise TypeError(f"cannot wipe a {type(secret).__name__}")


def owned_copy(text: str) -> str:
    """A new ``str`` equal to ``text`` that belongs to the caller alone (so it may be wiped
    later without changing ``text``)."""
    raw = text.encode("utf-8")
    try:
        return raw.decode("utf-8")
    finally:
        wipe(raw)
