"""Generated counseling history for the demo profile and the benchmarks: weekly sessions with
two counselors (one change of counselor), agendas, notes after sessions, goals with progress
and feedback notes. Invented for Companion; deterministic for a seed."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from companion.domain.demo_history import (
    ZONE,
    DemoAgendaItem,
    DemoCheckIn,
    DemoCounseling,
    DemoFeedback,
    DemoGoal,
    DemoSession,
)
from companion.domain.enums import (
    AgendaStatus,
    CounselorKind,
    FeedbackKind,
    FeedbackStatus,
    GoalDiscussion,
    GoalKind,
    GoalStatus,
    SessionMode,
    SessionStatus,
)
from companion.storage.engine import Database

_TAKEAWAYS = (
    "Noticing the pattern is already a step; I don't have to fix it all at once.",
    "My needs count too, even when work is busy.",
    "Anxiety before a conversation does not mean the conversation will go badly.",
    "I can say 'let me think about it' instead of yes straight away.",
    "Rest is not something I have to earn.",
)
_TO_TRY = (
    "Write three things that went fine each evening.",
    "Take a ten-minute walk at lunch.",
    "Practise one small no this week.",
    "Use the breathing exercise before the team meeting.",
    "Go to bed before eleven on weeknights.",
)
_NOT_RIGHT = (
    "",
    "",
    "",
    "The end felt a bit rushed and I didn't get to my last point.",
    "I felt judged when we talked about my mother, maybe I misread it.",
)
_AGENDA = (
    "How the week at work went",
    "The argument with my sister",
    "Sleep is getting worse again",
    "Whether we could meet every two weeks",
    "What I noticed when I said no",
    "Questions about the homework from last time",
    "I want to talk about my father",
)
_FEEDBACK = (
    (FeedbackKind.APPRECIATION, "The way you summed up what I said helped me feel understood."),
    (FeedbackKind.CONCERN, "When the session ended early, I felt my topic did not matter."),
    (FeedbackKind.REQUEST, "Could we leave five minutes at the end to plan the week?"),
    (FeedbackKind.QUESTION, "How will we know when I'm ready to meet less often?"),
)
_CORE = ("heard", "respected", "supported")
_MORE = ("understood", "trust", "open", "safe", "together")
_CHECKIN_COMMENTS = (
    "",
    "",
    "",
    "More time at the end would have helped.",
    "I wish we had gone back to what I said about work.",
    "It helped that we slowed down.",
)

_GOALS = (
    (GoalKind.EXPECTATION, "Understand why I keep overcommitting"),
    (GoalKind.GOAL, "Say no at work once a week without apologising"),
    (GoalKind.GOAL, "Sleep at least seven hours on most nights"),
    (GoalKind.GOAL, "Call my sister once a month"),
)


def generate_counseling(days: int, *, today: date | None = None, seed: int = 11) -> DemoCounseling:
    """Weekly sessions over ``days`` days up to ``today`` plus one planned next week; the
    counselor changes about four months before the end (or halfway for short spans)."""
    rng = random.Random(seed)
    today = today or date.today()
    start = today - timedelta(days=days)
    change = max(start + timedelta(days=days // 2), today - timedelta(days=120))
    counselors = [
        ("Sam Okafor", "Northside Counseling", CounselorKind.INDIVIDUAL, False, start, change),
        ("Dana Reyes", "Riverside Practice", CounselorKind.INDIVIDUAL, True, change, None),
    ]
    zone = ZoneInfo(ZONE)
    sessions: list[DemoSession] = []
    agenda: list[DemoAgendaItem] = []
    day = start + timedelta(days=(1 - start.weekday()) % 7)  # Tuesdays
    while day <= today + timedelta(days=7):
        who = 0 if day < change else 1
        local = datetime.combine(day, time(17, 0) if who else time(9, 30), tzinfo=zone)
        moment = local.astimezone(UTC)
        if day > today:
            status = SessionStatus.PLANNED
        else:
            roll = rng.random()
            status = (
                SessionStatus.CANCELLED
                if roll < 0.06
                else SessionStatus.MISSED
                if roll < 0.08
                else SessionStatus.ATTENDED
            )
        s = DemoSession(
            who, moment, status, SessionMode.VIDEO if rng.random() < 0.25 else SessionMode.IN_PERSON
        )
        if status is SessionStatus.ATTENDED:
            s.takeaways = rng.choice(_TAKEAWAYS)
            s.to_try = rng.choice(_TO_TRY)
            s.not_right = rng.choice(_NOT_RIGHT)
        sessions.append(s)
        index = len(sessions) - 1
        for position in range(rng.choice([1, 2, 2, 3])):
            planned = status is SessionStatus.PLANNED
            agenda.append(
                DemoAgendaItem(
                    counselor=who,
                    text=rng.choice(_AGENDA),
                    status=AgendaStatus.OPEN
                    if planned
                    else (AgendaStatus.DISCUSSED if rng.random() < 0.85 else AgendaStatus.DROPPED),
                    session=None if planned else index,
                    important=rng.random() < 0.2,
                    position=position,
                    created_at=(local - timedelta(days=rng.randint(1, 5))).replace(tzinfo=None),
                )
            )
        day += timedelta(days=7)

    checkins = _checkins(rng, sessions, change, today)

    goals = []
    for i, (kind, title) in enumerate(_GOALS):
        # the first two with the first counselor, the others set with the current one (so
        # a demo summary for the current counselor has goals on its first page)
        created = start + timedelta(days=7 * i) if i < 2 else change + timedelta(days=7 * (i - 1))
        goal = DemoGoal(
            counselor=0 if created < change else 1,
            kind=kind,
            title=title,
            discussed=GoalDiscussion.AGREED if i != 3 else GoalDiscussion.NOT_YET,
            status=GoalStatus.ACHIEVED if i == 1 and days > 200 else GoalStatus.ACTIVE,
            created_at=datetime.combine(created, time(20, 0)),
        )
        level = rng.randint(2, 4)
        rated = created + timedelta(days=14)
        while rated <= today:
            level = max(0, min(10, level + rng.choice([-1, 0, 1, 1, 1])))
            goal.progress.append((rated, level))
            rated += timedelta(days=30)
        goals.append(goal)

    feedback = []
    for i, (fb_kind, body) in enumerate(_FEEDBACK):
        when = today - timedelta(days=10 + 40 * (len(_FEEDBACK) - i))
        fb_status = (
            FeedbackStatus.DISCUSSED,
            FeedbackStatus.SHARED,
            FeedbackStatus.READY,
            FeedbackStatus.DRAFT,
        )[i]
        feedback.append(
            DemoFeedback(
                1 if when >= change else 0,
                fb_kind,
                fb_status,
                body,
                datetime.combine(max(when, start), time(21, 0)),
            )
        )
    return DemoCounseling(counselors, sessions, agenda, goals, feedback, checkins)


def _checkins(
    rng: random.Random, sessions: list[DemoSession], change: date, today: date
) -> list[DemoCheckIn]:
    """A check-in after most attended sessions: the first counselor's slowly fading in the
    months before the change, the second's good, with a dip five to eight weeks ago and a
    recovery since (so the demo shows the gentle signal and the charts at their best)."""
    found = []
    for index, s in enumerate(sessions):
        if s.status is not SessionStatus.ATTENDED or rng.random() < 0.1:
            continue
        day = s.starts_at.date()
        if s.counselor == 0:
            months_left = max(0, (change - day).days) / 30
            base = 6.0 + min(months_left, 6) * 0.35
        else:
            weeks_ago = (today - day).days / 7
            base = 8.2 - (3.2 if 5 <= weeks_ago <= 8 else 0.0)
        ratings = {
            q: _clamp(rng.gauss(base + (0.3 if q == "respected" else 0), 0.7)) for q in _CORE
        }
        if rng.random() < 0.5:
            ratings.update({q: _clamp(rng.gauss(base, 0.9)) for q in _MORE})
        local_end = s.starts_at.astimezone(ZoneInfo(ZONE)) + timedelta(hours=1)
        found.append(
            DemoCheckIn(
                index, ratings, rng.choice(_CHECKIN_COMMENTS), local_end.replace(tzinfo=None)
            )
        )
    return found


def _clamp(value: float) -> int:
    return max(0, min(10, round(value)))


class DemoCounselingService:
    """Writes :func:`generate_counseling` into a profile, all in one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, days: int, *, seed: int = 11) -> dict[str, int]:
        from companion.storage import demo_store

        data = generate_counseling(days, seed=seed)
        with self._db.session() as s:
            return demo_store.write_counseling(s, data)
