"""Importing a journal kept in another app: choose the app and the exported file (or folder),
see what would come in (and what is left out or already here), then import it in one step."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDir, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.wording import tr_n
from companion.services.errors import CompanionError
from companion.services.importing import (
    ImportCancelled,
    Imported,
    ImportKind,
    ImportPreview,
    ImportService,
    SkippedKind,
)
from companion.services.profile import UnlockedProfile
from companion.ui.formatting import day_text
from companion.ui.tasks import ProgressWatch, run_in_background
from companion.ui.window_size import open_at

log = logging.getLogger(__name__)


class ImportJournalDialog(QDialog):
    """``previewReady`` fires when a chosen file has been read (its preview or the problem is
    on screen); ``importFinished`` when an import has ended (``added`` holds the count)."""

    previewReady = Signal()
    importFinished = Signal()

    def __init__(self, profile: UnlockedProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = profile.service(ImportService)
        self.preview: ImportPreview | None = None
        self.added = 0
        self._busy = False
        self.setWindowTitle(self.tr("Import from another journal app"))
        open_at(self, 620, 480)

        intro = QLabel(
            self.tr(
                "Bring in entries you wrote in another app. First choose the app and its "
                "export; you will see what would come in before anything changes."
            )
        )
        intro.setWordWrap(True)

        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("The app the export is from"))
        for kind, label in (
            (ImportKind.JRNL, self.tr("jrnl (JSON export)")),
            (ImportKind.DAYONE, self.tr("Day One (JSON export: .zip, folder or .json)")),
            (ImportKind.DAYLIO, self.tr("Daylio (CSV export)")),
            (ImportKind.MARKDOWN, self.tr("Markdown or text files (.md, .txt)")),
        ):
            self.kind_combo.addItem(label, kind.value)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)

        self.file_button = QPushButton(self.tr("Choose &file…"))
        self.file_button.setAccessibleName(self.tr("Choose the exported file"))
        self.file_button.clicked.connect(self.choose_file)
        self.folder_button = QPushButton(self.tr("Choose f&older…"))
        self.folder_button.setAccessibleName(self.tr("Choose a folder"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.file_label = QLabel(self.tr("Nothing chosen yet."))
        self.file_label.setAccessibleName(self.tr("Chosen file"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_button)
        file_row.addWidget(self.folder_button)
        file_row.addWidget(self.file_label, 1)

        form = QFormLayout()
        form.addRow(self.tr("&From"), self.kind_combo)
        form.addRow(self.tr("Export"), file_row)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What will be imported"))
        self.notes_label = QLabel(self.tr("&Notes about this file"))
        self.notes = QListWidget()
        self.notes.setAccessibleName(self.tr("Notes about this file"))
        self.notes.setWordWrap(True)
        self.notes_label.setBuddy(self.notes)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.hide()
        self._importing = False
        self._watch = ProgressWatch(self.busy, self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("formMessage")
        self.message.setStyleSheet("color: palette(link);")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAccessibleName(self.tr("Import the new entries"))
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes, 1)
        layout.addStretch(0)  # takes the room while there are no notes
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.kind_combo, self.file_button)
        self.setTabOrder(self.file_button, self.folder_button)
        self.setTabOrder(self.folder_button, self.notes)
        self._kind_changed()
        self._show_notes([])
        self.kind_combo.setFocus()

    # -- choosing -----------------------------------------------------------------------------

    def kind(self) -> ImportKind:
        return ImportKind(self.kind_combo.currentData())

    def set_kind(self, kind: ImportKind) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.folder_button.setVisible(kind in (ImportKind.DAYONE, ImportKind.MARKDOWN))
        self.preview = None
        self.import_button.setEnabled(False)
        self.summary.setText(self._hint(kind))
        self._show_notes([])
        self._show_message("")

    def _hint(self, kind: ImportKind) -> str:
        hints = {
            ImportKind.JRNL: self.tr("In jrnl, export with: jrnl --export json > journal.json"),
            ImportKind.DAYONE: self.tr(
                "In Day One, export your journal as JSON; choose the .zip it makes, or the "
                "folder it unpacks to. Photos and other media stay behind."
            ),
            ImportKind.DAYLIO: self.tr(
                "In Daylio, export your entries as CSV. Moods become 0-10: rad 10, good 8, "
                "meh 5, bad 3, awful 1; activities become tags."
            ),
            ImportKind.MARKDOWN: self.tr(
                "Choose a folder of notes or a few files; each file becomes one entry, dated "
                "from its front matter or its name (like 2021-03-04.md)."
            ),
        }
        return hints[kind]

    def _filters(self) -> str:
        return {
            ImportKind.JRNL: self.tr("jrnl JSON export (*.json);;All files (*)"),
            ImportKind.DAYONE: self.tr("Day One export (*.zip *.json);;All files (*)"),
            ImportKind.DAYLIO: self.tr("Daylio CSV export (*.csv);;All files (*)"),
            ImportKind.MARKDOWN: self.tr(
                "Markdown or text (*.md *.markdown *.txt *.text);;All files (*)"
            ),
        }[self.kind()]

    def choose_file(self) -> None:
        title = self.tr("Choose the exported file")
        if self.kind() is ImportKind.MARKDOWN:
            names, _filter = QFileDialog.getOpenFileNames(
                self, title, QDir.homePath(), self._filters()
            )
            if names:
                self.choose([Path(n) for n in names])
            return
        name, _filter = QFileDialog.getOpenFileName(self, title, QDir.homePath(), self._filters())
        if name:
            self.choose(Path(name))

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), QDir.homePath())
        if name:
            self.choose(Path(name))

    def choose(self, path: Path | list[Path]) -> None:
        """Read and check ``path`` off the UI thread; the preview follows (``previewReady``)."""
        if isinstance(path, list) and len(path) != 1:
            self.file_label.setText(tr_n("ImportJournalDialog", "%n [file|files]", len(path)))
        else:
            self.file_label.setText((path[0] if isinstance(path, list) else path).name)
        self.preview = None
        self.import_button.setEnabled(False)
        self._show_notes([])
        self._show_message("")
        self.summary.setText(self.tr("Reading the export…"))
        self._set_busy(True)
        service, kind = self._service, self.kind()
        run_in_background(
            lambda: service.preview(path, kind), self._show_preview, self._preview_failed, self
        )

    # -- the preview --------------------------------------------------------------------------

    def _show_preview(self, preview: object) -> None:
        assert isinstance(preview, ImportPreview)
        self._set_busy(False)
        self.preview = preview
        self.summary.setText(self.describe(preview))
        self._show_notes([*self._skipped_notes(preview), *preview.problems])
        self.import_button.setEnabled(preview.new_count > 0)
        self.previewReady.emit()

    def _preview_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.summary.setText("")
        self._show_message(self._problem_text(exc, self.tr("Nothing was imported.")))
        self.previewReady.emit()

    def _date(self, value: datetime) -> str:
        return day_text(value)

    def describe(self, preview: ImportPreview) -> str:
        """The preview in a few plain sentences (counts, dates and tags; never entry text)."""
        parts: list[str] = []
        if preview.found == 0:
            return self.tr("There are no entries in this export.")
        if preview.new_count == 0:
            parts.append(self.tr("Everything in this export is already in your journal."))
        else:
            parts.append(
                tr_n(
                    "ImportJournalDialog",
                    "%n new [entry|entries] will be imported.",
                    preview.new_count,
                )
            )
        if preview.first is not None and preview.last is not None:
            parts.append(
                self.tr("They were written from %1 to %2.")
                .replace("%1", self._date(preview.first))
                .replace("%2", self._date(preview.last))
            )
        if preview.file_count:
            parts.append(
                tr_n(
                    "ImportJournalDialog",
                    "%n [photo or picture comes|photos and pictures come] with them.",
                    preview.file_count,
                )
            )
        parts.extend(self._counts(preview))
        if preview.tags:
            parts.append(self._tags(preview.tags))
        return " ".join(parts)

    def _counts(self, preview: ImportPreview) -> list[str]:
        counted = (
            (
                preview.already_in_journal,
                tr_n(
                    "ImportJournalDialog",
                    "%n already in your journal will be skipped.",
                    preview.already_in_journal,
                ),
            ),
            (
                preview.repeated_in_file,
                tr_n(
                    "ImportJournalDialog",
                    "%n repeated in the export will come in once.",
                    preview.repeated_in_file,
                ),
            ),
            (
                preview.with_mood,
                tr_n("ImportJournalDialog", "%n [has|have] a mood.", preview.with_mood),
            ),
        )
        return [text for count, text in counted if count]

    def _tags(self, tags: tuple[str, ...]) -> str:
        shown = ", ".join(tags[:12])
        if len(tags) > 12:
            return tr_n("ImportJournalDialog", "Tags: %1 and %n more.", len(tags) - 12, shown)
        return self.tr("Tags: %1.").replace("%1", shown)

    def _skipped_notes(self, preview: ImportPreview) -> list[str]:
        return [self._skipped_note(kind, count) for kind, count in preview.skipped]

    def _skipped_note(self, kind: SkippedKind, count: int) -> str:
        if kind is SkippedKind.PHOTO:
            return tr_n("ImportJournalDialog", "%n [photo was|photos were] not imported.", count)
        if kind is SkippedKind.PICTURE:
            return tr_n(
                "ImportJournalDialog", "%n [picture was|pictures were] not imported.", count
            )
        if kind is SkippedKind.VIDEO:
            return tr_n("ImportJournalDialog", "%n [video was|videos were] not imported.", count)
        if kind is SkippedKind.AUDIO:
            return tr_n(
                "ImportJournalDialog",
                "%n audio [recording was|recordings were] not imported.",
                count,
            )
        if kind is SkippedKind.PDF:
            return tr_n(
                "ImportJournalDialog",
                "%n PDF [attachment was|attachments were] not imported.",
                count,
            )
        return tr_n("ImportJournalDialog", "%n empty [entry was|entries were] left out.", count)

    def _show_notes(self, notes: list[str]) -> None:
        self.notes.clear()
        self.notes.addItems(notes)
        self.notes.setVisible(bool(notes))
        self.notes_label.setVisible(bool(notes))

    # -- importing ----------------------------------------------------------------------------

    def start_import(self) -> None:
        """Import the preview's new entries off the UI thread (``importFinished`` follows)."""
        preview = self.preview
        if preview is None or preview.new_count == 0 or self._busy:
            return
        self.import_button.setEnabled(False)
        self._set_busy(True)
        self.summary.setText(self.tr("Importing…"))
        service = self._service
        self._importing = True
        self._watch.start(max(1, preview.new_count))
        watch = self._watch
        run_in_background(
            lambda: service.apply(preview, progress=watch.report, cancel=watch.is_cancelled),
            self._imported,
            self._import_failed,
            self,
        )

    @property
    def importing(self) -> bool:
        return self._importing

    def stop_import(self) -> None:
        """Ask the running import to stop; the journal is left as it was."""
        if self._importing:
            self._watch.cancel()
            self.summary.setText(self.tr("Stopping…"))

    def reject(self) -> None:
        """Cancel stops a running import (nothing is added) instead of closing over it."""
        if self._importing:
            self.stop_import()
            return
        super().reject()

    def _finished_importing(self) -> None:
        self._importing = False
        self._watch.stop()

    def _imported(self, imported: object) -> None:
        assert isinstance(imported, Imported)
        self._finished_importing()
        self._set_busy(False)
        self.added = imported.entries
        self.preview = None
        text = tr_n(
            "ImportJournalDialog",
            "%n [entry was|entries were] imported into your journal.",
            imported.entries,
        )
        if imported.files:
            text += " " + tr_n(
                "ImportJournalDialog",
                "%n [photo or picture|photos and pictures] came with them.",
                imported.files,
            )
        self.summary.setText(text)
        self._show_notes([])
        self._close_button()
        self.importFinished.emit()

    def _import_failed(self, exc: BaseException) -> None:
        self._finished_importing()
        self._set_busy(False)
        # the preview still holds: show it again, so the import can simply be started again
        self.summary.setText(self.describe(self.preview) if self.preview is not None else "")
        if isinstance(exc, ImportCancelled):
            self._show_message(self.tr("Import stopped. Nothing was added to your journal."))
        else:
            self._show_message(self._problem_text(exc, self.tr("Nothing was imported.")))
        self.import_button.setEnabled(self.preview is not None)
        self.importFinished.emit()

    def _close_button(self) -> None:
        self.buttons.removeButton(self.import_button)
        self.import_button.hide()
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(self.tr("&Close"))
            cancel.setFocus()

    # -- helpers ------------------------------------------------------------------------------

    def _problem_text(self, exc: BaseException, tail: str) -> str:
        if isinstance(exc, CompanionError):
            return f"{exc} {tail}"
        log.warning("journal import failed: %s", type(exc).__name__)
        return self.tr("Companion could not read this export.") + " " + tail

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        for widget in (self.kind_combo, self.file_button, self.folder_button):
            widget.setEnabled(not busy)
