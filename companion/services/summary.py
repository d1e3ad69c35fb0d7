"""The session summary: what the client may share with a counselor for a period, and the
document built from what they chose.

``candidates`` reads everything that could go in (private entries are never read, nor the
pictures kept with them); ``build`` turns the client's choice into a
:class:`SummaryDocument` that the preview and every file format render. Charts are drawn
with matplotlib (imported on first use). Pictures are put in as their files are stored,
unless the caller hands ``build`` a :data:`PictureMaker` that makes them ready for print
(the export dialog, the command line: :class:`companion.export.print_pictures.PrintPictures`);
this layer never decodes one.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from companion.charts.text import DISCLAIMER, day_text, number, quality_label, tr
from companion.domain import wording
from companion.domain.agenda import AgendaLine, LineKind, SessionNotes, important_first
from companion.domain.attachments import Attachment
from companion.domain.enums import (
    FeedbackKind,
    FeedbackStatus,
    GoalKind,
    GoalStatus,
)
from companion.domain.errors import InvalidInput, NotFound
from companion.domain.feedback import FeedbackNote
from companion.domain.goals import ProgressRating
from companion.domain.insights import (
    CORE_QUALITIES,
    CheckInPoint,
    InsightsData,
    Period,
    baseline,
    latest_checkin,
    latest_vs_average,
)
from companion.domain.journal import plain_text
from companion.domain.sessions import Session
from companion.domain.wording import tr_n
from companion.export.selection import (
    Candidates,
    Chosen,
    GoalCandidate,
    PeriodChoice,
    PeriodKind,
    Selection,
    SummaryPeriod,
    chosen,
    first_paragraph,
    offered,
)
from companion.export.summary_model import (
    Block,
    BulletList,
    Image,
    Markdown,
    Note,
    Paragraph,
    Picture,
    Section,
    Subheading,
    SummaryDocument,
    Table,
)
from companion.services.agenda import AgendaService
from companion.services.counselors import CounselorService
from companion.services.feedback import FeedbackService
from companion.services.goals import GoalService
from companion.services.insights import InsightsService
from companion.services.sessions import SessionService
from companion.storage import attachment_store, summary_store
from companion.storage.engine import Database

#: Without an attended session, "since the last session" means the last four weeks.
FALLBACK_DAYS = 28
#: A summary saved up to this long after a session ended still counts as brought to it.
BROUGHT_GRACE = timedelta(hours=12)
#: Charts show at least this many days up to the period's end, so a line has a shape.
CHART_MIN_DAYS = 91


def _now() -> datetime:
    return datetime.now(UTC)


#: Turns a chosen picture into what the document shows: ``(attachment, load)``, where
#: ``load()`` reads the file's bytes (only when needed: a maker may keep pictures it made).
PictureMaker = Callable[[Attachment, Callable[[], bytes]], Picture | Note]


def raw_picture(attachment: Attachment, load: Callable[[], bytes]) -> Picture:
    """The picture as its file is stored (the renderers make it ready for print)."""
    return Picture(
        key=f"picture-{attachment.id}",
        name=attachment.name,
        data=load(),
        media_type=attachment.media_type,
        width_px=attachment.width or 1,
        height_px=attachment.height or 1,
    )


class PictureGone(NotFound):
    """A chosen picture's entry was made private, deleted or the picture removed since the
    candidates were read: it is left out."""


@dataclass(frozen=True)
class SummaryRequest:
    """The candidates the client saw and what they ticked."""

    candidates: Candidates
    selection: Selection


def chart_period(period: SummaryPeriod) -> Period:
    """The charts' stretch of time: the period, widened to at least three months."""
    start = min(period.start, period.end - timedelta(days=CHART_MIN_DAYS - 1))
    return Period.custom(start, period.end)


