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

import companion
from companion.services.profile import UnlockedProfile
from companion.ui import i18n
from tests.support.scripts import load_script

PACKAGE = Path(companion.__file__).parent
TS_FILE = i18n.TRANSLATIONS_DIR / "companion_de.ts"
#: Every translation, also of a language that is not finished yet (docs/translating.md).
TS_FILES = sorted(i18n.TRANSLATIONS_DIR.glob("companion_*.ts"))
#: The languages Companion offers must be translated in full.
OFFERED = [f for f in TS_FILES if f.stem.removeprefix("companion_") in i18n.LANGUAGES]
PLACEHOLDER = re.compile(r"%\d|\{\d\}")


def _messages(ts_file: Path = TS_FILE) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts_file).getroot()
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


def test_the_languages_offered_have_their_translation() -> None:
    assert [f.stem for f in OFFERED] == [
        f"companion_{code}" for code in sorted(i18n.LANGUAGES) if code != i18n.SOURCE_LANGUAGE
    ]


@pytest.mark.parametrize("ts_file", OFFERED, ids=lambda f: f.stem)
def test_every_message_is_translated(ts_file: Path) -> None:
    messages = _messages(ts_file)
    assert len(messages) > 500
    unfinished = [
        (ctx, src)
        for ctx, src, msg in messages
        if _is_unfinished(msg) or not all(t.strip() for t in _translations(msg))
    ]
    assert unfinished == [], f"{len(unfinished)} of {len(messages)} messages unfinished"


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda f: f.stem)
def test_placeholders_and_blanks_are_kept(ts_file: Path) -> None:
    wrong = []
    for ctx, src, msg in _messages(ts_file):
        wanted = sorted(PLACEHOLDER.findall(src))
        for text in _translations(msg):
            if text and sorted(PLACEHOLDER.findall(text)) != wanted:
                wrong.append((ctx, src, text))
    assert wrong == []


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda f: f.stem)
def test_mnemonics_are_kept(ts_file: Path) -> None:
    """A source with one keyboard mnemonic (&) has exactly one in its translation too."""
    wrong = []
    for ctx, src, msg in _messages(ts_file):
        if src.replace("&&", "").count("&") == 1:
            for text in _translations(msg):
                if text.replace("&&", "").count("&") != 1:
                    wrong.append((ctx, src, text))
    assert wrong == []


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda f: f.stem)
def test_line_breaks_are_kept(ts_file: Path) -> None:
    wrong = [
        (ctx, src)
        for ctx, src, msg in _messages(ts_file)
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
    assert view.sessions_button.text() == "Alle Gespräche"
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
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication, QDateEdit

    from companion.ui import i18n

    window.open_settings()
    dialog = window.settings_dialog
    try:
        index = dialog.language_combo.findData("de")
        dialog.language_combo.setCurrentIndex(index)
        dialog.language_combo.activated.emit(index)
        assert window.nav.item(1).text() == "Tagebuch"
        # date fields built afterwards name their months in German too ("3. Dez. 2026",
        # not "3. Dec 2026" with a German pattern and English month names)
        goals = window.show_area_key("goals")
        fields = goals.findChildren(QDateEdit)
        assert fields
        for field in fields:
            assert field.locale().language() == QLocale.Language.German, field.text()
    finally:
        i18n.switch_language(QApplication.instance(), "en")


# --- words from below the UI (companion.domain.wording) -------------------------------------


def test_a_domain_message_shown_in_a_view_is_german(qtbot, german: str, profile) -> None:
    from companion.domain.safety_plan import SECTION_MAX
    from companion.ui.safety_plan import SafetyPlanPage

    page = SafetyPlanPage(profile)
    qtbot.addWidget(page)
    page.load()
    page.editors["people"].setPlainText("x" * (SECTION_MAX + 1))
    assert not page.flush()
    assert "höchstens" in page.status_label.text()
    assert "at most" not in page.status_label.text()
    assert len(page.editors["people"].toPlainText()) == SECTION_MAX + 1  # nothing lost


def test_service_and_security_messages_are_german(german: str, profile) -> None:
    from companion.domain.errors import InvalidInput
    from companion.domain.goals import GoalDraft
    from companion.security.errors import WrongSecret
    from companion.services.goals import GoalService
    from companion.storage.errors import WrongKeyError

    with pytest.raises(InvalidInput, match="kurzen Titel"):
        profile.service(GoalService).create(GoalDraft(title="  "))
    assert "entsperren" in str(WrongSecret())
    assert "Profil" in str(WrongKeyError())


def test_charts_exports_and_archives_follow_the_language(german: str) -> None:
    from datetime import date, datetime

    from matplotlib.figure import Figure

    from companion.charts.common import as_dates, date_axis
    from companion.charts.text import day_text, number
    from companion.domain import wording
    from companion.export.render_html import render_html
    from companion.services.archive import readme_text
    from tests.unit.test_summary_render import DOC

    assert wording.language() == "de"
    assert day_text(date(2026, 3, 3)) == "3. März 2026"
    assert number(6.5) == "6,5"
    assert wording.whole(20000) == "20.000"

    fig = Figure()
    ax = fig.add_subplot()
    days = [date(2026, m, 1) for m in range(1, 13)]
    ax.plot(as_dates(days), range(12))
    date_axis(ax)
    fig.canvas.draw()
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert any(label in ("März", "Mai", "Juli", "Okt.", "Dez.", "Sept.") for label in labels)
    assert not any(label in ("Mar", "May", "Jul", "Oct", "Dec", "Sep") for label in labels)

    assert '<html lang="de">' in render_html(DOC)
    readme = readme_text(private=False, plan=True, exported=datetime(2026, 3, 3, 9, 30))
    assert "NICHT verschlüsselt" in readme and "Krisenplan enthalten: ja" in readme


def test_the_layers_below_the_ui_name_their_context_literally() -> None:
    """``tr(context, …)`` from companion.domain.wording with a literal context, so that the
    translation script finds every message (a variable context would go untranslated)."""
    import ast

    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.relative_to(PACKAGE).parts[0] == "ui" or path.name == "wording.py":
            continue
        text = path.read_text(encoding="utf-8")
        if "wording" not in text:
            continue
        for node in ast.walk(ast.parse(text)):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            named = (isinstance(func, ast.Name) and func.id in ("tr", "mark")) or (
                isinstance(func, ast.Attribute)
                and func.attr in ("tr", "mark")
                and isinstance(func.value, ast.Name)
                and func.value.id == "wording"
            )
            first = node.args[0]
            if named and not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                wrong.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert wrong == []


def test_every_message_from_below_the_ui_is_in_the_translation() -> None:
    """What scripts/update_translations.py extracts from the layers below the UI is in the .ts
    (someone added a message and did not run the script otherwise)."""
    module = load_script("update_translations")
    extracted = {
        (m.context, m.source)
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] != "ui"
        for m in module._worded_calls(path)
    }
    assert len(extracted) > 200
    in_ts = {(ctx, src) for ctx, src, _msg in _messages()}
    assert extracted - in_ts == set()


