"""The home area: since my last session."""