class SummaryService:
    """Builds session summaries from one unlocked profile."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = _now) -> None:
        self._db = db
        self._clock = clock
        self._chart_cache: dict[
            tuple[date, date, int, bool], tuple[InsightsData, Image | None, Image | None]
        ] = {}

    # -- the period -------------------------------------------------------------------------

    def sessions_to_choose(self, counselor_id: int, limit: int = 60) -> list[Session]:
        """Past sessions with the counselor (newest first), for "between two sessions"."""
        return SessionService(self._db).past(counselor_id, self._clock(), limit)

    def resolve_period(
        self, choice: PeriodChoice, counselor_id: int, today: date | None = None
    ) -> SummaryPeriod:
        choice = choice.validated()
        today = today or self._clock().astimezone().date()
        if choice.kind is PeriodKind.CUSTOM:
            assert choice.start is not None and choice.end is not None
            return SummaryPeriod(choice.start, choice.end, tr("Chosen dates"))
        sessions = SessionService(self._db)
        if choice.kind is PeriodKind.BETWEEN_SESSIONS:
            assert choice.first_session_id is not None and choice.second_session_id is not None
            days = sorted(
                sessions.get(i).day_here
                for i in (choice.first_session_id, choice.second_session_id)
            )
            return SummaryPeriod(days[0], days[1], tr("Between two sessions"))
        last = sessions.last_attended(counselor_id, self._clock())
        if last is None:
            return SummaryPeriod(
                today - timedelta(days=FALLBACK_DAYS - 1), today, tr("The last four weeks")
            )
        start = min(last.day_here, today)
        return SummaryPeriod(start, today, tr("Since our last session"))

    # -- what may go in ---------------------------------------------------------------------

    def candidates(self, period: SummaryPeriod, counselor_id: int) -> Candidates:
        """Everything the summary may offer for ``period`` and the counselor. Private
        entries are never among them."""
        counselor = CounselorService(self._db).get(counselor_id)
        # what matters most first (a counselor reads the top of a list first), the same in
        # the dialog's list, the preview and the file
        agenda = important_first(self._whole_lines(AgendaService(self._db).agenda(counselor_id)))
        with self._db.read() as conn:
            entries = summary_store.shareable_entries(conn, period.start, period.end)
            pictures = summary_store.shareable_pictures(conn, [e.id for e in entries])
        goals_service = GoalService(self._db)
        goals = [
            self._goal_candidate(goal.id, period, goals_service)
            for goal in goals_service.list(counselor_id, include_closed=True)
        ]
        feedback = FeedbackService(self._db).list(counselor_id, FeedbackStatus.READY)
        last = self._last_session(counselor_id, period)
        data = InsightsService(self._db).data(chart_period(period), counselor_id, today=period.end)
        checkins = [c for c in data.checkins if period.contains(c.when.astimezone().date())]
        upcoming = SessionService(self._db).next_session(counselor_id, self._clock())
        notes = None
        if last is not None:
            notes = SessionNotes(last.takeaways, last.to_try, last.not_right)
        return offered(
            Candidates(
                period=period,
                counselor_id=counselor_id,
                counselor_name=counselor.name,
                agenda=tuple(agenda),
                entries=tuple(entries),
                goals=tuple(goals),
                feedback=tuple(feedback),
                notes=None if notes is None or notes.is_blank() else notes,
                notes_session_day=None if last is None else last.day_here,
                checkin_count=len(checkins),
                mood_count=len(data.moods),
                next_session_at=None if upcoming is None else upcoming.starts_at,
                pictures=tuple(pictures),
            )
        )

    def _whole_lines(self, lines: list[AgendaLine]) -> list[AgendaLine]:
        """The agenda with each line's whole text: the agenda on screen shortens an entry's
        or a note's text, a summary shows it whole."""
        entry_ids = [line.id for line in lines if line.kind is LineKind.JOURNAL]
        note_ids = [line.id for line in lines if line.kind is LineKind.FEEDBACK]
        with self._db.read() as conn:
            entries, notes = summary_store.agenda_sources(conn, entry_ids, note_ids)
        whole: list[AgendaLine] = []
        for line in lines:
            text = ""
            if line.kind is LineKind.JOURNAL and line.id in entries:
                title, body = entries[line.id]
                text = " ".join(title.split()) or plain_text(first_paragraph(body))
            elif line.kind is LineKind.FEEDBACK and line.id in notes:
                text = plain_text(first_paragraph(notes[line.id]))
            whole.append(replace(line, text=text) if text else line)
        return whole

    def _goal_candidate(
        self, goal_id: int, period: SummaryPeriod, goals: GoalService
    ) -> GoalCandidate:
        goal = goals.get(goal_id)
        history = goals.history(goal_id)
        inside = tuple(r for r in history if period.contains(r.rated_on))
        before = [r for r in history if r.rated_on < period.start]
        return GoalCandidate(goal, inside, before[-1] if before else None)

    def _last_session(self, counselor_id: int, period: SummaryPeriod) -> Session | None:
        end = datetime.combine(period.end + timedelta(days=1), time.min).astimezone(UTC)
        return SessionService(self._db).last_attended(counselor_id, min(end, self._clock()))

    # -- the document -----------------------------------------------------------------------

    def build(
        self,
        request: SummaryRequest,
        *,
        charts: bool = True,
        today: date | None = None,
        pictures: PictureMaker = raw_picture,
    ) -> SummaryDocument:
        """The document for what the client chose. ``charts=False`` leaves the chart
        images out (the text parts stay), for a quick first preview. Each chosen picture is
        checked again to be one of an entry that is not private, and made with
        ``pictures``."""
        candidates = request.candidates
        picked = chosen(candidates, request.selection)
        made = self._pictures(picked.pictures, pictures)
        if not (picked.checkins or picked.mood):
            return build_document(candidates, picked, None, today=today, pictures=made)
        data, relationship, mood = self._charts(candidates.period, candidates.counselor_id, charts)
        return build_document(
            candidates,
            picked,
            data,
            relationship=relationship,
            mood=mood,
            today=today,
            pictures=made,
        )

    def _pictures(
        self, chosen_pictures: tuple[Attachment, ...], make: PictureMaker
    ) -> dict[int, Picture | Note]:
        """The chosen pictures made for the document, by attachment id; a picture whose entry
        became private (or went) since the candidates were read is left out."""
        if not chosen_pictures:
            return {}
        with self._db.read() as conn:
            still = summary_store.shareable_picture_ids(conn, [p.id for p in chosen_pictures])
        made: dict[int, Picture | Note] = {}
        for attachment in chosen_pictures:
            if attachment.id not in still:
                continue

            def load(attachment_id: int = attachment.id) -> bytes:
                with self._db.read() as conn:
                    data = summary_store.shareable_picture_data(conn, attachment_id)
                if data is None:
                    raise PictureGone(attachment_id)
                return data

            try:
                made[attachment.id] = make(attachment, load)
            except PictureGone:
                continue
        return made

    def remember_pictures(self, changes: tuple[tuple[int, bool], ...]) -> None:
        """Remember for the next summary whether each picture went with its entry
        (:func:`companion.export.selection.pictures_to_remember`); a picture removed
        meanwhile is skipped. One unit of work."""
        if not changes:
            return
        with self._db.session() as s:
            for attachment_id, included in changes:
                try:
                    attachment_store.set_in_summary(s, attachment_id, included)
                except attachment_store.AttachmentNotFound:
                    continue

    # -- feedback notes brought to a session -------------------------------------------------

    def remember_brought(self, counselor_id: int, note_ids: list[int]) -> None:
        """Remember that a summary for the counselor's next session, just saved or printed,
        holds these feedback notes: after that session, the notes after it ask whether they
        were shared (:meth:`brought_to`)."""
        if not note_ids:
            return
        with self._db.write_settings() as conn:
            summary_store.remember_brought_feedback(
                conn, counselor_id, list(dict.fromkeys(note_ids)), self._clock()
            )

    def brought_to(self, session_id: int) -> list[FeedbackNote]:
        """Feedback notes still waiting to be shared that went into a summary meant for this
        session: exported for its counselor after the session before it started and before
        this one was over."""
        sessions = SessionService(self._db)
        session = sessions.get(session_id)
        before = [
            s
            for s in sessions.past(session.counselor_id, session.starts_at, limit=3)
            if s.id != session.id and s.starts_at < session.starts_at
        ]
        since = before[0].starts_at if before else None
        until = session.ends_at + BROUGHT_GRACE
        with self._db.read() as conn:
            records = summary_store.brought_feedback(conn)
        ids: set[int] = set()
        for counselor_id, note_ids, at in records:
            if (
                counselor_id == session.counselor_id
                and at <= until
                and (since is None or at > since)
            ):
                ids.update(note_ids)
        if not ids:
            return []
        waiting = FeedbackService(self._db).list(session.counselor_id, FeedbackStatus.READY)
        return [note for note in waiting if note.id in ids]

    def _charts(
        self, period: SummaryPeriod, counselor_id: int, draw: bool
    ) -> tuple[InsightsData, Image | None, Image | None]:
        """The chart data and images for a period (kept for the last few periods, so that
        ticking items in the dialog does not redraw the charts)."""
        key = (period.start, period.end, counselor_id, draw)
        found = self._chart_cache.get(key)
        if found is None:
            data = InsightsService(self._db).data(
                chart_period(period), counselor_id, today=period.end
            )
            relationship = mood = None
            if draw:
                from companion.export.chart_images import mood_image, relationship_image

                relationship = relationship_image(data, _relationship_alt())
                mood = mood_image(data, _mood_alt())
            found = (data, relationship, mood)
            if len(self._chart_cache) >= 4:
                self._chart_cache.pop(next(iter(self._chart_cache)))
            self._chart_cache[key] = found
        return found


