"""Two computers sharing a sync folder, for the UI tests of sync: the second computer joins
with the recovery key (as ``companion join`` does) and syncs on the test's thread."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from companion.config import ProfilePaths
from companion.domain.journal import EntryDraft, EntryFilter
from companion.services.profile import ProfileService, UnlockedProfile
from tests.services.conftest import FAST


@contextmanager
def other_computer(
    tmp_path: Path, folder: Path, recovery_key: str, name: str = "Work laptop"
) -> Iterator[UnlockedProfile]:
    """A second computer that joined the journal through ``folder`` and ran its first round;
    locked after."""
    service = ProfileService(ProfilePaths(tmp_path / name.replace(" ", "-")))
    profile = service.join(
        folder, recovery_key, use_keychain=False, passphrase="work phrase 1", params=FAST
    )
    try:
        profile.sync.set_up(folder, name=name)
        yield profile
    finally:
        profile.lock()


def write_and_send(profile: UnlockedProfile, title: str, body: str = "written there") -> None:
    """An entry written on ``profile``'s computer, sent into the folder."""
    profile.journal.create(EntryDraft(title=title, body=body))
    profile.sync.sync_now()


def titles(profile: UnlockedProfile) -> list[str]:
    return sorted(entry.title for entry in profile.journal.list(EntryFilter()))


def change_files(folder: Path, device_id: str) -> list[Path]:
    """The change files one computer has in the folder."""
    return sorted((folder / "devices" / device_id).glob("c-*.csync"))
