"""Showing the recovery key, saving or printing it, checking it was written down, and typing
it back in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.durable_files import write_text_atomically
from companion.security.recovery import groups_match
from companion.ui.style import Text, font_for


def recovery_key_sheet(key: str) -> str:
    """The text saved to a file or printed."""
    from PySide6.QtCore import QCoreApplication

    tr = QCoreApplication.translate
    return "\n".join(
        [
            tr("RecoveryKey", "Companion recovery key"),
            "",
            key,
            "",
            tr(
                "RecoveryKey",
                "This key opens your Companion journal if you forget your passphrase "
                "or move to a new computer.",
            ),
            tr("RecoveryKey", "Keep it somewhere safe and private, away from this computer."),
            "",
        ]
    )


class RecoveryKeyPanel(QWidget):
    """Shows a recovery key in large, easy-to-copy type with save and print buttons."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.key_label = QLabel(key)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.key_label.setFont(font_for(Text.ENTRY, mono))
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.key_label.setStyleSheet(
            "padding: 12px; border: 1px solid palette(mid);"
            "border-radius: 6px; background: palette(base);"
        )
        self.save_button = QPushButton(self.tr("Save to a file…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button.clicked.connect(self.save_to_file)
        self.print_button.clicked.connect(self.print_key)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        self.saved_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.saved_label.hide()
        layout.addWidget(self.saved_label)

    def save_to_file(self, *, path: str | None = None) -> bool:
        """Save the key sheet to ``path``, or where the client chooses when it is None.

        ``path`` is keyword-only: the button's ``clicked(bool)`` would otherwise pass its
        ``checked`` argument (False) as the path, and nothing would happen."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save recovery key"),
                str(Path.home() / "Companion recovery key.txt"),
                self.tr("Text files (*.txt)"),
            )
        if not path:
            return False
        try:
            write_text_atomically(Path(path), recovery_key_sheet(self.key), private=True)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr(
                    "The recovery key could not be saved there (%1). Choose another place."
                ).replace("%1", exc.strerror or type(exc).__name__),
            )
            return False
        self.saved_label.setText(self.tr("Saved to %1.").replace("%1", str(path)))
        self.saved_label.show()
        return True

    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        doc = QTextDocument()
        doc.setPlainText(recovery_key_sheet(self.key))
        doc.print_(printer)


class RecoveryKeyCheck(QWidget):
    """Asks for two groups of the key, to be sure it was written down correctly."""

    def __init__(self, key: str, groups: tuple[int, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.groups = groups
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edits: list[QLineEdit] = []
        for index in groups:
            row = QHBoxLayout()
            label = QLabel(self.tr("Group %1:").replace("%1", str(index + 1)))
            edit = QLineEdit()
            edit.setMaxLength(6)
            edit.setAccessibleName(
                self.tr("Group %1 of the recovery key").replace("%1", str(index + 1))
            )
            label.setBuddy(edit)
            row.addWidget(label)
            row.addWidget(edit, 1)
            layout.addLayout(row)
            self.edits.append(edit)

    def matches(self) -> bool:
        return not self.wrong_fields()

    def _wrong(self) -> list[tuple[int, QLineEdit]]:
        return [
            (index, edit)
            for index, edit in zip(self.groups, self.edits, strict=True)
            if not groups_match(self.key, index, edit.text())
        ]

    def wrong_fields(self) -> list[QLineEdit]:
        """The fields whose text is not their group of the key, in order."""
        return [edit for _, edit in self._wrong()]

    def wrong_message(self) -> str:
        """What to say when :meth:`matches` is false: which group is wrong."""
        numbers = [str(index + 1) for index, _ in self._wrong()]
        if len(numbers) == 1:
            return self.tr(
                "Group %1 does not match your recovery key. Go back and check your copy."
            ).replace("%1", numbers[0])
        return (
            self.tr("Groups %1 and %2 do not match your recovery key. Go back and check your copy.")
            .replace("%1", numbers[0])
            .replace("%2", numbers[1])
        )


class RecoveryKeyEdit(QLineEdit):
    """Where the client types a whole recovery key, in the grouped form it was shown in or
    without the dashes and spaces (any case: the key's own rules forgive these).

    :meth:`key_text` returns a new copy of what was typed, which the caller may wipe; Qt's own
    copy inside the field can only be cleared (:meth:`clear`)."""

    #: room for the 32 characters with a separator or two between every group
    MAX_LENGTH = 64

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.setFont(font_for(Text.ENTRY, mono))
        self.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.setMaxLength(self.MAX_LENGTH)
        self.setAccessibleName(self.tr("Recovery key"))
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhNoAutoUppercase
        )

    def key_text(self) -> str:
        return self.text().strip()