# -- building the document (pure apart from drawing the charts) ------------------------------


def build_document(
    candidates: Candidates,
    picked: Chosen,
    data: InsightsData | None,
    *,
    relationship: Image | None = None,
    mood: Image | None = None,
    today: date | None = None,
    pictures: Mapping[int, Picture | Note] | None = None,
) -> SummaryDocument:
    """The document for ``picked`` (the result of :func:`chosen`), with the chart images
    already drawn (None: no chart) and the chosen pictures already made (by attachment id;
    a picture of ``picked`` that ``pictures`` does not hold is left out)."""
    period = candidates.period
    overview: list[Section] = []
    if picked.agenda:
        overview.append(_agenda_section(picked.agenda))
    glance = _glance_section(data, period) if picked.checkins and data is not None else None
    if glance is not None:
        overview.append(glance)
    if picked.goals:
        overview.append(_goals_section(picked.goals))
    sections: list[Section] = []
    if picked.notes:
        sections.append(_notes_section(picked.notes, candidates.notes_session_day))
    if picked.entries:
        sections.append(_journal_section(picked, pictures or {}))
    if picked.feedback:
        sections.append(_feedback_section(picked.feedback))
    if picked.checkins and data is not None:
        # the scores' caution is said once: on page 1 beside the glance, else here
        sections.append(_checkins_section(data, period, relationship, caution=glance is None))
    if picked.mood and data is not None:
        sections.append(_mood_section(data, period, mood))
    details = ""
    if overview and sections:
        details = tr("Details below: %1.").replace("%1", "; ".join(s.heading for s in sections))
    return SummaryDocument(
        title=tr("Summary for my next session"),
        counselor_line=tr("For %1").replace("%1", candidates.counselor_name),
        period_line=tr("%1: %2 to %3")
        .replace("%1", period.label)
        .replace("%2", day_text(period.start))
        .replace("%3", day_text(period.end)),
        exported_on=today or date.today(),
        sections=tuple(sections),
        next_session_line=_next_session_line(candidates.next_session_at),
        overview=tuple(overview),
        details_line=details,
    )


