"""The German translation: it loads, views built after installing it speak German, and the
translation file keeps every placeholder."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from companion import i18n
from companion.services.profile import UnlockedProfile

TS_FILE = i18n.TRANSLATIONS_DIR / "companion_de.ts"
PLACEHOLDER = re.compile(r"%\d|\{\d\}")


def _messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS_FILE).getroot()
    return [
        (ctx.findtext("name") or "", msg.findtext("source") or "", msg)
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


def _translations(msg: ET.Element) -> list[str]:
    tr = msg.find("translation")
    assert tr is not None
    if msg.get("numerus") == "yes":
        return [form.text or "" for form in tr.iter("numerusform")]
    return [tr.text or ""]


def _is_unfinished(msg: ET.Element) -> bool:
    tr = msg.find("translation")
    return tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete")


@pytest.fixture
def german(qapp: QApplication) -> Iterator[str]:
    chosen = i18n.install_translator(qapp, "de")
    yield chosen
    i18n.remove_translators(qapp)


def test_the_qm_file_loads() -> None:
    translator = QTranslator()
    assert translator.load(str(i18n.translation_file("de")))
    assert not translator.isEmpty()
    assert translator.language().startswith("de")


def test_every_message_is_translated() -> None:
    messages = _messages()
    assert len(messages) > 500
    unfinished = [
        (ctx, src)
        for ctx, src, msg in messages
        if _is_unfinished(msg) or not all(t.strip() for t in _translations(msg))
    ]
    assert unfinished == [], f"{len(unfinished)} of {len(messages)} messages unfinished"


def test_placeholders_and_blanks_are_kept() -> None:
    wrong = []
    for ctx, src, msg in _messages():
        wanted = sorted(PLACEHOLDER.findall(src))
        for text in _translations(msg):
            if text and sorted(PLACEHOLDER.findall(text)) != wanted:
                wrong.append((ctx, src, text))
    assert wrong == []


def test_mnemonics_are_kept() -> None:
    """A source with one keyboard mnemonic (&) has exactly one in its translation too."""
    wrong = []
    for ctx, src, msg in _messages():
        if src.replace("&&", "").count("&") == 1:
            for text in _translations(msg):
                if text.replace("&&", "").count("&") != 1:
                    wrong.append((ctx, src, text))
    assert wrong == []


def test_line_breaks_are_kept() -> None:
    wrong = [
        (ctx, src)
        for ctx, src, msg in _messages()
        for text in _translations(msg)
        if text.count("\n") != src.count("\n")
    ]
    assert wrong == []


def test_a_view_built_after_installing_german_speaks_german(
    qtbot, german: str, profile: UnlockedProfile
) -> None:
    from companion.ui.home.view import HomeView

    assert german == "de"
    assert i18n.current_language() == "de"
    view = HomeView(profile)
    qtbot.addWidget(view)
    view.load()
    assert view.write_button.text() == "Einen Eintrag schreiben"
    assert view.sessions_button.text() == "Zu den Gesprächen"
    assert QLocale().language() == QLocale.Language.German


def test_data_strings_are_translated_in_their_contexts(german: str) -> None:
    from companion.domain.enums import RelationshipQuality
    from companion.domain.feedback import STARTERS
    from companion.domain.prompts import PROMPTS
    from companion.ui.checkins import texts

    tr = QCoreApplication.translate
    assert tr("prompts", PROMPTS[0].text) != PROMPTS[0].text
    assert tr("starters", STARTERS[0].template) == "Als {0}, habe ich mich {1} gefühlt."
    assert tr("Charts", "Heard") == "Gehört"
    assert texts.short_name(RelationshipQuality.SAFE) == "Sicher"


def test_the_qt_dialogs_are_german_too(german: str) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    if QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel":
        pytest.skip("this Qt has no German translation of its own")
    assert cancel.text().replace("&", "") == "Abbrechen"


def test_english_and_switching_back(qapp: QApplication) -> None:
    try:
        assert i18n.install_translator(qapp, "en") == "en"
        assert QCoreApplication.translate("HomeView", "Write an entry") == "Write an entry"
        assert i18n.switch_language(qapp, "de") == "de"
        assert QCoreApplication.translate("HomeView", "Write an entry") == "Einen Eintrag schreiben"
        assert i18n.switch_language(qapp, "en") == "en"
        assert QCoreApplication.translate("HomeView", "Write an entry") == "Write an entry"
    finally:
        i18n.remove_translators(qapp)
    assert i18n.current_language() == "en"


def test_unknown_preference_follows_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "system_language", lambda: "de")
    assert i18n.resolve(None) == "de"
    assert i18n.resolve("") == "de"
    assert i18n.resolve("xx") == "de"
    assert i18n.resolve("en") == "en"
    choices = i18n.language_choices()
    assert [value for value, _ in choices] == ["", "en", "de"]
    assert "Deutsch" in choices[0][1]


def test_a_missing_translation_falls_back_to_english(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    try:
        assert i18n.install_translator(qapp, "de") == "en"
        assert QCoreApplication.translate("HomeView", "Write an entry") == "Write an entry"
    finally:
        i18n.remove_translators(qapp)


def test_choosing_deutsch_in_settings_switches_the_areas(qtbot, window) -> None:
    from PySide6.QtWidgets import QApplication

    from companion import i18n

    window.open_settings()
    dialog = window.settings_dialog
    try:
        index = dialog.language_combo.findData("de")
        dialog.language_combo.setCurrentIndex(index)
        dialog.language_combo.activated.emit(index)
        assert window.nav.item(1).text() == "Tagebuch"
    finally:
        i18n.switch_language(QApplication.instance(), "en")
