"""The views take spacing, margins and font sizes and weights from companion.ui.style (issue 13).

A raw number in a layout's spacing or margins, or a font made bold or resized by hand, drifts
from the rest of the app; this scan names each one as file:line.
"""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "companion" / "ui"

#: spacing and margins of a layout with a literal number other than 0 among the arguments
RAW_SPACING = re.compile(
    r"\.(?:set(?:Horizontal|Vertical)?Spacing|addSpacing|setContentsMargins)\("
    r"(?=[^)]*(?<![\w.])(?:[1-9]\d*|0\.\d*[1-9]\d*)(?![\w.]))[^)]*\)"
)
#: a font's weight or size set by hand instead of through the type scale
RAW_FONT = re.compile(
    r"\.setBold\(|\.set(?:Font)?Weight\(|\.setP(?:oint|ixel)Size|font-weight|font-size"
)

#: (file under companion/ui, text on the line) -> why it may stay
ALLOWED = {
    ("journal/markdown_highlighting.py", "f.setFontWeight(QFont.Weight.Bold)"): (
        "the client's own **bold** in the editor, not a step of the type scale"
    ),
    ("journal/list_delegate.py", "font-size:small"): (
        "rich text painted by the entry list's delegate: the chips are a CSS size relative to "
        "the item's font"
    ),
    ("checkins/rating_row.py", "font.setWeight(QFont.Weight.Bold if chosen"): (
        "the chosen number of a rating row is marked bold (a state, not a heading)"
    ),
    ("checkins/rating_row.py", "bold.setBold(self._value is not None)"): (
        "the rating row's value turns bold once rated (a state, not a heading)"
    ),
    ("feedback/view.py", "font.setBold(ready)"): (
        "the hint turns bold while the note is ready to bring (a state, not a heading)"
    ),
}


def _offences() -> tuple[list[str], set[tuple[str, str]]]:
    found: list[str] = []
    used: set[tuple[str, str]] = set()
    for path in sorted(UI.rglob("*.py")):
        rel = path.relative_to(UI).as_posix()
        if rel == "style.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not (RAW_SPACING.search(line) or RAW_FONT.search(line)):
                continue
            allowed = [key for key in ALLOWED if key[0] == rel and key[1] in line]
            if allowed:
                used.update(allowed)
                continue
            found.append(f"companion/ui/{rel}:{number}: {line.strip()}")
    return found, used


def test_views_take_spacing_and_type_from_style() -> None:
    found, _ = _offences()
    assert not found, (
        "Use a name from companion/ui/style.py (SPACING_*, *_MARGINS, INDENT, Text with "
        "set_text/font_for) instead of:\n" + "\n".join(found)
    )


def test_allow_list_is_current() -> None:
    _, used = _offences()
    stale = set(ALLOWED) - used
    assert not stale, f"allow-list entries that match nothing any more: {sorted(stale)}"


def test_the_scan_catches_what_it_should() -> None:
    for bad in (
        "layout.setSpacing(6)",
        "layout.addSpacing(10)",
        "grid.setVerticalSpacing(4)",
        "row.setContentsMargins(24, 0, 0, 0)",
        "row.setContentsMargins(0, 0, 0, 12)",
    ):
        assert RAW_SPACING.search(bad), bad
    for good in (
        "layout.setSpacing(0)",
        "layout.setContentsMargins(0, 0, 0, 0)",
        "layout.setContentsMargins(PAGE_MARGINS)",
        "row.setContentsMargins(INDENT, 0, 0, 0)",
        "layout.addSpacing(SPACING_LARGE)",
        "layout.setSpacing(SPACING_TIGHT)",
    ):
        assert not RAW_SPACING.search(good), good
    for bad in ("font.setBold(True)", 'w.setStyleSheet("font-weight: 600;")', "f.setPointSizeF(9)"):
        assert RAW_FONT.search(bad), bad
