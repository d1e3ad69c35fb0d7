"""One clock: every area shows a session at the same time on this computer's clock and names
the time where it was planned when that differs; dates and times have one set of formats
(companion/ui/formatting.py) in English and German."""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from companion.domain.counselors import CounselorDraft
from companion.domain.sessions import SessionDraft
from companion.services.agenda import AgendaService
from companion.services.checkins import CheckInService
from companion.services.home import HomeService
from companion.services.profile import UnlockedProfile
from companion.services.sessions import SessionService
from companion.ui import formatting as fmt
from companion.ui import i18n

BERLIN = "Europe/Berlin"
NEW_YORK = "America/New_York"


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """English dates as Britain writes them (the test machine's own locale may be "C")."""
    QLocale.setDefault(QLocale("en_GB"))
    yield
    i18n.remove_translators(qapp)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    assert i18n.install_translator(qapp, "de") == "de"
    QLocale.setDefault(QLocale("de_DE"))
    yield
    i18n.remove_translators(qapp)


class _Words(QTranslator):
    """A stand-in translation of the "Formatting" texts the lead has not translated yet: it
    shows that they go through Qt's translation, plurals with the count."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context != "Formatting":
            return ""
        plural = {
            "in %n [day|days]": ("in %n Tag", "in %n Tagen"),
            "%n [week|weeks] ago": ("vor %n Woche", "vor %n Wochen"),
        }
        if source in plural:
            return plural[source][0 if n == 1 else 1].replace("%n", str(n))
        return {
            "today": "heute",
            "tomorrow": "morgen",
            "%1 in %2": "%1 in %2",
            "%1 (%2)": "%1 (%2)",
            "%1, %2": "%1, %2",
            "%1–%2": "%1–%2",
        }.get(source, "")


# --- the formats ---------------------------------------------------------------------------


def test_the_formats_in_english(english: None) -> None:
    day = date(2026, 12, 3)
    at = datetime(2026, 12, 3, 17, 0)
    assert fmt.time_text(time(17, 0)) == "17:00"
    assert fmt.day_text(day) == "3 Dec 2026"
    assert fmt.date_text(day) == "Thu, 3 Dec 2026"
    assert fmt.long_date(day) == "Thursday, 3 December 2026"
    assert fmt.date_time(at) == "Thu, 3 Dec 2026, 17:00"
    assert fmt.long_date_time(at) == "Thursday, 3 December 2026, 17:00"
    assert fmt.time_range(at, at + timedelta(minutes=50)) == "17:00–17:50"
    assert fmt.month_year(day) == "December 2026"
    assert fmt.weekday(day) == "Thursday" and fmt.weekday(day, short=True) == "Thu"
    relative = {0: "today", 1: "tomorrow", -1: "yesterday", 5: "in 5 days", -2: "2 days ago"}
    relative |= {-21: "3 weeks ago", 7 * 8: "in 8 weeks", 90: "in 3 months", -400: "1 year ago"}
    for days, text in relative.items():
        assert fmt.relative_day(day + timedelta(days=days), day) == text


def test_american_english_keeps_its_own_order_and_clock(qapp: QApplication) -> None:
    QLocale.setDefault(QLocale("en_US"))
    try:
        assert fmt.time_text(time(17, 0)).replace("\u202f", " ") == "5:00 PM"
        assert fmt.date_text(date(2026, 12, 3)) == "Thu, Dec 3, 2026"
        assert fmt.day_text(date(2026, 12, 3)) == "Dec 3, 2026"
    finally:
        i18n.remove_translators(qapp)


def test_the_formats_in_german(german: None) -> None:
    day = date(2026, 12, 3)
    at = datetime(2026, 12, 3, 17, 0)
    assert fmt.time_text(time(17, 0)) == "17:00"
    assert fmt.day_text(day) == "3. Dez. 2026"
    assert fmt.date_text(day) == "Do., 3. Dez. 2026"
    assert fmt.long_date(day) == "Donnerstag, 3. Dezember 2026"
    assert fmt.date_time(at) == "Do., 3. Dez. 2026, 17:00"
    assert fmt.month_year(day) == "Dezember 2026"
    assert fmt.weekday(day) == "Donnerstag"
    # the layers below the UI (charts, exports, messages) write days the same way
    from companion.domain import wording

    assert wording.day_text(day) == fmt.day_text(day)


def test_relative_days_and_session_times_go_through_the_translation(
    qapp: QApplication, german: None, computer_zone: Callable[[str], None]
) -> None:
    words = _Words()
    qapp.installTranslator(words)
    try:
        day = date(2026, 12, 3)
        assert fmt.relative_day(day, day) == "heute"
        assert fmt.relative_day(day + timedelta(days=1), day) == "morgen"
        assert fmt.relative_day(day + timedelta(days=5), day) == "in 5 Tagen"
        assert fmt.relative_day(day - timedelta(days=21), day) == "vor 3 Wochen"
        computer_zone(NEW_YORK)
        start = datetime(2026, 12, 3, 16, tzinfo=UTC)  # 17:00 in Berlin, 11:00 in New York
        assert fmt.session_time(start, BERLIN) == "11:00 (17:00 in Berlin)"
    finally:
        qapp.removeTranslator(words)


def test_english_falls_back_without_qt_the_same_way(english: None) -> None:
    from companion.domain import wording

    before = wording.current()
    wording.use(wording.ENGLISH)
    try:
        assert wording.day_text(date(2026, 3, 3)) == fmt.day_text(date(2026, 3, 3))
    finally:
        wording.use(before)


# --- a session: a moment and the zone it was planned in -------------------------------------


@pytest.mark.parametrize(
    ("berlin_day", "here"),
    [
        (date(2027, 3, 16), "12:00"),  # New York already on summer time, Berlin not: 5 hours
        (date(2027, 3, 30), "11:00"),  # both on summer time: 6 hours
        (date(2026, 10, 27), "12:00"),  # Berlin back on winter time, New York not yet
        (date(2026, 11, 3), "11:00"),  # both on winter time
    ],
)
def test_a_berlin_session_on_a_new_york_computer(
    english: None, computer_zone: Callable[[str], None], berlin_day: date, here: str
) -> None:
    computer_zone(NEW_YORK)
    start = datetime.combine(berlin_day, time(17), tzinfo=ZoneInfo(BERLIN)).astimezone(UTC)
    assert fmt.time_text(start) == here
    assert fmt.session_time(start, BERLIN) == f"{here} (17:00 in Berlin)"
    assert fmt.session_when(start, BERLIN) == (
        f"{fmt.date_text(berlin_day)}, {here} (17:00 in Berlin)"
    )
    assert fmt.session_span(start, 50, BERLIN).startswith(f"{here}–{here[:3]}50 ")
    assert "Europe/Berlin" in fmt.session_zone_note(start, BERLIN)


def test_the_planned_zone_is_named_only_when_its_clock_differs(
    english: None, computer_zone: Callable[[str], None]
) -> None:
    start = datetime(2026, 12, 3, 16, tzinfo=UTC)
    computer_zone(BERLIN)
    assert fmt.session_time(start, BERLIN) == "17:00"
    assert fmt.session_zone_note(start, BERLIN) == ""
    computer_zone("Europe/Paris")  # another zone, the same clock
    assert fmt.session_time(start, BERLIN) == "17:00"
    computer_zone("Asia/Tokyo")  # another day there
    late = datetime(2026, 12, 3, 22, 30, tzinfo=UTC)  # 07:30 Friday in Tokyo
    assert fmt.session_time(late, BERLIN) == "07:30 (Thu 23:30 in Berlin)"
    assert fmt.session_time(late, "America/Argentina/Buenos_Aires").endswith("in Buenos Aires)")


# --- the areas agree -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("berlin_day", "here"),
    [(date(2027, 3, 16), "12:00"), (date(2027, 3, 30), "11:00"), (date(2026, 10, 27), "12:00")],
)
def test_sessions_home_and_agenda_show_the_same_time(
    qtbot,
    english: None,
    computer_zone: Callable[[str], None],
    profile: UnlockedProfile,
    berlin_day: date,
    here: str,
) -> None:
    from companion.ui.agenda.view import AgendaView
    from companion.ui.home.view import HomeView
    from companion.ui.sessions.view import SessionsView

    computer_zone(NEW_YORK)
    start = datetime.combine(berlin_day, time(17), tzinfo=ZoneInfo(BERLIN)).astimezone(UTC)
    now = start - timedelta(days=2)
    for service in (HomeService, AgendaService, CheckInService):
        profile.service(service)._clock = lambda: now  # type: ignore[attr-defined]
    dana = profile.counselors.create(CounselorDraft(name="Dana"))
    profile.service(SessionService).plan(SessionDraft(dana.id, start, BERLIN))
    shown = f"{here} (17:00 in Berlin)"

    sessions = SessionsView(profile)
    qtbot.addWidget(sessions)
    sessions.clock = lambda: now
    sessions.load()
    row = sessions.upcoming_tree.topLevelItem(0)
    assert row.text(0) == f"{fmt.date_text(berlin_day)}, {shown}"
    assert row.toolTip(0).startswith(f"{fmt.long_date(berlin_day)}, {shown}\n")
    assert "Europe/Berlin" in row.toolTip(0)

    home = HomeView(profile)
    qtbot.addWidget(home)
    home.load()
    assert home.next_when.text() == f"{fmt.long_date(berlin_day)}, {shown}"
    assert home.next_label.text() == "with Dana, in 2 days"

    agenda = AgendaView(profile)
    qtbot.addWidget(agenda)
    agenda.load()
    assert agenda.next_label.text() == f"Next session: {fmt.long_date(berlin_day)}, {shown}"


def test_a_session_late_in_berlin_is_on_the_next_day_in_tokyo(
    qtbot, english: None, computer_zone: Callable[[str], None], profile: UnlockedProfile
) -> None:
    """The day too is the computer's: "tomorrow" and the date follow the local clock."""
    from companion.ui.home.view import HomeView
    from companion.ui.sessions.view import SessionsView

    computer_zone("Asia/Tokyo")
    start = datetime(2026, 12, 4, 22, 0, tzinfo=UTC)  # Fri 23:00 Berlin, Sat 07:00 Tokyo
    now = datetime(2026, 12, 4, 1, 0, tzinfo=UTC)  # Fri 10:00 in Tokyo
    profile.service(HomeService)._clock = lambda: now  # type: ignore[attr-defined]
    dana = profile.counselors.create(CounselorDraft(name="Dana"))
    profile.service(SessionService).plan(SessionDraft(dana.id, start, BERLIN))

    sessions = SessionsView(profile)
    qtbot.addWidget(sessions)
    sessions.clock = lambda: now
    sessions.load()
    assert sessions.upcoming_tree.topLevelItem(0).text(0) == (
        "Tomorrow, 07:00 (Fri 23:00 in Berlin)"
    )
    home = HomeView(profile)
    qtbot.addWidget(home)
    home.load()
    assert home.next_when.text() == "Saturday, 5 December 2026, 07:00 (Fri 23:00 in Berlin)"
    assert home.next_label.text().endswith(", tomorrow")


