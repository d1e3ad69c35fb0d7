"""Errors of the domain rules."""

from __future__ import annotations


class Cancelled(Exception):
    """Long work stopped because the client asked; nothing of it was kept."""


class InvalidInput(ValueError):
    """Something the client entered breaks a rule; the message says what, in plain words, and
    never repeats private text."""
