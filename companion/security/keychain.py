"""The OS keychain slot: where the database key is kept so the journal opens without typing.

The backend is chosen explicitly for each OS, never by keyring's automatic choice, so a
plaintext file backend (keyrings.alt) or the null backend can never be picked up by
accident. Every write is read back and compared before it is trusted.

Tests replace :func:`system_backend` with an in-memory keychain; the rest of this module
therefore always calls it through the module namespace, at call time.
"""

from __future__ import annotations

import contextlib
import hmac
import importlib
import importlib.util
import re
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import TYPE_CHECKING, Any

from companion.config import KEYRING_SERVICE
from companion.domain.wording import mark, tr
from companion.security.errors import KeychainError, KeychainUnavailable
from companion.wipe import wipe

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

_HEX_KEY = re.compile(r"[0-9a-fA-F]{64}")

#: (module, class name) of the backends we use, in order of preference, per OS family.
_LINUX = (
    ("keyring.backends.SecretService", "Keyring"),
    ("keyring.backends.kwallet", "DBusKeyring"),
)
_MACOS = (("keyring.backends.macOS", "Keyring"),)
_WINDOWS = (("keyring.backends.Windows", "WinVaultKeyring"),)

#: Human names of the backends, shown to the user (worded with ``tr`` when shown).
_DESCRIPTIONS = {
    "keyring.backends.SecretService.Keyring": mark(
        "security.keychain", "Secret Service (GNOME Keyring, KWallet…)"
    ),
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
    "keyring.backends.macOS.Keyring": mark("security.keychain", "macOS Keychain"),
    "keyring.backends.Windows.WinVaultKeyring": mark(
        "security.keychain", "Windows Credential Manager"
    ),
}

#: Modules whose backends store secrets in plain text, or not at all.
_UNTRUSTED_MODULES = ("keyring.backends.null", "keyring.backends.fail")
_UNTRUSTED_PREFIXES = ("keyrings.alt",)


def _candidates() -> tuple[tuple[str, str], ...]:
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return _LINUX
    if sys.platform == "darwin":
        return _MACOS
    if sys.platform == "win32":
        return _WINDOWS
    return ()


def _viable(backend_class: type[KeyringBackend]) -> bool:
    """A backend is viable when its ``priority`` can be computed and is above zero."""
    try:
        priority = backend_class.priority
    except Exception:  # priority raises (usually RuntimeError) to say "not here"
        return False
    try:
        return float(priority) > 0
    except (TypeError, ValueError):
        return False


#: Modules that keyring and its helper libraries import as they load but that reading and
#: writing a key never uses (jaraco.context fetches tarballs with urllib.request and runs git
#: with subprocess; keyring looks for plug-ins with importlib_metadata and reads its own
#: configuration file with configparser, both only when it chooses a backend itself;
#: jaraco.functools uses more_itertools in functions keyring does not call). Loading them
#: took about half of the keychain's import time, on the start-up's path. See
#: :func:`_deferring_unused_helpers`.
_UNUSED_BY_KEYCHAIN = (
    "urllib.request",
    "subprocess",
    "importlib_metadata",
    "more_itertools",
    "configparser",
)

_deferred_lock = threading.Lock()


class _DeferredModule(ModuleType):
    """Stands in for a module, in the places that imported it while it was deferred; the
    first use of any of its names imports the real module and gives that name from it."""

    def __getattr__(self, attribute: str) -> Any:
        with _deferred_lock:
            if sys.modules.get(self.__name__) is self:
                del sys.modules[self.__name__]
            module = importlib.import_module(self.__name__)
        return getattr(module, attribute)


