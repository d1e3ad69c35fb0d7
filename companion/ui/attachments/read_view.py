"""The entry's files in the read view, below its text: each picture as wide as the view allows
(from its preview), with its name and an Open link; then the PDF and text files, one a line,
with name, kind, size and Open.

Links point at ``companion-file:<id>``; the editor opens the file when one is followed.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QImage,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)
from PySide6.QtWidgets import QTextEdit

from companion.domain.attachments import Attachment
from companion.ui.attachments.pictures import Kind, PictureLoader, placeholder
from companion.ui.attachments.strip import kind_name
from companion.ui.formatting import file_size
from companion.ui.icons import icon
from companion.ui.style import SPACING, SPACING_LARGE, SPACING_SMALL, Text, font_for

FILE_SCHEME = "companion-file"
PICTURE_SCHEME = "companion-picture"
#: The natural size of a picture shown, kept in its format to fit it again when the view
#: changes width.
_NATURAL_WIDTH = QTextFormat.Property.UserProperty + 1
_NATURAL_HEIGHT = QTextFormat.Property.UserProperty + 2
#: Size of the placeholder of a picture that is still coming or cannot be shown.
PLACEHOLDER = QSize(320, 200)
#: Tallest a picture is shown (px), so that a photo taken upright does not fill pages.
TALLEST = 520


def file_link(attachment: Attachment) -> str:
    return f"{FILE_SCHEME}:{attachment.id}"


def linked_file(url: QUrl) -> int | None:
    """The id of the file a link in the read view points at, or None for any other link."""
    if url.scheme() != FILE_SCHEME:
        return None
    try:
        return int(url.path())
    except ValueError:
        return None


def room_for_pictures(browser: QTextEdit) -> int:
    """How wide a picture may be in ``browser`` (px)."""
    margin = browser.document().documentMargin()
    return max(80, int(browser.viewport().width() - 2 * margin - 8))


def _picture(
    attachment: Attachment, pictures: PictureLoader, palette: QPalette
) -> tuple[QImage, bool]:
    """The preview of ``attachment`` (asked for if not here yet), or a placeholder; and
    whether it is the real picture."""
    image = pictures.image(attachment, Kind.PREVIEW)
    if image is not None and not image.isNull():
        return image, True
    size = PLACEHOLDER
    if attachment.width and attachment.height:
        size = QSize(attachment.width, attachment.height).scaled(
            PLACEHOLDER, Qt.AspectRatioMode.KeepAspectRatio
        )
    base = palette.color(QPalette.ColorRole.Base)
    shade = QColor(base).darker(110) if base.lightness() > 128 else QColor(base).lighter(140)
    blank = placeholder(size, shade)
    if pictures.failed(attachment, Kind.PREVIEW):
        painter = QPainter(blank)
        side = 40
        icon("picture-missing").paint(
            painter, (size.width() - side) // 2, (size.height() - side) // 2, side, side
        )
        painter.end()
    return blank, False


def _fitted(natural: QSize, room: int) -> QSize:
    """``natural`` made to fit ``room`` px across and :data:`TALLEST` px down."""
    if natural.width() <= room and natural.height() <= TALLEST:
        return natural
    return natural.scaled(QSize(room, TALLEST), Qt.AspectRatioMode.KeepAspectRatio)


def show_files(browser: QTextEdit, attachments: list[Attachment], pictures: PictureLoader) -> None:
    """Add the entry's files below the text shown in ``browser`` (see the module)."""
    if not attachments:
        return
    document = browser.document()
    palette = browser.palette()
    room = room_for_pictures(browser)
    cursor = document.rootFrame().lastCursorPosition()
    plain = QTextCharFormat()
    muted = QTextCharFormat()
    muted.setForeground(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
    link = QTextCharFormat()
    link.setForeground(palette.color(QPalette.ColorRole.Link))
    link.setFontUnderline(True)
    link.setAnchor(True)

    for number, attachment in enumerate(a for a in attachments if a.is_image):
        image, _real = _picture(attachment, pictures, palette)
        url = QUrl(f"{PICTURE_SCHEME}:{attachment.id}")
        document.addResource(QTextDocument.ResourceType.ImageResource, url, image)
        block = QTextBlockFormat()
        block.setTopMargin(2 * SPACING_LARGE if number == 0 else SPACING_LARGE)
        cursor.insertBlock(block, plain)
        shown = _fitted(image.size(), room)
        picture = QTextImageFormat()
        picture.setName(url.toString())
        picture.setWidth(shown.width())
        picture.setHeight(shown.height())
        picture.setProperty(_NATURAL_WIDTH, image.width())
        picture.setProperty(_NATURAL_HEIGHT, image.height())
        picture.setToolTip(attachment.name)
        cursor.insertImage(picture)
        caption = QTextBlockFormat()
        caption.setTopMargin(SPACING_SMALL)
        cursor.insertBlock(caption, muted)
        cursor.insertText(f"{attachment.name} · {file_size(attachment.size)}  ", muted)
        _link(cursor, attachment, link)

    images = any(a.is_image for a in attachments)
    others = [a for a in attachments if not a.is_image]
    for number, attachment in enumerate(others):
        block = QTextBlockFormat()
        first = SPACING_LARGE if images else 2 * SPACING_LARGE
        block.setTopMargin(first if number == 0 else SPACING)
        cursor.insertBlock(block, plain)
        bold = QTextCharFormat()
        bold.setFont(font_for(Text.LABEL, document.defaultFont()))
        cursor.insertText(attachment.name, bold)
        cursor.insertText(f"  {kind_name(attachment)} · {file_size(attachment.size)}  ", muted)
        _link(cursor, attachment, link)


def _link(cursor: QTextCursor, attachment: Attachment, link: QTextCharFormat) -> None:
    from PySide6.QtCore import QCoreApplication

    anchor = QTextCharFormat(link)
    anchor.setAnchorHref(file_link(attachment))
    anchor.setToolTip(
        QCoreApplication.translate("ReadView", "Open “%1” in the app for it").replace(
            "%1", attachment.name
        )
    )
    cursor.insertText(QCoreApplication.translate("ReadView", "Open"), anchor)
    cursor.setCharFormat(QTextCharFormat())


def fit_pictures(browser: QTextEdit) -> None:
    """Fit every picture shown to the width ``browser`` has now."""
    document = browser.document()
    room = room_for_pictures(browser)
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                image = fmt.toImageFormat()
                if image.name().startswith(PICTURE_SCHEME + ":"):
                    natural = QSize(
                        int(image.property(_NATURAL_WIDTH) or 0),
                        int(image.property(_NATURAL_HEIGHT) or 0),
                    )
                    if natural.width() > 0 and natural.height() > 0:
                        shown = _fitted(natural, room)
                        if shown.width() != round(image.width()) or shown.height() != round(
                            image.height()
                        ):
                            image.setWidth(shown.width())
                            image.setHeight(shown.height())
                            cursor = QTextCursor(document)
                            cursor.setPosition(fragment.position())
                            cursor.setPosition(
                                fragment.position() + fragment.length(),
                                QTextCursor.MoveMode.KeepAnchor,
                            )
                            cursor.setCharFormat(image)
            iterator += 1
        block = block.next()
