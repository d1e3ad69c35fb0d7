"""The first start: welcome, choosing how to open, and the recovery key."""

from __future__ import annotations

import stat

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from companion.security.recovery import confirmation_groups
from companion.services.profile import KeychainStatus, ProfileService, ProfileState
from companion.ui.first_run import FirstRunDialog
from tests.support.file_dialogs import answer_save_dialog

KEYCHAIN = KeychainStatus(True, "Test keychain")
NO_KEYCHAIN = KeychainStatus(False, "no keychain service is running")


def _confirm(qtbot, dialog: FirstRunDialog, *, wrong: bool = False) -> None:
    key = dialog.key_panel.key
    groups = confirmation_groups(key)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 3
    for index, edit in zip(dialog.key_check.groups, dialog.key_check.edits, strict=True):
        text = groups[index].lower()
        qtbot.keyClicks(edit, "ZZZZ" if wrong else text)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)


def _at_the_key(qtbot, service: ProfileService) -> FirstRunDialog:
    """A first start with the keychain, up to the page that shows the recovery key."""
    dialog = FirstRunDialog(service, KEYCHAIN)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10_000)
    return dialog


def test_keychain_set_up_is_the_default(qtbot, service: ProfileService, memory_keyring) -> None:
    dialog = FirstRunDialog(service, KEYCHAIN)
    qtbot.addWidget(dialog)
    dialog.show()
    welcome = " ".join(label.text() for label in dialog.pages.widget(0).findChildren(QLabel))
    assert "not for emergencies" in welcome and "never sends" in welcome
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.keychain_box.isChecked() and not dialog.passphrase_box.isChecked()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10_000)
    assert service.state() is ProfileState.EXISTING
    assert len(memory_keyring.items) == 1
    _confirm(qtbot, dialog)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert dialog.profile is not None
    assert dialog.profile.recovery_key() == dialog.key_panel.key
    dialog.profile.lock()


def test_without_keychain_a_passphrase_is_required_and_checked(
    qtbot, service: ProfileService
) -> None:
    dialog = FirstRunDialog(service, NO_KEYCHAIN)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert not dialog.keychain_box.isEnabled()
    assert dialog.passphrase_box.isChecked() and not dialog.passphrase_box.isEnabled()
    qtbot.keyClicks(dialog.passphrase_edit, "short")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert "at least" in dialog.message.text()
    dialog.passphrase_edit.clear()
    qtbot.keyClicks(dialog.passphrase_edit, "a long enough phrase")
    qtbot.keyClicks(dialog.confirm_edit, "a different phrase!!")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.message.text()
    assert service.state() is ProfileState.NEW
    dialog.confirm_edit.clear()
    qtbot.keyClicks(dialog.confirm_edit, "a long enough phrase")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10_000)
    assert dialog.profile is not None
    methods = dialog.profile.unlock_methods()
    assert methods.passphrase and not methods.keychain
    _confirm(qtbot, dialog, wrong=True)
    assert "do not match your recovery key" in dialog.message.text()
    assert dialog.isVisible()
    dialog.reject()  # closing is refused until the key is confirmed
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    for edit in dialog.key_check.edits:
        edit.clear()
    _confirm(qtbot, dialog)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    dialog.profile.lock()
    service.unlock_with_passphrase("a long enough phrase").lock()


def test_recovery_key_can_be_saved_to_a_file(
    qtbot, service: ProfileService, tmp_path, monkeypatch
) -> None:
    dialog = _at_the_key(qtbot, service)
    target = tmp_path / "key.txt"
    asked = answer_save_dialog(monkeypatch, target)
    qtbot.mouseClick(dialog.key_panel.save_button, Qt.MouseButton.LeftButton)
    assert asked == ["Save recovery key"]
    assert dialog.key_panel.key in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert str(target) in dialog.key_panel.saved_label.text()  # it says so (a user test)
    assert dialog.profile is not None
    dialog.profile.lock()


def _nesting(text: str) -> int:
    depth = deepest = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        deepest = max(deepest, depth)
    return deepest


def test_without_keychain_the_choice_says_why_without_nested_brackets(
    qtbot, service: ProfileService, monkeypatch
) -> None:
    import sys

    from companion.security import keychain

    monkeypatch.setattr(sys, "platform", "linux")
    reason = keychain._missing_reason()  # the Linux wording, which holds brackets itself
    monkeypatch.undo()
    dialog = FirstRunDialog(service, KeychainStatus(False, reason))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    page = dialog.pages.widget(1)
    texts = [label.text() for label in page.findChildren(QLabel) if reason in label.text()]
    assert len(texts) == 1 and "passphrase" in texts[0]
    assert _nesting(texts[0]) <= 1, texts[0]
    assert not dialog.keychain_box.isEnabled()
    assert reason in dialog.keychain_box.toolTip()


def test_a_wrong_group_in_the_key_check_is_named_and_focused(
    qtbot, service: ProfileService, memory_keyring
) -> None:
    """A user typed the first group right and the second wrong: the message said only that
    something did not match. It names the group, and the cursor goes there."""
    dialog = _at_the_key(qtbot, service)
    groups = confirmation_groups(dialog.key_panel.key)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    first, second = dialog.key_check.groups
    qtbot.keyClicks(dialog.key_check.edits[0], groups[first])
    qtbot.keyClicks(dialog.key_check.edits[1], "ZZZZ")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert f"Group {second + 1} does not match" in dialog.message.text()
    assert f"Group {first + 1}" not in dialog.message.text()
    assert dialog.key_check.edits[1].hasFocus()
    assert dialog.profile is not None
    dialog.profile.lock()
