"""The check-in dialog, driven with the keyboard only, and its settings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog

from companion.domain.checkins import CORE_QUALITIES, CheckInDraft
from companion.domain.counselors import CounselorDraft
from companion.domain.enums import FeedbackKind, FeedbackStatus, SessionStatus
from companion.domain.enums import RelationshipQuality as Q
from companion.domain.sessions import SessionDraft
from companion.services.checkins import CheckInService
from companion.services.feedback import FeedbackService
from companion.services.profile import UnlockedProfile
from companion.services.sessions import SessionService
from companion.ui.checkins.dialog import CheckInDialog
from companion.ui.checkins.preferences import CheckInPreferences, CheckInSettingsWidget
from companion.ui.checkins.rating_row import RatingRow

FIRST = datetime(2026, 1, 6, 16, tzinfo=UTC)


def attended(profile: UnlockedProfile, counselor_id: int, week: int) -> int:
    sessions = profile.service(SessionService)
    planned = sessions.plan(
        SessionDraft(counselor_id, FIRST + timedelta(weeks=week), "Europe/Berlin")
    )
    sessions.mark(planned.id, SessionStatus.ATTENDED, now=FIRST + timedelta(weeks=week, hours=2))
    return planned.id


@pytest.fixture
def dana(profile: UnlockedProfile) -> int:
    return profile.counselors.create(CounselorDraft(name="Dana")).id


def open_dialog(qtbot, profile: UnlockedProfile, session_id: int) -> CheckInDialog:
    dialog = CheckInDialog(profile, session_id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def focused() -> object:
    return QApplication.focusWidget()


def key(qtbot, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, k, modifier)


def type_keys(qtbot, text: str) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClicks(widget, text)


# -- the rating row --------------------------------------------------------------------------


def test_rating_row_keyboard(qtbot) -> None:
    row = RatingRow("I felt heard and listened to.")
    qtbot.addWidget(row)
    assert row.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert "not rated yet" in row.accessibleName()
    qtbot.keyClicks(row, "7")
    assert row.value() == 7
    assert row.accessibleName() == "I felt heard and listened to. Rating: 7 of 10"
    assert row.value_label.text() == "7 of 10"
    assert row.buttons[7].isChecked() and row.buttons[7].font().bold()
    qtbot.keyClicks(row, "10")
    assert row.value() == 10
    qtbot.keyClick(row, Qt.Key.Key_Left)
    assert row.value() == 9
    qtbot.keyClick(row, Qt.Key.Key_Right)
    qtbot.keyClick(row, Qt.Key.Key_Right)
    assert row.value() == 10
    qtbot.keyClick(row, Qt.Key.Key_Home)
    assert row.value() == 0
    qtbot.keyClick(row, Qt.Key.Key_Down)
    assert row.value() == 0
    qtbot.keyClick(row, Qt.Key.Key_End)
    assert row.value() == 10
    qtbot.keyClicks(row, "1")
    qtbot.keyClick(row, Qt.Key.Key_Home)
    qtbot.keyClicks(row, "0")
    assert row.value() == 0  # "0" after Home is 0, not 10
    qtbot.keyClick(row, Qt.Key.Key_Delete)
    assert row.value() is None
    qtbot.keyClick(row, Qt.Key.Key_Up)
    assert row.value() == 0


def test_rating_row_click_and_clear(qtbot) -> None:
    row = RatingRow("I felt supported and encouraged.", optional=True)
    qtbot.addWidget(row)
    assert row.value_label.text() == "optional"
    row.buttons[4].click()
    assert row.value() == 4
    row.buttons[4].click()
    assert row.value() is None


# -- checking in with the keyboard only --------------------------------------------------------


def test_check_in_with_the_keyboard_only(qtbot, profile: UnlockedProfile, dana: int) -> None:
    session_id = attended(profile, dana, 0)
    dialog = open_dialog(qtbot, profile, session_id)
    assert "not a clinical measure" in dialog.not_clinical.text()
    assert focused() is dialog.rows[Q.HEARD]
    type_keys(qtbot, "8")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.rows[Q.RESPECTED]
    type_keys(qtbot, "10")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.rows[Q.SUPPORTED]
    key(qtbot, Qt.Key.Key_End)
    key(qtbot, Qt.Key.Key_Left)
    key(qtbot, Qt.Key.Key_Left)
    # "More" with the keyboard, then one optional statement
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.more_button
    key(qtbot, Qt.Key.Key_Space)
    assert dialog.more_box.isVisible()
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.rows[Q.UNDERSTOOD]
    type_keys(qtbot, "9")
    for _ in range(4):
        key(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.rows[Q.TOGETHER]
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.comment_edit
    type_keys(qtbot, "A bit more time")
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_keys(qtbot, "at the end")
    with qtbot.waitSignal(dialog.saved):
        key(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted  # nothing to point out: closed
    saved = profile.service(CheckInService).for_session(session_id)
    assert saved is not None
    assert saved.ratings == {Q.HEARD: 8, Q.RESPECTED: 10, Q.SUPPORTED: 8, Q.UNDERSTOOD: 9}
    assert saved.comment == "A bit more time\nat the end"


def test_enter_saves_from_a_rating_row(qtbot, profile: UnlockedProfile, dana: int) -> None:
    session_id = attended(profile, dana, 0)
    dialog = open_dialog(qtbot, profile, session_id)
    type_keys(qtbot, "9")
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "9")
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "9")
    assert focused() is dialog.rows[Q.SUPPORTED]
    key(qtbot, Qt.Key.Key_Enter)
    assert profile.service(CheckInService).for_session(session_id) is not None
    assert not dialog.isVisible()


def test_missing_core_rating_is_explained_and_nothing_written(
    qtbot, profile: UnlockedProfile, dana: int
) -> None:
    session_id = attended(profile, dana, 0)
    dialog = open_dialog(qtbot, profile, session_id)
    type_keys(qtbot, "7")
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "7")
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "first three statements" in dialog.error_label.text()
    assert focused() is dialog.rows[Q.SUPPORTED]
    assert profile.service(CheckInService).for_session(session_id) is None
    # the ratings typed so far are still there
    assert dialog.rows[Q.HEARD].value() == 7 and dialog.rows[Q.RESPECTED].value() == 7


# -- the gentle signal -------------------------------------------------------------------------


def test_signal_after_a_drop_and_draft_a_note(qtbot, profile: UnlockedProfile, dana: int) -> None:
    svc = profile.service(CheckInService)
    for week in range(3):
        svc.save(
            CheckInDraft(
                attended(profile, dana, week), {Q.HEARD: 9, Q.RESPECTED: 9, Q.SUPPORTED: 9}
            )
        )
    session_id = attended(profile, dana, 4)
    dialog = open_dialog(qtbot, profile, session_id)
    type_keys(qtbot, "7")  # two below the usual 9, above the threshold of 6
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "9")
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "9")
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.signal_box.isVisible()
    text = dialog.signal_label.text()
    assert "You felt less heard this time than usual." in text
    assert "counselors generally want to know" in text
    assert "usually about 9" in text
    assert [s.quality for s in dialog.signals] == [Q.HEARD]

    dialog.draft_button.setFocus()
    with qtbot.waitSignal(dialog.feedback_drafted) as drafted:
        key(qtbot, Qt.Key.Key_Space)
    note = profile.service(FeedbackService).get(drafted.args[0])
    assert (note.kind, note.status, note.counselor_id, note.session_id) == (
        FeedbackKind.CONCERN,
        FeedbackStatus.DRAFT,
        dana,
        session_id,
    )
    assert "I felt less heard than usual." in note.body
    assert note.body.startswith("In our session on ")
    assert note.body.endswith("What would help me is …")
    assert not dialog.draft_button.isEnabled()
    assert "waiting for you in Feedback" in dialog.drafted_label.text()
    # Enter with nothing changed is "done"
    key(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert len(profile.service(FeedbackService).list()) == 1


def test_threshold_and_switching_the_signal_off(qtbot, profile: UnlockedProfile, dana: int) -> None:
    prefs = CheckInPreferences()
    prefs.threshold = 4
    first = attended(profile, dana, 0)
    dialog = open_dialog(qtbot, profile, first)
    type_keys(qtbot, "5")
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "4")
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "9")
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.signal_box.isVisible()
    assert "less respected" in dialog.signal_label.text()
    assert "less heard" not in dialog.signal_label.text()

    prefs.signal_enabled = False
    second = attended(profile, dana, 1)
    quiet = open_dialog(qtbot, profile, second)
    type_keys(qtbot, "1")
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "1")
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "1")
    key(qtbot, Qt.Key.Key_Return)
    assert not quiet.isVisible() and not quiet.signals
    assert profile.service(CheckInService).for_session(second) is not None


# -- editing -----------------------------------------------------------------------------------


def test_editing_an_existing_check_in(qtbot, profile: UnlockedProfile, dana: int) -> None:
    session_id = attended(profile, dana, 0)
    svc = profile.service(CheckInService)
    made = svc.save(
        CheckInDraft(session_id, {Q.HEARD: 8, Q.RESPECTED: 8, Q.SUPPORTED: 8, Q.SAFE: 9}, "ok")
    )
    dialog = open_dialog(qtbot, profile, session_id)
    assert dialog.windowTitle() == "Your check-in"
    assert dialog.rows[Q.HEARD].value() == 8 and dialog.rows[Q.SAFE].value() == 9
    assert dialog.more_box.isVisible()  # optional ratings were given: shown
    assert dialog.comment_edit.toPlainText() == "ok"
    assert dialog.delete_button.isVisible()
    key(qtbot, Qt.Key.Key_Right)
    for _ in range(7):
        key(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.rows[Q.SAFE]
    key(qtbot, Qt.Key.Key_Delete)
    key(qtbot, Qt.Key.Key_Return)
    edited = svc.for_session(session_id)
    assert edited is not None and edited.id == made.id
    assert edited.ratings == {Q.HEARD: 9, Q.RESPECTED: 8, Q.SUPPORTED: 8}
    assert len(svc.history()) == 1


def test_delete_asks_first(qtbot, profile: UnlockedProfile, dana: int, monkeypatch) -> None:
    session_id = attended(profile, dana, 0)
    svc = profile.service(CheckInService)
    svc.save(CheckInDraft(session_id, {Q.HEARD: 8, Q.RESPECTED: 8, Q.SUPPORTED: 8}))
    dialog = open_dialog(qtbot, profile, session_id)
    monkeypatch.setattr(dialog, "confirm_delete", lambda: False)
    assert not dialog.delete()
    assert svc.for_session(session_id) is not None
    monkeypatch.setattr(dialog, "confirm_delete", lambda: True)
    assert dialog.delete()
    assert svc.for_session(session_id) is None


def test_a_session_that_is_gone(qtbot, profile: UnlockedProfile) -> None:
    dialog = open_dialog(qtbot, profile, 4242)
    assert "no longer" in dialog.heading.text()
    assert not dialog.save_button.isEnabled()
    assert not dialog.save()


def test_accessible_names_everywhere(qtbot, profile: UnlockedProfile, dana: int) -> None:
    from PySide6.QtWidgets import QAbstractButton, QPlainTextEdit

    dialog = open_dialog(qtbot, profile, attended(profile, dana, 0))
    for widget in dialog.findChildren(QAbstractButton) + dialog.findChildren(QPlainTextEdit):
        assert widget.accessibleName(), widget
    for row in dialog.rows.values():
        assert row.statement in row.accessibleName()


# -- settings ----------------------------------------------------------------------------------


def test_settings_widget_saves_at_once(qtbot, qt_settings: QSettings) -> None:
    widget = CheckInSettingsWidget()
    qtbot.addWidget(widget)
    prefs = CheckInPreferences()
    assert (prefs.threshold, prefs.signal_enabled) == (6, True)
    assert widget.threshold_spin.value() == 6 and widget.signal_box.isChecked()
    widget.threshold_spin.setValue(3)
    widget.signal_box.setChecked(False)
    assert (prefs.threshold, prefs.signal_enabled) == (3, False)
    assert not widget.threshold_spin.isEnabled()
    assert qt_settings.value("checkins/threshold") in (3, "3")
    qt_settings.setValue("checkins/threshold", "nonsense")
    assert prefs.threshold == 6
    qt_settings.setValue("checkins/threshold", 99)
    assert prefs.threshold == 10


def test_settings_widget_sets_how_long_a_check_in_is_offered(qtbot, qt_settings: QSettings) -> None:
    widget = CheckInSettingsWidget()
    qtbot.addWidget(widget)
    widget.show()
    prefs = CheckInPreferences()
    assert prefs.nudge_days == 14 and widget.nudge_spin.value() == 14
    widget.nudge_spin.setFocus()
    qtbot.keyClick(widget.nudge_spin, Qt.Key.Key_Up)
    assert prefs.nudge_days == 15
    widget.nudge_spin.setValue(3)
    assert prefs.nudge_days == 3 and qt_settings.value("checkins/nudge_days") in (3, "3")
    qt_settings.setValue("checkins/nudge_days", "soon")
    assert prefs.nudge_days == 14
    qt_settings.setValue("checkins/nudge_days", 0)
    assert prefs.nudge_days == 1


# -- which session the check-in is about ---------------------------------------------------------


def attended_days_ago(profile: UnlockedProfile, counselor_id: int, days: float) -> int:
    sessions = profile.service(SessionService)
    planned = sessions.plan(
        SessionDraft(counselor_id, datetime.now(UTC) - timedelta(days=days), "Europe/Berlin")
    )
    sessions.mark(planned.id, SessionStatus.ATTENDED)
    return planned.id


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_pick_another_session_and_save_with_real_clicks(
    qtbot, profile: UnlockedProfile, dana: int
) -> None:
    alex = profile.counselors.create(CounselorDraft(name="Alex")).id
    latest = attended_days_ago(profile, dana, 3)
    earlier = attended_days_ago(profile, alex, 9)
    checked = attended_days_ago(profile, dana, 6)
    profile.service(CheckInService).save(
        CheckInDraft(checked, {Q.HEARD: 8, Q.RESPECTED: 8, Q.SUPPORTED: 8})
    )
    dialog = open_dialog(qtbot, profile, latest)
    combo = dialog.session_combo
    assert combo.isVisible() and combo.currentData() == latest
    # the sessions offered: this one and the recent one without a check-in, not the checked one
    assert [combo.itemData(i) for i in range(combo.count())] == [latest, earlier]
    assert "Dana" in dialog.heading.text() and "Dana" in combo.currentText()
    click(qtbot, combo)  # the list opens; the keyboard picks the next session
    qtbot.waitUntil(lambda: combo.view().isVisible(), timeout=2000)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Down)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not combo.view().isVisible(), timeout=2000)
    assert combo.currentData() == earlier
    assert "Alex" in dialog.heading.text()
    for key, value in zip(CORE_QUALITIES, (8, 9, 7), strict=True):
        click(qtbot, dialog.rows[key].buttons[value])
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)
    svc = profile.service(CheckInService)
    saved = svc.for_session(earlier)
    assert saved is not None and saved.counselor_id == alex
    assert saved.ratings == {Q.HEARD: 8, Q.RESPECTED: 9, Q.SUPPORTED: 7}
    assert svc.for_session(latest) is None  # the session first shown got nothing


def test_a_concern_drafted_after_picking_a_session_is_linked_to_it(
    qtbot, profile: UnlockedProfile, dana: int
) -> None:
    svc = profile.service(CheckInService)
    for days in (40, 30, 20):
        svc.save(
            CheckInDraft(
                attended_days_ago(profile, dana, days),
                {Q.HEARD: 9, Q.RESPECTED: 9, Q.SUPPORTED: 9},
            )
        )
    about = attended_days_ago(profile, dana, 10)
    latest = attended_days_ago(profile, dana, 2)
    dialog = open_dialog(qtbot, profile, latest)
    dialog.session_combo.setFocus()
    key(qtbot, Qt.Key.Key_Down)  # the closed list: Down picks the next (older) session
    assert dialog.session_id == about
    for quality, value in zip(CORE_QUALITIES, (4, 9, 9), strict=True):
        click(qtbot, dialog.rows[quality].buttons[value])
    click(qtbot, dialog.save_button)
    assert dialog.signal_box.isVisible()
    with qtbot.waitSignal(dialog.feedback_drafted) as drafted:
        click(qtbot, dialog.draft_button)
    note = profile.service(FeedbackService).get(drafted.args[0])
    assert (note.session_id, note.counselor_id) == (about, dana)  # not "no particular session"
    # the day on this computer's clock, as the app shows sessions (in Berlin it is already
    # the next day between 23:00 and midnight UTC: this test failed at that hour)
    about_day = profile.service(SessionService).get(about).starts_at.astimezone().date()
    assert str(about_day.day) in note.body and about_day.strftime("%B") in note.body
    assert svc.for_session(latest) is None


def test_without_a_session_the_client_chooses_one_first(
    qtbot, profile: UnlockedProfile, dana: int
) -> None:
    recent = attended_days_ago(profile, dana, 30)
    dialog = open_dialog(qtbot, profile, None)
    assert "Which session" in dialog.heading.text()
    assert dialog.session_combo.currentData() is None
    for quality, value in zip(CORE_QUALITIES, (7, 7, 7), strict=True):
        click(qtbot, dialog.rows[quality].buttons[value])
    click(qtbot, dialog.save_button)
    assert "choose the session" in dialog.error_label.text()
    assert focused() is dialog.session_combo
    assert profile.service(CheckInService).history() == []
    key(qtbot, Qt.Key.Key_Down)
    assert dialog.session_id == recent and "Dana" in dialog.heading.text()
    assert not dialog.error_label.isVisible()
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)  # the ratings given before choosing are kept
    saved = profile.service(CheckInService).for_session(recent)
    assert saved is not None and saved.ratings == {Q.HEARD: 7, Q.RESPECTED: 7, Q.SUPPORTED: 7}


def test_editing_a_check_in_does_not_offer_other_sessions(
    qtbot, profile: UnlockedProfile, dana: int
) -> None:
    session_id = attended_days_ago(profile, dana, 3)
    attended_days_ago(profile, dana, 5)
    profile.service(CheckInService).save(
        CheckInDraft(session_id, {Q.HEARD: 8, Q.RESPECTED: 8, Q.SUPPORTED: 8})
    )
    dialog = open_dialog(qtbot, profile, session_id)
    assert not dialog.session_form.isVisible()
    assert "Dana" in dialog.heading.text()


def _bottom(widget, dialog) -> int:
    return widget.mapTo(dialog, widget.rect().bottomLeft()).y()


def _top(widget, dialog) -> int:
    return widget.mapTo(dialog, widget.rect().topLeft()).y()


@pytest.mark.parametrize("more", [False, True])
def test_the_low_rating_note_never_covers_the_comment(
    qtbot, profile: UnlockedProfile, dana: int, more: bool
) -> None:
    dialog = open_dialog(qtbot, profile, attended_days_ago(profile, dana, 1))
    if more:
        click(qtbot, dialog.more_button)
    for quality, value in zip(CORE_QUALITIES, (2, 2, 2), strict=True):
        click(qtbot, dialog.rows[quality].buttons[value])
    qtbot.keyClicks(dialog.comment_edit, "More time")
    click(qtbot, dialog.save_button)
    assert dialog.signal_box.isVisible()
    qtbot.wait(50)
    # the note comes after the whole comment field, never over it
    assert _top(dialog.signal_box, dialog) > _bottom(dialog.comment_edit, dialog)
    # the comment keeps room for a few lines (from the layout, not a fixed height)
    lines = dialog.comment_edit.fontMetrics().lineSpacing()
    assert dialog.comment_edit.height() >= 3 * lines
    assert dialog.comment_edit.maximumHeight() > 1000  # not fixed
    # the note is scrolled into view and the buttons stay below everything
    area = dialog.statements_area
    assert _bottom(dialog.signal_box, dialog) <= _bottom(area.viewport(), dialog) + 1
    assert _top(dialog.buttons, dialog) > _bottom(area, dialog)


def test_tab_goes_round_the_whole_dialog(qtbot, profile: UnlockedProfile, dana: int) -> None:
    """Tab from the last button comes back to the top, through everything (the screen reader
    walk found Tab going back and forth between Save and Close for ever)."""
    session_id = attended(profile, dana, 0)
    dialog = open_dialog(qtbot, profile, session_id)
    seen = [focused()]
    for _ in range(30):
        key(qtbot, Qt.Key.Key_Tab)
        if focused() is seen[0]:
            break
        seen.append(focused())
    names = [type(w).__name__ + " " + str(getattr(w, "text", str)()) for w in seen]
    assert focused() is seen[0], f"Tab never comes back to the first rating: {names}"
    assert dialog.session_combo in seen and dialog.close_button in seen, names
