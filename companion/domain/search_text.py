"""Marking search matches in text, the way the full-text index matches words: whole words,
ignoring case and accents, the word being typed matching as a prefix.

Used to show the matching part of an entry in the list; the index itself finds the entries.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from companion.domain.journal import MATCH_END, MATCH_START, plain_text

_WORD = re.compile(r"\w+", re.UNICODE)
SNIPPET_CHARS = 150
LEAD_CHARS = 40


def query_words(user_text: str) -> list[str]:
    """The words of what the client typed, as the search understands them."""
    return _WORD.findall(user_text)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    base = unicodedata.normalize("NFKD", ch)
    kept = "".join(c for c in base if not unicodedata.combining(c)).lower()
    return kept[:1] or ch


def fold(text: str) -> str:
    """Lower case without accents, one output character for every input character, so that
    positions in the folded text are positions in the original."""
    if text.isascii():
        return text.lower()  # the same as lowering A-Z only, and much quicker
    # Each non-ASCII character becomes its folded form, which is already lower case (and
    # stays one character when lowered); lowering the whole then only changes A-Z.
    return _NON_ASCII.sub(_folded_match, text).lower()


def _folded_match(found: re.Match[str]) -> str:
    return _fold_char(found.group())


_ALL_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class MatchPattern:
    """A compiled search for the words typed; ``prefix`` when the last word is still being
    typed (what was typed does not end in a space).

    A match starts a word. When every folded query word is made of word characters (nearly
    always), ``regex`` says so itself (a look-behind) and every match it finds is one;
    otherwise (a character whose folded form is not a word character, such as "㈠")
    ``word_start_checked`` is false and candidates are checked one by one, as the regex
    engine scans on from the end of each candidate it passes over.
    """

    regex: re.Pattern[str] | None
    word_start_checked: bool = False

    @classmethod
    def for_query(cls, user_text: str) -> MatchPattern:
        words = [fold(w) for w in query_words(user_text)]
        if not words:
            return cls(None)
        prefix = not user_text[-1].isspace()
        parts = [
            re.escape(w) + (r"\w*" if prefix and i == len(words) - 1 else "")
            for i, w in enumerate(words)
        ]
        alternatives = "|".join(sorted(parts, key=len, reverse=True))
        if all(_ALL_WORD.fullmatch(w) for w in words):
            # Then a candidate that does not start a word lies inside one, up to its end, so
            # checking the start in the regex finds exactly what checking it afterwards did.
            return cls(re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), word_start_checked=True)
        return cls(re.compile(rf"(?:{alternatives})(?!\w)"))

    def spans(self, text: str) -> list[tuple[int, int]]:
        if self.regex is None or not text:
            return []
        folded = fold(text)
        if self.word_start_checked:
            return [m.span() for m in self.regex.finditer(folded)]
        return [
            m.span()
            for m in self.regex.finditer(folded)
            if m.start() == 0 or not _is_word_char(folded[m.start() - 1])
        ]

    def first_span(self, text: str) -> tuple[int, int] | None:
        if self.regex is None or not text:
            return None
        folded = fold(text)
        if self.word_start_checked:
            found = self.regex.search(folded)
            return None if found is None else found.span()
        for m in self.regex.finditer(folded):
            if m.start() == 0 or not _is_word_char(folded[m.start() - 1]):
                return m.span()
        return None

    def mark(self, text: str) -> str | None:
        """``text`` with every match wrapped in the match markers, or None without a match."""
        spans = self.spans(text)
        if not spans:
            return None
        out, last = [], 0
        for start, end in spans:
            out += [text[last:start], MATCH_START, text[start:end], MATCH_END]
            last = end
        out.append(text[last:])
        return "".join(out)

    def snippet(self, markdown: str, width: int = SNIPPET_CHARS) -> str | None:
        """The part of the body around its first match, as plain text with marked matches,
        or None when the body has no match (the title matched)."""
        raw = self.first_span(markdown)
        if raw is None:
            return None
        # Only the text around the first match is made plain: bodies can be long.
        around = raw[0]
        window = markdown[max(0, around - 3 * LEAD_CHARS) : around + 3 * width]
        text = plain_text(window)
        span = self.first_span(text)
        if span is None:
            return None
        first = span[0]
        start = max(0, first - LEAD_CHARS)
        if start:
            space = text.find(" ", start, first)
            start = space + 1 if space != -1 else start
        end = min(len(text), start + width)
        if end < len(text):
            space = text.rfind(" ", first, end)
            end = space if space > first else end
        marked = self.mark(text[start:end]) or text[start:end]
        cut_before = start > 0 or around > 3 * LEAD_CHARS
        cut_after = end < len(text) or around + 3 * width < len(markdown)
        return ("…" if cut_before else "") + marked + ("…" if cut_after else "")
