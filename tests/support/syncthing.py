"""Two real Syncthing instances on this machine that share one folder, for integration tests.

Companion syncs by writing into a folder that a sync service keeps in step between computers.
:class:`SyncthingPair` stands in for two such computers: it starts two ``syncthing`` processes
(side ``"a"`` and side ``"b"``), each with its own home (keys, config, index database) and its
own copy of the shared folder, introduces them to each other over loopback only and lets a test
wait until both copies agree, take a side "offline" and bring it back.

Nothing reaches beyond this machine: every listener is on 127.0.0.1, discovery (global and
local), relays, NAT traversal, usage reports, crash reports and upgrade checks are all off, and
side "a" is given side "b"'s address, so nothing needs to be looked up. Only "a" dials: when
both dialed, Syncthing 1.19 now and then stalled on the two crossing connections until its
20 s Hello timeout, and could not shut down promptly either; "b" simply accepts.

How the harness talks to Syncthing's REST API
----------------------------------------------
The test suite's autouse ``no_network`` guard (tests/conftest.py) makes every IP ``connect`` in
the test process fail, so a slip in Companion's code can never reach the network unnoticed. The
harness leaves it whole: its HTTP requests go through a small helper *process*
(tests/support/rest_courier.py, started once per pair), so only that child opens sockets, and
only to the pair's own 127.0.0.1 GUI ports. A fresh ``python -c`` per request would have done
too, but costs about 50 ms each on a 2-core machine, too slow to poll every 0.2 s; the courier
answers in about a millisecond.

Lifetime
--------
Syncthing 1.19 runs as two processes even with ``--no-restart``: a monitor and the worker it
starts (``--no-restart`` only stops the monitor from starting a new worker when one ends). Each
instance therefore gets its own process group. :meth:`SyncthingPair.stop` asks both instances
to shut down over the API, kills the group of one that has not ended a few seconds later, and
finally kills any process still carrying the instance's home on its command line.
``__exit__`` always calls it, and an ``atexit`` hook kills everything as a last resort should a
test run end without unwinding.
"""

from __future__ import annotations

import atexit
import contextlib
import copy
import functools
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Literal, Self
from urllib.parse import quote

from tests.support.rest_courier import Courier

Side = Literal["a", "b"]
SIDES: tuple[Side, Side] = ("a", "b")

#: The ID both instances use for the shared folder.
FOLDER_ID = "companion-test"
#: The file Syncthing expects in a folder's root before it will sync it.
MARKER_NAME = ".stfolder"

_POLL_S = 0.2
#: How long to wait for a connection before waking the dialers again (see ``_redial``).
_REDIAL_AFTER_S = 1.0
#: The one side that dials the other (see the module docstring: when both dialed, about half
#: of the resumes stalled for 20 s).
_DIALER: Side = "a"
#: What both sides must agree on when in sync.
_GLOBAL_COUNTS = ("globalFiles", "globalDirectories", "globalDeleted", "globalBytes")
_REQUEST_TIMEOUT_S = 15.0  # a scan request only answers once the scan is done


class SyncthingError(RuntimeError):
    """The pair could not be started, did not converge in time, or an API call failed."""


def syncthing_binary() -> str | None:
    """The ``syncthing`` executable on PATH, or None when it is not installed."""
    return shutil.which("syncthing")


@dataclass
class _Instance:
    """One Syncthing: its home, its copy of the folder and how to reach it."""

    side: Side
    home: Path
    folder: Path
    log_path: Path
    gui_port: int = 0
    listen_port: int = 0
    api_key: str = ""
    device_id: str = ""
    redials: int = 0
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.gui_port}"


