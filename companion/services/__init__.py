"""Use cases of Companion. Each call is one short unit of work and returns domain objects.

Nothing here imports Qt: the UI calls these, never the database.
"""
