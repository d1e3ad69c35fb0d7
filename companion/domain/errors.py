"""Errors of the domain rules."""

from __future__ import annotations


class InvalidInput(ValueError):
    """Something the client entered breaks a rule; the message says what, in plain words, and
    never repeats private text."""