def test_an_early_unlock_message_is_shown_in_the_chosen_language(
    qapp: QApplication, service, profile
) -> None:
    """The app tries the profile before Qt and the language are loaded; its message is worded
    again for the unlock window."""
    from companion.app import unlock_without_prompt
    from companion.domain import wording

    profile.lock()
    i18n.remove_translators(qapp)
    early = unlock_without_prompt(service, "not the passphrase")
    assert early.profile is None
    assert early.message == "That passphrase did not open your journal."
    try:
        i18n.install_translator(qapp, "de")
        again = wording.again(early.message)
        assert again != early.message and "Passphrase" in again
    finally:
        i18n.remove_translators(qapp)


def test_counts_below_the_ui_use_the_plural_forms_of_the_language(qapp: QApplication) -> None:
    """tr_n: Qt's numerus translations in German; English plurals with Qt installed too."""
    from companion.domain import wording

    found = "Found %n [entry|entries] in %1."
    too_long = (
        "Entry of %1 is longer than Companion allows (%Ln [character|characters]); it was left out."
    )
    try:
        i18n.install_translator(qapp, "de")
        assert wording.tr_n("cli.importing", found, 1, "a") == "1 Eintrag in a gefunden."
        assert wording.tr_n("cli.importing", found, 2, "a") == "2 Einträge in a gefunden."
        assert "(123.456 Zeichen)" in wording.tr_n("formats.importers.batch", too_long, 123456, "x")
        i18n.switch_language(qapp, "en")
        assert wording.tr_n("cli.importing", found, 1, "a") == "Found 1 entry in a."
        assert wording.tr_n("cli.importing", found, 2, "a") == "Found 2 entries in a."
    finally:
        i18n.remove_translators(qapp)


