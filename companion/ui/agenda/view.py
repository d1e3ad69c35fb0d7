"""The agenda area: what to bring to the next session with one counselor.

Free items the client adds, journal entries flagged "bring to my next session" and feedback
notes marked ready, in the client's order. Reorder with the mouse or Alt+Up / Alt+Down, mark
what matters most, drop with undo; "After a session…" opens the notes dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from companion.domain.agenda import (
    AGENDA_PROMPTS,
    ITEM_TEXT_MAX,
    AgendaLine,
    AgendaSession,
    LineKey,
    LineKind,
)
from companion.domain.changes import Area, Changes
from companion.domain.enums import FeedbackKind
from companion.services.agenda import AgendaService
from companion.services.errors import CompanionError
from companion.services.profile import UnlockedProfile
from companion.ui.agenda.after_session import AfterSessionDialog
from companion.ui.counselor_filter import CounselorFilter
from companion.ui.formatting import session_when_long
from companion.ui.guarded import guarded
from companion.ui.reflow import WrappingLabel
from companion.ui.style import PAGE_MARGINS, SPACING, Text, font_for, set_text
from companion.ui.undo_bar import UndoBar

T = TypeVar("T")

#: The AgendaLine of a list row.
LineRole = Qt.ItemDataRole.UserRole + 1


def feedback_kind_label(widget: QWidget, kind: FeedbackKind | None) -> str:
    labels = {
        FeedbackKind.APPRECIATION: widget.tr("something that helped"),
        FeedbackKind.CONCERN: widget.tr("something that did not feel right"),
        FeedbackKind.REQUEST: widget.tr("a request"),
        FeedbackKind.QUESTION: widget.tr("a question"),
    }
    return labels.get(kind, widget.tr("feedback")) if kind else widget.tr("feedback")


def line_label(widget: QWidget, line: AgendaLine) -> str:
    """How a line reads on screen: where it comes from and its marks in words, not only in
    colour."""
    parts: list[str] = []
    if line.important:
        parts.append(widget.tr("★ Matters most"))
    if line.kind == LineKind.JOURNAL:
        parts.append(widget.tr("From your journal"))
    elif line.kind == LineKind.FEEDBACK:
        parts.append(
            widget.tr("Feedback: %1").replace("%1", feedback_kind_label(widget, line.feedback_kind))
        )
    text = line.text or widget.tr("(no text yet)")
    label = " · ".join([*parts, text]) if parts else text
    if line.private:
        label += "  " + widget.tr("(private: stays in Companion, never exported)")
    return label


class _LineDelegate(QStyledItemDelegate):
    """Shows each line with its marks; editing (free items only) sees just the text."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self._owner = owner

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        line = index.data(LineRole)
        if isinstance(line, AgendaLine):
            option.text = line_label(self._owner, line)
            if line.important:
                option.font = font_for(Text.LABEL, option.font)

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(ITEM_TEXT_MAX)
            editor.setAccessibleName(self._owner.tr("Edit item"))
        return editor


class AgendaList(QListWidget):
    """The agenda's lines; dragging a line emits ``lineDropped`` with its new row."""

    lineDropped = Signal(object, int)  # LineKey, new index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet("QListWidget::item { padding: 7px 8px; }")

    def keys(self) -> list[LineKey]:
        found: list[LineKey] = []
        for row in range(self.count()):
            line = self.item(row).data(LineRole)
            if isinstance(line, AgendaLine):
                found.append(line.key)
        return found

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        before = self.keys()
        super().dropEvent(event)
        after = self.keys()
        moved = single_move(before, after)
        if moved is not None:
            self.lineDropped.emit(*moved)


def single_move(before: list[LineKey], after: list[LineKey]) -> tuple[LineKey, int] | None:
    """The one line whose move turns ``before`` into ``after``, and its new index."""
    if before == after or sorted(before) != sorted(after):
        return None
    for index, key in enumerate(after):
        if [k for k in before if k != key] == [k for k in after if k != key]:
            return key, index
    return None


