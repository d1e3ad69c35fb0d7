"""A list of saved items on the left and an editor for the chosen one on the right.

The Goals and Feedback areas work the same way: the list is filtered by counselor, choosing an
item opens it in the editor, edits are saved with the Save button (or Ctrl+S), when switching
to another item and on :meth:`ListDetailView.flush`, and a new item is stored on its first
Save. A view whose ``AUTOSAVE_MS`` is set also saves by itself that long after the last
change, as the journal does (and needs no Save button). :class:`ListDetailView` holds that
shared behaviour; each area keeps its own fields, wording and service calls in its own module.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from companion.domain.changes import Area, Changes
from companion.services.counselors import CounselorService
from companion.services.errors import CompanionError
from companion.ui.autosave import Autosave
from companion.ui.counselor_filter import CounselorFilter
from companion.ui.reflow import let_shrink
from companion.ui.style import LIST_MARGINS, SPACING, Text, set_text

#: Where each list row keeps the id of its item.
ItemIdRole = Qt.ItemDataRole.UserRole
#: Room around each row of the item lists.
LIST_STYLE = (
    "QListWidget::item { padding: 7px 6px; border-bottom: 1px solid palette(midlight); }"
    "QListWidget::item:selected { background: palette(highlight);"
    " color: palette(highlighted-text); }"
)


class Stored(Protocol):
    """A saved item: it has an id."""

    @property
    def id(self) -> int: ...


R = TypeVar("R", bound=Stored)
D = TypeVar("D")
R_co = TypeVar("R_co", bound=Stored, covariant=True)
D_contra = TypeVar("D_contra", contravariant=True)


class ItemService(Protocol[R_co, D_contra]):
    """What the editor needs from a service: read, create, update and delete one item."""

    def get(self, item_id: int, /) -> R_co: ...

    def create(self, draft: D_contra, /) -> R_co: ...

    def update(self, item_id: int, draft: D_contra, /) -> R_co: ...

    def delete(self, item_id: int, /) -> None: ...


def fill_counselor_choice(combo: QComboBox, counselors: CounselorService, none_label: str) -> None:
    """Counselors to tie something to, after a first "none" choice (data None)."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(none_label, None)
    for c in counselors.list():
        combo.addItem(c.label, c.id)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def select_data(combo: QComboBox, value: object) -> None:
    """Choose the entry holding ``value``, or the first one when none does."""
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def editor_form(rows: Iterable[tuple[str, QWidget]]) -> QFormLayout:
    """A form whose fields grow with the editor; each caption's shortcut focuses its field
    (``QFormLayout.addRow`` makes the caption's label with the field as its buddy)."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    # In a narrow window a caption goes above its field rather than squeezing it.
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    for caption, field in rows:
        if isinstance(field, QComboBox):
            let_shrink(field)
        form.addRow(caption, field)
    return form


class FittingRows(QStyledItemDelegate):
    """Rows never wider than the list: a line that does not fit ends in "…" (the row's
    tooltip has it whole), so the list never scrolls sideways."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        view = self.parent()
        if isinstance(view, QAbstractItemView):
            hint.setWidth(min(hint.width(), view.viewport().width()))
        return hint


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    """A Yes/No question with No as the default answer; True when the answer is Yes."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class ListDetailView(QWidget, Generic[R, D]):
    """The shared part of an area view (see :mod:`companion.ui.areas`) with a list of items
    of type ``R`` and an editor producing drafts of type ``D``.

    A subclass builds its widgets, calling :meth:`_build_list`, :meth:`_build_heading`,
    :meth:`_build_save_row` and :meth:`_lay_out` for the shared ones, and sets
    ``counselor_filter``, ``counselor_combo`` and ``new_button``; then it calls
    :meth:`_connect_shared`. It provides the parts marked "for the subclass" below.
    """

    counselor_filter: CounselorFilter
    counselor_combo: QComboBox
    new_button: QPushButton
    #: the area the items belong to; a subclass adds what else it shows to ``shows``
    area: Area
    shows: frozenset[Area]
    #: Save by itself this long after the last change (None: only Save, switching, flush).
    AUTOSAVE_MS: int | None = None

    def __init__(
        self,
        service: ItemService[R, D],
        counselors: CounselorService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._counselors = counselors
        self._current: R | None = None
        self._loading = False
        # edits not saved yet (a subclass's _show resets it), saved on flush and, with
        # AUTOSAVE_MS, by themselves
        self._autosave = Autosave(
            self, self._save_pending, self.AUTOSAVE_MS, when_quiet=self._autosave_now
        )

    @property
    def has_unsaved_changes(self) -> bool:
        return self._autosave.pending

    # -- shared widgets ---------------------------------------------------------------------

    def _build_list(self, accessible_name: str) -> None:
        """The item list and, in its place when it is empty, a friendly label."""
        self.list_widget = QListWidget()
        self.list_widget.setAccessibleName(accessible_name)
        self.list_widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_widget.setWordWrap(True)
        self.list_widget.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list_widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_widget.setItemDelegate(FittingRows(self.list_widget))
        self.list_widget.setStyleSheet(LIST_STYLE)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(24)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.list_widget)
        self.list_stack.addWidget(self.empty_label)

    def _build_heading(self) -> None:
        """The bold title above the editor."""
        self.heading = QLabel()
        self.heading.setWordWrap(True)  # a long title must not widen the editor
        set_text(self.heading, Text.HEADING)

    def _build_save_row(self, save_name: str, delete_name: str) -> QHBoxLayout:
        """The Save and Delete buttons (in the returned row) and the message label."""
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(save_name)
        self.save_button.setDefault(True)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setAccessibleName(delete_name)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        return buttons

    def _lay_out(self, intro: QWidget, top: QLayout, editor: QWidget) -> None:
        """The intro and the filter row above; the list and the editor side by side below."""
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(
            LIST_MARGINS.left(), 0, LIST_MARGINS.right(), LIST_MARGINS.bottom()
        )
        left_layout.addWidget(self.list_stack)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([400, 600])  # two parts list, three parts editor, at any width

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, LIST_MARGINS.top(), 0, 0)
        header = QVBoxLayout()
        header.setContentsMargins(LIST_MARGINS.left(), 0, LIST_MARGINS.left(), SPACING)
        header.addWidget(intro)
        header.addLayout(top)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)

    def _connect_shared(self) -> None:
        """The counselor filter, New, the list, Save (also Ctrl+S) and Delete."""
        self.counselor_filter.counselorChanged.connect(lambda _c: self.reload_list())
        self.new_button.clicked.connect(lambda: self.new_item())
        self.list_widget.currentItemChanged.connect(self._current_changed)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_current)
        save_key = QShortcut(QKeySequence.StandardKey.Save, self)
        save_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_key.activated.connect(self.save)

    # -- for the subclass -------------------------------------------------------------------

    def _fetch(self) -> list[R]:
        """The items the filters choose, in list order."""
        raise NotImplementedError

    def _item_text(self, item: R) -> str:
        """The text of the item's row in the list."""
        raise NotImplementedError

    def _item_tooltip(self, item: R) -> str | None:
        """The tooltip of the item's row; None for its whole text."""
        return None

    def _empty_text(self) -> str:
        """What the list says when no item is shown."""
        raise NotImplementedError

    def _show(self, item: R | None) -> None:
        """Put ``item`` (None: a new, empty one) in the editor; sets ``_current``."""
        raise NotImplementedError

    def _main_field(self) -> QWidget:
        """The field that gets the focus for a new item and when saving failed."""
        raise NotImplementedError

    def _is_blank(self) -> bool:
        """True when nothing worth keeping is written in the editor."""
        raise NotImplementedError

    def _deleted_meanwhile_text(self) -> str:
        """The message when the item on screen was deleted elsewhere."""
        raise NotImplementedError

    def _saved_text(self, item: R) -> str:
        """The message after ``item`` was saved."""
        return self.tr("Saved")

    def draft(self) -> D:
        """What the editor holds now, as a draft for the service."""
        raise NotImplementedError

    def confirm_delete(self, item: R) -> bool:
        """Ask before deleting (tests replace this)."""
        raise NotImplementedError

    # -- area view --------------------------------------------------------------------------

    def load(self) -> None:
        self.counselor_filter.reload()
        fill_counselor_choice(
            self.counselor_combo, self._counselors, self.tr("No particular counselor")
        )
        self.reload_list()
        if self._current is None and not self._autosave.pending:
            self._open_first_or_new()

    def refresh(self, changes: Changes) -> None:
        """Fill the choices and the list again; the item in the editor is shown as stored
        now when it changed elsewhere, unless the client has unsaved edits in it."""
        self.counselor_filter.reload()
        fill_counselor_choice(
            self.counselor_combo, self._counselors, self.tr("No particular counselor")
        )
        self.reload_list()
        current = self._current
        ids = changes.ids(self.area)
        if current is None or self._autosave.pending or (ids is not None and current.id not in ids):
            return
        try:
            stored = self._service.get(current.id)
        except LookupError:
            self._current = None
            self._open_first_or_new()
            self._show_message(self._deleted_meanwhile_text(), error=True)
            return
        except CompanionError as exc:
            self._show_message(str(exc), error=True)
            return
        if stored != current:
            self._show(stored)
            self._select_quietly(stored.id)

    def flush(self) -> bool:
        """Save pending edits; False (with the reason shown) when they could not be saved."""
        return self._autosave.flush()

    def _save_pending(self) -> bool:
        if self._current is None and self._is_blank():
            return True  # a new item with nothing written: nothing to keep
        return self.save()

    # -- list -------------------------------------------------------------------------------

    def reload_list(self) -> None:
        """Fill the list again from the service, keeping the current item selected."""
        try:
            items = self._fetch()
        except CompanionError as exc:
            self._show_message(str(exc), error=True)
            return
        current = None if self._current is None else self._current.id
        self.list_widget.blockSignals(True)
        self.list_widget.clear()
        for item in items:
            row = QListWidgetItem(self._item_text(item))
            row.setData(ItemIdRole, item.id)
            # the whole text, for a row too long for the list
            row.setToolTip(self._item_tooltip(item) or row.text())
            self.list_widget.addItem(row)
            if item.id == current:
                self.list_widget.setCurrentItem(row)
        self.list_widget.blockSignals(False)
        if items:
            self.list_stack.setCurrentWidget(self.list_widget)
        else:
            self.empty_label.setText(self._empty_text())
            self.list_stack.setCurrentWidget(self.empty_label)

    def _first_id(self) -> int | None:
        row = self.list_widget.item(0)
        return None if row is None else int(row.data(ItemIdRole))

    def _row_of(self, item_id: int) -> int | None:
        for index in range(self.list_widget.count()):
            row = self.list_widget.item(index)
            if row is not None and row.data(ItemIdRole) == item_id:
                return index
        return None

    def _select_quietly(self, item_id: int | None) -> None:
        """Select the row of ``item_id`` (None: no row) without opening anything."""
        index = None if item_id is None else self._row_of(item_id)
        self.list_widget.blockSignals(True)
        if index is None:
            self.list_widget.clearSelection()
            self.list_widget.setCurrentRow(-1)
        else:
            self.list_widget.setCurrentRow(index)
        self.list_widget.blockSignals(False)

    def _current_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is None:
            return
        item_id = int(current.data(ItemIdRole))
        if self._current is not None and self._current.id == item_id:
            return
        if not self.flush():
            self._select_quietly(self._current.id if self._current else None)
            return
        try:
            self.open_item(item_id)
        except LookupError:
            self.reload_list()

    def _open_first_or_new(self) -> None:
        first = self._first_id()
        if first is not None:
            self.open_item(first)
        else:
            self.new_item()

    # -- editing ----------------------------------------------------------------------------

    def new_item(self) -> None:
        """Start a new item (stored on Save); stays put when pending edits can't be saved."""
        if not self.flush():
            return
        self._show(None)
        self._select_quietly(None)
        self._main_field().setFocus()

    def open_item(self, item_id: int) -> None:
        """Show the stored item ``item_id``; LookupError when it is gone."""
        self._show(self._service.get(item_id))
        self._select_quietly(item_id)

    def save(self) -> bool:
        """Store the item on screen; on bad input the reason is shown and nothing changes."""
        self._autosave.cancel()
        saved = self._store()
        if saved is None:
            if self.message_label.property("error"):
                self._main_field().setFocus()
            return False
        self._autosave.reset()
        self._current = saved
        self.reload_list()
        self._show(saved)
        self._select_quietly(saved.id)
        self._show_message(self._saved_text(saved))
        return True

    def delete_current(self) -> None:
        """Delete the item on screen once confirmed, then open the first one left."""
        item = self._current
        if item is None or not self.confirm_delete(item):
            return
        try:
            self._service.delete(item.id)
        except LookupError:
            pass
        except CompanionError as exc:
            self._show_message(str(exc), error=True)
            return
        self._current = None
        self._autosave.reset()
        self.reload_list()
        self._open_first_or_new()
        self._show_message(self.tr("Deleted."))

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        if self.AUTOSAVE_MS is None:
            self._show_message(self.tr("Not saved yet"))
        else:
            self._show_message(self.tr("Editing…"))
        self._autosave.changed()

    def _autosave_now(self) -> bool:
        """Save what is on screen without disturbing the typing: the editor keeps its text,
        cursor and focus; the list shows the saved item."""
        if self._current is None and self._is_blank():
            return False  # nothing worth keeping yet
        saved = self._store()
        if saved is None:
            return False  # stays pending (the reason is shown); saved once it can be
        self._current = saved
        self.reload_list()
        self._select_quietly(saved.id)
        self._saved_quietly(saved)
        self._show_message(self._saved_text(saved))
        return True

    def _store(self) -> R | None:
        """Create or update the item from what the editor holds; None, with the reason
        shown, when it could not be stored (bad input, or deleted meanwhile)."""
        draft = self.draft()
        try:
            if self._current is None:
                return self._service.create(draft)
            return self._service.update(self._current.id, draft)
        except LookupError:
            self._show_message(self._deleted_meanwhile_text(), error=True)
        except CompanionError as exc:
            self._show_message(str(exc), error=True)
        return None

    def _saved_quietly(self, item: R) -> None:
        """After an automatic save, bring what surrounds the editor up to date (for the
        subclass: the heading, say); the fields themselves are left as they are."""
        self.delete_button.setEnabled(True)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setProperty("error", error)
        self.message_label.setStyleSheet("color: palette(link);" if error else "")
