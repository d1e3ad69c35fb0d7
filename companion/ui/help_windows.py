"""The Help menu's windows: every keyboard shortcut (read from the window's own actions, so the
list is always true), and how Companion protects the client's data, in plain words."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from companion.ui.window_size import open_at


@dataclass(frozen=True)
class Shortcut:
    """One command and its keys, as the shortcuts window lists it."""

    where: str
    command: str
    keys: str


def plain_label(text: str) -> str:
    """A menu or button text without its mnemonic marks and trailing dots: "&Settings…" is
    "Settings"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcuts_of(window: QWidget, places: dict[QWidget, str]) -> list[Shortcut]:
    """Every action of ``window`` (its menus, its areas, the editor…) that has a shortcut and a
    name. ``places`` names the widgets the actions can belong to (an area view: the area's
    name); an action elsewhere is named by the menu it is in, else by the window."""
    found: dict[tuple[str, str], tuple[tuple[int, int], Shortcut]] = {}
    menus = [m for m in window.findChildren(QMenu) if m.title()]
    groups = [plain_label(m.title()) for m in menus] + list(places.values())
    for number, action in enumerate(window.findChildren(QAction)):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        command = plain_label(action.text())
        if not keys or not command:
            continue
        shown = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        where, position = _place_of(action, window, places)
        group = groups.index(where) if where in groups else len(groups)
        order = (group, number if position is None else position)
        found.setdefault((command, shown), (order, Shortcut(where, command, shown)))
    return [shortcut for _order, shortcut in sorted(found.values(), key=lambda o: o[0])]


def _place_of(
    action: QAction, window: QWidget, places: dict[QWidget, str]
) -> tuple[str, int | None]:
    """Where ``action`` is (a menu's name, an area's, else the window's) and its position in
    its menu."""
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu) and owner.title():
            return plain_label(owner.title()), owner.actions().index(action)
    parent = action.parent()
    while isinstance(parent, QWidget) and parent is not window:
        if parent in places:
            return places[parent], None
        parent = parent.parentWidget()
    return window.windowTitle(), None


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut, searchable as you type."""

    def __init__(self, shortcuts: list[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        open_at(self, 660, 540)
        self.shortcuts = shortcuts
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search commands and keys"))
        self.search_edit.setAccessibleName(self.tr("Search the shortcuts"))
        self.search_edit.setClearButtonEnabled(True)
        self.table = QTableWidget(len(shortcuts), 3)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.table.setHorizontalHeaderLabels(
            [self.tr("Command"), self.tr("Keys"), self.tr("Where")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for row, s in enumerate(shortcuts):
            for column, text in enumerate((s.command, s.keys, s.where)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.nothing_label = QLabel()
        self.nothing_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.nothing_label)
        note = QLabel(
            self.tr(
                "Tab moves to the next control and Shift+Tab back. In menus and on buttons, "
                "Alt with the underlined letter does the same as a click."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.stack, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.search_edit.textChanged.connect(self.filter)
        self.search_edit.setFocus()

    def filter(self, text: str) -> None:
        """Show the rows whose command, keys or place hold every word of ``text``."""
        words = text.casefold().split()
        shown = 0
        for row in range(self.table.rowCount()):
            cells = " ".join(
                item.text().casefold()
                for column in range(3)
                if (item := self.table.item(row, column)) is not None
            )
            hidden = not all(word in cells for word in words)
            self.table.setRowHidden(row, hidden)
            shown += not hidden
        self.nothing_label.setText(self.tr("No shortcut matches “%1”.").replace("%1", text.strip()))
        self.stack.setCurrentIndex(0 if shown else 1)

    def visible_commands(self) -> list[str]:
        return [
            item.text()
            for row in range(self.table.rowCount())
            if not self.table.isRowHidden(row) and (item := self.table.item(row, 0)) is not None
        ]


class PrivacyDialog(QDialog):
    """How Companion protects your data: where it lives, how it is locked, how it is kept
    safe, and that nothing leaves the computer unless the client sends it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How Companion protects your data"))
        open_at(self, 620, 640)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("How Companion protects your data"))
        self.text.setOpenLinks(False)
        self.text.document().setDocumentMargin(16)
        self.text.setHtml(self.page())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.text.setFocus()

    def sections(self) -> list[tuple[str, str]]:
        """(heading, paragraph) in the client's language."""
        return [
            (
                self.tr("Your journal stays on this computer"),
                self.tr(
                    "Everything you write in Companion (entries, notes, check-ins, your "
                    "safety plan) is kept in one folder on this computer, in your own user "
                    "account. It is not kept online, and nobody else can look at it from "
                    "somewhere else."
                ),
            ),
            (
                self.tr("It is locked with strong encryption"),
                self.tr(
                    "The journal is encrypted: stored in a form nobody can read without its "
                    "key. Even someone who copies the files, or finds a lost laptop, sees only "
                    "scrambled data. Your text is never written anywhere unencrypted, not even "
                    "in temporary files or error reports."
                ),
            ),
            (
                self.tr("Your passphrase and your recovery key"),
                self.tr(
                    "If you chose a passphrase, Companion asks for it when it opens and after "
                    "it locks. The recovery key you saved at the start opens your journal if "
                    "you ever forget the passphrase. Keep it somewhere safe, away from this "
                    "computer: nobody, not even the makers of Companion, can open your journal "
                    "without one of them."
                ),
            ),
            (
                self.tr("The keychain"),
                self.tr(
                    "If you chose to, the key is also kept in this computer's keychain, so "
                    "Companion opens without asking while you are logged in. That is "
                    "convenient, but anyone who can use your computer account can then open "
                    "it. You can change this in Settings at any time."
                ),
            ),
            (
                self.tr("Locked when you step away"),
                self.tr(
                    "Companion locks itself after a few minutes without use, and Ctrl+L locks "
                    "it at once. If you like, it can also hide your journal whenever another "
                    "app is in front."
                ),
            ),
            (
                self.tr("Backups, so nothing is lost"),
                self.tr(
                    "Every day Companion makes a backup, encrypted just like the journal, in "
                    "the same folder. Under Backups and archive you can also save a backup "
                    "somewhere else, such as a USB stick, and bring it back on a new computer "
                    "with your recovery key or passphrase. If something goes wrong, Companion "
                    "keeps what it finds aside rather than deleting it."
                ),
            ),
            (
                self.tr("Nothing leaves unless you send it"),
                self.tr(
                    "Companion never connects to the internet: no accounts, no tracking, no "
                    "updates in the background. Something only leaves this computer when you "
                    "export it yourself, for example a summary for your next session, and then "
                    "you see exactly what goes into it first. Entries you mark private are "
                    "never exported."
                ),
            ),
        ]

    def page(self) -> str:
        parts = [
            f"<h2>{html.escape(self.tr('How Companion protects your data'))}</h2>",
            "<p>"
            + html.escape(
                self.tr(
                    "What you write here is yours. This is how Companion keeps it private and safe."
                )
            )
            + "</p>",
        ]
        for heading, paragraph in self.sections():
            parts.append(f"<h3>{html.escape(heading)}</h3><p>{html.escape(paragraph)}</p>")
        return "".join(parts)
