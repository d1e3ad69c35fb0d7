"""Painting a journal list row: date, title, preview (with search matches in bold), mood and
flags in words (nothing is told by colour alone)."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from companion.domain.journal import MATCH_END, MATCH_START, EntrySummary
from companion.ui.formatting import date_time
from companion.ui.journal.list_model import HeaderRole, SummaryRole
from companion.ui.style import Text, font_for

Index = QModelIndex | QPersistentModelIndex


def marked_to_html(text: str) -> str:
    """Escape text and turn the search match markers into bold."""
    escaped = html.escape(text)
    return escaped.replace(MATCH_START, "<b><u>").replace(MATCH_END, "</u></b>")


def elided_html(text: str, font: QFont, width: float) -> str:
    """``text`` (with search match markers) as HTML on one line of at most ``width`` pixels:
    what does not fit is cut and "…" ends it. Matches are bold, so they are measured so."""
    bold = font_for(Text.LABEL, font)
    plain, strong = QFontMetricsF(font), QFontMetricsF(bold)
    parts: list[tuple[str, bool]] = []
    for i, piece in enumerate(text.split(MATCH_START)):
        inside, _, after = piece.partition(MATCH_END) if i else ("", "", piece)
        parts += [(inside, True), (after, False)] if i else [(after, False)]
    widths = [(strong if b else plain).horizontalAdvance(t) for t, b in parts]
    if sum(widths) <= width:
        return marked_to_html(text)
    room = width - plain.horizontalAdvance("…") - 2  # a little slack for kerning
    out: list[str] = []
    for (part, is_match), part_width in zip(parts, widths, strict=True):
        metrics = strong if is_match else plain
        if part_width > room:
            low, high = 0, len(part)  # the longest start of the part that fits
            while low < high:
                middle = (low + high + 1) // 2
                if metrics.horizontalAdvance(part[:middle]) <= room:
                    low = middle
                else:
                    high = middle - 1
            part = part[:low].rstrip()
            out.append(_html_part(part, is_match))
            break
        out.append(_html_part(part, is_match))
        room -= part_width
    return "".join(out) + "…"


def _html_part(text: str, is_match: bool) -> str:
    escaped = html.escape(text)
    return f"<b><u>{escaped}</u></b>" if is_match and text else escaped


class EntryDelegate(QStyledItemDelegate):
    PADDING = 8

    def _document(
        self, option: QStyleOptionViewItem, s: EntrySummary, selected: bool
    ) -> QTextDocument:
        pal = option.palette
        text_color = pal.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ).name()
        muted = pal.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        ).name()
        when = date_time(s.created_at)
        width = self._width(option)
        bold = font_for(Text.LABEL, option.font)
        # the title beside the date, and the preview: one line each, cut with "…"
        title_room = width - QFontMetricsF(option.font).horizontalAdvance(when + "  ")
        title_html = (
            elided_html(s.highlighted_title or s.title, bold, title_room) if s.title else ""
        )
        preview_html = elided_html(s.highlighted or s.preview, option.font, width)
        chips = []
        if s.mood is not None:
            chips.append(self.tr("mood %1").replace("%1", str(s.mood)))
        if s.private:
            chips.append(self.tr("private"))
        if s.bring_to_session:
            chips.append(self.tr("next session"))
        chips.extend(f"#{t}" for t in s.tags[:4])
        chip_html = " · ".join(html.escape(c) for c in chips)
        head = f"<span style='color:{muted}'>{html.escape(when)}</span>"
        if title_html:
            head += f"&nbsp;&nbsp;<b>{title_html}</b>"
        body = (
            f"<div style='color:{text_color}; white-space:nowrap'>{head}</div>"
            f"<div style='color:{text_color}; white-space:nowrap'>"
            f"{preview_html or '&nbsp;'}</div>"
        )
        if chip_html:
            body += f"<div style='color:{muted}; font-size:small'>{chip_html}</div>"
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setHtml(body)
        return doc

    def _width(self, option: QStyleOptionViewItem) -> float:
        return max(120.0, option.rect.width() - 2 * self.PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.data(HeaderRole):
            self._paint_header(painter, option, str(index.data()))
            return
        summary = index.data(SummaryRole)
        if not isinstance(summary, EntrySummary):
            return
        self.initStyleOption(option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        style = option.widget.style() if option.widget else QApplication.style()
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        doc = self._document(option, summary, selected)
        doc.setTextWidth(self._width(option))
        painter.save()
        painter.translate(option.rect.left() + self.PADDING, option.rect.top() + self.PADDING / 2)
        clip = QRectF(0, 0, self._width(option), option.rect.height())
        painter.setClipRect(clip)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.clip = clip
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem, text: str) -> None:
        painter.save()
        painter.setFont(font_for(Text.LABEL, option.font))
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        rect = option.rect.adjusted(self.PADDING, 0, -self.PADDING, 0)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = option.fontMetrics.height()
        if index.data(HeaderRole):
            return QSize(100, int(line * 2))
        summary = index.data(SummaryRole)
        lines = 2 + (
            1
            if isinstance(summary, EntrySummary)
            and (
                summary.mood is not None
                or summary.private
                or summary.bring_to_session
                or summary.tags
            )
            else 0
        )
        # never wider than the list, which must not scroll sideways in a narrow window
        view = option.widget
        width = 200
        if isinstance(view, QAbstractItemView):
            width = min(width, max(80, view.viewport().width()))
        return QSize(width, int(line * lines + self.PADDING * 1.5))
