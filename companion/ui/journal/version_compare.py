"""An earlier version of an entry next to what it says now, as HTML for a text browser.

Changed lines are marked three ways, so that no one depends on colour: a sign at the start
("−" only in the earlier version, "+" only now), strike-through for what is no longer there,
and a tinted background mixed from the theme's own base colour.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from companion.domain.journal import JournalEntry
from companion.domain.journal_history import Change, ComparedLine, EntryVersion, compare_texts

_REMOVED_TINT = QColor("#d9534f")
_ADDED_TINT = QColor("#3c9a5f")


def _tr(text: str) -> str:
    return QCoreApplication.translate("VersionCompare", text)


def _mix(base: QColor, tint: QColor, share: float) -> str:
    def channel(a: int, b: int) -> int:
        return round(a * (1 - share) + b * share)

    return QColor(
        channel(base.red(), tint.red()),
        channel(base.green(), tint.green()),
        channel(base.blue(), tint.blue()),
    ).name()


def _field_rows(version: EntryVersion, current: JournalEntry) -> list[tuple[str, str, str]]:
    """(what, then, now) for the fields other than the text that differ."""

    def yes_no(flag: bool) -> str:
        return _tr("yes") if flag else _tr("no")

    def mood(value: int | None) -> str:
        return _tr("none") if value is None else str(value)

    def tags(values: tuple[str, ...]) -> str:
        return ", ".join(f"#{t}" for t in values) if values else _tr("none")

    rows = []
    if version.title != current.title:
        rows.append((_tr("Title"), version.title or _tr("none"), current.title or _tr("none")))
    if version.mood != current.mood:
        rows.append((_tr("Mood"), mood(version.mood), mood(current.mood)))
    if sorted(version.tags) != sorted(current.tags):
        rows.append((_tr("Tags"), tags(version.tags), tags(current.tags)))
    if version.private != current.private:
        rows.append((_tr("Private"), yes_no(version.private), yes_no(current.private)))
    if version.bring_to_session != current.bring_to_session:
        rows.append(
            (
                _tr("For next session"),
                yes_no(version.bring_to_session),
                yes_no(current.bring_to_session),
            )
        )
    return rows


def comparison_html(
    version: EntryVersion, current: JournalEntry, palette: QPalette, *, whole: bool = False
) -> str:
    """The differences between ``version`` and ``current`` (``whole``: every line of the
    text, not only the changed ones with a little around them)."""
    base = palette.color(QPalette.ColorRole.Base)
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    removed_bg = _mix(base, _REMOVED_TINT, 0.28)
    added_bg = _mix(base, _ADDED_TINT, 0.28)
    parts = []
    rows = _field_rows(version, current)
    if rows:
        cells = "".join(
            f"<tr><td style='padding-right:12px'><b>{html.escape(what)}</b></td>"
            f"<td style='padding-right:12px'>{html.escape(then)}</td>"
            f"<td>{html.escape(now)}</td></tr>"
            for what, then, now in rows
        )
        parts.append(
            "<table cellspacing='0' style='margin-bottom:10px'>"
            f"<tr><td></td><td style='color:{muted};padding-right:12px'>{_tr('Then')}</td>"
            f"<td style='color:{muted}'>{_tr('Now')}</td></tr>{cells}</table>"
        )
    lines = compare_texts(version.body, current.body, context=10**9 if whole else 2)
    if not lines:
        parts.append(f"<p style='color:{muted}'>{_tr('The text is the same as now.')}</p>")
    else:
        parts.append(
            f"<p style='color:{muted}'>"
            + html.escape(_tr("− only in this version · + only in the text now"))
            + "</p>"
        )
        parts.append("<div style='white-space:pre-wrap'>")
        parts.extend(_line_html(line, removed_bg, added_bg, muted) for line in lines)
        parts.append("</div>")
    return "".join(parts)


def _line_html(line: ComparedLine | None, removed_bg: str, added_bg: str, muted: str) -> str:
    if line is None:
        return f"<p style='color:{muted};margin:4px 0'>⋯</p>"
    text = html.escape(line.text) or "&nbsp;"
    if line.change is Change.REMOVED:
        return f"<p style='background:{removed_bg};margin:0'>− <s>{text}</s></p>"
    if line.change is Change.ADDED:
        return f"<p style='background:{added_bg};margin:0'>+ {text}</p>"
    return f"<p style='margin:0'>&nbsp;&nbsp;{text}</p>"
