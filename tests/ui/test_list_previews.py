"""List rows say when their text is cut: the journal list's title and preview end with "…"
when they do not fit the row (search matches too), and so do previews of longer texts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QStyleOptionViewItem

from companion.domain.journal import EntryDraft, EntryFilter
from companion.ui.journal.list_delegate import EntryDelegate
from companion.ui.journal.list_model import SummaryRole
from companion.ui.main_window import MainWindow

LONG = "I walked along the river for a long time and thought about what she said " * 3


def _row_document(window: MainWindow, row: int) -> tuple[QTextDocument, float]:
    view = window.journal_view.list_view
    delegate = view.itemDelegate()
    assert isinstance(delegate, EntryDelegate)
    index = window.journal_view.model.index(row)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    delegate.initStyleOption(option, index)
    document = delegate._document(option, index.data(SummaryRole), False)
    width = delegate._width(option)
    document.setTextWidth(width)
    return document, width


def _lines(document: QTextDocument) -> list[str]:
    return document.toPlainText().split("\n")


def test_a_long_title_and_preview_end_with_an_ellipsis_and_fit_the_row(
    qtbot, window: MainWindow
) -> None:
    profile = window.profile
    assert profile is not None
    profile.journal.create(EntryDraft(title="A very long title " * 8, body=LONG))
    profile.journal.create(EntryDraft(title="Short", body="Fits."))
    window.journal_view.load()
    window.resize(900, 600)
    qtbot.wait(50)
    model = window.journal_view.model
    rows = {
        summary.title: r
        for r in range(model.rowCount())
        if (summary := model.index(r).data(SummaryRole)) is not None
    }
    long_title = ("A very long title " * 8).strip()
    long_doc, width = _row_document(window, rows[long_title])
    head, preview = _lines(long_doc)[:2]
    assert head.endswith("…") and preview.endswith("…")
    assert long_doc.idealWidth() <= width + 1  # one line each, within the row
    assert long_doc.size().height() < 4 * window.journal_view.list_view.fontMetrics().height()
    short_doc, _ = _row_document(window, rows["Short"])
    assert _lines(short_doc)[:2][1] == "Fits."  # what fits is not cut
    # a narrower list cuts earlier, still with "…"
    window.journal_view.list_view.setFixedWidth(220)
    qtbot.wait(50)
    _short, narrow = _row_document(window, rows["Short"])
    assert narrow < width
    narrow_long, _ = _row_document(window, rows[long_title])
    assert len(_lines(narrow_long)[1]) < len(preview) and _lines(narrow_long)[1].endswith("…")


def test_search_matches_stay_marked_in_a_cut_preview(qtbot, window: MainWindow) -> None:
    profile = window.profile
    assert profile is not None
    profile.journal.create(EntryDraft(body=LONG + " river " + LONG))
    window.journal_view.load()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.journal_view.search_edit, "river")
    model = window.journal_view.model
    qtbot.waitUntil(
        lambda: any(
            (s := model.index(r).data(SummaryRole)) is not None and s.highlighted
            for r in range(model.rowCount())
        ),
        timeout=5000,
    )
    row = next(r for r in range(model.rowCount()) if model.index(r).data(SummaryRole))
    document, width = _row_document(window, row)
    assert "river" in _lines(document)[1]  # the match is in what is shown
    assert _lines(document)[1].endswith("…")
    assert document.idealWidth() <= width + 1


def test_a_preview_of_a_text_that_goes_on_ends_with_an_ellipsis(window: MainWindow) -> None:
    profile = window.profile
    assert profile is not None
    # the part read for the preview is blank lines: the text only goes on much later
    profile.journal.create(EntryDraft(body="Short start\n" + "\n" * 700 + "more below"))
    (summary,) = profile.journal.list(EntryFilter())
    assert summary.preview == "Short start…"
