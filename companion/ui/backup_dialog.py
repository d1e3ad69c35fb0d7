"""Backups and the full archive: back up now, restore, how many automatic backups to keep,
and export everything to an (unencrypted) archive."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.domain.wording import tr_n
from companion.services.archive import ArchiveService
from companion.services.backups import BackupInfo, BackupService, Secret
from companion.services.errors import CompanionError
from companion.services.profile import UnlockedProfile
from companion.ui.formatting import date_time
from companion.ui.tasks import ProgressWatch, run_in_background

log = logging.getLogger(__name__)


class BackupDialog(QDialog):
    """``restoreRequested(path, secret, keystore_file)`` asks the window to lock and restore
    (``keystore_file`` is None except for a journal kept aside without its keystore)."""

    restoreRequested = Signal(object, object, object)

    def __init__(self, profile: UnlockedProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups and archive"))
        self.setMinimumWidth(560)
        self._backups = profile.service(BackupService)
        self._listed: dict[str, BackupInfo] = {}
        #: Restores and says whether it did (the window's); else restoreRequested is emitted.
        self.restore_handler: Callable[[object, object, object], bool] | None = None
        self._archive = profile.service(ArchiveService)

        backups = QGroupBox(self.tr("Encrypted backups"))
        intro = QLabel(
            self.tr(
                "Companion makes an encrypted backup every day while it is open and before every "
                "upgrade. A backup saved elsewhere (a USB stick, another disk) can be opened on a "
                "new computer with your recovery key or passphrase."
            )
        )
        intro.setWordWrap(True)
        self.backup_list = QListWidget()
        self.backup_list.setAccessibleName(self.tr("Backups in your profile folder"))
        self.backup_list.setMaximumHeight(140)
        self.backup_list.itemSelectionChanged.connect(self._selection_changed)
        self.backup_list.itemActivated.connect(lambda _item: self.restore_selected())
        self.keep_spin = QSpinBox()
        self.keep_spin.setRange(1, 100)
        self.keep_spin.setAccessibleName(self.tr("Automatic backups to keep"))
        self.keep_spin.setValue(self._backups.keep())
        self.keep_spin.editingFinished.connect(self._keep_changed)
        self.backup_button = QPushButton(self.tr("Back up now…"))
        self.backup_button.clicked.connect(self.choose_backup_folder)
        self.restore_button = QPushButton(self.tr("Restore from a file…"))
        self.restore_button.clicked.connect(self.choose_restore_file)
        self.restore_selected_button = QPushButton(self.tr("Restore the selected backup…"))
        self.restore_selected_button.setEnabled(False)
        self.restore_selected_button.clicked.connect(self.restore_selected)
        for button in (self.backup_button, self.restore_selected_button, self.restore_button):
            # Enter in the "keep" box confirms the number; it must not open a file dialog.
            button.setAutoDefault(False)
        keep_row = QFormLayout()
        keep_row.addRow(self.tr("&Keep the latest"), self.keep_spin)
        selected_row = QHBoxLayout()  # acts on the list right above it
        selected_row.addWidget(self.restore_selected_button)
        selected_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        bl = QVBoxLayout(backups)
        bl.addWidget(intro)
        bl.addWidget(self.backup_list)
        bl.addLayout(selected_row)
        bl.addLayout(keep_row)
        bl.addLayout(buttons)

        archive = QGroupBox(self.tr("Export everything"))
        warning = QLabel(
            self.tr(
                "An archive holds your data as plain files (JSON and CSV, with the photos and "
                "files kept with your entries) that other programs can read. It is NOT "
                "encrypted: anyone who gets the file can read it."
            )
        )
        warning.setWordWrap(True)
        self.private_box = QCheckBox(self.tr("Include private journal entries"))
        self.safety_box = QCheckBox(self.tr("Include my safety plan"))
        self.archive_button = QPushButton(self.tr("Export everything…"))
        self.archive_button.clicked.connect(self.choose_archive_file)
        self.archive_button.setAutoDefault(False)
        al = QVBoxLayout(archive)
        al.addWidget(warning)
        al.addWidget(self.private_box)
        al.addWidget(self.safety_box)
        al.addWidget(self.archive_button)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Backup message"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self._watch = ProgressWatch(self.progress, self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(backups)
        layout.addWidget(archive)
        layout.addLayout(progress_row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        self.backup_list.clear()
        found = self._backups.list_backups()
        # Items carry the file's path (a plain string); the backups themselves stay here.
        self._listed = {str(info.path): info for info in found}
        for info in found:
            item = QListWidgetItem(f"{date_time(info.created)} · {self._reason(info.reason)}")
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.backup_list.addItem(item)
        if not found:
            self.backup_list.addItem(self.tr("No automatic backup yet."))
        self._selection_changed()

    def _reason(self, reason: str) -> str:
        """Why a backup was made, in words (the file name keeps a short English code)."""
        words = {
            "daily": self.tr("daily"),
            "before-upgrade": self.tr("before an update"),
            "before-restore": self.tr("your journal as it was before a restore"),
            "damaged": self.tr("a damaged journal file, kept aside"),
            "damaged-log": self.tr("a journal with unrecoverable recent saves, kept aside"),
            "keystore-missing": self.tr("a journal without its keystore, kept aside"),
        }
        return words.get(reason, reason)

    def _selected(self) -> BackupInfo | None:
        item = self.backup_list.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return self._listed.get(key) if isinstance(key, str) else None

    def _selection_changed(self) -> None:
        self.restore_selected_button.setEnabled(self._selected() is not None)

    def restore_selected(self) -> None:
        """Restore the backup chosen in the list (an automatic one, or a journal kept aside,
        which opens with that journal's passphrase or recovery key)."""
        info = self._selected()
        if info is None:
            return
        keystore_file: Path | None = None
        if info.reason == "keystore-missing":
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Choose the keystore.json of this journal"),
                "",
                self.tr("Keystore (keystore.json *.json)"),
            )
            if not chosen:
                return
            keystore_file = Path(chosen)
        self._ask_and_restore(
            info.path, kept_aside=info.is_set, keystore_file=keystore_file, made=info.created
        )

    def _keep_changed(self) -> None:
        keep = self.keep_spin.value()
        if keep == self._backups.keep():
            return
        automatic = [info for info in self._backups.list_backups() if not info.is_set]
        removed = len(automatic) - keep
        if removed > 0:
            answer = QMessageBox.question(
                self,
                self.tr("Remove older backups?"),
                tr_n(
                    "BackupDialog",
                    "Keeping only the latest %1 removes %n older automatic [backup|backups] "
                    "now. Remove [it|them]?",
                    removed,
                    keep,
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.keep_spin.setValue(self._backups.keep())
                return
        try:
            self._backups.set_keep(keep)
        except CompanionError as exc:
            self.message.setText(str(exc))
        self.refresh()

    def _busy(self, busy: bool, text: str = "") -> None:
        for b in (self.backup_button, self.restore_button, self.archive_button):
            b.setEnabled(not busy)
        self.message.setText(text)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self._watch.start()
        else:
            self._watch.stop()

    def cancel(self) -> None:
        self._watch.cancel()
        self.message.setText(self.tr("Stopping…"))

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if type(exc).__name__ in ("BackupCancelled", "ArchiveCancelled"):
            self.message.setText(self.tr("Stopped. Nothing was written."))
        elif isinstance(exc, CompanionError):
            self.message.setText(str(exc))
        else:
            log.error("backup or archive failed with %s", type(exc).__name__)
            self.message.setText(self.tr("That did not work; nothing was changed."))

    # -- back up now ------------------------------------------------------------------------

    def choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where should the backup go?"))
        if folder:
            self.back_up_to(Path(folder))

    def back_up_to(self, target: Path) -> None:
        self._busy(True, self.tr("Backing up…"))
        backups, watch = self._backups, self._watch
        run_in_background(
            lambda: backups.back_up_to(target, progress=watch.report, cancel=watch.is_cancelled),
            lambda path: self._busy(
                False,
                self.tr("Backup saved as %1 in %2.")
                .replace("%1", Path(str(path)).name)
                .replace("%2", str(Path(str(path)).parent)),
            ),
            self._failed,
            owner=self,
        )

    # -- restore ----------------------------------------------------------------------------

    def choose_restore_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            "",
            self.tr("Companion backups (*.companion-backup *.db)"),
        )
        if path:
            chosen = Path(path)
            made = datetime.fromtimestamp(chosen.stat().st_mtime) if chosen.is_file() else None
            self._ask_and_restore(chosen, kept_aside=False, made=made)

    def _ask_and_restore(
        self,
        path: Path,
        *,
        kept_aside: bool,
        keystore_file: Path | None = None,
        made: datetime | None = None,
    ) -> None:
        key, ok = QInputDialog.getText(
            self,
            self.tr("Restore"),
            self.tr("The passphrase or recovery key of the journal in this copy:")
            if kept_aside
            else self.tr("Your passphrase or recovery key for this backup:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not key:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore"),
            (
                self.tr(
                    "Replace your journal with this backup from %1? What you wrote after that "
                    "is not in it. Your current data is kept aside in the backups folder first."
                ).replace("%1", date_time(made))
                if made is not None
                else self.tr(
                    "Replace your journal with this backup? Your current data is kept aside in "
                    "the backups folder first."
                )
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_from(path, key, keystore_file)

    def restore_from(
        self, path: Path, passphrase_or_key: str, keystore_file: Path | None = None
    ) -> None:
        recovery_like = passphrase_or_key.replace("-", "").replace(" ", "")
        secret = (
            Secret(recovery_key=passphrase_or_key)
            if len(recovery_like) == 32 and recovery_like.isalnum()
            else Secret(passphrase=passphrase_or_key)
        )
        if self.restore_handler is None:
            self.restoreRequested.emit(path, secret, keystore_file)
            self.accept()
        elif self.restore_handler(path, secret, keystore_file) and shiboken6.isValid(self):
            self.accept()
        # not restored: the dialog stays open, with the list, for another choice

    # -- archive ----------------------------------------------------------------------------

    def choose_archive_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export everything"),
            "Companion archive.companion-archive.zip",
            self.tr("Archives (*.zip)"),
        )
        if path:
            self.export_archive_to(Path(path))

    def export_archive_to(self, path: Path) -> None:
        self._busy(True, self.tr("Exporting…"))
        archive = self._archive
        private, safety = self.private_box.isChecked(), self.safety_box.isChecked()
        run_in_background(
            lambda: archive.export(
                path,
                include_private=private,
                include_safety_plan=safety,
                progress=self._watch.report,
                cancel=self._watch.is_cancelled,
            ),
            lambda result: self._busy(
                False,
                self.tr("Exported to %1. Remember: this file is not encrypted.").replace(
                    "%1", path.name
                ),
            ),
            self._failed,
            owner=self,
        )
