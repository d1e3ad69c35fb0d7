"""Rules about secrets: how long a new passphrase must be, and how long to wait after failed
unlock attempts. Pure functions, no clock."""

from __future__ import annotations

from companion.domain.wording import tr, tr_n
from companion.security.errors import InvalidPassphrase

#: The shortest passphrase a client can choose, wherever it is chosen (first run, Settings,
#: the command line).
MIN_PASSPHRASE_LENGTH = 8


def check_new_passphrase(passphrase: str) -> None:
    """Raise :class:`InvalidPassphrase` (with a message fit to show) unless ``passphrase``
    may be chosen: at least :data:`MIN_PASSPHRASE_LENGTH` characters, not only spaces."""
    if not passphrase.strip():
        raise InvalidPassphrase(
            tr("security.policy", "Please choose a passphrase. It cannot be empty.")
        )
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise InvalidPassphrase(
            tr_n(
                "security.policy",
                "Please choose a passphrase of at least %n [character|characters]. A few "
                "unrelated words work well.",
                MIN_PASSPHRASE_LENGTH,
            )
        )


#: The longest wait between attempts, in seconds.
MAX_DELAY_SECONDS = 30.0


def retry_delay_seconds(failed_attempts: int) -> float:
    """Seconds to wait before the next try after ``failed_attempts`` failures in a row.

    The first failure costs nothing (typos happen); after that the wait doubles from one
    second: 1, 2, 4, 8, 16, then 30 at most.
    """
    if failed_attempts <= 1:
        return 0.0
    exponent = failed_attempts - 2
    if exponent >= 5:  # 2**5 = 32 is already past the cap
        return MAX_DELAY_SECONDS
    return min(float(2**exponent), MAX_DELAY_SECONDS)
