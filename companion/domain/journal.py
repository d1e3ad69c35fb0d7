"""Journal entries: what a client writes between sessions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from companion.domain.errors import InvalidInput
from companion.domain.text import storable
from companion.domain.wording import tr, tr_n, whole

MOOD_MIN = 0
MOOD_MAX = 10
TITLE_MAX = 200
TAG_MAX = 40
#: The longest entry text, in characters (about 17,000 words, or 35 printed pages). A limit
#: keeps every entry quick to open, type in and scroll, even when it is one long line; longer
#: texts are refused with a message (the editor keeps them on screen) and imports leave such
#: an entry out with a note.
BODY_MAX = 100_000
PREVIEW_CHARS = 160
#: Characters of the body a preview is made from (Markdown marks and blank lines take room).
#: Storage reads a little more, so that :func:`preview_text` knows when the text goes on.
PREVIEW_SOURCE_CHARS = 4 * PREVIEW_CHARS
#: Rows the journal list loads at a time (and per keystroke while searching): a few screens.
LIST_PAGE_SIZE = 60

_TAG_SPACE = re.compile(r"\s+")


class InvalidEntry(InvalidInput):
    """An entry that breaks a rule; the message is safe to show (it holds no entry text)."""


def normalize_tag(raw: str) -> str:
    """A tag as stored: trimmed, inner white space collapsed, no leading '#', lower case."""
    tag = _TAG_SPACE.sub(" ", raw.strip()).lstrip("#").strip().lower()
    if len(tag) > TAG_MAX:
        raise InvalidEntry(
            tr_n("domain.journal", "A tag can be at most %n [character|characters] long.", TAG_MAX)
        )
    return tag


def normalize_tags(raw: object) -> tuple[str, ...]:
    """Unique normalized tags in the order given; empty ones are dropped.

    Accepts a comma separated string or any iterable of strings.
    """
    parts = raw.split(",") if isinstance(raw, str) else list(raw)  # type: ignore[call-overload]
    seen: dict[str, None] = {}
    for part in parts:
        tag = normalize_tag(storable(str(part)))
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)


def validate_mood(mood: int | None) -> int | None:
    if mood is None:
        return None
    if isinstance(mood, bool) or not isinstance(mood, int):
        raise InvalidEntry(
            tr("domain.journal", "Mood must be a whole number from 0 to 10, or left empty.")
        )
    if not MOOD_MIN <= mood <= MOOD_MAX:
        raise InvalidEntry(tr("domain.journal", "Mood must be from 0 to 10, or left empty."))
    return mood


@dataclass(frozen=True)
class EntryDraft:
    """What the editor holds: everything about an entry the client can change."""

    title: str = ""
    body: str = ""
    mood: int | None = None
    tags: tuple[str, ...] = ()
    private: bool = False
    bring_to_session: bool = False

    def validated(self) -> EntryDraft:
        """A cleaned copy, or :class:`InvalidEntry` with a message fit to show."""
        title = " ".join(storable(self.title).split())
        if len(title) > TITLE_MAX:
            raise InvalidEntry(
                tr_n(
                    "domain.journal",
                    "A title can be at most %n [character|characters] long.",
                    TITLE_MAX,
                )
            )
        body = storable(self.body)
        if len(body) > BODY_MAX:
            raise InvalidEntry(
                tr_n(
                    "domain.journal",
                    "An entry can be at most %Ln [character|characters] long; this one has %1. "
                    "Please split it into two entries.",
                    BODY_MAX,
                    whole(len(body)),
                )
            )
        return EntryDraft(
            title=title,
            body=body,
            mood=validate_mood(self.mood),
            tags=normalize_tags(self.tags),
            private=bool(self.private),
            bring_to_session=bool(self.bring_to_session),
        )

    def is_blank(self) -> bool:
        """True for an entry with nothing written and nothing chosen."""
        return (
            not self.title.strip()
            and not self.body.strip()
            and self.mood is None
            and not self.tags
            and not self.private
            and not self.bring_to_session
        )


@dataclass(frozen=True)
class JournalEntry:
    """A stored entry. ``created_at`` is local wall-clock time when it was written."""

    id: int
    created_at: datetime
    updated_at: datetime
    title: str = ""
    body: str = ""
    mood: int | None = None
    tags: tuple[str, ...] = ()
    private: bool = False
    bring_to_session: bool = False

    def draft(self) -> EntryDraft:
        return EntryDraft(
            title=self.title,
            body=self.body,
            mood=self.mood,
            tags=self.tags,
            private=self.private,
            bring_to_session=self.bring_to_session,
        )


_LINE_MARKS = re.compile(
    r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)", re.MULTILINE
)
_INLINE_MARKS = re.compile(r"[*_`~]+")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def _drop_inline_mark(match: re.Match[str]) -> str:
    """Emphasis, code and strike-through marks go; a lone * or _ inside or between words
    (snake_case, 2 * 3) stays."""
    run = match.group()
    if len(run) > 1 or run == "`":
        return ""
    text, start, end = match.string, match.start(), match.end()
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    opens = not (before.isalnum() or before == "_") and not after.isspace()
    closes = not before.isspace() and not (after.isalnum() or after == "_")
    return "" if opens or closes else run


def plain_text(markdown: str) -> str:
    """Markdown without its marks (headings, quotes, list bullets, emphasis, links), on one
    line: what a list row or a search result shows."""
    text = _LINK.sub(r"\1", markdown)
    text = _LINE_MARKS.sub("", text)
    text = _INLINE_MARKS.sub(_drop_inline_mark, text)
    return " ".join(text.split())


def clipped(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, ending with "…" when something was cut.

    The cut falls between words where one ends in the last third of the room ("…came back…"
    rather than "…came b…"); a single very long word is cut inside it.
    """
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if not text[limit - 1].isspace():  # the cut falls inside a word: go back to its start
        space = cut.rfind(" ")
        if space >= (limit * 2) // 3:
            cut = cut[:space]
    return cut.rstrip().rstrip(",;:") + "…"