def _next_session_line(starts_at: datetime | None) -> str:
    if starts_at is None:
        return tr("No next session is planned yet.")
    local = starts_at.astimezone()
    when = (
        f"{wording.day_short(local.weekday())} {day_text(local.date())}, "
        f"{wording.time_text(local.time())}"
    )
    return tr("Next session: %1").replace("%1", when)


def _agenda_section(lines: tuple[AgendaLine, ...]) -> Section:
    """The agenda as offered (what matters most first, see :meth:`SummaryService.candidates`)."""
    items = tuple(" ".join(line.text.split()) for line in lines)
    marks = tuple(tr("Matters most:") if line.important else "" for line in lines)
    return Section("agenda", tr("What I would like to talk about"), (BulletList(items, marks),))


#: The first page shows the check-ins of this many sessions.
GLANCE_SESSIONS = 3


def _glance_section(data: InsightsData, period: SummaryPeriod) -> Section | None:
    """The last sessions' core qualities at a glance, with the client's usual range (the
    middle half of their ratings in the chart's months)."""
    upto = sorted(
        (c for c in data.checkins if c.when.astimezone().date() <= period.end),
        key=CheckInPoint.order,
    )
    last = upto[-GLANCE_SESSIONS:]
    if not last:
        return None
    headers = (tr("Quality"), *(day_text(c.when.date()) for c in last), tr("Usual range"))
    rows = []
    for quality in CORE_QUALITIES:
        usual = baseline(upto, quality)
        span = "–"
        if usual is not None:
            low, high = str(round(usual.low)), str(round(usual.high))
            span = low if low == high else f"{low}–{high}"
        rows.append(
            (
                quality_label(quality),
                *(_rating(c.rating(quality)) for c in last),
                span,
            )
        )
    first = upto[0].when.date()
    note = tr("Usual range: the middle half of my ratings since %1 (0 to 10).").replace(
        "%1", day_text(first)
    )
    return Section(
        "glance",
        tr("Our sessions at a glance"),
        (Table(headers, tuple(rows)), Note(note + " " + tr(DISCLAIMER))),
    )


