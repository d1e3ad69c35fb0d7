"""SQLAlchemy models for the whole data model of docs/design.md §4.

These rows never leave the storage layer and the services: the stores turn them into domain
objects. The tables themselves are created by the Alembic migrations in
``companion/storage/migrations`` (written out by hand, and checked against these models by a
test), never by ``Base.metadata.create_all`` in the app.

Time conventions:

* ``created_at``/``updated_at`` and journal times are naive *local wall-clock* datetimes: what
  the user saw on their clock when they wrote something.
* Session start times are moments (:class:`~companion.storage.column_types.UTCDateTime`),
  stored in UTC together with the IANA time zone they were planned in.
* ``*_on`` columns are plain dates.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import CheckConstraint as Check
from sqlalchemy import (
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Time,
)
from sqlalchemy import text as sql
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from companion.storage.column_types import StrEnumType, UTCDateTime
from companion.storage.enums import (
    AgendaStatus,
    CounselorKind,
    FeedbackKind,
    FeedbackStatus,
    GoalDiscussion,
    GoalKind,
    GoalStatus,
    RelationshipQuality,
    SessionMode,
    SessionStatus,
    check_in,
)

#: Constraint and index names, so later migrations (batch mode on SQLite) can refer to them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

TITLE_LENGTH = 200
TAG_LENGTH = 40
NAME_LENGTH = 120
TIME_ZONE_LENGTH = 64
ICS_UID_LENGTH = 255

_FALSE = sql("0")
_TRUE = sql("1")
_EMPTY = sql("''")


def local_now() -> datetime:
    """The current local wall-clock time, naive, as stored in ``created_at`` columns."""
    return datetime.now()


def _range(column: str, low: int, high: int) -> str:
    return f"{column} BETWEEN {low} AND {high}"


class Base(DeclarativeBase):
    """Declarative base of every Companion table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# --- Journal -------------------------------------------------------------------------------

