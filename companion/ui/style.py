"""Companion's visual language in one place: spacing, margins, the type scale, icon sizes.

Views take their numbers from here instead of writing their own, so that every area has the
same rhythm. Colours come from the palette (companion.ui.theme), icons from
companion.ui.icons.

Spacing steps (px) between widgets in a layout::

    SPACING_TIGHT   2   the parts of one control (the buttons of a scale)
    SPACING_SMALL   4   a label and what it labels, lines of one group
    SPACING         8   the controls of a pane
    SPACING_LARGE  16   the blocks of a page (the cards on Home)
    INDENT         24   what belongs to a radio button or tick box, indented under it

Margins around a layout::

    PAGE_MARGINS    20/16   an area's page (Home, Agenda, the safety plan)
    PANE_MARGINS    16/12   the detail pane beside a list, a card, a dialog's column
    BOX_MARGINS     12/8    a framed note or signal inside a page
    BAR_MARGINS      8/4    a bar or a row (the Undo bar, a rating row)
    DIALOG_MARGINS  24/20   a dialog that stands alone (first run)
    LIST_MARGINS    12/12   the list pane left of a splitter, 6 on the splitter side (Journal)

Type scale, relative to the system's font (which follows the client's size setting)::

    TITLE       x1.4, semi-bold   the title of an area or of the lock screen
    ENTRY       x1.3              the title field of a journal entry
    HEADING     x1.15, bold       a heading inside an area or a dialog (a card, a detail pane)
    LABEL       x1.0, bold        the heading of a section of a form
    SMALL       x0.85             axis labels and fine print
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QMargins, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

SPACING_TIGHT = 2
SPACING_SMALL = 4
SPACING = 8
SPACING_LARGE = 16
INDENT = 24

PAGE_MARGINS = QMargins(20, 16, 20, 16)
PANE_MARGINS = QMargins(16, 12, 16, 12)
BOX_MARGINS = QMargins(12, 8, 12, 8)
BAR_MARGINS = QMargins(8, 4, 8, 4)
DIALOG_MARGINS = QMargins(24, 20, 24, 20)
LIST_MARGINS = QMargins(12, 12, 6, 12)

#: icons in the navigation, the toolbar and on buttons
ICON_SIZE = QSize(18, 18)

#: smallest point size the scale gives (axis labels on a small system font)
_MIN_POINT_SIZE = 6.0


class Text(enum.Enum):
    """A step of the type scale: (size relative to the system font, weight)."""

    TITLE = (1.4, QFont.Weight.DemiBold)
    ENTRY = (1.3, QFont.Weight.Normal)
    HEADING = (1.15, QFont.Weight.Bold)
    LABEL = (1.0, QFont.Weight.Bold)
    SMALL = (0.85, QFont.Weight.Normal)


def font_for(text: Text, base: QFont) -> QFont:
    """``base`` (a widget's font) at step ``text`` of the type scale."""
    scale, weight = text.value
    font = QFont(base)
    size = base.pointSizeF()
    if size > 0:  # a font set in pixels keeps its size
        font.setPointSizeF(max(size * scale, _MIN_POINT_SIZE))
    font.setWeight(weight)
    return font


def set_text(widget: QWidget, text: Text) -> None:
    """Give ``widget`` the font of step ``text`` of the type scale."""
    widget.setFont(font_for(text, widget.font()))