def _rating(value: int | None) -> str:
    return "–" if value is None else str(value)


def _note_heading(field_name: str) -> str:
    # written out, so that the translation tools see each text
    return {
        "takeaways": tr("What I took away"),
        "to_try": tr("What I wanted to try"),
        "not_right": tr("What did not feel right"),
    }[field_name]


def _notes_section(notes: tuple[tuple[str, str], ...], day: date | None) -> Section:
    blocks: list[Block] = []
    for field_name, text in notes:
        blocks.append(Subheading(_note_heading(field_name)))
        blocks.extend(_text_blocks(text))
    heading = tr("My notes from our last session")
    if day is not None:
        heading = tr("My notes from our last session (%1)").replace("%1", day_text(day))
    return Section("notes", heading, tuple(blocks))


def _text_blocks(markdown: str) -> list[Block]:
    """The client's text, kept as the Markdown they wrote."""
    return [Markdown(markdown.strip("\n"))] if markdown.strip() else []


def _journal_section(picked: Chosen, pictures: Mapping[int, Picture | Note]) -> Section:
    """Each chosen entry: its title and day, its text, then the pictures chosen with it."""
    blocks: list[Block] = []
    for entry in picked.entries:
        detail = day_text(entry.created_at.date())
        if entry.mood is not None:
            detail += " · " + tr("mood %1 of 10").replace("%1", str(entry.mood))
        blocks.append(Subheading(entry.title or tr("Journal entry"), detail))
        blocks.extend(_text_blocks(entry.body))
        title = entry.title or day_text(entry.created_at.date())
        for chosen_picture in picked.pictures_of(entry.id):
            made = pictures.get(chosen_picture.id)
            if made is None:
                continue
            blocks.append(made)
            if isinstance(made, Picture):  # which entry it belongs to, on any page
                blocks.append(Note(tr("A picture kept with “%1”").replace("%1", title)))
    return Section("journal", tr("From my journal"), tuple(blocks))


def _goal_status(status: GoalStatus) -> str:
    return {
        GoalStatus.ACTIVE: tr("Working on it"),
        GoalStatus.ACHIEVED: tr("Achieved"),
        GoalStatus.LET_GO: tr("Let go"),
    }[status]


def _progress_text(ratings: tuple[ProgressRating, ...], before: ProgressRating | None) -> str:
    if not ratings:
        if before is None:
            return tr("no rating yet")
        return tr("%1 of 10 (no new rating)").replace("%1", str(before.rating))
    latest = ratings[-1]
    start = before or ratings[0]
    if start is latest:
        return tr("%1 of 10").replace("%1", str(latest.rating))
    return tr("%1 → %2 of 10").replace("%1", str(start.rating)).replace("%2", str(latest.rating))


