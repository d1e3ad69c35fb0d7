"""What to share in a summary: the candidates grouped under headings (agenda, notes from the
last session, journal entries, goals, feedback notes) with a tick each, and two switches for
the charts. Private journal entries are never among the candidates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from companion.domain.journal import preview_text
from companion.export.selection import NOTE_FIELDS, Candidates, Selection
from companion.ui.formatting import day_text

_ROLE = Qt.ItemDataRole.UserRole


class ShareList(QTreeWidget):
    """Every row holds ``(kind, value)``: a heading ``("section", key)``, a candidate
    (``"agenda"``, ``"note"``, ``"entry"``, ``"goal"``, ``"feedback"`` with its key or id) or a
    chart switch ``("flag", "checkins" | "mood")``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("What to share"))
        self.setUniformRowHeights(True)

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
            self._child(journal, text, ("entry", entry.id), entry.id in selection.entries)
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
    def _child(parent: QTreeWidgetItem, text: str, data: object, on: bool) -> None:
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, _ROLE, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

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
            if kind == "flag":
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
