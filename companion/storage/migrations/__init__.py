"""Alembic migrations of the journal database, run from code by :mod:`companion.storage.migrate`.

This folder is Alembic's ``script_location``; there is no ``alembic.ini``. New revisions are
written by hand (copy ``script.py.mako``), numbered ``0003``, ``0004``..., and
:data:`companion.storage.migrate.KNOWN_REVISIONS` gets the new id appended.
"""
