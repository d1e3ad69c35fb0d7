"""The strip of files under the entry's text: a thumbnail of each picture and a chip (icon,
name, size) for each PDF or text file, with "Add file…".

Keyboard: Tab goes into the strip, the arrow keys go from file to file, Return opens the file,
Delete takes it off the entry (Undo brings it back), the menu key (or Shift+F10) offers Open,
Save a copy… and Remove from entry. Each file tells a screen reader its name, kind and size.
Files dropped on the strip (or anywhere on the editor) are added.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from companion.domain.attachments import Attachment, AttachmentKind
from companion.ui.attachments.entry_files import EntryFiles, local_files
from companion.ui.attachments.pictures import Kind
from companion.ui.formatting import file_size
from companion.ui.icons import icon
from companion.ui.style import ICON_SIZE, SPACING, SPACING_SMALL

#: A picture's tile and a file's chip (px): the picture's area, and the line of its name.
TILE_WIDTH = 112
CHIP_WIDTH = 220
PICTURE_HEIGHT = 64
PAD = 6
#: At most this many rows of files show before the strip scrolls (up and down).
ROWS_SHOWN = 2

AttachmentRole = Qt.ItemDataRole.UserRole + 1


def kind_name(attachment: Attachment) -> str:
    """What the file is, in a word or two."""
    if attachment.kind is AttachmentKind.IMAGE:
        return QCoreApplication.translate("AttachmentStrip", "Picture")
    if attachment.kind is AttachmentKind.PDF:
        return QCoreApplication.translate("AttachmentStrip", "PDF")
    return QCoreApplication.translate("AttachmentStrip", "Text file")


def describe(attachment: Attachment) -> str:
    """Name, kind and size, as a screen reader says it and the tooltip shows it."""
    return f"{attachment.name}, {kind_name(attachment)}, {file_size(attachment.size)}"


class AttachmentModel(QAbstractListModel):
    """The files of the entry shown, in their order."""

    def __init__(self, files: EntryFiles, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._files = files
        self._items: list[Attachment] = []
        self._thumbnails: dict[str, QPixmap] = {}
        files.pictures.ready.connect(self._picture_ready)

    def set_items(self, items: list[Attachment]) -> None:
        self.beginResetModel()
        self._items = list(items)
        digests = {a.digest for a in items}
        self._thumbnails = {d: p for d, p in self._thumbnails.items() if d in digests}
        self.endResetModel()

    def clear_pictures(self) -> None:
        self._thumbnails.clear()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def attachment_at(self, row: int) -> Attachment | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, attachment_id: int) -> int | None:
        return next((i for i, a in enumerate(self._items) if a.id == attachment_id), None)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        attachment = self.attachment_at(index.row()) if index.isValid() else None
        if attachment is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return attachment.name
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return describe(attachment)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.tr(
                "Return opens it, Delete removes it from the entry, the menu key shows more."
            )
        if role == AttachmentRole:
            return attachment
        return None

    def thumbnail(self, attachment: Attachment) -> QPixmap | None:
        """The picture's thumbnail, asked for if it is not here yet."""
        pixmap = self._thumbnails.get(attachment.digest)
        if pixmap is not None:
            return pixmap
        image = self._files.pictures.image(attachment, Kind.THUMBNAIL)
        if image is None:
            return None
        pixmap = QPixmap.fromImage(image)
        self._thumbnails[attachment.digest] = pixmap
        return pixmap

    def picture_failed(self, attachment: Attachment) -> bool:
        return self._files.pictures.failed(attachment, Kind.THUMBNAIL)

    def _picture_ready(self, digest: str) -> None:
        for row, attachment in enumerate(self._items):
            if attachment.digest == digest:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class AttachmentDelegate(QStyledItemDelegate):
    """Paints a picture's tile (thumbnail and name) and a file's chip (icon, name, kind and
    size), with the selection and the keyboard focus clearly marked."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        attachment = index.data(AttachmentRole)
        line = option.fontMetrics.height()
        height = PAD + PICTURE_HEIGHT + SPACING_SMALL + line + PAD
        if isinstance(attachment, Attachment) and not attachment.is_image:
            return QSize(CHIP_WIDTH, height)
        return QSize(TILE_WIDTH, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        attachment = index.data(AttachmentRole)
        model = index.model()
        if not isinstance(attachment, Attachment) or not isinstance(model, AttachmentModel):
            return
        rect: QRect = option.rect
        palette: QPalette = option.palette
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        focused = bool(state & QStyle.StateFlag.State_HasFocus)
        widget = option.widget
        view_focused = widget is not None and widget.hasFocus()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        frame = rect.adjusted(1, 1, -1, -1)
        background = palette.color(QPalette.ColorRole.AlternateBase)
        if selected:
            background = _mix(background, palette.color(QPalette.ColorRole.Highlight), 0.18)
        painter.setBrush(background)
        border = palette.color(QPalette.ColorRole.Mid)
        width = 1.0
        if selected or (focused and view_focused):
            border = palette.color(QPalette.ColorRole.Highlight)
            width = 2.0 if view_focused else 1.0
        painter.setPen(QPen(border, width))
        painter.drawRoundedRect(frame, 6, 6)
        if focused and view_focused:
            # the keyboard's place: a second, dashed ring inside the first
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 1.0, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(frame.adjusted(3, 3, -3, -3), 4, 4)
        text_colour = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        metrics = option.fontMetrics
        inner = rect.adjusted(PAD, PAD, -PAD, -PAD)
        if attachment.is_image:
            area = QRect(inner.left(), inner.top(), inner.width(), PICTURE_HEIGHT)
            self._paint_picture(painter, area, model, attachment, palette)
            name_rect = QRect(
                inner.left(), area.bottom() + SPACING_SMALL, inner.width(), metrics.height()
            )
            painter.setPen(text_colour)
            painter.drawText(
                name_rect,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(attachment.name, Qt.TextElideMode.ElideMiddle, inner.width()),
            )
        else:
            side = 32
            icon_rect = QRect(inner.left(), inner.top() + SPACING_SMALL, side, side)
            name = "file-pdf" if attachment.kind is AttachmentKind.PDF else "file-text"
            icon(name).paint(painter, icon_rect)
            left = icon_rect.right() + SPACING
            text_width = inner.right() - left
            painter.setPen(text_colour)
            line = metrics.height()
            # the name over two lines when it is long, its end kept (the extension shows)
            first, rest = _two_lines(attachment.name, metrics, text_width)
            painter.drawText(QRect(left, inner.top(), text_width, line), 0, first)
            if rest:
                painter.drawText(QRect(left, inner.top() + line, text_width, line), 0, rest)
            painter.setPen(muted if not selected else text_colour)
            detail = f"{kind_name(attachment)} · {file_size(attachment.size)}"
            painter.drawText(
                QRect(left, inner.bottom() - line, text_width, line),
                0,
                metrics.elidedText(detail, Qt.TextElideMode.ElideRight, text_width),
            )
        painter.restore()

    def _paint_picture(
        self,
        painter: QPainter,
        area: QRect,
        model: AttachmentModel,
        attachment: Attachment,
        palette: QPalette,
    ) -> None:
        pixmap = model.thumbnail(attachment)
        if pixmap is not None and not pixmap.isNull():
            size = pixmap.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(QPoint(0, 0), size)
            target.moveCenter(area.center())
            painter.drawPixmap(target, pixmap)
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_mix(palette.color(QPalette.ColorRole.Base), QColor("gray"), 0.15))
        painter.drawRoundedRect(area, 4, 4)
        if model.picture_failed(attachment):
            # a picture that cannot be shown: a calm sign instead, never a failure
            side = 28
            sign = QRect(0, 0, side, side)
            sign.moveCenter(area.center())
            icon("picture-missing").paint(painter, sign)


def _two_lines(text: str, metrics: object, width: int) -> tuple[str, str]:
    """``text`` on one line, or broken over two with the second cut in the middle."""
    from PySide6.QtGui import QFontMetrics

    assert isinstance(metrics, QFontMetrics)
    if metrics.horizontalAdvance(text) <= width:
        return text, ""
    cut = len(text)
    while cut > 1 and metrics.horizontalAdvance(text[:cut]) > width:
        cut -= 1
    space = text.rfind(" ", 0, cut + 1)
    if space > cut // 2:  # break between words where that leaves the first line well filled
        cut = space + 1
    first = text[:cut].rstrip()
    return first, metrics.elidedText(text[cut:], Qt.TextElideMode.ElideMiddle, width)


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


class AttachmentList(QListView):
    """The files in rows that wrap (never sideways), as tall as they need up to
    :data:`ROWS_SHOWN` rows. Return opens, Delete removes, the menu key shows the menu."""

    openRequested = Signal(object)  # Attachment
    removeRequested = Signal(object)  # Attachment
    menuRequested = Signal(object, QPoint)  # Attachment, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(SPACING_SMALL)
        self.setUniformItemSizes(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)
        self.doubleClicked.connect(self._double_clicked)

    def current_attachment(self) -> Attachment | None:
        value = self.currentIndex().data(AttachmentRole)
        return value if isinstance(value, Attachment) else None

    def _double_clicked(self, index: QModelIndex) -> None:
        value = index.data(AttachmentRole)
        if isinstance(value, Attachment):
            self.openRequested.emit(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        attachment = self.current_attachment()
        key = event.key()
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if attachment is not None and plain == Qt.KeyboardModifier.NoModifier:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.openRequested.emit(attachment)
                event.accept()
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.removeRequested.emit(attachment)
                event.accept()
                return
            if key == Qt.Key.Key_Menu:
                self._menu_for_current()
                event.accept()
                return
        if (
            attachment is not None
            and key == Qt.Key.Key_F10
            and plain == Qt.KeyboardModifier.ShiftModifier
        ):
            self._menu_for_current()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            return  # the click chooses the file (choosing the first would scroll under it)
        model = self.model()
        if not self.currentIndex().isValid() and model is not None and model.rowCount() > 0:
            self.setCurrentIndex(model.index(0, 0))  # the keyboard starts on the first file

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.indexAt(event.pos())
            if index.isValid():
                self.setCurrentIndex(index)
            else:
                return
            where = event.globalPos()
        else:
            self._menu_for_current()
            event.accept()
            return
        attachment = self.current_attachment()
        if attachment is not None:
            self.menuRequested.emit(attachment, where)
            event.accept()

    def _menu_for_current(self) -> None:
        """The menu of the file at the keyboard's place, shown beside it."""
        index = self.currentIndex()
        attachment = self.current_attachment()
        if attachment is None:
            return
        where = self.viewport().mapToGlobal(self.visualRect(index).center())
        self.menuRequested.emit(attachment, where)

    # -- as tall as its rows ------------------------------------------------------------------

    def _rows_needed(self, width: int) -> int:
        model = self.model()
        if model is None or model.rowCount() == 0:
            return 0
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        delegate = self.itemDelegate()
        rows, used = 1, 0
        gap = 2 * self.spacing()
        for row in range(model.rowCount()):
            item = delegate.sizeHint(option, model.index(row, 0)).width() + gap
            if used and used + item > width:
                rows += 1
                used = 0
            used += item
        return rows

    def _row_height(self) -> int:
        model = self.model()
        if model is None or model.rowCount() == 0:
            return 0
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        return self.itemDelegate().sizeHint(option, model.index(0, 0)).height() + 2 * self.spacing()

    def _height_for(self, rows: int) -> int:
        return rows * self._row_height() + 2 * self.frameWidth() + 2

    def sizeHint(self) -> QSize:
        width = max(self.viewport().width(), 200)
        rows = min(self._rows_needed(width), ROWS_SHOWN)
        return QSize(super().sizeHint().width(), self._height_for(rows))

    def minimumSizeHint(self) -> QSize:
        return QSize(TILE_WIDTH, self._height_for(min(1, self._rows_needed(10_000))))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wanted = self.sizeHint().height()
        if wanted != self.height():
            self.updateGeometry()


