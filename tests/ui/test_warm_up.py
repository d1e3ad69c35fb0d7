"""The charts are got ready in the background once the window is idle (issue 14): on a
worker thread, importing modules only (no Qt widget is made there), only when asked (never
with --exit-when-ready), and a failing import only means Insights imports when opened."""

from __future__ import annotations

import gc
import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from companion.services.profile import ProfileService, UnlockedProfile
from companion.ui import warm_up
from companion.ui.insights.view import InsightsView
from companion.ui.main_window import MainWindow
from companion.ui.preferences import Preferences
from companion.ui.warm_up import ChartWarmUp


def _seen_by_the_collector(thing: object) -> bool:
    return any(found is thing for found in gc.get_objects())


@pytest.fixture(autouse=True)
def collector_as_before() -> Iterator[None]:
    """The warm-up puts objects out of the garbage collector's sight: give them back after
    each test, so that the rest of the test run collects as usual."""
    yield
    gc.unfreeze()
    gc.enable()


def test_the_warm_up_imports_the_charts_on_a_worker_thread_without_making_widgets(
    qtbot, monkeypatch
) -> None:
    seen: dict[str, object] = {}
    made_off_the_ui_thread: list[str] = []
    real_init = QWidget.__init__

    def watched_init(self: QWidget, *args: object, **kwargs: object) -> None:
        if threading.current_thread() is not threading.main_thread():
            made_off_the_ui_thread.append(type(self).__name__)
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(QWidget, "__init__", watched_init)

    def work() -> str:
        seen["widgets before"] = len(QApplication.allWidgets())
        name = warm_up.import_charts()
        seen["widgets after"] = len(QApplication.allWidgets())
        return name

    warm = ChartWarmUp(idle_ms=0, work=work)
    with qtbot.waitSignal(warm.finished, timeout=30_000) as done:
        pass
    assert done.args == [True]
    assert warm.ran_on is not None
    assert warm.ran_on != threading.main_thread().name
    assert seen["widgets before"] == seen["widgets after"]
    assert made_off_the_ui_thread == []
    import sys

    assert all(name in sys.modules for name in warm_up.MODULES)


def test_a_failing_import_is_given_up_quietly(qtbot, caplog) -> None:
    warm = ChartWarmUp(idle_ms=0, work=lambda: warm_up.import_charts(("no_such_module_x",)))
    with caplog.at_level(logging.WARNING), qtbot.waitSignal(warm.finished) as done:
        pass
    assert done.args == [False]
    assert warm.failed and warm.ran_on is None
    assert "ModuleNotFoundError" in caplog.text


def test_insights_still_opens_after_a_failed_warm_up(
    qtbot, service: ProfileService, profile: UnlockedProfile, monkeypatch
) -> None:
    def broken() -> str:
        raise ImportError("matplotlib is broken")

    win = MainWindow(service, profile, Preferences())
    qtbot.addWidget(win)
    win.show()
    win.chart_warm_up = ChartWarmUp(win, idle_ms=0, work=broken)
    with qtbot.waitSignal(win.chart_warm_up.finished):
        pass
    view = win.show_area_key("insights")
    assert isinstance(view, InsightsView)
    qtbot.waitUntil(lambda: view.data() is not None)
    profile.lock()


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [({}, False), ({"background_work": False, "warm_up": True}, False), ({"warm_up": True}, True)],
    ids=["not asked (tests)", "exit when ready", "asked (the app)"],
)
def test_the_warm_up_starts_only_when_asked(
    qtbot, service: ProfileService, profile: UnlockedProfile, kwargs, expected: bool
) -> None:
    win = MainWindow(service, profile, Preferences())
    qtbot.addWidget(win)
    win.show()
    win.start(**kwargs)
    assert (win.chart_warm_up is not None) is expected
    if win.chart_warm_up is not None:
        assert not win.chart_warm_up.started()  # it waits for the window to be idle
    profile.lock()


def test_the_warm_up_waits_for_other_background_work(qtbot) -> None:
    from companion.ui.tasks import run_in_background

    release = threading.Event()
    finished: list[object] = []
    run_in_background(lambda: release.wait(30), finished.append, finished.append)
    warm = ChartWarmUp(idle_ms=0)
    qtbot.wait(400)
    assert not warm.began and warm.ran_on is None  # the other work still runs
    release.set()
    with qtbot.waitSignal(warm.finished, timeout=30_000) as done:
        pass
    assert done.args == [True] and warm.began
    qtbot.waitUntil(lambda: bool(finished))


def test_no_garbage_collection_while_the_charts_are_imported(tmp_path: Path, monkeypatch) -> None:
    # a module that notes, as it is imported, whether the collector may run
    (tmp_path / "warm_up_probe_module.py").write_text(
        "import gc\nCOLLECTOR_ON = gc.isenabled()\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    gc.unfreeze()
    assert gc.isenabled()
    warm_up.import_charts(("warm_up_probe_module",))
    probe = sys.modules.pop("warm_up_probe_module")
    assert probe.COLLECTOR_ON is False  # paused while importing
    assert gc.isenabled()  # and on again after
    assert gc.get_freeze_count() > 0  # what the import made is out of its sight
    assert not _seen_by_the_collector(vars(probe))


def test_a_failing_import_leaves_the_collector_running() -> None:
    with pytest.raises(ModuleNotFoundError):
        warm_up.import_charts(("no_such_module_x",))
    assert gc.isenabled()


def test_the_start_ups_objects_are_put_out_of_the_collectors_sight(qtbot) -> None:
    gc.unfreeze()
    made_at_start_up = [object()]  # a container the start-up made
    assert _seen_by_the_collector(made_at_start_up)
    warm = ChartWarmUp(idle_ms=60_000, work=lambda: "never")
    assert not _seen_by_the_collector(made_at_start_up)  # frozen: full collections skip it
    assert gc.isenabled()
    warm.deleteLater()
