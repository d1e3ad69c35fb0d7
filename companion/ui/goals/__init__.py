"""Expectations of counseling and goals, with progress over time."""
