"""Two computers sharing one journal through two real Syncthing instances on this machine
(loopback only): A sets up, B joins from its own copy of the folder, A's change reaches B,
both change things while offline, and after they reconnect both show the same journal, the
photos kept with entries too. A canary written on A (in an entry, a counselor's notes, and
inside a photo's own text, which the photo keeps) is never in plaintext in either folder,
Syncthing's own data or the temporary folder."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from companion.config import ProfilePaths
from companion.domain.counselors import CounselorDraft
from companion.domain.journal import EntryDraft, EntryFilter
from companion.formats.sync_folder import JOURNAL_FILE_NAME
from companion.services.attachments import AttachmentService
from companion.services.profile import ProfileService, UnlockedProfile
from companion.storage import sync_rows
from tests.services.conftest import FAST
from tests.support import attachment_samples as samples
from tests.support.syncthing import SyncthingPair, iter_files

pytestmark = pytest.mark.syncthing

CANARY = "quokka-canary-5519"


def _rows(profile: UnlockedProfile) -> dict[str, list[str]]:
    """Each synced table's rows (without ids and references), in a comparable form."""
    with profile.service(lambda db: db).session() as s:
        found = sync_rows.read_all(s)
    out = {}
    for kind, rows in found.items():
        refs = {r.column for r in sync_rows.kinds()[kind].references}
        out[kind] = sorted(
            repr(sorted((k, repr(v)) for k, v in values.items() if k not in refs))
            for values in rows.values()
        )
    return out


def _photos(profile: UnlockedProfile) -> dict[str, list[tuple[str, bytes]]]:
    """The files kept with each entry (by title): names and bytes, in their order."""
    files = profile.service(AttachmentService)
    out = {}
    for summary in profile.journal.list(EntryFilter()):
        out[summary.title] = [(a.name, files.data(a)) for a in files.for_entry(summary.id)]
    return out


def _round(pair: SyncthingPair, *profiles: UnlockedProfile) -> None:
    for profile in profiles:
        profile.sync.sync_now()
    pair.wait_in_sync(timeout=60)
    for profile in profiles:
        profile.sync.sync_now()


def test_two_computers_converge_through_syncthing(
    syncthing_pair: SyncthingPair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pair = syncthing_pair
    scratch = tmp_path / "tmp"  # the temporary folder, for this test only
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setenv("TMPDIR", str(scratch))
    folder_a, folder_b = pair.folder("a"), pair.folder("b")
    home, recovery = ProfileService(ProfilePaths(tmp_path / "home")).create(
        use_keychain=False, passphrase="home phrase 1", params=FAST
    )
    work: UnlockedProfile | None = None
    try:
        before = home.journal.create(EntryDraft(title="Before", body=f"written at home {CANARY}"))
        home.counselors.create(CounselorDraft(name="Dana", notes=CANARY))
        attachments = home.service(AttachmentService)
        attachments.set_keeps_photo_details(True)  # so the canary stays inside the photo
        photo = attachments.add(before.id, "canary.png", samples.png(text={"Comment": CANARY}))
        assert CANARY.encode() in attachments.data(photo)
        home.sync.set_up(folder_a, name="home")
        pair.wait_for_file("b", JOURNAL_FILE_NAME, timeout=60)
        pair.wait_in_sync(timeout=60)

        work = ProfileService(ProfilePaths(tmp_path / "work")).join(
            folder_b, recovery, use_keychain=False, passphrase="work phrase 1", params=FAST
        )
        work.sync.set_up(folder_b, name="work")
        assert [work.journal.get(s.id).body for s in work.journal.list(EntryFilter())] == [
            f"written at home {CANARY}"
        ]
        assert _photos(work) == _photos(home)  # the photo came with the journal

        # A writes, B sees it
        home.journal.create(EntryDraft(title="Evening", body="a calm evening"))
        _round(pair, home, work)
        assert _rows(work) == _rows(home)

        # both offline, both edit (the same entry too), then back online
        pair.pause("a")
        pair.pause("b")
        (home_first,) = home.journal.list(EntryFilter(text="Before"))
        (work_first,) = work.journal.list(EntryFilter(text="Before"))
        home.journal.update(home_first.id, EntryDraft(title="Before", body="changed at home"))
        work.journal.update(work_first.id, EntryDraft(title="Before", body="changed at work"))
        home.journal.create(EntryDraft(title="Home only", body="offline at home"))
        offline = work.journal.create(EntryDraft(title="Work only", body="offline at work"))
        work.service(AttachmentService).add(offline.id, "drawing.jpg", samples.jpeg(noise=True))
        home.sync.sync_now()
        work.sync.sync_now()
        pair.resume("a")
        pair.resume("b")
        _round(pair, home, work)
        _round(pair, home, work)
        assert _rows(work) == _rows(home)
        titles = sorted(s.title for s in home.journal.list(EntryFilter()))
        assert titles == ["Before", "Evening", "Home only", "Work only"]
        assert _photos(work) == _photos(home)
        assert [name for name, _data in _photos(home)["Work only"]] == ["drawing.jpg"]
        # the text changed on both is kept on both: one shown, the other in the history
        assert home.sync.entries_in_conflict() == {home_first.id}
        kept = {v.body for v in home.journal.history.versions(home_first.id) if v.other_computer}
        shown = home.journal.get(home_first.id).body
        assert {shown, *kept} >= {"changed at home", "changed at work"}
    finally:
        home.lock()
        if work is not None:
            work.lock()

    # everything this test made: both folders, both Syncthing homes (their index databases
    # and logs), the temporary folder, and both journals with their logs and backups
    needle = CANARY.encode()
    assert {*pair.folders.values(), *pair.homes.values()} <= set(tmp_path.rglob("*"))
    scanned = 0
    for path in iter_files(tmp_path):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        scanned += 1
        assert needle not in data, f"canary in plaintext in {path}"
    assert scanned > 20
