"""Block quotes in the Read view.

Qt's Markdown reader only indents a quote ("> like this"), so in the Read view it looks like
the indent of a list and runs into the paragraph after it. Each run of quoted blocks is moved
into a frame of its own: tinted with a little of the highlight colour, indented, padded, in
italics, with space after it. The colours come from the reader's palette, so the quote reads
in every theme.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QColor,
    QPalette,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
)

from companion.ui import style

#: How much of the highlight colour tints a quote's background.
TINT = 0.18
#: Padding inside a quote's frame and the space left after it (px).
PADDING = style.SPACING
SPACE_AFTER = style.SPACING_LARGE - style.SPACING_SMALL


def quote_tint(palette: QPalette) -> QColor:
    """The base colour with a little of the highlight colour in it."""
    base = palette.color(QPalette.ColorRole.Base)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    return QColor.fromRgbF(
        base.redF() + (highlight.redF() - base.redF()) * TINT,
        base.greenF() + (highlight.greenF() - base.greenF()) * TINT,
        base.blueF() + (highlight.blueF() - base.blueF()) * TINT,
    )


def _level(block: QTextBlock) -> int:
    return block.blockFormat().intProperty(QTextFormat.Property.BlockQuoteLevel)


def _quote_runs(document: QTextDocument) -> list[tuple[QTextBlock, QTextBlock]]:
    """The first and last block of each run of quoted blocks, in document order."""
    runs: list[tuple[QTextBlock, QTextBlock]] = []
    block = document.begin()
    while block.isValid():
        if _level(block) > 0:
            first = last = block
            while block.next().isValid() and _level(block.next()) > 0:
                block = block.next()
                last = block
            runs.append((first, last))
        block = block.next()
    return runs


def _collapse(block: QTextBlock) -> None:
    """Make the empty block Qt keeps beside a frame take no room."""
    if not block.isValid() or block.length() > 1:
        return
    flat = QTextBlockFormat()
    flat.setTopMargin(0)
    flat.setBottomMargin(0)
    flat.setLineHeight(0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    QTextCursor(block).setBlockFormat(flat)


def mark_quotes(document: QTextDocument, palette: QPalette) -> None:
    """Move every block quote in ``document`` (as read from Markdown) into a tinted, padded,
    indented frame, in italics, with space after it."""
    frame_format = QTextFrameFormat()
    frame_format.setBackground(quote_tint(palette))
    frame_format.setPadding(PADDING)
    frame_format.setBorder(0)
    frame_format.setLeftMargin(style.INDENT)
    frame_format.setTopMargin(style.SPACING_SMALL)
    frame_format.setBottomMargin(SPACE_AFTER)
    italic = QTextCharFormat()
    italic.setFontItalic(True)
    # back to front, so that the positions of the runs still to do stay valid
    for first, last in reversed(_quote_runs(document)):
        formats: list[QTextBlockFormat] = []
        block = first
        while True:
            block_format = block.blockFormat()
            # the frame does the indenting: a nested quote keeps one step per extra level
            block_format.setLeftMargin(style.INDENT * (_level(block) - 1))
            formats.append(block_format)
            if block == last:
                break
            block = block.next()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        cursor.setPosition(first.position())
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(italic)
        frame = cursor.insertFrame(frame_format)
        # the quoted blocks keep their level (a quote still knows it is one), and the empty
        # blocks Qt leaves before and after a frame take no room
        block = frame.firstCursorPosition().block()
        for block_format in formats:
            QTextCursor(block).setBlockFormat(block_format)
            block = block.next()
        _collapse(frame.firstCursorPosition().block().previous())
        _collapse(frame.lastCursorPosition().block().next())
        cursor.endEditBlock()