class AttachmentStrip(QWidget):
    """The files of the entry (see the module's docstring), "Add file…", what adding is
    doing, and what went wrong."""

    def __init__(self, files: EntryFiles, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = files
        self.model = AttachmentModel(files, self)
        self.list = AttachmentList()
        self.list.setModel(self.model)
        self.list.setItemDelegate(AttachmentDelegate(self.list))
        self.list.setAccessibleName(self.tr("Files kept with this entry"))
        self.list.setAccessibleDescription(
            self.tr("Arrow keys go from file to file. Return opens one, Delete removes it.")
        )
        self.list.hide()

        self.add_button = QPushButton(self.tr("Add file…"))
        self.add_button.setIcon(icon("attach"))
        self.add_button.setIconSize(ICON_SIZE)
        self.add_button.setAccessibleName(self.tr("Add a file to this entry"))
        self.add_button.setToolTip(
            self.tr(
                "Keep a photo, a picture, a PDF or a text file with this entry "
                "(Ctrl+Shift+A). You can also drop files here, or paste a picture."
            )
        )
        self.hint = QLabel(
            self.tr("Photos, PDFs or text files: drop them here or paste a picture.")
        )
        self.hint.setEnabled(False)  # muted
        self.hint.setWordWrap(True)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setMaximumHeight(10)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Adding files"))
        self.busy_bar.hide()
        self.busy_label = QLabel()
        self.busy_label.hide()
        self.notice_label = QLabel()
        self.notice_label.setObjectName("filesNotice")
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice_label.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(SPACING)
        row.addWidget(self.add_button)
        row.addWidget(self.hint, 1)
        row.addWidget(self.busy_label)
        row.addWidget(self.busy_bar)
        row.addStretch(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING_SMALL)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.notice_label)

        self.undo_action = QAction(self.list)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.list.addAction(self.undo_action)

        self.add_button.clicked.connect(self.choose_files)
        self.list.openRequested.connect(files.open)
        self.list.removeRequested.connect(self._remove)
        self.list.menuRequested.connect(self._menu)
        files.changed.connect(self._show_files)
        files.busyChanged.connect(self._show_busy)
        files.notice.connect(self.show_notice)
        self.setAcceptDrops(True)
        self._show_files()

    # -- showing ------------------------------------------------------------------------------

    def _show_files(self) -> None:
        keep = self.list.current_attachment()
        had_focus = self.list.hasFocus()
        items = self.files.attachments
        self.model.set_items(items)
        self.list.setVisible(bool(items))
        self.hint.setVisible(not items and not self.files.busy)
        self.add_button.setEnabled(self.files.available and not self.files.busy)
        if items:
            row = self.model.row_of(keep.id) if keep is not None else None
            if row is None and keep is not None:
                # the file at the keyboard's place went: the one after it (or the last)
                row = min(keep.position, len(items) - 1)
            if row is not None:
                self.list.setCurrentIndex(self.model.index(row))
        elif had_focus:
            self.add_button.setFocus()
        self.list.updateGeometry()

    def _show_busy(self, busy: bool, text: str) -> None:
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.busy_label.setText(text)
        self.hint.setVisible(not busy and not self.files.attachments)
        self.add_button.setEnabled(self.files.available and not busy)

    def show_notice(self, text: str, problem: bool) -> None:
        """Say ``text`` under the files (a problem in the warning colour); "" hides it."""
        self.notice_label.setText(text)
        self.notice_label.setStyleSheet("color: palette(link);" if problem else "")
        self.notice_label.setProperty("problem", problem)
        self.notice_label.setVisible(bool(text))

    def forget(self) -> None:
        self.model.clear_pictures()
        self.show_notice("", False)

    # -- doing --------------------------------------------------------------------------------

    def choose_files(self) -> None:
        """Ask which files to add (several at once), then add them."""
        from PySide6.QtCore import QDir
        from PySide6.QtWidgets import QFileDialog

        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add files to this entry"),
            QDir.homePath(),
            self.tr("Photos, pictures, PDF and text files")
            + " (*.jpg *.jpeg *.png *.gif *.webp *.pdf *.txt *.md);;"
            + self.tr("All files")
            + " (*)",
        )
        if names:
            from pathlib import Path

            self.files.add_paths([Path(name) for name in names])

    def _remove(self, attachment: Attachment) -> None:
        self.files.remove(attachment)

    def _menu(self, attachment: Attachment, where: QPoint) -> None:
        menu = QMenu(self)
        open_action = menu.addAction(icon("open"), self.tr("&Open"))
        save_action = menu.addAction(icon("save"), self.tr("&Save a copy…"))
        menu.addSeparator()
        remove_action = menu.addAction(icon("deleted"), self.tr("&Remove from entry"))
        remove_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        open_action.triggered.connect(lambda _checked=False: self.files.open(attachment))
        save_action.triggered.connect(lambda _checked=False: self.files.save_copy(attachment))
        remove_action.triggered.connect(lambda _checked=False: self.files.remove(attachment))
        self.context_menu = menu
        menu.popup(where)

    # -- dropping files -----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        accept_file_drag(event, self.files)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        accept_file_drag(event, self.files)

    def dropEvent(self, event: QDropEvent) -> None:
        drop_files(event, self.files)


def accept_file_drag(event: QDragEnterEvent | QDragMoveEvent, files: EntryFiles) -> bool:
    """Accept a drag that carries files, as a copy (the file stays where it is)."""
    if files.available and local_files(event.mimeData()):
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        return True
    event.ignore()
    return False


def drop_files(event: QDropEvent, files: EntryFiles) -> bool:
    paths = local_files(event.mimeData()) if files.available else []
    if not paths:
        event.ignore()
        return False
    event.setDropAction(Qt.DropAction.CopyAction)
    event.accept()
    files.add_paths(paths)
    return True


class FileDropFilter(QObject):
    """Lets files be dropped on a widget that would take them as text (the title field):
    they are added to the entry instead."""

    def __init__(self, files: EntryFiles, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._files = files

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if local_files(event.mimeData()):
                return accept_file_drag(event, self._files)
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            if local_files(event.mimeData()):
                return drop_files(event, self._files)
        return False
