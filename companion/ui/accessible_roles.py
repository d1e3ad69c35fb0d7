"""What kind of control our own widgets are, for assistive technology.

Qt tells a screen reader the role of its own widgets (button, tick box, list…), but a plain
QWidget of ours is only a "filler", so Orca would say "Mood" and not that it is a control one
can change, and a chart would be an unnamed pane. :func:`give_role` gives such a widget its
role (a mood or rating scale is a slider; a chart is a chart); its name and description stay
the widget's own (``setAccessibleName`` / ``setAccessibleDescription``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

#: the dynamic property holding the role's number
ROLE_PROPERTY = "companionAccessibleRole"

_installed = False


def _interface(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QWidget):
        return None
    role = obj.property(ROLE_PROPERTY)
    if role is None:
        return None
    return QAccessibleWidget(obj, QAccessible.Role(int(role)))


def give_role(widget: QWidget, role: QAccessible.Role) -> None:
    """Let assistive technology see ``widget`` as a ``role`` (before it is first shown)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_interface)
        _installed = True
    widget.setProperty(ROLE_PROPERTY, role.value)
