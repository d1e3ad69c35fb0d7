"""Counselors: the people (or practices) the client sees."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from companion.domain.enums import CounselorKind
from companion.domain.errors import InvalidInput
from companion.domain.wording import tr, tr_n

NAME_MAX = 120
PRACTICE_MAX = 200


@dataclass(frozen=True)
class CounselorDraft:
    """What the client can set about a counselor."""

    name: str
    practice: str = ""
    notes: str = ""
    kind: CounselorKind = CounselorKind.INDIVIDUAL
    active: bool = True
    started_on: date | None = None
    ended_on: date | None = None

    def validated(self) -> CounselorDraft:
        name = " ".join(self.name.split())
        if not name:
            raise InvalidInput(
                tr(
                    "domain.counselors",
                    "Please give the counselor a name (a first name is enough).",
                )
            )
        if len(name) > NAME_MAX:
            raise InvalidInput(
                tr_n(
                    "domain.counselors",
                    "A name can be at most %n [character|characters] long.",
                    NAME_MAX,
                )
            )
        practice = " ".join(self.practice.split())
        if len(practice) > PRACTICE_MAX:
            raise InvalidInput(
                tr_n(
                    "domain.counselors",
                    "A practice name can be at most %n [character|characters] long.",
                    PRACTICE_MAX,
                )
            )
        if self.started_on and self.ended_on and self.ended_on < self.started_on:
            raise InvalidInput(tr("domain.counselors", "The end date is before the start date."))
        return CounselorDraft(
            name=name,
            practice=practice,
            notes=self.notes,
            kind=CounselorKind(self.kind),
            active=bool(self.active),
            started_on=self.started_on,
            ended_on=self.ended_on,
        )


@dataclass(frozen=True)
class Counselor:
    id: int
    name: str
    practice: str = ""
    notes: str = ""
    kind: CounselorKind = CounselorKind.INDIVIDUAL
    active: bool = True
    started_on: date | None = None
    ended_on: date | None = None

    def draft(self) -> CounselorDraft:
        return CounselorDraft(
            name=self.name,
            practice=self.practice,
            notes=self.notes,
            kind=self.kind,
            active=self.active,
            started_on=self.started_on,
            ended_on=self.ended_on,
        )

    @property
    def label(self) -> str:
        """How lists show the counselor: the name, with the practice when there is one."""
        return f"{self.name} ({self.practice})" if self.practice else self.name
