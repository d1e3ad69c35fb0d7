"""Feedback for the counselor, drafted in private."""