def test_every_plural_message_has_all_its_german_forms() -> None:
    numerus = [(ctx, src, msg) for ctx, src, msg in _messages() if msg.get("numerus") == "yes"]
    assert len(numerus) >= 40
    wrong = [
        (ctx, src)
        for ctx, src, msg in numerus
        if _is_unfinished(msg)
        or len(_translations(msg)) != 2
        or not all(("%n" in t or "%Ln" in t) and "[" not in t for t in _translations(msg))
    ]
    assert wrong == []


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda f: f.stem)
def test_plural_forms_keep_the_count_and_lose_the_choices(ts_file: Path) -> None:
    """In every language: each form written has the count (%n or %Ln) and none of the
    English [one|other] choices; every plural message has as many forms as the others."""
    numerus = [msg for _ctx, _src, msg in _messages(ts_file) if msg.get("numerus") == "yes"]
    written = [[t for t in _translations(msg) if t] for msg in numerus]
    wrong = [
        forms
        for forms in written
        if not all(("%n" in t or "%Ln" in t) and not re.search(r"\[[^\]]*\|", t) for t in forms)
    ]
    assert wrong == []
    finished = {len(_translations(msg)) for msg in numerus if not _is_unfinished(msg)}
    assert len(finished) <= 1, f"plural messages with different numbers of forms: {finished}"


def test_the_export_dialog_names_the_session_notes_in_german(qtbot, german: str, profile) -> None:
    """The labels of the notes were looked up through a variable, which the translation
    tools cannot see, so they stayed English in a German window."""
    from companion.ui.export import ExportSummaryDialog
    from tests.support import summary_data

    summary_data.fill(profile)
    dialog = ExportSummaryDialog(profile)
    qtbot.addWidget(dialog)
    listed = dialog.listed_texts()
    assert "Was ich mitgenommen habe" in listed
    assert "What I took away" not in listed


# --- counts are worded with plural forms (numerus) everywhere --------------------------------

#: A placeholder followed (within two words) by a counted noun: "%1 entries", "%2 older
#: automatic backups", "at most %1 characters".
_COUNTED = re.compile(
    r"%L?\d\s+(?:[a-z-]+\s+){0,2}?(?:entries|characters|days|minutes|hours|sessions|results|"
    r"check-ins|ratings|backups|months|weeks|letters|files|records|items|photos|pictures|"
    r"appointments|counselors|goals|notes|saves|changes|years|times|values)\b"
)
#: Not counts: "%1 has invalid ratings" names a record.
_NOT_NUMERUS = {
    ("formats.archive", "The archive cannot be imported: %1 has invalid ratings."),
}


def _counts_without_plural_forms(messages: list[tuple[str, str, bool]]) -> list[tuple[str, str]]:
    return [
        (ctx, src)
        for ctx, src, numerus in messages
        if not numerus and (_COUNTED.search(src) or "(s)" in src) and (ctx, src) not in _NOT_NUMERUS
    ]


def test_the_count_check_finds_counts_worded_without_plural_forms() -> None:
    """The check below, on messages that were once worded that way."""
    once = [
        ("SearchDialog", "%1 results", False),
        ("SettingsDialog", "After %1 minutes", False),
        ("Charts", "Average mood in this period: %1 of 10 (%2 entries with a mood).", False),
        ("CounselorMenu", "Their %1 sessions and your notes about them are deleted too.", False),
        (
            "BackupDialog",
            "Keeping only the latest %1 removes %2 older automatic backups now.",
            False,
        ),
        ("domain.journal", "A title can be at most %1 characters long.", False),
        ("cli.sync", "Sent %1 change file(s), read %2.", False),
        ("SearchDialog", "%n [result|results]", True),
        ("Charts", "mood %1 of 10", False),
    ]
    assert [src for _ctx, src in _counts_without_plural_forms(once)] == [
        src for _c, src, n in once[:7]
    ]


