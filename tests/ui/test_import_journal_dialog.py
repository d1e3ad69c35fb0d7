"""The dialog that imports a journal from another app: choose, preview, import, result; a bad
file shows a message naming the line and nothing is written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from companion.services.importing import ImportKind
from companion.services.profile import UnlockedProfile
from companion.ui.import_journal_dialog import ImportJournalDialog

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


def _dialog(qtbot, profile: UnlockedProfile) -> ImportJournalDialog:
    dialog = ImportJournalDialog(profile)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose(qtbot, dialog: ImportJournalDialog, path: Path | list[Path]) -> None:
    with qtbot.waitSignal(dialog.previewReady, timeout=10_000):
        dialog.choose(path)


def test_preview_and_import_dayone(qtbot, profile: UnlockedProfile) -> None:
    dialog = _dialog(qtbot, profile)
    assert not dialog.import_button.isEnabled()
    assert not dialog.notes.isVisible()
    dialog.set_kind(ImportKind.DAYONE)
    assert dialog.folder_button.isVisible()
    _choose(qtbot, dialog, FIXTURES / "dayone.zip")
    assert dialog.file_label.text() == "dayone.zip"
    assert "3 new entries will be imported." in dialog.summary.text()
    assert "Tags: gratitude, starred, walks." in dialog.summary.text()
    notes = [dialog.notes.item(i).text() for i in range(dialog.notes.count())]
    assert "2 photos were not imported." in notes
    assert "1 PDF attachment was not imported." in notes
    assert dialog.import_button.isEnabled() and not dialog.busy.isVisible()
    assert profile.journal.count() == 0

    with qtbot.waitSignal(dialog.importFinished, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.added == 3
    assert dialog.summary.text() == "3 entries were imported into your journal."
    assert profile.journal.count() == 3
    assert not dialog.import_button.isVisible()


def test_second_import_has_nothing_new(qtbot, profile: UnlockedProfile) -> None:
    dialog = _dialog(qtbot, profile)
    dialog.set_kind(ImportKind.JRNL)
    _choose(qtbot, dialog, FIXTURES / "jrnl.json")
    with qtbot.waitSignal(dialog.importFinished, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    again = _dialog(qtbot, profile)
    again.set_kind(ImportKind.JRNL)
    _choose(qtbot, again, FIXTURES / "jrnl.json")
    assert "already in your journal" in again.summary.text()
    assert "3 already in your journal will be skipped." in again.summary.text()
    assert not again.import_button.isEnabled()
    assert profile.journal.count() == 3


def test_bad_file_shows_the_line_and_writes_nothing(
    qtbot, profile: UnlockedProfile, tmp_path: Path
) -> None:
    path = tmp_path / "daylio.csv"
    path.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2021-03-04,a,b,10:00,rad,,,private words\n"
        "2021-13-40,a,b,10:00,rad,,,private words\n"
    )
    dialog = _dialog(qtbot, profile)
    dialog.set_kind(ImportKind.DAYLIO)
    _choose(qtbot, dialog, path)
    assert dialog.message.isVisible()
    assert dialog.message.text() == (
        "Line 3: the date '2021-13-40' is not a real date. Nothing was imported."
    )
    assert "private words" not in dialog.message.text()
    assert not dialog.import_button.isEnabled()
    assert profile.journal.count() == 0


def test_changing_the_kind_clears_the_preview(qtbot, profile: UnlockedProfile) -> None:
    dialog = _dialog(qtbot, profile)
    dialog.set_kind(ImportKind.DAYLIO)
    assert not dialog.folder_button.isVisible()
    _choose(qtbot, dialog, FIXTURES / "daylio.csv")
    assert dialog.preview is not None and dialog.notes.count() == 1
    dialog.set_kind(ImportKind.MARKDOWN)
    assert dialog.preview is None and not dialog.import_button.isEnabled()
    assert "each file becomes one entry" in dialog.summary.text()


def test_every_interactive_widget_has_an_accessible_name(qtbot, profile: UnlockedProfile) -> None:
    dialog = _dialog(qtbot, profile)
    for widget in (
        dialog.kind_combo,
        dialog.file_button,
        dialog.folder_button,
        dialog.import_button,
        dialog.notes,
    ):
        assert widget.accessibleName()


def test_cancel_during_an_import_stops_it_and_adds_nothing(
    qtbot, profile: UnlockedProfile, tmp_path: Path
) -> None:
    from tests.services.test_importing import _many_jrnl

    dialog = _dialog(qtbot, profile)
    dialog.set_kind(ImportKind.JRNL)
    _choose(qtbot, dialog, _many_jrnl(tmp_path / "many.json", 3000))
    with qtbot.waitSignal(dialog.importFinished, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert dialog.importing and dialog.busy.isVisible()
        assert dialog.busy.maximum() == 3000  # a real progress bar, not only "busy"
        cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()  # Cancel stops the import; it does not close over it
    assert "Nothing was added" in dialog.message.text()
    assert profile.journal.count() == 0
    assert not dialog.importing and not dialog.busy.isVisible()
    assert "3000 new entries will be imported." in dialog.summary.text()  # preview kept
    assert dialog.import_button.isEnabled()  # and it can be started again
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # now Cancel closes the dialog
    assert not dialog.isVisible()


def test_another_apps_export_chosen_as_markdown_is_named(qtbot, profile: UnlockedProfile) -> None:
    dialog = _dialog(qtbot, profile)
    dialog.set_kind(ImportKind.MARKDOWN)
    _choose(qtbot, dialog, [FIXTURES / "daylio.csv"])
    assert dialog.message.isVisible()
    assert dialog.message.text().startswith(
        "daylio.csv looks like a Daylio export; please choose Daylio"
    )
    assert dialog.message.text().endswith("Nothing was imported.")
    assert not dialog.import_button.isEnabled()
    assert profile.journal.count() == 0


def test_counts_of_one_are_worded_in_the_singular(
    qtbot, profile: UnlockedProfile, tmp_path: Path
) -> None:
    path = tmp_path / "one.csv"
    path.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2021-03-04,a,b,10:00,rad,walk,,one\n"
    )
    dialog = _dialog(qtbot, profile)
    dialog.set_kind(ImportKind.DAYLIO)
    _choose(qtbot, dialog, path)
    assert dialog.summary.text().startswith("1 new entry will be imported.")
    assert "1 has a mood." in dialog.summary.text()
    with qtbot.waitSignal(dialog.importFinished, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.text() == "1 entry was imported into your journal."


def test_pictures_that_come_along_are_counted(
    qtbot, profile: UnlockedProfile, tmp_path: Path
) -> None:
    from tests.support import attachment_samples as samples

    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "a.png").write_bytes(samples.png())
    (tmp_path / "img" / "b.jpg").write_bytes(samples.jpeg())
    (tmp_path / "2021-03-04.md").write_text(
        "![](img/a.png) ![](img/b.jpg) ![](https://example.com/c.png)", encoding="utf-8"
    )
    dialog = _dialog(qtbot, profile)
    dialog.set_kind(ImportKind.MARKDOWN)
    _choose(qtbot, dialog, tmp_path)
    assert "2 photos and pictures come with them." in dialog.summary.text()
    notes = [dialog.notes.item(i).text() for i in range(dialog.notes.count())]
    assert "1 picture was not imported." in notes
    with qtbot.waitSignal(dialog.importFinished, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.text() == (
        "1 entry was imported into your journal. 2 photos and pictures came with them."
    )
