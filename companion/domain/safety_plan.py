"""The safety plan: what the client writes down, while calm, for a hard moment.

It holds warning signs, what helps, people to contact, professional contacts and crisis
contacts. Companion is not an emergency service; the UI says so beside the plan. The plan is
never exported or searched unless the client explicitly includes it.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import datetime

from companion.domain.errors import InvalidInput
from companion.domain.wording import tr_n

SECTION_MAX = 20_000

#: The written sections, in the order the page shows them.
SECTIONS = ("warning_signs", "what_helps", "people", "professionals", "crisis_contacts")


@dataclass(frozen=True)
class SafetyPlan:
    """The client's safety plan. ``updated_at`` is None until it was first saved."""

    warning_signs: str = ""
    what_helps: str = ""
    people: str = ""
    professionals: str = ""
    crisis_contacts: str = ""
    updated_at: datetime | None = None

    def validated(self) -> SafetyPlan:
        """The plan with trailing white space trimmed, or :class:`InvalidInput`."""
        cleaned = [str(getattr(self, name)).rstrip() for name in SECTIONS]
        if any(len(text) > SECTION_MAX for text in cleaned):
            raise InvalidInput(
                tr_n(
                    "domain.safety_plan",
                    "Each part of the plan can be at most %n [character|characters] long.",
                    SECTION_MAX,
                )
            )
        warning_signs, what_helps, people, professionals, crisis_contacts = cleaned
        return replace(
            self,
            warning_signs=warning_signs,
            what_helps=what_helps,
            people=people,
            professionals=professionals,
            crisis_contacts=crisis_contacts,
        )

    def is_empty(self) -> bool:
        return not any(str(getattr(self, name)).strip() for name in SECTIONS)

    def same_text(self, other: SafetyPlan) -> bool:
        """True when both plans say the same (ignoring when they were saved)."""
        return all(getattr(self, n) == getattr(other, n) for n in SECTIONS)


assert tuple(f.name for f in fields(SafetyPlan) if f.name != "updated_at") == SECTIONS
