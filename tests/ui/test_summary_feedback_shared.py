"""Feedback notes in a summary count as shared when they were: the export dialog does not ask
right after saving (nothing was shared yet). It offers a tick to mark them now; otherwise the
notes after the session the summary was for ask "You brought feedback notes to this session:
mark them as shared?"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from companion.domain.agenda import LineKind
from companion.domain.enums import FeedbackStatus, SessionStatus
from companion.services.feedback import FeedbackService
from companion.services.profile import UnlockedProfile
from companion.services.summary import SummaryService
from companion.storage.engine import Database
from companion.ui.agenda.after_session import AfterSessionDialog
from companion.ui.export import ExportSummaryDialog
from tests.support import summary_data as data
from tests.support.file_dialogs import answer_save_dialog


def _db(db: Database) -> Database:
    return db


def add_session(profile: UnlockedProfile, counselor_id: int, starts_at: datetime) -> int:
    from companion.storage.models import CounselingSessionRow

    with profile.service(_db).session() as s:
        row = CounselingSessionRow(
            counselor_id=counselor_id,
            starts_at=starts_at,
            time_zone="UTC",
            status=SessionStatus.PLANNED,
        )
        s.add(row)
        s.flush()
        return row.id


def statuses(profile: UnlockedProfile) -> dict[str, FeedbackStatus]:
    return {n.body: n.status for n in profile.service(FeedbackService).list()}


@pytest.fixture
def scenario(profile: UnlockedProfile) -> data.Scenario:
    return data.fill(profile)


def export(qtbot, profile: UnlockedProfile, target: Path, *, mark_now: bool) -> ExportSummaryDialog:
    dialog = ExportSummaryDialog(profile)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.mark_shared_box.isVisible(), "the summary holds a feedback note"
    assert not dialog.mark_shared_box.isChecked()
    if mark_now:
        box = dialog.mark_shared_box
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        assert box.isChecked()
    dialog._format.setCurrentIndex(1)  # HTML
    answer_save_dialog(pytest.MonkeyPatch(), target)

    def no_question(*_args: object) -> QMessageBox.StandardButton:
        raise AssertionError("nothing is asked after saving")

    patch = pytest.MonkeyPatch()
    patch.setattr(QMessageBox, "question", no_question)
    try:
        qtbot.mouseClick(dialog._export, Qt.MouseButton.LeftButton)
    finally:
        patch.undo()
    assert target.exists()
    return dialog


def test_exporting_asks_nothing_and_the_notes_after_the_session_offer_to_mark_them(
    qtbot, profile: UnlockedProfile, scenario: data.Scenario, tmp_path: Path
) -> None:
    soon = add_session(profile, scenario.counselor_id, datetime.now(UTC) + timedelta(minutes=30))
    dialog = export(qtbot, profile, tmp_path / "s.html", mark_now=False)
    assert "After your session" in dialog.message()
    assert statuses(profile)[data.READY] is FeedbackStatus.READY  # nothing shared yet

    # the session before is not the one the summary was for: nothing offered there
    before = AfterSessionDialog(profile, scenario.counselor_id, scenario.session_id)
    qtbot.addWidget(before)
    before.show()
    assert not before.brought_box.isVisible()

    after = AfterSessionDialog(profile, scenario.counselor_id, soon)
    qtbot.addWidget(after)
    after.show()
    assert after.brought_box.isVisible()
    assert data.READY in after.brought_list.text()
    keys = [after.discussed_list.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(3)]
    agenda_item = next(k for k in keys if k is not None and k.kind is LineKind.ITEM)
    after.set_ticked([agenda_item])
    qtbot.mouseClick(after.mark_shared_button, Qt.MouseButton.LeftButton)

    assert statuses(profile)[data.READY] is FeedbackStatus.SHARED
    assert statuses(profile)[data.DRAFT] is FeedbackStatus.DRAFT
    assert not after.brought_box.isVisible()
    assert after.ticked() == [agenda_item], "the ticks stay; the shared note left the list"
    qtbot.mouseClick(after.save_button, Qt.MouseButton.LeftButton)
    assert not after.isVisible(), "saving works with the shared note gone from the agenda"

    again = AfterSessionDialog(profile, scenario.counselor_id, soon)
    qtbot.addWidget(again)
    again.show()
    assert not again.brought_box.isVisible()


def test_the_export_dialog_can_mark_them_shared_now(
    qtbot, profile: UnlockedProfile, scenario: data.Scenario, tmp_path: Path
) -> None:
    soon = add_session(profile, scenario.counselor_id, datetime.now(UTC) + timedelta(minutes=30))
    dialog = export(qtbot, profile, tmp_path / "s.html", mark_now=True)
    assert statuses(profile)[data.READY] is FeedbackStatus.SHARED
    assert "marked as shared" in dialog.message()
    assert not dialog.mark_shared_box.isVisible(), "no note waits to be shared any more"
    assert profile.service(SummaryService).brought_to(soon) == []


def test_a_summary_saved_long_after_the_session_is_not_offered_there(
    qtbot, profile: UnlockedProfile, scenario: data.Scenario, tmp_path: Path
) -> None:
    past = add_session(profile, scenario.counselor_id, datetime.now(UTC) - timedelta(days=2))
    export(qtbot, profile, tmp_path / "s.html", mark_now=False)
    assert profile.service(SummaryService).brought_to(past) == []
