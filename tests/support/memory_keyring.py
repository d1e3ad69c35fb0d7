"""An OS keychain that lives in memory, for tests."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Behaves like a working, trustworthy OS keychain, with switches to make it fail.

    Like a real one, it keeps and hands out copies (the caller may overwrite what it gave or
    got back)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}
        #: When True every call fails as a locked keychain would.
        self.locked = False
        #: When set, ``get_password`` returns this instead of what was stored (a corrupt item).
        self.tamper_with: str | None = None

    def _check(self) -> None:
        if self.locked:
            from keyring.errors import KeyringLocked

            raise KeyringLocked("the keychain is locked")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        if self.tamper_with is not None and (service, username) in self.items:
            return _copy(self.tamper_with)
        stored = self.items.get((service, username))
        return None if stored is None else _copy(stored)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.items[(service, username)] = _copy(password)

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        try:
            del self.items[(service, username)]
        except KeyError:
            raise PasswordDeleteError("no such item") from None


def _copy(text: str) -> str:
    return text.encode("utf-8").decode("utf-8")
