"""The main window's dialogs: how every dialog it launches opens (:func:`open_dialog`), how
they all close when Companion locks (:func:`close_for_lock`), and the questions the window
asks itself (about Companion, a backup of another journal, the keychain, closing with
changes not saved).

The texts here are the window's (translation context ``MainWindow``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from companion import __version__
from companion.services.profile import UnlockedProfile

if TYPE_CHECKING:
    from companion.services.backups import BackupCheck

D = TypeVar("D", bound=QDialog)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def open_dialog(profile: UnlockedProfile | None, build: Callable[[UnlockedProfile], D]) -> D | None:
    """Build a dialog (wired to the window) from the unlocked profile and open it: modal to
    the window without blocking, deleted when it closes. Nothing needs refreshing after: what
    it saves reaches every view through the change relay. None while locked."""
    if profile is None:
        return None
    dialog = build(profile)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_help(parent: QWidget, dialog: D) -> D:
    """Show a help window (the shortcuts, how data is protected) beside the window, without
    blocking it; one of each kind at a time: an open one comes forward instead."""
    for other in parent.findChildren(type(dialog)):
        if other is not dialog and other.isVisible():
            dialog.deleteLater()
            other.raise_()
            other.activateWindow()
            return other
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


@runtime_checkable
class ClosesForLock(Protocol):
    """A dialog that saves what it holds before Companion locks (the safety plan's)."""

    def close_for_lock(self) -> bool:
        """Save what can be saved and close; whether everything was saved."""


def close_for_lock(window: QWidget) -> None:
    """Close every dialog of ``window`` (settings, search…): nothing stays on screen while
    Companion is locked."""
    for dialog in window.findChildren(QDialog):
        if isinstance(dialog, ClosesForLock):
            dialog.close_for_lock()
        else:
            dialog.close()


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        _tr("About Companion"),
        _tr(
            "<p><b>Companion %1</b></p><p>A private journal for the time between counseling "
            "sessions. Everything stays on this computer, encrypted.</p><p>Companion is not a "
            "replacement for care and is not for emergencies. If you are in danger or crisis, "
            "call your local emergency number or a crisis line.</p>"
        ).replace("%1", __version__),
    )


def ask_replace_other_journal(parent: QWidget, check: BackupCheck, entries_now: int) -> bool:
    """Ask before a backup of a different journal replaces this one (of ``entries_now``
    entries), naming both."""
    from companion.domain.wording import whole
    from companion.ui.formatting import day_text

    newest = day_text(check.latest_entry) if check.latest_entry is not None else "–"
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        _tr("A different journal"),
        _tr("This backup holds a different journal from the one open now.")
        + "\n\n"
        + _tr("Journal entries in your current journal: %1").replace("%1", whole(entries_now))
        + "\n"
        + _tr("Journal entries in the backup: %1 (the newest from %2)")
        .replace("%1", whole(check.entries))
        .replace("%2", newest),
        parent=parent,
    )
    box.setInformativeText(
        _tr(
            "Replace your current journal with the one in the backup? Your current journal "
            "is kept aside in the backups folder first, and can be restored from there."
        )
    )
    keep = box.addButton(_tr("Keep my journal"), QMessageBox.ButtonRole.RejectRole)
    replace = box.addButton(
        _tr("Replace it with the backup"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is replace


def ask_store_key_again(parent: QWidget) -> bool:
    """After the keychain failed to open the journal: store the key there again?"""
    answer = QMessageBox.question(
        parent,
        _tr("Store the key again?"),
        _tr(
            "Companion could not open from the keychain this time. Store the key in this "
            "computer's keychain again, so it opens without asking next time?"
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_close_without_saving(parent: QWidget) -> bool:
    """Some changes could not be saved: close anyway and lose them?"""
    answer = QMessageBox.warning(
        parent,
        _tr("Not saved"),
        _tr("Your latest changes could not be saved. Close anyway and lose them?"),
        QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Close
