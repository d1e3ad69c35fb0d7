"""Printing a summary: the system's print dialog, then the same pages as the PDF."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from companion.export.summary_model import SummaryDocument

if TYPE_CHECKING:  # QtPrintSupport loads when the client first prints
    from PySide6.QtPrintSupport import QPrinter


def ask_printer(parent: QWidget) -> QPrinter | None:
    """The printer the client chose in the print dialog, or None when they cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def print_document(document: SummaryDocument, printer: object) -> int:
    """Lay ``document`` out on ``printer`` (a QPrinter or any paged device), on the paper of
    the locale; returns the number of pages (0 when ``printer`` is not a paged device)."""
    from PySide6.QtGui import QPagedPaintDevice

    from companion.export.render_pdf import page_layout, paint_pages, paper_for_locale

    if not isinstance(printer, QPagedPaintDevice):
        return 0
    printer.setPageLayout(page_layout(paper_for_locale()))
    return paint_pages(document, printer, printer.logicalDpiY())