class AgendaView(QWidget):
    """The "Agenda" area. ``status`` carries short messages for the window."""

    status = Signal(str)
    shows = frozenset({Area.AGENDA, Area.COUNSELORS, Area.SESSIONS, Area.FEEDBACK, Area.JOURNAL})

    def __init__(self, profile: UnlockedProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile = profile
        self._agenda = profile.service(AgendaService)
        self._lines: list[AgendaLine] = []
        self.after_session_dialog: AfterSessionDialog | None = None

        # -- header -------------------------------------------------------------------------
        # one line where there is room, two in a narrow window
        self.heading = WrappingLabel(self.tr("Agenda for your next session"))
        set_text(self.heading, Text.TITLE)
        self.counselor_filter = CounselorFilter(profile.counselors, allow_all=False)
        self.counselor_filter.setAccessibleName(self.tr("Agenda for counselor"))
        self.counselor_filter.counselorChanged.connect(lambda _id: self.reload())
        self.with_label = QLabel(self.tr("with"))
        self.with_label.setBuddy(self.counselor_filter)
        self.next_label = QLabel()
        self.next_label.setAccessibleName(self.tr("Next session"))
        self.next_label.setWordWrap(True)
        self.after_button = QPushButton(self.tr("After a session…"))
        self.after_button.setAccessibleName(self.tr("Write notes after a session"))
        self.after_button.setToolTip(
            self.tr("Write down what you took away and tick what you talked about (Ctrl+Shift+N)")
        )
        self.after_button.clicked.connect(lambda: self.open_after_session(None))
        after_action = QAction(self.tr("After a session…"), self)
        after_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        after_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        after_action.triggered.connect(lambda: self.open_after_session(None))
        self.addAction(after_action)

        # -- adding -------------------------------------------------------------------------
        self.add_edit = QLineEdit()
        self.add_edit.setPlaceholderText(
            self.tr("Something you want to talk about… (press Enter to add)")
        )
        self.add_edit.setAccessibleName(self.tr("New agenda item"))
        self.add_edit.setMaxLength(ITEM_TEXT_MAX)
        self.add_edit.returnPressed.connect(self.add_from_field)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add item"))
        self.add_button.clicked.connect(self.add_from_field)
        self.ideas_button = QPushButton(self.tr("Need ideas?"))
        self.ideas_button.setAccessibleName(self.tr("Need ideas? Questions to add"))
        self.ideas_button.setToolTip(self.tr("Questions you could bring to the session"))
        self.ideas_menu = QMenu(self)
        for prompt in AGENDA_PROMPTS:
            text = self.tr_prompt(prompt)
            action = self.ideas_menu.addAction(text)
            action.triggered.connect(lambda _=False, t=text: self.add_text(t))
        self.ideas_button.setMenu(self.ideas_menu)

        # -- the list -----------------------------------------------------------------------
        self.list = AgendaList()
        self.list.setAccessibleName(self.tr("Agenda"))
        self.list.setAccessibleDescription(
            self.tr("Alt+Up and Alt+Down move a line, Delete drops it, F2 edits an item.")
        )
        self.list.setItemDelegate(_LineDelegate(self))
        self.list.lineDropped.connect(self._dropped_by_mouse)
        self.list.itemChanged.connect(self._item_edited)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(24)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.list)
        self.list_stack.addWidget(self.empty_label)

        self.important_button = QPushButton(self.tr("★ Matters most"))
        self.important_button.setCheckable(True)
        self.important_button.setAccessibleName(self.tr("Mark as what matters most"))
        self.important_button.setToolTip(self.tr("Mark or unmark what matters most (Ctrl+I)"))
        self.important_button.clicked.connect(self.toggle_important)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Move the line up (Alt+Up)"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setAccessibleName(self.tr("Move down"))
        self.down_button.setToolTip(self.tr("Move the line down (Alt+Down)"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setAccessibleName(self.tr("Edit item"))
        self.edit_button.setToolTip(self.tr("Change what the item says (F2)"))
        self.edit_button.clicked.connect(self.edit_current)
        self.drop_button = QPushButton(self.tr("Take off the agenda"))
        self.drop_button.setAccessibleName(self.tr("Take off the agenda"))
        self.drop_button.setToolTip(self.tr("Take this line off the agenda; you can undo (Delete)"))
        self.drop_button.clicked.connect(self.drop_current)

        for key, slot in (
            ("Alt+Up", lambda: self.move_current(-1)),
            ("Alt+Down", lambda: self.move_current(1)),
            ("Ctrl+I", self.toggle_important),
            ("Delete", self.drop_current),
        ):
            action = QAction(self.list)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.list.addAction(action)

        self.undo_bar = UndoBar()
        self.undo_bar.add_shortcut(self)
        self.undo_button = self.undo_bar.button

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setStyleSheet("color: palette(link);")
        self.error_label.hide()
        self.hint_label = QLabel(
            self.tr(
                "Drag lines into the order you want to go through them, or use Alt+Up and "
                "Alt+Down. Journal entries marked “bring to my next session” and feedback you "
                "marked ready appear here by themselves."
            )
        )
        self.hint_label.setWordWrap(True)
        self.hint_label.setEnabled(False)

        # -- no counselor yet ---------------------------------------------------------------
        self.no_counselor_label = QLabel(
            self.tr(
                "Your agenda belongs to a counselor.\n\nAdd the person you see in Sessions, "
                "and you can start collecting what you would like to talk about."
            )
        )
        self.no_counselor_label.setWordWrap(True)
        self.no_counselor_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_counselor_label.setMargin(32)

        # -- layout -------------------------------------------------------------------------
        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(SPACING)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_edit, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.ideas_button)
        body.addLayout(add_row)
        body.addWidget(self.list_stack, 1)
        buttons = QHBoxLayout()
        for b in (self.important_button, self.up_button, self.down_button, self.edit_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.drop_button)
        body.addLayout(buttons)
        body.addWidget(self.undo_bar)
        body.addWidget(self.hint_label)

        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(self.no_counselor_label)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.with_label)
        top.addWidget(self.counselor_filter)
        top.addStretch(1)
        top.addWidget(self.after_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGINS)
        layout.setSpacing(SPACING)
        layout.addLayout(top)
        layout.addWidget(self.next_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.stack, 1)

        for first, second in (
            (self.counselor_filter, self.after_button),
            (self.after_button, self.add_edit),
            (self.add_edit, self.add_button),
            (self.add_button, self.ideas_button),
            (self.ideas_button, self.list),
            (self.list, self.important_button),
            (self.important_button, self.up_button),
            (self.up_button, self.down_button),
            (self.down_button, self.edit_button),
            (self.edit_button, self.drop_button),
            (self.drop_button, self.undo_button),
        ):
            QWidget.setTabOrder(first, second)

    def tr_prompt(self, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("agenda_prompts", text)

    # -- area view protocol -----------------------------------------------------------------

    def load(self) -> None:
        self.counselor_filter.reload()
        self.reload()

    def refresh(self, changes: Changes) -> None:
        """Show the agenda as stored now. While a line is being edited in place the
        refresh waits, so the text being typed is not swept away."""
        if self.list.state() == QAbstractItemView.State.EditingState:
            QTimer.singleShot(250, self, lambda: self.refresh(changes))
            return
        self.load()

    def flush(self) -> bool:
        """Keep what is typed: text waiting in the field becomes an item, open notes are
        saved."""
        ok = True
        if self.add_edit.text().strip() and self.counselor_id() is not None:
            ok = self.add_from_field()
        if self.after_session_dialog is not None and self.after_session_dialog.isVisible():
            ok = self.after_session_dialog.flush() and ok
        return ok

    def remembered(self) -> object:
        return {"counselor": self.counselor_id()}

    def restore(self, state: object) -> None:
        if isinstance(state, dict) and state.get("counselor") is not None:
            self.counselor_filter.set_counselor(int(state["counselor"]))
            self.reload()

    # -- loading ----------------------------------------------------------------------------

    def counselor_id(self) -> int | None:
        return self.counselor_filter.counselor_id()

    def lines(self) -> list[AgendaLine]:
        return list(self._lines)

    def reload(self, select: LineKey | None = None) -> None:
        """Show the agenda of the chosen counselor; select ``select`` (or keep the current
        line)."""
        counselor = self.counselor_id()
        if counselor is None:
            self.stack.setCurrentWidget(self.no_counselor_label)
            self.next_label.hide()
            for widget in (self.with_label, self.counselor_filter, self.after_button):
                widget.hide()
            self._lines = []
            self.list.clear()
            return
        self.stack.setCurrentIndex(0)
        for widget in (self.with_label, self.counselor_filter, self.after_button):
            widget.show()
        if select is None:
            current = self.current_line()
            select = current.key if current else None
        try:
            self._lines = self._agenda.agenda(counselor)
            upcoming = self._agenda.next_session(counselor)
        except CompanionError as exc:
            self.show_error(str(exc))
            return
        self._show_next(upcoming)
        self.list.blockSignals(True)
        self.list.clear()
        for line in self._lines:
            item = QListWidgetItem(line.text)
            item.setData(LineRole, line)
            flags = (
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            if line.kind == LineKind.ITEM:
                flags |= Qt.ItemFlag.ItemIsEditable
            item.setFlags(flags)
            item.setToolTip(line_label(self, line))
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = next((i for i, line in enumerate(self._lines) if line.key == select), -1)
        if row < 0 and self._lines:
            row = 0
        self.list.setCurrentRow(row)
        self._update_empty_state()
        self._update_buttons()

    def _show_next(self, upcoming: AgendaSession | None) -> None:
        if upcoming is None:
            self.next_label.setText(
                self.tr("No session is planned yet. You can plan one in Sessions.")
            )
        else:
            when = session_when_long(upcoming.starts_at, upcoming.time_zone)
            self.next_label.setText(self.tr("Next session: %1").replace("%1", when))
        self.next_label.show()

    def _update_empty_state(self) -> None:
        if self._lines:
            self.list_stack.setCurrentWidget(self.list)
        else:
            self.empty_label.setText(
                self.tr(
                    "Nothing on the agenda yet.\n\nWrite down anything you would like to talk "
                    "about, however small. If you are not sure where to start, try “Need ideas?”."
                )
            )
            self.list_stack.setCurrentWidget(self.empty_label)

    def _update_buttons(self) -> None:
        line = self.current_line()
        row = self.list.currentRow()
        has = line is not None
        self.important_button.setEnabled(has)
        self.important_button.setChecked(bool(line and line.important))
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(self._lines) - 1)
        self.edit_button.setEnabled(bool(line and line.kind == LineKind.ITEM))
        self.drop_button.setEnabled(has)

    def current_line(self) -> AgendaLine | None:
        item = self.list.currentItem()
        data = item.data(LineRole) if item is not None else None
        return data if isinstance(data, AgendaLine) else None

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _run(self, fn: Callable[[], T]) -> T | None:
        """Call ``fn``; show a problem in the view instead of raising (None then)."""
        return guarded(
            fn,
            say=self.show_error,
            gone=self.tr("That line is no longer on the agenda. The agenda has been refreshed."),
            after_gone=self.reload,
        ).value

    # -- editing ----------------------------------------------------------------------------

    def add_from_field(self) -> bool:
        """Add what is typed in the field; on a problem the text stays there."""
        text = self.add_edit.text()
        if self.add_text(text):
            self.add_edit.clear()
            return True
        return False

    def add_text(self, text: str) -> bool:
        counselor = self.counselor_id()
        if counselor is None:
            return False
        added = self._run(lambda: self._agenda.add(counselor, text))
        if not isinstance(added, AgendaLine):
            return False
        self.reload(select=added.key)
        self.status.emit(self.tr("Added to the agenda."))
        return True

    def edit_current(self) -> None:
        item = self.list.currentItem()
        line = self.current_line()
        if item is not None and line is not None and line.kind == LineKind.ITEM:
            self.list.editItem(item)

    def _item_edited(self, item: QListWidgetItem) -> None:
        line = item.data(LineRole)
        if not isinstance(line, AgendaLine) or line.kind != LineKind.ITEM:
            return
        text = item.text()
        if text == line.text:
            return
        updated = self._run(lambda: self._agenda.update_text(line.id, text))
        # bad input: the stored text comes back (the message says why)
        self.reload(select=line.key if updated is None else updated.key)

    def toggle_important(self) -> None:
        line = self.current_line()
        if line is None:
            return
        self._run(lambda: self._agenda.set_important(line, not line.important))
        self.reload(select=line.key)

    def move_current(self, step: int) -> None:
        line = self.current_line()
        if line is None:
            return
        target = self.list.currentRow() + step
        if not 0 <= target < len(self._lines):
            return
        self._move(line.key, target)

    def _move(self, key: LineKey, target: int) -> None:
        line = next((x for x in self._lines if x.key == key), None)
        if line is None:
            return
        self._run(lambda: self._agenda.move(line, target))
        self.reload(select=key)
        self.list.setFocus()

    def _dropped_by_mouse(self, key: LineKey, target: int) -> None:
        # the list has already moved the row; store it and show the stored order
        QTimer.singleShot(0, self, lambda: self._move(key, target))

    def drop_current(self) -> None:
        line = self.current_line()
        if line is None:
            return
        row = self.list.currentRow()
        dropped = self._run(lambda: self._agenda.drop(line))
        if not isinstance(dropped, AgendaLine):
            return
        self.reload()
        if self._lines:
            self.list.setCurrentRow(min(row, len(self._lines) - 1))
        self.undo_bar.offer(
            self.tr("Taken off the agenda. (The journal entry is kept; only its flag was removed.)")
            if dropped.kind == LineKind.JOURNAL
            else self.tr("Taken off the agenda."),
            lambda: self._undo_drop(dropped),
            accessible_name=self.tr("Undo taking off the agenda"),
            focus=False,  # Delete again takes off the next line
        )
        self.status.emit(self.tr("Taken off the agenda. Ctrl+Z brings it back."))

    def _undo_drop(self, dropped: AgendaLine) -> None:
        restored = self._run(lambda: self._agenda.undo_drop(dropped))
        self.reload(select=dropped.key if restored is not None else None)
        self.list.setFocus()

    def reveal(self, item_id: int) -> None:
        """Show the agenda an item is on and select it (from a search result)."""
        try:
            counselor = self._agenda.counselor_of(int(item_id))
        except LookupError:
            return
        self.counselor_filter.set_counselor(counselor)
        self.reload()
        for row, line in enumerate(self._lines):
            if line.row_id == item_id:
                self.list.setCurrentRow(row)
                break

    # -- after a session --------------------------------------------------------------------

    def open_after_session(self, session_id: int | None = None) -> AfterSessionDialog | None:
        """Open the notes dialog (for ``session_id``, or the latest session of the counselor
        shown); the home screen calls this."""
        counselor = self.counselor_id()
        if session_id is not None:
            try:
                counselor = self._agenda.session(int(session_id)).counselor_id
            except LookupError:
                session_id = None
            else:
                self.counselor_filter.set_counselor(counselor)
                self.reload()
        if counselor is None:
            self.show_error(
                self.tr("Add your counselor in Sessions first; then you can write notes here.")
            )
            return None
        if self.after_session_dialog is not None:
            self.after_session_dialog.flush()
            self.after_session_dialog.deleteLater()
        dialog = AfterSessionDialog(self._profile, counselor, session_id, parent=self)
        dialog.saved.connect(self._after_session_saved)
        dialog.finished.connect(lambda _r: self.reload())
        self.after_session_dialog = dialog
        dialog.open()
        return dialog

    def _after_session_saved(self) -> None:
        self.reload()
        self.status.emit(
            self.tr("Notes saved. What you did not get to stays on the agenda for next time.")
        )
