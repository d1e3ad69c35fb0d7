"""The Edit menu's Undo, Redo, Cut, Copy, Paste and Select all, acting on the text field that
has the focus (in the window or one of its dialogs' fields is never reached: each window has
its own).

Each command is enabled only when it can do something there: Undo when there is something to
undo, Cut and Copy when text is selected (Cut not in a read-only field), Paste when the
clipboard holds text and the field can be written in.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFocusEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

TextField = QLineEdit | QPlainTextEdit | QTextEdit


def text_field(widget: QWidget | None) -> TextField | None:
    """The text field behind ``widget``: itself, or the line inside an editable combo box or
    a spin box."""
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        return widget
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    if isinstance(widget, QAbstractSpinBox):
        return widget.findChild(QLineEdit)
    return None


def _with_ctrl(bindings: list[QKeySequence]) -> list[QKeySequence]:
    """The platform's bindings made with Ctrl (Cmd on macOS), as in other apps' menus: Redo
    is Ctrl+Y and Ctrl+Shift+Z, not also the Redo key of some keyboards."""
    portable = QKeySequence.SequenceFormat.PortableText
    with_ctrl = [k for k in bindings if k.toString(portable).startswith("Ctrl+")]
    return with_ctrl or bindings


class EditActions(QObject):
    """Undo … Select all for the focused text field of ``window``."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._field: TextField | None = None
        #: a line edit's selection while a menu has the focus: (start, length)
        self._kept: tuple[int, int] | None = None
        key = QKeySequence.StandardKey
        self.undo = self._action(key.Undo, lambda f: f.undo())
        self.redo = self._action(key.Redo, lambda f: f.redo())
        self.cut = self._action(key.Cut, lambda f: f.cut())
        self.copy = self._action(key.Copy, lambda f: f.copy())
        self.paste = self._action(key.Paste, lambda f: f.paste())
        self.select_all = self._action(key.SelectAll, lambda f: f.selectAll())
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        app.clipboard().dataChanged.connect(self.update)
        self.update()

    @property
    def actions(self) -> list[QAction]:
        return [self.undo, self.redo, self.cut, self.copy, self.paste, self.select_all]

    def name(self) -> None:
        """The commands' names in the current language."""
        self.undo.setText(self.tr("&Undo"))
        self.redo.setText(self.tr("&Redo"))
        self.cut.setText(self.tr("Cu&t"))
        self.copy.setText(self.tr("&Copy"))
        self.paste.setText(self.tr("&Paste"))
        self.select_all.setText(self.tr("Select &all"))

    def _action(self, key: QKeySequence.StandardKey, do: Callable[[TextField], None]) -> QAction:
        action = QAction(self._window)
        action.setShortcuts(_with_ctrl(QKeySequence.keyBindings(key)))
        action.triggered.connect(lambda _checked=False: self._do(do))
        return action

    def _do(self, do: Callable[[TextField], None]) -> None:
        field = self._field
        if field is not None:
            self._restore_selection()
            do(field)
            self.update()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if (
            new is None
            or isinstance(new, QMenuBar)
            or new.window().windowType() == Qt.WindowType.Popup
        ):
            return  # another app in front, or a menu open: the field stays the one acted on
        field = text_field(new)
        if field is not None and field.window() is not self._window:
            field = None  # a field of a dialog: it has its own keys, and no menu bar
        if field is self._field:
            return
        self._watch(self._field, False)
        self._field = field
        self._kept = None
        self._watch(field, True)
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A line edit forgets its selection when the menu bar takes the focus (Alt+E):
        kept here, it is there again for Copy or Cut, and when the focus comes back."""
        if watched is self._field and isinstance(watched, QLineEdit):
            if (
                isinstance(event, QFocusEvent)
                and event.type() == QEvent.Type.FocusOut
                and event.reason() == Qt.FocusReason.MenuBarFocusReason
                and watched.hasSelectedText()
            ):
                self._kept = (watched.selectionStart(), watched.selectionLength())
            elif event.type() == QEvent.Type.FocusIn:
                self._restore_selection()
        return False

    def _restore_selection(self) -> None:
        field, kept = self._field, self._kept
        self._kept = None
        if isinstance(field, QLineEdit) and kept is not None and not field.hasSelectedText():
            field.setSelection(*kept)

    def _watch(self, field: TextField | None, on: bool) -> None:
        if field is None:
            return
        if on:
            field.installEventFilter(self)
        else:
            with contextlib.suppress(RuntimeError):
                field.removeEventFilter(self)
        signals = (
            [field.textChanged, field.selectionChanged]
            if isinstance(field, QLineEdit)
            else [field.undoAvailable, field.redoAvailable, field.copyAvailable]
        )
        for signal in signals:
            if on:
                signal.connect(self.update)
            else:
                with contextlib.suppress(RuntimeError, TypeError):  # gone with the field
                    signal.disconnect(self.update)

    def update(self, *_args: object) -> None:
        """Enable what the focused field allows now."""
        field = self._field
        try:
            alive = field is not None and field.isVisible()
        except RuntimeError:  # deleted (a view rebuilt)
            alive = False
        if not alive or field is None:
            self._field = None
            for action in self.actions:
                action.setEnabled(False)
            return
        if isinstance(field, QLineEdit):
            writable = not field.isReadOnly()
            can_undo, can_redo = field.isUndoAvailable(), field.isRedoAvailable()
            selected = (field.hasSelectedText() or self._kept is not None) and (
                field.echoMode() == QLineEdit.EchoMode.Normal
            )
            has_text = bool(field.text())
        else:
            writable = not field.isReadOnly()
            document = field.document()
            can_undo, can_redo = document.isUndoAvailable(), document.isRedoAvailable()
            selected = field.textCursor().hasSelection()
            has_text = not document.isEmpty()
        clipboard = QApplication.clipboard().mimeData()
        pastable = clipboard is not None and clipboard.hasText()
        self.undo.setEnabled(writable and can_undo)
        self.redo.setEnabled(writable and can_redo)
        self.cut.setEnabled(writable and selected)
        self.copy.setEnabled(selected)
        self.paste.setEnabled(writable and pastable)
        self.select_all.setEnabled(has_text)
