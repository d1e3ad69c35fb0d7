"""Earlier versions of journal entries, and entries deleted recently.

Every save of an entry keeps what it held before as an :class:`EntryVersion`; a deleted entry
is kept as a :class:`DeletedEntry` (with its versions) so that it can be brought back. Both
are kept for the number of days the client chooses (:data:`HISTORY_DAY_CHOICES`; 0 keeps
none) and then removed for good.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

from companion.domain.errors import InvalidInput
from companion.domain.journal import EntryDraft, JournalEntry, preview_text
from companion.domain.wording import tr

#: How long earlier versions and deleted entries are kept, in days, as Settings offers it.
HISTORY_DAY_CHOICES = (7, 30, 90, 365)
DEFAULT_HISTORY_DAYS = 30
#: "Keep no history": versions are not kept, deleted entries only while Undo is offered.
NO_HISTORY = 0


def validate_history_days(days: object) -> int:
    if isinstance(days, bool) or not isinstance(days, int):
        raise InvalidInput(tr("domain.journal_history", "Choose how long to keep history."))
    if days != NO_HISTORY and days not in HISTORY_DAY_CHOICES:
        raise InvalidInput(tr("domain.journal_history", "Choose how long to keep history."))
    return days


def history_cutoff(now: datetime, days: int) -> datetime:
    """Versions replaced, and entries deleted, before this moment are no longer kept (with
    "keep no history", nothing is kept)."""
    return datetime.max if days == NO_HISTORY else now - timedelta(days=days)


@dataclass(frozen=True)
class EntryVersion:
    """What an entry held until a later save replaced it. ``saved_at`` is when this version
    was saved; ``replaced_at`` when the next save replaced it."""

    id: int
    entry_id: int
    saved_at: datetime
    replaced_at: datetime
    title: str
    body: str
    mood: int | None
    tags: tuple[str, ...]
    private: bool
    bring_to_session: bool
    #: changed on another computer at the same time as the entry here (sync kept both)
    other_computer: bool = False

    def draft(self) -> EntryDraft:
        return EntryDraft(
            title=self.title,
            body=self.body,
            mood=self.mood,
            tags=self.tags,
            private=self.private,
            bring_to_session=self.bring_to_session,
        )

    @property
    def preview(self) -> str:
        return preview_text(self.title, self.body)


@dataclass(frozen=True)
class DeletedEntry:
    """An entry in "Recently deleted": the entry as it was (with the id it had) and when it
    was deleted. ``id`` is its place in the list of deleted entries."""

    id: int
    entry: JournalEntry
    deleted_at: datetime

    @property
    def preview(self) -> str:
        return preview_text(self.entry.title, self.entry.body)


def same_content(draft: EntryDraft, entry: JournalEntry | EntryVersion) -> bool:
    """True when saving ``draft`` over ``entry`` would change nothing the client wrote."""
    return (
        draft.title == entry.title
        and draft.body == entry.body
        and draft.mood == entry.mood
        and sorted(draft.tags) == sorted(entry.tags)
        and draft.private == entry.private
        and draft.bring_to_session == entry.bring_to_session
    )


class Change(enum.Enum):
    SAME = "same"
    REMOVED = "removed"
    ADDED = "added"


@dataclass(frozen=True)
class ComparedLine:
    """One line of a comparison between an earlier version and the current text."""

    change: Change
    text: str


def compare_texts(earlier: str, current: str, *, context: int = 2) -> list[ComparedLine | None]:
    """The lines that differ between ``earlier`` and ``current``, with ``context`` unchanged
    lines around each change; ``None`` stands for unchanged lines left out. Empty when the
    texts are the same. A long line is compared sentence by sentence, so a change inside a
    long paragraph shows as the sentences that changed."""
    old, new = _lines(earlier), _lines(current)
    if old == new:
        return []
    import difflib  # only when versions are compared

    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    groups = list(matcher.get_grouped_opcodes(context))
    result: list[ComparedLine | None] = []
    for number, group in enumerate(groups):
        _tag, i1, _i2, j1, _j2 = group[0]
        if number or i1 or j1:
            result.append(None)
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                result.extend(ComparedLine(Change.SAME, line) for line in old[i1:i2])
            else:
                result.extend(ComparedLine(Change.REMOVED, line) for line in old[i1:i2])
                result.extend(ComparedLine(Change.ADDED, line) for line in new[j1:j2])
    _tag, _i1, i2, _j1, j2 = groups[-1][-1]
    if i2 < len(old) or j2 < len(new):
        result.append(None)
    return result


#: Lines longer than this are compared sentence by sentence.
_LONG_LINE = 240


def _lines(text: str) -> list[str]:
    lines: list[str] = []
    for line in text.split("\n"):
        if len(line) <= _LONG_LINE:
            lines.append(line)
            continue
        start = 0
        for i, ch in enumerate(line):
            if ch in ".!?" and i + 1 < len(line) and line[i + 1] == " ":
                lines.append(line[start : i + 1])
                start = i + 2
        lines.append(line[start:])
    return lines
