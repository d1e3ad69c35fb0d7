"""Switching the language in Settings reaches everything at once: menus, toolbar, navigation,
every area (also the journal, which stays built), placeholders, tooltips and the Settings
dialog that is still open; the client's place and what they typed are kept."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from companion.domain.counselors import CounselorDraft
from companion.domain.enums import SessionStatus
from companion.domain.journal import EntryDraft
from companion.domain.sessions import SessionDraft
from companion.services.sessions import SessionService
from companion.ui import i18n
from companion.ui.main_window import MainWindow
from companion.ui.settings_dialog import SettingsDialog
from tests.support.shown_text import widget_texts
from tests.support.window_actions import _choose, activate

AREAS = ("home", "agenda", "sessions", "insights", "goals", "feedback", "safety", "journal")


def _english_only() -> set[str]:
    """English texts of Companion whose German differs (a mnemonic's & left out)."""
    root = ET.parse(i18n.TRANSLATIONS_DIR / "companion_de.ts").getroot()
    found: set[str] = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or message.get("numerus") == "yes":
            continue
        german = translation.text or ""
        if german and german != source:
            found.add(source.replace("&", "").strip())
    return found


def _all_texts(widget: QWidget) -> list[str]:
    """Every text of ``widget`` and its children: shown texts, placeholders, tooltips."""
    pieces: list[str] = []
    for item in (widget, *widget.findChildren(QWidget)):
        pieces.extend(widget_texts(item))
        pieces.append(item.toolTip())
        if isinstance(item, QLineEdit | QTextEdit | QPlainTextEdit):
            pieces.append(item.placeholderText())
    return [p.replace("&", "").strip() for p in pieces if p]


def _window_texts(window: MainWindow) -> list[str]:
    pieces = []
    for action in window.menuBar().actions():
        pieces.append(action.text())
        menu = action.menu()
        if menu is not None:
            pieces.extend(a.text() for a in menu.actions())
            pieces.extend(a.toolTip() for a in menu.actions())
    pieces.extend(a.text() for a in window.toolbar.actions())
    pieces.append(window.toolbar.windowTitle())
    pieces.extend(window.nav.item(i).text() for i in range(window.nav.count()))
    return [p.replace("&", "").strip() for p in pieces if p]


@pytest.fixture
def english_window(window: MainWindow) -> Iterator[MainWindow]:
    profile = window.profile
    assert profile is not None
    dana = profile.counselors.create(CounselorDraft(name="Dana"))
    sessions = profile.service(SessionService)
    past = sessions.plan(SessionDraft(dana.id, datetime.now(UTC) - timedelta(days=2), "UTC"))
    sessions.mark(past.id, SessionStatus.ATTENDED)
    sessions.plan(SessionDraft(dana.id, datetime.now(UTC) + timedelta(days=4), "UTC"))
    profile.journal.create(EntryDraft(title="Walk", body="x", mood=6))
    for key in AREAS:
        window.show_area_key(key)  # every area is built, in English
    yield window
    i18n.remove_translators(QApplication.instance())


def _switch_to_german(qtbot, window: MainWindow) -> SettingsDialog:
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    _choose(qtbot, dialog, "language_combo", "de")
    qtbot.wait(50)  # the window follows once the dialog's handler is done
    return dialog


def test_nothing_english_is_left_after_switching_to_german(
    qtbot, english_window: MainWindow
) -> None:
    window = english_window
    english = _english_only()
    assert "Search everything…" in english  # the check itself can see an English text
    assert any(text in english for text in _window_texts(window))

    dialog = _switch_to_german(qtbot, window)
    assert dialog.isVisible()  # the dialog stayed open, and speaks German
    left = {text for text in _all_texts(dialog) if text in english}
    left |= {text for text in _window_texts(window) if text in english}
    for key in AREAS:
        view = window.show_area_key(key)
        assert view is not None
        left |= {f"{key}: {text}" for text in _all_texts(view) if text in english}
    assert not left, "\n".join(sorted(left))
    assert window.find_all_action.text() == "&Alles durchsuchen…"


def test_the_client_keeps_their_place_and_their_words(qtbot, english_window: MainWindow) -> None:
    window = english_window
    window.show_area_key("journal")
    editor = window.journal_view.editor
    qtbot.mouseClick(editor.body_edit.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.body_edit, " and a few words more")
    window.show_area_key("sessions")
    _switch_to_german(qtbot, window)
    assert window.current_area_key() == "sessions"
    window.show_area_key("journal")
    assert "a few words more" in window.journal_view.editor.body_edit.toPlainText()
    profile = window.profile
    assert profile is not None
    entry_id = window.journal_view.editor.entry_id
    assert entry_id is not None
    assert "a few words more" in profile.journal.get(entry_id).body
