"""Whether sync kept two versions of a journal entry: a light module, so that the journal can
ask as it shows an entry without loading the rest of sync (files, encryption, the engine)."""

from __future__ import annotations

from companion.domain.sync_merge import in_conflict
from companion.storage import sync_store
from companion.storage.engine import Database


def entry_in_conflict(db: Database, entry_id: int) -> bool:
    """True when the journal entry was changed on two computers that had not seen each
    other's change (it shows one version; its history holds the other)."""
    with db.read() as conn:
        return in_conflict(sync_store.versions_of_row(conn, "journal_entry", entry_id))
