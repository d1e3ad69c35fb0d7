"""Child process for the torn-export test: writes a big, self-checking export to the
destination again and again with ``write_bytes_atomically``, printing "ready" first.

Each file is ``HEADER + payload + sha256(payload) + FOOTER``; a reader can tell a complete
file from a torn one.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from companion.durable_files import write_bytes_atomically

HEADER = b"COMPANION-EXPORT\n"
FOOTER = b"\nEND\n"
SIZE = 8 * 1024 * 1024


def make(round_number: int) -> bytes:
    payload = (f"round {round_number} ".encode() * (SIZE // 12))[:SIZE]
    return HEADER + payload + hashlib.sha256(payload).hexdigest().encode() + FOOTER


def is_complete(data: bytes) -> bool:
    if not (data.startswith(HEADER) and data.endswith(FOOTER)):
        return False
    body = data[len(HEADER) : -len(FOOTER)]
    payload, digest = body[:-64], body[-64:]
    return hashlib.sha256(payload).hexdigest().encode() == digest


def main() -> None:
    target = Path(sys.argv[1])
    print("ready", flush=True)
    n = 0
    while True:
        write_bytes_atomically(target, make(n))
        n += 1
        os.write(1, b"w\n")


if __name__ == "__main__":
    main()
