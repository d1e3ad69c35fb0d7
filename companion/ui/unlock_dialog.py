"""The start-up unlock window, for profiles that do not open from the keychain."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from companion.services.profile import ProfileService, UnlockedProfile
from companion.ui.unlock_panel import UnlockPanel


class UnlockDialog(QDialog):
    def __init__(
        self,
        service: ProfileService,
        parent: QWidget | None = None,
        *,
        hint: str = "",
        message: str = "",
        keychain_failed: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open Companion"))
        self.setMinimumSize(520, 360)
        self.profile: UnlockedProfile | None = None
        self.keychain_failed = keychain_failed
        self.panel = UnlockPanel(service, hint=hint)
        self.panel.heading.setText(self.tr("Welcome back"))
        if keychain_failed:
            self.panel.keychain_failed(message)
        elif message:
            self.panel.error_label.setText(message)
        self.panel.unlocked.connect(self._unlocked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.panel.focus_input()

    def _unlocked(self, profile: UnlockedProfile, keychain_failed: bool) -> None:
        self.profile = profile
        self.keychain_failed = self.keychain_failed or keychain_failed
        self.accept()
