"""What sync keeps about each record, and the versions another computer's edit replaced.

Revision ID: 0006
Revises: 0005
Created: 2026-12-04

``sync_record`` gives every record that syncs an id that is the same on every computer
(``uid``), the row it is here (``kind`` is the table, ``local_id`` the row's id; NULL while the
record is deleted or waits for a record it refers to), a digest of the row as last written or
read (so an edit made here is found by comparing digests) and the record's kept versions
(JSON, see ``companion.domain.sync_merge``). ``sync_applied`` lists the change files of other
computers that were read, ``sync_outbox`` the change files this computer made (kept until a
snapshot covers them, so that a folder restored from an old copy can be written again).
``journal_entry_version.other_computer`` marks a version that was changed on another
computer at the same time as the entry here.
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

UPGRADE = (
    """
    CREATE TABLE sync_record (
        uid CHAR(32) NOT NULL PRIMARY KEY,
        kind VARCHAR(40) NOT NULL,
        local_id INTEGER,
        digest CHAR(64),
        versions TEXT NOT NULL,
        CONSTRAINT uq_sync_record_kind_local_id UNIQUE (kind, local_id)
    )
    """,
    """
    CREATE TABLE sync_applied (
        device CHAR(32) NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (device, seq)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE sync_outbox (
        seq INTEGER NOT NULL PRIMARY KEY,
        body BLOB NOT NULL,
        written BOOLEAN NOT NULL DEFAULT 0
    )
    """,
    "ALTER TABLE journal_entry_version ADD COLUMN other_computer BOOLEAN NOT NULL DEFAULT 0",
)

DOWNGRADE = (
    "ALTER TABLE journal_entry_version DROP COLUMN other_computer",
    "DROP TABLE IF EXISTS sync_outbox",
    "DROP TABLE IF EXISTS sync_applied",
    "DROP TABLE IF EXISTS sync_record",
)


def upgrade() -> None:
    for statement in UPGRADE:
        op.execute(statement)


def downgrade() -> None:
    for statement in DOWNGRADE:
        op.execute(statement)
