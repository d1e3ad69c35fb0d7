"""The safety plan: a page the client writes at a calm time, for a hard moment.

:class:`SafetyPlanPage` is an area view (``load``/``flush``/``remembered``/``restore``) and
also the content of :class:`SafetyPlanDialog`, which opens it from anywhere in one step.
It saves by itself shortly after typing stops, when it is hidden (another area is chosen) and
on :meth:`SafetyPlanPage.flush`.

The area's page and the window's page can both exist (the window opens over the area). They
never save over each other's words: before a page loads the plan, the others save what they
hold; a page saves only the parts it changed (the other parts are taken from what is stored
then); and after a save every other page shows the stored text of the parts it has not
changed itself.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from companion.domain.changes import Area, Changes
from companion.domain.safety_plan import SECTION_MAX, SECTIONS, SafetyPlan
from companion.services.errors import CompanionError
from companion.services.profile import UnlockedProfile
from companion.services.safety_plan import SafetyPlanService
from companion.ui.autosave import AUTOSAVE_DELAY_MS, Autosave
from companion.ui.reflow import scrolling
from companion.ui.style import (
    BOX_MARGINS,
    PAGE_MARGINS,
    SPACING_LARGE,
    SPACING_SMALL,
    Text,
    set_text,
)
from companion.ui.window_size import open_at

log = logging.getLogger(__name__)


class _Pages(QObject):
    """What the open pages tell each other."""

    #: A page is about to load the plan: the others save first.
    loading = Signal(object)  # the page
    #: A page saved the plan (the stored SafetyPlan).
    saved = Signal(object, object)  # the page, the plan


_pages = _Pages()


class SafetyPlanPage(QWidget):
    """The five parts of the plan, each a text box, under a short calm note."""

    saved = Signal()
    shows = frozenset({Area.SAFETY_PLAN})

    def __init__(self, profile: UnlockedProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = profile.service(SafetyPlanService)
        self._stored = SafetyPlan()
        self._loading = False
        self._autosave = Autosave(self, self._save_changes, AUTOSAVE_DELAY_MS)
        _pages.loading.connect(self._other_loading)
        _pages.saved.connect(self._other_saved)

        title = QLabel(self.tr("My safety plan"))
        title.setObjectName("safetyPlanTitle")
        set_text(title, Text.TITLE)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Save status"))
        self.status_label.setWordWrap(True)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.note = QLabel(
            self.tr(
                "Write this at a calmer time, so it is here when things get hard. "
                "Companion is not for emergencies and cannot call for help: if you or someone "
                "else is in danger, call your local emergency number now."
            )
        )
        self.note.setObjectName("safetyNote")
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("About the safety plan"))
        note_box = QFrame()
        note_box.setObjectName("safetyNoteBox")
        note_box.setFrameShape(QFrame.Shape.StyledPanel)
        note_box.setStyleSheet(
            "QFrame#safetyNoteBox { background: palette(alternate-base); border-radius: 6px; }"
        )
        note_layout = QVBoxLayout(note_box)
        note_layout.setContentsMargins(BOX_MARGINS)
        note_layout.addWidget(self.note)

        texts = {
            "warning_signs": (
                self.tr("&Warning signs"),
                self.tr(
                    "Thoughts, feelings, situations or things I do that tell me a hard time "
                    "may be starting."
                ),
            ),
            "what_helps": (
                self.tr("What &helps me"),
                self.tr(
                    "Things I can do on my own to feel a little calmer or safer: places, "
                    "activities, reminders of what matters to me."
                ),
            ),
            "people": (
                self.tr("&People I can contact"),
                self.tr("Friends, family or others I can call or be with, and how to reach them."),
            ),
            "professionals": (
                self.tr("P&rofessional contacts"),
                self.tr(
                    "My counselor, doctor or clinic, with phone numbers and when they can be "
                    "reached."
                ),
            ),
            "crisis_contacts": (
                self.tr("&Crisis contacts"),
                self.tr(
                    "Crisis lines and services near me, open day and night. Put my local "
                    "emergency number here too."
                ),
            ),
        }
        self.editors: dict[str, QPlainTextEdit] = {}
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(PAGE_MARGINS)
        column.setSpacing(SPACING_SMALL)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.status_label, 1)
        column.addLayout(header)
        column.addWidget(note_box)
        for name in SECTIONS:
            heading_text, hint = texts[name]
            heading = QLabel(heading_text)
            set_text(heading, Text.LABEL)
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(heading_text.replace("&", ""))
            edit.setAccessibleDescription(hint)
            edit.setPlaceholderText(hint)
            edit.setMinimumHeight(72)
            edit.setMaximumHeight(130)
            edit.textChanged.connect(self._changed)
            heading.setBuddy(edit)
            column.addSpacing(SPACING_LARGE)
            column.addWidget(heading)
            column.addWidget(edit)
            self.editors[name] = edit
        column.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(content))

    # -- area view --------------------------------------------------------------------------

    def load(self) -> None:
        _pages.loading.emit(self)
        try:
            plan = self._service.get()
        except CompanionError as exc:
            self._set_status(str(exc), error=True)
            return
        self._show(plan)

    def flush(self) -> bool:
        """Save pending changes now; True when nothing is left unsaved."""
        return self._autosave.flush()

    def _save_changes(self) -> bool:
        plan = self.plan()
        mine = self._changed_parts()
        if not mine:
            return True
        try:
            # only the parts changed here: another page may have saved the others meanwhile
            stored = self._service.get()
            merged = replace(stored, **{name: getattr(plan, name) for name in mine})
            saved = self._service.save(merged)
        except CompanionError as exc:
            self._set_status(str(exc), error=True)
            return False
        except Exception as exc:
            # only the type is logged: an exception's message could quote the plan
            log.error("saving the safety plan failed: %s", type(exc).__name__)
            self._set_status(
                self.tr(
                    "Not saved yet: Companion could not write the plan. Your text is still here."
                ),
                error=True,
            )
            return False
        self._take(saved, keep=mine)  # the parts being written stay as typed
        self._set_status(self.tr("Saved"))
        self.saved.emit()
        _pages.saved.emit(self, saved)
        return True

    def refresh(self, changes: Changes) -> None:
        """The plan was saved elsewhere (the other safety plan window): show what is stored
        now, except the parts changed here and not saved yet."""
        del changes
        try:
            plan = self._service.get()
        except CompanionError as exc:
            self._set_status(str(exc), error=True)
            return
        self._other_saved(None, plan)

    def remembered(self) -> object:
        return None

    def restore(self, state: object) -> None:
        """Nothing to restore: the page always shows the whole plan."""

    # -- helpers ----------------------------------------------------------------------------

    def plan(self) -> SafetyPlan:
        """What the page shows now."""
        text = {name: edit.toPlainText() for name, edit in self.editors.items()}
        return SafetyPlan(
            warning_signs=text["warning_signs"],
            what_helps=text["what_helps"],
            people=text["people"],
            professionals=text["professionals"],
            crisis_contacts=text["crisis_contacts"],
        )

    @property
    def has_unsaved_changes(self) -> bool:
        return self._autosave.pending

    def focus_first(self) -> None:
        self.editors[SECTIONS[0]].setFocus()

    def _changed_parts(self) -> set[str]:
        """The parts whose text on this page differs from what it last loaded or saved."""
        return {
            name
            for name, edit in self.editors.items()
            if edit.toPlainText() != getattr(self._stored, name)
        }

    def _take(self, plan: SafetyPlan, *, keep: set[str]) -> None:
        """``plan`` is what is stored now: show it, except in the parts in ``keep`` (changed
        here and not saved yet)."""
        self._loading = True
        try:
            for name, edit in self.editors.items():
                text = str(getattr(plan, name))
                if name not in keep and edit.toPlainText() != text:
                    edit.setPlainText(text)
            self._stored = plan
        finally:
            self._loading = False

    def _other_loading(self, page: object) -> None:
        if page is not self:
            self.flush()

    def _other_saved(self, page: object, plan: object) -> None:
        if page is self or not isinstance(plan, SafetyPlan):
            return
        mine = self._changed_parts()
        # what this page changed stays as it is (and is saved on its own), over the new text
        self._take(plan, keep=mine)
        if not mine:
            self._autosave.reset()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page (another area, the window closing) saves it."""
        self.flush()
        super().hideEvent(event)

    def _show(self, plan: SafetyPlan) -> None:
        self._autosave.reset()
        self._loading = True
        try:
            self._stored = plan
            for name, edit in self.editors.items():
                edit.setPlainText(str(getattr(plan, name)))
            self._set_status("")
        finally:
            self._loading = False

    def _changed(self) -> None:
        if self._loading:
            return
        too_long = any(len(e.toPlainText()) > SECTION_MAX for e in self.editors.values())
        self._set_status(
            self.tr("This part is getting very long; it can't be saved like this.")
            if too_long
            else self.tr("Editing…"),
            error=too_long,
        )
        self._autosave.changed()

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setProperty("error", error)
        self.status_label.setStyleSheet("color: palette(link);" if error else "")


class SafetyPlanDialog(QDialog):
    """The safety plan in its own window, to open it from anywhere. Closing saves."""

    def __init__(self, profile: UnlockedProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Safety plan"))
        open_at(self, 640, 720)
        self.page = SafetyPlanPage(profile)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the safety plan"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, PAGE_MARGINS.bottom())
        layout.addWidget(self.page, 1)
        row = QHBoxLayout()
        row.setContentsMargins(PAGE_MARGINS.left(), 0, PAGE_MARGINS.right(), 0)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.page.load()
        self.page.focus_first()

    def done(self, result: int) -> None:
        """Save before closing; stay open (with the reason shown) if saving fails."""
        if not self.page.flush():
            return
        super().done(result)

    def close_for_lock(self) -> bool:
        """Save what can be saved and close no matter what (Companion is locking); returns
        whether everything was saved."""
        saved = self.page.flush()
        super().done(QDialog.DialogCode.Rejected.value)
        return saved
