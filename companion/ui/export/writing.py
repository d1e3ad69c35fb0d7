"""Writing a summary to a file: where to save it, the file (or, for Markdown, the file and
its chart images).

The texts here are the export dialog's (translation context ``ExportSummaryDialog``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtWidgets import QFileDialog, QWidget

from companion.durable_files import write_bytes_atomically
from companion.export.summary_files import SummaryFormat, write_summary
from companion.export.summary_model import SummaryDocument


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportSummaryDialog", text)


@dataclass(frozen=True)
class Saved:
    """What :func:`save` wrote (nothing when it failed) and the message saying so."""

    files: list[Path]
    message: str


def ask_path(parent: QWidget, fmt: SummaryFormat) -> Path | None:
    """The save dialog, suggesting "summary-<today>" in the home folder; the format's suffix
    is added when the client typed none."""
    filters = {
        SummaryFormat.PDF: _tr("PDF (*.pdf)"),
        SummaryFormat.HTML: _tr("Web page (*.html)"),
        SummaryFormat.MARKDOWN: _tr("Markdown (*.md)"),
    }
    suggested = Path(QDir.homePath()) / (
        _tr("summary") + f"-{date.today().isoformat()}{fmt.suffix}"
    )
    name, _filter = QFileDialog.getSaveFileName(
        parent, _tr("Save the summary"), str(suggested), filters[fmt]
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(fmt.suffix)


def save(document: SummaryDocument, html: str, path: Path, fmt: SummaryFormat) -> Saved:
    """Write ``document`` to ``path``; the HTML file is ``html``, the text of the preview."""
    try:
        if fmt is SummaryFormat.HTML:
            written = [write_bytes_atomically(path, html.encode("utf-8"))]
        else:
            written = write_summary(document, Path(path), fmt)
    except OSError as exc:
        return Saved(
            [],
            _tr("The summary could not be saved (%1). Nothing was changed.").replace(
                "%1", exc.strerror or type(exc).__name__
            ),
        )
    shown = written[-1] if fmt is not SummaryFormat.MARKDOWN else Path(path)
    return Saved(written, _tr("Saved to %1.").replace("%1", str(shown)))
