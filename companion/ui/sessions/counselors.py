"""The Counselors menu of the Sessions area: add a counselor, and edit, end or start again
the work with, or delete, the one chosen above."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QPushButton, QWidget

from companion.domain.counselors import Counselor
from companion.domain.wording import tr_n
from companion.services.counselors import CounselorService
from companion.services.sessions import SessionService
from companion.ui.counselor_filter import CounselorFilter
from companion.ui.sessions.common import view_action
from companion.ui.sessions.counselor_dialog import CounselorDialog


class CounselorMenu(QObject):
    """The button with the menu (``button``), and the add action with its shortcut on
    ``view``. The view lends what it shares with its own commands: the counselors it lists,
    its way to open a dialog (``open_dialog(dialog, done)``), its error guard
    (``attempt(work) -> bool``) and ``refresh``. ``status`` carries short messages.

    The question before deleting goes through :meth:`confirm`, so tests can answer it."""

    status = Signal(str)

    def __init__(
        self,
        view: QWidget,
        counselors: CounselorService,
        sessions: SessionService,
        chosen: CounselorFilter,
        *,
        listed: Callable[[], list[Counselor]],
        open_dialog: Callable[[QDialog, Callable[[], None]], None],
        attempt: Callable[[Callable[[], object]], bool],
        refresh: Callable[[], None],
    ) -> None:
        super().__init__(view)
        self._view = view
        self._counselors = counselors
        self._sessions = sessions
        self._chosen = chosen
        self._listed = listed
        self._open_dialog = open_dialog
        self._attempt = attempt
        self._refresh = refresh
        self.button = QPushButton(self.tr("C&ounselors"))
        self.button.setAccessibleName(self.tr("Counselors menu"))
        self.menu = QMenu(view)
        self.menu.aboutToShow.connect(self._fill_menu)
        self.button.setMenu(self.menu)
        self.add_action = view_action(view, self.tr("&Add a counselor…"), "Ctrl+Shift+O", self.add)

    def current(self) -> Counselor | None:
        """The counselor the menu acts on: the one chosen above, or the only one there is."""
        listed = self._listed()
        chosen = self._chosen.counselor_id()
        if chosen is None and len(listed) == 1:
            return listed[0]
        return next((c for c in listed if c.id == chosen), None)

    def _fill_menu(self) -> None:
        menu = self.menu
        menu.clear()
        menu.addAction(self.add_action)
        current = self.current()
        if current is None:
            if self._listed():
                hint = menu.addAction(self.tr("Choose a counselor above to edit them"))
                hint.setEnabled(False)
            return
        menu.addSeparator()
        menu.addAction(self.tr("&Edit %1…").replace("%1", current.name), lambda: self.edit())
        if current.active:
            toggle = self.tr("E&nd work with %1").replace("%1", current.name)
        else:
            toggle = self.tr("Sta&rt again with %1").replace("%1", current.name)
        menu.addAction(toggle, lambda: self.toggle_active())
        menu.addAction(self.tr("&Delete %1…").replace("%1", current.name), lambda: self.delete())

    def add(self) -> None:
        dialog = CounselorDialog(self._counselors, parent=self._view)
        self._open_dialog(dialog, lambda: self._saved(dialog.counselor))

    def edit(self) -> None:
        current = self.current()
        if current is None:
            return
        dialog = CounselorDialog(self._counselors, current, parent=self._view)
        self._open_dialog(dialog, lambda: self._saved(dialog.counselor))

    def _saved(self, counselor: Counselor | None) -> None:
        self._chosen.reload()
        if counselor is not None and len(self._counselors.list()) > 1:
            self._chosen.set_counselor(counselor.id)
        self._refresh()
        self.status.emit(self.tr("Counselor saved."))

    def toggle_active(self) -> None:
        """End the work with the current counselor, or start again with them."""
        current = self.current()
        if current is None:
            return
        if current.active:
            work: Callable[[], object] = lambda: self._counselors.end(current.id)  # noqa: E731
            text = self.tr("Marked as ended. Their sessions are kept.")
        else:
            work = lambda: self._counselors.reactivate(current.id)  # noqa: E731
            text = self.tr("Welcome back.")
        if self._attempt(work):
            self._refresh()
            self.status.emit(text)

    def delete(self) -> None:
        """Delete the current counselor with their sessions, after asking."""
        current = self.current()
        if current is None:
            return
        count = self._sessions.count(current.id)
        if count == 0:
            detail = self.tr("There are no sessions with them yet.")
        elif count == 1:
            detail = self.tr("Their session and your notes about it are deleted too.")
        else:
            detail = tr_n(
                "CounselorMenu",
                "Their %n [session|sessions] and your notes about them are deleted too.",
                count,
            )
        question = self.tr("Delete %1 from Companion?").replace("%1", current.name)
        if not self.confirm(self.tr("Delete counselor"), f"{question}\n\n{detail}"):
            return
        if self._attempt(lambda: self._counselors.delete(current.id)):
            self._chosen.set_counselor(None)
            self._refresh()
            self.status.emit(self.tr("Counselor deleted."))

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self._view,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes
