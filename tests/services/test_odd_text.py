"""Text no keyboard types still saves: a lone surrogate reaches every area's service and is
stored as U+FFFD instead of failing the save with an encoding error."""

from __future__ import annotations

from companion.domain.counselors import CounselorDraft
from companion.domain.enums import FeedbackKind
from companion.domain.feedback import FeedbackDraft
from companion.domain.goals import GoalDraft
from companion.domain.journal import EntryDraft
from companion.domain.safety_plan import SafetyPlan
from companion.domain.text import REPLACEMENT
from companion.services.counselors import CounselorService
from companion.services.feedback import FeedbackService
from companion.services.goals import GoalService
from companion.services.profile import UnlockedProfile
from companion.services.safety_plan import SafetyPlanService

ODD = "before\ud800after"
STORED = f"before{REPLACEMENT}after"


def test_a_journal_entry(profile: UnlockedProfile) -> None:
    entry = profile.journal.create(EntryDraft(title=ODD, body=ODD, tags=(ODD,)))
    again = profile.journal.get(entry.id)
    assert again.title == STORED and again.body == STORED
    assert again.tags == (STORED.lower(),)


def test_the_other_areas(profile: UnlockedProfile) -> None:
    counselor = profile.service(CounselorService).create(CounselorDraft(name=ODD, notes=ODD))
    assert profile.service(CounselorService).get(counselor.id).name == STORED
    draft = FeedbackDraft(kind=FeedbackKind.CONCERN, body=ODD)
    note = profile.service(FeedbackService).create(draft)
    assert profile.service(FeedbackService).get(note.id).body == STORED
    goal = profile.service(GoalService).create(GoalDraft(title=ODD, details=ODD))
    assert profile.service(GoalService).get(goal.id).details == STORED
    plan = profile.service(SafetyPlanService)
    plan.save(SafetyPlan(warning_signs=ODD))
    assert plan.get().warning_signs == STORED
