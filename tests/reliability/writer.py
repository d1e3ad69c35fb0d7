"""Child process of the kill-during-writes test: writes journal entries until it is killed.

    python -m tests.reliability.writer PROFILE_DIR < passphrase

Reads the passphrase from the first line of standard input, opens the profile through the
services and prints ``ready`` once it is open. Then it writes entries in a loop and, after
each write has been committed (``JournalService.create`` returned), prints one line::

    ack <entry id> <marker>

and flushes standard output. The body and title of every entry can be rebuilt from its
marker with :func:`expected_draft`, so the parent can check each entry's exact text.

The process stops by itself after ``--max-seconds`` (default 30), so it can never outlive a
test that forgot it.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
import uuid
from pathlib import Path

from companion.domain.journal import EntryDraft

#: Some writes are big enough to push the WAL past SQLite's automatic checkpoint (1000
#: pages), so kills also land during checkpoints.
_SIZES = (40, 300, 1_500, 6_000, 24_000)


def expected_draft(marker: str) -> EntryDraft:
    """The entry the writer stores for ``marker`` (deterministic, varied size and text)."""
    digest = hashlib.sha256(marker.encode()).digest()
    size = _SIZES[digest[0] % len(_SIZES)]
    line = f'{marker}: kill test line, with ünïcödé ✓ and a quote " and a tab\t.\n'
    body = (line * (size // len(line) + 1))[:size] + f"\nend of {marker}"
    return EntryDraft(
        title=f"Kill test {marker[:8]}",
        body=body,
        mood=digest[1] % 11,
        tags=("reliability",) if digest[2] % 2 else (),
        bring_to_session=bool(digest[3] % 2),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.reliability.writer")
    parser.add_argument("profile", type=Path)
    parser.add_argument("--max-seconds", type=float, default=30.0)
    args = parser.parse_args(argv)
    passphrase = sys.stdin.readline().rstrip("\r\n")
    if not passphrase:
        print("writer: no passphrase on stdin", file=sys.stderr)
        return 2

    from companion.config import ProfilePaths
    from companion.services.profile import ProfileService

    profile = ProfileService(ProfilePaths(args.profile)).unlock_with_passphrase(passphrase)
    print("ready", flush=True)
    deadline = time.monotonic() + args.max_seconds
    try:
        while time.monotonic() < deadline:
            marker = uuid.uuid4().hex
            entry = profile.journal.create(expected_draft(marker))
            sys.stdout.write(f"ack {entry.id} {marker}\n")
            sys.stdout.flush()
    finally:
        profile.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
