"""The summary export dialog (:class:`ExportSummaryDialog`) and its parts: the period
chooser, the list of what to share, the preview, writing the file and printing."""

from companion.ui.export.dialog import ExportSummaryDialog

__all__ = ["ExportSummaryDialog"]
