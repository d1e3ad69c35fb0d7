"""Property: whatever a client does with the notes after a session, no text that was on
screen is lost.

A profile with a counselor and two past sessions; random sequences of opening the notes
("After a session…" in Agenda), typing into the three notes, switching the session in the
dialog, closing it, saving it, waiting for the autosave, moving to another area and back,
locking (also by the idle timer, which also comes while the dialog is open), switching
language and theme and hiding the window run with real keys and clicks. After every step the
notes on screen and those read back through the service must match a model of each
session's notes.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from companion.domain.counselors import CounselorDraft
from companion.domain.enums import SessionStatus
from companion.services.agenda import AgendaService
from companion.services.profile import UnlockedProfile
from companion.storage.engine import Database
from companion.ui.agenda import after_session as after_module
from companion.ui.agenda.view import AgendaView
from companion.ui.main_window import MainWindow
from tests.support.typing import type_text
from tests.support.window_actions import (
    WINDOW_STEPS,
    fresh_window,
    go_to_area,
    lock_and_unlock,
    window_step,
)

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)
PART = st.sampled_from(["takeaways", "to_try", "not_right"])
STEPS = st.one_of(
    st.tuples(st.just("type"), st.tuples(PART, WORD)),
    st.tuples(st.just("type_line"), st.tuples(PART, WORD)),
    st.just(("open", None)),
    st.tuples(st.just("session"), st.sampled_from(["up", "down"])),
    st.just(("close", None)),
    st.just(("save", None)),
    st.just(("wait", None)),
    st.tuples(st.just("area"), st.sampled_from(["agenda", "home"])),
    WINDOW_STEPS,
)
PARTS = ("takeaways", "to_try", "not_right")


def _db(db: Database) -> Database:
    return db


def add_sessions(profile: UnlockedProfile) -> list[int]:
    """A counselor with two sessions, two and nine days ago."""
    from companion.storage.models import CounselingSessionRow

    counselor = profile.counselors.create(CounselorDraft(name="Dana")).id
    ids = []
    with profile.service(_db).session() as s:
        for days in (2, 9):
            row = CounselingSessionRow(
                counselor_id=counselor,
                starts_at=datetime.now(UTC) - timedelta(days=days),
                time_zone="UTC",
                status=SessionStatus.ATTENDED,
            )
            s.add(row)
            s.flush()
            ids.append(row.id)
    return ids


class AfterSession:
    def __init__(self, qtbot: Any, window: MainWindow, sessions: list[int]) -> None:
        self.qtbot = qtbot
        self.window = window
        self.expected = {sid: dict.fromkeys(PARTS, "") for sid in sessions}

    def agenda(self) -> AgendaView | None:
        view = self.window.areas.currentWidget()
        return view if isinstance(view, AgendaView) else None

    def dialog(self) -> Any:
        for view in self.window.area_views:
            if isinstance(view, AgendaView):
                dialog = view.after_session_dialog
                try:
                    if dialog is not None and dialog.isVisible():
                        return dialog
                except RuntimeError:
                    return None
        return None

    def do(self, name: str, arg: Any) -> None:
        qtbot, window, dialog = self.qtbot, self.window, self.dialog()
        if dialog is not None:
            self._in_dialog(dialog, name, arg)
        elif name == "open":
            agenda = self.agenda()
            if agenda is not None:
                qtbot.mouseClick(agenda.after_button, Qt.MouseButton.LeftButton)
                qtbot.waitExposed(agenda.after_session_dialog)
        elif name == "area":
            go_to_area(qtbot, window, arg)
        elif name in WINDOW_NAMES:
            window_step(qtbot, window, name, arg)

    def _in_dialog(self, dialog: Any, name: str, arg: Any) -> None:
        qtbot = self.qtbot
        if name in ("type", "type_line"):
            part, word = arg
            edit = getattr(
                dialog,
                {
                    "takeaways": "takeaways_edit",
                    "to_try": "to_try_edit",
                    "not_right": "not_right_edit",
                }[part],
            )
            qtbot.keyClick(edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
            text = ("\n" if name == "type_line" else " ") + word
            type_text(qtbot, edit, text)
            self.expected[dialog.session_id][part] += text
        elif name == "session":
            dialog.session_combo.setFocus()
            key = Qt.Key.Key_Up if arg == "up" else Qt.Key.Key_Down
            qtbot.keyClick(dialog.session_combo, key)
        elif name == "close":
            qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        elif name == "save":
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        elif name == "wait":
            qtbot.wait(3 * after_module.AUTOSAVE_DELAY_MS)
        elif name == "idle_lock":  # the dialog is modal: only the idle lock comes through
            lock_and_unlock(qtbot, self.window, idle=True)

    def check(self, *, saved: bool = False) -> None:
        dialog = self.dialog()
        if dialog is not None:
            shown = {
                "takeaways": dialog.takeaways_edit.toPlainText(),
                "to_try": dialog.to_try_edit.toPlainText(),
                "not_right": dialog.not_right_edit.toPlainText(),
            }
            expected = self.expected[dialog.session_id]
            assert {p: t.strip() for p, t in shown.items()} == {
                p: t.strip() for p, t in expected.items()
            }, "the notes on screen lost text"
        profile = self.window.profile
        assert profile is not None
        agenda = profile.service(AgendaService)
        pending = dialog.session_id if dialog is not None and dialog.has_unsaved_changes else None
        for session_id, parts in self.expected.items():
            if session_id == pending and not saved:
                continue
            notes = agenda.session_notes(session_id)
            stored = {p: getattr(notes, p) for p in PARTS}
            assert stored == {p: t.strip() for p, t in parts.items()}, "the notes lost text"


WINDOW_NAMES = {"lock", "idle_lock", "language", "theme", "hide_and_show"}


@pytest.fixture
def quick_autosave(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(after_module, "AUTOSAVE_DELAY_MS", 40)


@settings(
    max_examples=int(os.environ.get("NO_LOSS_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(STEPS, min_size=1, max_size=16))
def test_no_after_session_text_is_ever_lost(qtbot, quick_autosave: None, steps: list) -> None:
    with fresh_window(qtbot) as (window, _service), qtbot.capture_exceptions() as errors:
        assert window.profile is not None
        sessions = add_sessions(window.profile)
        go_to_area(qtbot, window, "agenda")
        notes = AfterSession(qtbot, window, sessions)
        notes.do("open", None)
        for name, arg in steps:
            notes.do(name, arg)
            assert not errors, errors
            notes.check()
        notes.do("close", None)
        window_step(qtbot, window, "lock", None)
        assert not errors, errors
        notes.check(saved=True)
