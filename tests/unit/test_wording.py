"""companion.domain.wording: how the layers below the UI word things without knowing Qt."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from companion.charts import text as chart_text
from companion.charts.common import localize_months
from companion.domain import wording
from tests.support.scripts import load_script


@pytest.fixture
def pirate() -> Iterator[wording.Wording]:
    """A made-up language, so the tests see every hook being used."""
    made_up = wording.Wording(
        translate=lambda context, text: {
            ("t", "Line %1 of %2 is empty."): "Empty be line %1 (of %2)!",
            ("t", "Broken"): "",
            ("Charts", "Heard"): "Hearrd",
        }.get((context, text), text),
        months_short=[f"M{m}" for m in range(1, 13)],
        months_long=[f"Month{m}" for m in range(1, 13)],
        days_short=[f"D{d}" for d in range(7)],
        decimal_point=",",
        group_separator=".",
        format_day=lambda d: f"{d.day}. M{d.month} {d.year}",
    )
    before = wording.current()
    wording.use(made_up)
    yield made_up
    wording.use(before)


@pytest.fixture
def english() -> Iterator[None]:
    """English as it is before a UI installs Qt's translations (other tests may have)."""
    before = wording.current()
    wording.use(wording.ENGLISH)
    yield
    wording.use(before)


def test_english_is_the_default_and_fills_placeholders(english) -> None:
    assert wording.tr("t", "Line %1 of %2 is empty.", 3, 10) == "Line 3 of 10 is empty."
    assert wording.day_text(date(2026, 3, 3)) == "3 Mar 2026"
    assert wording.month_short(12) == "Dec" and wording.month_long(1) == "January"
    assert wording.day_short(6) == "Sun"
    assert wording.decimal(6.25, 1) == "6.2" and wording.decimal(6.0, 0) == "6"
    assert wording.whole(20000) == "20,000"


def test_placeholders_are_filled_once_and_in_the_translations_order(pirate) -> None:
    assert wording.tr("t", "Line %1 of %2 is empty.", 3, 10) == "Empty be line 3 (of 10)!"
    # an argument that itself looks like a placeholder is not filled again
    assert wording.fill("%1 and %2", "%2", "x") == "%2 and x"
    assert wording.fill("%1 %1 %3", "a") == "a a %3"  # a missing argument stays visible
    assert wording.fill("100% sure") == "100% sure"


def test_an_empty_or_failing_translation_falls_back_to_the_source(pirate) -> None:
    assert wording.tr("t", "Broken") == "Broken"

    def failing(context: str, text: str) -> str:
        raise RuntimeError("no")

    wording.use(wording.Wording(translate=failing))
    assert wording.tr("t", "Still shown %1", 1) == "Still shown 1"


def test_marked_texts_are_not_translated_until_shown(pirate) -> None:
    marked = wording.mark("Charts", "Heard")
    assert marked == "Heard"
    assert wording.tr("Charts", marked) == "Hearrd"


def test_charts_and_exports_use_the_locale(pirate) -> None:
    assert chart_text.tr("Heard") == "Hearrd"
    assert chart_text.day_text(date(2026, 3, 3)) == "3. M3 2026"
    assert chart_text.number(6.5) == "6,5" and chart_text.number(7.0) == "7"
    assert wording.whole(1234567) == "1.234.567"
    assert localize_months("Mar") == "M3"
    assert localize_months("2026-Dec") == "2026-M12"
    assert localize_months("Mayday 12") == "Mayday 12"  # whole words only


def test_a_wording_needs_all_names() -> None:
    with pytest.raises(ValueError):
        wording.Wording(months_short=["Jan"])
    with pytest.raises(ValueError):
        wording.Wording(days_short=["Mon"] * 6)