def test_rescheduling_says_whose_clock_the_fields_use(
    qtbot, english: None, computer_zone: Callable[[str], None], profile: UnlockedProfile
) -> None:
    from companion.ui.sessions.view import SessionsView

    computer_zone(NEW_YORK)
    start = datetime(2026, 12, 10, 16, tzinfo=UTC)  # 17:00 Berlin, 11:00 New York
    dana = profile.counselors.create(CounselorDraft(name="Dana"))
    planned = profile.service(SessionService).plan(SessionDraft(dana.id, start, BERLIN))
    view = SessionsView(profile)
    qtbot.addWidget(view)
    view.resize(900, 640)
    view.clock = lambda: datetime(2026, 12, 3, 12, tzinfo=UTC)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.load()
    view.reveal(planned.id)
    qtbot.keyClick(view.upcoming_tree, Qt.Key.Key_F2)
    dialog = view.dialog
    assert dialog is not None, "no dialog"
    assert dialog.zone_hint is not None  # type: ignore[attr-defined]
    assert dialog.time_edit.time().hour() == 17  # type: ignore[attr-defined]
    hint = dialog.zone_hint.text()  # type: ignore[attr-defined]
    assert "Berlin" in hint and "11:00" in hint
    dialog.reject()


# --- nothing formats dates on its own --------------------------------------------------------


