"""What to share in a summary: the candidates grouped under headings (agenda, notes from the
last session, journal entries, goals, feedback notes) with a tick each, and two switches for
the charts. Private journal entries are never among the candidates, nor their pictures.

An entry that has pictures gets a row of its own under it, "With 2 pictures": off unless
the client chose them for an earlier summary, and usable only while the entry is ticked
(the pictures go only with their entry). It ticks all of the entry's pictures at once; when
only some were chosen before, it says so ("With 1 of 2 pictures") and shows half a tick
until it is clicked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from companion.domain.journal import preview_text
from companion.domain.wording import tr_n
from companion.export.selection import NOTE_FIELDS, Candidates, Selection
from companion.ui.formatting import day_text

_ROLE = Qt.ItemDataRole.UserRole
#: A pictures row: the ids of all the entry's pictures, and of those a half tick stands for.
_PICTURES_ROLE = Qt.ItemDataRole.UserRole + 1
_SOME_ROLE = Qt.ItemDataRole.UserRole + 2


class ShareList(QTreeWidget):
    """Every row holds ``(kind, value)``: a heading ``("section", key)``, a candidate
    (``"agenda"``, ``"note"``, ``"entry"``, ``"goal"``, ``"feedback"`` with its key or id), an
    entry's pictures ``("pictures", entry id)`` or a chart switch
    ``("flag", "checkins" | "mood")``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("What to share"))
        self.setUniformRowHeights(True)
        self.itemChanged.connect(self._row_changed)

    def fill(self, candidates: Candidates, selection: Selection) -> None:
        """List ``candidates``, ticking those in ``selection`` (without ``itemChanged``)."""
        self.blockSignals(True)
        self.clear()

        agenda = self._group("agenda", self.tr("The agenda"))
        for line in candidates.agenda:
            text = " ".join(line.text.split())
            self._child(agenda, text, ("agenda", line.key), line.key in selection.agenda)
        if not candidates.agenda:
            self._empty_row(agenda, self.tr("Nothing on the agenda yet."))

        notes = self._group("notes", self.tr("My notes from the last session"))
        labels = {  # written out so that the translation tools see each one
            "takeaways": self.tr("What I took away"),
            "to_try": self.tr("What I wanted to try"),
            "not_right": self.tr("What did not feel right"),
        }
        if candidates.notes is not None:
            for field in NOTE_FIELDS:
                if getattr(candidates.notes, field).strip():
                    self._child(
                        notes,
                        labels[field],
                        ("note", field),
                        field in selection.note_fields,
                    )
        if notes.childCount() == 0:
            self._empty_row(notes, self.tr("No notes from the last session."))

        journal = self._group("journal", self.tr("Journal entries"))
        for entry in candidates.entries:
            label = entry.title or preview_text("", entry.body, 60) or self.tr("(empty entry)")
            text = f"{day_text(entry.created_at.date())} · {label}"
            if entry.bring_to_session:
                text += "  " + self.tr("(to bring)")
            ticked = entry.id in selection.entries
            row = self._child(journal, text, ("entry", entry.id), ticked)
            pictures = tuple(p.id for p in candidates.pictures_of(entry.id))
            if pictures:
                self._pictures_row(row, entry.id, pictures, selection.pictures, ticked)
        if not candidates.entries:
            self._empty_row(journal, self.tr("No journal entries to share in this period."))

        goals = self._group("goals", self.tr("Expectations and goals"))
        for candidate in candidates.goals:
            self._child(
                goals,
                candidate.goal.title,
                ("goal", candidate.goal.id),
                candidate.goal.id in selection.goals,
            )
        if not candidates.goals:
            self._empty_row(goals, self.tr("No expectations or goals yet."))

        feedback = self._group("feedback", self.tr("Feedback notes ready to share"))
        for note in candidates.feedback:
            chosen = note.id in selection.feedback
            self._child(feedback, note.preview, ("feedback", note.id), chosen)
        if not candidates.feedback:
            self._empty_row(feedback, self.tr("No feedback notes are marked ready."))

        for key, title, available, on in (
            (
                "checkins",
                self.tr("Check-ins, with their chart"),
                candidates.checkin_count > 0,
                selection.checkins,
            ),
            ("mood", self.tr("Mood chart"), candidates.mood_count > 0, selection.mood),
        ):
            self._switch(key, title, available, on)
        self.blockSignals(False)

    def _group(self, key: str, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [title])
        item.setData(0, _ROLE, ("section", key))
        item.setFlags(
            item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
        )
        item.setCheckState(0, Qt.CheckState.Unchecked)
        item.setExpanded(True)
        return item

    @staticmethod
    def _child(parent: QTreeWidgetItem, text: str, data: object, on: bool) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, _ROLE, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        return item

    def _pictures_row(
        self,
        entry: QTreeWidgetItem,
        entry_id: int,
        pictures: tuple[int, ...],
        chosen: frozenset[int],
        entry_ticked: bool,
    ) -> None:
        """The row that takes the entry's pictures along (see the module's docstring)."""
        some = tuple(i for i in pictures if i in chosen)
        if not some or len(some) == len(pictures):
            text = tr_n("ShareList", "With %n [picture|pictures]", len(pictures))
            state = Qt.CheckState.Checked if some else Qt.CheckState.Unchecked
        else:
            text = tr_n("ShareList", "With %1 of %n [picture|pictures]", len(pictures), len(some))
            state = Qt.CheckState.PartiallyChecked
        item = QTreeWidgetItem(entry, [text])
        item.setData(0, _ROLE, ("pictures", entry_id))
        item.setData(0, _PICTURES_ROLE, pictures)
        item.setData(0, _SOME_ROLE, some)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, state)
        item.setToolTip(
            0, self.tr("The pictures go into the summary with their entry, sized for print.")
        )
        item.setDisabled(not entry_ticked)
        entry.setExpanded(True)

    def _row_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        """An entry's pictures row can be used only while the entry is ticked; once clicked,
        a pictures row stands for all of them."""
        data = item.data(0, _ROLE)
        if not isinstance(data, tuple):
            return
        if data[0] == "entry" and item.childCount():
            pictures = item.child(0)
            enabled = item.checkState(0) == Qt.CheckState.Checked
            if pictures is not None and pictures.isDisabled() == enabled:
                pictures.setDisabled(not enabled)
        elif data[0] == "pictures" and item.checkState(0) != Qt.CheckState.PartiallyChecked:
            text = tr_n(
                "ShareList", "With %n [picture|pictures]", len(item.data(0, _PICTURES_ROLE))
            )
            if item.text(0) != text:
                item.setText(0, text)

    @staticmethod
    def _empty_row(parent: QTreeWidgetItem, text: str) -> None:
        """Say the group is empty; its heading loses its tick."""
        item = QTreeWidgetItem(parent, [text])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setData(0, _ROLE, None)
        parent.setFlags(parent.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        parent.setData(0, Qt.ItemDataRole.CheckStateRole, None)

    def _switch(self, key: str, title: str, available: bool, on: bool) -> None:
        """A chart to include, or a plain row saying the period has nothing for it."""
        item = QTreeWidgetItem(self, [title])
        item.setData(0, _ROLE, ("flag", key))
        if available:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        else:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setText(0, title + " " + self.tr("(nothing in this period)"))

    def selection(self, *, first_paragraph_only: bool) -> Selection:
        """What is ticked now."""
        agenda: set[Any] = set()
        entries: set[Any] = set()
        goals: set[Any] = set()
        feedback: set[Any] = set()
        notes: set[Any] = set()
        pictures: set[int] = set()
        flags: dict[str, bool] = {}
        buckets: dict[str, set[object]] = {
            "agenda": agenda,
            "entry": entries,
            "goal": goals,
            "feedback": feedback,
            "note": notes,
        }
        for item in self.rows():
            data = item.data(0, _ROLE)
            if not isinstance(data, tuple):
                continue
            kind, value = data
            checked = item.checkState(0) == Qt.CheckState.Checked
            if kind == "pictures":
                if checked:
                    pictures.update(item.data(0, _PICTURES_ROLE))
                elif item.checkState(0) == Qt.CheckState.PartiallyChecked:
                    pictures.update(item.data(0, _SOME_ROLE))
            elif kind == "flag":
                flags[value] = checked and bool(item.flags() & Qt.ItemFlag.ItemIsUserCheckable)
            elif kind in buckets and checked:
                buckets[kind].add(value)
        return Selection(
            agenda=frozenset(agenda),
            entries=frozenset(entries),
            goals=frozenset(goals),
            feedback=frozenset(feedback),
            note_fields=frozenset(notes),
            checkins=flags.get("checkins", False),
            mood=flags.get("mood", False),
            first_paragraph_only=first_paragraph_only,
            pictures=frozenset(pictures),
        )

    def set_checked(self, kind: str, value: object, checked: bool) -> bool:
        """Tick or untick one row; False when no such row is listed."""
        for item in self.rows():
            if item.data(0, _ROLE) == (kind, value):
                item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return True
        return False

    def rows(self) -> list[QTreeWidgetItem]:
        """Every row, in order."""
        found: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem | None) -> None:
            if item is None:
                return
            found.append(item)
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.topLevelItemCount()):
            walk(self.topLevelItem(i))
        return found
