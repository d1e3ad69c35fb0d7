"""Baseline: every table of the data model (docs/design.md §4).

Revision ID: 0001
Revises: -
Created: 2026-11-25

Written out by hand, independent of ``companion.storage.models`` (a test checks that the two
agree). Constraint names follow the models' naming convention and are wrapped in ``op.f()``
so they are used exactly as written.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

EMPTY = sa.text("''")
FALSE = sa.text("0")
TRUE = sa.text("1")


def _id() -> sa.Column[Any]:
    return sa.Column("id", sa.Integer(), nullable=False)


def _text(name: str) -> sa.Column[Any]:
    """A text column that is never NULL and starts empty."""
    return sa.Column(name, sa.Text(), server_default=EMPTY, nullable=False)


def _timestamp(name: str) -> sa.Column[Any]:
    return sa.Column(name, sa.DateTime(), nullable=False)


def _choice(name: str, default: str | None = None) -> sa.Column[Any]:
    server_default = None if default is None else sa.text(f"'{default}'")
    return sa.Column(name, sa.String(length=20), server_default=server_default, nullable=False)


def _check(table: str, name: str, sql: str) -> sa.CheckConstraint:
    return sa.CheckConstraint(sql, name=op.f(f"ck_{table}_{name}"))


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=op.f(f"fk_{table}_{column}_{target}"),
        ondelete=ondelete,
    )


def _pk(table: str, *columns: str) -> sa.PrimaryKeyConstraint:
    return sa.PrimaryKeyConstraint(*columns, name=op.f(f"pk_{table}"))


def _index(table: str, *columns: str) -> None:
    op.create_index(op.f(f"ix_{table}_{'_'.join(columns)}"), table, list(columns))


def upgrade() -> None:
    op.create_table(
        "counselor",
        _id(),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("practice", sa.String(length=200), server_default=EMPTY, nullable=False),
        _text("notes"),
        _choice("kind", "individual"),
        sa.Column("active", sa.Boolean(), server_default=TRUE, nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        _timestamp("created_at"),
        _timestamp("updated_at"),
        _pk("counselor", "id"),
        _check("counselor", "kind", "kind IN ('individual', 'couples', 'family', 'group')"),
        _check(
            "counselor",
            "dates",
            "ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on",
        ),
    )

    op.create_table(
        "journal_entry",
        _id(),
        _timestamp("created_at"),
        _timestamp("updated_at"),
        sa.Column("title", sa.String(length=200), server_default=EMPTY, nullable=False),
        _text("body"),
        sa.Column("mood", sa.Integer(), nullable=True),
        sa.Column("private", sa.Boolean(), server_default=FALSE, nullable=False),
        sa.Column("bring_to_session", sa.Boolean(), server_default=FALSE, nullable=False),
        _pk("journal_entry", "id"),
        _check("journal_entry", "mood_range", "mood BETWEEN 0 AND 10"),
    )
    _index("journal_entry", "created_at")

    op.create_table(
        "tag",
        _id(),
        sa.Column("name", sa.String(length=40, collation="NOCASE"), nullable=False),
        _pk("tag", "id"),
        sa.UniqueConstraint("name", name=op.f("uq_tag_name")),
    )

    op.create_table(
        "entry_tag",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        _pk("entry_tag", "entry_id", "tag_id"),
        _fk("entry_tag", "entry_id", "journal_entry", "CASCADE"),
        _fk("entry_tag", "tag_id", "tag", "CASCADE"),
    )
    _index("entry_tag", "tag_id")

    op.create_table(
        "session_series",
        _id(),
        sa.Column("counselor_id", sa.Integer(), nullable=False),
        sa.Column("interval_weeks", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), server_default=sa.text("50"), nullable=False),
        _choice("mode", "in_person"),
        sa.Column("first_date", sa.Date(), nullable=False),
        sa.Column("until_date", sa.Date(), nullable=True),
        _timestamp("created_at"),
        _timestamp("updated_at"),
        _pk("session_series", "id"),
        _check("session_series", "interval_weeks_range", "interval_weeks BETWEEN 1 AND 52"),
        _check("session_series", "weekday_range", "weekday BETWEEN 0 AND 6"),
        _check("session_series", "duration_range", "duration_minutes BETWEEN 1 AND 1440"),
        _check("session_series", "mode", "mode IN ('in_person', 'video', 'phone')"),
        _check("session_series", "dates", "until_date IS NULL OR until_date >= first_date"),
        _fk("session_series", "counselor_id", "counselor", "CASCADE"),
    )
    _index("session_series", "counselor_id")

    op.create_table(
        "counseling_session",
        _id(),
        sa.Column("counselor_id", sa.Integer(), nullable=False),
        # A moment in UTC (naive in the file); time_zone says where it was planned.
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), server_default=sa.text("50"), nullable=False),
        _choice("mode", "in_person"),
        _choice("status", "planned"),
        sa.Column("series_id", sa.Integer(), nullable=True),
        sa.Column("ics_uid", sa.String(length=255), nullable=True),
        _text("takeaways"),
        _text("to_try"),
        _text("not_right"),
        _timestamp("created_at"),
        _timestamp("updated_at"),
        _pk("counseling_session", "id"),
        _check("counseling_session", "duration_range", "duration_minutes BETWEEN 1 AND 1440"),
        _check("counseling_session", "mode", "mode IN ('in_person', 'video', 'phone')"),
        _check(
            "counseling_session",
            "status",
            "status IN ('planned', 'attended', 'cancelled', 'missed')",
        ),
        _fk("counseling_session", "counselor_id", "counselor", "CASCADE"),
        _fk("counseling_session", "series_id", "session_series", "SET NULL"),
    )
    _index("counseling_session", "starts_at")
    _index("counseling_session", "counselor_id", "starts_at")
    _index("counseling_session", "series_id")
    _index("counseling_session", "ics_uid")

    op.create_table(
        "feedback_note",
        _id(),
        sa.Column("counselor_id", sa.Integer(), nullable=True),
        _choice("kind"),
        _choice("status", "draft"),
        _text("body"),
        sa.Column("session_id", sa.Integer(), nullable=True),
        _timestamp("created_at"),
        _timestamp("updated_at"),
        _pk("feedback_note", "id"),
        _check(
            "feedback_note",
            "kind",
            "kind IN ('appreciation', 'concern', 'request', 'question')",
        ),
        _check(
            "feedback_note",
            "status",
            "status IN ('draft', 'ready', 'shared', 'discussed')",
        ),
        _fk("feedback_note", "counselor_id", "counselor", "SET NULL"),
        _fk("feedback_note", "session_id", "counseling_session", "SET NULL"),
    )
    _index("feedback_note", "counselor_id")
    _index("feedback_note", "session_id")
    _index("feedback_note", "status", "updated_at")

    op.create_table(
        "agenda_item",
        _id(),
        sa.Column("counselor_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("important", sa.Boolean(), server_default=FALSE, nullable=False),
        _choice("status", "open"),
        sa.Column("source_entry_id", sa.Integer(), nullable=True),
        sa.Column("source_feedback_id", sa.Integer(), nullable=True),
        _timestamp("created_at"),
        _pk("agenda_item", "id"),
        _check("agenda_item", "status", "status IN ('open', 'discussed', 'dropped')"),
        _fk("agenda_item", "counselor_id", "counselor", "CASCADE"),
        _fk("agenda_item", "session_id", "counseling_session", "SET NULL"),
        _fk("agenda_item", "source_entry_id", "journal_entry", "SET NULL"),
        _fk("agenda_item", "source_feedback_id", "feedback_note", "SET NULL"),
    )
    _index("agenda_item", "counselor_id", "position")
    _index("agenda_item", "session_id")
    _index("agenda_item", "source_entry_id")
    _index("agenda_item", "source_feedback_id")

    op.create_table(
        "goal",
        _id(),
        sa.Column("counselor_id", sa.Integer(), nullable=True),
        _choice("kind", "goal"),
        sa.Column("title", sa.String(length=200), nullable=False),
        _text("details"),
        _choice("discussed", "not_yet"),
        _choice("status", "active"),
        _timestamp("created_at"),
        _timestamp("updated_at"),
        _pk("goal", "id"),
        _check("goal", "kind", "kind IN ('expectation', 'goal')"),
        _check("goal", "discussed", "discussed IN ('not_yet', 'agreed', 'revised')"),
        _check("goal", "status", "status IN ('active', 'achieved', 'let_go')"),
        _fk("goal", "counselor_id", "counselor", "SET NULL"),
    )
    _index("goal", "counselor_id")
    _index("goal", "status")

    op.create_table(
        "goal_progress",
        _id(),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("rated_on", sa.Date(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("rating", sa.Integer(), nullable=False),
        _text("note"),
        _pk("goal_progress", "id"),
        _check("goal_progress", "rating_range", "rating BETWEEN 0 AND 10"),
        _fk("goal_progress", "goal_id", "goal", "CASCADE"),
        _fk("goal_progress", "session_id", "counseling_session", "SET NULL"),
    )
    _index("goal_progress", "goal_id", "rated_on")
    _index("goal_progress", "session_id")

    op.create_table(
        "check_in",
        _id(),
        sa.Column("counselor_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        _timestamp("created_at"),
        _text("comment"),
        _pk("check_in", "id"),
        sa.UniqueConstraint("session_id", name=op.f("uq_check_in_session_id")),
        _fk("check_in", "counselor_id", "counselor", "CASCADE"),
        _fk("check_in", "session_id", "counseling_session", "SET NULL"),
    )
    _index("check_in", "created_at")
    _index("check_in", "counselor_id", "created_at")

    op.create_table(
        "check_in_rating",
        sa.Column("check_in_id", sa.Integer(), nullable=False),
        _choice("quality"),
        sa.Column("rating", sa.Integer(), nullable=False),
        _pk("check_in_rating", "check_in_id", "quality"),
        _check(
            "check_in_rating",
            "quality",
            "quality IN ('heard', 'respected', 'supported', 'understood', "
            "'trust', 'open', 'safe', 'together')",
        ),
        _check("check_in_rating", "rating_range", "rating BETWEEN 0 AND 10"),
        _fk("check_in_rating", "check_in_id", "check_in", "CASCADE"),
    )

    op.create_table(
        "safety_plan",
        _id(),
        _text("warning_signs"),
        _text("what_helps"),
        _text("people"),
        _text("professionals"),
        _text("crisis_contacts"),
        _timestamp("updated_at"),
        _pk("safety_plan", "id"),
        _check("safety_plan", "single_row", "id = 1"),
    )
    op.create_table(
        "profile_meta",
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        _pk("profile_meta", "name"),
    )


def downgrade() -> None:
    for table in (
        "profile_meta",
        "safety_plan",
        "check_in_rating",
        "check_in",
        "goal_progress",
        "goal",
        "agenda_item",
        "feedback_note",
        "counseling_session",
        "session_series",
        "entry_tag",
        "tag",
        "journal_entry",
        "counselor",
    ):
        op.drop_table(table)
