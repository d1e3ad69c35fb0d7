"""Relationship check-ins after a session, and the gentle signal when a rating drops."""
