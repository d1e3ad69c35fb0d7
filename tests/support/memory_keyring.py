"""An OS keychain that lives in memory, for tests."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Behaves like a working, trustworthy OS keychain, with switches to make it fail."""

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
            return self.tamper_with
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        try:
            del self.items[(service, username)]
        except KeyError:
            raise PasswordDeleteError("no such item") from None
