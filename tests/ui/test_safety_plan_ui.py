"""The safety plan page and dialog, with real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from companion.domain.safety_plan import SECTION_MAX, SafetyPlan
from companion.services.profile import UnlockedProfile
from companion.services.safety_plan import SafetyPlanService
from companion.ui.safety_plan import SafetyPlanDialog, SafetyPlanPage
from tests.support.typing import type_text


def _plan(profile: UnlockedProfile) -> SafetyPlan:
    return profile.service(SafetyPlanService).get()


def test_page_says_it_is_not_for_emergencies(qtbot, profile: UnlockedProfile) -> None:
    page = SafetyPlanPage(profile)
    qtbot.addWidget(page)
    page.load()
    assert "not for emergencies" in page.note.text()
    assert "emergency number" in page.note.text()
    assert page.remembered() is None
    for edit in page.editors.values():
        assert edit.accessibleName()


def test_typing_autosaves(qtbot, profile: UnlockedProfile) -> None:
    page = SafetyPlanPage(profile)
    qtbot.addWidget(page)
    page.show()
    page.load()
    type_text(qtbot, page.editors["warning_signs"], "Not sleeping\nSkipping meals")
    qtbot.waitUntil(lambda: page.status_label.text() == "Saved", timeout=5000)
    assert _plan(profile).warning_signs == "Not sleeping\nSkipping meals"


def test_flush_saves_at_once_and_tab_moves_on(qtbot, profile: UnlockedProfile) -> None:
    page = SafetyPlanPage(profile)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    page.load()
    first = page.editors["warning_signs"]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClicks(first, "Racing thoughts")
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.editors["what_helps"])
    qtbot.keyClicks(page.editors["what_helps"], "A walk by the river")
    assert page.has_unsaved_changes
    assert page.flush()
    plan = _plan(profile)
    assert (plan.warning_signs, plan.what_helps) == ("Racing thoughts", "A walk by the river")
    assert page.flush()  # nothing pending: nothing to do


def test_too_long_is_not_saved_and_nothing_is_lost(qtbot, profile: UnlockedProfile) -> None:
    profile.service(SafetyPlanService).save(SafetyPlan(people="Sam"))
    page = SafetyPlanPage(profile)
    qtbot.addWidget(page)
    page.load()
    page.editors["people"].setPlainText("x" * (SECTION_MAX + 1))
    assert "very long" in page.status_label.text()
    assert not page.flush()
    assert "at most" in page.status_label.text()
    assert _plan(profile).people == "Sam"
    assert len(page.editors["people"].toPlainText()) == SECTION_MAX + 1


def test_dialog_loads_and_saves_on_close(qtbot, profile: UnlockedProfile) -> None:
    profile.service(SafetyPlanService).save(SafetyPlan(crisis_contacts="112"))
    dialog = SafetyPlanDialog(profile)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.page.editors["crisis_contacts"].toPlainText() == "112"
    qtbot.keyClicks(dialog.page.editors["people"], "Sam")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert _plan(profile).people == "Sam"


def test_dialog_stays_open_when_saving_fails(qtbot, profile: UnlockedProfile) -> None:
    dialog = SafetyPlanDialog(profile)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.page.editors["people"].setPlainText("x" * (SECTION_MAX + 1))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert _plan(profile).people == ""
    assert dialog.close_for_lock() is False
    assert not dialog.isVisible()