def _own_date_formats(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name = node.func.attr
            literal = any(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args
            )
            if name == "strftime" or (name in ("toString", "setDisplayFormat") and literal):
                found.append(f"{path.name}:{node.lineno} {name}")
        if isinstance(node, ast.FormattedValue) and node.format_spec is not None:
            spec = ast.unparse(node.format_spec)
            if "%" in spec:
                found.append(f"{path.name}:{node.lineno} f-string {spec}")
    return found


def test_only_the_formatting_module_formats_dates() -> None:
    ui = Path(fmt.__file__).parent
    wrong = [
        hit
        for path in sorted(ui.rglob("*.py"))
        if path.name != "formatting.py"
        for hit in _own_date_formats(path)
    ]
    assert wrong == []


def test_the_check_finds_an_own_format(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "a = when.strftime('%d.%m.')\n"
        "b = QLocale().toString(day, 'd MMM yyyy')\n"
        "c = f'{when:%H:%M}'\n"
        "edit.setDisplayFormat('HH:mm')\n"
        "d = QLocale().toString(day, QLocale.FormatType.LongFormat)\n",
        encoding="utf-8",
    )
    assert len(_own_date_formats(sample)) == 4


def test_planning_a_session_says_which_clock_its_time_is_on(
    qtbot, profile: UnlockedProfile, computer_zone: Callable[[str], None]
) -> None:
    """Found by a user test: the client in New York, used to sessions planned in Berlin,
    typed 5 PM in "Plan a session" and got a session at 5 PM New York time without a word."""
    from companion.domain.enums import SessionStatus
    from companion.ui.sessions.session_dialog import SessionDialog

    computer_zone("America/New_York")
    sessions = profile.service(SessionService)
    dana = profile.counselors.create(CounselorDraft(name="Dana"))
    sam = profile.counselors.create(CounselorDraft(name="Sam"))
    past = sessions.plan(
        SessionDraft.at(dana.id, date.today() - timedelta(days=7), time(17, 0), "Europe/Berlin")
    )
    sessions.mark(past.id, SessionStatus.ATTENDED, now=datetime.now(UTC))
    dialog = SessionDialog(
        sessions,
        profile.counselors.list(),
        time_zone="America/New_York",
        today=date.today(),
        counselor_id=dana.id,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.zone_hint is not None and dialog.zone_hint.isVisible()
    assert (
        "Berlin" in dialog.zone_hint.text() and "this computer's clock" in dialog.zone_hint.text()
    )
    dialog.counselor_combo.setCurrentIndex(dialog.counselor_combo.findData(sam.id))
    assert not dialog.zone_hint.isVisible()  # no sessions with Sam yet: nothing to compare
