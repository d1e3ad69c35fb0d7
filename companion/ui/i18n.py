"""Companion's languages: which translation to load and how to switch it.

The translations are Qt ``.qm`` files in ``companion/translations`` (built from the ``.ts``
sources by ``scripts/update_translations.py``). Qt's own translations (``qtbase_<lang>.qm``)
are loaded too when the Qt installation has them, so standard dialogs and buttons match.

``language`` is the client's choice as kept in the preferences: ``None`` or ``""`` (follow the
system), or one of :data:`LANGUAGES` (``"en"``, ``"de"``). A language is added to
``LANGUAGES`` in :mod:`companion.domain.wording`; nothing here needs to change
(docs/translating.md).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from companion.config import APP_NAME
from companion.domain.wording import LANGUAGES as LANGUAGES  # the languages Companion speaks
from companion.domain.wording import SOURCE_LANGUAGE as SOURCE_LANGUAGE

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"

#: Where the preferences keep the language chosen in Settings (``companion.ui.preferences``).
LANGUAGE_KEY = "appearance/language"


#: The translators installed by this module (kept so they are not collected and can be removed).
_installed: list[QTranslator] = []
#: The translator of a process without an application object (the command line).
_without_app: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def language_choices() -> list[tuple[str, str]]:
    """(value, label) for a language picker: follow the system first, then each language."""
    system = QCoreApplication.translate("Language", "Follow the system (%1)").replace(
        "%1", LANGUAGES[system_language()]
    )
    return [("", system), *LANGUAGES.items()]


def language_label() -> str:
    """The label of the language picker in Settings (with its mnemonic)."""
    return QCoreApplication.translate("Language", "&Language")


def language_hint() -> str:
    """The picker's tooltip and accessible description."""
    return QCoreApplication.translate(
        "Language", "The language of Companion's menus and texts. Your own writing stays as it is."
    )


def language_changed_message() -> str:
    """Shown in Settings after the language was changed."""
    return QCoreApplication.translate("Language", "Language changed.")


def system_language() -> str:
    """The system's language if Companion speaks it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def resolve(language: str | None) -> str:
    """The language to use for a preference value (unknown values follow the system)."""
    if language and language in LANGUAGES:
        return language
    return system_language()


def current_language() -> str:
    """The language installed last (English until :func:`install_translator` runs)."""
    return _current


def translation_file(language: str) -> Path:
    return TRANSLATIONS_DIR / f"companion_{language}.qm"


def install_translator(app: QCoreApplication, language: str | None) -> str:
    """Load the translation for ``language`` (see the module docstring) into ``app``, make
    dates and numbers follow it (``QLocale.setDefault``) and return the language used.

    Translators this module installed before are removed first. A missing or unreadable
    ``.qm`` file leaves the English texts in place rather than failing start-up.
    """
    global _current
    _remove_all(app)
    chosen = resolve(language)
    if chosen != SOURCE_LANGUAGE:
        own = QTranslator(app)
        if own.load(str(translation_file(chosen))):
            _install(app, own)
        else:
            chosen = SOURCE_LANGUAGE
        if chosen != SOURCE_LANGUAGE:
            qt = QTranslator(app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{chosen}", qt_dir):
                _install(app, qt)
    QLocale.setDefault(_locale_for(chosen))
    _install_wording(chosen)
    _current = chosen
    return chosen


def stored_language() -> str:
    """The language chosen in Settings ("" to follow the system, "en", "de"), read without an
    application object: the command line speaks the language the window does."""
    value = QSettings(APP_NAME, APP_NAME).value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) and value in LANGUAGES else ""


def install_without_app(language: str | None) -> str:
    """The translation for ``language`` (see the module docstring) in a process that has no
    QCoreApplication, such as the command line: Qt's ``installTranslator`` needs one, so the
    translator is asked directly through :mod:`companion.domain.wording`. Dates and numbers
    follow the language too. English (or a missing ``.qm``) keeps the English source texts.
    Returns the language used."""
    global _current
    _without_app.clear()
    chosen = resolve(language)
    translator = QTranslator()
    if chosen == SOURCE_LANGUAGE or not translator.load(str(translation_file(chosen))):
        from companion.domain import wording

        wording.use(wording.ENGLISH)
        _current = SOURCE_LANGUAGE
        return SOURCE_LANGUAGE
    _without_app.append(translator)
    QLocale.setDefault(_locale_for(chosen))

    def translate(context: str, source: str) -> str:
        return translator.translate(context, source) or source

    def translate_n(context: str, source: str, n: int) -> str:
        text = translator.translate(context, source, None, n)
        # what QCoreApplication.translate does with a count: %Ln grouped as the locale does
        return text.replace("%Ln", QLocale().toString(n)).replace("%n", str(n)) if text else ""

    _install_wording(chosen, translate, translate_n)
    _current = chosen
    return chosen


def switch_language(app: QCoreApplication, language: str | None) -> str:
    """Change the language while Companion runs: the old translators go, the new ones come.

    Qt then sends every widget a ``LanguageChange`` event; nothing else is emitted. Texts set
    before stay as they are, so the window rebuilds its views to show the new language.
    """
    return install_translator(app, language)


def remove_translators(app: QCoreApplication) -> None:
    """Back to the English source texts and the system's locale (tests use this to reset)."""
    global _current
    _remove_all(app)
    QLocale.setDefault(QLocale.system())
    _current = SOURCE_LANGUAGE
    from companion.domain import wording

    wording.use(wording.ENGLISH)


def _translate_n(context: str, source: str, n: int) -> str:
    return QCoreApplication.translate(context, source, None, n)


def _install_wording(
    language: str,
    translate: Callable[[str, str], str] = QCoreApplication.translate,
    translate_n: Callable[[str, str, int], str] = _translate_n,
) -> None:
    """Word the layers below the UI (messages, charts, exports) with Qt's translations (or
    ``translate``/``translate_n``) and the default locale's month and day names and decimal
    point (companion.domain.wording)."""
    from companion.domain import wording
    from companion.ui.formatting import day_text, time_text  # the one place dates are formatted

    locale = QLocale()
    short, long_ = QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat

    wording.use(
        wording.Wording(
            translate=translate,
            translate_n=translate_n,
            language=language,
            months_short=[locale.monthName(m, short) for m in range(1, 13)],
            months_long=[locale.monthName(m, long_) for m in range(1, 13)],
            days_short=[locale.dayName(d, short) for d in range(1, 8)],
            decimal_point=locale.decimalPoint(),
            group_separator=locale.groupSeparator(),
            format_day=day_text,
            format_time=time_text,
        )
    )


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)


def _remove_all(app: QCoreApplication) -> None:
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()


def _locale_for(language: str) -> QLocale:
    """The system's locale when it already speaks ``language`` (keeps, say, Austrian or Swiss
    dates); otherwise ``language`` in the system's country, as far as Qt knows it."""
    system = QLocale.system()
    wanted = QLocale(language).language()
    if system.language() == wanted:
        return system
    return QLocale(wanted, system.territory())