def _free_ports(count: int) -> list[int]:
    """``count`` distinct loopback ports that were free a moment ago (binding is not
    connecting, so the network guard does not mind)."""
    sockets: list[socket.socket] = []
    try:
        for _ in range(count):
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.bind(("127.0.0.1", 0))
            sockets.append(sock)
        return [int(sock.getsockname()[1]) for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def _set_text(parent: ET.Element, tag: str, text: str) -> None:
    element = parent.find(tag)
    if element is None:
        element = ET.SubElement(parent, tag)
    element.text = text


# Options that keep an instance on this machine and quiet (the names are Syncthing's).
_OPTIONS = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "urAccepted": "-1",
    "crashReportingEnabled": "false",
    "autoUpgradeIntervalH": "0",
    "startBrowser": "false",
    "restartOnWakeup": "false",
    "announceLANAddresses": "false",
    "reconnectionIntervalS": "1",
    # Not niced: on a busy 2-core machine a lowered priority makes syncing times erratic.
    "setLowPriority": "false",
    "databaseTuning": "small",
}


class SyncthingPair:
    """Two Syncthing instances, ``"a"`` and ``"b"``, sharing the folder :data:`FOLDER_ID`.

    Layout under ``root``: ``a-home``/``b-home`` (Syncthing's config, keys and index database),
    ``a-folder``/``b-folder`` (each side's copy of the shared folder) and ``a.log``/``b.log``
    (each process's output). Use as a context manager so the processes always end::

        with SyncthingPair(tmp_path) as pair:
            pair.start()
            (pair.folder("a") / "note.txt").write_text("hello")
            pair.wait_for_file("b", "note.txt")
    """

    def __init__(
        self,
        root: Path,
        *,
        folder_id: str = FOLDER_ID,
        rescan_interval_s: int = 10,
        watcher_delay_s: int = 1,
    ) -> None:
        self.root = Path(root)
        self.folder_id = folder_id
        self._rescan_interval_s = rescan_interval_s
        self._watcher_delay_s = watcher_delay_s
        self._instances: dict[Side, _Instance] = {
            side: _Instance(
                side=side,
                home=self.root / f"{side}-home",
                folder=self.root / f"{side}-folder",
                log_path=self.root / f"{side}.log",
            )
            for side in SIDES
        }
        for instance in self._instances.values():
            instance.home.mkdir(parents=True, exist_ok=True)
            instance.folder.mkdir(parents=True, exist_ok=True)
        self._courier = Courier()
        self._logs: list[IO[bytes]] = []
        self._atexit_registered = False
        #: Seconds from the start of :meth:`start` to each step (for reports and debugging).
        self.timings: dict[str, float] = {}
        #: Sides that did not shut down in time and were killed (see :meth:`stop`).
        self.killed: list[Side] = []

    # ------------------------------------------------------------------ where things are

    @property
    def homes(self) -> dict[Side, Path]:
        """Each side's Syncthing home (config, keys and its index database)."""
        return {side: inst.home for side, inst in self._instances.items()}

    @property
    def folders(self) -> dict[Side, Path]:
        """Each side's copy of the shared folder."""
        return {side: inst.folder for side, inst in self._instances.items()}

    def folder(self, side: Side) -> Path:
        """One side's copy of the shared folder."""
        return self._instances[side].folder

    def device_id(self, side: Side) -> str:
        """One side's Syncthing device ID (known once :meth:`start` has run)."""
        return self._instances[side].device_id

    def rest_url(self, side: Side) -> str:
        """Base URL of one side's REST API (reach it through :meth:`api`, not directly)."""
        return self._instances[side].base_url

    def log_text(self, side: Side) -> str:
        """What one side's process has printed so far."""
        path = self._instances[side].log_path
        return path.read_text("utf-8", "replace") if path.exists() else ""

    @property
    def pids(self) -> list[int]:
        """Process IDs of the two processes started (Syncthing's monitors; each starts a
        worker of its own), running or not."""
        return [i.process.pid for i in self._instances.values() if i.process is not None]

    # ------------------------------------------------------------------ lifecycle

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self, timeout: float = 60) -> None:
        """Set up and start both instances, then wait until they are connected."""
        binary = syncthing_binary()
        if binary is None:
            raise SyncthingError("the syncthing program is not installed")
        began = time.monotonic()
        deadline = began + timeout
        ports = _free_ports(4)
        for index, instance in enumerate(self._instances.values()):
            instance.gui_port, instance.listen_port = ports[2 * index], ports[2 * index + 1]
            instance.api_key = secrets.token_urlsafe(24)
            instance.device_id = self._generate(binary, instance)
            (instance.folder / MARKER_NAME).mkdir(exist_ok=True)
        for instance in self._instances.values():
            self._write_config(instance)
        if not self._atexit_registered:
            atexit.register(self._kill_all)
            self._atexit_registered = True
        self.timings["configured"] = time.monotonic() - began
        for instance in self._instances.values():
            self._launch(binary, instance)
        try:
            for instance in self._instances.values():
                self._wait_until(
                    functools.partial(self._answers, instance),
                    deadline,
                    f"the REST API of side {instance.side} to answer",
                )
            self.timings["api_up"] = time.monotonic() - began
            if not self._connected():  # the first dial came before the other side listened
                self._redial()
            self._wait_connected(deadline)
            self.timings["connected"] = time.monotonic() - began
        except BaseException:
            self.stop()
            raise

    def stop(self, timeout: float = 4) -> None:
        """Shut both instances down: over the API first, and what still runs after
        ``timeout`` seconds is killed. Safe to repeat.

        A clean shutdown takes about a second. While both sides still dialed each other,
        Syncthing 1.19 often waited out a 10 s handshake timeout on a half-open connection
        between the two before exiting (not seen since only one side dials). A test harness
        has no reason to wait for that, and SIGTERM would only start the same slow path
        again, so the group gets SIGKILL; the sides this happened to are listed in
        :attr:`killed`."""
        began = time.monotonic()
        running = [
            inst
            for inst in self._instances.values()
            if inst.process is not None and inst.process.poll() is None
        ]
        for instance in running:
            self._call(instance, "POST", "/rest/system/shutdown", timeout=3, check=False)
        deadline = time.monotonic() + timeout
        for instance in running:
            assert instance.process is not None
            try:
                instance.process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                self.killed.append(instance.side)
                _signal_group(instance.process, signal.SIGKILL)
                instance.process.wait()
        if running:
            self.timings["stop"] = time.monotonic() - began
        for instance in self._instances.values():
            _kill_leftovers(instance.home)
        self._courier.close()
        for log in self._logs:
            log.close()
        self._logs.clear()
        if self._atexit_registered:
            atexit.unregister(self._kill_all)
            self._atexit_registered = False

    def _kill_all(self) -> None:
        """Last resort at interpreter exit: no instance outlives the test run."""
        for instance in self._instances.values():
            if instance.process is not None:
                _signal_group(instance.process, signal.SIGKILL)
                with contextlib.suppress(subprocess.TimeoutExpired):
                    instance.process.wait(timeout=5)
            _kill_leftovers(instance.home)
        self._courier.close()

    def _env(self, instance: _Instance) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            HOME=str(instance.home),
            STNODEFAULTFOLDER="1",
            STNOUPGRADE="1",
            STNORESTART="1",
        )
        return env

    def _generate(self, binary: str, instance: _Instance) -> str:
        """Create the instance's keys and a starting config; return its device ID."""
        env = self._env(instance)
        home = f"--home={instance.home}"
        run = subprocess.run(
            [binary, "generate", home, "--no-default-folder", "--skip-port-probing"],
            env=env,
            capture_output=True,
            timeout=30,
            check=False,
        )
        if run.returncode != 0:
            raise SyncthingError(f"syncthing generate failed: {run.stderr.decode()[-2000:]}")
        shown = subprocess.run(
            [binary, "serve", home, "--device-id"],
            env=env,
            capture_output=True,
            timeout=30,
            check=False,
        )
        device_id = shown.stdout.decode().strip()
        if shown.returncode != 0 or not device_id:
            raise SyncthingError(f"could not read the device ID: {shown.stderr.decode()[-2000:]}")
        return device_id

    def _write_config(self, instance: _Instance) -> None:
        """Rewrite the generated config.xml: loopback only, the other device, the folder."""
        path = instance.home / "config.xml"
        tree = ET.parse(path)
        config = tree.getroot()
        for stale in config.findall("device") + config.findall("folder"):
            config.remove(stale)

        gui = config.find("gui")
        if gui is None:
            gui = ET.SubElement(config, "gui")
        gui.set("enabled", "true")
        gui.set("tls", "false")
        _set_text(gui, "address", f"127.0.0.1:{instance.gui_port}")
        _set_text(gui, "apikey", instance.api_key)

        options = config.find("options")
        if options is None:
            options = ET.SubElement(config, "options")
        for stale in options.findall("listenAddress"):
            options.remove(stale)
        ET.SubElement(options, "listenAddress").text = f"tcp://127.0.0.1:{instance.listen_port}"
        for name, value in _OPTIONS.items():
            _set_text(options, name, value)

        defaults = config.find("defaults")
        device_template = defaults.find("device") if defaults is not None else None
        folder_template = defaults.find("folder") if defaults is not None else None

        for other in self._instances.values():
            device = (
                copy.deepcopy(device_template)
                if device_template is not None
                else ET.Element("device")
            )
            device.tag = "device"
            device.set("id", other.device_id)
            device.set("name", f"side-{other.side}")
            for stale in device.findall("address"):
                device.remove(stale)
            ET.SubElement(device, "address").text = self._address_for(instance, other)
            _set_text(device, "paused", "false")
            _set_text(device, "autoAcceptFolders", "false")
            config.append(device)

        folder = (
            copy.deepcopy(folder_template) if folder_template is not None else ET.Element("folder")
        )
        folder.tag = "folder"
        folder.attrib.update(
            {
                "id": self.folder_id,
                "label": self.folder_id,
                "path": str(instance.folder),
                "type": "sendreceive",
                "rescanIntervalS": str(self._rescan_interval_s),
                "fsWatcherEnabled": "true",
                "fsWatcherDelayS": str(self._watcher_delay_s),
            }
        )
        for stale in folder.findall("device"):
            folder.remove(stale)
        for member in self._instances.values():
            ET.SubElement(folder, "device", {"id": member.device_id, "introducedBy": ""})
        _set_text(folder, "paused", "false")
        _set_text(folder, "markerName", MARKER_NAME)
        config.append(folder)

        tree.write(path, encoding="unicode")

    def _address_for(self, instance: _Instance, device: _Instance) -> str:
        """Where ``instance`` looks for ``device``. Only the dialing side has an address for
        its peer; anything else is "dynamic", which finds nothing with discovery off."""
        if instance.side == _DIALER and device is not instance:
            return f"tcp://127.0.0.1:{device.listen_port}"
        return "dynamic"

    def _launch(self, binary: str, instance: _Instance) -> None:
        log = instance.log_path.open("ab")
        self._logs.append(log)
        instance.process = subprocess.Popen(
            [
                binary,
                "serve",
                f"--home={instance.home}",
                "--no-browser",
                "--no-restart",
                "--no-upgrade",
                "--no-default-folder",
            ],
            env=self._env(instance),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            # its own process group, so the worker process under Syncthing's monitor can be
            # signalled together with it
            start_new_session=True,
        )

    # ------------------------------------------------------------------ REST

    def _call(
        self,
        instance: _Instance,
        method: str,
        path: str,
        body: object = None,
        *,
        timeout: float = _REQUEST_TIMEOUT_S,
        check: bool = True,
    ) -> Any:
        status, text, error = self._courier.request(
            method, instance.base_url + path, instance.api_key, body, timeout
        )
        if not 200 <= status < 300:
            if check:
                detail = error or text[:300]
                raise SyncthingError(
                    f"{method} {path} on side {instance.side}: {status or 'no answer'} {detail}"
                )
            return None
        if not text.strip():
            return None
        try:
            return json.loads(text)
        except ValueError:
            return text

    def api(self, side: Side, method: str, path: str, body: object = None) -> Any:
        """One REST call on one side (``path`` starts with ``/rest/``); the decoded JSON."""
        return self._call(self._instances[side], method, path, body)

    def _answers(self, instance: _Instance) -> bool:
        if instance.process is not None and instance.process.poll() is not None:
            raise SyncthingError(
                f"syncthing on side {instance.side} exited with {instance.process.returncode}:\n"
                + self.log_text(instance.side)[-3000:]
            )
        return self._call(instance, "GET", "/rest/system/ping", timeout=2, check=False) is not None

    def _other(self, instance: _Instance) -> _Instance:
        return self._instances["b" if instance.side == "a" else "a"]

    def _connected(self) -> bool:
        for instance in self._instances.values():
            reply = self._call(instance, "GET", "/rest/system/connections", check=False)
            if not reply:
                return False
            entry = reply.get("connections", {}).get(self._other(instance).device_id, {})
            if not entry.get("connected"):
                return False
        return True

    def _wait_connected(self, deadline: float) -> None:
        """Wait for the link, waking the dialer whenever it takes longer than a moment (its
        first dial can come before the other side listens, and the next one is seconds
        later)."""
        while True:
            redial_at = min(deadline, time.monotonic() + _REDIAL_AFTER_S)
            with contextlib.suppress(SyncthingError):
                self._wait_until(self._connected, redial_at, "the two instances to connect")
                return
            if time.monotonic() >= deadline:
                self._wait_until(self._connected, deadline, "the two instances to connect")
            self._redial()

    def _wait_until(self, ready: Callable[[], bool], deadline: float, what: str) -> None:
        while not ready():
            if time.monotonic() >= deadline:
                raise SyncthingError(f"timed out waiting for {what}\n{self._log_tails()}")
            time.sleep(_POLL_S)

    def _log_tails(self) -> str:
        return "\n".join(
            f"--- side {side} log (end) ---\n{self.log_text(side)[-1500:]}" for side in SIDES
        )

    # ------------------------------------------------------------------ syncing

    def scan(self, side: Side) -> None:
        """Have one side look at its folder now (answers once the scan is done)."""
        self._call(self._instances[side], "POST", f"/rest/db/scan?folder={quote(self.folder_id)}")

    def _status(self, instance: _Instance) -> dict[str, Any]:
        reply = self._call(instance, "GET", f"/rest/db/status?folder={quote(self.folder_id)}")
        return dict(reply or {})

    def _completion(self, instance: _Instance) -> dict[str, Any]:
        other = self._other(instance)
        reply = self._call(
            instance,
            "GET",
            f"/rest/db/completion?folder={quote(self.folder_id)}&device={quote(other.device_id)}",
        )
        return dict(reply or {})

    def _in_sync(self) -> bool:
        if not self._connected():
            return False
        globals_seen = []
        for instance in self._instances.values():
            status = self._status(instance)
            if status.get("state") != "idle" or status.get("needTotalItems", 1) != 0:
                return False
            completion = self._completion(instance)
            if completion.get("completion") != 100 or completion.get("needBytes", 1) != 0:
                return False
            if completion.get("needItems", 0) or completion.get("needDeletes", 0):
                return False
            globals_seen.append(tuple(status.get(key) for key in _GLOBAL_COUNTS))
        return globals_seen[0] == globals_seen[1]

    def wait_in_sync(self, timeout: float = 60) -> None:
        """Scan both sides, then wait until each has everything the other has and both are
        idle: connected, same global counts, nothing needed on either side, 100 % completion
        both ways. Both sides must be online (resumed)."""
        deadline = time.monotonic() + timeout
        for side in SIDES:
            self.scan(side)
        self._wait_until(self._in_sync, deadline, "both sides to be in sync")

    def wait_for_file(
        self,
        side: Side,
        relative_path: str | Path,
        timeout: float = 30,
        *,
        content: bytes | None = None,
    ) -> Path:
        """Wait until ``relative_path`` exists in one side's folder (with ``content``, when
        given) and return its path. Syncthing moves a finished file into place in one step,
        so a file that is there is complete."""
        path = self._instances[side].folder / relative_path
        deadline = time.monotonic() + timeout
        while True:
            try:
                if content is None:
                    if path.exists():
                        return path
                elif path.read_bytes() == content:
                    return path
            except OSError:
                pass
            if time.monotonic() >= deadline:
                raise SyncthingError(
                    f"timed out waiting for {relative_path} on side {side}\n{self._log_tails()}"
                )
            time.sleep(_POLL_S)

    # ------------------------------------------------------------------ offline / online

    def pause(self, side: Side) -> None:
        """Take one side "offline": it stops talking to the other device (both ends drop the
        connection), while its own folder keeps being watched and scanned, as on a laptop
        without network. Edits on either side are exchanged only after :meth:`resume`."""
        instance = self._instances[side]
        self._set_device_paused(instance, True)
        deadline = time.monotonic() + 30
        self._wait_until(
            lambda: not self._link_up(instance), deadline, f"side {side} to go offline"
        )

    def resume(self, side: Side, timeout: float = 30) -> None:
        """Bring a side back "online"; returns once the two instances are connected again
        (when the other side is not paused itself)."""
        instance = self._instances[side]
        self._set_device_paused(instance, False)
        if self._device_paused(self._other(instance)):
            return
        self._redial()
        self._wait_connected(time.monotonic() + timeout)

    def _set_device_paused(self, instance: _Instance, paused: bool) -> None:
        other_id = quote(self._other(instance).device_id)
        self._call(instance, "PATCH", f"/rest/config/devices/{other_id}", {"paused": paused})

    def _redial(self) -> None:
        """Make the dialing side dial now. On its own, Syncthing 1.19 dials on a timer that
        backs off to several seconds and more (a resume once waited 20 s), and it will not
        dial one address again until that address's redial time (about 6 s) has passed. A
        change to a device's address list wakes the dialer at once, and an address it has
        never seen has no redial time, so each call gives the peer's address a new, unused
        query (``?redial=N``; the TCP dialer only looks at host and port)."""
        dialer = self._instances[_DIALER]
        peer = self._other(dialer)
        dialer.redials += 1
        addresses = [f"{self._address_for(dialer, peer)}?redial={dialer.redials}"]
        self._call(
            dialer,
            "PATCH",
            f"/rest/config/devices/{quote(peer.device_id)}",
            {"addresses": addresses},
        )

    def _device_paused(self, instance: _Instance) -> bool:
        other_id = quote(self._other(instance).device_id)
        reply = self._call(instance, "GET", f"/rest/config/devices/{other_id}")
        return bool(reply and reply.get("paused"))

    def _link_up(self, instance: _Instance) -> bool:
        reply = self._call(instance, "GET", "/rest/system/connections", check=False) or {}
        entry = reply.get("connections", {}).get(self._other(instance).device_id, {})
        return bool(entry.get("connected"))


def _signal_group(process: subprocess.Popen[bytes], signum: int) -> None:
    """Send ``signum`` to the process group a Syncthing was started in (it leads one), while
    that group is certainly still ours: its leader has not been reaped yet."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signum)


def _kill_leftovers(home: Path) -> None:
    """Kill any process still running with this instance's home on its command line (the
    worker under Syncthing's monitor, should it outlive the monitor); the home is a fresh
    folder of this run, so such a process can only be one the pair started."""
    for pid in processes_mentioning(f"--home={home}"):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)


def processes_mentioning(text: str) -> list[int]:
    """PIDs of live (non-zombie) processes whose command line contains ``text``; read from
    /proc, so it needs no extra package (Linux only; empty elsewhere)."""
    found: list[int] = []
    proc = Path("/proc")
    if not proc.is_dir():
        return found
    needle = text.encode()
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        state = stat.rpartition(")")[2].split()[:1]
        if needle in cmdline and state != ["Z"]:
            found.append(int(entry.name))
    return found


def iter_files(root: Path) -> Iterator[Path]:
    """Every regular file under ``root`` (for scanning Syncthing's data for a canary)."""
    for path in sorted(root.rglob("*")):
        if path.is_file():
            yield path
