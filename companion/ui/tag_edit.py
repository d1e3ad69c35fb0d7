"""A comma separated tag field that completes from the tags already in use.

A tag is finished once a comma follows it, Return is pressed or the field loses the focus;
until then the tag being typed is not saved on its own (:meth:`TagEdit.finished_tags`), so a
half-typed "wo" never becomes a tag that is offered back as a completion."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


class TagEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.setAccessibleName(self.tr("Tags"))
        self._known: list[str] = []
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._insert_completion)
        self.textEdited.connect(self._update_completion)
        self.returnPressed.connect(self._finish_tag)

    def set_known_tags(self, tags: list[str]) -> None:
        self._known = list(tags)
        self._model.setStringList(self._known)

    def tags(self) -> list[str]:
        return [t.strip() for t in self.text().split(",") if t.strip()]

    def finished_tags(self) -> list[str]:
        """The tags without the one being typed: while the field has the focus, the word at
        the cursor counts only once a comma follows it (or it is a tag already in use)."""
        tags = self.tags()
        if not self.hasFocus():
            return tags
        typing = self._token_at_cursor()
        if not typing or typing.lower() in {t.lower() for t in self._known}:
            return tags
        tags.remove(typing)
        return tags

    def set_tags(self, tags: tuple[str, ...] | list[str]) -> None:
        self.setText(", ".join(tags))

    def _current_token(self) -> str:
        before = self.text()[: self.cursorPosition()]
        return before.rsplit(",", 1)[-1].strip()

    def _token_at_cursor(self) -> str:
        """The whole tag the cursor is in (the text between the commas around it)."""
        text, pos = self.text(), self.cursorPosition()
        start = text.rfind(",", 0, pos) + 1
        end = text.find(",", pos)
        return text[start : len(text) if end == -1 else end].strip()

    def _finish_tag(self) -> None:
        """Return finishes the tag being typed, as a comma does."""
        popup = self._completer.popup()
        if popup is not None and popup.isVisible():
            return  # Return chose a completion
        if not self.text().strip() or self.text().rstrip().endswith(","):
            return
        self.setText(self.text().rstrip() + ", ")
        self.setCursorPosition(len(self.text()))
        self._hide_popup()
        self.textEdited.emit(self.text())

    def _hide_popup(self) -> None:
        popup = self._completer.popup()
        if popup is not None:
            popup.hide()

    def _update_completion(self) -> None:
        token = self._current_token().lstrip("#")  # "#wo" completes like "wo"
        if not token:
            self._hide_popup()
            return
        taken = {t.lower() for t in self.tags()} - {token.lower()}
        # what is typed already is no completion: never a popup that only repeats it
        self._model.setStringList(
            [t for t in self._known if t.lower() not in taken and t.lower() != token.lower()]
        )
        self._completer.setCompletionPrefix(token)
        if self._completer.completionCount() > 0:
            self._completer.complete()
        else:
            self._hide_popup()

    def _insert_completion(self, completion: str) -> None:
        text = self.text()
        pos = self.cursorPosition()
        start = text.rfind(",", 0, pos) + 1
        end = text.find(",", pos)
        end = len(text) if end == -1 else end
        head = text[:start]
        new_head = head + (" " if head else "") + completion + ", "
        self.setText(new_head + text[end:].lstrip(", "))
        self.setCursorPosition(len(new_head))
        self.textEdited.emit(self.text())
