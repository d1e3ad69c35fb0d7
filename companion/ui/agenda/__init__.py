"""The agenda area: what to bring to the next session, and notes after a session."""
