"""The files of the entry the editor shows: adding (off the UI thread), opening, saving a
copy, removing with Undo, and their pictures.

:class:`EntryFiles` is what the strip under the editor and the read view both show. It reads
the entry's files again whenever :meth:`reload` is called (the journal view does so on every
change to files announced on the profile's change feed, whoever wrote it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDir, QMimeData, QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QVBoxLayout, QWidget

from companion.domain.attachments import (
    Attachment,
    AttachmentRefused,
    CheckedFile,
    RemovedAttachment,
    short_name,
)
from companion.domain.errors import CompanionError
from companion.domain.wording import tr_n
from companion.durable_files import write_bytes_atomically
from companion.services.attachments import AttachmentService, check_file, read_file
from companion.ui.attachments.opened_files import OpenedFiles, open_with_system
from companion.ui.attachments.pictures import PictureLoader, encode
from companion.ui.formatting import file_name_stamp
from companion.ui.preferences import OPENING_FILES_EXPLAINED, Preferences
from companion.ui.tasks import run_in_background

log = logging.getLogger(__name__)

#: Most refusals listed one by one; the rest are counted.
REFUSALS_LISTED = 5


@dataclass(frozen=True)
class Incoming:
    """A file to add: one on the disk (``path``), or a picture from the clipboard."""

    name: str
    path: Path | None = None
    picture: QImage | None = None


@dataclass
class Outcome:
    """What adding some files came to."""

    entry_id: int
    added: list[Attachment] = field(default_factory=list)
    #: the refusals' messages (each names its file and says why)
    refused: list[str] = field(default_factory=list)
    #: why the rest was not added (the entry is gone, the journal could not be written)
    problem: str = ""


def local_files(mime: QMimeData) -> list[Path]:
    """The files of the computer that ``mime`` carries (a drop, a copy in a file manager)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


@dataclass
class Checked:
    """The files that passed every check, ready to keep, and the refusals' messages."""

    files: list[CheckedFile] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


def check_incoming(service: AttachmentService, items: Sequence[Incoming]) -> Checked:
    """Read and check each of ``items`` (nothing is stored yet). Runs on a worker thread."""
    keep_details = service.keeps_photo_details()
    checked = Checked()
    for item in items:
        try:
            if item.picture is not None:
                data = encode(item.picture, "PNG")
            else:
                assert item.path is not None
                data = read_file(item.path)
            checked.files.append(check_file(item.name, data, keep_details=keep_details))
        except AttachmentRefused as exc:
            checked.refused.append(str(exc))
    return checked


def store_checked(
    service: AttachmentService,
    entry_id: int,
    checked: Checked,
    problem_texts: tuple[str, str],
) -> Outcome:
    """Keep each checked file with the entry, whole or not at all. Runs on a worker thread."""
    outcome = Outcome(entry_id, refused=list(checked.refused))
    entry_gone, not_written = problem_texts
    for file in checked.files:
        try:
            attachment = service.add_checked(entry_id, file)
        except AttachmentRefused as exc:  # one too many for the entry
            outcome.refused.append(str(exc))
            continue
        except LookupError:
            outcome.problem = entry_gone
            break
        except CompanionError as exc:
            log.warning("adding a file failed: %s", type(exc).__name__)
            outcome.problem = not_written
            break
        outcome.added.append(attachment)
    return outcome


class OpeningNote(QDialog):
    """Said once, before the first file is opened: where its readable copy goes, and when it
    goes away."""

    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open a file"))
        text = QLabel(
            self.tr(
                "To open “%1”, Companion puts a readable copy in a private temporary folder "
                "and removes it when Companion locks or quits."
            ).replace("%1", short_name(name, 60))
        )
        text.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.open_button = self.buttons.addButton(
            self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.buttons)
        self.open_button.setDefault(True)
        self.setMinimumWidth(420)


