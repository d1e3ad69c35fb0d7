"""Search across the journal, agenda items, session notes and feedback notes."""

from __future__ import annotations

from companion.domain.search import SearchHit
from companion.storage import search_store
from companion.storage.engine import Database

SEARCH_LIMIT = 50


class SearchService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def everything(self, text: str, limit: int = SEARCH_LIMIT) -> list[SearchHit]:
        """Journal entries (newest first), then notes (best match first)."""
        with self._db.read() as conn:
            return search_store.search_everything(conn, text, limit)
