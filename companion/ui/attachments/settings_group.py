"""Settings' "Files in entries": how many files the journal keeps and how much room they
take (kept current while shown), and whether photos keep where and with what they were taken.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from companion.domain.changes import Area, ChangeFeed, Changes
from companion.domain.errors import CompanionError
from companion.domain.wording import tr_n
from companion.services.attachments import AttachmentService
from companion.ui.changes import ChangeRelay
from companion.ui.formatting import file_size
from companion.ui.style import INDENT

log = logging.getLogger(__name__)


class AttachmentSettingsGroup(QGroupBox):
    """The group (see the module's docstring). It listens to the journal's changes only while
    it is shown."""

    def __init__(
        self, service: AttachmentService, feed: ChangeFeed, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Files in entries"), parent)
        self._service = service
        self._feed = feed
        self._relay: ChangeRelay | None = None
        self.usage_label = QLabel()
        self.usage_label.setObjectName("filesUsage")
        self.usage_label.setWordWrap(True)
        self.usage_label.setAccessibleName(self.tr("Files kept with your entries"))
        self.details_box = QCheckBox(
            self.tr("&Keep where and with what photos were taken (location, camera)")
        )
        self.details_note = QLabel(
            self.tr(
                "When this is off, Companion removes these details from each photo as you add "
                "it. The way a photo is turned is always kept."
            )
        )
        self.details_note.setWordWrap(True)
        self.details_note.setEnabled(False)  # muted
        self.details_note.setContentsMargins(INDENT, 0, 0, 0)
        self.details_box.setAccessibleDescription(self.details_note.text())
        layout = QVBoxLayout(self)
        layout.addWidget(self.usage_label)
        layout.addWidget(self.details_box)
        layout.addWidget(self.details_note)
        self.details_box.toggled.connect(self._details_chosen)
        self.refresh()

    def refresh(self) -> None:
        """Show the count, the room taken and the choice as stored now."""
        try:
            usage = self._service.usage()
            keeps = self._service.keeps_photo_details()
        except CompanionError as exc:
            log.warning("reading the files' settings failed: %s", type(exc).__name__)
            self.setEnabled(False)
            return
        if usage.files == 0:
            self.usage_label.setText(self.tr("No files are kept with your entries yet."))
        else:
            self.usage_label.setText(
                tr_n(
                    "AttachmentSettingsGroup",
                    "%n [file|files], %1",
                    usage.files,
                    file_size(usage.stored_bytes),
                )
            )
        self.details_box.blockSignals(True)
        self.details_box.setChecked(keeps)
        self.details_box.blockSignals(False)

    def _details_chosen(self, keep: bool) -> None:
        try:
            self._service.set_keeps_photo_details(keep)
        except CompanionError as exc:
            log.warning("storing the photo details choice failed: %s", type(exc).__name__)
            self.refresh()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Area.ATTACHMENTS, Area.SETTINGS):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._relay is None:
            self._relay = ChangeRelay(self._feed, self)
            self._relay.changed.connect(self._changed)
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.stop()

    def stop(self) -> None:
        """Stop listening (the dialog closes, or is built again)."""
        relay, self._relay = self._relay, None
        if relay is not None:
            relay.stop()
            relay.deleteLater()
