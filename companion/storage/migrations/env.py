"""Alembic environment: Companion runs its migrations from code, on a connection it opened.

:mod:`companion.storage.migrate` puts an open SQLAlchemy ``Connection`` (already inside a
transaction, foreign keys off) into ``config.attributes["connection"]``. There is no
``alembic.ini``, no URL, no offline (SQL script) mode and no logging set-up from files.
"""

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None or context.is_offline_mode():
    raise RuntimeError(
        "Companion's migrations run from code, on an open connection "
        "(see companion.storage.migrate)."
    )

context.configure(
    connection=connection,
    # Migrations are written by hand and must not depend on today's models.
    target_metadata=None,
    # SQLite can alter little in place; batch mode copies the table instead.
    render_as_batch=True,
    # SQLite DDL is transactional: a failed upgrade leaves nothing half done.
    transactional_ddl=True,
)

with context.begin_transaction():
    context.run_migrations()
