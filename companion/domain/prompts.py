"""Journaling prompts, written for Companion from docs/design.md §1's guidance for clients.

They are plain strings; the UI passes each through Qt's translation functions with the
context ``"prompts"``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Prompt:
    theme: str
    text: str


#: Grouped by the piece of guidance each one comes from.
PROMPTS: tuple[Prompt, ...] = (
    Prompt("Being honest", "What is something I have not said out loud yet, even to myself?"),
    Prompt(
        "Being honest",
        "Was there a moment in my last session when I said 'fine' but meant something else?",
    ),
    Prompt("What I hope for", "What would I like to be different a few months from now?"),
    Prompt("What I hope for", "What do I hope my counselor understands about me?"),
    Prompt("Taking part", "What question would I like to ask at my next session?"),
    Prompt(
        "Taking part", "Was anything from the last session unclear that I'd like to go back to?"
    ),
    Prompt("Taking part", "What have I tried since my last session, and how did it go?"),
    Prompt(
        "Boundaries",
        "Is there anything about how our sessions work (time, contact, pace) "
        "that I'd like to talk about?",
    ),
    Prompt("Patience", "What small change have I noticed lately, even if it seems minor?"),
    Prompt("Patience", "What has been hard about waiting for things to get better?"),
    Prompt(
        "If something feels off",
        "Did something in a session not sit right with me? What happened, and how did I feel?",
    ),
    Prompt("If something feels off", "What would help me feel more heard or supported?"),
    Prompt("Today", "How am I feeling right now, and where do I notice it?"),
    Prompt("Today", "What took up most of my attention today?"),
    Prompt("Today", "What am I grateful for, or what went a little better than expected?"),
)


def prompt_themes() -> list[str]:
    """The themes in the order they first appear."""
    return list(dict.fromkeys(p.theme for p in PROMPTS))