@contextmanager
def _deferring_unused_helpers() -> Iterator[None]:
    """Import keyring's modules without loading :data:`_UNUSED_BY_KEYCHAIN` until used.

    While inside, each of those modules that is not imported yet (and exists) is a
    :class:`_DeferredModule` in ``sys.modules``; on leaving, they are taken out of it again,
    so any later import gets the real module and only the modules imported inside keep the
    stand-in. Which backend is chosen, and how, does not change.
    """
    placed: dict[str, _DeferredModule] = {}
    for name in _UNUSED_BY_KEYCHAIN:
        if name in sys.modules:
            continue
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            continue
        if spec is None:
            continue  # missing: whoever imports it fails as it would have
        stand_in = _DeferredModule(name)
        stand_in.__spec__ = spec
        placed[name] = stand_in
        sys.modules[name] = stand_in
        parent, _, child = name.rpartition(".")
        if parent:
            setattr(sys.modules[parent], child, stand_in)  # ``import a.b`` then ``a.b.x``
    try:
        yield
    finally:
        for name, stand_in in placed.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]


def _import_backend_module(module_name: str) -> ModuleType:
    if "keyring" in sys.modules:
        return importlib.import_module(module_name)
    with _deferring_unused_helpers():
        return importlib.import_module(module_name)


def load_backend_modules() -> None:
    """Import this computer's keychain backends now (without asking them anything), so that
    :func:`system_backend` later only talks to the keychain."""
    for module_name, _class_name in _candidates():
        with contextlib.suppress(Exception):  # as in system_backend: missing or broken
            _import_backend_module(module_name)


def system_backend() -> KeyringBackend:
    """The OS keychain backend for this computer.

    Raises :class:`KeychainUnavailable` with a plain reason when there is none we can use.
    """
    candidates = _candidates()
    if not candidates:
        raise KeychainUnavailable(
            tr("security.keychain", "Companion cannot use a keychain on this kind of computer.")
        )
    for module_name, class_name in candidates:
        try:
            module = _import_backend_module(module_name)
            backend_class: type[KeyringBackend] = getattr(module, class_name)
        except Exception:  # a backend's optional dependencies may be missing or broken
            continue
        if _viable(backend_class):
            return backend_class()
    raise KeychainUnavailable(_missing_reason())


def _missing_reason() -> str:
    if sys.platform == "darwin":
        return tr("security.keychain", "The macOS Keychain cannot be reached right now.")
    if sys.platform == "win32":
        return tr("security.keychain", "Windows Credential Manager cannot be reached right now.")
    return tr(
        "security.keychain",
        "No keychain service is running (such as GNOME Keyring or KWallet), "
        "so Companion cannot keep your key there.",
    )


def _is_untrusted_class(cls: type) -> bool:
    """True if the class, or any class it builds on, comes from an untrusted module."""
    for klass in cls.__mro__:
        module = klass.__module__ or ""
        if module in _UNTRUSTED_MODULES or module.startswith(_UNTRUSTED_PREFIXES):
            return True
    return False


def is_trustworthy(backend: KeyringBackend) -> bool:
    """False for backends that keep secrets in plain text or not at all (keyrings.alt,
    keyring's null and fail backends, or a chainer that includes any of them)."""
    if _is_untrusted_class(type(backend)):
        return False
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        try:
            chained: list[KeyringBackend] = list(backend.backends)
        except Exception:
            return False
        # An empty chainer behaves like the null backend.
        return bool(chained) and all(is_trustworthy(item) for item in chained)
    return True


def _backend_failures() -> tuple[type[BaseException], ...]:
    """The exception types a keychain backend raises when it is locked, missing or broken."""
    from keyring.errors import KeyringError

    failures: list[type[BaseException]] = [KeyringError, OSError, RuntimeError]
    for module_name, attribute in (
        ("secretstorage.exceptions", "SecretStorageException"),
        ("jeepney.wrappers", "DBusErrorResponse"),
        ("dbus.exceptions", "DBusException"),
    ):
        module = sys.modules.get(module_name)
        found = getattr(module, attribute, None) if module is not None else None
        if isinstance(found, type) and issubclass(found, BaseException):
            failures.append(found)
    return tuple(failures)


_LOCKED = mark(
    "security.keychain",
    "Your keychain is locked or did not answer, so Companion could not use it. "
    "You can unlock your journal another way.",
)


