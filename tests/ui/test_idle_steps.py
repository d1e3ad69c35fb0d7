"""Work in small steps between events: begun after a quiet delay, one step at a time with
the event loop running in between, dropped on cancel, a failing job ended quietly."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer

from companion.ui.idle_steps import IdleSteps, Job


def test_steps_run_one_at_a_time_with_events_between(qtbot) -> None:
    done: list[str] = []

    def job(name: str) -> Job:
        done.append(f"{name}1")
        yield
        done.append(f"{name}2")

    steps = IdleSteps(lambda: [job("a"), job("b")], delay_ms=20, gap_ms=5)
    ticks: list[int] = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: ticks.append(len(done)))
    heartbeat.start(1)
    steps.start()
    assert done == []  # not before the delay
    qtbot.waitUntil(lambda: done == ["a1", "a2", "b1", "b2"], timeout=2000)
    heartbeat.stop()
    assert not steps.busy()
    # the event loop ran between the steps: the heartbeat saw the work part done
    assert {1, 2, 3} <= set(ticks)


def test_cancel_drops_what_was_not_done_and_start_begins_again(qtbot) -> None:
    done: list[int] = []
    closed: list[bool] = []

    def job() -> Job:
        try:
            for n in range(100):
                done.append(n)
                yield
        finally:
            closed.append(True)

    steps = IdleSteps(lambda: [job()], delay_ms=1, gap_ms=5)
    steps.start()
    qtbot.waitUntil(lambda: len(done) >= 2, timeout=2000)
    steps.cancel()
    count = len(done)
    qtbot.wait(60)
    assert len(done) == count and closed == [True] and not steps.busy()
    steps.start()
    qtbot.waitUntil(lambda: len(done) > count + 1, timeout=2000)
    assert done[count] == 0  # a new job from the start
    steps.cancel()


def test_a_failing_job_ends_quietly_and_the_next_runs(qtbot, caplog) -> None:
    done: list[str] = []

    def broken() -> Job:
        yield
        raise ValueError("private words")

    def fine() -> Job:
        done.append("fine")
        yield

    steps = IdleSteps(lambda: [broken(), fine()], delay_ms=1, gap_ms=1)
    with caplog.at_level(logging.WARNING):
        steps.start()
        qtbot.waitUntil(lambda: done == ["fine"] and not steps.busy(), timeout=2000)
    assert "ValueError" in caplog.text and "private words" not in caplog.text