def _goals_section(goals: tuple[GoalCandidate, ...]) -> Section:
    rows = tuple(
        (
            c.goal.title,
            tr("Expectation") if c.goal.kind is GoalKind.EXPECTATION else tr("Goal"),
            _goal_status(c.goal.status),
            _progress_text(c.ratings, c.before),
        )
        for c in goals
    )
    headers = (tr("What"), tr("Kind"), tr("Where it stands"), tr("How close I feel"))
    return Section("goals", tr("Expectations and goals"), (Table(headers, rows),))


def _feedback_kind(kind: FeedbackKind) -> str:
    return {
        FeedbackKind.APPRECIATION: tr("Something that helped"),
        FeedbackKind.CONCERN: tr("Something that did not feel right"),
        FeedbackKind.REQUEST: tr("A request"),
        FeedbackKind.QUESTION: tr("A question"),
    }[kind]


def _feedback_section(notes: tuple[FeedbackNote, ...]) -> Section:
    blocks: list[Block] = []
    for note in notes:
        blocks.append(Subheading(_feedback_kind(FeedbackKind(note.kind))))
        blocks.extend(_text_blocks(note.body))
    return Section("feedback", tr("Feedback I would like to share"), tuple(blocks))


def _checkins_section(
    data: InsightsData, period: SummaryPeriod, image: Image | None, *, caution: bool
) -> Section:
    inside = [c for c in data.checkins if period.contains(c.when.astimezone().date())]
    blocks: list[Block] = []
    count = len(inside)
    blocks.append(
        Paragraph.of(
            tr_n(
                "Charts",
                "%n [check-in after a session|check-ins after sessions] in this period.",
                count,
            )
        )
    )
    rows = tuple(
        (quality_label(r.quality), number(r.latest), number(r.average), str(r.count))
        for r in latest_vs_average(inside)
    )
    newest = latest_checkin(inside)
    if rows and newest is not None:
        blocks.append(Paragraph.of(_latest_line(newest)))
        headers = (tr("Quality"), tr("Latest"), tr("Average"), tr("Check-ins"))
        blocks.append(Table(headers, rows))
    if image is not None:
        blocks.append(image)
        blocks.append(Note(_chart_span(data)))
    if caution and image is None:  # the chart carries the caution itself
        blocks.append(Note(tr(DISCLAIMER)))
    return Section("checkins", tr("How our sessions felt to me"), tuple(blocks))


def _latest_line(checkin: CheckInPoint) -> str:
    """Which session "Latest" is about (and when the check-in was written, if later)."""
    day = day_text(checkin.when.date())
    if checkin.session_id is None:
        return tr("Latest: my check-in of %1.").replace("%1", day)
    if checkin.written_later:
        return (
            tr("Latest: our session on %1 (I wrote this check-in on %2).")
            .replace("%1", day)
            .replace("%2", day_text(checkin.written_at.date()))
        )
    return tr("Latest: our session on %1.").replace("%1", day)


def _chart_span(data: InsightsData) -> str:
    first, last = data.period.bounds(data.today)
    if first is None or last is None:
        return ""
    return (
        tr("The chart shows %1 to %2.").replace("%1", day_text(first)).replace("%2", day_text(last))
    )


def _mood_section(data: InsightsData, period: SummaryPeriod, image: Image | None) -> Section:
    inside = [m.mood for m in data.moods if period.contains(m.day)]
    blocks: list[Block] = []
    if inside:
        blocks.append(
            Paragraph.of(
                tr_n(
                    "Charts",
                    "Average mood in this period: %1 of 10 (%n [entry|entries] with a mood).",
                    len(inside),
                    number(round(statistics.fmean(inside), 1)),
                )
            )
        )
    else:
        blocks.append(Paragraph.of(tr("No mood was noted in this period.")))
    if image is not None:
        blocks.append(image)
        blocks.append(Note(_chart_span(data)))
    return Section("mood", tr("My mood"), tuple(blocks))


def _relationship_alt() -> str:
    names = ", ".join(quality_label(q) for q in CORE_QUALITIES)
    return tr("Chart: %1 over time (0 to 10)").replace("%1", names)


def _mood_alt() -> str:
    return tr("Chart: mood of each day and the two-week average (0 to 10)")


def require_counselor(counselor_id: int | None) -> int:
    if counselor_id is None:
        raise InvalidInput(tr("Please choose the counselor the summary is for."))
    return counselor_id
