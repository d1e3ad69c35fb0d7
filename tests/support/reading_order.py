"""Reading order, the rule the screen reader walk (tests/accessibility) and the in-process
Tab tests share: where one Tab stop may follow another on screen."""

from __future__ import annotations


def box(extents: list[int] | None) -> tuple[int, int, int, int] | None:
    """``[x, y, width, height]`` as ``(left, top, right, bottom)``."""
    if not extents:
        return None
    x, y, w, h = extents
    return x, y, x + w, y + h


#: pixels two boxes may overlap and still count as one above or beside the other
SLACK = 3


def backwards(before: list[int] | None, after: list[int] | None) -> str | None:
    """How the step from the control at ``before`` to the one at ``after`` (both where they
    are when ``after`` has focus) goes against reading order, or None. Reading order is top to
    bottom and, on one line, left to right; a new column may start higher up to the right
    (the journal's editor after its list), but going back up the same column, up to a column
    further left, or leftwards on the same line is out of order."""
    a, b = box(before), box(after)
    if a is None or b is None:
        return None
    above = b[3] <= a[1] + SLACK
    same_column = b[0] < a[2] - SLACK and a[0] < b[2] - SLACK
    left = b[2] <= a[0] + SLACK
    same_line = b[1] < a[3] - SLACK and a[1] < b[3] - SLACK
    if above and same_column:
        return "back up"
    if above and left:
        return "up and to the left"
    if same_line and left:
        return "to the left on the same line"
    return None
