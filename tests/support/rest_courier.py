"""HTTP requests made by a child process, for test helpers that talk to local services.

The test suite's ``no_network`` guard (tests/conftest.py) fails every IP ``connect`` made in the
test process. A helper that must reach a service it started itself on 127.0.0.1 (such as
Syncthing's REST API, tests/support/syncthing.py) sends its requests through a :class:`Courier`
instead: a Python child process, started once, that reads one JSON request per stdin line and
writes one JSON answer per stdout line. Only the child opens sockets; the guard stays whole for
everything running in the test process. The child ignores proxy settings from the environment,
so a request to 127.0.0.1 goes straight there. One request costs about a millisecond, where a
fresh ``python -c`` per request costs about 50 ms.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import subprocess
import sys
import time
from typing import IO

#: Where requests may go.
LOOPBACK_PREFIX = "http://127.0.0.1:"

# The courier: run by ``python -I -c``; one JSON request per stdin line, one JSON answer per
# stdout line. Errors come back as ``status`` 0 with a short ``error``, never as a crash.
_COURIER_SOURCE = r"""
import json, sys, urllib.error, urllib.request
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
for line in sys.stdin:
    ask = json.loads(line)
    data = None if ask["body"] is None else json.dumps(ask["body"]).encode()
    req = urllib.request.Request(ask["url"], data=data, method=ask["method"],
                                 headers={"X-API-Key": ask["key"],
                                          "Content-Type": "application/json"})
    try:
        with opener.open(req, timeout=ask["timeout"]) as resp:
            answer = {"status": resp.status, "body": resp.read().decode("utf-8", "replace")}
    except urllib.error.HTTPError as exc:
        answer = {"status": exc.code, "body": exc.read().decode("utf-8", "replace")}
    except Exception as exc:
        answer = {"status": 0, "body": "", "error": type(exc).__name__ + ": " + str(exc)}
    sys.stdout.write(json.dumps(answer) + "\n")
    sys.stdout.flush()
"""


class Courier:
    """A child process that makes HTTP requests (see the module docstring)."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen[bytes] | None = None
        self._buffer = b""

    def _ensure(self) -> subprocess.Popen[bytes]:
        if self._proc is None or self._proc.poll() is not None:
            self._proc = subprocess.Popen(
                [sys.executable, "-I", "-c", _COURIER_SOURCE],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
            self._buffer = b""
        return self._proc

    def request(
        self, method: str, url: str, key: str, body: object, timeout: float
    ) -> tuple[int, str, str]:
        """Send ``body`` (JSON-encoded unless None) with ``key`` as the ``X-API-Key`` header;
        return the status (0 when no HTTP answer came), the body text and an error text.
        Only plain HTTP to 127.0.0.1 is carried: anything else is a bug in the caller."""
        if not url.startswith(LOOPBACK_PREFIX):
            raise ValueError("the courier only carries requests to http://127.0.0.1")
        proc = self._ensure()
        assert proc.stdin is not None and proc.stdout is not None
        ask = {"method": method, "url": url, "key": key, "body": body, "timeout": timeout}
        try:
            proc.stdin.write((json.dumps(ask) + "\n").encode())
            proc.stdin.flush()
        except OSError:  # it died: start afresh next time
            self.close()
            return 0, "", "the courier is gone"
        line = self._read_line(proc.stdout, time.monotonic() + timeout + 5.0)
        if line is None:  # hung or died: start afresh next time
            self.close()
            return 0, "", "the courier did not answer"
        answer = json.loads(line)
        return int(answer["status"]), str(answer["body"]), str(answer.get("error", ""))

    def _read_line(self, stream: IO[bytes], deadline: float) -> bytes | None:
        fd = stream.fileno()
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            readable, _, _ = select.select([fd], [], [], left)
            if not readable:
                return None
            chunk = os.read(fd, 65536)
            if not chunk:
                return None
            self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        with contextlib.suppress(OSError):
            if proc.stdin is not None:
                proc.stdin.close()
        try:
            proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()
