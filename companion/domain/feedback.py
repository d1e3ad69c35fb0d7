"""Feedback for the counselor: notes the client drafts in private and shares when ready.

A note is an appreciation, a concern, a request or a question. It goes from *draft* (only
the client has seen it) to *ready to share* (it joins the agenda of the next session), then
*shared* and finally *discussed*. The I-statement starters help phrase a concern in a way
that is easier to say and to hear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from companion.domain.enums import FeedbackKind, FeedbackStatus
from companion.domain.errors import InvalidInput
from companion.domain.journal import clipped
from companion.domain.wording import tr, tr_n

BODY_MAX = 20_000
PREVIEW_CHARS = 120

#: The order a note moves through.
STATUS_ORDER = (
    FeedbackStatus.DRAFT,
    FeedbackStatus.READY,
    FeedbackStatus.SHARED,
    FeedbackStatus.DISCUSSED,
)
#: Notes still waiting to be raised.
OPEN_STATUSES = (FeedbackStatus.DRAFT, FeedbackStatus.READY)


def next_status(status: FeedbackStatus) -> FeedbackStatus | None:
    """The step after ``status``, or None once the note was discussed."""
    index = STATUS_ORDER.index(FeedbackStatus(status))
    return STATUS_ORDER[index + 1] if index + 1 < len(STATUS_ORDER) else None


def preview(body: str, limit: int = PREVIEW_CHARS) -> str:
    """The note on one line, cut to ``limit`` characters."""
    text = " ".join(body.split())
    return clipped(text, limit)


@dataclass(frozen=True)
class FeedbackDraft:
    """What the client can set about a feedback note."""

    kind: FeedbackKind
    body: str
    counselor_id: int | None = None
    session_id: int | None = None
    status: FeedbackStatus = FeedbackStatus.DRAFT

    def validated(self) -> FeedbackDraft:
        """A cleaned copy, or :class:`InvalidInput` with a message fit to show."""
        body = self.body.strip()
        if not body:
            raise InvalidInput(
                tr("domain.feedback", "Please write a few words first; the note is still empty.")
            )
        if len(body) > BODY_MAX:
            raise InvalidInput(
                tr_n(
                    "domain.feedback",
                    "A note can be at most %n [character|characters] long.",
                    BODY_MAX,
                )
            )
        try:
            kind = FeedbackKind(self.kind)
            status = FeedbackStatus(self.status)
        except ValueError:
            raise InvalidInput(
                tr("domain.feedback", "Please choose one of the options offered.")
            ) from None
        return FeedbackDraft(
            kind=kind,
            body=body,
            counselor_id=self.counselor_id,
            session_id=self.session_id,
            status=status,
        )


@dataclass(frozen=True)
class FeedbackNote:
    """A stored feedback note; times are local wall-clock times."""

    id: int
    kind: FeedbackKind
    body: str
    status: FeedbackStatus = FeedbackStatus.DRAFT
    counselor_id: int | None = None
    session_id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def draft(self) -> FeedbackDraft:
        return FeedbackDraft(
            kind=self.kind,
            body=self.body,
            counselor_id=self.counselor_id,
            session_id=self.session_id,
            status=self.status,
        )

    @property
    def preview(self) -> str:
        return preview(self.body)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


# --- Phrasing a concern ----------------------------------------------------------------------

_BLANK = re.compile(r"\{(\d)\}")


@dataclass(frozen=True)
class Starter:
    """A sentence with blanks for the client to fill in: ``template`` holds ``{0}``, ``{1}``
    where the blanks go and ``hints`` says, for each blank, what belongs there. The UI
    translates both (a translation may reorder the blanks)."""

    key: str
    template: str
    hints: tuple[str, ...]

    def compose(self, answers: tuple[str, ...] | list[str], template: str | None = None) -> str:
        """The sentence with the blanks filled in; ``template`` may be a translation.

        Trailing full stops of the answers are dropped so the sentence ends only once.
        """
        return compose(template or self.template, answers)


def _clean_answer(text: str) -> str:
    return " ".join(text.split()).rstrip(".").rstrip()


def compose(template: str, answers: tuple[str, ...] | list[str]) -> str:
    """``template`` with ``{n}`` replaced by the cleaned ``answers[n]``."""
    cleaned = [_clean_answer(a) for a in answers]

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return cleaned[index] if index < len(cleaned) else ""

    return _BLANK.sub(fill, template)


#: I-statement starters: say what happened and how it was for you, rather than what the
#: counselor is. Written for Companion.
STARTERS: tuple[Starter, ...] = (
    Starter("felt", "When {0}, I felt {1}.", ("what happened", "how it was for you")),
    Starter(
        "noticed",
        "I noticed that {0}, and I wondered {1}.",
        ("what you noticed", "what you wondered"),
    ),
    Starter("help", "What would help me is {0}.", ("what would help",)),
    Starter("try", "I'd like to try {0}.", ("something you'd like to try",)),
    Starter("hard", "This is a little hard for me to say, but {0}.", ("what you want to say",)),
    Starter(
        "unsure", "I'm not sure I understood {0}. Could we go over it again?", ("what was unclear",)
    ),
)


def compose_starters(filled: list[tuple[str, list[str]]]) -> str:
    """Join filled-in starters into one text.

    ``filled`` holds, for each starter in use, its (possibly translated) template and the
    answers. A starter with no answer is skipped; one with some blanks filled and others
    empty raises :class:`InvalidInput`, so nothing half-written goes into the note.
    """
    sentences = []
    for template, answers in filled:
        present = [bool(_clean_answer(a)) for a in answers]
        if not any(present):
            continue
        if not all(present):
            raise InvalidInput(
                tr(
                    "domain.feedback",
                    "One of the sentences still has an empty blank. Fill it in, or clear that "
                    "sentence to leave it out.",
                )
            )
        sentences.append(compose(template, answers))
    return " ".join(sentences)
