"""matplotlib is loaded only when Insights is first opened (docs/design.md §5), and so are
the Insights calculations (Home shows the latest check-in without them)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = r"""
import sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from companion.config import ProfilePaths
from companion.security.crypto import KdfParams
from companion.services.profile import ProfileService
from companion.ui.main_window import MainWindow
from companion.ui.preferences import Preferences
svc = ProfileService(ProfilePaths(Path(tempfile.mkdtemp()) / "p"))
profile, _ = svc.create(use_keychain=False, passphrase="lazy imports",
                        params=KdfParams(memory_cost_kib=64, iterations=1, lanes=1))
window = MainWindow(svc, profile, Preferences())
window.show(); window.start(background_work=False); app.processEvents()
module = sys.argv[1]
before = module in sys.modules
window.show_area_key("insights"); app.processEvents()
after = module in sys.modules
profile.lock()
print(before, after)
sys.exit(0 if (not before and after) else 1)
"""


@pytest.mark.parametrize("module", ["matplotlib", "companion.domain.insights"])
def test_waits_for_insights(tmp_path: Path, module: str) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        TMPDIR=str(tmp_path),
    )
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, module],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
