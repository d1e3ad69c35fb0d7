"""Storage: the encrypted SQLite (SQLCipher) journal database.

* :mod:`~companion.storage.engine`: :class:`Database`, opening, keying and sessions.
* :mod:`~companion.storage.models`: the SQLAlchemy tables of the whole data model.
* :mod:`~companion.storage.migrate`: schema state and Alembic upgrades at start-up.
* :mod:`~companion.storage.backup`: encrypted backups, listing, pruning and restoring.
* :mod:`~companion.storage.errors`: what can go wrong, in words fit for the user.

Nothing is imported here, so importing one module does not load the others.
"""
