"""The summary export dialog: choose, preview, export PDF, HTML and Markdown."""

from __future__ import annotations

import subprocess
import unicodedata
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from companion.export.selection import PeriodChoice, PeriodKind
from companion.export.summary_files import SummaryFormat
from companion.services.profile import UnlockedProfile
from companion.ui.export import ExportSummaryDialog
from tests.support import summary_data as data


@pytest.fixture
def dialog(qtbot, profile: UnlockedProfile) -> ExportSummaryDialog:
    data.fill(profile)
    dlg = ExportSummaryDialog(profile)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    # NFKC folds any compatibility characters a PDF tool might still produce
    return unicodedata.normalize("NFKC", out.stdout.decode("utf-8"))


def test_private_entries_are_not_even_listed(dialog: ExportSummaryDialog) -> None:
    listed = "\n".join(dialog.listed_texts())
    assert "Mine" not in listed
    assert "Worth raising" in listed and "Plain" in listed
    assert data.PRIVATE not in dialog.preview_html


def test_preview_follows_the_choice(dialog: ExportSummaryDialog, profile: UnlockedProfile) -> None:
    scenario_entry = next(e.id for e in dialog._candidates.entries if e.title == "Worth raising")
    assert data.SHARED in dialog.preview_html
    assert dialog.set_checked("entry", scenario_entry, False)
    dialog.refresh_preview()
    assert data.SHARED not in dialog.preview_html
    dialog.set_checked("entry", scenario_entry, True)
    dialog.set_first_paragraph_only(True)
    dialog.refresh_preview()
    assert data.SHARED in dialog.preview_html
    assert data.SECOND_PARAGRAPH not in dialog.preview_html
    assert dialog.preview.toPlainText().count(data.SHARED) == 1


def test_export_all_formats(dialog: ExportSummaryDialog, tmp_path: Path) -> None:
    html_path = tmp_path / "summary.html"
    assert dialog.export_to(html_path, SummaryFormat.HTML) == [html_path]
    assert html_path.read_text("utf-8") == dialog.preview_html

    md_path = tmp_path / "summary.md"
    written = dialog.export_to(md_path, "md")
    md = md_path.read_text("utf-8")
    assert md_path in written
    assert data.SHARED in md and data.PRIVATE not in md
    # a web page and a Markdown file have no pages to point to
    for words in (md, html_path.read_text("utf-8")):
        assert "Details below: " in words and "next page" not in words

    pdf_path = tmp_path / "summary.pdf"
    assert dialog.export_to(pdf_path, SummaryFormat.PDF) == [pdf_path]
    text = pdf_text(pdf_path)
    for expected in (
        data.SHARED,
        data.SECOND_PARAGRAPH,
        data.READY,
        data.TAKEAWAY,
        data.GOAL,
        data.AGENDA,
    ):
        assert expected in text
    for absent in (data.PRIVATE, data.PLAIN, data.DRAFT, data.NOT_RIGHT):
        assert absent not in text
    assert "Page 1 of" in text
    assert "Saved to" in dialog.message()


def test_export_error_is_shown_and_nothing_written(
    dialog: ExportSummaryDialog, tmp_path: Path
) -> None:
    missing = tmp_path / "no-such-folder" / "summary.html"
    assert dialog.export_to(missing, SummaryFormat.HTML) == []
    assert "could not be saved" in dialog.message()
    assert not missing.parent.exists()


def test_custom_period_without_entries(dialog: ExportSummaryDialog) -> None:
    start = date.today() - timedelta(days=400)
    dialog.set_period(PeriodChoice(PeriodKind.CUSTOM, start=start, end=start + timedelta(days=3)))
    assert data.SHARED not in dialog.preview_html
    assert any("No journal entries" in t for t in dialog.listed_texts())


def test_print_to_a_pdf_printer(dialog: ExportSummaryDialog, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) >= 1
    assert data.SHARED in pdf_text(tmp_path / "printed.pdf")


