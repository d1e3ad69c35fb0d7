"""Reading a passphrase or recovery key from standard input: the command line's one reader.

A secret is never accepted as an argument or environment variable (other users can read
those); ``--passphrase-stdin`` reads it from the first line of standard input instead. The
line is read straight from the file descriptor, one byte at a time, into a buffer that is
overwritten afterwards: Python's buffered ``sys.stdin`` would keep copies of the text (and of
any line after it) in buffers Companion cannot clear. The ``str`` returned belongs to the
caller, who overwrites it with :func:`companion.wipe.wipe` once it is used.

Only the command line reads standard input; the services and exports are handed the secret.
"""

from __future__ import annotations

import io
import os
import sys
from typing import TextIO

from companion.domain.wording import tr
from companion.wipe import wipe


def read_secret_line(stream: TextIO | None = None) -> str:
    """The next line of ``stream`` (standard input by default) without its line ending;
    empty at the end of the input."""
    stream = sys.stdin if stream is None else stream
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, io.UnsupportedOperation):
        fd = -1
    if fd < 0 or stream is not sys.stdin:
        return stream.readline().rstrip("\r\n")
    buffer = bytearray()
    try:
        while True:
            byte = os.read(fd, 1)
            if not byte or byte == b"\n":
                break
            buffer += byte
        if buffer.endswith(b"\r"):
            del buffer[-1]
        return buffer.decode("utf-8", errors="replace")
    finally:
        wipe(buffer)


def read_required_line(stream: TextIO | None = None, *, when_empty: str | None = None) -> str:
    """:func:`read_secret_line`, ending the command (exit status 1, ``when_empty`` on
    standard error, by default that ``--passphrase-stdin`` found nothing) when the line is
    empty."""
    value = read_secret_line(stream)
    if not value:
        if when_empty is None:
            when_empty = tr(
                "cli.passphrase", "--passphrase-stdin was given but standard input was empty."
            )
        raise SystemExit(f"companion: {when_empty}")
    return value


def read_passphrase(stream: TextIO | None = None) -> str:
    """The passphrase ``--passphrase-stdin`` promised, from the first line of standard
    input; an empty line ends the command."""
    return read_required_line(stream)
