"""The preview of a summary: the HTML file itself, rendered from the same document as the
PDF and the Markdown, so the client sees exactly what the file will contain."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser, QWidget

from companion.export.render_html import render_html
from companion.export.summary_model import SummaryDocument


class SummaryPreview(QTextBrowser):
    """Shows a :class:`SummaryDocument`; :attr:`html` is what an HTML export writes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.html = ""
        self.setAccessibleName(self.tr("Preview of the summary"))
        self.setOpenLinks(False)

    def show_document(self, document: SummaryDocument) -> None:
        """Show ``document``, keeping the place the client scrolled to."""
        self.html = render_html(document)
        scroll = self.verticalScrollBar().value()
        self.setHtml(self.html)
        self.verticalScrollBar().setValue(scroll)

    def show_no_counselor(self) -> None:
        """Nothing to preview: say what the dialog is for once there is a counselor."""
        self.html = ""
        self.setHtml(
            "<p>"
            + self.tr(
                "Once you add a counselor, you can put together a summary for your "
                "next session here."
            )
            + "</p>"
        )