@contextmanager
def _translate_failures(on_failure: Callable[[], Exception]) -> Iterator[None]:
    """Turn backend exceptions into ours. The original is dropped on purpose: some backends
    put what they were asked to store into their messages."""
    from keyring.errors import InitError, KeyringLocked, NoKeyringError

    unreachable = (InitError, KeyringLocked, NoKeyringError)
    try:
        yield
    except unreachable:
        raise KeychainUnavailable(tr("security.keychain", _LOCKED)) from None
    except _backend_failures():
        raise on_failure() from None


class Keychain:
    """The database key, kept in an OS keychain under Companion's service name."""

    def __init__(self, backend: KeyringBackend, service: str = KEYRING_SERVICE) -> None:
        self.backend = backend
        self.service = service

    @classmethod
    def system(cls) -> Keychain:
        """The OS keychain, or :class:`KeychainUnavailable` if there is no trustworthy one."""
        backend = system_backend()
        if not is_trustworthy(backend):
            raise KeychainUnavailable(
                tr(
                    "security.keychain",
                    "The only keychain available here would keep your key unprotected, "
                    "so Companion will not use it.",
                )
            )
        return cls(backend)

    @property
    def description(self) -> str:
        """A human name for the keychain, such as "macOS Keychain" (in the user's language)."""
        cls = type(self.backend)
        name = _DESCRIPTIONS.get(f"{cls.__module__}.{cls.__qualname__}")
        return tr("security.keychain", name) if name is not None else cls.__name__

    def store(self, account: str, key: bytes | bytearray) -> None:
        """Keep ``key`` under ``account``, then read it back to make sure it was kept.

        Raises :class:`KeychainUnavailable` when the keychain is locked or unreachable and
        :class:`KeychainError` when the write failed or could not be verified.
        """
        if len(key) != 32:
            raise ValueError("the database key must be 32 bytes")
        expected = key.hex()

        def failed() -> Exception:
            return KeychainError(
                tr("security.keychain", "Companion could not save your key in the keychain.")
            )

        with _translate_failures(failed):
            self.backend.set_password(self.service, account, expected)
        try:
            with _translate_failures(failed):
                stored = self.backend.get_password(self.service, account)
        except UnicodeDecodeError:  # it came back as bytes that are not even text
            stored = None
        kept = (
            isinstance(stored, str) and stored.isascii() and hmac.compare_digest(stored, expected)
        )
        # the keyring module was given (and gave back) copies; these two are ours to clear
        wipe(expected)
        if isinstance(stored, str):
            wipe(stored)
        if not kept:
            raise KeychainError(
                tr(
                    "security.keychain",
                    "The keychain did not keep your key correctly, "
                    "so Companion will not rely on it.",
                )
            )

    def load(self, account: str) -> bytes | None:
        """The key kept under ``account``, or None if there is none.

        A value that is not a 64-digit hex key is also None: it means this keychain is not
        the one that holds the key (the journal then offers another way in). Raises
        :class:`KeychainUnavailable` when the keychain is locked or fails.
        """
        try:
            with _translate_failures(lambda: KeychainUnavailable(tr("security.keychain", _LOCKED))):
                stored = self.backend.get_password(self.service, account)
        except UnicodeDecodeError:  # bytes that are not text cannot be our key
            return None
        if stored is None or not _HEX_KEY.fullmatch(stored):
            return None
        try:
            return bytes.fromhex(stored)
        finally:
            wipe(stored)

    def delete(self, account: str) -> None:
        """Remove the key kept under ``account``; nothing happens if there is none."""
        from keyring.errors import PasswordDeleteError

        def failed() -> Exception:
            return KeychainError(
                tr("security.keychain", "Companion could not remove your key from the keychain.")
            )

        with _translate_failures(failed):
            try:
                self.backend.delete_password(self.service, account)
            except PasswordDeleteError:
                # Most backends say this when there is no such item; make sure of it.
                if self.backend.get_password(self.service, account) is not None:
                    raise
