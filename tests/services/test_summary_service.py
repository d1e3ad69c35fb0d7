"""SummaryService: the period, the candidates (never private ones), the document."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from companion.charts.text import DISCLAIMER, tr
from companion.domain.errors import InvalidInput
from companion.export.render_html import render_html
from companion.export.render_markdown import render_markdown
from companion.export.selection import PeriodChoice, PeriodKind, Selection, default_selection
from companion.services.profile import UnlockedProfile
from companion.services.summary import SummaryRequest, SummaryService
from tests.support import summary_data as data


def test_candidates_never_include_private_entries(profile: UnlockedProfile) -> None:
    scenario = data.fill(profile)
    service = profile.service(SummaryService)
    period = service.resolve_period(PeriodChoice(), scenario.counselor_id)
    assert period.end == date.today()
    assert date.today() - timedelta(days=6) <= period.start <= date.today() - timedelta(days=4)
    candidates = service.candidates(period, scenario.counselor_id)
    ids = {e.id for e in candidates.entries}
    assert ids == {scenario.shared_entry, scenario.plain_entry}
    assert all(not line.private for line in candidates.agenda)
    assert data.PRIVATE not in repr(candidates)
    assert [n.id for n in candidates.feedback] == [scenario.ready_note]
    selection = default_selection(candidates)
    assert selection.entries == {scenario.shared_entry}
    assert selection.note_fields == {"takeaways"}


def test_document_holds_what_was_chosen(profile: UnlockedProfile) -> None:
    scenario = data.fill(profile)
    service = profile.service(SummaryService)
    period = service.resolve_period(PeriodChoice(), scenario.counselor_id)
    candidates = service.candidates(period, scenario.counselor_id)
    document = service.build(SummaryRequest(candidates, default_selection(candidates)))
    text = render_markdown(document)
    for expected in (
        data.SHARED,
        data.SECOND_PARAGRAPH,
        data.READY,
        data.TAKEAWAY,
        data.GOAL,
        data.AGENDA,
    ):
        assert expected in text
    for absent in (data.PRIVATE, data.PLAIN, data.DRAFT, data.NOT_RIGHT):
        assert absent not in text
    assert "4 → 6 of 10" in text
    short = service.build(
        SummaryRequest(
            candidates,
            Selection(entries=frozenset({scenario.shared_entry}), first_paragraph_only=True),
        )
    )
    html = render_html(short)
    assert data.SHARED in html and data.SECOND_PARAGRAPH not in html
    assert data.READY not in html


def test_periods_between_sessions_and_custom(profile: UnlockedProfile) -> None:
    scenario = data.fill(profile)
    service = profile.service(SummaryService)
    between = service.resolve_period(
        PeriodChoice(PeriodKind.BETWEEN_SESSIONS, scenario.session_id, scenario.session_id),
        scenario.counselor_id,
    )
    assert between.start == between.end
    custom = service.resolve_period(
        PeriodChoice(PeriodKind.CUSTOM, start=date(2026, 1, 1), end=date(2026, 1, 31)),
        scenario.counselor_id,
    )
    assert (custom.start, custom.end) == (date(2026, 1, 1), date(2026, 1, 31))
    with pytest.raises(InvalidInput):
        service.resolve_period(
            PeriodChoice(PeriodKind.CUSTOM, start=date(2026, 2, 1), end=date(2026, 1, 1)),
            scenario.counselor_id,
        )


def test_without_an_attended_session_the_last_four_weeks(profile: UnlockedProfile) -> None:
    from companion.domain.counselors import CounselorDraft

    counselor = profile.counselors.create(CounselorDraft(name="New")).id
    period = profile.service(SummaryService).resolve_period(PeriodChoice(), counselor)
    assert period.end - period.start == timedelta(days=27)


def test_the_last_session_is_reported_by_its_own_check_in(profile: UnlockedProfile) -> None:
    """A check-in written today about a session months ago is not "the latest": the export
    for "since our last session" reports the check-in about the last session."""
    from datetime import datetime, time

    from companion.charts.text import day_text
    from companion.domain.enums import SessionStatus
    from companion.services.sessions import SessionService
    from tests.support.insights import add_checkin, add_session

    scenario = data.fill(profile)
    last = profile.service(SessionService).get(scenario.session_id)
    last_day = last.starts_at.astimezone().date()
    add_checkin(
        profile,
        scenario.counselor_id,
        datetime.combine(last_day, time(20)),
        {"heard": 8, "respected": 9, "supported": 8},
        scenario.session_id,
    )
    long_ago = datetime.combine(date.today() - timedelta(days=114), time(12)).astimezone()
    old = add_session(profile, scenario.counselor_id, long_ago, SessionStatus.ATTENDED)
    add_checkin(
        profile,
        scenario.counselor_id,
        datetime.now().replace(microsecond=0),
        {"heard": 3, "respected": 3, "supported": 3},
        old,
    )
    service = profile.service(SummaryService)
    period = service.resolve_period(PeriodChoice(), scenario.counselor_id)
    candidates = service.candidates(period, scenario.counselor_id)
    assert candidates.checkin_count == 1
    document = service.build(SummaryRequest(candidates, Selection(checkins=True)), charts=False)
    text = render_markdown(document)
    assert "1 check-in after a session in this period." in text
    assert f"Latest: our session on {day_text(last_day)}." in text
    assert "| Supported | 8 | 8 |" in text
    assert "| 3 |" not in text


LONG_NOTE = (
    "When the session ran over I felt I had to hurry out, and the last thing we talked about "
    "came back to me all evening"
)
LONG_ENTRY = (
    "I came back from the walk and felt lighter than in weeks, which surprised me because "
    "the whole morning had been hard"
)


def test_agenda_items_appear_whole_and_what_matters_most_is_marked(
    profile: UnlockedProfile,
) -> None:
    """The agenda on screen shortens an untitled entry or a note to its first 90 letters
    ("…came b…"); the summary shows each line whole, and marks what matters most."""
    from companion.domain.enums import FeedbackKind, FeedbackStatus
    from companion.domain.feedback import FeedbackDraft
    from companion.domain.journal import EntryDraft
    from companion.services.agenda import AgendaService
    from companion.services.feedback import FeedbackService

    scenario = data.fill(profile)
    profile.service(FeedbackService).create(
        FeedbackDraft(
            FeedbackKind.CONCERN,
            LONG_NOTE + "\n\nmore",
            counselor_id=scenario.counselor_id,
            status=FeedbackStatus.READY,
        )
    )
    profile.journal.create(
        EntryDraft(title="", body=f"# Monday\n{LONG_ENTRY}", bring_to_session=True)
    )
    agenda = profile.service(AgendaService)
    agenda.add(scenario.counselor_id, "Mornings from January on", important=True)
    assert any(line.text.endswith("…") for line in agenda.agenda(scenario.counselor_id))
    service = profile.service(SummaryService)
    period = service.resolve_period(PeriodChoice(), scenario.counselor_id)
    candidates = service.candidates(period, scenario.counselor_id)
    document = service.build(SummaryRequest(candidates, default_selection(candidates)))
    text = render_markdown(document)
    assert f"- {LONG_NOTE}" in text.splitlines()
    assert f"- Monday {LONG_ENTRY}" in text.splitlines()
    assert "- **Matters most:** Mornings from January on" in text.splitlines()
    # what matters most comes first (it was added last), the rest in the client's order
    items = [line for line in text.split("\n---\n")[0].splitlines() if line.startswith("- ")]
    assert items[0] == "- **Matters most:** Mornings from January on"
    assert items[1] == "- Talk about zqagendaitem"  # the client's first item comes next
    assert "…" not in text
    assert [s.key for s in document.overview] == ["agenda", "goals"]
    assert "## What I would like to talk about" in text.split("\n---\n")[0]
    assert "## From my journal" in text.split("\n---\n")[1]


def test_first_page_shows_the_next_session_and_the_check_ins_at_a_glance(
    profile: UnlockedProfile,
) -> None:
    from datetime import datetime, time

    from companion.domain.enums import SessionStatus
    from companion.services.sessions import SessionService
    from tests.support.insights import add_checkin, add_session

    scenario = data.fill(profile)
    for weeks, ratings in ((4, (6, 7, 8)), (3, (7, 7, 8)), (2, (8, 9, 6)), (0, (5, 6, 7))):
        when = datetime.combine(date.today() - timedelta(weeks=weeks), time(10)).astimezone()
        if weeks:
            session = add_session(profile, scenario.counselor_id, when, SessionStatus.ATTENDED)
        else:  # the last attended session, five days ago
            session = scenario.session_id
            when = profile.service(SessionService).get(session).starts_at.astimezone()
        add_checkin(
            profile,
            scenario.counselor_id,
            when.replace(tzinfo=None),
            dict(zip(("heard", "respected", "supported"), ratings, strict=True)),
            session,
        )
    soon = datetime.combine(date.today() + timedelta(days=3), time(16, 30)).astimezone()
    add_session(profile, scenario.counselor_id, soon, SessionStatus.PLANNED)
    service = profile.service(SummaryService)
    period = service.resolve_period(PeriodChoice(), scenario.counselor_id)
    candidates = service.candidates(period, scenario.counselor_id)
    document = service.build(SummaryRequest(candidates, Selection(checkins=True)), charts=False)
    assert document.next_session_line.startswith("Next session: ")
    assert document.next_session_line.endswith(", 16:30")
    text = render_markdown(document)
    assert "## Our sessions at a glance" in text
    # the last three sessions, and the usual range (the middle half) of all four
    overview = text.split("\n---\n")[0]
    assert "| Heard | 7 | 8 | 5 | 6–7 |" in overview
    assert "Usual range" in overview
    # the last column counts check-ins: "Ratings" read like a score of 1
    assert "| Quality | Latest | Average | Check-ins |" in text
    # the scores' caution is said once, beside the glance, not again in the details
    assert text.count(tr(DISCLAIMER)) == 1, text
    assert tr(DISCLAIMER) in overview
