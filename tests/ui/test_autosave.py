"""The autosave the editors share: a save a moment after the last change, at once on flush,
and a change that could not be saved stays pending."""

from __future__ import annotations

from PySide6.QtCore import QObject

from companion.ui.autosave import Autosave


class Owner(QObject):
    def __init__(self, delay_ms: int | None = 30) -> None:
        super().__init__()
        self.saves: list[str] = []
        self.works = True
        self.autosave = Autosave(self, self.save, delay_ms)

    def save(self) -> bool:
        self.saves.append("save")
        return self.works


def test_it_saves_once_after_the_changes_stop(qtbot) -> None:
    owner = Owner()
    for _ in range(3):
        owner.autosave.changed()
    assert owner.saves == [] and owner.autosave.pending
    qtbot.waitUntil(lambda: not owner.autosave.pending, timeout=2000)
    qtbot.wait(60)
    assert owner.saves == ["save"]


def test_flush_saves_now_and_only_what_is_pending(qtbot) -> None:
    owner = Owner(delay_ms=10_000)
    assert owner.autosave.flush() and owner.saves == []
    owner.autosave.changed()
    assert owner.autosave.flush() and owner.saves == ["save"]
    assert not owner.autosave.pending


def test_a_save_that_fails_stays_pending_for_the_next_flush(qtbot) -> None:
    owner = Owner()
    owner.works = False
    owner.autosave.changed()
    qtbot.waitUntil(lambda: owner.saves == ["save"], timeout=2000)
    assert owner.autosave.pending
    assert not owner.autosave.flush() and owner.autosave.pending
    owner.works = True
    assert owner.autosave.flush() and not owner.autosave.pending


def test_cancel_keeps_the_change_and_reset_forgets_it(qtbot) -> None:
    owner = Owner()
    owner.autosave.changed()
    owner.autosave.cancel()
    qtbot.wait(80)
    assert owner.saves == [] and owner.autosave.pending
    owner.autosave.changed()
    owner.autosave.reset()
    qtbot.wait(80)
    assert owner.saves == [] and not owner.autosave.pending
    assert owner.autosave.flush() and owner.saves == []


def test_without_a_delay_it_saves_only_on_flush(qtbot) -> None:
    owner = Owner(delay_ms=None)
    owner.autosave.changed()
    qtbot.wait(80)
    assert owner.saves == [] and owner.autosave.pending
    assert owner.autosave.flush() and owner.saves == ["save"]


def test_the_save_when_quiet_can_be_another_one(qtbot) -> None:
    owner = Owner()
    quiet: list[str] = []

    def partly() -> bool:
        quiet.append("quiet")
        return False  # saved part of it: the rest waits for flush

    owner.autosave = Autosave(owner, owner.save, 20, when_quiet=partly)
    owner.autosave.changed()
    qtbot.waitUntil(lambda: quiet == ["quiet"], timeout=2000)
    assert owner.saves == [] and owner.autosave.pending
    assert owner.autosave.flush() and owner.saves == ["save"]