def preview_text(title: str, body: str, limit: int = PREVIEW_CHARS) -> str:
    """A one-line preview of the body for lists, without Markdown marks; it ends with "…"
    whenever the body goes on (also when the part read for it was mostly marks or blank
    lines)."""
    source = body[: limit * 4]
    text = plain_text(source)
    if len(text) > limit:
        return clipped(text, limit)
    if text and body[len(source) :].strip():
        return text + "…"
    return text


@dataclass(frozen=True)
class EntrySummary:
    """One row of the journal list: enough to show it, without the whole body."""

    id: int
    created_at: datetime
    title: str
    preview: str
    mood: int | None
    tags: tuple[str, ...]
    private: bool
    bring_to_session: bool
    #: Search results only: the matching part of the body and the title, with matches wrapped
    #: in :data:`MATCH_START` / :data:`MATCH_END`.
    highlighted: str | None = None
    highlighted_title: str | None = None


#: Markers around search matches in :attr:`EntrySummary.highlighted`.
MATCH_START = "\x02"
MATCH_END = "\x03"


@dataclass(frozen=True)
class EntryFilter:
    """What the journal list shows: free text (search as you type), tags and dates."""

    text: str = ""
    tags: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    flagged_only: bool = False

    def is_empty(self) -> bool:
        return (
            not self.text.strip()
            and not self.tags
            and self.date_from is None
            and self.date_to is None
            and not self.flagged_only
        )


def summary_of(entry: JournalEntry) -> EntrySummary:
    """The list row for an entry just saved."""
    return EntrySummary(
        id=entry.id,
        created_at=entry.created_at,
        title=entry.title,
        preview=preview_text(entry.title, entry.body),
        mood=entry.mood,
        tags=entry.tags,
        private=entry.private,
        bring_to_session=entry.bring_to_session,
    )