def test_a_message_worded_too_early_is_worded_again_later(english) -> None:
    class Locked(Exception):
        pass

    reason = Locked(wording.tr("t", "Broken"))
    early = wording.tr("t", "Line %1 of %2 is empty.", 3, reason)
    assert early == "Line 3 of Broken is empty." and isinstance(early, str)
    assert wording.again("plain text") == "plain text"
    assert wording.message_of(ValueError(early)) is early  # str(error) would lose the wording
    made_up = wording.Wording(
        translate=lambda context, text: {
            ("t", "Line %1 of %2 is empty."): "%2 (line %1) is empty!",
            ("t", "Broken"): "Kaputt",
        }.get((context, text), text)
    )
    wording.use(made_up)
    assert wording.again(early) == "Kaputt (line 3) is empty!"
    assert wording.message_of(ValueError("a", "b")) == str(ValueError("a", "b"))


# --- plural forms (tr_n) ---------------------------------------------------------------------

PHOTOS = "%n [photo was|photos were] left out of %1."


def test_plural_english_picks_the_form_without_qt(english) -> None:
    assert wording.tr_n("t", PHOTOS, 1, "a.zip") == "1 photo was left out of a.zip."
    assert wording.tr_n("t", PHOTOS, 2, "a.zip") == "2 photos were left out of a.zip."
    assert wording.tr_n("t", PHOTOS, 0, "a.zip") == "0 photos were left out of a.zip."
    assert wording.tr_n("t", "Found %n [entry|entries].", 1) == "Found 1 entry."
    assert wording.tr_n("t", "No choice here: %n.", 3) == "No choice here: 3."
    # an argument that looks like a choice or a count is left alone
    assert wording.tr_n("t", PHOTOS, 2, "[x|y] %n") == "2 photos were left out of [x|y] %n."


def test_plural_uses_the_translation_for_the_count(english) -> None:
    forms = {1: "%n Foto fehlt in %1.", 2: "%n Fotos fehlen in %1."}

    def translate_n(context: str, source: str, n: int) -> str:
        if (context, source) != ("t", PHOTOS):
            return source.replace("%n", str(n))  # what Qt gives for a message it lacks
        return forms[min(n, 2) if n else 2].replace("%n", str(n))

    wording.use(wording.Wording(translate_n=translate_n))
    assert wording.tr_n("t", PHOTOS, 1, "a.zip") == "1 Foto fehlt in a.zip."
    assert wording.tr_n("t", PHOTOS, 5, "a.zip") == "5 Fotos fehlen in a.zip."
    # untranslated: the English forms, not "1 [entry|entries]"
    assert wording.tr_n("t", "Found %n [entry|entries].", 1) == "Found 1 entry."


def test_a_failing_plural_translation_falls_back_to_english(english) -> None:
    def failing(context: str, source: str, n: int) -> str:
        raise RuntimeError("no")

    wording.use(wording.Wording(translate_n=failing))
    assert wording.tr_n("t", PHOTOS, 1, "x") == "1 photo was left out of x."


def test_a_plural_worded_too_early_is_worded_again_with_its_count(english) -> None:
    early = wording.tr_n("t", PHOTOS, 3, "a.zip")
    assert early == "3 photos were left out of a.zip."
    wording.use(
        wording.Wording(
            translate_n=lambda c, s, n: (
                "%n Fotos fehlen in %1.".replace("%n", str(n)) if s == PHOTOS else s
            )
        )
    )
    assert wording.again(early) == "3 Fotos fehlen in a.zip."


def test_the_translation_script_extracts_plurals_as_numerus(tmp_path) -> None:
    module = load_script("update_translations")
    source = tmp_path / "m.py"
    source.write_text(
        "from companion.domain.wording import tr, tr_n\n"
        "a = tr('ctx', 'One text.')\n"
        f"b = tr_n('ctx', {PHOTOS!r}, 2, 'x')\n",
        encoding="utf-8",
    )
    found = module._worded_calls(source)
    assert [(m.context, m.source, m.numerus) for m in found] == [
        ("ctx", "One text.", False),
        ("ctx", PHOTOS, True),
    ]


def test_plural_with_the_count_grouped(english) -> None:
    source = "%Ln [character|characters] (%n)."
    assert wording.tr_n("t", source, 1) == "1 character (1)."
    assert wording.tr_n("t", source, 123456) == "123,456 characters (123456)."