def test_every_count_in_the_translation_has_plural_forms() -> None:
    """A message that counts something is a numerus message (``tr_n``, or ``self.tr(src, "",
    n)``), so each language gets its plural forms (Polish and Russian have three or four)."""
    messages = [(ctx, src, msg.get("numerus") == "yes") for ctx, src, msg in _messages()]
    assert _counts_without_plural_forms(messages) == []


def test_no_code_picks_a_singular_or_plural_text_itself() -> None:
    """``a if n == 1 else b`` between two translated texts: English has two forms, other
    languages more. Such a choice is a numerus message instead."""
    import ast

    translating = {"tr", "_tr", "_t", "translate", "tr_n"}

    def translates(node: ast.AST) -> bool:
        for call in ast.walk(node):
            if isinstance(call, ast.Call):
                func = call.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if name in translating:
                    return True
        return False

    def about_one(test: ast.AST) -> bool:
        return (
            isinstance(test, ast.Compare)
            and any(isinstance(op, ast.Eq | ast.NotEq) for op in test.ops)
            and any(isinstance(c, ast.Constant) and c.value == 1 for c in test.comparators)
        )

    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.IfExp)
                and about_one(node.test)
                and translates(node.body)
                and translates(node.orelse)
            ):
                wrong.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert wrong == []


def test_the_command_line_prints_only_worded_texts() -> None:
    """Every message the command line prints goes through companion.domain.wording (so it is
    translated): no literal, and no f-string with words of its own (other than the program's
    name in front), handed to print, out, fail or parser.error. Log messages stay English."""
    import ast

    def has_words(node: ast.AST) -> bool:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return any(c.isalpha() for c in node.value.removeprefix("companion: "))
        if isinstance(node, ast.JoinedStr):
            return any(has_words(part) for part in node.values if isinstance(part, ast.Constant))
        return False

    wrong = []
    for path in sorted((PACKAGE / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            if isinstance(func, ast.Name):
                name = func.id
            elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                name = func.attr  # parser.error, not logging.getLogger(...).error
            else:
                continue
            if name in ("print", "out", "fail", "error", "safe") and has_words(node.args[0]):
                wrong.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert wrong == []


def test_a_process_without_an_application_gets_the_translation_too(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The command line: no QApplication is needed (the translator is asked directly), plural
    forms and grouped counts as QCoreApplication.translate would give them, English otherwise."""
    from companion.domain import wording

    too_long = (
        "Entry of %1 is longer than Companion allows (%Ln [character|characters]); it was left out."
    )
    try:
        assert i18n.install_without_app("de") == "de"
        assert wording.tr("cli.self_test", "Self-test passed.") == "Selbsttest bestanden."
        assert wording.tr_n("cli.sync", "Sent %n change [file|files].", 1) == (
            "1 Änderungsdatei gesendet."
        )
        assert wording.tr_n("cli.sync", "Sent %n change [file|files].", 3) == (
            "3 Änderungsdateien gesendet."
        )
        assert "(123.456 Zeichen)" in wording.tr_n("formats.importers.batch", too_long, 123456, "x")
        assert wording.decimal(0.5) == "0,5"
        assert wording.tr("cli", "no such message") == "no such message"
        assert i18n.install_without_app("en") == "en"
        assert wording.tr("cli.self_test", "Self-test passed.") == "Self-test passed."
        monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)  # no .qm: English
        assert i18n.install_without_app("de") == "en"
        assert wording.tr_n("cli.sync", "Sent %n change [file|files].", 1) == "Sent 1 change file."
    finally:
        wording.use(wording.ENGLISH)
        QLocale.setDefault(QLocale.system())
        i18n._current = i18n.SOURCE_LANGUAGE