entry_tag = Table(
    "entry_tag",
    Base.metadata,
    Column(
        "entry_id",
        ForeignKey("journal_entry.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column(
        "tag_id",
        ForeignKey("tag.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)
"""Which tags an entry has (many to many); rows go when either side is deleted."""


class JournalEntryRow(Base):
    """A journal entry: markdown body, optional mood, tags and two flags."""

    __tablename__ = "journal_entry"
    __table_args__ = (Check(_range("mood", 0, 10), name="mood_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True, default=local_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=local_now, onupdate=local_now)
    title: Mapped[str] = mapped_column(String(TITLE_LENGTH), default="", server_default=_EMPTY)
    body: Mapped[str] = mapped_column(Text, default="", server_default=_EMPTY)
    mood: Mapped[int | None] = mapped_column(Integer)
    private: Mapped[bool] = mapped_column(default=False, server_default=_FALSE)
    bring_to_session: Mapped[bool] = mapped_column(default=False, server_default=_FALSE)

    tags: Mapped[list[TagRow]] = relationship(
        secondary=entry_tag,
        order_by="TagRow.name",
        back_populates="entries",
        passive_deletes=True,
    )


class TagRow(Base):
    """A tag; names are unique regardless of case (stored normalized by the domain)."""

    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(TAG_LENGTH, collation="NOCASE"), unique=True)

    entries: Mapped[list[JournalEntryRow]] = relationship(
        secondary=entry_tag, back_populates="tags", passive_deletes=True
    )


# --- Counselors and sessions ---------------------------------------------------------------


class CounselorRow(Base):
    """A counselor or therapist the client sees (or saw)."""

    __tablename__ = "counselor"
    __table_args__ = (
        Check(check_in("kind", CounselorKind), name="kind"),
        Check("ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on", name="dates"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    practice: Mapped[str] = mapped_column(String(TITLE_LENGTH), default="", server_default=_EMPTY)
    notes: Mapped[str] = mapped_column(Text, default="", server_default=_EMPTY)
    kind: Mapped[CounselorKind] = mapped_column(
        StrEnumType(CounselorKind),
        default=CounselorKind.INDIVIDUAL,
        server_default=sql("'individual'"),
    )
    active: Mapped[bool] = mapped_column(default=True, server_default=_TRUE)
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=local_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=local_now, onupdate=local_now)


class SessionSeriesRow(Base):
    """A recurring schedule ("every 2 weeks on Tuesday at 17:00, Europe/Berlin").

    Sessions are generated from it as :class:`CounselingSessionRow` rows; ``weekday`` is
    Monday=0 ... Sunday=6 (Python's ``date.weekday()``) and ``start_time`` is local to
    ``time_zone``, so the series keeps its wall-clock time across daylight saving changes.
    """

    __tablename__ = "session_series"
    __table_args__ = (
        Check(_range("interval_weeks", 1, 52), name="interval_weeks_range"),
        Check(_range("weekday", 0, 6), name="weekday_range"),
        Check(_range("duration_minutes", 1, 1440), name="duration_range"),
        Check(check_in("mode", SessionMode), name="mode"),
        Check("until_date IS NULL OR until_date >= first_date", name="dates"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    counselor_id: Mapped[int] = mapped_column(
        ForeignKey("counselor.id", ondelete="CASCADE"), index=True
    )
    interval_weeks: Mapped[int] = mapped_column(default=1, server_default=sql("1"))
    weekday: Mapped[int] = mapped_column(Integer)
    start_time: Mapped[time] = mapped_column(Time)
    time_zone: Mapped[str] = mapped_column(String(TIME_ZONE_LENGTH))
    duration_minutes: Mapped[int] = mapped_column(default=50, server_default=sql("50"))
    mode: Mapped[SessionMode] = mapped_column(
        StrEnumType(SessionMode),
        default=SessionMode.IN_PERSON,
        server_default=sql("'in_person'"),
    )
    first_date: Mapped[date] = mapped_column(Date)
    until_date: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=local_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=local_now, onupdate=local_now)


class CounselingSessionRow(Base):
    """One session, planned or past, with the client's notes from it.

    ``ics_uid`` holds the calendar UID (plus recurrence id, for one instance of a recurring
    event) of an imported session, so importing the same calendar twice adds nothing.
    """

    __tablename__ = "counseling_session"
    __table_args__ = (
        Check(_range("duration_minutes", 1, 1440), name="duration_range"),
        Check(check_in("mode", SessionMode), name="mode"),
        Check(check_in("status", SessionStatus), name="status"),
        Index("ix_counseling_session_counselor_id_starts_at", "counselor_id", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    counselor_id: Mapped[int] = mapped_column(ForeignKey("counselor.id", ondelete="CASCADE"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    time_zone: Mapped[str] = mapped_column(String(TIME_ZONE_LENGTH))
    duration_minutes: Mapped[int] = mapped_column(default=50, server_default=sql("50"))
    mode: Mapped[SessionMode] = mapped_column(
        StrEnumType(SessionMode),
        default=SessionMode.IN_PERSON,
        server_default=sql("'in_person'"),
    )
    status: Mapped[SessionStatus] = mapped_column(
        StrEnumType(SessionStatus),
        default=SessionStatus.PLANNED,
        server_default=sql("'planned'"),
    )
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("session_series.id", ondelete="SET NULL"), index=True
    )
    ics_uid: Mapped[str | None] = mapped_column(String(ICS_UID_LENGTH), index=True)
    takeaways: Mapped[str] = mapped_column(Text, default="", server_default=_EMPTY)
    to_try: Mapped[str] = mapped_column(Text, default="", server_default=_EMPTY)
    not_right: Mapped[str] = mapped_column(Text, default="", server_default=_EMPTY)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=local_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=local_now, onupdate=local_now)


class AgendaItemRow(Base):
    """Something to raise in a session.

    Without ``session_id`` it is on the agenda for the next session with that counselor. It
    may come from a journal entry flagged "bring to my next session" or from a feedback note;
    deleting the source keeps the item.
    """

    __tablename__ = "agenda_item"
    __table_args__ = (
        Check(check_in("status", AgendaStatus), name="status"),
        Index("ix_agenda_item_counselor_id_position", "counselor_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    counselor_id: Mapped[int] = mapped_column(ForeignKey("counselor.id", ondelete="CASCADE"))
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("counseling_session.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0, server_default=sql("0"))
    important: Mapped[bool] = mapped_column(default=False, server_default=_FALSE)
    status: Mapped[AgendaStatus] = mapped_column(
        StrEnumType(AgendaStatus),
        default=AgendaStatus.OPEN,
        server_default=sql("'open'"),
    )
    source_entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("journal_entry.id", ondelete="SET NULL"), index=True
    )
    source_feedback_id: Mapped[int | None] = mapped_column(
        ForeignKey("feedback_note.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, default=local_now)


# --- Expectations and goals ----------------------------------------------------------------


class GoalRow(Base):
    """An expectation of counseling or a goal, and whether it was agreed with the counselor."""

    __tablename__ = "goal"
    __table_args__ = (
        Check(check_in("kind", GoalKind), name="kind"),
        Check(check_in("discussed", GoalDiscussion), name="discussed"),
        Check(check_in("status", GoalStatus), name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    counselor_id: Mapped[int | None] = mapped_column(
        ForeignKey("counselor.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[GoalKind] = mapped_column(
        StrEnumType(GoalKind), default=GoalKind.GOAL, server_default=sql("'goal'")
    )
    title: Mapped[str] = mapped_column(String(TITLE_LENGTH))
    details: Mapped[str] = mapped_column(Text, default="", server_default=_EMPTY)
    discussed: Mapped[GoalDiscussion] = mapped_column(
        StrEnumType(GoalDiscussion),
        default=GoalDiscussion.NOT_YET,
        server_default=sql("'not_yet'"),
    )
    status: Mapped[GoalStatus] = mapped_column(
        StrEnumType(GoalStatus),
        default=GoalStatus.ACTIVE,
        server_default=sql("'active'"),
        index=True,
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, default=local_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=local_now, onupdate=local_now)

    progress: Mapped[list[GoalProgressRow]] = relationship(
        back_populates="goal",
        order_by="GoalProgressRow.rated_on",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class GoalProgressRow(Base):
    """How far along a goal felt on a given day, 0 (not at all) to 10 (fully there)."""

    __tablename__ = "goal_progress"
    __table_args__ = (
        Check(_range("rating", 0, 10), name="rating_range"),
        Index("ix_goal_progress_goal_id_rated_on", "goal_id", "rated_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"))
    rated_on: Mapped[date] = mapped_column(Date)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("counseling_session.id", ondelete="SET NULL"), index=True
    )
    rating: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="", server_default=_EMPTY)

    goal: Mapped[GoalRow] = relationship(back_populates="progress")


# --- Feedback for the counselor ------------------------------------------------------------


class FeedbackNoteRow(Base):
    """Feedback the client drafts in private and shares when ready."""

    __tablename__ = "feedback_note"
    __table_args__ = (
        Check(check_in("kind", FeedbackKind), name="kind"),
        Check(check_in("status", FeedbackStatus), name="status"),
        Index("ix_feedback_note_status_updated_at", "status", "updated_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    counselor_id: Mapped[int | None] = mapped_column(
        ForeignKey("counselor.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[FeedbackKind] = mapped_column(StrEnumType(FeedbackKind))
    status: Mapped[FeedbackStatus] = mapped_column(
        StrEnumType(FeedbackStatus),
        default=FeedbackStatus.DRAFT,
        server_default=sql("'draft'"),
    )
    body: Mapped[str] = mapped_column(Text, default="", server_default=_EMPTY)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("counseling_session.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, default=local_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=local_now, onupdate=local_now)


# --- Relationship check-ins ----------------------------------------------------------------


class CheckInRow(Base):
    """A relationship check-in, usually right after a session (at most one per session)."""

    __tablename__ = "check_in"
    __table_args__ = (Index("ix_check_in_counselor_id_created_at", "counselor_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    counselor_id: Mapped[int] = mapped_column(ForeignKey("counselor.id", ondelete="CASCADE"))
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("counseling_session.id", ondelete="SET NULL"), unique=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, default=local_now, index=True)
    comment: Mapped[str] = mapped_column(Text, default="", server_default=_EMPTY)

    ratings: Mapped[list[CheckInRatingRow]] = relationship(
        back_populates="check_in",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class CheckInRatingRow(Base):
    """One quality rated in a check-in, 0 (not at all) to 10 (completely)."""

    __tablename__ = "check_in_rating"
    __table_args__ = (
        Check(check_in("quality", RelationshipQuality), name="quality"),
        Check(_range("rating", 0, 10), name="rating_range"),
    )

    check_in_id: Mapped[int] = mapped_column(
        ForeignKey("check_in.id", ondelete="CASCADE"), primary_key=True
    )
    quality: Mapped[RelationshipQuality] = mapped_column(
        StrEnumType(RelationshipQuality), primary_key=True
    )
    rating: Mapped[int] = mapped_column(Integer)

    check_in: Mapped[CheckInRow] = relationship(back_populates="ratings")


# --- Safety plan ---------------------------------------------------------------------------


class SafetyPlanRow(Base):
    """The client's safety plan; there is only ever one row, with id 1."""

    __tablename__ = "safety_plan"
    __table_args__ = (Check("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    warning_signs: Mapped[str] = mapped_column(Text, default="", server_default=_EMPTY)
    what_helps: Mapped[str] = mapped_column(Text, default="", server_default=_EMPTY)
    people: Mapped[str] = mapped_column(Text, default="", server_default=_EMPTY)
    professionals: Mapped[str] = mapped_column(Text, default="", server_default=_EMPTY)
    crisis_contacts: Mapped[str] = mapped_column(Text, default="", server_default=_EMPTY)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=local_now, onupdate=local_now)


# --- Profile -------------------------------------------------------------------------------


class ProfileMetaRow(Base):
    """Small named values that belong inside the encrypted database (the recovery key, so it
    can be shown again only while unlocked)."""

    __tablename__ = "profile_meta"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
