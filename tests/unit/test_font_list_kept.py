"""The packaged app lets matplotlib keep its font list in Companion's cache folder (its
start-up hook would point matplotlib at a new temporary folder on every start, so the list of
the computer's fonts would be made again each time); from source, matplotlib's own choice
stands."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import os, sys
{frozen}
os.environ["MPLCONFIGDIR"] = "/tmp/as-a-start-up-hook-sets-it"
import companion.charts
import matplotlib
print(os.environ["MPLCONFIGDIR"])
print(matplotlib.get_cachedir())
"""


def _run(frozen: bool, home: Path) -> list[str]:
    code = SCRIPT.format(frozen="sys.frozen = True" if frozen else "")
    env = {**os.environ, "XDG_CACHE_HOME": str(home / "cache"), "HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.split()


def test_the_packaged_app_keeps_matplotlibs_font_list_in_its_cache_folder(tmp_path) -> None:
    setting, used = _run(True, tmp_path)
    expected = tmp_path / "cache" / "Companion" / "matplotlib"
    assert Path(setting) == expected and Path(used) == expected


def test_from_source_matplotlibs_own_choice_stands(tmp_path) -> None:
    setting, _used = _run(False, tmp_path)
    assert setting == "/tmp/as-a-start-up-hook-sets-it"


def test_the_chart_modules_come_after_the_setting() -> None:
    from companion.ui.warm_up import MODULES

    assert MODULES[0] == "companion.charts"
