"""Everything a view shows as text: labels, buttons, fields, combo boxes and every row of its
lists, trees and tables (what a client could read on screen, including rows scrolled out of
sight)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, out: list[str]) -> None:
    while model.canFetchMore(parent):
        model.fetchMore(parent)
    try:
        columns = max(model.columnCount(parent), 1)
    except TypeError:  # a list model keeps columnCount to itself: one column
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    out.append(value)
            if column == 0 and columns > 1 and model.hasChildren(index):
                _model_texts(model, index, out)


def widget_texts(widget: QWidget) -> list[str]:
    """The texts of ``widget`` itself (not of its children)."""
    out: list[str] = []
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        out.append(widget.text())
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        out.append(widget.toPlainText())
    elif isinstance(widget, QGroupBox):
        out.append(widget.title())
    elif isinstance(widget, QComboBox):
        out.extend(widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QTabWidget):
        out.extend(widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        _model_texts(widget.model(), QModelIndex(), out)
    return out


def shown_text(view: QWidget) -> str:
    """All text of ``view`` and the children a client can see (pages of stacks and tabs that
    are not shown are left out), one piece per line."""
    pieces = widget_texts(view)
    for child in view.findChildren(QWidget):
        if child.isVisibleTo(view):
            pieces.extend(widget_texts(child))
    return "\n".join(piece for piece in pieces if piece)
