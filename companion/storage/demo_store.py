"""Writing generated counseling history in one transaction (demo profile, benchmarks)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from companion.domain.demo_history import DemoCounseling


def write_counseling(session: Session, data: DemoCounseling) -> dict[str, int]:
    """Insert everything; returns how many rows of each kind were added."""
    from companion.storage import models as m

    counselors = []
    for name, practice, kind, active, started, ended in data.counselors:
        row = m.CounselorRow(
            name=name,
            practice=practice,
            kind=kind,
            active=active,
            started_on=started,
            ended_on=ended,
        )
        session.add(row)
        counselors.append(row)
    session.flush()
    sessions = []
    for s in data.sessions:
        session_row = m.CounselingSessionRow(
            counselor_id=counselors[s.counselor].id,
            starts_at=s.starts_at,
            time_zone="Europe/Berlin",
            duration_minutes=50,
            mode=s.mode,
            status=s.status,
            takeaways=s.takeaways,
            to_try=s.to_try,
            not_right=s.not_right,
        )
        session.add(session_row)
        sessions.append(session_row)
    session.flush()
    for a in data.agenda:
        session.add(
            m.AgendaItemRow(
                counselor_id=counselors[a.counselor].id,
                session_id=None if a.session is None else sessions[a.session].id,
                text=a.text,
                position=a.position,
                important=a.important,
                status=a.status,
                created_at=a.created_at,
            )
        )
    progress = 0
    for g in data.goals:
        goal = m.GoalRow(
            counselor_id=None if g.counselor is None else counselors[g.counselor].id,
            kind=g.kind,
            title=g.title,
            discussed=g.discussed,
            status=g.status,
            created_at=g.created_at,
            updated_at=g.created_at,
        )
        goal.progress = [m.GoalProgressRow(rated_on=d, rating=r) for d, r in g.progress]
        progress += len(g.progress)
        session.add(goal)
    for f in data.feedback:
        session.add(
            m.FeedbackNoteRow(
                counselor_id=None if f.counselor is None else counselors[f.counselor].id,
                kind=f.kind,
                status=f.status,
                body=f.body,
                created_at=f.created_at,
                updated_at=f.created_at,
            )
        )
    for c in data.checkins:
        attended = sessions[c.session]
        checkin = m.CheckInRow(
            counselor_id=attended.counselor_id,
            session_id=attended.id,
            created_at=c.created_at,
            comment=c.comment,
        )
        checkin.ratings = [m.CheckInRatingRow(quality=q, rating=r) for q, r in c.ratings.items()]
        session.add(checkin)
    session.flush()
    return {
        "counselors": len(counselors),
        "sessions": len(sessions),
        "agenda items": len(data.agenda),
        "goals": len(data.goals),
        "progress ratings": progress,
        "feedback notes": len(data.feedback),
        "check-ins": len(data.checkins),
    }