class EntryFiles(QObject):
    """The files of one entry at a time (see the module's docstring)."""

    #: the entry's files were read again
    changed = Signal()
    #: adding started (True) or ended (False), with what to say meanwhile
    busyChanged = Signal(bool, str)
    #: something to tell the client (text, whether it is a problem)
    notice = Signal(str, bool)
    #: a file was taken off the entry: the view offers Undo (RemovedAttachment)
    removed = Signal(object)
    #: files were added (the Outcome), for whoever wants to say so
    added = Signal(object)

    def __init__(
        self,
        service: AttachmentService | None,
        opened: OpenedFiles | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._opened = opened
        self.pictures = PictureLoader(service, self)
        self._entry_id: int | None = None
        self._attachments: list[Attachment] = []
        #: how many adds are under way
        self._adding = 0
        #: bumped when Companion locks: work started before is no longer wanted
        self._generation = 0
        #: bumped each time another entry is shown (not when a new one is saved)
        self._shown = 0
        #: asked before files are added: save what is on screen; False when it could not
        #: be saved (the editor says why)
        self.save_shown: Callable[[], bool] = lambda: True
        #: asked once files passed their checks and the entry shown is new: store it now
        #: (even with nothing written) and give its id; None when it could not be saved
        self.entry_for_files: Callable[[], int | None] = lambda: self._entry_id
        #: the widget dialogs and messages belong to
        self.dialog_parent: QWidget | None = None
        self.note_dialog: OpeningNote | None = None

    # -- what is shown ------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        """Whether files can be kept at all (the view was given the service)."""
        return self._service is not None

    @property
    def busy(self) -> bool:
        return self._adding > 0

    @property
    def entry_id(self) -> int | None:
        return self._entry_id

    @property
    def attachments(self) -> list[Attachment]:
        return list(self._attachments)

    def attach(self, service: AttachmentService | None) -> None:
        """Use the service of a freshly unlocked profile."""
        self._service = service
        self.pictures.attach(service)

    def set_entry(self, entry_id: int | None) -> None:
        """Show the files of ``entry_id`` (None: a new entry, which has none yet)."""
        self._shown += 1
        if entry_id == self._entry_id:
            return
        self._entry_id = entry_id
        self.reload()

    def saved_as(self, entry_id: int) -> None:
        """The new entry shown was stored as ``entry_id`` (it is still the one shown)."""
        if entry_id != self._entry_id:
            self._entry_id = entry_id
            self.reload()

    def reload(self) -> None:
        """Read the entry's files again (after a change, from anywhere)."""
        found: list[Attachment] = []
        service = self._service
        if service is not None and self._entry_id is not None:
            try:
                found = service.for_entry(self._entry_id)
            except CompanionError as exc:
                log.warning("reading an entry's files failed: %s", type(exc).__name__)
        if found != self._attachments:
            self._attachments = found
            self.changed.emit()

    def forget(self) -> None:
        """Forget everything shown and every picture made (Companion locks)."""
        self._generation += 1
        self._entry_id = None
        self._attachments = []
        self.pictures.forget()
        if self._adding:
            self._adding = 0
            self.busyChanged.emit(False, "")
        if self.note_dialog is not None:
            self.note_dialog.close()
        self.changed.emit()

    # -- adding -------------------------------------------------------------------------------

    def add_paths(self, paths: Sequence[Path]) -> None:
        self.add([Incoming(path.name, path=path) for path in paths])

    def add_picture(self, picture: QImage) -> None:
        """Keep a picture from the clipboard, as "Pasted picture <when>.png"."""
        name = self.tr("Pasted picture %1.png").replace("%1", file_name_stamp(datetime.now()))
        self.add([Incoming(name, picture=picture.copy())])

    def add(self, items: Sequence[Incoming]) -> None:
        """Add ``items`` to the entry shown, off the UI thread: each file is read and checked,
        then (a new entry is stored first, only if some file passed) kept with the entry."""
        service = self._service
        if service is None or not items:
            return
        if not self.save_shown():
            self.notice.emit(self._not_saved_text(), True)
            return
        target, shown, generation = self._entry_id, self._shown, self._generation
        items = list(items)
        self._start_adding(len(items))

        def checked(result: Checked) -> None:
            if generation != self._generation:
                return
            entry_id = target
            if entry_id is None and result.files:
                if shown != self._shown:  # another entry was opened meanwhile
                    self._finish_adding()
                    self.notice.emit(
                        self.tr("The files were not added, because another entry was opened."),
                        True,
                    )
                    return
                entry_id = self.entry_for_files()
                if entry_id is None:
                    self._finish_adding()
                    self.notice.emit(self._not_saved_text(), True)
                    return
            if entry_id is None or not result.files:  # every file was refused
                self._finish_adding()
                self._say_outcome(Outcome(entry_id or 0, refused=result.refused))
                return
            self._store(service, entry_id, result, generation)

        run_in_background(
            lambda: check_incoming(service, items), checked, self._failed(generation), owner=self
        )

    def _store(
        self, service: AttachmentService, entry_id: int, result: Checked, generation: int
    ) -> None:
        texts = (
            self.tr("The files were not added: the entry was deleted meanwhile."),
            self.tr("Companion could not write to your journal, so some files were not added."),
        )

        def stored(outcome: Outcome) -> None:
            if generation != self._generation:
                return
            self._finish_adding()
            self.reload()
            self._say_outcome(outcome)
            self.added.emit(outcome)

        run_in_background(
            lambda: store_checked(service, entry_id, result, texts),
            stored,
            self._failed(generation),
            owner=self,
        )

    def _failed(self, generation: int) -> Callable[[BaseException], None]:
        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            log.error("adding files failed: %s", type(exc).__name__)
            self._finish_adding()
            self.reload()
            self.notice.emit(self.tr("Something went wrong, so some files were not added."), True)

        return failed

    def _not_saved_text(self) -> str:
        return self.tr(
            "The files were not added, because this entry could not be saved yet. "
            "See the message above."
        )

    def _start_adding(self, count: int) -> None:
        self._adding += 1
        self.notice.emit("", False)
        self.busyChanged.emit(
            True,
            tr_n("EntryFiles", "Adding %n [file|files]…", count)
            if count > 1
            else self.tr("Adding the file…"),
        )

    def _finish_adding(self) -> None:
        self._adding = max(0, self._adding - 1)
        if not self._adding:
            self.busyChanged.emit(False, "")

    def _say_outcome(self, outcome: Outcome) -> None:
        lines: list[str] = []
        refused = outcome.refused
        if len(refused) == 1:
            lines.append(refused[0])
        elif refused:
            lines.append(tr_n("EntryFiles", "%n [file was|files were] not added:", len(refused)))
            lines += [f"• {text}" for text in refused[:REFUSALS_LISTED]]
            if len(refused) > REFUSALS_LISTED:
                lines.append(
                    tr_n(
                        "EntryFiles",
                        "…and %n more.",
                        len(refused) - REFUSALS_LISTED,
                    )
                )
        if outcome.problem:
            lines.append(outcome.problem)
        if lines:
            self.notice.emit("\n".join(lines), True)
        elif outcome.added:
            self.notice.emit(
                tr_n("EntryFiles", "%n [file|files] added.", len(outcome.added)), False
            )

    # -- opening, saving a copy, removing ------------------------------------------------------

    def find(self, attachment_id: int) -> Attachment | None:
        return next((a for a in self._attachments if a.id == attachment_id), None)

    def open(self, attachment: Attachment) -> None:
        """Open the file in the computer's app for it (saying first, the very first time,
        where its readable copy goes)."""
        if self._service is None or self._opened is None:
            return
        prefs = Preferences()
        if prefs.read(OPENING_FILES_EXPLAINED):
            self._open_now(attachment)
            return
        dialog = OpeningNote(self.dialog_parent, attachment.name)

        def chosen() -> None:
            prefs.write(OPENING_FILES_EXPLAINED, True)
            self._open_now(attachment)

        dialog.accepted.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        self.note_dialog = dialog
        dialog.destroyed.connect(self._note_gone)
        dialog.open()

    def _note_gone(self) -> None:
        self.note_dialog = None

    def _open_now(self, attachment: Attachment) -> None:
        service, opened = self._service, self._opened
        if service is None or opened is None:
            return
        generation = self._generation

        def write() -> Path:
            return opened.write(attachment.name, attachment.media_type, service.data(attachment))

        def written(path: Path) -> None:
            if generation != self._generation:
                return  # locked meanwhile: the copy is gone already
            if not open_with_system(path):
                self.notice.emit(
                    self.tr(
                        "This computer has no app to open “%1”. You can save a copy instead."
                    ).replace("%1", attachment.name),
                    True,
                )

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            log.warning("opening a file failed: %s", type(exc).__name__)
            if isinstance(exc, LookupError):
                self.reload()
            self.notice.emit(
                self.tr("“%1” could not be opened.").replace("%1", attachment.name), True
            )

        run_in_background(write, written, failed, owner=self)

    def save_copy(self, attachment: Attachment) -> None:
        """Ask where, then write a copy of the file there (whole or not at all)."""
        service = self._service
        if service is None:
            return
        start = str(Path(QDir.homePath()) / attachment.name)
        chosen, _filter = QFileDialog.getSaveFileName(
            self.dialog_parent, self.tr("Save a copy"), start
        )
        if not chosen:
            return
        target = Path(chosen)
        generation = self._generation

        def saved(_path: Path) -> None:
            if generation == self._generation:
                self.notice.emit(
                    self.tr("A copy of “%1” is saved.").replace("%1", attachment.name), False
                )

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            log.warning("saving a copy of a file failed: %s", type(exc).__name__)
            self.notice.emit(
                self.tr(
                    "The copy could not be saved there. Check that the folder exists and "
                    "that you may write to it."
                ),
                True,
            )

        run_in_background(
            lambda: write_bytes_atomically(target, service.data(attachment), private=True),
            saved,
            failed,
            owner=self,
        )

    def remove(self, attachment: Attachment) -> None:
        """Take the file off the entry (Undo brings it back: ``removed`` offers it)."""
        service = self._service
        if service is None:
            return
        try:
            gone = service.remove(attachment.id)
        except LookupError:
            self.reload()  # removed elsewhere meanwhile
            return
        except CompanionError as exc:
            log.warning("removing a file failed: %s", type(exc).__name__)
            self.notice.emit(
                self.tr("Companion could not remove the file. Please try again."), True
            )
            return
        self.notice.emit("", False)  # what was said about adding is old news now
        self.reload()
        self.removed.emit(gone)

    def undo_remove(self, removed: RemovedAttachment) -> bool:
        """Bring a removed file back; False (and a notice) when that is no longer possible."""
        service = self._service
        if service is None:
            return False
        try:
            service.undo_remove(removed)
        except LookupError:
            self.notice.emit(self.tr("That file can no longer be brought back."), True)
            return True  # nothing more to offer
        except AttachmentRefused as exc:  # the entry holds as many files as it may now
            self.notice.emit(str(exc), True)
            return True
        except CompanionError as exc:
            log.warning("bringing a file back failed: %s", type(exc).__name__)
            self.notice.emit(self.tr("Companion could not bring the file back."), True)
            return False
        self.reload()
        return True
