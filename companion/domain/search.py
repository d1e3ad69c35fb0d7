"""Finding things across the journal, agenda items, session notes and feedback notes."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class HitKind(enum.StrEnum):
    JOURNAL = "journal"
    AGENDA = "agenda"
    SESSION_NOTES = "session"
    FEEDBACK = "feedback"


@dataclass(frozen=True)
class SearchHit:
    """One search result: what it is, where it belongs, and its text around the match with
    the matches marked (see :mod:`companion.domain.search_text`)."""

    kind: HitKind
    ref_id: int
    when: datetime | None
    label: str
    snippet: str
    counselor_id: int | None = None
    counselor_name: str = ""
