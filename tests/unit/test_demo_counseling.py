from datetime import date

from companion.domain.enums import GoalStatus, SessionStatus
from companion.services.demo_counseling import generate_counseling


def test_a_year_of_weekly_sessions_with_one_change_of_counselor() -> None:
    data = generate_counseling(365, today=date(2026, 11, 25))
    assert len(data.counselors) == 2
    ended, current = data.counselors
    assert not ended[3] and current[3]  # the first one ended, the second is active
    assert 50 <= len(data.sessions) <= 55
    assert {s.counselor for s in data.sessions} == {0, 1}
    planned = [s for s in data.sessions if s.status is SessionStatus.PLANNED]
    assert len(planned) == 1 and planned[0].counselor == 1
    attended = [s for s in data.sessions if s.status is SessionStatus.ATTENDED]
    assert all(s.takeaways for s in attended)
    assert any(g.progress for g in data.goals)
    # the current counselor has open goals, so a demo summary shows them on its first page
    assert any(
        g.counselor == 1 and g.status is GoalStatus.ACTIVE and g.progress for g in data.goals
    )
    assert len({f.kind for f in data.feedback}) == 4


def test_it_is_deterministic() -> None:
    a = generate_counseling(100, today=date(2026, 1, 1), seed=3)
    b = generate_counseling(100, today=date(2026, 1, 1), seed=3)
    assert [s.starts_at for s in a.sessions] == [s.starts_at for s in b.sessions]


def test_check_ins_dip_and_recover_with_the_current_counselor() -> None:
    from statistics import mean

    today = date(2026, 11, 25)
    data = generate_counseling(365, today=today)
    assert data.checkins
    current = [c for c in data.checkins if data.sessions[c.session].counselor == 1]

    def core(weeks_from: int, weeks_to: int) -> float:
        picked = [
            c
            for c in current
            if weeks_from
            <= (today - data.sessions[c.session].starts_at.date()).days / 7
            <= weeks_to
        ]
        return mean(c.ratings["heard"] for c in picked)

    assert core(5, 8) < core(0, 4) - 1.5  # the dip, then recovery
    assert all(set(c.ratings) >= {"heard", "respected", "supported"} for c in data.checkins)


def test_twenty_years_give_about_a_thousand_sessions_with_check_ins() -> None:
    data = generate_counseling(20 * 365, today=date(2026, 11, 25))
    assert 1000 <= len(data.sessions) <= 1100  # weekly
    assert len(data.checkins) >= 800  # after most attended sessions
    assert all(data.sessions[c.session].status is SessionStatus.ATTENDED for c in data.checkins)