def test_no_counselor_yet(qtbot, profile: UnlockedProfile) -> None:
    dlg = ExportSummaryDialog(profile)
    qtbot.addWidget(dlg)
    assert "Once you add a counselor" in dlg.preview.toPlainText()


def test_the_first_page_is_for_a_quick_read(dialog: ExportSummaryDialog, tmp_path: Path) -> None:
    """Page 1: for whom, the period, the next session, the agenda and the goals; the journal
    and the notes follow on the next pages."""
    pdf_path = tmp_path / "summary.pdf"
    assert dialog.export_to(pdf_path, SummaryFormat.PDF) == [pdf_path]
    first = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(pdf_path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert "For Dana Reyes" in first
    assert "No next session is planned yet." in first
    assert data.AGENDA in first and data.GOAL in first
    assert "Details below: " in first
    assert data.SHARED not in first and data.TAKEAWAY not in first
    assert data.SHARED in pdf_text(pdf_path)


def test_the_summary_speaks_german_in_a_german_window(qtbot, qapp, profile: UnlockedProfile):
    """The goals' states and the feedback kinds were looked up through dictionaries the
    translation tools could not see, so they stayed English in a German summary."""
    from companion.ui import i18n

    data.fill(profile)
    i18n.install_translator(qapp, "de")
    try:
        dlg = ExportSummaryDialog(profile)
        qtbot.addWidget(dlg)
        text = dlg.preview.toPlainText()
    finally:
        i18n.remove_translators(qapp)
    for german in ("Ich arbeite daran", "Eine Bitte", "Noch kein nächstes Gespräch geplant."):
        assert german in text
    for english in ("Working on it", "A request", "No next session"):
        assert english not in text


def _spaced(text: str) -> str:
    """Narrow and non-breaking spaces (Qt puts one before "PM") as plain ones."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def test_the_next_session_time_is_written_as_the_app_shows_it(
    qtbot, qapp, profile: UnlockedProfile
) -> None:
    """Page 1 said "16:00" where every screen of an American English app says "4:00 PM"."""
    from PySide6.QtCore import QLocale

    from companion.domain.sessions import SessionDraft
    from companion.services.sessions import SessionService
    from companion.ui import formatting, i18n

    scenario = data.fill(profile)
    starts = datetime.combine(date.today() + timedelta(days=3), time(16, 0)).astimezone()
    profile.service(SessionService).plan(
        SessionDraft(scenario.counselor_id, starts, "Europe/Berlin")
    )
    i18n.install_translator(qapp, "en")
    QLocale.setDefault(QLocale("en_US"))  # whatever this machine's own locale is
    try:
        dlg = ExportSummaryDialog(profile)
        qtbot.addWidget(dlg)
        text = _spaced(dlg.preview.toPlainText())
        shown = _spaced(formatting.time_text(starts))
    finally:
        i18n.remove_translators(qapp)
    assert shown == "4:00 PM"
    assert f", {shown}" in text
    assert "16:00" not in text


def test_the_list_to_share_and_the_file_agree_on_what_comes_first(
    qtbot, profile: UnlockedProfile
) -> None:
    """Marked "matters most", an item led the preview and the file but stayed last in the
    dialog's list of what to share."""
    from companion.services.agenda import AgendaService

    scenario = data.fill(profile)
    profile.service(AgendaService).add(
        scenario.counselor_id, "Added last, matters most", important=True
    )
    dlg = ExportSummaryDialog(profile)
    qtbot.addWidget(dlg)
    agenda = dlg._items.topLevelItem(0)
    listed = [agenda.child(i).text(0) for i in range(agenda.childCount())]
    assert listed[0] == "Added last, matters most"
    preview = dlg.preview.toPlainText()
    assert preview.index("Added last, matters most") < preview.index(f"Talk about {data.AGENDA}")
